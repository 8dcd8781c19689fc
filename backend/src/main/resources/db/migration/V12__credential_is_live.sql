-- The one place SQL learns which credential states can still open an account (CredentialState.LIVE
-- in Java; a test keeps the two equal). Expiry is checked apart, against the caller's clock.
-- A plain SQL expression, so the planner inlines it and the partial indexes still apply.
create function credential_is_live(state varchar) returns boolean
    language sql immutable parallel safe
as $$
    select state in ('ISSUED', 'DELIVERED', 'OPENED', 'CODE_VERIFIED')
$$;
