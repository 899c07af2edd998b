import { useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import type { Diagnostics } from '../hosts/mail-host';
import { diagnosticsReport } from './diagnostics-report';

interface Props {
  /** The plain-words message: what could not be read here, and what still works. */
  message: string;
  /** A short name of the problem for the report ("no-send-button"). */
  problem: string;
  /** Read when the user asks, not before: the page may have changed since. */
  diagnose(): Diagnostics;
}

type Copy = 'idle' | 'copied' | { manual: string };

/**
 * Tells the user what the extension cannot read on this page, and offers the diagnostics to paste
 * into a bug report. The clipboard may be refused (the page's permissions policy, no focus): the
 * report is then shown selected, for the user to copy.
 */
export function PageProblem({ message, problem, diagnose }: Props) {
  const [copy, setCopy] = useState<Copy>('idle');
  const manual = useRef<HTMLTextAreaElement>(null);

  const onCopy = async () => {
    const report = diagnosticsReport(problem, diagnose());
    try {
      await navigator.clipboard.writeText(report);
      setCopy('copied');
    } catch {
      setCopy({ manual: report });
      requestAnimationFrame(() => manual.current?.select());
    }
  };

  return (
    <div class="page-problem" role="status">
      <span>{message}</span>
      <button type="button" onClick={() => void onCopy()}>
        {t('diagnosticsCopy')}
      </button>
      {copy === 'copied' && <span class="page-problem__done">{t('diagnosticsCopied')}</span>}
      {typeof copy === 'object' && (
        <textarea
          ref={manual}
          class="page-problem__report"
          readOnly
          aria-label={t('diagnosticsManual')}
          value={copy.manual}
        />
      )}
    </div>
  );
}
