# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = Parking-lot vaccination: async tasks on one thread

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants: keep them
## as written. TaskGroup, Semaphore and Queue are asyncio's class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = completion queue
policy-article = the article's loop
policy-taskgroup = TaskGroup + Semaphore
policy-workers = workers + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = executor
panel-inspector = task inspector
panel-charts = charts
panel-code = code
