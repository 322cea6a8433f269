# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = Vaccination sur le parking : des tâches asynchrones sur un seul thread

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = file des terminaisons
policy-article = la boucle de l’article
policy-taskgroup = TaskGroup + Semaphore
policy-workers = workers + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = exécuteur
panel-inspector = inspecteur de tâches
panel-charts = graphiques
panel-code = code
