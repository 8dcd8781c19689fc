import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';

type TagError = components['schemas']['TagError'];

/** The merge tags the server refused, each with its line and column in the HTML body. */
export function TagErrorsAlert({ tagErrors }: { tagErrors: TagError[] | undefined }) {
  const { t } = useTranslation();
  if (tagErrors === undefined || tagErrors.length === 0) return null;
  return (
    <div role="alert" className="alert">
      <p className="alert-title">{t('templates.editor.tagErrors')}</p>
      <ul>
        {tagErrors.map((error, index) => (
          <li key={index}>
            {t('templates.editor.tagError', {
              tag: `{{${error.tag}}}`,
              line: error.line,
              column: error.column,
              message: error.message,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
