import type { components } from '@/lib/api/schema';

type Account = components['schemas']['Account'];
type Identity = components['schemas']['Identity'];
type ImportReport = components['schemas']['ImportReport'];

export const identity: Identity = {
  name: 'Collège Jean Moulin',
  uai: '0751234J',
  address: '12 rue des Écoles\n75005 Paris',
  publicUrl: 'https://sesame.example.fr/',
  logoUrl: null,
  hostedPublicUrl: null,
};

export const helene: Account = {
  id: '3f2b8c1e-0d5a-4b8e-9a43-1f6f1b2c3d4e',
  kind: 'PARENT',
  civility: 'Mme',
  lastName: 'Dupré',
  firstName: 'Hélène',
  login: 'helene.dupre',
  email: 'helene.dupre@example.fr',
  className: null,
  childrenIds: ['9b1d3c55-7a0e-4f6b-8c2d-5e4f3a2b1c0d'],
  address: null,
  externalId: 'R-1',
  connectionMode: 'DIRECT',
  passwordState: 'NONE',
};

export const zoe: Account = {
  id: '9b1d3c55-7a0e-4f6b-8c2d-5e4f3a2b1c0d',
  kind: 'STUDENT',
  civility: null,
  lastName: 'Lefèvre',
  firstName: 'Zoé',
  login: 'zoe.lefevre',
  email: null,
  className: '6A',
  childrenIds: [],
  parentIds: [helene.id],
  address: null,
  externalId: 'E-1',
  connectionMode: 'ENT',
  passwordState: 'PROVISIONAL',
};

export const accounts = [helene, zoe];

export const dryRunReport: ImportReport = {
  dryRun: true,
  created: 2,
  updated: 0,
  unchanged: 1,
  errors: 0,
  encoding: 'windows-1252',
  separator: ';',
  unknownColumns: ['remarque'],
  lines: [
    { line: 2, outcome: 'CREATED', login: 'zoe.lefevre', errors: [] },
    { line: 3, outcome: 'CREATED', login: 'helene.dupre', errors: [] },
    { line: 4, outcome: 'UNCHANGED', login: 'marc.petit', errors: [] },
  ],
};
