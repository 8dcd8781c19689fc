import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePrinter } from '../api/getPrinter';

/** Where `PRINT` letters go: the school's printer and its state, or the browser's print dialog. */
export function PrinterStatus() {
  const { t } = useTranslation();
  const printer = usePrinter();
  if (printer.isPending) return <p role="status">{t('app.loading')}</p>;
  if (printer.isError) return <ProblemAlert error={printer.error} />;
  const { configured, name, uri, state, message } = printer.data;
  if (!configured) return <p className="muted">{t('sends.printer.none')}</p>;
  const stateLabel = t(`sends.printer.state.${state ?? 'UNREACHABLE'}`);
  const isTrouble = state === 'STOPPED' || state === 'UNREACHABLE';
  return (
    <p className={isTrouble ? 'alert alert-warning' : 'muted'}>
      {t('sends.printer.goesTo', { name: name ?? uri, state: stateLabel })}
      {message && ` ${t('sends.printer.message', { message })}`}
    </p>
  );
}
