import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/lib/i18n';

const names: Record<Language, string> = { fr: 'Français', en: 'English' };

/** FR / EN switch; the choice is remembered (see lib/i18n) and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (keys: Set<Key>) => {
    const [language] = keys;
    if (typeof language === 'string') void i18n.changeLanguage(language);
  };
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('header.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.resolvedLanguage ?? 'fr']}
      onSelectionChange={change}
    >
      {languages.map((language) => (
        <ToggleButton
          key={language}
          id={language}
          aria-label={`${names[language]} (${language.toUpperCase()})`}
          lang={language}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
