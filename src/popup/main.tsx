import { render } from 'preact';
import { Popup } from './popup';
import '../ui/controls.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
