# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = التطعيم في موقف السيارات: مهام غير متزامنة على خيط واحد

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = طابور الاكتمال
policy-article = حلقة المقال
policy-taskgroup = TaskGroup + Semaphore
policy-workers = عمّال + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = المنفِّذ
panel-inspector = فاحص المهام
panel-charts = الرسوم البيانية
panel-code = الشيفرة
