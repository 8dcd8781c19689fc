import type { TFunction } from 'i18next';
import { Meter } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kindsLabel } from '@/features/accounts';
import type { ActivationSummaryRow } from '../api/getActivationSummary';
import { sendPrefillState } from '../sendPrefill';

/** The accounts list showing who has not chosen a password yet, in this row's audience and class. */
export function notActivatedUrl({ kind, className }: ActivationSummaryRow): string {
  const query = new URLSearchParams({ kind });
  if (className) query.set('className', className);
  query.set('passwordState', 'NONE');
  return `/accounts?${query.toString()}`;
}

// A send's filter cannot say "students without a class": it would reach every student instead.
const canTarget = ({ kind, className }: ActivationSummaryRow) =>
  kind !== 'STUDENT' || className !== null;

function groupName(t: TFunction, { kind, className }: ActivationSummaryRow): string {
  if (className) return `${kindsLabel(t, kind)} ${className}`;
  return kind === 'STUDENT' ? t('activations.noClass') : kindsLabel(t, kind);
}

/** One row per audience and class: counts, share activated, and what to do next. */
export function ActivationsTable({ rows }: { rows: ActivationSummaryRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t('activations.empty')}</p>;
  return (
    <table className="table">
      <caption>{t('activations.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('activations.group')}</th>
          <th scope="col">{t('activations.total')}</th>
          <th scope="col">{t('activations.activated')}</th>
          <th scope="col">{t('activations.waiting')}</th>
          <th scope="col">{t('activations.withoutLetter')}</th>
          <th scope="col">{t('activations.ent')}</th>
          <th scope="col">{t('activations.rate')}</th>
          <th scope="col">{t('activations.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const group = groupName(t, row);
          return (
            <tr key={`${row.kind}-${row.className ?? ''}`}>
              <th scope="row">{group}</th>
              <td>{row.total}</td>
              <td>{row.activated}</td>
              <td>{row.waiting}</td>
              <td>{row.withoutLetter}</td>
              <td>{row.ent}</td>
              <td>
                <ActivationRate row={row} group={group} />
              </td>
              <td className="row-actions">
                <Link to={notActivatedUrl(row)}>{t('activations.seeAccounts', { group })}</Link>
                {row.withoutLetter > 0 && canTarget(row) && (
                  <Link
                    className="button button-small"
                    to="/sends"
                    state={sendPrefillState({
                      audience: row.kind,
                      selection: {
                        filter: {
                          ...(row.className && { className: row.className }),
                          passwordState: 'NONE',
                        },
                      },
                    })}
                  >
                    {t('activations.sendLetters', { group })}
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Accounts that chose their password, out of those that need one (ENT accounts do not). */
function ActivationRate({ row, group }: { row: ActivationSummaryRow; group: string }) {
  const { t } = useTranslation();
  const needing = row.total - row.ent;
  if (needing <= 0) return <span className="muted">{t('activations.noneNeeded')}</span>;
  return (
    <Meter
      className="meter"
      value={(100 * row.activated) / needing}
      aria-label={t('activations.rateOf', { group })}
    >
      {({ percentage, valueText }) => (
        <>
          <span className="meter-track" aria-hidden="true">
            <span className="meter-fill" style={{ width: `${percentage}%` }} />
          </span>
          <span className="meter-value">{valueText}</span>
        </>
      )}
    </Meter>
  );
}
