import { useEditorState, type Editor } from '@tiptap/react';
import { ToggleButton, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

const marks = [
  {
    name: 'bold',
    label: 'templates.toolbar.bold',
    run: (e: Editor) => e.chain().focus().toggleBold(),
  },
  {
    name: 'italic',
    label: 'templates.toolbar.italic',
    run: (e: Editor) => e.chain().focus().toggleItalic(),
  },
  {
    name: 'underline',
    label: 'templates.toolbar.underline',
    run: (e: Editor) => e.chain().focus().toggleUnderline(),
  },
  {
    name: 'bulletList',
    label: 'templates.toolbar.bulletList',
    run: (e: Editor) => e.chain().focus().toggleBulletList(),
  },
  {
    name: 'orderedList',
    label: 'templates.toolbar.orderedList',
    run: (e: Editor) => e.chain().focus().toggleOrderedList(),
  },
] as const;

/** Bold, italic, underline and lists, each showing whether it applies at the cursor. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => marks.map(({ name }) => current.isActive(name)),
  });
  return (
    <Toolbar className="editor-toolbar" aria-label={t('templates.toolbar.label')}>
      {marks.map((mark, index) => (
        <ToggleButton
          key={mark.name}
          className="button button-quiet button-small"
          isSelected={active[index] ?? false}
          onChange={() => void mark.run(editor).run()}
        >
          {t(mark.label)}
        </ToggleButton>
      ))}
    </Toolbar>
  );
}
