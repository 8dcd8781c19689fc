/** The administrator the backend creates at start-up (see playwright.config.ts). */
export const admin = {
  username: 'admin',
  password: 'e2e-admin-password-long',
} as const;
