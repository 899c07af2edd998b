import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { useTask } from '../use-task';
import { interviewsCsv } from './csv';
import { download } from './download';
import { interviewsCalendar } from './icalendar';
import { localDate } from './local-time';

/** The three exports; each asks the background for the current data at the moment of the click. */
export function ExportButtons() {
  const task = useTask();
  const stamp = () => localDate(Date.now());
  const exportBackup = () =>
    task.run(async () => {
      const backup = await send('data/export', {});
      const json = JSON.stringify(backup, null, 2);
      download(`interview-follow-up-backup-${stamp()}.json`, 'application/json', json);
      return t('exportBackupDone', backup.interviews.length);
    });
  const exportCsv = () =>
    task.run(async () => {
      const views = await send('interviews/list', {});
      download(`interviews-${stamp()}.csv`, 'text/csv;charset=utf-8', interviewsCsv(views));
      return t('exportCsvDone', views.length);
    });
  const exportCalendar = () =>
    task.run(async () => {
      const views = await send('interviews/list', {});
      const calendar = interviewsCalendar(views, Date.now());
      download(`interviews-${stamp()}.ics`, 'text/calendar;charset=utf-8', calendar);
      return t('exportCalendarDone', views.length);
    });
  return (
    <div class="options__stack">
      <div class="options__buttons">
        <button type="button" disabled={task.busy} onClick={exportBackup}>
          {t('exportBackup')}
        </button>
        <button type="button" disabled={task.busy} onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        <button type="button" disabled={task.busy} onClick={exportCalendar}>
          {t('exportCalendar')}
        </button>
      </div>
      <p class="options__hint">{t('exportHint')}</p>
      {task.message && <p role="status">{task.message}</p>}
      {task.error && <p role="alert">{t('exportFailed', task.error)}</p>}
    </div>
  );
}
