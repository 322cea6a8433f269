// A CodeMirror 6 editor for Python listings. scripts/stage-python.sh bundles
// this entry point with esbuild into one ES module, <out>/editor/editor.js,
// which the page imports only when it shows an editor (CodeMirror is MIT
// licensed; its notices are kept at the end of the bundle).
//
//   const ed = mountEditor(parent, { doc, label, onChange });
//   ed.getValue(); ed.setValue(text); ed.focus(); ed.destroy();
//
// Keyboard users can always leave the editor (WCAG 2.1.2, no keyboard trap):
// - Arriving by keyboard, Tab and Shift-Tab move focus on as everywhere else;
//   Tab indents only once the user has pressed another key in the editor
//   (or clicked in it).
// - Then, as in every CodeMirror 6 editor, Escape followed by Tab (or
//   Shift-Tab) within 2 seconds moves focus out instead of indenting. With a
//   selection, the first Escape only collapses it: press Escape twice.
// - Ctrl-m (Shift-Alt-m on macOS) turns Tab's indenting off for good, or on.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting,
} from "@codemirror/language";
import { python } from "@codemirror/lang-python";

// How long (milliseconds) Tab keeps moving focus after the editor gains focus
// by keyboard: CodeMirror ends this mode at the first other key, so this is
// "until the user presses something" (1e9 ms is about eleven days).
const UNTIL_A_KEY_MS = 1e9;

// Light colours whatever the page's scheme (CodeMirror's default highlight
// colours are chosen for a light background); type as the page's code.
const theme = EditorView.theme({
  "&": {
    colorScheme: "light",
    color: "#1d1f23",
    backgroundColor: "#ffffff",
    border: "1px solid var(--line, #d9d5cc)",
    borderRadius: "4px",
    fontSize: "0.9rem",
    maxHeight: "28rem", // longer listings scroll inside the editor
  },
  "&.cm-focused": { outline: "3px solid var(--focus, #cc79a7)", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "ui-monospace, monospace", overflow: "auto" },
  ".cm-content, .cm-gutter": { minHeight: "12rem" },
  ".cm-gutters": { backgroundColor: "#f7f5f0", color: "#5b6068", borderRight: "1px solid #d9d5cc" },
}, { dark: false });

/**
 * Mounts an editor at the end of `parent`.
 * @param {HTMLElement} parent
 * @param {{doc?: string, label: string, onChange?: (text: string) => void}} options
 *   `label` becomes the aria-label of the editable area; `onChange` receives
 *   the whole text after every change (typing, undo, setValue).
 */
export function mountEditor(parent, { doc = "", label, onChange } = {}) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        python(),
        indentUnit.of("    "), // four spaces, as PEP 8
        indentOnInput(), // dedents `else:` and the like as they are typed
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        // tabindex="0" states what contenteditable already does (one tab
        // stop), so that checkers (axe) see the scroller's focusable content.
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && onChange) onChange(update.state.doc.toString());
        }),
        theme,
      ],
    }),
  });

  // Keyboard arrival: let Tab move on until another key is pressed. A press
  // of the pointer (which comes before the focus it causes) means the user
  // chose the editor, so Tab indents at once. setTabFocusMode(number) leaves
  // a mode turned on for good with Ctrl-m alone; 0 ms ends a temporary one.
  let pointer = false;
  view.dom.addEventListener("pointerdown", () => {
    pointer = true;
    view.setTabFocusMode(0);
  }, true);
  view.contentDOM.addEventListener("focus", () => {
    if (!pointer) view.setTabFocusMode(UNTIL_A_KEY_MS);
    pointer = false;
  });
  view.contentDOM.addEventListener("blur", () => { pointer = false; });

  return {
    getValue: () => view.state.doc.toString(),
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
