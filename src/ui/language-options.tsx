import { TEMPLATE_LANGUAGES } from '../core/languages';
import { languageName } from './template-language';

/** The template languages as the options of a select, named in the UI language. */
export function LanguageOptions() {
  return (
    <>
      {TEMPLATE_LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {languageName(language)}
        </option>
      ))}
    </>
  );
}
