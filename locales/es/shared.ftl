# Names several areas of the page use.

## The document's title (the browser's tab).

page-title = Vacunación en el aparcamiento: tareas asíncronas en un solo hilo

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = cola de finalizaciones
policy-article = el bucle del artículo
policy-taskgroup = TaskGroup + Semaphore
policy-workers = trabajadores + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = ejecutor
panel-inspector = inspector de tareas
panel-charts = gráficos
panel-code = código
