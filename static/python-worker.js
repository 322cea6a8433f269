// The page's Python: real CPython (Pyodide) in a module worker, running the
// asyncio listing (python/vaccination_lot.py) against a run the engine
// made, event for event, as python/check_against_engine.py does natively.
//
//   const worker = new Worker('python-worker.js', { type: 'module' });
//
// Messages (plain objects):
//   page -> worker
//     {type: 'run', id, run: {policy, stations, capacity, boxes, fail?,
//      blocking?, breaks?, shot_min?, shot_max?, speeds?},
//      events: '<JSON Lines, as `headless --events-out` writes them>',
//      shots: '<JSON, as `headless --shots-out` writes it>'}
//   worker -> page
//     {type: 'progress', loaded, total}   bytes, while Python loads (first run)
//     {type: 'ready', python: '3.14.x'}   once, when Python has loaded
//     {type: 'result', id, python, engine_events, python_events, agree,
//      first_difference: null | {index, engine, python}, error: null | str}
//     {type: 'tree', id, python, at, rows: null | [{depth, task, station,
//      box, stack, running}], error: null | str}   for a page's
//      {type: 'tree', id, run, shots, at}: asyncio's own call graph of the
//      listing's tasks once `at` events have happened (recorder.tree_at)
//     {type: 'program', id, python, trace, events, output, error: null |
//      {message, line}}   for a page's {type: 'program', id, run, plans,
//      code}: the learner's own supervisor run on the listing's stations,
//      fed the draws of every station and box (own_supervisor.record_program)
//     {type: 'error', message, id?}       Python could not load (id: the run
//                                         that was waiting); sent again for
//                                         every later run: make a new worker
//                                         to try again
//
// Python loads on the first run and is kept for the later ones, which run
// one after the other, each to its end (a run cannot be stopped but by
// terminating the worker). Files, relative to this script (Trunk's
// post_build hook, scripts/stage-python.sh, puts them there):
// pyodide/ (Pyodide and sizes.json) and python/ (the three .py files).
// Needs http(s): from file:// neither fetch nor module workers work.

const PYODIDE_DIR = new URL('./pyodide/', import.meta.url);
const PYTHON_DIR = new URL('./python/', import.meta.url);
const PYTHON_FILES = ['virtual_loop.py', 'vaccination_lot.py', 'recorder.py', 'own_supervisor.py'];
/** Where the .py files live in Pyodide's file system. */
const HOME = '/home/pyodide/lot';
/** loadPyodide never settles under a CSP without 'wasm-unsafe-eval'. */
const LOAD_TIMEOUT_MS = 60_000;
/** At most one progress message per this many milliseconds. */
const PROGRESS_EVERY_MS = 50;

// Byte counting: every fetch made while Python loads (Pyodide's own
// included) is counted as its body streams in. The count reads a clone, so
// the response handed on is the one the network gave, headers and URL
// intact: WebAssembly.instantiateStreaming still sees application/wasm.
const realFetch = globalThis.fetch.bind(globalThis);
let counting = false;
let loaded = 0;
let total = 0;
let lastProgress = 0;

function progress(force = false) {
  const now = performance.now();
  if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = now;
  postMessage({ type: 'progress', loaded: Math.min(loaded, total || loaded), total: total || loaded });
}

async function countBody(response) {
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!counting) {
        await reader.cancel();
        return;
      }
      loaded += value.byteLength;
      progress();
    }
  } catch {
    // The download failed: whoever reads the original response says so.
  }
}

// A download that fails while Python loads ends the load at once: left to
// itself, Pyodide logs a failed wasm download and then never settles.
let downloadFailed = () => {};
const downloadFailure = new Promise((_, reject) => {
  downloadFailed = reject;
});
downloadFailure.catch(() => {});

function where(input) {
  try {
    return new URL(input instanceof Request ? input.url : String(input), self.location.href).pathname;
  } catch {
    return String(input);
  }
}

