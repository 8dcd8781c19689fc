import type { TFunction } from 'i18next';
import { type AccountKind, kindsLabel } from '@/features/accounts';
import type { MergeTagGroup } from './api/listMergeTags';
import type { Template, TemplateLanguage, TemplateVariant } from './api/listTemplates';

export const audiencesLabel = (t: TFunction, audiences: AccountKind[]) =>
  audiences.map((audience) => kindsLabel(t, audience)).join(', ');
export const variantLabel = (t: TFunction, variant: TemplateVariant) =>
  t(`templates.variant.${variant}`);
export const languageLabel = (t: TFunction, language: TemplateLanguage) =>
  t(`templates.language.${language}`);
export const groupLabel = (t: TFunction, group: MergeTagGroup) => t(`templates.group.${group}`);

export type TemplateOrigin = 'original' | 'customised' | 'own';

export function originOf(template: Pick<Template, 'original' | 'customised'>): TemplateOrigin {
  if (!template.original) return 'own';
  return template.customised ? 'customised' : 'original';
}

export const originLabel = (t: TFunction, origin: TemplateOrigin) =>
  t(`templates.origin.${origin}`);
