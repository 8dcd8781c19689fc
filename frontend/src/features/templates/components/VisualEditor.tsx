import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { letterExtensions } from '../editor/letterExtensions';
import { editorHtmlToBody, visualRoundTrip } from '../editor/letterHtml';
import { tagsToChips } from '../editor/mergeTagHtml';
import { EditorToolbar } from './EditorToolbar';

/** Where the tag panel inserts a tag: the editor shown at the moment registers itself here. */
export type Inserter = RefObject<((name: string) => void) | null>;

type Props = {
  html: string;
  onChange: (html: string) => void;
  inserterRef: Inserter;
  describe: (name: string) => string | undefined;
};

/**
 * A word-processor-like editor (TipTap); merge tags are chips that cannot be half-edited, and the
 * letter's tables, blocks, classes and styles are carried through as they are.
 */
export function VisualEditor({ html, onChange, inserterRef, describe }: Props) {
  const { t } = useTranslation();
  const onChangeRef = useRef(onChange);
  // The body as the editor gives it back untouched, and whether the user has changed it since.
  const [loaded] = useState(() => visualRoundTrip(html));
  const edited = useRef(false);
  // An editor is destroyed a moment after its component leaves (e.g. remounted on a save): what
  // it reports then is stale and would overwrite the saved body.
  const gone = useRef(false);
  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
    };
  }, []);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const editor = useEditor({
    // The same extensions `visualEditorLoss` checked this body against before it was shown here.
    extensions: letterExtensions(describe),
    content: tagsToChips(html),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('templates.editor.visualLabel'),
        class: 'visual-editor-content',
      },
    },
    // Loading the content is no change: only the user's edits are reported. The table plugin may
    // normalise the document as it loads (before `onCreate`); that writes back the body as loaded,
    // which is not an edit.
    onUpdate: ({ editor: changed }) => {
      const body = editorHtmlToBody(changed.getHTML());
      if (gone.current || (!edited.current && body === loaded)) return;
      edited.current = true;
      onChangeRef.current(body);
    },
  });

  useEffect(() => {
    const insert = (name: string) => editor.chain().focus().insertMergeTag(name).run();
    inserterRef.current = insert;
    return () => {
      if (inserterRef.current === insert) inserterRef.current = null;
    };
  }, [editor, inserterRef]);

  return (
    <div className="visual-editor">
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
