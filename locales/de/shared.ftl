# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = Impfen auf dem Parkplatz: asynchrone Tasks auf einem Thread

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = Abschluss-Warteschlange
policy-article = die Schleife des Artikels
policy-taskgroup = TaskGroup + Semaphore
policy-workers = Worker + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = Executor
panel-inspector = Task-Inspektor
panel-charts = Diagramme
panel-code = Code
