import { describe, expect, it } from 'vitest';
import { chipsToTags, tagsToChips, usesAdvancedLayout } from './mergeTagHtml';

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

  it('tells a simple body from one with a layout the visual editor would lose', () => {
    expect(usesAdvancedLayout('<h1>Titre</h1><p>Un <a href="https://x.fr">lien</a></p>')).toBe(
      false,
    );
    expect(usesAdvancedLayout('<table><tbody><tr><td>{{login}}</td></tr></tbody></table>')).toBe(
      true,
    );
    expect(usesAdvancedLayout('<p style="color: red">Rouge</p>')).toBe(true);
    expect(usesAdvancedLayout('<p class="date">Le {{edition_date}}</p>')).toBe(true);
  });
});
