import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../common/server-errors';
import { useUploadDokument } from './api';

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');

/** State, checks and submission of the upload form; the first document becomes the main one. */
export function useUploadForm(journalpostId: string, hasMain: boolean) {
  const { t } = useTranslation();
  const upload = useUploadDokument(journalpostId);
  const server = useServerErrors(upload.error, ['tittel', 'dokumenttype', 'fil']);
  const [file, setFile] = useState<File | null>(null);
  const [tittel, setTittel] = useState('');
  const [dokumenttype, setDokumenttype] = useState('B');
  const [rolle, setRolle] = useState(hasMain ? 'V' : 'H');
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  const errors = {
    file: submitted && !file ? t('documents.errors.file') : server.forField('fil', t('documents.file')),
    tittel: submitted && !tittel.trim() ? t('documents.errors.tittel') : server.forField('tittel', t('documents.docTitle')),
    dokumenttype: server.forField('dokumenttype', t('documents.type')),
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    // A title from the file name is a good start; the user's own title is never overwritten.
    if (chosen && !tittel.trim()) setTittel(withoutExtension(chosen.name));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setDone('');
    if (!file) return fileRef.current?.focus();
    if (!tittel.trim()) return titleRef.current?.focus();
    const input = { file, tittel: tittel.trim(), dokumenttype, tilknyttetRegistreringSom: rolle };
    upload.mutate(input, {
      onSuccess: () => {
        setDone(t('documents.uploaded', { title: input.tittel }));
        setFile(null);
        setTittel('');
        setSubmitted(false);
        setRolle('V');
        if (fileRef.current) fileRef.current.value = '';
      },
    });
  };

  return {
    upload,
    server,
    errors,
    tittel,
    setTittel,
    dokumenttype,
    setDokumenttype,
    rolle,
    setRolle,
    done,
    chooseFile,
    submit,
    fileRef,
    titleRef,
  };
}
