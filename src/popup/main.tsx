import { render } from 'preact';
import { Popup } from './popup';
import { askForCardsEarly } from './use-dashboard';
import { setDocumentLanguage } from '../ui/i18n';
import '../ui/theme.css';
import '../ui/controls.css';
import '../ui/interview-form.css';
import './popup.css';

askForCardsEarly();
setDocumentLanguage();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
