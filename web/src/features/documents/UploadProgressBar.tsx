import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { UploadProgress } from './upload';

/** A native progress bar with a visible label; screen readers hear quarter steps, not every byte. */
export function UploadProgressBar({ progress }: { progress: UploadProgress | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const step = Math.floor(percent / 25) * 25;
  return (
    <>
      {progress && (
        <div className="upload-progress">
          <label htmlFor="upload-progress">
            {t('documents.progress', { percent, loaded: format.bytes(progress.loaded), total: format.bytes(progress.total) })}
          </label>
          <progress id="upload-progress" max={100} value={percent}>
            {percent} %
          </progress>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {progress ? t('documents.progressStep', { percent: step }) : ''}
      </p>
    </>
  );
}
