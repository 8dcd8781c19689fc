import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ImportLine } from '../api/importAccounts';

const pageSize = 100;

const errorsFirst = (a: ImportLine, b: ImportLine) =>
  Number(b.outcome === 'ERROR') - Number(a.outcome === 'ERROR') || a.line - b.line;

/**
 * The report's lines, errors first, 100 at a time; each with the person's name, as the secretary
 * knows them, and what the import will do (future tense in a dry run) or did.
 */
export function ImportLinesTable({ lines, dryRun }: { lines: ImportLine[]; dryRun: boolean }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(pageSize);
  const sorted = [...lines].sort(errorsFirst);
  return (
    <>
      <table className="table lines">
        <caption>{t('import.linesCaption', { count: lines.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.outcome')}</th>
            <th scope="col">{t('accounts.column.name')}</th>
            <th scope="col">{t('accounts.column.login')}</th>
            <th scope="col">{t('import.errorsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((line) => (
            <tr key={line.line} className={line.outcome === 'ERROR' ? 'line-error' : undefined}>
              <th scope="row">{line.line}</th>
              <td>
                {t(
                  dryRun
                    ? `import.outcomesDryRun.${line.outcome}`
                    : `import.outcomes.${line.outcome}`,
                )}
              </td>
              <td>{[line.lastName, line.firstName].filter(Boolean).join(' ')}</td>
              <td>{line.login ?? ''}</td>
              <td>
                {line.errors.length > 0 && (
                  <ul>
                    {line.errors.map((error, index) => (
                      <li key={index}>
                        {error.column && (
                          <strong>{t('import.errorIn', { column: error.column })} </strong>
                        )}
                        {error.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown && (
        <Button className="button button-quiet" onPress={() => setShown((n) => n + pageSize)}>
          {t('import.showMore', { count: Math.min(pageSize, sorted.length - shown) })}
        </Button>
      )}
    </>
  );
}
