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
  status: 'ACTIVE',
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
  status: 'ACTIVE',
};

export const accounts = [helene, zoe];

type Credential = components['schemas']['Credential'];

/** Hélène's letters, newest first: one sent by post and opened, one revoked. */
export const heleneCredentials: Credential[] = [
  {
    id: '5d0c2b7e-3f4a-4c1d-9e8f-7a6b5c4d3e21',
    accountId: helene.id,
    sendId: '6e1d3c8f-4a5b-4d2e-8f90-1b2c3d4e5f60',
    state: 'OPENED',
    issuedAt: '2026-11-25T23:30:00Z',
    expiresAt: '2026-12-25T10:00:00Z',
    variant: 'NO_QR',
  },
  {
    id: '5d0c2b7e-3f4a-4c1d-9e8f-7a6b5c4d3e20',
    accountId: helene.id,
    sendId: null,
    state: 'REVOKED',
    issuedAt: '2026-09-01T08:00:00Z',
    expiresAt: '2026-10-01T08:00:00Z',
    variant: 'QR',
  },
];

/** The letter the front desk issues for Hélène. */
export const frontDeskCredential: Credential = {
  id: '5d0c2b7e-3f4a-4c1d-9e8f-7a6b5c4d3e22',
  accountId: helene.id,
  sendId: null,
  state: 'ISSUED',
  issuedAt: '2026-11-27T09:00:00Z',
  expiresAt: '2026-12-27T09:00:00Z',
  variant: 'QR',
};

export const dryRunReport: ImportReport = {
  dryRun: true,
  format: 'CSV',
  created: 2,
  updated: 0,
  unchanged: 1,
  errors: 0,
  left: 0,
  encoding: 'windows-1252',
  separator: ';',
  unknownColumns: ['remarque'],
  files: [{ name: 'comptes.csv', format: 'CSV', encoding: 'windows-1252', zipped: false }],
  leavers: [],
  warnings: [],
  lines: [
    {
      line: 2,
      outcome: 'CREATED',
      login: 'zoe.lefevre',
      lastName: 'Lefèvre',
      firstName: 'Zoé',
      errors: [],
    },
    { line: 3, outcome: 'CREATED', login: 'helene.dupre', errors: [] },
    { line: 4, outcome: 'UNCHANGED', login: 'marc.petit', errors: [] },
  ],
};

type Template = components['schemas']['Template'];
type MergeTag = components['schemas']['MergeTag'];
type TemplateVersion = components['schemas']['TemplateVersion'];

const letter = '<p>Bonjour {{first_name}},</p><p>Votre identifiant : {{login}}</p>';

export const parentsQrOriginal: Template = {
  id: '0b6f2a1c-1d2e-4f30-8a4b-5c6d7e8f9a01',
  name: 'Connexion – Responsables (QR)',
  language: 'fr',
  audiences: ['PARENT'],
  variant: 'QR',
  body: letter,
  original: true,
  customised: false,
  version: 1,
  updatedAt: '2026-11-20T09:30:00Z',
  updatedBy: null,
};

export const studentsCustomised: Template = {
  ...parentsQrOriginal,
  id: '0b6f2a1c-1d2e-4f30-8a4b-5c6d7e8f9a02',
  name: 'Connexion – Élèves (sans QR)',
  audiences: ['STUDENT'],
  variant: 'NO_QR',
  customised: true,
  version: 3,
  updatedBy: 'admin',
};

export const ownTemplate: Template = {
  ...parentsQrOriginal,
  id: '0b6f2a1c-1d2e-4f30-8a4b-5c6d7e8f9a03',
  name: 'Copie de Connexion – Responsables (QR)',
  language: 'en',
  original: false,
  customised: false,
  updatedBy: 'admin',
};

export const templates = [parentsQrOriginal, studentsCustomised, ownTemplate];

export const mergeTags: MergeTag[] = [
  {
    name: 'establishment_name',
    group: 'ESTABLISHMENT',
    description: 'Le nom de l’établissement',
    example: 'Collège Jean Moulin',
    audiences: ['STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR'],
    variants: ['QR', 'NO_QR'],
  },
  {
    name: 'first_name',
    group: 'RECIPIENT',
    description: 'Le prénom du destinataire',
    example: 'Hélène',
    audiences: ['STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR'],
    variants: ['QR', 'NO_QR'],
  },
  {
    name: 'login',
    group: 'RECIPIENT',
    description: 'L’identifiant de connexion du destinataire',
    example: 'helene.dupre',
    audiences: ['STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR'],
    variants: ['QR', 'NO_QR'],
  },
  {
    name: 'children',
    group: 'RECIPIENT',
    description: 'Les enfants du responsable',
    example: 'Zoé Lefèvre (6A)',
    audiences: ['PARENT'],
    variants: ['QR', 'NO_QR'],
  },
  {
    name: 'qr_code',
    group: 'LETTER',
    description: 'Le QR code à scanner',
    example: '(QR code)',
    audiences: ['STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR'],
    variants: ['QR'],
  },
];

export const templateVersions: TemplateVersion[] = [
  { version: 1, name: parentsQrOriginal.name, savedAt: '2026-11-20T09:30:00Z', note: 'CREATED' },
];
