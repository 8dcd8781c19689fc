import { describe, expect, it } from 'vitest';
import { chipsToTags, tagsToChips } from './mergeTagHtml';

describe('merge tags in HTML', () => {
  it('makes each {{tag}} of the text a chip, and writes chips back as {{tag}}', () => {
    const body = '<p>Bonjour {{ first_name }}, votre identifiant : <strong>{{login}}</strong>.</p>';
    const chips = tagsToChips(body);

    expect(chips).toBe(
      '<p>Bonjour <span data-merge-tag="first_name">{{first_name}}</span>, votre identifiant : ' +
        '<strong><span data-merge-tag="login">{{login}}</span></strong>.</p>',
    );
    expect(chipsToTags(chips)).toBe(
      '<p>Bonjour {{first_name}}, votre identifiant : <strong>{{login}}</strong>.</p>',
    );
  });

  it('makes section markers chips too, and writes them back unchanged', () => {
    const body =
      '<p>{{#children}}de {{children}}{{/children}}{{ ^children }}de vos enfants{{/children}}</p>';
    const chips = tagsToChips(body);
    expect(chips).toContain('<span data-merge-tag="#children">{{#children}}</span>');
    expect(chips).toContain('<span data-merge-tag="^children">{{^children}}</span>');
    expect(chipsToTags(chips)).toBe(
      '<p>{{#children}}de {{children}}{{/children}}{{^children}}de vos enfants{{/children}}</p>',
    );
  });

  it('leaves tags in attributes and text without tags alone', () => {
    const body = '<p><a href="{{activation_link}}">lien</a> &amp; rien</p>';
    expect(tagsToChips(body)).toBe(body);
  });
});
