import { render } from 'preact';
import { Options } from './options';
import { setDocumentLanguage } from '../ui/i18n';
import '../ui/theme.css';
import '../ui/controls.css';
import './options.css';

setDocumentLanguage();
const root = document.getElementById('app');
if (root) render(<Options />, root);
