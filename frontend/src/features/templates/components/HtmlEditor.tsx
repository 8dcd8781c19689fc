import { useEffect, useRef } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Inserter } from './VisualEditor';

type Props = { html: string; onChange: (html: string) => void; inserterRef: Inserter };

/** The body's HTML as it is saved, for advanced users: nothing is rewritten. */
export function HtmlEditor({ html, onChange, inserterRef }: Props) {
  const { t } = useTranslation();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const state = useRef({ html, onChange });
  useEffect(() => {
    state.current = { html, onChange };
  });

  useEffect(() => {
    const insert = (name: string) => {
      const field = textArea.current;
      const { html: text, onChange: change } = state.current;
      const start = field?.selectionStart ?? text.length;
      const end = field?.selectionEnd ?? start;
      const tag = `{{${name}}}`;
      change(text.slice(0, start) + tag + text.slice(end));
      requestAnimationFrame(() => {
        field?.focus();
        field?.setSelectionRange(start + tag.length, start + tag.length);
      });
    };
    inserterRef.current = insert;
    return () => {
      if (inserterRef.current === insert) inserterRef.current = null;
    };
  }, [inserterRef]);

  return (
    <TextField className="html-editor" value={html} onChange={onChange}>
      <Label>{t('templates.editor.htmlLabel')}</Label>
      <TextArea ref={textArea} rows={24} spellCheck={false} />
      <Text slot="description">{t('templates.editor.htmlHelp', { example: '{{login}}' })}</Text>
    </TextField>
  );
}
