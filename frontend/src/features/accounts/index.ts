// The accounts feature's public entry: other features and the app import only from here.
export { AccountPage } from './components/AccountPage';
export { AccountsPage } from './components/AccountsPage';
export { ImportPage } from './components/ImportPage';
export { kinds } from './accountFilters';
export { accountsKey, useAccounts, type Account, type AccountKind } from './api/listAccounts';
export type { CredentialState } from './api/listCredentials';
export { useBulkUpdateAccounts, type BulkResult } from './api/bulkUpdateAccounts';
export { useClasses } from './api/listClasses';
export { credentialStateLabel, kindsLabel } from './labels';
