import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { usePageTitle } from '@/components/usePageTitle';
import { kinds, type AccountKind, kindsLabel } from '@/features/accounts';
import { useActivationSummary } from '../api/getActivationSummary';
import { ActivationsTable } from './ActivationsTable';

/** « Suivi des activations »: per audience and class, who has activated, who still needs a letter. */
export function ActivationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('activations.title'));
  const [params, setParams] = useSearchParams();
  const kind = kinds.find((k) => k === params.get('kind'));
  const summary = useActivationSummary(kind);
  return (
    <>
      <h1>{t('activations.title')}</h1>
      <p className="advice">{t('activations.intro')}</p>
      <div className="filter-bar">
        <SelectField
          label={t('activations.kind')}
          value={kind ?? ''}
          options={[
            { id: '', label: t('activations.allKinds') },
            ...kinds.map((k) => ({ id: k, label: kindsLabel(t, k) })),
          ]}
          onChange={(value) => setParams(value ? { kind: value as AccountKind } : {})}
        />
      </div>
      {summary.isPending && <p role="status">{t('app.loading')}</p>}
      <ProblemAlert error={summary.error} />
      {summary.data && <ActivationsTable rows={summary.data} />}
    </>
  );
}
