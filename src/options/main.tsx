import { render } from 'preact';
import { Options } from './options';
import '../ui/controls.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