globalThis.fetch = async (input, init) => {
  let response;
  try {
    response = await realFetch(input, init);
  } catch (err) {
    if (counting) downloadFailed(plain(`Python could not be loaded: downloading ${where(input)} failed (${err.message})`));
    throw err;
  }
  if (counting && !response.ok) {
    downloadFailed(plain(`Python could not be loaded: the server answered ${response.status} for ${where(input)}`));
  }
  if (counting && response.ok && response.body) countBody(response.clone());
  return response;
};

/** An error whose message is already a sentence for the page. */
function plain(message) {
  return Object.assign(new Error(message), { plain: true });
}

/** `promise`, or a rejection with `message` after `ms`. */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(plain(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The text of a file beside this script; throws a plain sentence. */
async function fetchText(url) {
  let response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw plain(`Python could not be loaded: downloading ${url.pathname} failed (${err.message})`);
  }
  if (!response.ok) {
    throw plain(`Python could not be loaded: the server answered ${response.status} for ${url.pathname}`);
  }
  return response.text();
}

/** The time budget of one run of the listing, in seconds: past it, the
 * guard (recorder.budget) stops the Python code at its next loop turn. */
const BUDGET_SECONDS = 10;

/** Run once Python is up: imports the recorder and returns the functions
 * that run one comparison and take one call graph (JSON in, JSON out). */
const SETUP = `
import asyncio, json, sys
sys.path.insert(0, ${JSON.stringify(HOME)})
import recorder
import own_supervisor

LISTING = ${JSON.stringify(`${HOME}/vaccination_lot.py`)}

def _guarded(work, failed):
    """work() as JSON, on asyncio.Runner's own loop and under the time
    budget: Pyodide keeps its WebLoop set as running, and a Runner refuses
    to start inside a running loop, so it is cleared for the work and
    restored after. failed(message) is the result when the budget stops
    the work or the inputs cannot be read."""
    previous = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    try:
        with recorder.budget(${BUDGET_SECONDS}):
            result = work()
    except recorder.Runaway as stopped:
        result = failed(str(stopped))
    except Exception as error:  # inputs the harness cannot read
        result = failed(repr(error))
    finally:
        asyncio._set_running_loop(previous)
    return json.dumps(result)

def _compare(run_json, events, shots):
    """recorder.compare_inputs: the listing against the engine's run."""
    return _guarded(
        lambda: recorder.compare_inputs(json.loads(run_json), events, shots, LISTING),
        lambda error: {"engine_events": 0, "python_events": 0, "agree": False,
                       "first_difference": None, "error": error})

def _tree(run_json, shots, at):
    """recorder.tree_at: asyncio's call graph at event at."""
    return _guarded(
        lambda: recorder.tree_at(json.loads(run_json), shots, LISTING, int(at)),
        lambda error: {"at": at, "rows": None, "error": error})

def _program(run_json, plans, code):
    """own_supervisor.record_program: a learner's supervisor, recorded."""
    return _guarded(
        lambda: own_supervisor.record_program(json.loads(run_json), plans, code),
        lambda error: {"trace": "", "events": 0, "output": "",
                       "error": {"message": error, "line": None}})

(_compare, _tree, _program)
`;

/** Loads Pyodide and the listing; resolves to the Python function that runs one comparison. */
async function load() {
  // The total comes from sizes.json (not counted: it is not in it).
  let sizes = {};
  try {
    const response = await realFetch(new URL('sizes.json', PYODIDE_DIR), { cache: 'no-cache' });
    if (response.ok) sizes = await response.json();
  } catch {
    // No total: progress then counts up with total = loaded so far.
  }
  total = sizes.total ?? 0;
  counting = true;
  progress(true);

  let loadPyodide;
  try {
    ({ loadPyodide } = await import(new URL('pyodide.mjs', PYODIDE_DIR).href));
  } catch (err) {
    throw plain(`Python could not be loaded: Pyodide's script (pyodide/pyodide.mjs) did not load (${err.message})`);
  }
  loaded += sizes.files?.['pyodide/pyodide.mjs'] ?? 0;
  // pyodide.asm.mjs comes in by import(), not fetch: the same import here
  // shares its download (one module map) and says when it is in, to count
  // its bytes then.
  import(new URL('pyodide.asm.mjs', PYODIDE_DIR).href).then(
    () => {
      loaded += sizes.files?.['pyodide/pyodide.asm.mjs'] ?? 0;
      progress(true);
    },
    () => {}, // loadPyodide reports it
  );

  const sources = Promise.all(
    PYTHON_FILES.map((file) => fetchText(new URL(file, PYTHON_DIR))),
  );
  sources.catch(() => {}); // reported below, after Pyodide's own failure if any

  let pyodide;
  try {
    pyodide = await withTimeout(
      Promise.race([
        loadPyodide({ indexURL: PYODIDE_DIR.href, stdout: () => {}, stderr: (line) => console.warn(line) }),
        downloadFailure,
      ]),
      LOAD_TIMEOUT_MS,
      `Python did not start within ${LOAD_TIMEOUT_MS / 1000} seconds ` +
        "(a Content-Security-Policy without 'wasm-unsafe-eval' stops it silently)",
    );
  } catch (err) {
    throw err.plain ? err : new Error(`Python (Pyodide) failed to start: ${err.message}`);
  }
  const texts = await sources;

  let run;
  let tree;
  let program;
  let version;
  try {
    pyodide.FS.mkdirTree(HOME);
    PYTHON_FILES.forEach((file, index) => pyodide.FS.writeFile(`${HOME}/${file}`, texts[index]));
    const functions = pyodide.runPython(SETUP);
    run = functions.get(0);
    tree = functions.get(1);
    program = functions.get(2);
    functions.destroy();
    version = pyodide.runPython('import sys; sys.version.split()[0]');
  } catch (err) {
    const last = String(err.message ?? err).trim().split('\n').at(-1);
    throw plain(`Python started, but the listing's files would not load: ${last}`);
  }
  counting = false;
  progress(true);
  postMessage({ type: 'ready', python: version });
  return { run, tree, program, version };
}

let python = null; // the promise of load()

self.onmessage = async ({ data }) => {
  if (!['run', 'tree', 'program'].includes(data?.type)) return;
  python ??= load();
  let ready;
  try {
    ready = await python;
  } catch (err) {
    counting = false;
    postMessage({ type: 'error', id: data.id, message: err.message });
    return;
  }
  if (data.type === 'program') {
    let result;
    try {
      result = JSON.parse(ready.program(JSON.stringify(data.run ?? {}), String(data.plans ?? ''), String(data.code ?? '')));
    } catch (err) {
      result = { trace: '', events: 0, output: '', error: { message: String(err.message ?? err), line: null } };
    }
    postMessage({ type: 'program', id: data.id, python: ready.version, ...result });
    return;
  }
  if (data.type === 'tree') {
    let result;
    try {
      result = JSON.parse(ready.tree(JSON.stringify(data.run ?? {}), String(data.shots ?? ''), Number(data.at ?? 0)));
    } catch (err) {
      result = { at: data.at, rows: null, error: String(err.message ?? err) };
    }
    postMessage({ type: 'tree', id: data.id, python: ready.version, ...result });
    return;
  }
  let result;
  try {
    result = JSON.parse(ready.run(JSON.stringify(data.run ?? {}), String(data.events ?? ''), String(data.shots ?? '')));
  } catch (err) {
    // Python itself failed (not the listing: compare_inputs reports that).
    result = { engine_events: 0, python_events: 0, agree: false, first_difference: null, error: String(err.message ?? err) };
  }
  postMessage({ type: 'result', id: data.id, python: ready.version, ...result });
};
