import { render } from 'preact';
import { Popup } from './popup';
import { askForCardsEarly } from './use-dashboard';
import '../ui/theme.css';
import '../ui/controls.css';
import '../ui/interview-form.css';
import './popup.css';

askForCardsEarly();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
