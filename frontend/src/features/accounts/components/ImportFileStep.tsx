import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export const importColumns =
  'type;civilite;nom;prenom;identifiant;email;classe;mode_connexion;enfants;adresse;id_externe';

type Props = { isPending: boolean; onFile: (file: File) => void };

/** Step 1: the expected columns, and the file choice (which starts the dry run). */
export function ImportFileStep({ isPending, onFile }: Props) {
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
      <FileTrigger
        acceptedFileTypes={['.csv', 'text/csv', 'text/plain']}
        onSelect={(files) => {
          const file = files?.[0];
          if (file) onFile(file);
        }}
      >
        <Button className="button" isDisabled={isPending}>
          {t('import.chooseFile')}
        </Button>
      </FileTrigger>
    </>
  );
}
