import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { fieldSentence, useErrorText } from '../api/use-error-text';
import { useLanguage } from '../i18n/use-language';
import { validateLogin, type LoginErrors } from './login-validation';
import { useLogin, type Credentials } from './use-auth-actions';

export function LoginForm() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const errorText = useErrorText();
  const login = useLogin();
  const [values, setValues] = useState<Credentials>({ brukernavn: '', passord: '' });
  const [touched, setTouched] = useState(false);
  const refs = { brukernavn: useRef<HTMLInputElement>(null), passord: useRef<HTMLInputElement>(null) };

  const errors: LoginErrors = touched ? validateLogin(values) : {};
  const serverError = login.error;
  const fieldError = (field: keyof Credentials) => {
    if (errors[field]) return t(field === 'brukernavn' ? 'login.usernameRequired' : 'login.passwordRequired');
    const server = serverError instanceof ApiError ? serverError.fieldMessage(field) : undefined;
    const label = t(field === 'brukernavn' ? 'login.username' : 'login.password');
    return server ? fieldSentence(label, pick(server)) : undefined;
  };
  const formError = serverError instanceof ApiError && serverError.fieldErrors.length > 0 ? undefined : serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    login.reset();
    const invalid = validateLogin(values);
    const first = (['brukernavn', 'passord'] as const).find((f) => invalid[f]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    login.mutate({ brukernavn: values.brukernavn.trim(), passord: values.passord });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div aria-live="assertive" aria-atomic="true">
        {formError ? <Alert data-color="danger">{errorText(formError)}</Alert> : null}
      </div>
      <Textfield
        ref={refs.brukernavn}
        label={t('login.username')}
        name="brukernavn"
        autoComplete="username"
        required
        value={values.brukernavn}
        onChange={(e) => setValues({ ...values, brukernavn: e.target.value })}
        error={fieldError('brukernavn')}
      />
      <Textfield
        ref={refs.passord}
        label={t('login.password')}
        name="passord"
        type="password"
        autoComplete="current-password"
        required
        value={values.passord}
        onChange={(e) => setValues({ ...values, passord: e.target.value })}
        error={fieldError('passord')}
      />
      <Button type="submit" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
