import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError } from '@/lib/api/problem';
import { ImportReportView } from './ImportReportView';

/** A refused import: the problem's title and detail, and the line report when there is one. */
export function ImportFailure({ error }: { error: Error | null }) {
  if (error === null) return null;
  const report = error instanceof ApiError ? error.problem?.report : undefined;
  return (
    <>
      <ProblemAlert error={error} />
      {report && <ImportReportView report={report} />}
    </>
  );
}
