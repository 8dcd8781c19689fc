import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export const importColumns =
  'type;civilite;nom;prenom;identifiant;email;classe;mode_connexion;enfants;adresse;id_externe';

type Props = { isPending: boolean; onFiles: (files: File[]) => void };

/** Step 1: the expected columns or exports, and the files' choice (which starts the dry run). */
export function ImportFileStep({ isPending, onFiles }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('import.fileIntro')}</p>
      <pre className="columns">
        <code>{importColumns}</code>
      </pre>
      <ul>
        <li>{t('import.ruleRequired')}</li>
        <li>{t('import.ruleKinds')}</li>
        <li>{t('import.ruleChildren')}</li>
        <li>{t('import.ruleMatch')}</li>
      </ul>
      <p>{t('import.exportsIntro')}</p>
      <FileTrigger
        allowsMultiple
        acceptedFileTypes={[
          '.csv',
          '.xml',
          '.zip',
          'text/csv',
          'text/plain',
          'text/xml',
          'application/zip',
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
