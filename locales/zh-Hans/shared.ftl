# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = 停车场疫苗接种：单线程上的异步任务

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = 完成队列
policy-article = 文章中的循环
policy-taskgroup = TaskGroup + Semaphore
policy-workers = 工作者 + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = 执行器
panel-inspector = 任务检查器
panel-charts = 图表
panel-code = 代码
