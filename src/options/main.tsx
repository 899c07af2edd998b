import { render } from 'preact';
import { Options } from './options';
import '../ui/theme.css';
import '../ui/controls.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
