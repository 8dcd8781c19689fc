import { useActivationPolicy } from '../api/activationPolicy';

/**
 * Who sends the letter: the school's logo and name, before anything is typed, so a parent knows
 * the page is their school's. Nothing shown while the school has no name.
 */
export function SchoolBanner() {
  const policy = useActivationPolicy();
  const school = policy.data?.school;
  if (!school?.name) return null;
  return (
    <div className="school-banner">
      {school.logoUrl && <img src={school.logoUrl} alt="" className="school-logo" />}
      <p className="school-name">{school.name}</p>
    </div>
  );
}
