import { useEffect, useRef } from 'preact/hooks';
import type { InterviewInput } from '../core/interview';
import { focusFirstField } from '../ui/focus-first-field';
import { t } from '../ui/i18n';
import { InterviewForm } from '../ui/interview-form';
import { EMPTY_FORM_VALUES } from '../ui/interview-form-values';

interface Props {
  onSave(input: InterviewInput): Promise<void>;
  onCancel(): void;
}

/** The shared labelled form, for an interview with no email thread (phone, in person). */
export function AddInterview({ onSave, onCancel }: Props) {
  const section = useRef<HTMLElement>(null);
  // Keyboard users land in the form they just opened.
  useEffect(() => focusFirstField(section.current), []);
  return (
    <section ref={section} class="add" aria-labelledby="add-heading">
      <h2 id="add-heading">{t('addHeading')}</h2>
      <InterviewForm initial={EMPTY_FORM_VALUES} onSave={onSave} onCancel={onCancel} />
    </section>
  );
}
