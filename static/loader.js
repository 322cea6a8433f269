// Starts one of the page's two builds (Cargo.toml: the same app, with and
// without its `lessons` and `python` features):
//
//   vaccination-lot          the page without the guided lessons and the
//                            Python view: what a visit downloads first
//   vaccination-lot-lessons  the page with them, started instead when the
//                            address asks for a lesson (?lesson=, #lesson=…,
//                            #lessons for the menu) or for Python (python=1,
//                            or a learner's program in #py=), for export
//                            for slides (export=1), for a class reading
//                            Python first (code=python, or that choice
//                            kept from an earlier visit), for fuzz mode
//                            (fuzz=1), for playing the event loop
//                            (loop=1), for the class view that sums up
//                            learners' result files (class=1), or when a
//                            place in a lesson is kept from an earlier
//                            visit (localStorage)
//
// Trunk writes, in place of the first build's <link data-trunk rel="rust">,
// a call to vaccinationLot.offer(base, glue, wasm) (Trunk.toml's
// pattern_script). The second is built as Trunk's "worker" type, under its
// own name: vaccination-lot-lessons.js and _bg.wasm beside the first. Its
// addresses carry the first build's content hash as a query, so a browser's
// cache never pairs an old glue with a new module. vaccinationLot.start()
// fetches the chosen build's glue and wasm side by side and starts it;
// nothing of the other build is fetched. The page without lessons, asked
// for one, loads the page again with the fragment that asks
// (src/app/components/page_lessons); asked for Python, with python=1
// (src/app/components/python); asked to export, with export=1
// (src/app/components/export). vaccinationLot.loadEditor() imports the
// Python view's code editor when it is first shown, and
// vaccinationLot.loadGif() the GIF encoder (crates/gif-encoder, a third
// wasm module built as a "worker" too: vaccination-lot-gif.js and
// _bg.wasm) when a GIF is first exported.
window.vaccinationLot = (() => {
  const LESSONS_BUILD = 'vaccination-lot-lessons';
  const GIF_MODULE = 'vaccination-lot-gif';
  // The key under which src/app/storage.rs keeps a learner's place.
  const KEPT_PLACE = 'vaccination-lot.lesson-place';
  let plain = null;

  const placeKept = () => {
    try {
      return window.localStorage.getItem(KEPT_PLACE) !== null;
    } catch {
      return false; // storage refused (sandboxed frame, privacy mode)
    }
  };

  // The key under which src/app/code_first.rs keeps the language a class
  // reads first: a class reading Python gets the build with asyncio's words.
  const CODE_FIRST = 'vaccination-lot.code';

  const readsPython = (address) => {
    const asked = address.searchParams.get('code');
    if (asked === 'python' || asked === 'rust') return asked === 'python';
    try {
      return window.localStorage.getItem(CODE_FIRST) === 'python';
    } catch {
      return false; // storage refused (sandboxed frame, privacy mode)
    }
  };

  const wantsLessons = () => {
    const address = new URL(window.location.href);
    return (
      address.searchParams.has('lesson') ||
      address.hash.startsWith('#lesson') ||
      address.searchParams.get('python') === '1' ||
      address.searchParams.get('export') === '1' ||
      address.searchParams.get('fuzz') === '1' ||
      address.searchParams.get('loop') === '1' ||
      address.searchParams.get('class') === '1' ||
      address.hash.startsWith('#py=') ||
      readsPython(address) ||
      placeKept()
    );
  };

  // A module built beside the first build, under its own name: its
  // addresses, with the first build's content hash as a query.
  const besideFirst = ({ base, glue }, name) => {
    const version = glue.match(/-([0-9a-f]+)\.js$/)?.[1] ?? '';
    const query = version ? `?v=${version}` : '';
    return { glue: `${base}${name}.js${query}`, wasm: `${base}${name}_bg.wasm${query}` };
  };

  const lessonsBuild = (first) => besideFirst(first, LESSONS_BUILD);
  let gifModule = null;

  return {
    /** Called by the first build, with where it is. */
    offer(base, glue, wasm) {
      plain = { base, glue, wasm };
    },

    /** Starts the build the address asks for; resolves to its glue's address. */
    async start() {
      const build = wantsLessons()
        ? lessonsBuild(plain)
        : { glue: plain.base + plain.glue, wasm: plain.base + plain.wasm };
      const wasm = fetch(build.wasm);
      const glue = await import(build.glue);
      await glue.default({ module_or_path: wasm });
      // For the benchmarks (scripts/bench-browser.mjs, bench-memory.mjs).
      window.wasmBindings = glue;
      return build.glue;
    },

    /** The Python editor (CodeMirror 6, bundled by scripts/stage-python.sh),
     * imported only when the Python view shows it; resolves to its module. */
    loadEditor() {
      return import(`${plain?.base ?? './'}editor/editor.js`);
    },

    /** The GIF encoder (crates/gif-encoder), imported and started the
     * first time a GIF is exported; resolves to its module. */
    loadGif() {
      gifModule ??= (async () => {
        const build = besideFirst(plain, GIF_MODULE);
        const module = await import(build.glue);
        await module.default({ module_or_path: fetch(build.wasm) });
        return module;
      })().catch((error) => {
        gifModule = null; // a later export tries again
        throw error;
      });
      return gifModule;
    },
  };
})();
