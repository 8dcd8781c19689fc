import type { TemplateInput } from './api/createTemplate';
import type { MergeTag } from './api/listMergeTags';
import type { Template } from './api/listTemplates';

/** What the editor changes: the saved input of a template. */
export type TemplateValues = TemplateInput;

export function valuesOf(template: Template): TemplateValues {
  const { name, language, audiences, variant, body } = template;
  return { name, language, audiences, variant, body };
}

/** A body as the browser writes it back: `<br />` and `<br>` are the same letter. */
function serialised(body: string): string {
  const template = document.createElement('template');
  template.innerHTML = body;
  return template.innerHTML;
}

export function sameValues(a: TemplateValues, b: TemplateValues): boolean {
  return (
    a.name === b.name &&
    a.language === b.language &&
    a.variant === b.variant &&
    (a.body === b.body || serialised(a.body) === serialised(b.body)) &&
    a.audiences.join() === b.audiences.join()
  );
}

/** The tags a template may use: those allowed for every one of its audiences and its variant. */
export function tagsFor(tags: MergeTag[], values: Pick<TemplateValues, 'audiences' | 'variant'>) {
  return tags.filter(
    (tag) =>
      tag.variants.includes(values.variant) &&
      values.audiences.every((audience) => tag.audiences.includes(audience)),
  );
}
