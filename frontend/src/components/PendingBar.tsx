import { Label, ProgressBar } from 'react-aria-components';

/** An indeterminate progress bar shown while a request runs. */
export function PendingBar({ label }: { label: string }) {
  return (
    <ProgressBar className="pending-bar" isIndeterminate>
      <Label>{label}</Label>
      <div className="pending-track">
        <div className="pending-fill" />
      </div>
    </ProgressBar>
  );
}
