import { useMemo } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useObjectUrl } from '@/components/useObjectUrl';
import { useImportLimits } from '../api/importLimits';

export const importColumns =
  'type;civilite;nom;prenom;identifiant;email;classe;mode_connexion;enfants;adresse;id_externe';

/** A file a spreadsheet opens as it is (UTF-8 with its mark, « ; »), to fill in. */
const sampleLines = [
  importColumns,
  'Élève;;Lefèvre;Zoé;;;6A;;;;E-0001',
  'Responsable;Mme;Lefèvre;Hélène;;helene.lefevre@example.fr;;DIRECT;E-0001;12 rue des Écoles 75005 Paris;R-0001',
  'Professeur;M.;Martin;Paul;;paul.martin@example.fr;;;;;P-0001',
];

type Props = { isPending: boolean; onFiles: (files: File[]) => void };

/** Step 1: the expected columns or exports, a sample, the limits, and the files' choice. */
export function ImportFileStep({ isPending, onFiles }: Props) {
  const { t, i18n } = useTranslation();
  const limits = useImportLimits();
  const sample = useMemo(
    () => new Blob(['\uFEFF' + sampleLines.join('\r\n') + '\r\n'], { type: 'text/csv' }),
    [],
  );
  const sampleUrl = useObjectUrl(sample);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <p>{t('import.fileIntro')}</p>
      <pre className="columns">
        <code>{importColumns}</code>
      </pre>
      <p>
        <a href={sampleUrl} download={t('import.sampleFileName')}>
          {t('import.sample')}
        </a>
      </p>
      <ul>
        <li>{t('import.ruleRequired')}</li>
        <li>{t('import.ruleKinds')}</li>
        <li>{t('import.ruleChildren')}</li>
        <li>{t('import.ruleMatch')}</li>
        <li>{t('import.ruleExcel')}</li>
      </ul>
      <p>{t('import.exportsIntro')}</p>
      {limits.data && (
        <p id="import-limits">
          {t('import.limits', {
            megabytes: number.format(Math.floor(limits.data.maxFileBytes / (1024 * 1024))),
            rows: number.format(limits.data.maxRows),
          })}
        </p>
      )}
      <FileTrigger
        allowsMultiple
        acceptedFileTypes={[
          '.csv',
          '.txt',
          '.xlsx',
          '.xml',
          '.zip',
          'text/csv',
          'text/plain',
          'text/xml',
          'application/zip',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ]}
        onSelect={(files) => {
          const chosen = files ? Array.from(files) : [];
          if (chosen.length > 0) onFiles(chosen);
        }}
      >
        <Button className="button" isDisabled={isPending}>
          {t('import.chooseFile')}
        </Button>
      </FileTrigger>
    </>
  );
}
