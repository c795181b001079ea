export const id=743;export const ids=[743];export const modules={68787:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(13742);e.exports=r},13742:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r;for(n=[],r=0;r<t;r++)n.push(e);return n}},21830:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1401);e.exports=r},1401:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(68787);e.exports=function(e){return r(0,e)}},69979:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(39714),i=n(15878),o=n(98520);r=s()?i:o,e.exports=r},15878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Float64Array?Float64Array:void 0;e.exports=t},98520:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},14826:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(55613),i=n(43405),o=n(40523);r=s()?i:o,e.exports=r},43405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:void 0;e.exports=t},40523:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},47096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(44171),i=n(62399),o=n(83689);r=s()?i:o,e.exports=r},62399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint32Array?Uint32Array:void 0;e.exports=t},83689:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},65183:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(4246),i=n(78570),o=n(97540);r=s()?i:o,e.exports=r},78570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:void 0;e.exports=t},97540:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Float64Array?Float64Array:null;e.exports=t},39714:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(16405);e.exports=r},16405:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(25672),s=n(5265);e.exports=function(){var e,t;if("function"!=typeof s)return!1;try{t=new s([1,3.14,-3.14,NaN]),e=r(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){e=!1}return e}},67640:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(43103);e.exports=r},43103:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(13595);e.exports=function(){var e;try{r('"use strict"; (function* () {})'),e=!0}catch(t){e=!1}return e}},31907:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(54270);e.exports=r},54270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;e.exports=function(e,n){return null!=e&&t.call(e,n)}},75547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(166);e.exports=r},166:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){return"function"==typeof Symbol&&"symbol"==typeof Symbol("foo")}},9501:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(36284);e.exports=r},36284:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(75547)();e.exports=function(){return r&&"symbol"==typeof Symbol.toStringTag}},55613:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(62364);e.exports=r},62364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(63599),s=n(26653),i=n(5929);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:null;e.exports=t},44171:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8950);e.exports=r},8950:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(13209),s=n(98035),i=n(22709);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},22709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint32Array?Uint32Array:null;e.exports=t},4246:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(90249);e.exports=r},90249:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(10228),s=n(92732),i=n(85545);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},85545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:null;e.exports=t},25672:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(87439);e.exports=r},87439:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Float64Array;e.exports=function(e){return s&&e instanceof Float64Array||"[object Float64Array]"===r(e)}},57604:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(65183),s={uint16:n(14826),uint8:r};e.exports=s},40347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(77158);e.exports=r},77158:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i=n(57604);(s=new i.uint16(1))[0]=4660,r=52===new i.uint8(s.buffer)[0],e.exports=r},63599:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(82394);e.exports=r},82394:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint16Array;e.exports=function(e){return s&&e instanceof Uint16Array||"[object Uint16Array]"===r(e)}},13209:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(98168);e.exports=r},98168:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint32Array;e.exports=function(e){return s&&e instanceof Uint32Array||"[object Uint32Array]"===r(e)}},10228:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(37755);e.exports=r},37755:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint8Array;e.exports=function(e){return s&&e instanceof Uint8Array||"[object Uint8Array]"===r(e)}},28858:e=>{e.exports=11754943508222875e-54},20045:e=>{e.exports=2.718281828459045},55088:e=>{e.exports=2220446049250313e-31},82404:e=>{e.exports=.5772156649015329},11877:e=>{e.exports=1023},13822:e=>{e.exports=10.900511},29475:e=>{e.exports=.34657359027997264},43935:e=>{e.exports=2147483647},30222:e=>{e.exports=2146435072},45976:e=>{e.exports=2147483648},28910:e=>{e.exports=1048575},81239:e=>{e.exports=.6931471805599453},92656:e=>{e.exports=-1023},46276:e=>{e.exports=1023},74193:e=>{e.exports=709.782712893384},30313:e=>{e.exports=170},44241:e=>{e.exports=9007199254740991},83424:e=>{e.exports=17976931348623157e292},34862:e=>{e.exports=-1074},67999:e=>{e.exports=-708.3964185322641},81475:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(84241).NEGATIVE_INFINITY;e.exports=r},31277:e=>{e.exports=20},39701:e=>{e.exports=3.141592653589793},50469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},55417:e=>{e.exports=22250738585072014e-324},58159:e=>{e.exports=1.4901161193847656e-8},62385:e=>{e.exports=2.5066282746310007},7120:e=>{e.exports=6.283185307179586},83960:e=>{e.exports=2147483647},26653:e=>{e.exports=65535},98035:e=>{e.exports=4294967295},92732:e=>{e.exports=255},36990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(74209);e.exports=r},74209:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Function;e.exports=t},20530:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(18085);e.exports=r},18085:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2804);e.exports=function(e){return r(e/2)}},57234:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50661);e.exports=r},50661:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50469),s=n(81475);e.exports=function(e){return e===r||e===s}},2804:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(63835);e.exports=r},63835:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(42334);e.exports=function(e){return r(e)===e}},86523:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(49382);e.exports=r},49382:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return e!=e}},23270:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(48121);e.exports=r},48121:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(81475);e.exports=function(e){return 0===e&&1/e===r}},97687:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9106);e.exports=r},9106:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(20530);e.exports=function(e){return r(e>0?e-1:e+1)}},30866:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7685);e.exports=r},7685:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50469);e.exports=function(e){return 0===e&&1/e===r}},66260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(76443);e.exports=r},76443:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return Math.abs(e)}},17548:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(67811);e.exports=r},67811:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(44241),s=n(50469),i=n(2804),o=n(86523),a=n(97687),B=n(42334),u=n(24370);e.exports=function e(t,n){var c,l,h,f,p,C,d;if(o(t)||o(n))return NaN;if(!i(t)||!i(n))return NaN;if(n<0)return 0;if(l=1,t<0&&(t=-t+n-1,a(n)&&(l*=-1)),n>t)return 0;if(0===n||n===t)return l;if(1===n||n===t-1)return l*t;for(t-n<n&&(n=t-n),d=B(r/t),c=1,p=1;p<=n&&!(c>d);p++)c*=t,c/=p,t-=1;return p>n?l*c:(h=e(t,n-p+1))===s?l*h:(f=e(n,n-p+1),l*(c/=f/=C=u(h,f))*(h/=C))}},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(27640);e.exports=r},27640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},35672:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(39775);e.exports=r},39775:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(45976),s=n(43935),i=n(87949),o=n(2882),a=n(17844),B=[0,0];e.exports=function(e,t){var n,u;return i.assign(e,B,1,0),n=B[0],n&=s,u=o(t),a(n|=u&=r,B[1])}},99191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(84274);e.exports=r},84274:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882),s=n(71567),i=n(70186),o=n(93982),a=n(43935),B=n(30222),u=[0,0];e.exports=function(e){var t;if(t=r(e),(t&=a)<=1072243195)return t<1044381696?1:s(e,0);if(t>=B)return NaN;switch(3&o(e,u)){case 0:return s(u[0],u[1]);case 1:return-i(u[0],u[1]);case 2:return-s(u[0],u[1]);default:return i(u[0],u[1])}}},30988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(84387);e.exports=r},84387:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(31851),i=n(23786),o=n(50469),a=n(81475),B=n(48300),u=n(98018),c=n(60675),l=n(25266),h=n(98925),f=n(61332),p=n(516),C=n(99101),d=.8450629115104675;e.exports=function(e){var t,n,g,m,D,E,y,A;if(r(e))return NaN;if(e===o)return 0;if(e===a)return 2;if(0===e)return 1;if(e<0?(t=!0,n=-e):(t=!1,n=e),n<.84375)return n<13877787807814457e-33?1-e:(E=(m=.12837916709551256+(g=e*e)*B(g))/(D=1+g*u(g)),e<.25?1-(e+e*E):(m=e*E,.5-(m+=e-.5)));if(n<1.25)return y=(D=n-1)*c(D)-.0023621185607526594,A=1+D*l(D),t?1+d+y/A:1-d-y/A;if(n<28){if(D=1/(n*n),n<2.857142857142857)m=D*h(D)-.009864944034847148,D=1+D*f(D);else{if(e<-6)return 2;m=D*p(D)-.0098649429247001,D=1+D*C(D)}return g=i(n,0),m=s(-g*g-.5625)*s((g-n)*(g+n)+m/D),t?2-m/n:m/n}return t?2:0}},60675:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.41485611868374833:.41485611868374833+e*(e*(.31834661990116175+e*(e*(.035478304325618236+-.002166375594868791*e)-.11089469428239668))-.3722078760357013)}},48300:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.3250421072470015:e*(e*(-23763016656650163e-21*e-.005770270296489442)-.02848174957559851)-.3250421072470015}},25266:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+.011984499846799107*e))))}},98018:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+-3960228278775368e-21*e)))}},98925:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.6938585727071818:e*(e*(e*(e*(e*(-9.814329344169145*e-81.2874355063066)-184.60509290671104)-162.39666946257347)-62.375332450326006)-10.558626225323291)-.6938585727071818}},516:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.799283237680523:e*(e*(e*(e*(-483.5191916086514*e-1025.0951316110772)-637.5664433683896)-160.63638485582192)-17.757954917754752)-.799283237680523}},61332:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+-.0604244152148581*e))))))}},99101:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+-22.44095244658582*e)))))}},36567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(83291),s=n(71589);e.exports=function(e,t,n){var i,o,a;return a=(i=e-t)-(o=i*i)*s(o),r(1-(t-i*a/(2-a)-e),n)}},31851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(81878);e.exports=r},81878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(81262),i=n(81475),o=n(50469),a=n(36567),B=1.4426950408889634,u=1/(1<<28),c=-u;e.exports=function(e){var t;return r(e)||e===o?e:e===i?0:e>709.782712893384?o:e<-745.1332191019411?0:e>c&&e<u?1+e:(t=s(e<0?B*e-.5:B*e+.5),a(e-.6931471803691238*t,1.9082149292705877e-10*t,t))}},71589:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},40141:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(56172);e.exports=r},56172:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(2882),i=n(45990),o=n(17844),a=n(50469),B=n(81475),u=n(11877),c=n(29475),l=n(46736),h=.6931471803691238,f=1.9082149292705877e-10,p=1.4426950408889634;e.exports=function(e){var t,n,C,d,g,m,D,E,y,A,b,w,v;if(e===a||r(e))return e;if(e===B)return-1;if(0===e)return e;if(e<0?(C=!0,E=-e):(C=!1,E=e),E>=38.816242111356935){if(C)return-1;if(E>=709.782712893384)return a}if(m=0|s(E),E>c)E<1.0397207708399179?C?(d=e+h,g=-f,v=-1):(d=e-h,g=f,v=1):(v=C?p*e-.5:p*e+.5,d=e-(b=v|=0)*h,g=b*f),A=d-(e=d-g)-g;else{if(m<1016070144)return e;v=0}return w=(y=e*(t=.5*e))*(((D=1+y*l(y))-(b=3-D*t))/(6-e*b)),0===v?e-(e*w-y):(n=o(u+v<<20,0),w=e*(w-A)-A,w-=y,-1===v?.5*(e-w)-.5:1===v?e<-.25?-2*(w-(e+.5)):1+2*(e-w):v<=-2||v>56?(E=1-(w-e),1024===v?(d=s(E)+(v<<20)|0,E=i(E,d)):E*=n,E-1):(b=1,v<20?E=(b=i(b,d=1072693248-(2097152>>v)|0))-(w-e):(E=e-(w+(b=i(b,d=u-v<<20))),E+=1),E*=n))}},46736:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.03333333333333313:e*(.0015873015872548146+e*(e*(4008217827329362e-21+-2.0109921818362437e-7*e)-793650757867488e-19))-.03333333333333313}},42334:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(55681);e.exports=r},55681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},82638:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(62193);e.exports=r},62193:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(61878);e.exports=r},61878:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,n;return 0===e?1/0:((e<0?-e:e)<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+4624429436045379e-20*e))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+1*e)))))))))):(t=4624429436045379e-20+(e=1/e)*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+709811.662581658*e))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+0*e)))))))))),t/n)}},40905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(19848);e.exports=r},19848:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(86523),s=n(2804),i=n(23270),o=n(66260),a=n(42334),B=n(61794),u=n(50469),c=n(81475),l=n(39701),h=n(90101),f=n(76630),p=n(63381);e.exports=function(e){var t,n,C,d;if(s(e)&&e<0||e===c||r(e))return NaN;if(0===e)return i(e)?c:u;if(e>171.61447887182297)return u;if(e<-170.5674972726612)return 0;if((n=o(e))>33)return e>=0?h(e):(t=1&(C=a(n))?1:-1,(d=n-C)>.5&&(d=n-(C+=1)),d=n*B(l*d),t*l/(o(d)*h(n)));for(d=1;e>=3;)d*=e-=1;for(;e<0;){if(e>-1e-9)return f(e,d);d/=e,e+=1}for(;e<2;){if(e<1e-9)return f(e,d);d/=e,e+=1}return 2===e?d:d*p(e-=2)}},6886:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(e*(.0007873113957930937*e-.00022954996161337813)-.0026813261780578124))}},63381:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,n;return 0===e?1:((e<0?-e:e)<=1?(t=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+0*e)))))),n=1+e*(.0714304917030273+e*(e*(.035823639860549865+e*(.011813978522206043+e*(e*(.0005396055804933034+-23158187332412014e-21*e)-.004456419138517973)))-.23459179571824335))):(t=0+(e=1/e)*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+1*e)))))),n=e*(.0005396055804933034+e*(e*(.011813978522206043+e*(.035823639860549865+e*(e*(.0714304917030273+1*e)-.23459179571824335)))-.004456419138517973))-23158187332412014e-21),t/n)}},76630:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(82404);e.exports=function(e,t){return t/((1+r*e)*e)}},90101:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(62385),s=n(6310),i=n(31851),o=n(6886);e.exports=function(e){var t,n,a;return t=1+(t=1/e)*o(t),n=i(e),n=e>143.01608?(a=s(e,.5*e-.25))*(a/n):s(e,e-.5)/n,r*n*t}},27186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(67013);e.exports=r},23256:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(51550),s=n(55088),i=n(38280),o=n(1440),a=n(87492);e.exports=function(e,t,n){var B,u,c;if(e<s)return-r(e);if(0===t||0===n)return 0;if(u=0,e>2){if(e>=3){do{n-=1,u+=r(e-=1)}while(e>=3);n=e-2}return u+=.15896368026733398*(c=n*(e+1))+c*i(n)}return e<1&&(u+=-r(e),n=t,t=e,e+=1),u+=e<=1.5?.5281534194946289*(B=t*n)+B*(c=o(t)):.45201730728149414*(c=n*t)+c*a(-n)}},67013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(40905),s=n(40141),i=n(74879),o=n(86523),a=n(23256);e.exports=function(e){return o(e)?NaN:e<0?e<-.5?r(1+e)-1:s(-i(e)+a(e+2,e+1,e)):e<2?s(a(e+1,e,e-1)):r(1+e)-1}},38280:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,n;return 0===e?-.01803556856784494:((e<0?-e:e)<=1?(t=e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(e*(e*(0*e-3245886498259485e-20)-.0005410098692152044)-.0002594535632054381))))-.01803556856784494,n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+-2.2335276320861708e-7*e))))))):(t=0+(e=1/e)*(e*(e*(e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+-.01803556856784494*e)))-.0002594535632054381)-.0005410098692152044)-3245886498259485e-20),n=e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+1*e))))))-2.2335276320861708e-7),t/n)}},1440:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,n;return 0===e?.04906224540690395:((e<0?-e:e)<=1?(t=.04906224540690395+e*(e*(e*(e*(e*(-.0010034668769627955*e-.024014982064857155)-.1584135863906922)-.4065671242119384)-.4149833583594954)-.09691175301595212),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+.001957681026011072*e)))))):(t=(e=1/e)*(e*(e*(e*(e*(.04906224540690395*e-.09691175301595212)-.4149833583594954)-.4065671242119384)-.1584135863906922)-.024014982064857155)-.0010034668769627955,n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+1*e)))))),t/n)}},87492:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,n;return 0===e?-.029232972183027003:((e<0?-e:e)<=1?(t=e*(.14421626775719232+e*(e*(.05428096940550536+e*(e*(.0004311713426792973+0*e)-.008505359768683364))-.14244039073863127))-.029232972183027003,n=1+e*(e*(.846973248876495+e*(e*(.02558279715597587+e*(-8.271935218912905e-7*e-.0010066679553914337))-.22009515181499575))-1.5016935605448505)):(t=0+(e=1/e)*(.0004311713426792973+e*(e*(.05428096940550536+e*(e*(.14421626775719232+-.029232972183027003*e)-.14244039073863127))-.008505359768683364)),n=e*(e*(.02558279715597587+e*(e*(.846973248876495+e*(1*e-1.5016935605448505))-.22009515181499575))-.0010066679553914337)-8.271935218912905e-7),t/n)}},17078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(31851);e.exports=function(e,t){var n,s,i;if(0!==(s=r(-t)))for(n=s,i=1;i<e;++i)n/=i,s+=n*=t;return s}},25120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(30988),s=n(15478),i=n(31851),o=n(39701);e.exports=function(e,t){var n,a,B,u;if(0!==(B=r(s(t)))&&e>1){for(n=i(-t)/s(o*t),n*=t,a=n/=.5,u=2;u<e;++u)n/=u-.5,a+=n*=t;B+=a}return B}},85852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(31851),s=n(6310),i=n(51550),o=n(74193),a=n(67999);e.exports=function(e,t){var n;return n=e*i(t),t>=1?n<o&&-t>a?s(t,e)*r(-t):e>=1?s(t/r(t/e),e):r(n-t):n>a?s(t,e)*r(-t):t/e<o?s(t/r(t/e),e):r(n-t)}},6144:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(42334),s=n(40905),i=n(66260),o=n(6310),a=n(51550),B=n(58159),u=n(83424),c=n(74193),l=n(23781),h=n(17078),f=n(25120),p=n(85852),C=n(10712),d=n(47178),g=n(94175),m=n(80097),D=n(20386);e.exports=function(e,t,n,E){var y,A,b,w,v,I,F,O,_,N,S,T;switch(I=0,F=E,t<30&&t<=e+1&&e<c?b=!(O=(S=r(t))===t)&&.5===i(S-t):(O=!1,b=!1),O&&e>.6?(F=!F,A=0):b&&e>.2?(F=!F,A=1):e<B&&t>1?A=6:e>1e3&&(t<e||i(t-50)/e<1)?(F=!F,A=7):e<.5?A=-.4/a(e)<t?2:3:e<1.1?A=.75*e<t?2:3:(v=!1,n&&t>20&&(_=i((e-t)/t),t>200?20/t>_*_&&(v=!0):_<.4&&(v=!0)),v?A=5:e-1/(3*e)<t?A=2:(A=4,F=!F)),A){case 0:I=h(t,e),!1===n&&(I*=s(t));break;case 1:I=f(t,e),!1===n&&(I*=s(t));break;case 2:0!==(I=n?g(t,e):p(t,e))&&(w=0,y=!1,F&&(w=n?1:s(t),n||I>=1||u*I>w?(w/=I,n||t<1||u/t>w?(w*=-t,y=!0):w=0):w=0),I*=d(t,e,w)/t,y&&(F=!1,I=-I));break;case 3:I=(N=m(t,e,F=!F))[0],T=N[1],F=!1,n&&(I/=T);break;case 4:0!==(I=n?g(t,e):p(t,e))&&(I*=D(t,e));break;case 5:I=C(t,e),e>=t&&(F=!F);break;case 6:I=n?o(e,t)/s(t+1):o(e,t)/t,I*=1-t*e/(t+1);break;case 7:I=n?g(t,e):p(t,e),0!==(I/=e)&&(I*=l(t,e))}return n&&I>1&&(I=1),F&&(I=(n?1:s(t))-I),I}},10712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(62096),s=n(15430),i=n(30988),o=n(15478),a=n(31851),B=n(7120),u=n(4410),c=n(35273),l=n(50736),h=n(8135),f=n(36870),p=n(67589),C=n(3164),d=n(8099),g=n(81794),m=[0,0,0,0,0,0,0,0,0,0];e.exports=function(e,t){var n,D,E,y;return E=e*(D=-s((t-e)/e)),y=o(2*D),t<e&&(y=-y),m[0]=u(y),m[1]=c(y),m[2]=l(y),m[3]=h(y),m[4]=f(y),m[5]=p(y),m[6]=C(y),m[7]=d(y),m[8]=g(y),m[9]=-.0005967612901927463,n=r(m,1/e),n*=a(-E)/o(B*e),t<e&&(n=-n),n+=i(o(E))/2}},55479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(63218);e.exports=r},47178:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(96491),s=n(53027);e.exports=function(e,t,n){var i;return n=n||0,i=s(e,t),r(i,{initialValue:n})}},53027:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function(e,t){var n=1,r=e,s=t;return function(){var e=n;return n*=s/(r+=1),e}}},63218:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(67711),s=n(31851),i=n(51550),o=n(62385),a=n(74193),B=n(50469),u=n(30313),c=n(6144),l=n(47178),h=n(20386);e.exports=function(e,t,n,f){var p,C,d;return e<0||t<=0?NaN:(p=void 0===n||n,C=f,t>=u&&!p?(C&&4*t<e?(d=t*i(e)-e,d+=i(h(t,e))):!C&&t>4*e?(d=t*i(e)-e,d+=i(l(t,e,0)/t)):0===(d=c(e,t,!0,C))?C?(d=i(d=1+1/(12*t)+1/(288*t*t))-t+(t-.5)*i(t),d+=i(o)):(d=t*i(e)-e,d+=i(l(t,e,0)/t)):d=i(d)+r(t),d>a?B:s(d)):c(e,t,p,C))}},4410:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.3333333333333333:e*(.08333333333333333+e*(e*(.0011574074074074073+e*(.0003527336860670194+e*(e*(3919263178522438e-20+e*(e*(e*(8.296711340953087e-7+e*(e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(9.14769958223679e-10*e-4.382036018453353e-9)))-1.7665952736826078e-7))-185406221071516e-20)-21854485106799924e-22))-.0001787551440329218)))-.014814814814814815))-.3333333333333333}},35273:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.001851851851851852:e*(e*(.0026455026455026454+e*(e*(.00020576131687242798+e*(e*(e*(764916091608111e-20+e*(e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(1.1951628599778148e-8*e-5.752545603517705e-8)))-16120900894563446e-22))-18098550334489977e-21)-4.018775720164609e-7))-.0009902263374485596))-.003472222222222222)-.001851851851851852}},50736:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.004133597883597883:.004133597883597883+e*(e*(.0007716049382716049+e*(20093878600823047e-22+e*(e*(52923448829120125e-21+e*(e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(1.4280614206064242e-7*e-6.298992138380055e-7)))-12760635188618728e-21))-.00010736653226365161)))-.0026813271604938273)}},8135:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(e*(.00026772063206283885+e*(e*(e*(11082654115347302e-21+e*(14230900732435883e-22*e-56749528269915965e-22))-2.396505113867297e-7)-7561801671883977e-20))-.0004691894943952557))}},36870:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.0008618882909167117:e*(.0007840392217200666+e*(e*(e*(6641498215465122e-20+e*(11375726970678419e-21*e-3968365047179435e-20))-14638452578843418e-22)-.0002990724803031902))-.0008618882909167117}},67589:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.00033679855336635813:e*(e*(.0002772753244959392+e*(e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(e*(8018470256334202e-21+-2291481176508095e-21*e)-13594048189768693e-21)))-.00019932570516188847))-6972813758365858e-20)-.00033679855336635813}},3164:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.0005313079364639922:.0005313079364639922+e*(e*(.0002708782096718045+e*(7.902353232660328e-7+e*(e*(561168275310625e-19+-18329116582843375e-21*e)-8153969367561969e-20)))-.0005921664373536939)}},8099:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(e*(.0002812695154763237+-.00010976582244684731*e)-.00033493161081142234))}},81794:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.0006526239185953094:e*(.0008394987206720873+-.000438297098541721*e)-.0006526239185953094}},94175:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(82638),s=n(67711),i=n(40905),o=n(15430),a=n(15478),B=n(66260),u=n(31851),c=n(6310),l=n(32974),h=n(38008),f=n(51550),p=n(83424),C=n(74193),d=n(67999),g=n(13822),m=n(20045);e.exports=function(e,t){var n,D,E,y,A,b,w;return w=(t-e-g+.5)/(E=e+g-.5),e<1?t<=d||e<1/p?u(e*f(t)-t-s(e)):c(t,e)*u(-t)/i(e):(B(w*w*e)<=100&&e>150?(n=e*o(w)+t*(.5-g)/E,n=u(n)):(y=e*f(t/E),h(y,A=e-t)<=d||l(y,A)>=C?(D=A/e,h(y,A)/2>d&&l(y,A)/2<C?n=(b=c(t/E,e/2)*u(A/2))*b:h(y,A)/4>d&&l(y,A)/4<C&&t>e?(n=(b=c(t/E,e/4)*u(A/4))*b,n*=n):n=D>d&&D<C?c(t*u(D)/E,e):u(y+A)):n=c(t/E,e)*u(A)),n*=a(E/m)/r(e))}},27708:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function(e,t){var n,r,s,i;return n=-t,t=-t,r=e+1,s=1,function(){return i=n/r,n*=t,n/=s+=1,r+=1,i}}},23781:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(96491),s=n(94809);e.exports=function(e,t){var n;return n=s(e,t),r(n)}},94809:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function(e,t){var n=1,r=e,s=t;return function(){var e=n;return n*=r/s,r-=1,e}}},80097:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(74756),s=n(96491),i=n(27186),o=n(27708);e.exports=function(e,t,n){var a,B,u,c;return B=((a=i(e))+1)/e,a-=u=r(t,e),a/=e,c=o(e,t),a=-(u+=1)*s(c,{initialValue:((n?B:0)-a)/u}),n&&(a=-a),[a,B]}},20386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(30508),s=n(12923);e.exports=function(e,t){var n=s(e,t);return 1/(t-e+1+r(n))}},12923:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function(e,t){var n=t-e+1,r=e,s=0;return function(){return[(s+=1)*(r-s),n+=2]}}},67711:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(28554);e.exports=r},28554:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(57234),i=n(66260),o=n(51550),a=n(81262),B=n(18901),u=n(39701),c=n(50469),l=n(89303),h=n(95690),f=n(71271),p=n(47120),C=n(62778),d=n(66503),g=n(42352),m=n(67942),D=n(45059),E=n(89596),y=1.4616321449683622,A=1.4616321449683622;e.exports=function(e){var t,n,b,w,v,I,F,O;if(r(e)||s(e))return e;if(0===e)return c;if(e<0?(t=!0,e=-e):t=!1,e<13877787807814457e-33)return-o(e);if(t){if(e>=4503599627370496)return c;if(0===(w=B(e)))return c;n=o(u/i(w*e))}if(1===e||2===e)return 0;if(e<2)switch(e<=.9?(O=-o(e),e>=y-1+.27?(I=1-e,b=0):e>=y-1-.27?(I=e-(A-1),b=1):(I=e,b=2)):(O=0,e>=y+.27?(I=2-e,b=0):e>=y-.27?(I=e-A,b=1):(I=e-1,b=2)),b){case 0:O+=I*(.07721566490153287+(F=I*I)*l(F))+F*(.3224670334241136+F*h(F))-.5*I;break;case 1:O+=-.12148629053584961+((F=I*I)*(.48383612272381005+(v=F*I)*C(v))-(-3638676997039505e-33-v*(v*d(v)-.1475877229945939+I*(.06462494023913339+v*g(v)))));break;case 2:O+=-.5*I+I*(I*m(I)-.07721566490153287)/(1+I*D(I))}else if(e<8)switch(O=.5*(I=e-(b=a(e)))+I*(I*p(I)-.07721566490153287)/(1+I*f(I)),F=1,b){case 7:F*=I+6;case 6:F*=I+5;case 5:F*=I+4;case 4:F*=I+3;case 3:O+=o(F*=I+2)}else O=e<72057594037927940?(e-.5)*((w=o(e))-1)+(v=.4189385332046727+(F=1/e)*E(I=F*F)):e*(o(e)-1);return t&&(O=n-O),O}},89303:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+25214456545125733e-21*e)))}},95690:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+44864094961891516e-21*e)))}},71271:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+7326684307446256e-21*e))))}},47120:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+3194753265841009e-20*e))))}},62778:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.032788541075985965:e*(.006100538702462913+e*(.00031563207090362595*e-.0014034646998923284))-.032788541075985965}},66503:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.01797067508118204:.01797067508118204+e*(e*(.000881081882437654+-.00031275416837512086*e)-.0036845201678113826)}},42352:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.010314224129834144:e*(.0022596478090061247+e*(.0003355291926355191*e-.0005385953053567405))-.010314224129834144}},67942:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+.013381091853678766*e)))}},45059:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+.003217092422824239*e)))}},89596:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.08333333333333297:.08333333333333297+e*(e*(.0007936505586430196+e*(e*(.0008363399189962821+-.0016309293409657527*e)-.00059518755745034))-.0027777777772877554)}},60512:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r=1;if(0===e)return t;if(0===t)return e;for(;e%2==0&&t%2==0;)e/=2,t/=2,r*=2;for(;e%2==0;)e/=2;for(;t;){for(;t%2==0;)t/=2;e>t&&(n=t,t=e,e=n),t-=e}return r*e}},19216:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r=0;if(0===e)return t;if(0===t)return e;for(;!(1&e||1&t);)e>>>=1,t>>>=1,r+=1;for(;!(1&e);)e>>>=1;for(;t;){for(;!(1&t);)t>>>=1;e>t&&(n=t,t=e,e=n),t-=e}return e<<r}},24370:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(21413);e.exports=r},21413:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(86523),s=n(2804),i=n(50469),o=n(81475),a=n(83960),B=n(19216),u=n(60512);e.exports=function(e,t){return r(e)||r(t)||e===i||t===i||e===o||t===o?NaN:s(e)&&s(t)?(e<0&&(e=-e),t<0&&(t=-t),e<=a&&t<=a?B(e,t):u(e,t)):NaN}},71567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(94010);e.exports=r},94010:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(25732),s=n(53242);e.exports=function(e,t){var n,i,o,a;return o=(a=e*e)*a,i=a*r(a),i+=o*o*s(a),(o=1-(n=.5*a))+(1-o-n+(a*i-e*t))}},25732:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.0416666666666666:.0416666666666666+e*(2480158728947673e-20*e-.001388888888887411)}},53242:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-2.7557314351390663e-7:e*(2.087572321298175e-9+-11359647557788195e-27*e)-2.7557314351390663e-7}},70186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(97485);e.exports=r},97485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=-.16666666666666632;e.exports=function(e,n){var r,s,i;return r=.00833333333332249+(i=e*e)*(27557313707070068e-22*i-.0001984126982985795)+i*(i*i)*(1.58969099521155e-10*i-2.5050760253406863e-8),s=i*e,0===n?e+s*(t+i*r):e-(i*(.5*n-s*r)-n-s*t)}},83291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(23078);e.exports=r},23078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50469),s=n(81475),i=n(11877),o=n(46276),a=n(92656),B=n(34862),u=n(86523),c=n(57234),l=n(35672),h=n(79335).assign,f=n(6075),p=n(87949),C=n(17844),d=[0,0],g=[0,0];e.exports=function(e,t){var n,m;return 0===t||0===e||u(e)||c(e)?e:(h(e,d,1,0),t+=d[1],(t+=f(e=d[0]))<B?l(0,e):t>o?e<0?s:r:(t<=a?(t+=52,m=2220446049250313e-31):m=1,p.assign(e,g,1,0),n=g[0],n&=2148532223,m*C(n|=t+i<<20,g[1])))}},51550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(75553);e.exports=r},75553:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882),s=n(45990),i=n(86523),o=n(11877),a=n(81475),B=n(36488),u=n(71103),c=.6931471803691238,l=1.9082149292705877e-10,h=1048575;e.exports=function(e){var t,n,f,p,C,d,g,m,D,E,y;return 0===e?a:i(e)||e<0?NaN:(p=0,(n=r(e))<1048576&&(p-=54,n=r(e*=0x40000000000000)),n>=2146435072?e+e:(p+=(n>>20)-o|0,p+=(g=(n&=h)+614244&1048576)>>20,d=(e=s(e,n|1072693248^g))-1,(h&2+n)<3?0===d?0===p?0:p*c+p*l:(C=d*d*(.5-.3333333333333333*d),0===p?d-C:p*c-(C-p*l-d)):(g=n-398458|0,m=440401-n|0,f=(E=(y=(D=d/(2+d))*D)*y)*B(E),C=y*u(E)+f,(g|=m)>0?(t=.5*d*d,0===p?d-(t-D*(t+C)):p*c-(t-(D*(t+C)+p*l)-d)):0===p?d-D*(d-C):p*c-(D*(d-C)-p*l-d))))}},36488:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.3999999999940942:.3999999999940942+e*(.22222198432149784+.15313837699209373*e)}},71103:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+.14798198605116586*e))}},74879:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7306);e.exports=r},7306:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(2882),i=n(45990),o=n(50469),a=n(81475),B=n(11877),u=n(10897),c=.6931471803691238,l=1.9082149292705877e-10;e.exports=function(e){var t,n,h,f,p,C,d,g,m,D;if(e<-1||r(e))return NaN;if(-1===e)return a;if(e===o)return e;if(0===e)return e;if(D=1,(h=e<0?-e:e)<.41421356237309503){if(h<1.862645149230957e-9)return h<5551115123125783e-32?e:e-e*e*.5;e>-.2928932188134525&&(D=0,f=e,n=1)}return 0!==D&&(h<9007199254740992?(p=(D=((n=s(m=1+e))>>20)-B)>0?1-(m-e):e-(m-1),p/=m):(D=((n=s(m=e))>>20)-B,p=0),(n&=1048575)<434334?m=i(m,1072693248|n):(D+=1,m=i(m,1071644672|n),n=1048576-n>>2),f=m-1),t=.5*f*f,0===n?0===f?D*c+(p+=D*l):D*c-((g=t*(1-.6666666666666666*f))-(D*l+p)-f):(g=(d=(C=f/(2+f))*C)*u(d),0===D?f-(t-C*(t+g)):D*c-(t-(C*(t+g)+(D*l+p))-f))}},10897:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+.14798198605116586*e)))))}},15430:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(44473);e.exports=r},44781:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function(e){var t=-e,n=-1,r=0;return function(){return(n*=t)/(r+=1)}}},44473:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(66260),s=n(51550),i=n(55088),o=n(96491),a=n(44781);e.exports=function(e){var t,n;return e<=-1?NaN:(n=r(e))>.95?s(1+e)-e:n<i?-e*e/2:(t={initialValue:-e},o(a(e),t))}},32974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(78641);e.exports=r},78641:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(30866),s=n(86523),i=n(50469);e.exports=function(e,t){return s(e)||s(t)?NaN:e===i||t===i?i:e===t&&0===e?r(e)?e:t:e>t?e:t}},38008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(29503);e.exports=r},29503:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(23270),s=n(86523),i=n(81475);e.exports=function(e,t){return s(e)||s(t)?NaN:e===i||t===i?i:e===t&&0===e?r(e)?e:t:e<t?e:t}},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(87609);e.exports=r},59905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882),s=n(23786),i=n(45990),o=n(11877),a=n(31277),B=n(53140),u=1048576,c=[1,1.5],l=[0,.5849624872207642],h=[0,1.350039202129749e-8];e.exports=function(e,t,n){var f,p,C,d,g,m,D,E,y,A,b,w,v,I,F,O,_,N,S,T;return N=0,n<u&&(N-=53,n=r(t*=9007199254740992)),N+=(n>>a)-o|0,n=1072693248|(S=1048575&n),S<=235662?T=0:S<767610?T=1:(T=0,N+=1,n-=u),f=524288+(n>>1|536870912),g=(_=1/((t=i(t,n))+(D=c[T])))*((O=t-D)-(d=s(p=O*_,0))*(m=i(0,f+=T<<18))-d*(t-(m-D))),F=(C=p*p)*C*B(C),m=s(m=3+(C=d*d)+(F+=g*(d+p)),0),v=(b=-7.028461650952758e-9*(y=s(y=(O=d*m)+(_=g*m+(F-(m-3-C))*p),0))+.9617966939259756*(_-(y-O))+h[T])-((w=s(w=(A=.9617967009544373*y)+b+(E=l[T])+(I=N),0))-I-E-A),e[0]=w,e[1]=v,e}},53726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(23786),s=n(837);e.exports=function(e,t){var n,i,o,a,B;return n=(B=1.9259629911266175e-8*(o=t-1)-1.4426950408889634*(o*o*s(o)))-((i=r(i=(a=1.4426950216293335*o)+B,0))-a),e[0]=i,e[1]=n,e}},87609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(86523),s=n(97687),i=n(57234),o=n(2804),a=n(15478),B=n(66260),u=n(87949),c=n(23786),l=n(86519),h=n(81475),f=n(50469),p=n(43935),C=n(72122),d=n(30888),g=n(93355),m=n(59905),D=n(53726),E=n(55224),y=1083179008,A=1e300,b=1e-300,w=[0,0],v=[0,0];e.exports=function e(t,n){var I,F,O,_,N,S,T,x,L,k,R,P,G,M;if(r(t)||r(n))return NaN;if(u.assign(n,w,1,0),N=w[0],0===w[1]){if(0===n)return 1;if(1===n)return t;if(-1===n)return 1/t;if(.5===n)return a(t);if(-.5===n)return 1/a(t);if(2===n)return t*t;if(3===n)return t*t*t;if(4===n)return(t*=t)*t;if(i(n))return g(t,n)}if(u.assign(t,w,1,0),_=w[0],0===w[1]){if(0===_)return C(t,n);if(1===t)return 1;if(-1===t&&s(n))return-1;if(i(t))return t===h?e(-0,-n):n<0?0:f}if(t<0&&!1===o(n))return(t-t)/(t-t);if(O=B(t),I=_&p|0,F=N&p|0,T=N>>>31|0,S=(S=_>>>31|0)&&s(n)?-1:1,F>1105199104){if(F>1139802112)return d(t,n);if(I<1072693247)return 1===T?S*A*A:S*b*b;if(I>1072693248)return 0===T?S*A*A:S*b*b;R=D(v,O)}else R=m(v,O,I);if(P=(k=(n-(x=c(n,0)))*R[0]+n*R[1])+(L=x*R[0]),u.assign(P,w,1,0),G=l(w[0]),M=l(w[1]),G>=y){if(0!==(G-y|M))return S*A*A;if(k+8008566259537294e-32>P-L)return S*A*A}else if((G&p)>=1083231232){if(G-3230714880|M)return S*b*b;if(k<=P-L)return S*b*b}return S*(P=E(G,L,k))}},53140:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+.20697501780033842*e))))}},35568:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},837:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.5:.5+e*(.25*e-.3333333333333333)}},55224:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882),s=n(45990),i=n(23786),o=n(86519),a=n(83291),B=n(81239),u=n(11877),c=n(43935),l=n(28910),h=n(31277),f=n(35568),p=1048576;e.exports=function(e,t,n){var C,d,g,m,D,E,y,A,b;return b=((A=e&c|0)>>h)-u|0,y=0,A>1071644672&&(d=s(0,((y=e+(p>>b+1)>>>0)&~(l>>(b=((y&c)>>h)-u|0)))>>>0),y=(y&l|p)>>h-b>>>0,e<0&&(y=-y),t-=d),D=(m=(n-((d=i(d=n+t,0))-t))*B+-1.904654299957768e-9*d)-((E=(g=.6931471824645996*d)+m)-g),C=E-(d=E*E)*f(d),e=r(E=1-(E*C/(C-2)-(D+E*D)-E)),e=o(e),E=(e+=y<<h>>>0)>>h<=0?a(E,y):s(E,e)}},72122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(97687),s=n(35672),i=n(81475),o=n(50469);e.exports=function(e,t){return t===i?o:t===o?0:t>0?r(t)?e:0:r(t)?s(o,e):o}},30888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(43935),s=n(2882);e.exports=function(e,t){return(s(e)&r)<=1072693247?t<0?1/0:0:t>0?1/0:0}},93355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66260),s=n(50469);e.exports=function(e,t){return-1===e?(e-e)/(e-e):1===e?1:r(e)<1==(t===s)?0:s}},74756:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2603);e.exports=r},2603:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(86523),s=n(57234),i=n(66260),o=n(40141),a=n(51550),B=n(6310),u=n(81262);e.exports=function(e,t){var n,c;if(r(e)||r(t))return NaN;if(0===t)return 0;if(0===e)return-1;if(e<0&&t%2==0&&(e=-e),e>0){if((i(t*(e-1))<.5||i(t)<.2)&&(c=a(e)*t)<.5)return o(c)}else if(u(t)!==t)return NaN;return n=B(e,t)-1,s(n)||r(n)?NaN:n}},93982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(44385);e.exports=r},97236:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(42334),s=n(83291),i=n(21830),o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],B=16777216,u=5.960464477539063e-8,c=i(20),l=i(20),h=i(20),f=i(20);function p(e,t,n,i,c,l,C,d,g){var m,D,E,y,A,b,w,v,I;for(y=l,I=i[n],v=n,A=0;v>0;A++)D=u*I|0,f[A]=I-B*D|0,I=i[v-1]+D,v-=1;if(I=s(I,c),I-=8*r(.125*I),I-=w=0|I,E=0,c>0?(w+=A=f[n-1]>>24-c,f[n-1]-=A<<24-c,E=f[n-1]>>23-c):0===c?E=f[n-1]>>23:I>=.5&&(E=2),E>0){for(w+=1,m=0,A=0;A<n;A++)v=f[A],0===m?0!==v&&(m=1,f[A]=16777216-v):f[A]=16777215-v;if(c>0)switch(c){case 1:f[n-1]&=8388607;break;case 2:f[n-1]&=4194303}2===E&&(I=1-I,0!==m&&(I-=s(1,c)))}if(0===I){for(v=0,A=n-1;A>=l;A--)v|=f[A];if(0===v){for(b=1;0===f[l-b];b++);for(A=n+1;A<=n+b;A++){for(g[d+A]=o[C+A],D=0,v=0;v<=d;v++)D+=e[v]*g[d+(A-v)];i[A]=D}return p(e,t,n+=b,i,c,l,C,d,g)}for(n-=1,c-=24;0===f[n];)n-=1,c-=24}else(I=s(I,-c))>=B?(D=u*I|0,f[n]=I-B*D|0,c+=24,f[n+=1]=D):f[n]=0|I;for(D=s(1,c),A=n;A>=0;A--)i[A]=D*f[A],D*=u;for(A=n;A>=0;A--){for(D=0,b=0;b<=y&&b<=n-A;b++)D+=a[b]*i[A+b];h[n-A]=D}for(D=0,A=n;A>=0;A--)D+=h[A];for(t[0]=0===E?D:-D,D=h[0]-D,A=1;A<=n;A++)D+=h[A];return t[1]=0===E?D:-D,7&w}e.exports=function(e,t,n,r){var s,i,a,B,u,h,f;for((i=(n-3)/24|0)<0&&(i=0),B=n-24*(i+1),h=i-(a=r-1),f=a+4,u=0;u<=f;u++)c[u]=h<0?0:o[h],h+=1;for(u=0;u<=4;u++){for(s=0,h=0;h<=a;h++)s+=e[h]*c[a+(u-h)];l[u]=s}return p(e,t,4,l,B,4,i,a,c)}},44385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var r=n(43935),s=n(30222),i=n(28910),o=n(2882),a=n(31662),B=n(17844),u=n(97236),c=n(92880),l=1.5707963267341256,h=6077100506506192e-26,f=2*h,p=3*h,C=4*h,d=[0,0,0],g=[0,0];e.exports=function(e,t){var n,m,D,E,y,A,b,w;if((E=(D=0|o(e))&r|0)<=1072243195)return t[0]=e,t[1]=0,0;if(E<=1074752122)return 598523===(E&i)?c(e,E,t):E<=1073928572?D>0?(w=e-l,t[0]=w-h,t[1]=w-t[0]-h,1):(w=e+l,t[0]=w+h,t[1]=w-t[0]+h,-1):D>0?(w=e-2*l,t[0]=w-f,t[1]=w-t[0]-f,2):(w=e+2*l,t[0]=w+f,t[1]=w-t[0]+f,-2);if(E<=1075594811)return E<=1075183036?1074977148===E?c(e,E,t):D>0?(w=e-3*l,t[0]=w-p,t[1]=w-t[0]-p,3):(w=e+3*l,t[0]=w+p,t[1]=w-t[0]+p,-3):1075388923===E?c(e,E,t):D>0?(w=e-4*l,t[0]=w-C,t[1]=w-t[0]-C,4):(w=e+4*l,t[0]=w+C,t[1]=w-t[0]+C,-4);if(E<1094263291)return c(e,E,t);if(E>=s)return t[0]=NaN,t[1]=NaN,0;for(n=a(e),w=B(E-((m=(E>>20)-1046)<<20),n),A=0;A<2;A++)d[A]=0|w,w=16777216*(w-d[A]);for(d[2]=w,y=3;0===d[y-1];)y-=1;return b=u(d,g,m,y,1),D<0?(t[0]=-g[0],t[1]=-g[1],-b):(t[0]=g[0],t[1]=g[1],b)}},92880:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(18972),s=n(2882);e.exports=function(e,t,n){var i,o,a,B,u;return a=e-1.5707963267341256*(i=r(.6366197723675814*e)),B=6077100506506192e-26*i,u=t>>20,n[0]=a-B,u-(s(n[0])>>20&2047)>16&&(B=20222662487959506e-37*i-((o=a)-(a=o-(B=6077100506303966e-26*i))-B),n[0]=a-B,u-(s(n[0])>>20&2047)>49&&(B=84784276603689e-45*i-((o=a)-(a=o-(B=20222662487111665e-37*i))-B),n[0]=a-B)),n[1]=a-n[0]-B,i}},18972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66547);e.exports=r},66547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},61794:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(53205);e.exports=r},53205:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(43935),s=n(30222),i=n(2882),o=n(71567),a=n(70186),B=n(93982),u=[0,0];e.exports=function(e){var t;if(t=i(e),(t&=r)<=1072243195)return t<1045430272?e:a(e,0);if(t>=s)return NaN;switch(3&B(e,u)){case 0:return a(u[0],u[1]);case 1:return o(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return-o(u[0],u[1])}}},18901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(83012);e.exports=r},83012:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(86523),s=n(57234),i=n(99191),o=n(61794),a=n(66260),B=n(35672),u=n(39701);e.exports=function(e){var t,n;return r(e)||s(e)?NaN:0===(t=a(n=e%2))||1===t?B(0,n):t<.25?o(u*n):t<.75?B(i(u*(t=.5-t)),n):t<1.25?(n=B(1,n)-n,o(u*n)):t<1.75?-B(i(u*(t-=1.5)),n):(n-=B(2,n),o(u*n))}},15478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(91689);e.exports=r},91689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},81262:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(92657);e.exports=r},92657:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(42334),s=n(3385);e.exports=function(e){return e<0?s(e):r(e)}},13962:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66260),s=n(55088),i=n(28858);e.exports=function(e,t){var n,o,a;return o={},arguments.length>1&&(o=t),a=o.tolerance||s,n=o.maxIter||1e6,o.keep?function(e,t,n){var s,o,a,B,u;0===(B=(u=e())[1])&&(B=i),o=B,a=0;do{(u=e())&&(0===(a=u[1]+u[0]*a)&&(a=i),0===(o=u[1]+u[0]/o)&&(o=i),B*=s=o*(a=1/a))}while(u&&r(s-1)>t&&--n);return B}(e,a,n):function(e,t,n){var s,o,a,B,u,c;u=(c=e())[1],o=c[0],0===u&&(u=i),a=u,B=0;do{(c=e())&&(0===(B=c[1]+c[0]*B)&&(B=i),0===(a=c[1]+c[0]/a)&&(a=i),u*=s=a*(B=1/B))}while(c&&r(s-1)>t&&--n);return o/u}(e,a,n)}},57028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66260),s=n(28858),i=n(55088);e.exports=function(e,t){var n,o,a;return o={},arguments.length>1&&(o=t),n=o.maxIter||1e6,a=o.tolerance||i,o.keep?function(e,t,n){var i,o,a,B,u,c;if(0===(a=(c=(i="function"==typeof e.next)?e.next().value:e())[1])&&(a=s),B=a,u=0,!0===i)do{(c=e.next().value)&&(0===(u=c[1]+c[0]*u)&&(u=s),0===(B=c[1]+c[0]/B)&&(B=s),a*=o=B*(u=1/u))}while(c&&r(o-1)>t&&--n);else do{(c=e())&&(0===(u=c[1]+c[0]*u)&&(u=s),0===(B=c[1]+c[0]/B)&&(B=s),a*=o=B*(u=1/u))}while(c&&r(o-1)>t&&--n);return a}(e,a,n):function(e,t,n){var i,o,a,B,u,c,l;if(B=(l=(i="function"==typeof e.next)?e.next().value:e())[1],a=l[0],0===B&&(B=s),u=B,c=0,!0===i)do{(l=e.next().value)&&(0===(c=l[1]+l[0]*c)&&(c=s),0===(u=l[1]+l[0]/u)&&(u=s),B*=o=u*(c=1/c))}while(r(o-1)>t&&--n);else do{(l=e())&&(0===(c=l[1]+l[0]*c)&&(c=s),0===(u=l[1]+l[0]/u)&&(u=s),B*=o=u*(c=1/c))}while(l&&r(o-1)>t&&--n);return a/B}(e,a,n)}},30508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(67640),i=n(57028),o=n(13962);r=s()?i:o,e.exports=r},71278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(36990),s=n(93767);e.exports=function(e){var t,n,i,o;if(e.length>500)return function(t){return s(e,t)};if(t="return function evalpoly(x){",0===(n=e.length))t+="return 0.0;";else if(1===n)t+="return "+e[0]+";";else{for(t+="if(x===0.0){return "+e[0]+";}",t+="return "+e[0],i=n-1,o=1;o<n;o++)t+="+x*",o<i&&(t+="("),t+=e[o];for(o=0;o<i-1;o++)t+=")";t+=";"}return t+="}",new r(t+="//# sourceURL=evalpoly.factory.js")()}},62096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(93767);r(s,"factory",n(71278)),e.exports=s},93767:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r;if((r=e.length)<2||0===t)return 0===r?0:e[0];for(n=e[r-=1]*t+e[r-1],r-=2;r>=0;)n=n*t+e[r],r-=1;return n}},56049:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66260),s=n(55088);e.exports=function(e,t){var n,i,o,a,B;B={},arguments.length>1&&(B=t),n=B.tolerance||s,o=B.maxTerms||1e6,a=B.initialValue||0;do{a+=i=e()}while(r(n*a)<r(i)&&--o);return a}},13333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(66260),s=n(55088);e.exports=function(e,t){var n,i,o,a,B;if(B={},arguments.length>1&&(B=t),n=B.tolerance||s,o=B.maxTerms||1e6,a=B.initialValue||0,!0===("function"==typeof e.next)){for(i of e)if(r(n*(a+=i))>=r(i)||0===--o)break}else do{a+=i=e()}while(r(n*a)<r(i)&&--o);return a}},96491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(67640),i=n(13333),o=n(56049);r=s()?i:o,e.exports=r},84241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(97696);e.exports=r},97696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(67014);e.exports=r},67014:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2882),s=n(30222),i=n(11877);e.exports=function(e){var t=r(e);return(t=(t&s)>>>20)-i|0}},17844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(15259);e.exports=r},99593:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i;!0===n(40347)?(s=1,i=0):(s=0,i=1),r={HIGH:s,LOW:i},e.exports=r},15259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(99593),o=new s(1),a=new r(o.buffer),B=i.HIGH,u=i.LOW;e.exports=function(e,t){return a[B]=e,a[u]=t,o[0]}},69828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(40347)?1:0,e.exports=r},2882:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(16053);e.exports=r},16053:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(69828),o=new s(1),a=new r(o.buffer);e.exports=function(e){return o[0]=e,a[i]}},31662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(23761);e.exports=r},75844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(40347)?0:1,e.exports=r},23761:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(75844),o=new s(1),a=new r(o.buffer);e.exports=function(e){return o[0]=e,a[i]}},40750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(55417),s=n(57234),i=n(86523),o=n(66260);e.exports=function(e,t,n,a){return i(e)||s(e)?(t[a]=e,t[a+n]=0,t):0!==e&&o(e)<r?(t[a]=4503599627370496*e,t[a+n]=-52,t):(t[a]=e,t[a+n]=0,t)}},79335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(86754);r(s,"assign",n(40750)),e.exports=s},86754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(40750);e.exports=function(e){return r(e,[0,0],1,0)}},72880:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(40347)?1:0,e.exports=r},45990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(96921);e.exports=r},96921:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(72880),o=new s(1),a=new r(o.buffer);e.exports=function(e,t){return o[0]=e,a[i]=t>>>0,o[0]}},23786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(10253);e.exports=r},79760:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(40347)?0:1,e.exports=r},10253:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(79760),o=new s(1),a=new r(o.buffer);e.exports=function(e,t){return o[0]=e,a[i]=t>>>0,o[0]}},65132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(47096),s=n(69979),i=n(33808),o=new s(1),a=new r(o.buffer),B=i.HIGH,u=i.LOW;e.exports=function(e,t,n,r){return o[0]=e,t[r]=a[B],t[r+n]=a[u],t}},87949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(16364);r(s,"assign",n(65132)),e.exports=s},33808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i;!0===n(40347)?(s=1,i=0):(s=0,i=1),r={HIGH:s,LOW:i},e.exports=r},16364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(65132);e.exports=function(e){return r(e,[0,0],1,0)}},86519:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(73234);e.exports=r},73234:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0|e}},92029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs,n=String.prototype.toLowerCase,r=String.prototype.toUpperCase,s=String.prototype.replace,i=/e\+(\d)$/,o=/e-(\d)$/,a=/^(\d+)$/,B=/^(\d+)e/,u=/\.0$/,c=/\.0*e/,l=/(\..*[^0])0*e/;e.exports=function(e,h){var f,p;switch(h.specifier){case"e":case"E":p=e.toExponential(h.precision);break;case"f":case"F":p=e.toFixed(h.precision);break;case"g":case"G":t(e)<1e-4?((f=h.precision)>0&&(f-=1),p=e.toExponential(f)):p=e.toPrecision(h.precision),h.alternate||(p=s.call(p,l,"$1e"),p=s.call(p,c,"e"),p=s.call(p,u,""));break;default:throw new Error("invalid double notation. Value: "+h.specifier)}return p=s.call(p,i,"e+0$1"),p=s.call(p,o,"e-0$1"),h.alternate&&(p=s.call(p,a,"$1."),p=s.call(p,B,"$1.e")),e>=0&&h.sign&&(p=h.sign+p),p=h.specifier===r.call(h.specifier)?r.call(p):n.call(p)}},91836:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(86392),s=n(20122),i=String.prototype.toLowerCase,o=String.prototype.toUpperCase;e.exports=function(e){var t,n,a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(n=e.arg,a=parseInt(n,10),!isFinite(a)){if(!r(n))throw new Error("invalid integer. Value: "+n);a=0}return a<0&&("u"===e.specifier||10!==t)&&(a=4294967295+a+1),a<0?(n=(-a).toString(t),e.precision&&(n=s(n,e.precision,e.padRight)),n="-"+n):(n=a.toString(t),a||e.precision?e.precision&&(n=s(n,e.precision,e.padRight)):n="",e.sign&&(n=e.sign+n)),16===t&&(e.alternate&&(n="0x"+n),n=e.specifier===o.call(e.specifier)?o.call(n):i.call(n)),8===t&&e.alternate&&"0"!==n.charAt(0)&&(n="0"+n),n}},50024:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(84879);e.exports=r},86392:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"number"==typeof e}},97852:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},84879:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(91836),s=n(97852),i=n(86392),o=n(92029),a=n(34484),B=n(20122),u=String.fromCharCode,c=Array.isArray;function l(e){return e!=e}function h(e){var t={};return t.specifier=e.specifier,t.precision=void 0===e.precision?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}e.exports=function(e){var t,n,f,p,C,d,g,m,D,E;if(!c(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(d="",g=1,D=0;D<e.length;D++)if(f=e[D],s(f))d+=f;else{if(t=void 0!==f.precision,!(f=h(f)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+D+"`. Value: `"+f+"`.");for(f.mapping&&(g=f.mapping),n=f.flags,E=0;E<n.length;E++)switch(p=n.charAt(E)){case" ":f.sign=" ";break;case"+":f.sign="+";break;case"-":f.padRight=!0,f.padZeros=!1;break;case"0":f.padZeros=n.indexOf("-")<0;break;case"#":f.alternate=!0;break;default:throw new Error("invalid flag: "+p)}if("*"===f.width){if(f.width=parseInt(arguments[g],10),g+=1,l(f.width))throw new TypeError("the argument for * width at position "+g+" is not a number. Value: `"+f.width+"`.");f.width<0&&(f.padRight=!0,f.width=-f.width)}if(t&&"*"===f.precision){if(f.precision=parseInt(arguments[g],10),g+=1,l(f.precision))throw new TypeError("the argument for * precision at position "+g+" is not a number. Value: `"+f.precision+"`.");f.precision<0&&(f.precision=1,t=!1)}switch(f.arg=arguments[g],f.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(f.padZeros=!1),f.arg=r(f);break;case"s":f.maxWidth=t?f.precision:-1,f.arg=String(f.arg);break;case"c":if(!l(f.arg)){if((C=parseInt(f.arg,10))<0||C>127)throw new Error("invalid character code. Value: "+f.arg);f.arg=l(C)?String(f.arg):u(C)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(f.precision=6),m=parseFloat(f.arg),!isFinite(m)){if(!i(f.arg))throw new Error("invalid floating-point number. Value: "+d);m=f.arg,f.padZeros=!1}f.arg=o(m,f);break;default:throw new Error("invalid specifier: "+f.specifier)}f.maxWidth>=0&&f.arg.length>f.maxWidth&&(f.arg=f.arg.substring(0,f.maxWidth)),f.padZeros?f.arg=B(f.arg,f.width||f.precision,f.padRight):f.width&&(f.arg=a(f.arg,f.width,f.padRight)),d+=f.arg||"",g+=1}return d}},34484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function t(e){var t,n="";for(t=0;t<e;t++)n+=" ";return n}e.exports=function(e,n,r){var s=n-e.length;return s<0?e:e=r?e+t(s):t(s)+e}},20122:e=>{function t(e){var t,n="";for(t=0;t<e;t++)n+="0";return n}e.exports=function(e,n,r){var s=!1,i=n-e.length;return i<0||(
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"-"===e[0]}(e)&&(s=!0,e=e.substr(1)),e=r?e+t(i):t(i)+e,s&&(e="-"+e)),e}},19340:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(58755);e.exports=r},58755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function n(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return"."===e[4]&&void 0===e[5]&&(t.precision="1"),t}e.exports=function(e){var r,s,i,o;for(s=[],o=0,i=t.exec(e);i;)(r=e.slice(o,t.lastIndex-i[0].length)).length&&s.push(r),"%"===i[6]?s.push("%"):s.push(n(i)),o=t.lastIndex,i=t.exec(e);return(r=e.slice(o)).length&&s.push(r),s}},17760:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(63191);e.exports=r},28676:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},63191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50024),s=n(19340),i=n(28676);e.exports=function e(t){var n,o;if(!i(t))throw new TypeError(e("invalid argument. First argument must be a string. Value: `%s`.",t));for(n=[s(t)],o=1;o<arguments.length;o++)n.push(arguments[o]);return r.apply(null,n)}},32038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(62873);e.exports=r},62873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Symbol?Symbol:void 0;e.exports=t},4568:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(26239);e.exports=r},26239:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(50708);e.exports=function(e,t,n){r(e,t,{configurable:!1,enumerable:!1,writable:!1,value:n})}},97619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},15141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Object.defineProperty?Object.defineProperty:null;e.exports=t},32342:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(15141);e.exports=function(){try{return r({},"x",{}),!0}catch(e){return!1}}},50708:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(32342),i=n(97619),o=n(80061);r=s()?i:o,e.exports=r},80061:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(17760),s=Object.prototype,i=s.toString,o=s.__defineGetter__,a=s.__defineSetter__,B=s.__lookupGetter__,u=s.__lookupSetter__;e.exports=function(e,t,n){var c,l,h,f;if("object"!=typeof e||null===e||"[object Array]"===i.call(e))throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e));if("object"!=typeof n||null===n||"[object Array]"===i.call(n))throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n));if((l="value"in n)&&(B.call(e,t)||u.call(e,t)?(c=e.__proto__,e.__proto__=s,delete e[t],e[t]=n.value,e.__proto__=c):e[t]=n.value),h="get"in n,f="set"in n,l&&(h||f))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return h&&o&&o.call(e,t,n.get),f&&a&&a.call(e,t,n.set),e}},13595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(9501),i=n(31006),o=n(9728);r=s()?o:i,e.exports=r},31006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(55763);e.exports=function(e){return r.call(e)}},9728:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(31907),s=n(94499),i=n(55763);e.exports=function(e){var t,n,o;if(null==e)return i.call(e);n=e[s],t=r(e,s);try{e[s]=void 0}catch(t){return i.call(e)}return o=i.call(e),t?e[s]=n:delete e[s],o}},55763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},94499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(32038),s="function"==typeof r?r.toStringTag:"";e.exports=s},60021:e=>{e.exports=({onlyFirst:e=!1}={})=>{const t=["[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)","(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"].join("|");return new RegExp(t,e?void 0:"g")}},17750:(e,t,n)=>{e.exports={RBTree:n(5004),BinTree:n(92663)}},92663:(e,t,n)=>{var r=n(20253);function s(e){this.data=e,this.left=null,this.right=null}function i(e){this._root=null,this._comparator=e,this.size=0}s.prototype.get_child=function(e){return e?this.right:this.left},s.prototype.set_child=function(e,t){e?this.right=t:this.left=t},i.prototype=new r,i.prototype.insert=function(e){if(null===this._root)return this._root=new s(e),this.size++,!0;for(var t=0,n=null,r=this._root;;){if(null===r)return r=new s(e),n.set_child(t,r),ret=!0,this.size++,!0;if(0===this._comparator(r.data,e))return!1;t=this._comparator(r.data,e)<0,n=r,r=r.get_child(t)}},i.prototype.remove=function(e){if(null===this._root)return!1;var t=new s(void 0),n=t;n.right=this._root;for(var r=null,i=null,o=1;null!==n.get_child(o);){r=n,n=n.get_child(o);var a=this._comparator(e,n.data);o=a>0,0===a&&(i=n)}return null!==i&&(i.data=n.data,r.set_child(r.right===n,n.get_child(null===n.left)),this._root=t.right,this.size--,!0)},e.exports=i},5004:(e,t,n)=>{var r=n(20253);function s(e){this.data=e,this.left=null,this.right=null,this.red=!0}function i(e){this._root=null,this._comparator=e,this.size=0}function o(e){return null!==e&&e.red}function a(e,t){var n=e.get_child(!t);return e.set_child(!t,n.get_child(t)),n.set_child(t,e),e.red=!0,n.red=!1,n}function B(e,t){return e.set_child(!t,a(e.get_child(!t),!t)),a(e,t)}s.prototype.get_child=function(e){return e?this.right:this.left},s.prototype.set_child=function(e,t){e?this.right=t:this.left=t},i.prototype=new r,i.prototype.insert=function(e){var t=!1;if(null===this._root)this._root=new s(e),t=!0,this.size++;else{var n=new s(void 0),r=0,i=0,u=null,c=n,l=null,h=this._root;for(c.right=this._root;;){if(null===h?(h=new s(e),l.set_child(r,h),t=!0,this.size++):o(h.left)&&o(h.right)&&(h.red=!0,h.left.red=!1,h.right.red=!1),o(h)&&o(l)){var f=c.right===u;h===l.get_child(i)?c.set_child(f,a(u,!i)):c.set_child(f,B(u,!i))}var p=this._comparator(h.data,e);if(0===p)break;i=r,r=p<0,null!==u&&(c=u),u=l,l=h,h=h.get_child(r)}this._root=n.right}return this._root.red=!1,t},i.prototype.remove=function(e){if(null===this._root)return!1;var t=new s(void 0),n=t;n.right=this._root;for(var r=null,i=null,u=null,c=1;null!==n.get_child(c);){var l=c;i=r,r=n,n=n.get_child(c);var h=this._comparator(e,n.data);if(c=h>0,0===h&&(u=n),!o(n)&&!o(n.get_child(c)))if(o(n.get_child(!c))){var f=a(n,c);r.set_child(l,f),r=f}else if(!o(n.get_child(!c))){var p=r.get_child(!l);if(null!==p)if(o(p.get_child(!l))||o(p.get_child(l))){var C=i.right===r;o(p.get_child(l))?i.set_child(C,B(r,l)):o(p.get_child(!l))&&i.set_child(C,a(r,l));var d=i.get_child(C);d.red=!0,n.red=!0,d.left.red=!1,d.right.red=!1}else r.red=!1,p.red=!0,n.red=!0}}return null!==u&&(u.data=n.data,r.set_child(r.right===n,n.get_child(null===n.left)),this.size--),this._root=t.right,null!==this._root&&(this._root.red=!1),null!==u},e.exports=i},20253:e=>{function t(){}function n(e){this._tree=e,this._ancestors=[],this._cursor=null}t.prototype.clear=function(){this._root=null,this.size=0},t.prototype.find=function(e){for(var t=this._root;null!==t;){var n=this._comparator(e,t.data);if(0===n)return t.data;t=t.get_child(n>0)}return null},t.prototype.findIter=function(e){for(var t=this._root,n=this.iterator();null!==t;){var r=this._comparator(e,t.data);if(0===r)return n._cursor=t,n;n._ancestors.push(t),t=t.get_child(r>0)}return null},t.prototype.lowerBound=function(e){for(var t=this._root,n=this.iterator(),r=this._comparator;null!==t;){var s=r(e,t.data);if(0===s)return n._cursor=t,n;n._ancestors.push(t),t=t.get_child(s>0)}for(var i=n._ancestors.length-1;i>=0;--i)if(r(e,(t=n._ancestors[i]).data)<0)return n._cursor=t,n._ancestors.length=i,n;return n._ancestors.length=0,n},t.prototype.upperBound=function(e){for(var t=this.lowerBound(e),n=this._comparator;null!==t.data()&&0===n(t.data(),e);)t.next();return t},t.prototype.min=function(){var e=this._root;if(null===e)return null;for(;null!==e.left;)e=e.left;return e.data},t.prototype.max=function(){var e=this._root;if(null===e)return null;for(;null!==e.right;)e=e.right;return e.data},t.prototype.iterator=function(){return new n(this)},t.prototype.each=function(e){for(var t,n=this.iterator();null!==(t=n.next());)if(!1===e(t))return},t.prototype.reach=function(e){for(var t,n=this.iterator();null!==(t=n.prev());)if(!1===e(t))return},n.prototype.data=function(){return null!==this._cursor?this._cursor.data:null},n.prototype.next=function(){if(null===this._cursor){var e=this._tree._root;null!==e&&this._minNode(e)}else{var t;if(null===this._cursor.right)do{if(t=this._cursor,!this._ancestors.length){this._cursor=null;break}this._cursor=this._ancestors.pop()}while(this._cursor.right===t);else this._ancestors.push(this._cursor),this._minNode(this._cursor.right)}return null!==this._cursor?this._cursor.data:null},n.prototype.prev=function(){if(null===this._cursor){var e=this._tree._root;null!==e&&this._maxNode(e)}else{var t;if(null===this._cursor.left)do{if(t=this._cursor,!this._ancestors.length){this._cursor=null;break}this._cursor=this._ancestors.pop()}while(this._cursor.left===t);else this._ancestors.push(this._cursor),this._maxNode(this._cursor.left)}return null!==this._cursor?this._cursor.data:null},n.prototype._minNode=function(e){for(;null!==e.left;)this._ancestors.push(e),e=e.left;this._cursor=e},n.prototype._maxNode=function(e){for(;null!==e.right;)this._ancestors.push(e),e=e.right;this._cursor=e},e.exports=t},63251:function(e){var t;t=function(){var e,t,n="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof window?window:"undefined"!=typeof global?global:"undefined"!=typeof self?self:{},r={load:function(e,t,n={}){var r,s,i;for(r in t)i=t[r],n[r]=null!=(s=e[r])?s:i;return n},overwrite:function(e,t,n={}){var r,s;for(r in e)s=e[r],void 0!==t[r]&&(n[r]=s);return n}},s=class{constructor(e,t){this.incr=e,this.decr=t,this._first=null,this._last=null,this.length=0}push(e){var t;this.length++,"function"==typeof this.incr&&this.incr(),t={value:e,prev:this._last,next:null},null!=this._last?(this._last.next=t,this._last=t):this._first=this._last=t}shift(){var e;if(null!=this._first)return this.length--,"function"==typeof this.decr&&this.decr(),e=this._first.value,null!=(this._first=this._first.next)?this._first.prev=null:this._last=null,e}first(){if(null!=this._first)return this._first.value}getArray(){var e,t,n;for(e=this._first,n=[];null!=e;)n.push((t=e,e=e.next,t.value));return n}forEachShift(e){var t;for(t=this.shift();null!=t;)e(t),t=this.shift()}debug(){var e,t,n,r,s;for(e=this._first,s=[];null!=e;)s.push((t=e,e=e.next,{value:t.value,prev:null!=(n=t.prev)?n.value:void 0,next:null!=(r=t.next)?r.value:void 0}));return s}},i=class{constructor(e){if(this.instance=e,this._events={},null!=this.instance.on||null!=this.instance.once||null!=this.instance.removeAllListeners)throw new Error("An Emitter already exists for this object");this.instance.on=(e,t)=>this._addListener(e,"many",t),this.instance.once=(e,t)=>this._addListener(e,"once",t),this.instance.removeAllListeners=(e=null)=>null!=e?delete this._events[e]:this._events={}}_addListener(e,t,n){var r;return null==(r=this._events)[e]&&(r[e]=[]),this._events[e].push({cb:n,status:t}),this.instance}listenerCount(e){return null!=this._events[e]?this._events[e].length:0}async trigger(e,...t){var n,r;try{if("debug"!==e&&this.trigger("debug",`Event triggered: ${e}`,t),null==this._events[e])return;return this._events[e]=this._events[e].filter(function(e){return"none"!==e.status}),r=this._events[e].map(async e=>{var n,r;if("none"!==e.status){"once"===e.status&&(e.status="none");try{return"function"==typeof(null!=(r="function"==typeof e.cb?e.cb(...t):void 0)?r.then:void 0)?await r:r}catch(e){return n=e,this.trigger("error",n),null}}}),(await Promise.all(r)).find(function(e){return null!=e})}catch(e){return n=e,this.trigger("error",n),null}}};e=s,t=i;var o,a,B,u=class{constructor(n){this.Events=new t(this),this._length=0,this._lists=function(){var t,r,s;for(s=[],t=1,r=n;1<=r?t<=r:t>=r;1<=r?++t:--t)s.push(new e(()=>this.incr(),()=>this.decr()));return s}.call(this)}incr(){if(0===this._length++)return this.Events.trigger("leftzero")}decr(){if(0===--this._length)return this.Events.trigger("zero")}push(e){return this._lists[e.options.priority].push(e)}queued(e){return null!=e?this._lists[e].length:this._length}shiftAll(e){return this._lists.forEach(function(t){return t.forEachShift(e)})}getFirst(e=this._lists){var t,n,r;for(t=0,n=e.length;t<n;t++)if((r=e[t]).length>0)return r;return[]}shiftLastFrom(e){return this.getFirst(this._lists.slice(e).reverse()).shift()}},c=class extends Error{};B=r,o=c,a=class{constructor(e,t,n,r,s,i,o,a){this.task=e,this.args=t,this.rejectOnDrop=s,this.Events=i,this._states=o,this.Promise=a,this.options=B.load(n,r),this.options.priority=this._sanitizePriority(this.options.priority),this.options.id===r.id&&(this.options.id=`${this.options.id}-${this._randomIndex()}`),this.promise=new this.Promise((e,t)=>{this._resolve=e,this._reject=t}),this.retryCount=0}_sanitizePriority(e){var t;return(t=~~e!==e?5:e)<0?0:t>9?9:t}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:e,message:t="This job has been dropped by Bottleneck"}={}){return!!this._states.remove(this.options.id)&&(this.rejectOnDrop&&this._reject(null!=e?e:new o(t)),this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise}),!0)}_assertStatus(e){var t;if((t=this._states.jobStatus(this.options.id))!==e&&("DONE"!==e||null!==t))throw new o(`Invalid job status ${t}, expected ${e}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}doReceive(){return this._states.start(this.options.id),this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(e,t){return this._assertStatus("RECEIVED"),this._states.next(this.options.id),this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:e,blocked:t})}doRun(){return 0===this.retryCount?(this._assertStatus("QUEUED"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(e,t,n,r){var s,i,o;0===this.retryCount?(this._assertStatus("RUNNING"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),i={args:this.args,options:this.options,retryCount:this.retryCount},this.Events.trigger("executing",i);try{if(o=await(null!=e?e.schedule(this.options,this.task,...this.args):this.task(...this.args)),t())return this.doDone(i),await r(this.options,i),this._assertStatus("DONE"),this._resolve(o)}catch(e){return s=e,this._onFailure(s,i,t,n,r)}}doExpire(e,t,n){var r,s;return this._states.jobStatus("RUNNING"===this.options.id)&&this._states.next(this.options.id),this._assertStatus("EXECUTING"),s={args:this.args,options:this.options,retryCount:this.retryCount},r=new o(`This job timed out after ${this.options.expiration} ms.`),this._onFailure(r,s,e,t,n)}async _onFailure(e,t,n,r,s){var i,o;if(n())return null!=(i=await this.Events.trigger("failed",e,t))?(o=~~i,this.Events.trigger("retry",`Retrying ${this.options.id} after ${o} ms`,t),this.retryCount++,r(o)):(this.doDone(t),await s(this.options,t),this._assertStatus("DONE"),this._reject(e))}doDone(e){return this._assertStatus("EXECUTING"),this._states.next(this.options.id),this.Events.trigger("done",e)}};var l,h,f=a;h=r,l=c;var p,C,d=class{constructor(e,t,n){this.instance=e,this.storeOptions=t,this.clientId=this.instance._randomIndex(),h.load(n,n,this),this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now(),this._running=0,this._done=0,this._unblockTime=0,this.ready=this.Promise.resolve(),this.clients={},this._startHeartbeat()}_startHeartbeat(){var e;return null==this.heartbeat&&(null!=this.storeOptions.reservoirRefreshInterval&&null!=this.storeOptions.reservoirRefreshAmount||null!=this.storeOptions.reservoirIncreaseInterval&&null!=this.storeOptions.reservoirIncreaseAmount)?"function"==typeof(e=this.heartbeat=setInterval(()=>{var e,t,n,r,s;if(r=Date.now(),null!=this.storeOptions.reservoirRefreshInterval&&r>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval&&(this._lastReservoirRefresh=r,this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount,this.instance._drainAll(this.computeCapacity())),null!=this.storeOptions.reservoirIncreaseInterval&&r>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval&&(({reservoirIncreaseAmount:e,reservoirIncreaseMaximum:n,reservoir:s}=this.storeOptions),this._lastReservoirIncrease=r,(t=null!=n?Math.min(e,n-s):e)>0))return this.storeOptions.reservoir+=t,this.instance._drainAll(this.computeCapacity())},this.heartbeatInterval)).unref?e.unref():void 0:clearInterval(this.heartbeat)}async __publish__(e){return await this.yieldLoop(),this.instance.Events.trigger("message",e.toString())}async __disconnect__(e){return await this.yieldLoop(),clearInterval(this.heartbeat),this.Promise.resolve()}yieldLoop(e=0){return new this.Promise(function(t,n){return setTimeout(t,e)})}computePenalty(){var e;return null!=(e=this.storeOptions.penalty)?e:15*this.storeOptions.minTime||5e3}async __updateSettings__(e){return await this.yieldLoop(),h.overwrite(e,e,this.storeOptions),this._startHeartbeat(),this.instance._drainAll(this.computeCapacity()),!0}async __running__(){return await this.yieldLoop(),this._running}async __queued__(){return await this.yieldLoop(),this.instance.queued()}async __done__(){return await this.yieldLoop(),this._done}async __groupCheck__(e){return await this.yieldLoop(),this._nextRequest+this.timeout<e}computeCapacity(){var e,t;return({maxConcurrent:e,reservoir:t}=this.storeOptions),null!=e&&null!=t?Math.min(e-this._running,t):null!=e?e-this._running:null!=t?t:null}conditionsCheck(e){var t;return null==(t=this.computeCapacity())||e<=t}async __incrementReservoir__(e){var t;return await this.yieldLoop(),t=this.storeOptions.reservoir+=e,this.instance._drainAll(this.computeCapacity()),t}async __currentReservoir__(){return await this.yieldLoop(),this.storeOptions.reservoir}isBlocked(e){return this._unblockTime>=e}check(e,t){return this.conditionsCheck(e)&&this._nextRequest-t<=0}async __check__(e){var t;return await this.yieldLoop(),t=Date.now(),this.check(e,t)}async __register__(e,t,n){var r,s;return await this.yieldLoop(),r=Date.now(),this.conditionsCheck(t)?(this._running+=t,null!=this.storeOptions.reservoir&&(this.storeOptions.reservoir-=t),s=Math.max(this._nextRequest-r,0),this._nextRequest=r+s+this.storeOptions.minTime,{success:!0,wait:s,reservoir:this.storeOptions.reservoir}):{success:!1}}strategyIsBlock(){return 3===this.storeOptions.strategy}async __submit__(e,t){var n,r,s;if(await this.yieldLoop(),null!=this.storeOptions.maxConcurrent&&t>this.storeOptions.maxConcurrent)throw new l(`Impossible to add a job having a weight of ${t} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);return r=Date.now(),s=null!=this.storeOptions.highWater&&e===this.storeOptions.highWater&&!this.check(t,r),(n=this.strategyIsBlock()&&(s||this.isBlocked(r)))&&(this._unblockTime=r+this.computePenalty(),this._nextRequest=this._unblockTime+this.storeOptions.minTime,this.instance._dropAllQueued()),{reachedHWM:s,blocked:n,strategy:this.storeOptions.strategy}}async __free__(e,t){return await this.yieldLoop(),this._running-=t,this._done+=t,this.instance._drainAll(this.computeCapacity()),{running:this._running}}};p=c,C=class{constructor(e){this.status=e,this._jobs={},this.counts=this.status.map(function(){return 0})}next(e){var t,n;return n=(t=this._jobs[e])+1,null!=t&&n<this.status.length?(this.counts[t]--,this.counts[n]++,this._jobs[e]++):null!=t?(this.counts[t]--,delete this._jobs[e]):void 0}start(e){return this._jobs[e]=0,this.counts[0]++}remove(e){var t;return null!=(t=this._jobs[e])&&(this.counts[t]--,delete this._jobs[e]),null!=t}jobStatus(e){var t;return null!=(t=this.status[this._jobs[e]])?t:null}statusJobs(e){var t,n,r,s;if(null!=e){if((n=this.status.indexOf(e))<0)throw new p(`status must be one of ${this.status.join(", ")}`);for(t in s=[],r=this._jobs)r[t]===n&&s.push(t);return s}return Object.keys(this._jobs)}statusCounts(){return this.counts.reduce((e,t,n)=>(e[this.status[n]]=t,e),{})}};var g,m=C;g=s;var D,E,y,A,b,w=class{constructor(e,t){this.schedule=this.schedule.bind(this),this.name=e,this.Promise=t,this._running=0,this._queue=new g}isEmpty(){return 0===this._queue.length}async _tryToRun(){var e,t,n,r,s,i,o;if(this._running<1&&this._queue.length>0)return this._running++,({task:o,args:e,resolve:s,reject:r}=this._queue.shift()),t=await async function(){try{return i=await o(...e),function(){return s(i)}}catch(e){return n=e,function(){return r(n)}}}(),this._running--,this._tryToRun(),t()}schedule(e,...t){var n,r,s;return s=r=null,n=new this.Promise(function(e,t){return s=e,r=t}),this._queue.push({task:e,args:t,resolve:s,reject:r}),this._tryToRun(),n}},v="2.19.5",I={version:v},F=Object.freeze({version:v,default:I}),O=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),_=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");b=r,D=i,y=O,E=_,A=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var N,S,T=function(){class e{constructor(e={}){this.deleteKey=this.deleteKey.bind(this),this.limiterOptions=e,b.load(this.limiterOptions,this.defaults,this),this.Events=new D(this),this.instances={},this.Bottleneck=q,this._startAutoCleanup(),this.sharedConnection=null!=this.connection,null==this.connection&&("redis"===this.limiterOptions.datastore?this.connection=new y(Object.assign({},this.limiterOptions,{Events:this.Events})):"ioredis"===this.limiterOptions.datastore&&(this.connection=new E(Object.assign({},this.limiterOptions,{Events:this.Events}))))}key(e=""){var t;return null!=(t=this.instances[e])?t:(()=>{var t;return t=this.instances[e]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${e}`,timeout:this.timeout,connection:this.connection})),this.Events.trigger("created",t,e),t})()}async deleteKey(e=""){var t,n;return n=this.instances[e],this.connection&&(t=await this.connection.__runCommand__(["del",...A.allKeys(`${this.id}-${e}`)])),null!=n&&(delete this.instances[e],await n.disconnect()),null!=n||t>0}limiters(){var e,t,n,r;for(e in n=[],t=this.instances)r=t[e],n.push({key:e,limiter:r});return n}keys(){return Object.keys(this.instances)}async clusterKeys(){var e,t,n,r,s,i,o,a;if(null==this.connection)return this.Promise.resolve(this.keys());for(s=[],e=null,a=`b_${this.id}-`.length;0!==e;)for([o,t]=await this.connection.__runCommand__(["scan",null!=e?e:0,"match",`b_${this.id}-*_settings`,"count",1e4]),e=~~o,n=0,i=t.length;n<i;n++)r=t[n],s.push(r.slice(a,-9));return s}_startAutoCleanup(){var e;return clearInterval(this.interval),"function"==typeof(e=this.interval=setInterval(async()=>{var e,t,n,r,s,i;for(t in s=Date.now(),r=[],n=this.instances){i=n[t];try{await i._store.__groupCheck__(s)?r.push(this.deleteKey(t)):r.push(void 0)}catch(t){e=t,r.push(i.Events.trigger("error",e))}}return r},this.timeout/2)).unref?e.unref():void 0}updateSettings(e={}){if(b.overwrite(e,this.defaults,this),b.overwrite(e,e,this.limiterOptions),null!=e.timeout)return this._startAutoCleanup()}disconnect(e=!0){var t;if(!this.sharedConnection)return null!=(t=this.connection)?t.disconnect(e):void 0}}return e.prototype.defaults={timeout:3e5,connection:null,Promise:Promise,id:"group-key"},e}.call(n);S=r,N=i;var x,L,k,R,P,G,M,H,U,j,J=function(){class e{constructor(e={}){this.options=e,S.load(this.options,this.defaults,this),this.Events=new N(this),this._arr=[],this._resetPromise(),this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((e,t)=>this._resolve=e)}_flush(){return clearTimeout(this._timeout),this._lastFlush=Date.now(),this._resolve(),this.Events.trigger("batch",this._arr),this._arr=[],this._resetPromise()}add(e){var t;return this._arr.push(e),t=this._promise,this._arr.length===this.maxSize?this._flush():null!=this.maxTime&&1===this._arr.length&&(this._timeout=setTimeout(()=>this._flush(),this.maxTime)),t}}return e.prototype.defaults={maxTime:null,maxSize:null,Promise:Promise},e}.call(n),z=(x=F)&&x.default||x,Q=[].splice;j=r,G=u,R=f,P=d,M=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),k=i,H=m,U=w,L=function(){class e{constructor(t={},...n){var r,s;this._addToQueue=this._addToQueue.bind(this),this._validateOptions(t,n),j.load(t,this.instanceDefaults,this),this._queues=new G(10),this._scheduled={},this._states=new H(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[])),this._limiter=null,this.Events=new k(this),this._submitLock=new U("submit",this.Promise),this._registerLock=new U("register",this.Promise),s=j.load(t,this.storeDefaults,{}),this._store=function(){if("redis"===this.datastore||"ioredis"===this.datastore||null!=this.connection)return r=j.load(t,this.redisStoreDefaults,{}),new M(this,s,r);if("local"===this.datastore)return r=j.load(t,this.localStoreDefaults,{}),new P(this,s,r);throw new e.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}.call(this),this._queues.on("leftzero",()=>{var e;return null!=(e=this._store.heartbeat)&&"function"==typeof e.ref?e.ref():void 0}),this._queues.on("zero",()=>{var e;return null!=(e=this._store.heartbeat)&&"function"==typeof e.unref?e.unref():void 0})}_validateOptions(t,n){if(null==t||"object"!=typeof t||0!==n.length)throw new e.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(e){return this._store.__publish__(e)}disconnect(e=!0){return this._store.__disconnect__(e)}chain(e){return this._limiter=e,this}queued(e){return this._queues.queued(e)}clusterQueued(){return this._store.__queued__()}empty(){return 0===this.queued()&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(e){return this._states.jobStatus(e)}jobs(e){return this._states.statusJobs(e)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(e=1){return this._store.__check__(e)}_clearGlobalState(e){return null!=this._scheduled[e]&&(clearTimeout(this._scheduled[e].expiration),delete this._scheduled[e],!0)}async _free(e,t,n,r){var s,i;try{if(({running:i}=await this._store.__free__(e,n.weight)),this.Events.trigger("debug",`Freed ${n.id}`,r),0===i&&this.empty())return this.Events.trigger("idle")}catch(e){return s=e,this.Events.trigger("error",s)}}_run(e,t,n){var r,s,i;return t.doRun(),r=this._clearGlobalState.bind(this,e),i=this._run.bind(this,e,t),s=this._free.bind(this,e,t),this._scheduled[e]={timeout:setTimeout(()=>t.doExecute(this._limiter,r,i,s),n),expiration:null!=t.options.expiration?setTimeout(function(){return t.doExpire(r,i,s)},n+t.options.expiration):void 0,job:t}}_drainOne(e){return this._registerLock.schedule(()=>{var t,n,r,s,i;return 0===this.queued()?this.Promise.resolve(null):(i=this._queues.getFirst(),({options:s,args:t}=r=i.first()),null!=e&&s.weight>e?this.Promise.resolve(null):(this.Events.trigger("debug",`Draining ${s.id}`,{args:t,options:s}),n=this._randomIndex(),this._store.__register__(n,s.weight,s.expiration).then(({success:e,wait:o,reservoir:a})=>{var B;return this.Events.trigger("debug",`Drained ${s.id}`,{success:e,args:t,options:s}),e?(i.shift(),(B=this.empty())&&this.Events.trigger("empty"),0===a&&this.Events.trigger("depleted",B),this._run(n,r,o),this.Promise.resolve(s.weight)):this.Promise.resolve(null)})))})}_drainAll(e,t=0){return this._drainOne(e).then(n=>{var r;return null!=n?(r=null!=e?e-n:e,this._drainAll(r,t+n)):this.Promise.resolve(t)}).catch(e=>this.Events.trigger("error",e))}_dropAllQueued(e){return this._queues.shiftAll(function(t){return t.doDrop({message:e})})}stop(t={}){var n,r;return t=j.load(t,this.stopDefaults),r=e=>{var t;return t=()=>{var t;return(t=this._states.counts)[0]+t[1]+t[2]+t[3]===e},new this.Promise((e,n)=>t()?e():this.on("done",()=>{if(t())return this.removeAllListeners("done"),e()}))},n=t.dropWaitingJobs?(this._run=function(e,n){return n.doDrop({message:t.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var e,n,s;for(e in n=this._scheduled)s=n[e],"RUNNING"===this.jobStatus(s.job.options.id)&&(clearTimeout(s.timeout),clearTimeout(s.expiration),s.job.doDrop({message:t.dropErrorMessage}));return this._dropAllQueued(t.dropErrorMessage),r(0)}))):this.schedule({priority:9,weight:0},()=>r(1)),this._receive=function(n){return n._reject(new e.prototype.BottleneckError(t.enqueueErrorMessage))},this.stop=()=>this.Promise.reject(new e.prototype.BottleneckError("stop() has already been called")),n}async _addToQueue(t){var n,r,s,i,o,a,B;({args:n,options:i}=t);try{({reachedHWM:o,blocked:r,strategy:B}=await this._store.__submit__(this.queued(),i.weight))}catch(e){return s=e,this.Events.trigger("debug",`Could not queue ${i.id}`,{args:n,options:i,error:s}),t.doDrop({error:s}),!1}return r?(t.doDrop(),!0):o&&(null!=(a=B===e.prototype.strategy.LEAK?this._queues.shiftLastFrom(i.priority):B===e.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(i.priority+1):B===e.prototype.strategy.OVERFLOW?t:void 0)&&a.doDrop(),null==a||B===e.prototype.strategy.OVERFLOW)?(null==a&&t.doDrop(),o):(t.doQueue(o,r),this._queues.push(t),await this._drainAll(),o)}_receive(t){return null!=this._states.jobStatus(t.options.id)?(t._reject(new e.prototype.BottleneckError(`A job with the same id already exists (id=${t.options.id})`)),!1):(t.doReceive(),this._submitLock.schedule(this._addToQueue,t))}submit(...e){var t,n,r,s,i,o,a;return"function"==typeof e[0]?(i=e,[n,...e]=i,[t]=Q.call(e,-1),s=j.load({},this.jobDefaults)):(o=e,[s,n,...e]=o,[t]=Q.call(e,-1),s=j.load(s,this.jobDefaults)),a=(...e)=>new this.Promise(function(t,r){return n(...e,function(...e){return(null!=e[0]?r:t)(e)})}),(r=new R(a,e,s,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise)).promise.then(function(e){return"function"==typeof t?t(...e):void 0}).catch(function(e){return Array.isArray(e)?"function"==typeof t?t(...e):void 0:"function"==typeof t?t(e):void 0}),this._receive(r)}schedule(...e){var t,n,r;return"function"==typeof e[0]?([r,...e]=e,n={}):[n,r,...e]=e,t=new R(r,e,n,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),this._receive(t),t.promise}wrap(e){var t,n;return t=this.schedule.bind(this),(n=function(...n){return t(e.bind(this),...n)}).withOptions=function(n,...r){return t(n,e,...r)},n}async updateSettings(e={}){return await this._store.__updateSettings__(j.overwrite(e,this.storeDefaults)),j.overwrite(e,this.instanceDefaults,this),this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(e=0){return this._store.__incrementReservoir__(e)}}return e.default=e,e.Events=k,e.version=e.prototype.version=z.version,e.strategy=e.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3},e.BottleneckError=e.prototype.BottleneckError=c,e.Group=e.prototype.Group=T,e.RedisConnection=e.prototype.RedisConnection=O,e.IORedisConnection=e.prototype.IORedisConnection=_,e.Batcher=e.prototype.Batcher=J,e.prototype.jobDefaults={priority:5,weight:1,expiration:null,id:"<no-id>"},e.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:e.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null},e.prototype.localStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:250},e.prototype.redisStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:!1,connection:null},e.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:!0,trackDoneStatus:!1,Promise:Promise},e.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:!0,dropErrorMessage:"This limiter has been stopped."},e}.call(n);var q=L;return q},e.exports=t()},98502:(e,t,n)=>{const r=n(52176),s=n(69307),i=n(21921),o=n(94740),a=n(88023),B=n(75563),u=n(59061);e.exports={Bar:r,SingleBar:r,MultiBar:s,Presets:i,Format:{Formatter:o,BarFormat:B,ValueFormat:a,TimeFormat:u}}},44250:e=>{e.exports=class{constructor(e,t,n){this.etaBufferLength=e||100,this.valueBuffer=[n],this.timeBuffer=[t],this.eta="0"}update(e,t,n){this.valueBuffer.push(t),this.timeBuffer.push(e),this.calculate(n-t)}getTime(){return this.eta}calculate(e){const t=this.valueBuffer.length,n=Math.min(this.etaBufferLength,t),r=(this.valueBuffer[t-1]-this.valueBuffer[t-n])/(this.timeBuffer[t-1]-this.timeBuffer[t-n]);this.valueBuffer=this.valueBuffer.slice(-this.etaBufferLength),this.timeBuffer=this.timeBuffer.slice(-this.etaBufferLength);const s=Math.ceil(e/r/1e3);isNaN(s)?this.eta="NULL":isFinite(s)?this.eta=s>1e7?"INF":s<0?0:s:this.eta="INF"}}},75563:e=>{e.exports=function(e,t){const n=Math.round(e*t.barsize),r=t.barsize-n;return t.barCompleteString.substr(0,n)+t.barGlue+t.barIncompleteString.substr(0,r)}},59061:e=>{e.exports=function(e,t,n){function r(e){return n?n*Math.round(e/n):e}function s(e){return(t.autopaddingChar+e).slice(-2)}return e>3600?s(Math.floor(e/3600))+"h"+s(r(e%3600/60))+"m":e>60?s(Math.floor(e/60))+"m"+s(r(e%60))+"s":e>10?s(r(e))+"s":s(e)+"s"}},88023:e=>{e.exports=function(e,t,n){if(!0!==t.autopadding)return e;return"percentage"===n?(r=e,s=3,(t.autopaddingChar+r).slice(-s)):e;var r,s}},94740:(e,t,n)=>{const r=n(60060),s=n(88023),i=n(75563),o=n(59061);e.exports=function(e,t,n){let a=e.format;const B=e.formatTime||o,u=e.formatValue||s,c=e.formatBar||i,l=Math.floor(100*t.progress)+"",h=t.stopTime||Date.now(),f=Math.round((h-t.startTime)/1e3),p=Object.assign({},n,{bar:c(t.progress,e),percentage:u(l,e,"percentage"),total:u(t.total,e,"total"),value:u(t.value,e,"value"),eta:u(t.eta,e,"eta"),eta_formatted:B(t.eta,e,5),duration:u(f,e,"duration"),duration_formatted:B(f,e,1)});a=a.replace(/\{(\w+)\}/g,function(e,t){return void 0!==p[t]?p[t]:e});const C=Math.max(0,t.maxWidth-r(a)-2),d=Math.floor(C/2);switch(e.align){case"right":a=C>0?" ".repeat(C)+a:a;break;case"center":a=d>0?" ".repeat(d)+a:a}return a}},75123:(e,t,n)=>{const r=n(44250),s=n(7748),i=n(94740),o=n(31596),a=n(24434);e.exports=class extends a{constructor(e){super(),this.options=o.assignDerivedOptions(e),this.terminal=this.options.terminal?this.options.terminal:new s(this.options.stream),this.value=0,this.startValue=0,this.total=100,this.lastDrawnString=null,this.startTime=null,this.stopTime=null,this.lastRedraw=Date.now(),this.eta=new r(this.options.etaBufferLength,0,0),this.payload={},this.isActive=!1,this.formatter="function"==typeof this.options.format?this.options.format:i}render(e=!1){const t={progress:this.getProgress(),eta:this.eta.getTime(),startTime:this.startTime,stopTime:this.stopTime,total:this.total,value:this.value,maxWidth:this.terminal.getWidth()};this.options.etaAsynchronousUpdate&&this.updateETA();const n=this.formatter(this.options,t,this.payload);(e||this.options.forceRedraw||this.options.noTTYOutput&&!this.terminal.isTTY()||this.lastDrawnString!=n)&&(this.emit("redraw-pre"),this.terminal.cursorTo(0,null),this.terminal.write(n),this.terminal.clearRight(),this.lastDrawnString=n,this.lastRedraw=Date.now(),this.emit("redraw-post"))}start(e,t,n){this.value=t||0,this.total=void 0!==e&&e>=0?e:100,this.startValue=t||0,this.payload=n||{},this.startTime=Date.now(),this.stopTime=null,this.lastDrawnString="",this.eta=new r(this.options.etaBufferLength,this.startTime,this.value),this.isActive=!0,this.emit("start",e,t)}stop(){this.isActive=!1,this.stopTime=Date.now(),this.emit("stop",this.total,this.value)}update(e,t={}){"number"==typeof e&&(this.value=e,this.eta.update(Date.now(),e,this.total));const n=("object"==typeof e?e:t)||{};this.emit("update",this.total,this.value);for(const e in n)this.payload[e]=n[e];this.value>=this.getTotal()&&this.options.stopOnComplete&&this.stop()}getProgress(){let e=this.value/this.total;return this.options.progressCalculationRelative&&(e=(this.value-this.startValue)/(this.total-this.startValue)),isNaN(e)&&(e=this.options&&this.options.emptyOnZero?0:1),e=Math.min(Math.max(e,0),1),e}increment(e=1,t={}){"object"==typeof e?this.update(this.value+1,e):this.update(this.value+e,t)}getTotal(){return this.total}setTotal(e){void 0!==e&&e>=0&&(this.total=e)}updateETA(){this.eta.update(Date.now(),this.value,this.total)}}},69307:(e,t,n)=>{const r=n(7748),s=n(75123),i=n(31596),o=n(24434);e.exports=class extends o{constructor(e,t){super(),this.bars=[],this.options=i.parse(e,t),this.options.synchronousUpdate=!1,this.terminal=this.options.terminal?this.options.terminal:new r(this.options.stream),this.timer=null,this.isActive=!1,this.schedulingRate=this.terminal.isTTY()?this.options.throttleTime:this.options.notTTYSchedule,this.loggingBuffer=[],this.sigintCallback=null}create(e,t,n,r={}){const i=new s(Object.assign({},this.options,{terminal:this.terminal},r));return this.bars.push(i),!1===this.options.noTTYOutput&&!1===this.terminal.isTTY()||(null===this.sigintCallback&&this.options.gracefulExit&&(this.sigintCallback=this.stop.bind(this),process.once("SIGINT",this.sigintCallback),process.once("SIGTERM",this.sigintCallback)),this.isActive||(!0===this.options.hideCursor&&this.terminal.cursor(!1),!1===this.options.linewrap&&this.terminal.lineWrapping(!1),this.timer=setTimeout(this.update.bind(this),this.schedulingRate)),this.isActive=!0,i.start(e,t,n),this.emit("start")),i}remove(e){const t=this.bars.indexOf(e);return!(t<0)&&(this.bars.splice(t,1),this.update(),this.terminal.newline(),this.terminal.clearBottom(),!0)}update(){if(this.timer&&(clearTimeout(this.timer),this.timer=null),this.emit("update-pre"),this.terminal.cursorRelativeReset(),this.emit("redraw-pre"),this.loggingBuffer.length>0)for(this.terminal.clearLine();this.loggingBuffer.length>0;)this.terminal.write(this.loggingBuffer.shift(),!0);for(let e=0;e<this.bars.length;e++)e>0&&this.terminal.newline(),this.bars[e].render();this.emit("redraw-post"),this.options.noTTYOutput&&!1===this.terminal.isTTY()&&(this.terminal.newline(),this.terminal.newline()),this.timer=setTimeout(this.update.bind(this),this.schedulingRate),this.emit("update-post"),this.options.stopOnComplete&&!this.bars.find(e=>e.isActive)&&this.stop()}stop(){if(clearTimeout(this.timer),this.timer=null,this.sigintCallback&&(process.removeListener("SIGINT",this.sigintCallback),process.removeListener("SIGTERM",this.sigintCallback),this.sigintCallback=null),this.isActive=!1,!0===this.options.hideCursor&&this.terminal.cursor(!0),!1===this.options.linewrap&&this.terminal.lineWrapping(!0),this.terminal.cursorRelativeReset(),this.emit("stop-pre-clear"),this.options.clearOnComplete)this.terminal.clearBottom();else{for(let e=0;e<this.bars.length;e++)e>0&&this.terminal.newline(),this.bars[e].render(),this.bars[e].stop();this.terminal.newline()}this.emit("stop")}log(e){this.loggingBuffer.push(e)}}},31596:e=>{function t(e,t){return null==e?t:e}e.exports={parse:function(e,n){const r={},s=Object.assign({},n,e);return r.throttleTime=1e3/t(s.fps,10),r.stream=t(s.stream,process.stderr),r.terminal=t(s.terminal,null),r.clearOnComplete=t(s.clearOnComplete,!1),r.stopOnComplete=t(s.stopOnComplete,!1),r.barsize=t(s.barsize,40),r.align=t(s.align,"left"),r.hideCursor=t(s.hideCursor,!1),r.linewrap=t(s.linewrap,!1),r.barGlue=t(s.barGlue,""),r.barCompleteChar=t(s.barCompleteChar,"="),r.barIncompleteChar=t(s.barIncompleteChar,"-"),r.format=t(s.format,"progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}"),r.formatTime=t(s.formatTime,null),r.formatValue=t(s.formatValue,null),r.formatBar=t(s.formatBar,null),r.etaBufferLength=t(s.etaBuffer,10),r.etaAsynchronousUpdate=t(s.etaAsynchronousUpdate,!1),r.progressCalculationRelative=t(s.progressCalculationRelative,!1),r.synchronousUpdate=t(s.synchronousUpdate,!0),r.noTTYOutput=t(s.noTTYOutput,!1),r.notTTYSchedule=t(s.notTTYSchedule,2e3),r.emptyOnZero=t(s.emptyOnZero,!1),r.forceRedraw=t(s.forceRedraw,!1),r.autopadding=t(s.autopadding,!1),r.gracefulExit=t(s.gracefulExit,!1),r},assignDerivedOptions:function(e){return e.barCompleteString=e.barCompleteChar.repeat(e.barsize+1),e.barIncompleteString=e.barIncompleteChar.repeat(e.barsize+1),e.autopaddingChar=e.autopadding?t(e.autopaddingChar,"   "):"",e}}},52176:(e,t,n)=>{const r=n(75123),s=n(31596);e.exports=class extends r{constructor(e,t){super(s.parse(e,t)),this.timer=null,this.options.noTTYOutput&&!1===this.terminal.isTTY()&&(this.options.synchronousUpdate=!1),this.schedulingRate=this.terminal.isTTY()?this.options.throttleTime:this.options.notTTYSchedule,this.sigintCallback=null}render(){this.timer&&(clearTimeout(this.timer),this.timer=null),super.render(),this.options.noTTYOutput&&!1===this.terminal.isTTY()&&this.terminal.newline(),this.timer=setTimeout(this.render.bind(this),this.schedulingRate)}update(e,t){this.timer&&(super.update(e,t),this.options.synchronousUpdate&&this.lastRedraw+2*this.options.throttleTime<Date.now()&&this.render())}start(e,t,n){!1===this.options.noTTYOutput&&!1===this.terminal.isTTY()||(null===this.sigintCallback&&this.options.gracefulExit&&(this.sigintCallback=this.stop.bind(this),process.once("SIGINT",this.sigintCallback),process.once("SIGTERM",this.sigintCallback)),this.terminal.cursorSave(),!0===this.options.hideCursor&&this.terminal.cursor(!1),!1===this.options.linewrap&&this.terminal.lineWrapping(!1),super.start(e,t,n),this.render())}stop(){this.timer&&(this.sigintCallback&&(process.removeListener("SIGINT",this.sigintCallback),process.removeListener("SIGTERM",this.sigintCallback),this.sigintCallback=null),this.render(),super.stop(),clearTimeout(this.timer),this.timer=null,!0===this.options.hideCursor&&this.terminal.cursor(!0),!1===this.options.linewrap&&this.terminal.lineWrapping(!0),this.terminal.cursorRestore(),this.options.clearOnComplete?(this.terminal.cursorTo(0,null),this.terminal.clearLine()):this.terminal.newline())}}},7748:(e,t,n)=>{const r=n(23785);e.exports=class{constructor(e){this.stream=e,this.linewrap=!0,this.dy=0}cursorSave(){this.stream.isTTY&&this.stream.write("7")}cursorRestore(){this.stream.isTTY&&this.stream.write("8")}cursor(e){this.stream.isTTY&&(e?this.stream.write("[?25h"):this.stream.write("[?25l"))}cursorTo(e=null,t=null){this.stream.isTTY&&r.cursorTo(this.stream,e,t)}cursorRelative(e=null,t=null){this.stream.isTTY&&(this.dy=this.dy+t,r.moveCursor(this.stream,e,t))}cursorRelativeReset(){this.stream.isTTY&&(r.moveCursor(this.stream,0,-this.dy),r.cursorTo(this.stream,0,null),this.dy=0)}clearRight(){this.stream.isTTY&&r.clearLine(this.stream,1)}clearLine(){this.stream.isTTY&&r.clearLine(this.stream,0)}clearBottom(){this.stream.isTTY&&r.clearScreenDown(this.stream)}newline(){this.stream.write("\n"),this.dy++}write(e,t=!1){!0===this.linewrap&&!1===t?this.stream.write(e.substr(0,this.getWidth())):this.stream.write(e)}lineWrapping(e){this.stream.isTTY&&(this.linewrap=e,e?this.stream.write("[?7h"):this.stream.write("[?7l"))}isTTY(){return!0===this.stream.isTTY}getWidth(){return this.stream.columns||(this.stream.isTTY?80:200)}}},21921:(e,t,n)=>{const r=n(34874),s=n(88170),i=n(63351),o=n(68879);e.exports={legacy:r,shades_classic:s,shades_grey:i,rect:o}},34874:e=>{e.exports={format:"progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}",barCompleteChar:"=",barIncompleteChar:"-"}},68879:e=>{e.exports={format:" {bar}■ {percentage}% | ETA: {eta}s | {value}/{total}",barCompleteChar:"■",barIncompleteChar:" "}},88170:e=>{e.exports={format:" {bar} {percentage}% | ETA: {eta}s | {value}/{total}",barCompleteChar:"█",barIncompleteChar:"░"}},63351:e=>{e.exports={format:" [90m{bar}[0m {percentage}% | ETA: {eta}s | {value}/{total}",barCompleteChar:"█",barIncompleteChar:"░"}},50872:e=>{e.exports=function(){return/\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g}},21916:(e,t)=>{t.Io=void 0;var n=new Uint32Array(65536),r=function(e,t){if(e.length<t.length){var r=t;t=e,e=r}return 0===t.length?e.length:e.length<=32?function(e,t){for(var r=e.length,s=t.length,i=1<<r-1,o=-1,a=0,B=r,u=r;u--;)n[e.charCodeAt(u)]|=1<<u;for(u=0;u<s;u++){var c=n[t.charCodeAt(u)],l=c|a;(a|=~((c|=(c&o)+o^o)|o))&i&&B++,(o&=c)&i&&B--,o=o<<1|~(l|(a=a<<1|1)),a&=l}for(u=r;u--;)n[e.charCodeAt(u)]=0;return B}(e,t):function(e,t){for(var r=t.length,s=e.length,i=[],o=[],a=Math.ceil(r/32),B=Math.ceil(s/32),u=0;u<a;u++)o[u]=-1,i[u]=0;for(var c=0;c<B-1;c++){for(var l=0,h=-1,f=32*c,p=Math.min(32,s)+f,C=f;C<p;C++)n[e.charCodeAt(C)]|=1<<C;for(u=0;u<r;u++){var d=n[t.charCodeAt(u)],g=o[u/32|0]>>>u&1,m=d|l,D=h&(I=((d|(v=i[u/32|0]>>>u&1))&h)+h^h|d|v);(F=l|~(I|h))>>>31^g&&(o[u/32|0]^=1<<u),D>>>31^v&&(i[u/32|0]^=1<<u),h=(D=D<<1|v)|~(m|(F=F<<1|g)),l=F&m}for(C=f;C<p;C++)n[e.charCodeAt(C)]=0}var E=0,y=-1,A=32*c,b=Math.min(32,s-A)+A;for(C=A;C<b;C++)n[e.charCodeAt(C)]|=1<<C;var w=s;for(u=0;u<r;u++){var v,I,F;d=n[t.charCodeAt(u)],g=o[u/32|0]>>>u&1,m=d|E,w+=(F=E|~((I=((d|(v=i[u/32|0]>>>u&1))&y)+y^y|d|v)|y))>>>s-1&1,w-=(D=y&I)>>>s-1&1,F>>>31^g&&(o[u/32|0]^=1<<u),D>>>31^v&&(i[u/32|0]^=1<<u),y=(D=D<<1|v)|~(m|(F=F<<1|g)),E=F&m}for(C=A;C<b;C++)n[e.charCodeAt(C)]=0;return w}(e,t)};t.Io=r},4519:e=>{const t=e=>!Number.isNaN(e)&&(e>=4352&&(e<=4447||9001===e||9002===e||11904<=e&&e<=12871&&12351!==e||12880<=e&&e<=19903||19968<=e&&e<=42182||43360<=e&&e<=43388||44032<=e&&e<=55203||63744<=e&&e<=64255||65040<=e&&e<=65049||65072<=e&&e<=65131||65281<=e&&e<=65376||65504<=e&&e<=65510||110592<=e&&e<=110593||127488<=e&&e<=127569||131072<=e&&e<=262141));e.exports=t,e.exports.default=t},14006:(e,t,n)=>{const r=n(98016),s=n(64059);function i(e,t,n=!1){return!t||null!==t.windows&&void 0!==t.windows||(t={...t,windows:s.isWindows()}),r(e,t,n)}Object.assign(i,r),e.exports=i},5595:e=>{const t="\\\\/",n=`[^${t}]`,r="\\.",s="\\/",i="[^/]",o=`(?:${s}|$)`,a=`(?:^|${s})`,B=`${r}{1,2}${o}`,u={DOT_LITERAL:r,PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:s,ONE_CHAR:"(?=.)",QMARK:i,END_ANCHOR:o,DOTS_SLASH:B,NO_DOT:`(?!${r})`,NO_DOTS:`(?!${a}${B})`,NO_DOT_SLASH:`(?!${r}{0,1}${o})`,NO_DOTS_SLASH:`(?!${B})`,QMARK_NO_DOT:`[^.${s}]`,STAR:`${i}*?`,START_ANCHOR:a,SEP:"/"},c={...u,SLASH_LITERAL:`[${t}]`,QMARK:n,STAR:`${n}*?`,DOTS_SLASH:`${r}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${r})`,NO_DOTS:`(?!(?:^|[${t}])${r}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${r}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${r}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:65536,POSIX_REGEX_SOURCE:{__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"},REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars:e=>({"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}),globChars:e=>!0===e?c:u}},78265:(e,t,n)=>{const r=n(5595),s=n(64059),{MAX_LENGTH:i,POSIX_REGEX_SOURCE:o,REGEX_NON_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_BACKREF:B,REPLACEMENTS:u}=r,c=(e,t)=>{if("function"==typeof t.expandRange)return t.expandRange(...e,t);e.sort();const n=`[${e.join("-")}]`;try{new RegExp(n)}catch(t){return e.map(e=>s.escapeRegex(e)).join("..")}return n},l=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,h=e=>{const t=[];let n=0,r=0,s=0,i="",o=!1;for(const a of e)if(!0!==o)if("\\"!==a)if('"'!==a){if(0===s)if("["===a)n++;else if("]"===a&&n>0)n--;else if(0===n)if("("===a)r++;else if(")"===a&&r>0)r--;else if("|"===a&&0===r){t.push(i),i="";continue}i+=a}else s=1===s?0:1,i+=a;else i+=a,o=!0;else i+=a,o=!1;return t.push(i),t},f=e=>{let t=e.trim(),n=!0;for(;!0===n;)n=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),n=!0);if((e=>{let t=!1;for(const n of e)if(!0!==t)if("\\"!==n){if(/[?*+@!()[\]{}]/.test(n))return!1}else t=!0;else t=!1;return!0})(t))return t.replace(/\\(.)/g,"$1")},p=(e,t=!0)=>{if("+"!==e[0]&&"*"!==e[0]||"("!==e[1])return;let n=0,r=0,s=0,i=!1;for(let o=1;o<e.length;o++){const a=e[o];if(!0!==i)if("\\"!==a)if('"'!==a){if(1!==s)if("["!==a){if("]"===a&&n>0)n--;else if(!(n>0))if("("!==a){if(")"===a&&(r--,0===r)){if(!0===t&&o!==e.length-1)return;return{type:e[0],body:e.slice(2,o),end:o}}}else r++}else n++}else s=1===s?0:1;else i=!0;else i=!1}},C=e=>{let t=0;const n=[];for(;t<e.length;){const r=p(e.slice(t),!1);if(!r||"*"!==r.type)return;const s=h(r.body).map(e=>e.trim());if(1!==s.length)return;const i=f(s[0]);if(!i||1!==i.length)return;n.push(i),t+=r.end+1}if(!(n.length<1))return n},d=e=>{let t=0,n=e.trim(),r=p(n);for(;r;)t++,n=r.body.trim(),r=p(n);return t},g=(e,t)=>{if(!1===t.maxExtglobRecursion)return{risky:!1};const n="number"==typeof t.maxExtglobRecursion?t.maxExtglobRecursion:r.DEFAULT_MAX_EXTGLOB_RECURSION,i=h(e).map(e=>e.trim());if(i.length>1&&(i.some(e=>""===e)||i.some(e=>/^[*?]+$/.test(e))||(e=>{const t=e.map(f).filter(Boolean);for(let e=0;e<t.length;e++)for(let n=e+1;n<t.length;n++){const r=t[e],s=t[n],i=r[0];if(i&&r===i.repeat(r.length)&&s===i.repeat(s.length)&&(r===s||r.startsWith(s)||s.startsWith(r)))return!0}return!1})(i)))return{risky:!0};const o=[];let a=!1,B=!0;for(const e of i){const t=C(e);if(t){a=!0,o.push(...t);continue}const r=f(e);if(r&&1===r.length)o.push(r);else if(B=!1,d(e)>n)return{risky:!0}}return a?B?{risky:!0,safeOutput:(u=[...new Set(o)],`${1===u.length?s.escapeRegex(u[0]):`[${u.map(e=>s.escapeRegex(e)).join("")}]`}*`)}:{risky:!0}:{risky:!1};var u},m=(e,t)=>{if("string"!=typeof e)throw new TypeError("Expected a string");e=u[e]||e;const n={...t},h="number"==typeof n.maxLength?Math.min(i,n.maxLength):i;let f=e.length;if(f>h)throw new SyntaxError(`Input length: ${f}, exceeds maximum allowed length: ${h}`);const p={type:"bos",value:"",output:n.prepend||""},C=[p],d=n.capture?"":"?:",D=r.globChars(n.windows),E=r.extglobChars(D),{DOT_LITERAL:y,PLUS_LITERAL:A,SLASH_LITERAL:b,ONE_CHAR:w,DOTS_SLASH:v,NO_DOT:I,NO_DOT_SLASH:F,NO_DOTS_SLASH:O,QMARK:_,QMARK_NO_DOT:N,STAR:S,START_ANCHOR:T}=D,x=e=>`(${d}(?:(?!${T}${e.dot?v:y}).)*?)`,L=n.dot?"":I,k=n.dot?_:N;let R=!0===n.bash?x(n):S;n.capture&&(R=`(${R})`),"boolean"==typeof n.noext&&(n.noextglob=n.noext);const P={input:e,index:-1,start:0,dot:!0===n.dot,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:C};e=s.removePrefix(e,P),f=e.length;const G=[],M=[],H=[];let U,j=p;const J=()=>P.index===f-1,z=P.peek=(t=1)=>e[P.index+t],Q=P.advance=()=>e[++P.index]||"",q=()=>e.slice(P.index+1),Y=(e="",t=0)=>{P.consumed+=e,P.index+=t},K=e=>{P.output+=null!=e.output?e.output:e.value,Y(e.value)},V=()=>{let e=1;for(;"!"===z()&&("("!==z(2)||"?"===z(3));)Q(),P.start++,e++;return e%2!=0&&(P.negated=!0,P.start++,!0)},W=e=>{P[e]++,H.push(e)},Z=e=>{P[e]--,H.pop()},X=e=>{if("globstar"===j.type){const t=P.braces>0&&("comma"===e.type||"brace"===e.type),n=!0===e.extglob||G.length&&("pipe"===e.type||"paren"===e.type);"slash"===e.type||"paren"===e.type||t||n||(P.output=P.output.slice(0,-j.output.length),j.type="star",j.value="*",j.output=R,P.output+=j.output)}if(G.length&&"paren"!==e.type&&(G[G.length-1].inner+=e.value),(e.value||e.output)&&K(e),j&&"text"===j.type&&"text"===e.type)return j.output=(j.output||j.value)+e.value,void(j.value+=e.value);e.prev=j,C.push(e),j=e},$=(e,t)=>{const r={...E[t],conditions:1,inner:""};r.prev=j,r.parens=P.parens,r.output=P.output,r.startIndex=P.index,r.tokensIndex=C.length;const s=(n.capture?"(":"")+r.open;W("parens"),X({type:e,value:t,output:P.output?"":w}),X({type:"paren",extglob:!0,value:Q(),output:s}),G.push(r)},ee=r=>{const i=e.slice(r.startIndex,P.index+1),o=e.slice(r.startIndex+2,P.index),a=g(o,n);if(("plus"===r.type||"star"===r.type)&&a.risky){const e=a.safeOutput?(r.output?"":w)+(n.capture?`(${a.safeOutput})`:a.safeOutput):void 0,t=C[r.tokensIndex];t.type="text",t.value=i,t.output=e||s.escapeRegex(i);for(let e=r.tokensIndex+1;e<C.length;e++)C[e].value="",C[e].output="",delete C[e].suffix;return P.output=r.output+t.output,P.backtrack=!0,X({type:"paren",extglob:!0,value:U,output:""}),void Z("parens")}let B,u=r.close+(n.capture?")":"");if("negate"===r.type){let e=R;if(r.inner&&r.inner.length>1&&r.inner.includes("/")&&(e=x(n)),(e!==R||J()||/^\)+$/.test(q()))&&(u=r.close=`)$))${e}`),r.inner.includes("*")&&(B=q())&&/^\.[^\\/.]+$/.test(B)){const n=m(B,{...t,fastpaths:!1}).output;u=r.close=`)${n})${e})`}"bos"===r.prev.type&&(P.negatedExtglob=!0)}X({type:"paren",extglob:!0,value:U,output:u}),Z("parens")};if(!1!==n.fastpaths&&!/(^[*!]|[/()[\]{}"])/.test(e)){let r=!1,i=e.replace(B,(e,t,n,s,i,o)=>"\\"===s?(r=!0,e):"?"===s?t?t+s+(i?_.repeat(i.length):""):0===o?k+(i?_.repeat(i.length):""):_.repeat(n.length):"."===s?y.repeat(n.length):"*"===s?t?t+s+(i?R:""):R:t?e:`\\${e}`);return!0===r&&(i=!0===n.unescape?i.replace(/\\/g,""):i.replace(/\\+/g,e=>e.length%2==0?"\\\\":e?"\\":"")),i===e&&!0===n.contains?(P.output=e,P):(P.output=s.wrapOutput(i,P,t),P)}for(;!J();){if(U=Q(),"\0"===U)continue;if("\\"===U){const e=z();if("/"===e&&!0!==n.bash)continue;if("."===e||";"===e)continue;if(!e){U+="\\",X({type:"text",value:U});continue}const t=/^\\+/.exec(q());let r=0;if(t&&t[0].length>2&&(r=t[0].length,P.index+=r,r%2!=0&&(U+="\\")),!0===n.unescape?U=Q():U+=Q(),0===P.brackets){X({type:"text",value:U});continue}}if(P.brackets>0&&("]"!==U||"["===j.value||"[^"===j.value)){if(!1!==n.posix&&":"===U){const e=j.value.slice(1);if(e.includes("[")&&(j.posix=!0,e.includes(":"))){const e=j.value.lastIndexOf("["),t=j.value.slice(0,e),n=j.value.slice(e+2),r=o[n];if(r){j.value=t+r,P.backtrack=!0,Q(),p.output||1!==C.indexOf(j)||(p.output=w);continue}}}("["===U&&":"!==z()||"-"===U&&"]"===z())&&(U=`\\${U}`),"]"!==U||"["!==j.value&&"[^"!==j.value||(U=`\\${U}`),!0===n.posix&&"!"===U&&"["===j.value&&(U="^"),j.value+=U,K({value:U});continue}if(1===P.quotes&&'"'!==U){U=s.escapeRegex(U),j.value+=U,K({value:U});continue}if('"'===U){P.quotes=1===P.quotes?0:1,!0===n.keepQuotes&&X({type:"text",value:U});continue}if("("===U){W("parens"),X({type:"paren",value:U});continue}if(")"===U){if(0===P.parens&&!0===n.strictBrackets)throw new SyntaxError(l("opening","("));const e=G[G.length-1];if(e&&P.parens===e.parens+1){ee(G.pop());continue}X({type:"paren",value:U,output:P.parens?")":"\\)"}),Z("parens");continue}if("["===U){if(!0!==n.nobracket&&q().includes("]"))W("brackets");else{if(!0!==n.nobracket&&!0===n.strictBrackets)throw new SyntaxError(l("closing","]"));U=`\\${U}`}X({type:"bracket",value:U});continue}if("]"===U){if(!0===n.nobracket||j&&"bracket"===j.type&&1===j.value.length){X({type:"text",value:U,output:`\\${U}`});continue}if(0===P.brackets){if(!0===n.strictBrackets)throw new SyntaxError(l("opening","["));X({type:"text",value:U,output:`\\${U}`});continue}Z("brackets");const e=j.value.slice(1);if(!0===j.posix||"^"!==e[0]||e.includes("/")||(U=`/${U}`),j.value+=U,K({value:U}),!1===n.literalBrackets||s.hasRegexChars(e))continue;const t=s.escapeRegex(j.value);if(P.output=P.output.slice(0,-j.value.length),!0===n.literalBrackets){P.output+=t,j.value=t;continue}j.value=`(${d}${t}|${j.value})`,P.output+=j.value;continue}if("{"===U&&!0!==n.nobrace){W("braces");const e={type:"brace",value:U,output:"(",outputIndex:P.output.length,tokensIndex:P.tokens.length};M.push(e),X(e);continue}if("}"===U){const e=M[M.length-1];if(!0===n.nobrace||!e){X({type:"text",value:U,output:U});continue}let t=")";if(!0===e.dots){const e=C.slice(),r=[];for(let t=e.length-1;t>=0&&(C.pop(),"brace"!==e[t].type);t--)"dots"!==e[t].type&&r.unshift(e[t].value);t=c(r,n),P.backtrack=!0}if(!0!==e.comma&&!0!==e.dots){const n=P.output.slice(0,e.outputIndex),r=P.tokens.slice(e.tokensIndex);e.value=e.output="\\{",U=t="\\}",P.output=n;for(const e of r)P.output+=e.output||e.value}X({type:"brace",value:U,output:t}),Z("braces"),M.pop();continue}if("|"===U){G.length>0&&G[G.length-1].conditions++,X({type:"text",value:U});continue}if(","===U){let e=U;const t=M[M.length-1];t&&"braces"===H[H.length-1]&&(t.comma=!0,e="|"),X({type:"comma",value:U,output:e});continue}if("/"===U){if("dot"===j.type&&P.index===P.start+1){P.start=P.index+1,P.consumed="",P.output="",C.pop(),j=p;continue}X({type:"slash",value:U,output:b});continue}if("."===U){if(P.braces>0&&"dot"===j.type){"."===j.value&&(j.output=y);const e=M[M.length-1];j.type="dots",j.output+=U,j.value+=U,e.dots=!0;continue}if(P.braces+P.parens===0&&"bos"!==j.type&&"slash"!==j.type){X({type:"text",value:U,output:y});continue}X({type:"dot",value:U,output:y});continue}if("?"===U){if(!(j&&"("===j.value)&&!0!==n.noextglob&&"("===z()&&"?"!==z(2)){$("qmark",U);continue}if(j&&"paren"===j.type){const e=z();let t=U;("("===j.value&&!/[!=<:]/.test(e)||"<"===e&&!/<([!=]|\w+>)/.test(q()))&&(t=`\\${U}`),X({type:"text",value:U,output:t});continue}if(!0!==n.dot&&("slash"===j.type||"bos"===j.type)){X({type:"qmark",value:U,output:N});continue}X({type:"qmark",value:U,output:_});continue}if("!"===U){if(!0!==n.noextglob&&"("===z()&&("?"!==z(2)||!/[!=<:]/.test(z(3)))){$("negate",U);continue}if(!0!==n.nonegate&&0===P.index){V();continue}}if("+"===U){if(!0!==n.noextglob&&"("===z()&&"?"!==z(2)){$("plus",U);continue}if(j&&"("===j.value||!1===n.regex){X({type:"plus",value:U,output:A});continue}if(j&&("bracket"===j.type||"paren"===j.type||"brace"===j.type)||P.parens>0){X({type:"plus",value:U});continue}X({type:"plus",value:A});continue}if("@"===U){if(!0!==n.noextglob&&"("===z()&&"?"!==z(2)){X({type:"at",extglob:!0,value:U,output:""});continue}X({type:"text",value:U});continue}if("*"!==U){"$"!==U&&"^"!==U||(U=`\\${U}`);const e=a.exec(q());e&&(U+=e[0],P.index+=e[0].length),X({type:"text",value:U});continue}if(j&&("globstar"===j.type||!0===j.star)){j.type="star",j.star=!0,j.value+=U,j.output=R,P.backtrack=!0,P.globstar=!0,Y(U);continue}let t=q();if(!0!==n.noextglob&&/^\([^?]/.test(t)){$("star",U);continue}if("star"===j.type){if(!0===n.noglobstar){Y(U);continue}const r=j.prev,s=r.prev,i="slash"===r.type||"bos"===r.type,o=s&&("star"===s.type||"globstar"===s.type);if(!0===n.bash&&(!i||t[0]&&"/"!==t[0])){X({type:"star",value:U,output:""});continue}const a=P.braces>0&&("comma"===r.type||"brace"===r.type),B=G.length&&("pipe"===r.type||"paren"===r.type);if(!i&&"paren"!==r.type&&!a&&!B){X({type:"star",value:U,output:""});continue}for(;"/**"===t.slice(0,3);){const n=e[P.index+4];if(n&&"/"!==n)break;t=t.slice(3),Y("/**",3)}const u=J()||P.parens>0&&t===")".repeat(P.parens)&&!G.some(e=>"negate"===e.type);if("bos"===r.type&&J()){j.type="globstar",j.value+=U,j.output=x(n),P.output=j.output,P.globstar=!0,Y(U);continue}if("slash"===r.type&&"bos"!==r.prev.type&&!o&&u){P.output=P.output.slice(0,-(r.output+j.output).length),r.output=`(?:${r.output}`,j.type="globstar",j.output=x(n)+(n.strictSlashes?")":"|$)"),j.value+=U,P.globstar=!0,P.output+=r.output+j.output,Y(U);continue}if("slash"===r.type&&"bos"!==r.prev.type&&"/"===t[0]){const e=void 0!==t[1]?"|$":"";P.output=P.output.slice(0,-(r.output+j.output).length),r.output=`(?:${r.output}`,j.type="globstar",j.output=`${x(n)}${b}|${b}${e})`,j.value+=U,P.output+=r.output+j.output,P.globstar=!0,Y(U+Q()),X({type:"slash",value:"/",output:""});continue}if("bos"===r.type&&"/"===t[0]){j.type="globstar",j.value+=U,j.output=`(?:^|${b}|${x(n)}${b})`,P.output=j.output,P.globstar=!0,Y(U+Q()),X({type:"slash",value:"/",output:""});continue}P.output=P.output.slice(0,-j.output.length),j.type="globstar",j.output=x(n),j.value+=U,P.output+=j.output,P.globstar=!0,Y(U);continue}const r={type:"star",value:U,output:R};!0!==n.bash?!j||"bracket"!==j.type&&"paren"!==j.type||!0!==n.regex?(P.index!==P.start&&"slash"!==j.type&&"dot"!==j.type||("dot"===j.type?(P.output+=F,j.output+=F):!0===n.dot?(P.output+=O,j.output+=O):(P.output+=L,j.output+=L),"*"!==z()&&(P.output+=w,j.output+=w)),X(r)):(r.output=U,X(r)):(r.output=".*?","bos"!==j.type&&"slash"!==j.type||(r.output=L+r.output),X(r))}for(;P.brackets>0;){if(!0===n.strictBrackets)throw new SyntaxError(l("closing","]"));P.output=s.escapeLast(P.output,"["),Z("brackets")}for(;P.parens>0;){if(!0===n.strictBrackets)throw new SyntaxError(l("closing",")"));P.output=s.escapeLast(P.output,"("),Z("parens")}for(;P.braces>0;){if(!0===n.strictBrackets)throw new SyntaxError(l("closing","}"));P.output=s.escapeLast(P.output,"{"),Z("braces")}if(!0===n.strictSlashes||"star"!==j.type&&"bracket"!==j.type||X({type:"maybe_slash",value:"",output:`${b}?`}),!0===P.backtrack){P.output="";for(const e of P.tokens)P.output+=null!=e.output?e.output:e.value,e.suffix&&(P.output+=e.suffix)}return P};m.fastpaths=(e,t)=>{const n={...t},o="number"==typeof n.maxLength?Math.min(i,n.maxLength):i,a=e.length;if(a>o)throw new SyntaxError(`Input length: ${a}, exceeds maximum allowed length: ${o}`);e=u[e]||e;const{DOT_LITERAL:B,SLASH_LITERAL:c,ONE_CHAR:l,DOTS_SLASH:h,NO_DOT:f,NO_DOTS:p,NO_DOTS_SLASH:C,STAR:d,START_ANCHOR:g}=r.globChars(n.windows),m=n.dot?p:f,D=n.dot?C:f,E=n.capture?"":"?:";let y=!0===n.bash?".*?":d;n.capture&&(y=`(${y})`);const A=e=>!0===e.noglobstar?y:`(${E}(?:(?!${g}${e.dot?h:B}).)*?)`,b=e=>{switch(e){case"*":return`${m}${l}${y}`;case".*":return`${B}${l}${y}`;case"*.*":return`${m}${y}${B}${l}${y}`;case"*/*":return`${m}${y}${c}${l}${D}${y}`;case"**":return m+A(n);case"**/*":return`(?:${m}${A(n)}${c})?${D}${l}${y}`;case"**/*.*":return`(?:${m}${A(n)}${c})?${D}${y}${B}${l}${y}`;case"**/.*":return`(?:${m}${A(n)}${c})?${B}${l}${y}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const n=b(t[1]);if(!n)return;return n+B+t[2]}}},w=s.removePrefix(e,{negated:!1,prefix:""});let v=b(w);return v&&!0!==n.strictSlashes&&(v+=`${c}?`),v},e.exports=m},98016:(e,t,n)=>{const r=n(31781),s=n(78265),i=n(64059),o=n(5595),a=(e,t,n=!1)=>{if(Array.isArray(e)){const r=e.map(e=>a(e,t,n)),s=e=>{for(const t of r){const n=t(e);if(n)return n}return!1};return s}const r=(s=e)&&"object"==typeof s&&!Array.isArray(s)&&e.tokens&&e.input;var s;if(""===e||"string"!=typeof e&&!r)throw new TypeError("Expected pattern to be a non-empty string");const i=t||{},o=i.windows,B=r?a.compileRe(e,t):a.makeRe(e,t,!1,!0),u=B.state;delete B.state;let c=()=>!1;if(i.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};c=a(i.ignore,e,n)}const l=(n,r=!1)=>{const{isMatch:s,match:l,output:h}=a.test(n,B,t,{glob:e,posix:o}),f={glob:e,state:u,regex:B,posix:o,input:n,output:h,match:l,isMatch:s};return"function"==typeof i.onResult&&i.onResult(f),!1===s?(f.isMatch=!1,!!r&&f):c(n)?("function"==typeof i.onIgnore&&i.onIgnore(f),f.isMatch=!1,!!r&&f):("function"==typeof i.onMatch&&i.onMatch(f),!r||f)};return n&&(l.state=u),l};a.test=(e,t,n,{glob:r,posix:s}={})=>{if("string"!=typeof e)throw new TypeError("Expected input to be a string");if(""===e)return{isMatch:!1,output:""};const o=n||{},B=o.format||(s?i.toPosixSlashes:null);let u=e===r,c=u&&B?B(e):e;return!1===u&&(c=B?B(e):e,u=c===r),!1!==u&&!0!==o.capture||(u=!0===o.matchBase||!0===o.basename?a.matchBase(e,t,n,s):t.exec(c)),{isMatch:Boolean(u),match:u,output:c}},a.matchBase=(e,t,n,r=n&&n.windows)=>(t instanceof RegExp?t:a.makeRe(t,n)).test(i.basename(e,{windows:r})),a.isMatch=(e,t,n)=>a(t,n)(e),a.parse=(e,t)=>Array.isArray(e)?e.map(e=>a.parse(e,t)):s(e,{...t,fastpaths:!1}),a.scan=(e,t)=>r(e,t),a.compileRe=(e,t,n=!1,r=!1)=>{if(!0===n)return e.output;const s=t||{},i=s.contains?"":"^",o=s.contains?"":"$";let B=`${i}(?:${e.output})${o}`;e&&!0===e.negated&&(B=`^(?!${B}).*$`);const u=a.toRegex(B,t);return!0===r&&(u.state=e),u},a.makeRe=(e,t={},n=!1,r=!1)=>{if(!e||"string"!=typeof e)throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return!1===t.fastpaths||"."!==e[0]&&"*"!==e[0]||(i.output=s.fastpaths(e,t)),i.output||(i=s(e,t)),a.compileRe(i,t,n,r)},a.toRegex=(e,t)=>{try{const n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(e){if(t&&!0===t.debug)throw e;return/$^/}},a.constants=o,e.exports=a},31781:(e,t,n)=>{const r=n(64059),{CHAR_ASTERISK:s,CHAR_AT:i,CHAR_BACKWARD_SLASH:o,CHAR_COMMA:a,CHAR_DOT:B,CHAR_EXCLAMATION_MARK:u,CHAR_FORWARD_SLASH:c,CHAR_LEFT_CURLY_BRACE:l,CHAR_LEFT_PARENTHESES:h,CHAR_LEFT_SQUARE_BRACKET:f,CHAR_PLUS:p,CHAR_QUESTION_MARK:C,CHAR_RIGHT_CURLY_BRACE:d,CHAR_RIGHT_PARENTHESES:g,CHAR_RIGHT_SQUARE_BRACKET:m}=n(5595),D=e=>e===c||e===o,E=e=>{!0!==e.isPrefix&&(e.depth=e.isGlobstar?1/0:1)};e.exports=(e,t)=>{const n=t||{},y=e.length-1,A=!0===n.parts||!0===n.tokens||!0===n.scanToEnd,b=[],w=[],v=[];let I,F,O=e,_=-1,N=0,S=0,T=!1,x=!1,L=!1,k=!1,R=!1,P=!1,G=!1,M=!1,H=!1,U=!1,j=0,J={value:"",depth:0,isGlob:!1};const z=()=>_>=y,Q=()=>O.charCodeAt(_+1),q=()=>(I=F,O.charCodeAt(++_));for(;_<y;){let e;if(F=q(),F!==o){if(!0===P||F===l){for(j++;!0!==z()&&(F=q());)if(F!==o)if(F!==l){if(!0!==P&&F===B&&(F=q())===B){if(T=J.isBrace=!0,L=J.isGlob=!0,U=!0,!0===A)continue;break}if(!0!==P&&F===a){if(T=J.isBrace=!0,L=J.isGlob=!0,U=!0,!0===A)continue;break}if(F===d&&(j--,0===j)){P=!1,T=J.isBrace=!0,U=!0;break}}else j++;else G=J.backslashes=!0,q();if(!0===A)continue;break}if(F!==c){if(!0!==n.noext){if(!0===(F===p||F===i||F===s||F===C||F===u)&&Q()===h){if(L=J.isGlob=!0,k=J.isExtglob=!0,U=!0,F===u&&_===N&&(H=!0),!0===A){let e=0;for(;!0!==z()&&(F=q());)if(F!==o)if(F!==h){if(F===g&&0===--e){U=!0;break}}else e++;else G=J.backslashes=!0,q();continue}break}}if(F===s){if(I===s&&(R=J.isGlobstar=!0),L=J.isGlob=!0,U=!0,!0===A)continue;break}if(F===C){if(L=J.isGlob=!0,U=!0,!0===A)continue;break}if(F===f){for(;!0!==z()&&(e=q());)if(e!==o){if(e===m){x=J.isBracket=!0,L=J.isGlob=!0,U=!0;break}}else G=J.backslashes=!0,q();if(!0===A)continue;break}if(!0===n.nonegate||F!==u||_!==N){if(!0!==n.noparen&&F===h){if(L=J.isGlob=!0,!0===A){let e=1;for(;!0!==z()&&(F=q());)if(F!==o)if(F!==h){if(F===g&&0===--e){U=!0;break}}else e++;else G=J.backslashes=!0,q();continue}break}if(!0===L){if(U=!0,!0===A)continue;break}}else M=J.negated=!0,N++}else{if(b.push(_),w.push(J),J={value:"",depth:0,isGlob:!1},!0===U)continue;if(I===B&&_===N+1){N+=2;continue}S=_+1}}else G=J.backslashes=!0,F=q(),F===l&&(P=!0)}!0===n.noext&&(k=!1,L=!1);let Y=O,K="",V="";N>0&&(K=O.slice(0,N),O=O.slice(N),S-=N),Y&&!0===L&&S>0?(Y=O.slice(0,S),V=O.slice(S)):!0===L?(Y="",V=O):Y=O,Y&&""!==Y&&"/"!==Y&&Y!==O&&D(Y.charCodeAt(Y.length-1))&&(Y=Y.slice(0,-1)),!0===n.unescape&&(V&&(V=r.removeBackslashes(V)),Y&&!0===G&&(Y=r.removeBackslashes(Y)));const W={prefix:K,input:e,start:N,base:Y,glob:V,isBrace:T,isBracket:x,isGlob:L,isExtglob:k,isGlobstar:R,negated:M,negatedExtglob:H};if(!0===n.tokens&&(W.maxDepth=0,D(F)||w.push(J),W.tokens=w),!0===n.parts||!0===n.tokens){let t;for(let r=0;r<b.length;r++){const s=void 0!==t?t+1:N,i=b[r],o=e.slice(s,i);n.tokens&&(0===r&&0!==N?(w[r].isPrefix=!0,w[r].value=K):w[r].value=o,E(w[r]),W.maxDepth+=w[r].depth),i>=N&&(v.push(o),t=i)}const r=void 0!==t?t+1:N,s=e.slice(r);v.push(s),n.tokens&&t&&t+1<e.length&&(w[w.length-1].value=s,E(w[w.length-1]),W.maxDepth+=w[w.length-1].depth),W.slashes=b,W.parts=v}return W}},64059:(e,t,n)=>{const{REGEX_BACKSLASH:r,REGEX_REMOVE_BACKSLASH:s,REGEX_SPECIAL_CHARS:i,REGEX_SPECIAL_CHARS_GLOBAL:o}=n(5595);t.isObject=e=>null!==e&&"object"==typeof e&&!Array.isArray(e),t.hasRegexChars=e=>i.test(e),t.isRegexChar=e=>1===e.length&&t.hasRegexChars(e),t.escapeRegex=e=>e.replace(o,"\\$1"),t.toPosixSlashes=e=>e.replace(r,"/"),t.isWindows=()=>{if("undefined"!=typeof navigator&&navigator.platform){const e=navigator.platform.toLowerCase();return"win32"===e||"windows"===e}return!("undefined"==typeof process||!process.platform)&&"win32"===process.platform},t.removeBackslashes=e=>e.replace(s,e=>"\\"===e?"":e),t.escapeLast=(e,n,r)=>{const s=e.lastIndexOf(n,r);return-1===s?e:"\\"===e[s-1]?t.escapeLast(e,n,s-1):`${e.slice(0,s)}\\${e.slice(s)}`},t.removePrefix=(e,t={})=>{let n=e;return n.startsWith("./")&&(n=n.slice(2),t.prefix="./"),n},t.wrapOutput=(e,t={},n={})=>{let r=`${n.contains?"":"^"}(?:${e})${n.contains?"":"$"}`;return!0===t.negated&&(r=`(?:^(?!${r}).*$)`),r},t.basename=(e,{windows:t}={})=>{const n=e.split(t?/[\\/]/:"/"),r=n[n.length-1];return""===r?n[n.length-2]:r}},95222:(e,t,n)=>{t.register=n(11627).globalRegistry,t.Registry=n(11627),t.Registry.PROMETHEUS_CONTENT_TYPE,t.Registry.OPENMETRICS_CONTENT_TYPE,n(81539).validateMetricName,t.Counter=n(88606),t.Gauge=n(87173),t.Histogram=n(55416),n(65910),n(87524),n(90964),n(90964),n(35106),n(5924).aggregators,n(40816)},90964:(e,t)=>{},40816:(e,t,n)=>{const r=n(11627),{Grouper:s}=n(89588),{aggregators:i}=n(5924);let o=()=>{const e=n(29907);return o=()=>e,e};const a="prom-client:getMetricsReq",B="prom-client:getMetricsRes";let u=[r.globalRegistry],c=0,l=!1;const h=new Map;class f extends r{constructor(e=r.PROMETHEUS_CONTENT_TYPE){super(e),function(){if(l)return;l=!0,o().isMaster&&o().on("message",(e,t)=>{if(t.type===B){const e=h.get(t.requestId);if(t.error)return void e.done(new Error(t.error));if(t.metrics.forEach(t=>e.responses.push(t)),e.pending--,0===e.pending){h.delete(t.requestId),clearTimeout(e.errorTimeout);const n=f.aggregate(e.responses).metrics();e.done(null,n)}}});o().isWorker&&process.on("message",e=>{e.type===a&&Promise.all(u.map(e=>e.getMetricsAsJSON())).then(t=>{process.send({type:B,requestId:e.requestId,metrics:t})}).catch(t=>{process.send({type:B,requestId:e.requestId,error:t.message})})})}()}clusterMetrics(){const e=c++;return new Promise((t,n)=>{let r=!1;function s(e,s){r||(r=!0,e?n(e):t(s))}const i={responses:[],pending:0,done:s,errorTimeout:setTimeout(()=>{const e=new Error("Operation timed out.");i.done(e)},5e3)};h.set(e,i);const B={type:a,requestId:e};for(const e in o().workers)o().workers[e].isConnected()&&(o().workers[e].send(B),i.pending++);0===i.pending&&(clearTimeout(i.errorTimeout),process.nextTick(()=>s(null,"")))})}get contentType(){return super.contentType}static aggregate(e,t=r.PROMETHEUS_CONTENT_TYPE){const n=new r,o=new s;return n.setContentType(t),e.forEach(e=>{e.forEach(e=>{o.add(e.name,e)})}),o.forEach(e=>{const t=e[0].aggregator,r=i[t];if("function"!=typeof r)throw new Error(`'${t}' is not a defined aggregator.`);const s=r(e);if(s){const e=Object.assign({get:()=>s},s);n.registerMetric(e)}}),n}static setRegistries(e){Array.isArray(e)||(e=[e]),e.forEach(e=>{if(!(e instanceof r))throw new TypeError("Expected Registry, got "+typeof e)}),u=e}}e.exports=f},88606:(e,t,n)=>{const r=n(39023),{hashObject:s,isObject:i,getLabels:o,removeLabels:a,nowTimestamp:B}=n(89588),{validateLabel:u}=n(81539),{Metric:c}=n(12476),l=n(69024);function h(e,t,n={},r=""){return e[r]?e[r].value+=t:e[r]={value:t,labels:n},e}e.exports=class extends c{constructor(e){super(e),this.type="counter",this.defaultLabels={},this.defaultValue=1,this.defaultExemplarLabelSet={},e.enableExemplars?(this.enableExemplars=!0,this.inc=this.incWithExemplar):this.inc=this.incWithoutExemplar}incWithoutExemplar(e,t){let n="";if(i(e)?(n=s(e,this.sortedLabelNames),u(this.labelNames,e)):(t=e,e={}),t&&!Number.isFinite(t))throw new TypeError(`Value is not a valid number: ${r.format(t)}`);if(t<0)throw new Error("It is not possible to decrease a counter");return null==t&&(t=1),h(this.hashMap,t,e,n),{labelHash:n}}incWithExemplar({labels:e=this.defaultLabels,value:t=this.defaultValue,exemplarLabels:n=this.defaultExemplarLabelSet}={}){const r=this.incWithoutExemplar(e,t);this.updateExemplar(n,t,r.labelHash)}updateExemplar(e,t,n){e!==this.defaultExemplarLabelSet&&(i(this.hashMap[n].exemplar)||(this.hashMap[n].exemplar=new l),this.hashMap[n].exemplar.validateExemplarLabelSet(e),this.hashMap[n].exemplar.labelSet=e,this.hashMap[n].exemplar.value=t||1,this.hashMap[n].exemplar.timestamp=B())}reset(){this.hashMap={},0===this.labelNames.length&&h(this.hashMap,0)}async get(){if(this.collect){const e=this.collect();e instanceof Promise&&await e}return{help:this.help,name:this.name,type:this.type,values:Object.values(this.hashMap),aggregator:this.aggregator}}labels(...e){const t=o(this.labelNames,e)||{};return{inc:this.inc.bind(this,t)}}remove(...e){const t=o(this.labelNames,e)||{};return u(this.labelNames,t),a.call(this,this.hashMap,t,this.sortedLabelNames)}}},35106:(e,t,n)=>{const{isObject:r}=n(89588),s=n(68293),i=n(98228),o=n(13981),a=n(75217),B=n(19655),u=n(14460),c=n(5490),l=n(67439),h=n(10884),f=n(42365),p=n(33844),C=n(63344),d=n(69336),g={processCpuTotal:s,processStartTime:i,osMemoryHeap:o,processOpenFileDescriptors:a,processMaxFileDescriptors:B,eventLoopLag:u,..."function"==typeof process.getActiveResourcesInfo?{processResources:h}:{},processHandles:c,processRequests:l,heapSizeAndUsed:f,heapSpacesSizeAndUsed:p,version:C,gc:d},m=Object.keys(g);e.exports=function(e){if(null!=e&&!r(e))throw new TypeError("config must be null, undefined, or an object");e={eventLoopMonitoringPrecision:10,...e};for(const t of Object.values(g))t(e.register,e)},e.exports.metricsList=m},69024:e=>{e.exports=class{constructor(e={},t=null){this.labelSet=e,this.value=t}validateExemplarLabelSet(e){let t="";for(const[n,r]of Object.entries(e))t+=`${n}${r}`;if(t.length>128)throw new RangeError("Label set size must be smaller than 128 UTF-8 chars")}}},87173:(e,t,n)=>{const r=n(39023),{setValue:s,setValueDelta:i,getLabels:o,hashObject:a,isObject:B,removeLabels:u}=n(89588),{validateLabel:c}=n(81539),{Metric:l}=n(12476);function h(e,t,n){if("number"!=typeof n)throw new TypeError(`Delta is not a valid number: ${r.format(n)}`);c(e.labelNames,t);const s=a(t,e.sortedLabelNames);i(e.hashMap,n,t,s)}function f(e){return B(e)?e:{}}function p(e,t){return B(e)?t:e}e.exports=class extends l{constructor(e){super(e),this.type="gauge"}set(e,t){t=p(e,t),function(e,t,n){if("number"!=typeof n)throw new TypeError(`Value is not a valid number: ${r.format(n)}`);c(e.labelNames,t),s(e.hashMap,n,t)}(this,e=f(e),t)}reset(){this.hashMap={},0===this.labelNames.length&&s(this.hashMap,0,{})}inc(e,t){void 0===(t=p(e,t))&&(t=1),h(this,e=f(e),t)}dec(e,t){void 0===(t=p(e,t))&&(t=1),h(this,e=f(e),-t)}setToCurrentTime(e){const t=Date.now()/1e3;void 0===e?this.set(t):this.set(e,t)}startTimer(e){const t=process.hrtime();return n=>{const r=process.hrtime(t),s=r[0]+r[1]/1e9;return this.set(Object.assign({},e,n),s),s}}async get(){if(this.collect){const e=this.collect();e instanceof Promise&&await e}return{help:this.help,name:this.name,type:this.type,values:Object.values(this.hashMap),aggregator:this.aggregator}}_getValue(e){const t=a(e||{},this.sortedLabelNames);return this.hashMap[t]?this.hashMap[t].value:0}labels(...e){const t=o(this.labelNames,e);return c(this.labelNames,t),{inc:this.inc.bind(this,t),dec:this.dec.bind(this,t),set:this.set.bind(this,t),setToCurrentTime:this.setToCurrentTime.bind(this,t),startTimer:this.startTimer.bind(this,t)}}remove(...e){const t=o(this.labelNames,e);c(this.labelNames,t),u.call(this,this.hashMap,t,this.sortedLabelNames)}}},55416:(e,t,n)=>{const r=n(39023),{getLabels:s,hashObject:i,isObject:o,removeLabels:a,nowTimestamp:B}=n(89588),{validateLabel:u}=n(81539),{Metric:c}=n(12476),l=n(69024);function h(e){return()=>{const t=process.hrtime();return n=>{const r=process.hrtime(t),s=r[0]+r[1]/1e9;return this.observe(Object.assign({},e,n),s),s}}}function f(e,t){return()=>{const n=process.hrtime();return(r,s)=>{const i=process.hrtime(n),o=i[0]+i[1]/1e9;return this.observe({labels:Object.assign({},e,r),value:o,exemplarLabels:Object.assign({},t,s)}),o}}}function p(e,t,n,r,s={}){return{labels:e,sharedLabels:s,value:t,metricName:n,exemplar:r}}function C(e,t){for(let n=0;n<e.length;n++){const r=e[n];if(t<=r)return r}return-1}function d(e){return t=>{const n=function(e,t){return o(e)?{labels:e,value:t}:{value:e,labels:{}}}(e,t);if(u(this.labelNames,n.labels),!Number.isFinite(n.value))throw new TypeError(`Value is not a valid number: ${r.format(n.value)}`);const s=i(n.labels,this.sortedLabelNames);let a=this.hashMap[s];a||(a=g(n.labels,this.bucketValues,this.bucketExemplars));const B=C(this.upperBounds,n.value);a.sum+=n.value,a.count+=1,Object.prototype.hasOwnProperty.call(a.bucketValues,B)&&(a.bucketValues[B]+=1),this.hashMap[s]=a}}function g(e,t,n){const r={labels:e,bucketValues:{...t},sum:0,count:0};return n&&(r.bucketExemplars={...n}),r}function m(e){const{sharedLabels:t,labels:n,...r}=e;for(const e of Object.keys(t))n[e]=t[e];return r.labels=n,r}e.exports=class extends c{constructor(e){super(e,{buckets:[.005,.01,.025,.05,.1,.25,.5,1,2.5,5,10]}),this.type="histogram",this.defaultLabels={},this.defaultExemplarLabelSet={},this.enableExemplars=!1;for(const e of this.labelNames)if("le"===e)throw new Error("le is a reserved label keyword");this.upperBounds=this.buckets,this.bucketValues=this.upperBounds.reduce((e,t)=>(e[t]=0,e),{}),e.enableExemplars?(this.enableExemplars=!0,this.bucketExemplars=this.upperBounds.reduce((e,t)=>(e[t]=null,e),{}),Object.freeze(this.bucketExemplars),this.observe=this.observeWithExemplar):this.observe=this.observeWithoutExemplar,Object.freeze(this.bucketValues),Object.freeze(this.upperBounds),0===this.labelNames.length&&(this.hashMap={[i({})]:g({},this.bucketValues,this.bucketExemplars)})}observeWithoutExemplar(e,t){d.call(this,0===e?0:e||{})(t)}observeWithExemplar({labels:e=this.defaultLabels,value:t,exemplarLabels:n=this.defaultExemplarLabelSet}={}){d.call(this,0===e?0:e||{})(t),this.updateExemplar(e,t,n)}updateExemplar(e,t,n){if(0===Object.keys(n).length)return;const r=i(e,this.sortedLabelNames),s=C(this.upperBounds,t),{bucketExemplars:a}=this.hashMap[r];let u=a[s];o(u)||(u=new l,a[s]=u),u.validateExemplarLabelSet(n),u.labelSet=n,u.value=t,u.timestamp=B()}async get(){const e=await this.getForPromString();return e.values=e.values.map(m),e}async getForPromString(){if(this.collect){const e=this.collect();e instanceof Promise&&await e}const e=Object.values(this.hashMap).map(function(e){const t=`${e.name}_bucket`;return n=>{let r=0;return{buckets:e.upperBounds.map(e=>(r+=n.bucketValues[e],p({le:e},r,t,n.bucketExemplars?n.bucketExemplars[e]:null,n.labels))),data:n}}}(this)).reduce((t=this,(e,n)=>{e.push(...n.buckets);const r={le:"+Inf"};return e.push(p(r,n.data.count,`${t.name}_bucket`,n.data.bucketExemplars?n.data.bucketExemplars[-1]:null,n.data.labels),p({},n.data.sum,`${t.name}_sum`,void 0,n.data.labels),p({},n.data.count,`${t.name}_count`,void 0,n.data.labels)),e}),[]);var t;return{name:this.name,help:this.help,type:this.type,values:e,aggregator:this.aggregator}}reset(){this.hashMap={}}zero(e){const t=i(e,this.sortedLabelNames);this.hashMap[t]=g(e,this.bucketValues,this.bucketExemplars)}startTimer(e,t){return this.enableExemplars?f.call(this,e,t)():h.call(this,e)()}labels(...e){const t=s(this.labelNames,e);return u(this.labelNames,t),{observe:d.call(this,t),startTimer:h.call(this,t)}}remove(...e){const t=s(this.labelNames,e);u(this.labelNames,t),a.call(this,this.hashMap,t,this.sortedLabelNames)}}},12476:(e,t,n)=>{const r=n(11627),{isObject:s}=n(89588),{validateMetricName:i,validateLabelName:o}=n(81539);e.exports={Metric:class{constructor(e,t={}){if(!s(e))throw new TypeError("constructor expected a config object");if(Object.assign(this,{labelNames:[],registers:[r.globalRegistry],aggregator:"sum",enableExemplars:!1},t,e),this.registers||(this.registers=[r.globalRegistry]),!this.help)throw new Error("Missing mandatory help parameter");if(!this.name)throw new Error("Missing mandatory name parameter");if(!i(this.name))throw new Error("Invalid metric name");if(!o(this.labelNames))throw new Error("Invalid label name");if(this.collect&&"function"!=typeof this.collect)throw new Error('Optional "collect" parameter must be a function');this.labelNames?this.sortedLabelNames=[...this.labelNames].sort():this.sortedLabelNames=[],this.reset();for(const e of this.registers){if(this.enableExemplars&&e.contentType===r.PROMETHEUS_CONTENT_TYPE)throw new TypeError("Exemplars are supported only on OpenMetrics registries");e.registerMetric(this)}}reset(){}}}},5924:(e,t,n)=>{const{Grouper:r,hashObject:s}=n(89588);function i(e){return t=>{if(0===t.length)return;const n={help:t[0].help,name:t[0].name,type:t[0].type,values:[],aggregator:t[0].aggregator},i=new r;return t.forEach(e=>{e.values.forEach(e=>{const t=s(e.labels);i.add(`${e.metricName}_${t}`,e)})}),i.forEach(t=>{if(0===t.length)return;const r={value:e(t),labels:t[0].labels};t[0].metricName&&(r.metricName=t[0].metricName),n.values.push(r)}),n}}t.AggregatorFactory=i,t.aggregators={sum:i(e=>e.reduce((e,t)=>e+t.value,0)),first:i(e=>e[0].value),omit:()=>{},average:i(e=>e.reduce((e,t)=>e+t.value,0)/e.length),min:i(e=>e.reduce((e,t)=>Math.min(e,t.value),1/0)),max:i(e=>e.reduce((e,t)=>Math.max(e,t.value),-1/0))}},14460:(e,t,n)=>{const r=n(87173);let s;try{s=n(82987)}catch{}const i="nodejs_eventloop_lag_seconds",o="nodejs_eventloop_lag_min_seconds",a="nodejs_eventloop_lag_max_seconds",B="nodejs_eventloop_lag_mean_seconds",u="nodejs_eventloop_lag_stddev_seconds",c="nodejs_eventloop_lag_p50_seconds",l="nodejs_eventloop_lag_p90_seconds",h="nodejs_eventloop_lag_p99_seconds";function f(e,t,n){const r=process.hrtime(e),s=(1e9*r[0]+r[1])/1e9;t.set(n,s)}e.exports=(e,t={})=>{const n=t.prefix?t.prefix:"",p=t.labels?t.labels:{},C=Object.keys(p),d=e?[e]:void 0;let g=()=>{const e=process.hrtime();setImmediate(f,e,m,p)};if(s&&s.monitorEventLoopDelay)try{const e=s.monitorEventLoopDelay({resolution:t.eventLoopMonitoringPrecision});e.enable(),g=()=>{const t=process.hrtime();setImmediate(f,t,m,p),D.set(p,e.min/1e9),E.set(p,e.max/1e9),y.set(p,e.mean/1e9),A.set(p,e.stddev/1e9),b.set(p,e.percentile(50)/1e9),w.set(p,e.percentile(90)/1e9),v.set(p,e.percentile(99)/1e9),e.reset()}}catch(e){if("ERR_NOT_IMPLEMENTED"===e.code)return;throw e}const m=new r({name:n+i,help:"Lag of event loop in seconds.",registers:d,labelNames:C,aggregator:"average",collect:g}),D=new r({name:n+o,help:"The minimum recorded event loop delay.",registers:d,labelNames:C,aggregator:"min"}),E=new r({name:n+a,help:"The maximum recorded event loop delay.",registers:d,labelNames:C,aggregator:"max"}),y=new r({name:n+B,help:"The mean of the recorded event loop delays.",registers:d,labelNames:C,aggregator:"average"}),A=new r({name:n+u,help:"The standard deviation of the recorded event loop delays.",registers:d,labelNames:C,aggregator:"average"}),b=new r({name:n+c,help:"The 50th percentile of the recorded event loop delays.",registers:d,labelNames:C,aggregator:"average"}),w=new r({name:n+l,help:"The 90th percentile of the recorded event loop delays.",registers:d,labelNames:C,aggregator:"average"}),v=new r({name:n+h,help:"The 99th percentile of the recorded event loop delays.",registers:d,labelNames:C,aggregator:"average"})},e.exports.metricNames=[i,o,a,B,u,c,l,h]},69336:(e,t,n)=>{const r=n(55416);let s;try{s=n(82987)}catch{}const i="nodejs_gc_duration_seconds",o=[.001,.01,.1,1,2,5],a=[];s&&s.constants&&(a[s.constants.NODE_PERFORMANCE_GC_MAJOR]="major",a[s.constants.NODE_PERFORMANCE_GC_MINOR]="minor",a[s.constants.NODE_PERFORMANCE_GC_INCREMENTAL]="incremental",a[s.constants.NODE_PERFORMANCE_GC_WEAKCB]="weakcb"),e.exports=(e,t={})=>{if(!s)return;const n=t.prefix?t.prefix:"",B=t.labels?t.labels:{},u=Object.keys(B),c=t.gcDurationBuckets?t.gcDurationBuckets:o,l=new r({name:n+i,help:"Garbage collection duration by kind, one of major, minor, incremental or weakcb.",labelNames:["kind",...u],enableExemplars:!1,buckets:c,registers:e?[e]:void 0});new s.PerformanceObserver(e=>{const t=e.getEntries()[0],n=t.detail?a[t.detail.kind]:a[t.kind];l.observe(Object.assign({kind:n},B),t.duration/1e3)}).observe({entryTypes:["gc"]})},e.exports.metricNames=[i]},42365:(e,t,n)=>{const r=n(87173),s=n(81315),i="nodejs_heap_size_total_bytes",o="nodejs_heap_size_used_bytes",a="nodejs_external_memory_bytes";e.exports=(e,t={})=>{if("function"!=typeof process.memoryUsage)return;const n=t.labels?t.labels:{},B=Object.keys(n),u=e?[e]:void 0,c=t.prefix?t.prefix:"",l=new r({name:c+i,help:"Process heap size from Node.js in bytes.",registers:u,labelNames:B,collect:()=>{const e=s();e&&(l.set(n,e.heapTotal),h.set(n,e.heapUsed),void 0!==e.external&&f.set(n,e.external))}}),h=new r({name:c+o,help:"Process heap size used from Node.js in bytes.",registers:u,labelNames:B}),f=new r({name:c+a,help:"Node.js external memory size in bytes.",registers:u,labelNames:B})},e.exports.metricNames=[i,o,a]},33844:(e,t,n)=>{const r=n(87173),s=n(11493),i=["total","used","available"],o={};i.forEach(e=>{o[e]=`nodejs_heap_space_size_${e}_bytes`}),e.exports=(e,t={})=>{try{s.getHeapSpaceStatistics()}catch(e){if("ERR_NOT_IMPLEMENTED"===e.code)return;throw e}const n=e?[e]:void 0,a=t.prefix?t.prefix:"",B=t.labels?t.labels:{},u=["space",...Object.keys(B)],c={};i.forEach(e=>{c[e]=new r({name:a+o[e],help:`Process heap space size ${e} from Node.js in bytes.`,labelNames:u,registers:n})}),c.total.collect=()=>{for(const e of s.getHeapSpaceStatistics()){const t=e.space_name.substr(0,e.space_name.indexOf("_space"));c.total.set({space:t,...B},e.space_size),c.used.set({space:t,...B},e.space_used_size),c.available.set({space:t,...B},e.space_available_size)}}},e.exports.metricNames=Object.values(o)},67965:e=>{e.exports={aggregateByObjectName:function(e){const t={};for(let n=0;n<e.length;n++){const r=e[n];r&&void 0!==r.constructor&&(Object.hasOwnProperty.call(t,r.constructor.name)?t[r.constructor.name]+=1:t[r.constructor.name]=1)}return t},updateMetrics:function(e,t,n){e.reset();for(const r in t)e.set(Object.assign({type:r},n||{}),t[r])}}},81315:e=>{e.exports=function(){try{return process.memoryUsage()}catch{return}}},13981:(e,t,n)=>{const r=n(87173),s=n(37567),i=n(81315),o="process_resident_memory_bytes";e.exports=(e,t)=>"linux"===process.platform?s(e,t):function(e,t={}){const n=t.prefix?t.prefix:"",s=t.labels?t.labels:{},a=Object.keys(s);new r({name:n+o,help:"Resident memory size in bytes.",registers:e?[e]:void 0,labelNames:a,collect(){const e=i();e&&this.set(s,e.rss)}})}(e,t),e.exports.metricNames="linux"===process.platform?s.metricNames:[o]},37567:(e,t,n)=>{const r=n(87173),s=n(79896),i=["VmSize","VmRSS","VmData"],o="process_resident_memory_bytes",a="process_virtual_memory_bytes",B="process_heap_bytes";e.exports=(e,t={})=>{const n=e?[e]:void 0,u=t.prefix?t.prefix:"",c=t.labels?t.labels:{},l=Object.keys(c),h=new r({name:u+o,help:"Resident memory size in bytes.",registers:n,labelNames:l,collect(){try{const e=s.readFileSync("/proc/self/status","utf8"),t=e.split("\n").reduce((e,t)=>{if(!i.some(e=>t.startsWith(e)))return e;const n=t.split(":");let r=n[1].trim();return r=r.substr(0,r.length-3),r=1024*Number(r),e[n[0]]=r,e},{});h.set(c,t.VmRSS),f.set(c,t.VmSize),p.set(c,t.VmData)}catch{}}}),f=new r({name:u+a,help:"Virtual memory size in bytes.",registers:n,labelNames:l}),p=new r({name:u+B,help:"Process heap size in bytes.",registers:n,labelNames:l})},e.exports.metricNames=[o,a,B]},68293:(e,t,n)=>{const r=n(91408),s=n(88606),i="process_cpu_user_seconds_total",o="process_cpu_system_seconds_total",a="process_cpu_seconds_total";e.exports=(e,t={})=>{const n=e?[e]:void 0,B=t.prefix?t.prefix:"",u=t.labels?t.labels:{},c=!!t.enableExemplars&&t.enableExemplars,l=Object.keys(u);let h=process.cpuUsage();const f=new s({name:B+i,help:"Total user CPU time spent in seconds.",enableExemplars:c,registers:n,labelNames:l,collect(){const e=process.cpuUsage(),t=e.user-h.user,n=e.system-h.system;if(h=e,this.enableExemplars){let e={};const s=r.trace.getSpan(r.context.active());s&&(e={traceId:s.spanContext().traceId,spanId:s.spanContext().spanId}),f.inc({labels:u,value:t/1e6,exemplarLabels:e}),p.inc({labels:u,value:n/1e6,exemplarLabels:e}),C.inc({labels:u,value:(t+n)/1e6,exemplarLabels:e})}else f.inc(u,t/1e6),p.inc(u,n/1e6),C.inc(u,(t+n)/1e6)}}),p=new s({name:B+o,help:"Total system CPU time spent in seconds.",enableExemplars:c,registers:n,labelNames:l}),C=new s({name:B+a,help:"Total user and system CPU time spent in seconds.",enableExemplars:c,registers:n,labelNames:l})},e.exports.metricNames=[i,o,a]},5490:(e,t,n)=>{const{aggregateByObjectName:r}=n(67965),{updateMetrics:s}=n(67965),i=n(87173),o="nodejs_active_handles",a="nodejs_active_handles_total";e.exports=(e,t={})=>{if("function"!=typeof process._getActiveHandles)return;const n=e?[e]:void 0,B=t.prefix?t.prefix:"",u=t.labels?t.labels:{},c=Object.keys(u);new i({name:B+o,help:"Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",labelNames:["type",...c],registers:n,collect(){const e=process._getActiveHandles();s(this,r(e),u)}}),new i({name:B+a,help:"Total number of active handles.",registers:n,labelNames:c,collect(){const e=process._getActiveHandles();this.set(u,e.length)}})},e.exports.metricNames=[o,a]},19655:(e,t,n)=>{const r=n(87173),s=n(79896),i="process_max_fds";let o;e.exports=(e,t={})=>{if(void 0===o)try{const e=s.readFileSync("/proc/self/limits","utf8").split("\n");for(const t of e)if(t.startsWith("Max open files")){const e=t.split(/  +/);o=Number(e[1]);break}}catch{return}if(void 0===o)return;const n=t.prefix?t.prefix:"",a=t.labels?t.labels:{},B=Object.keys(a);new r({name:n+i,help:"Maximum number of open file descriptors.",registers:e?[e]:void 0,labelNames:B,collect(){void 0!==o&&this.set(a,o)}})},e.exports.metricNames=[i]},75217:(e,t,n)=>{const r=n(87173),s=n(79896),i=n(932),o="process_open_fds";e.exports=(e,t={})=>{if("linux"!==i.platform)return;const n=t.prefix?t.prefix:"",a=t.labels?t.labels:{},B=Object.keys(a);new r({name:n+o,help:"Number of open file descriptors.",registers:e?[e]:void 0,labelNames:B,collect(){try{const e=s.readdirSync("/proc/self/fd");this.set(a,e.length-1)}catch{}}})},e.exports.metricNames=[o]},67439:(e,t,n)=>{const r=n(87173),{aggregateByObjectName:s}=n(67965),{updateMetrics:i}=n(67965),o="nodejs_active_requests",a="nodejs_active_requests_total";e.exports=(e,t={})=>{if("function"!=typeof process._getActiveRequests)return;const n=t.prefix?t.prefix:"",B=t.labels?t.labels:{},u=Object.keys(B);new r({name:n+o,help:"Number of active libuv requests grouped by request type. Every request type is C++ class name.",labelNames:["type",...u],registers:e?[e]:void 0,collect(){const e=process._getActiveRequests();i(this,s(e),B)}}),new r({name:n+a,help:"Total number of active requests.",registers:e?[e]:void 0,labelNames:u,collect(){const e=process._getActiveRequests();this.set(B,e.length)}})},e.exports.metricNames=[o,a]},10884:(e,t,n)=>{const r=n(87173),{updateMetrics:s}=n(67965),i="nodejs_active_resources",o="nodejs_active_resources_total";e.exports=(e,t={})=>{if("function"!=typeof process.getActiveResourcesInfo)return;const n=t.prefix?t.prefix:"",a=t.labels?t.labels:{},B=Object.keys(a);new r({name:n+i,help:"Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",labelNames:["type",...B],registers:e?[e]:void 0,collect(){const e=process.getActiveResourcesInfo(),t={};for(let n=0;n<e.length;n++){const r=e[n];Object.hasOwn(t,r)?t[r]+=1:t[r]=1}s(this,t,a)}}),new r({name:n+o,help:"Total number of active resources.",registers:e?[e]:void 0,labelNames:B,collect(){const e=process.getActiveResourcesInfo();this.set(a,e.length)}})},e.exports.metricNames=[i,o]},98228:(e,t,n)=>{const r=n(87173),s=Math.round(Date.now()/1e3-process.uptime()),i="process_start_time_seconds";e.exports=(e,t={})=>{const n=t.prefix?t.prefix:"",o=t.labels?t.labels:{},a=Object.keys(o);new r({name:n+i,help:"Start time of the process since unix epoch in seconds.",registers:e?[e]:void 0,labelNames:a,aggregator:"omit",collect(){this.set(o,s)}})},e.exports.metricNames=[i]},63344:(e,t,n)=>{const r=n(87173),s=process.version,i=s.slice(1).split(".").map(Number),o="nodejs_version_info";e.exports=(e,t={})=>{const n=t.prefix?t.prefix:"",a=t.labels?t.labels:{},B=Object.keys(a);new r({name:n+o,help:"Node.js version info.",labelNames:["version","major","minor","patch",...B],registers:e?[e]:void 0,aggregator:"first",collect(){this.labels(s,i[0],i[1],i[2],...Object.values(a)).set(1)}})},e.exports.metricNames=[o]},87524:(e,t,n)=>{const r=n(87016),s=n(58611),i=n(65692),{gzipSync:o}=n(43106),{globalRegistry:a}=n(11627);async function B(e,t,n){const a=r.parse(this.gatewayUrl),B=a.pathname&&"/"!==a.pathname?a.pathname:"",u=t?`/job/${encodeURIComponent(t)}${function(e){if(!e)return"";return Object.keys(e).map(t=>`/${encodeURIComponent(t)}/${encodeURIComponent(e[t])}`).join("")}(n)}`:"",c=`${B}/metrics${u}`,l=r.resolve(this.gatewayUrl,c),h=r.parse(l),f=-1!==h.href.search(/^https/)?i:s;const p=Object.assign(h,this.requestOptions,{method:e});return new Promise((t,n)=>{"DELETE"===e&&p.headers&&delete p.headers["Content-Encoding"];const r=f.request(p,e=>{let r="";e.setEncoding("utf8"),e.on("data",e=>{r+=e}),e.on("end",()=>{e.statusCode>=400?n(new Error(`push failed with status ${e.statusCode}, ${r}`)):t({resp:e,body:r})})});r.on("error",e=>{n(e)}),r.on("timeout",()=>{r.destroy(new Error("Pushgateway request timed out"))}),"DELETE"!==e?this.registry.metrics().then(e=>{p.headers&&"gzip"===p.headers["Content-Encoding"]&&(e=o(e)),r.write(e),r.end()}).catch(e=>{n(e)}):r.end()})}e.exports=class{constructor(e,t,n){n||(n=a),this.registry=n,this.gatewayUrl=e;const{requireJobName:r,...s}={requireJobName:!0,...t};this.requireJobName=r,this.requestOptions=s}pushAdd(e={}){if(this.requireJobName&&!e.jobName)throw new Error("Missing jobName parameter");return B.call(this,"POST",e.jobName,e.groupings)}push(e={}){if(this.requireJobName&&!e.jobName)throw new Error("Missing jobName parameter");return B.call(this,"PUT",e.jobName,e.groupings)}delete(e={}){if(this.requireJobName&&!e.jobName)throw new Error("Missing jobName parameter");return B.call(this,"DELETE",e.jobName,e.groupings)}}},11627:(e,t,n)=>{const{getValueAsString:r}=n(89588);class s{static get PROMETHEUS_CONTENT_TYPE(){return"text/plain; version=0.0.4; charset=utf-8"}static get OPENMETRICS_CONTENT_TYPE(){return"application/openmetrics-text; version=1.0.0; charset=utf-8"}constructor(e=s.PROMETHEUS_CONTENT_TYPE){if(this._metrics={},this._collectors=[],this._defaultLabels={},e!==s.PROMETHEUS_CONTENT_TYPE&&e!==s.OPENMETRICS_CONTENT_TYPE)throw new TypeError(`Content type ${e} is unsupported`);this._contentType=e}getMetricsAsArray(){return Object.values(this._metrics)}async getMetricsAsString(e){const t="function"==typeof e.getForPromString?await e.getForPromString():await e.get(),n=u(t.name),o=[`# HELP ${n} ${u(t.help)}`,`# TYPE ${n} ${t.type}`],B=Object.keys(this._defaultLabels).length>0?this._defaultLabels:null,c=this.contentType===s.OPENMETRICS_CONTENT_TYPE;for(const e of t.values||[]){let{metricName:s=n,labels:u={}}=e;const{sharedLabels:l={}}=e;c&&"counter"===t.type&&(s=`${s}_total`),B&&(u={...u,...B,...u});const h=[...i(u,l),a(l)].filter(Boolean);let f=`${s}${h.length?`{${h.join(",")}}`:""} ${r(e.value)}`;const{exemplar:p}=e;if(p&&c){f+=` # {${i(p.labelSet).join(",")}} ${r(p.value)} ${p.timestamp}`}o.push(f)}return o.join("\n")}async metrics(){const e=this.contentType===s.OPENMETRICS_CONTENT_TYPE,t=this.getMetricsAsArray().map(t=>(e&&"counter"===t.type&&(t.name=t.name.replace(/_total$/,"")),this.getMetricsAsString(t))),n=await Promise.all(t);return e?`${n.join("\n")}\n# EOF\n`:`${n.join("\n\n")}\n`}registerMetric(e){if(this._metrics[e.name]&&this._metrics[e.name]!==e)throw new Error(`A metric with the name ${e.name} has already been registered.`);this._metrics[e.name]=e}clear(){this._metrics={},this._defaultLabels={}}async getMetricsAsJSON(){const e=[],t=Object.keys(this._defaultLabels),n=[];for(const e of this.getMetricsAsArray())n.push(e.get());const r=await Promise.all(n);for(const n of r){if(n.values&&t.length>0)for(const e of n.values){e.labels=Object.assign({},e.labels);for(const n of t)e.labels[n]=e.labels[n]||this._defaultLabels[n]}e.push(n)}return e}removeSingleMetric(e){delete this._metrics[e]}getSingleMetricAsString(e){return this.getMetricsAsString(this._metrics[e])}getSingleMetric(e){return this._metrics[e]}setDefaultLabels(e){this._defaultLabels=e}resetMetrics(){for(const e in this._metrics)this._metrics[e].reset()}get contentType(){return this._contentType}setContentType(e){if(e!==s.OPENMETRICS_CONTENT_TYPE&&e!==s.PROMETHEUS_CONTENT_TYPE)throw new Error(`Content type ${e} is unsupported`);this._contentType=e}static merge(e){const t=e[0].contentType;for(const n of e)if(n.contentType!==t)throw new Error("Registers can only be merged if they have the same content type");const n=new s(t);return e.reduce((e,t)=>e.concat(t.getMetricsAsArray()),[]).forEach(n.registerMetric,n),n}}function i(e,t){const{hasOwnProperty:n}=Object.prototype,r=[];for(const[s,i]of Object.entries(e))t&&n.call(t,s)||r.push(`${s}="${B(i)}"`);return r}const o=new WeakMap;function a(e){const t=o.get(e);if(t)return t;const n=i(e).join(",");return o.set(e,n),n}function B(e){return"string"!=typeof e?e:u(e).replace(/"/g,'\\"')}function u(e){return e.replace(/\\/g,"\\\\").replace(/\n/g,"\\n")}e.exports=s,e.exports.globalRegistry=new s},65910:(e,t,n)=>{const r=n(39023),{getLabels:s,hashObject:i,removeLabels:o}=n(89588),{validateLabel:a}=n(81539),{Metric:B}=n(12476),u=n(57639);function c(e){return()=>{const t=process.hrtime();return n=>{const r=process.hrtime(t),s=r[0]+r[1]/1e9;return this.observe(Object.assign({},e,n),s),s}}}function l(e){return t=>{const n=function(e,t){if(void 0===t)return{value:e,labels:{}};return{labels:e,value:t}}(e,t);if(a(this.labelNames,e),!Number.isFinite(n.value))throw new TypeError(`Value is not a valid number: ${r.format(n.value)}`);const s=i(n.labels,this.sortedLabelNames);let o=this.hashMap[s];o||(o={labels:n.labels,td:new u(this.maxAgeSeconds,this.ageBuckets),count:0,sum:0}),o.td.push(n.value),o.count++,o.count%this.compressCount===0&&o.td.compress(),o.sum+=n.value,this.hashMap[s]=o}}e.exports=class extends B{constructor(e){super(e,{percentiles:[.01,.05,.5,.9,.95,.99,.999],compressCount:1e3,hashMap:{}}),this.type="summary";for(const e of this.labelNames)if("quantile"===e)throw new Error("quantile is a reserved label keyword");0===this.labelNames.length&&(this.hashMap={[i({})]:{labels:{},td:new u(this.maxAgeSeconds,this.ageBuckets),count:0,sum:0}})}observe(e,t){l.call(this,0===e?0:e||{})(t)}async get(){if(this.collect){const e=this.collect();e instanceof Promise&&await e}const e=Object.keys(this.hashMap),t=[];return e.forEach(e=>{const n=this.hashMap[e];var r,s,i;n&&(this.pruneAgedBuckets&&0===n.td.size()?delete this.hashMap[e]:((s=n,i=this.percentiles,s.td.compress(),i.map(e=>{const t=s.td.percentile(e);return{labels:Object.assign({quantile:e},s.labels),value:t||0}})).forEach(e=>{t.push(e)}),t.push((r=n,{metricName:`${this.name}_sum`,labels:r.labels,value:r.sum})),t.push(function(e,t){return{metricName:`${t.name}_count`,labels:e.labels,value:e.count}}(n,this))))}),{name:this.name,help:this.help,type:this.type,values:t,aggregator:this.aggregator}}reset(){Object.values(this.hashMap).forEach(e=>{e.td.reset(),e.count=0,e.sum=0})}startTimer(e){return c.call(this,e)()}labels(...e){const t=s(this.labelNames,e);return a(this.labelNames,t),{observe:l.call(this,t),startTimer:c.call(this,t)}}remove(...e){const t=s(this.labelNames,e);a(this.labelNames,t),o.call(this,this.hashMap,t,this.sortedLabelNames)}}},57639:(e,t,n)=>{const{TDigest:r}=n(83528);function s(){let e=Date.now()-this.lastRotateTimestampMillis;for(;e>this.durationBetweenRotatesMillis&&this.shouldRotate;)this.ringBuffer[this.currentBuffer]=new r,++this.currentBuffer>=this.ringBuffer.length&&(this.currentBuffer=0),e-=this.durationBetweenRotatesMillis,this.lastRotateTimestampMillis+=this.durationBetweenRotatesMillis;return this.ringBuffer[this.currentBuffer]}e.exports=class{constructor(e,t){this.maxAgeSeconds=e||0,this.ageBuckets=t||0,this.shouldRotate=e&&t,this.ringBuffer=Array(t).fill(new r),this.currentBuffer=0,this.lastRotateTimestampMillis=Date.now(),this.durationBetweenRotatesMillis=1e3*e/t||1/0}size(){return s.call(this).size()}percentile(e){return s.call(this).percentile(e)}push(e){s.call(this),this.ringBuffer.forEach(t=>{t.push(e)})}reset(){this.ringBuffer.forEach(e=>{e.reset()})}compress(){this.ringBuffer.forEach(e=>{e.compress()})}}},89588:(e,t)=>{function n(e,t){if(0===e.length)return"";let n="";for(let r=0;r<e.length;r++){const s=e[r],i=t[s];void 0!==i&&(n+=`${s}:${i},`)}return n}function r(e,t){if(t)return n(t,e);const r=Object.keys(e);return r.length>1&&r.sort(),n(r,e)}t.getValueAsString=function(e){return Number.isNaN(e)?"Nan":Number.isFinite(e)?`${e}`:e<0?"-Inf":"+Inf"},t.removeLabels=function(e,t,n){delete e[r(t,n)]},t.setValue=function(e,t,n){return e[r(n)]={value:"number"==typeof t?t:0,labels:n||{}},e},t.setValueDelta=function(e,t,n,r=""){const s="number"==typeof t?t:0;return e[r]?e[r].value+=s:e[r]={value:s,labels:n},e},t.getLabels=function(e,t){if("object"==typeof t[0])return t[0];if(e.length!==t.length)throw new Error(`Invalid number of arguments (${t.length}): "${t.join(", ")}" for label names (${e.length}): "${e.join(", ")}".`);const n={};for(let r=0;r<e.length;r++)n[e[r]]=t[r];return n},t.hashObject=r,t.isObject=function(e){return null!==e&&"object"==typeof e},t.nowTimestamp=function(){return Date.now()/1e3};class s extends Map{add(e,t){this.has(e)?this.get(e).push(t):this.set(e,[t])}}t.Grouper=s},81539:(e,t,n)=>{const r=n(39023),s=/^[a-zA-Z_:][a-zA-Z0-9_:]*$/,i=/^[a-zA-Z_][a-zA-Z0-9_]*$/;t.validateMetricName=function(e){return s.test(e)},t.validateLabelName=function(e=[]){return e.every(e=>i.test(e))},t.validateLabel=function(e,t){for(const n in t)if(!e.includes(n))throw new Error(`Added label "${n}" is not included in initial labelset: ${r.inspect(e)}`)}},60060:(e,t,n)=>{const r=n(13958),s=n(4519),i=n(50872),o=e=>{if("string"!=typeof e||0===e.length)return 0;if(0===(e=r(e)).length)return 0;e=e.replace(i(),"  ");let t=0;for(let n=0;n<e.length;n++){const r=e.codePointAt(n);r<=31||r>=127&&r<=159||(r>=768&&r<=879||(r>65535&&n++,t+=s(r)?2:1))}return t};e.exports=o,e.exports.default=o},13958:(e,t,n)=>{const r=n(60021);e.exports=e=>"string"==typeof e?e.replace(r(),""):e},83528:(e,t,n)=>{var r=n(17750).RBTree;function s(e,t,n){this.discrete=!1===e,this.delta=e||.01,this.K=void 0===t?25:t,this.CX=void 0===n?1.1:n,this.centroids=new r(i),this.nreset=0,this.reset()}function i(e,t){return e.mean>t.mean?1:e.mean<t.mean?-1:0}function o(e,t){return e.mean_cumn-t.mean_cumn}function a(e){var t=Math.floor(Math.random()*e.length);return e.splice(t,1)[0]}function B(e){this.config=e||{},this.mode=this.config.mode||"auto",s.call(this,"cont"===this.mode&&e.delta),this.digest_ratio=this.config.ratio||.9,this.digest_thresh=this.config.thresh||1e3,this.n_unique=0}s.prototype.reset=function(){this.centroids.clear(),this.n=0,this.nreset+=1,this.last_cumulate=0},s.prototype.size=function(){return this.centroids.size},s.prototype.toArray=function(e){var t=[];return e?(this._cumulate(!0),this.centroids.each(function(e){t.push(e)})):this.centroids.each(function(e){t.push({mean:e.mean,n:e.n})}),t},s.prototype.summary=function(){return[(this.discrete?"exact ":"approximating ")+this.n+" samples using "+this.size()+" centroids","min = "+this.percentile(0),"Q1  = "+this.percentile(.25),"Q2  = "+this.percentile(.5),"Q3  = "+this.percentile(.75),"max = "+this.percentile(1)].join("\n")},s.prototype.push=function(e,t){t=t||1,e=Array.isArray(e)?e:[e];for(var n=0;n<e.length;n++)this._digest(e[n],t)},s.prototype.push_centroid=function(e){e=Array.isArray(e)?e:[e];for(var t=0;t<e.length;t++)this._digest(e[t].mean,e[t].n)},s.prototype._cumulate=function(e){if(!(this.n===this.last_cumulate||!e&&this.CX&&this.CX>this.n/this.last_cumulate)){var t=0;this.centroids.each(function(e){e.mean_cumn=t+e.n/2,t=e.cumn=t+e.n}),this.n=this.last_cumulate=t}},s.prototype.find_nearest=function(e){if(0===this.size())return null;var t=this.centroids.lowerBound({mean:e}),n=null===t.data()?t.prev():t.data();if(n.mean===e||this.discrete)return n;var r=t.prev();return r&&Math.abs(r.mean-e)<Math.abs(n.mean-e)?r:n},s.prototype._new_centroid=function(e,t,n){var r={mean:e,n:t,cumn:n};return this.centroids.insert(r),this.n+=t,r},s.prototype._addweight=function(e,t,n){t!==e.mean&&(e.mean+=n*(t-e.mean)/(e.n+n)),e.cumn+=n,e.mean_cumn+=n/2,e.n+=n,this.n+=n},s.prototype._digest=function(e,t){var n=this.centroids.min(),r=this.centroids.max(),s=this.find_nearest(e);if(s&&s.mean===e)this._addweight(s,e,t);else if(s===n)this._new_centroid(e,t,0);else if(s===r)this._new_centroid(e,t,this.n);else if(this.discrete)this._new_centroid(e,t,s.cumn);else{var i=s.mean_cumn/this.n;Math.floor(4*this.n*this.delta*i*(1-i))-s.n>=t?this._addweight(s,e,t):this._new_centroid(e,t,s.cumn)}this._cumulate(!1),!this.discrete&&this.K&&this.size()>this.K/this.delta&&this.compress()},s.prototype.bound_mean=function(e){var t=this.centroids.upperBound({mean:e}),n=t.prev();return[n,n.mean===e?n:t.next()]},s.prototype.p_rank=function(e){var t=(Array.isArray(e)?e:[e]).map(this._p_rank,this);return Array.isArray(e)?t:t[0]},s.prototype._p_rank=function(e){if(0!==this.size()){if(e<this.centroids.min().mean)return 0;if(e>this.centroids.max().mean)return 1;this._cumulate(!0);var t=this.bound_mean(e),n=t[0],r=t[1];if(this.discrete)return n.cumn/this.n;var s=n.mean_cumn;return n!==r&&(s+=(e-n.mean)*(r.mean_cumn-n.mean_cumn)/(r.mean-n.mean)),s/this.n}},s.prototype.bound_mean_cumn=function(e){this.centroids._comparator=o;var t=this.centroids.upperBound({mean_cumn:e});this.centroids._comparator=i;var n=t.prev();return[n,n&&n.mean_cumn===e?n:t.next()]},s.prototype.percentile=function(e){var t=(Array.isArray(e)?e:[e]).map(this._percentile,this);return Array.isArray(e)?t:t[0]},s.prototype._percentile=function(e){if(0!==this.size()){this._cumulate(!0);var t=this.n*e,n=this.bound_mean_cumn(t),r=n[0],s=n[1];return s===r||null===r||null===s?(r||s).mean:this.discrete?t<=r.cumn?r.mean:s.mean:r.mean+(t-r.mean_cumn)*(s.mean-r.mean)/(s.mean_cumn-r.mean_cumn)}},s.prototype.compress=function(){if(!this.compressing){var e=this.toArray();for(this.reset(),this.compressing=!0;e.length>0;)this.push_centroid(a(e));this._cumulate(!0),this.compressing=!1}},B.prototype=Object.create(s.prototype),B.prototype.constructor=B,B.prototype.push=function(e){s.prototype.push.call(this,e),this.check_continuous()},B.prototype._new_centroid=function(e,t,n){this.n_unique+=1,s.prototype._new_centroid.call(this,e,t,n)},B.prototype._addweight=function(e,t,n){1===e.n&&(this.n_unique-=1),s.prototype._addweight.call(this,e,t,n)},B.prototype.check_continuous=function(){return!("auto"!==this.mode||this.size()<this.digest_thresh)&&(this.n_unique/this.size()>this.digest_ratio&&(this.mode="cont",this.discrete=!1,this.delta=this.config.delta||.01,this.compress(),!0))},e.exports={TDigest:s,Digest:B}},57349:(e,t,n)=>{var r=n(41127),s=n(63301),i=n(84454),o=n(92223),a=n(87103),B=n(90334),u=n(13142);function c(e,t,n,r,s,i){const o="block-map"===n.type?a.resolveBlockMap(e,t,n,r,i):"block-seq"===n.type?B.resolveBlockSeq(e,t,n,r,i):u.resolveFlowCollection(e,t,n,r,i),c=o.constructor;return"!"===s||s===c.tagName?(o.tag=c.tagName,o):(s&&(o.tag=s),o)}t.composeCollection=function(e,t,n,a,B){const u=a.tag,l=u?t.directives.tagName(u.source,e=>B(u,"TAG_RESOLVE_FAILED",e)):null;if("block-seq"===n.type){const{anchor:e,newlineAfterProp:t}=a,n=e&&u?e.offset>u.offset?e:u:e??u;if(n&&(!t||t.offset<n.offset)){B(n,"MISSING_CHAR","Missing newline after block sequence props")}}const h="block-map"===n.type?"map":"block-seq"===n.type?"seq":"{"===n.start.source?"map":"seq";if(!u||!l||"!"===l||l===i.YAMLMap.tagName&&"map"===h||l===o.YAMLSeq.tagName&&"seq"===h)return c(e,t,n,B,l);let f=t.schema.tags.find(e=>e.tag===l&&e.collection===h);if(!f){const r=t.schema.knownTags[l];if(r?.collection!==h)return r?B(u,"BAD_COLLECTION_TYPE",`${r.tag} used for ${h} collection, but expects ${r.collection??"scalar"}`,!0):B(u,"TAG_RESOLVE_FAILED",`Unresolved tag: ${l}`,!0),c(e,t,n,B,l);t.schema.tags.push(Object.assign({},r,{default:!1})),f=r}const p=c(e,t,n,B,l,f),C=f.resolve?.(p,e=>B(u,"TAG_RESOLVE_FAILED",e),t.options)??p,d=r.isNode(C)?C:new s.Scalar(C);return d.range=p.range,d.tag=l,f?.format&&(d.format=f.format),d}},23683:(e,t,n)=>{var r=n(3021),s=n(45937),i=n(17788),o=n(34631);t.composeDoc=function(e,t,{offset:n,start:a,value:B,end:u},c){const l=Object.assign({_directives:t},e),h=new r.Document(void 0,l),f={atKey:!1,atRoot:!0,directives:h.directives,options:h.options,schema:h.schema},p=o.resolveProps(a,{indicator:"doc-start",next:B??u?.[0],offset:n,onError:c,parentIndent:0,startOnNewline:!0});p.found&&(h.directives.docStart=!0,!B||"block-map"!==B.type&&"block-seq"!==B.type||p.hasNewline||c(p.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),h.contents=B?s.composeNode(f,B,p,c):s.composeEmptyNode(f,p.end,a,null,p,c);const C=h.contents.range[2],d=i.resolveEnd(u,C,!1,c);return d.comment&&(h.comment=d.comment),h.range=[n,C,d.offset],h}},45937:(e,t,n)=>{var r=n(4065),s=n(41127),i=n(57349),o=n(5413),a=n(17788),B=n(22599);const u={composeNode:c,composeEmptyNode:l};function c(e,t,n,B){const c=e.atKey,{spaceBefore:h,comment:f,anchor:p,tag:C}=n;let d,g=!0;switch(t.type){case"alias":d=function({options:e},{offset:t,source:n,end:s},i){const o=new r.Alias(n.substring(1));""===o.source&&i(t,"BAD_ALIAS","Alias cannot be an empty string");o.source.endsWith(":")&&i(t+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);const B=t+n.length,u=a.resolveEnd(s,B,e.strict,i);o.range=[t,B,u.offset],u.comment&&(o.comment=u.comment);return o}(e,t,B),(p||C)&&B(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":d=o.composeScalar(e,t,C,B),p&&(d.anchor=p.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{d=i.composeCollection(u,e,t,n,B),p&&(d.anchor=p.source.substring(1))}catch(e){B(t,"RESOURCE_EXHAUSTION",e instanceof Error?e.message:String(e))}break;default:B(t,"UNEXPECTED_TOKEN","error"===t.type?t.message:`Unsupported token (type: ${t.type})`),g=!1}if(d??(d=l(e,t.offset,void 0,null,n,B)),p&&""===d.anchor&&B(p,"BAD_ALIAS","Anchor cannot be an empty string"),c&&e.options.stringKeys&&(!s.isScalar(d)||"string"!=typeof d.value||d.tag&&"tag:yaml.org,2002:str"!==d.tag)){B(C??t,"NON_STRING_KEY","With stringKeys, all keys must be strings")}return h&&(d.spaceBefore=!0),f&&("scalar"===t.type&&""===t.source?d.comment=f:d.commentBefore=f),e.options.keepSourceTokens&&g&&(d.srcToken=t),d}function l(e,t,n,r,{spaceBefore:s,comment:i,anchor:a,tag:u,end:c},l){const h={type:"scalar",offset:B.emptyScalarPosition(t,n,r),indent:-1,source:""},f=o.composeScalar(e,h,u,l);return a&&(f.anchor=a.source.substring(1),""===f.anchor&&l(a,"BAD_ALIAS","Anchor cannot be an empty string")),s&&(f.spaceBefore=!0),i&&(f.comment=i,f.range[2]=c),f}t.composeEmptyNode=l,t.composeNode=c},5413:(e,t,n)=>{var r=n(41127),s=n(63301),i=n(48913),o=n(76842);t.composeScalar=function(e,t,n,a){const{value:B,type:u,comment:c,range:l}="block-scalar"===t.type?i.resolveBlockScalar(e,t,a):o.resolveFlowScalar(t,e.options.strict,a),h=n?e.directives.tagName(n.source,e=>a(n,"TAG_RESOLVE_FAILED",e)):null;let f,p;f=e.options.stringKeys&&e.atKey?e.schema[r.SCALAR]:h?function(e,t,n,s,i){if("!"===n)return e[r.SCALAR];const o=[];for(const t of e.tags)if(!t.collection&&t.tag===n){if(!t.default||!t.test)return t;o.push(t)}for(const e of o)if(e.test?.test(t))return e;const a=e.knownTags[n];if(a&&!a.collection)return e.tags.push(Object.assign({},a,{default:!1,test:void 0})),a;return i(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,"tag:yaml.org,2002:str"!==n),e[r.SCALAR]}(e.schema,B,h,n,a):"scalar"===t.type?function({atKey:e,directives:t,schema:n},s,i,o){const a=n.tags.find(t=>(!0===t.default||e&&"key"===t.default)&&t.test?.test(s))||n[r.SCALAR];if(n.compat){const e=n.compat.find(e=>e.default&&e.test?.test(s))??n[r.SCALAR];if(a.tag!==e.tag){o(i,"TAG_RESOLVE_FAILED",`Value may be parsed as either ${t.tagString(a.tag)} or ${t.tagString(e.tag)}`,!0)}}return a}(e,B,t,a):e.schema[r.SCALAR];try{const i=f.resolve(B,e=>a(n??t,"TAG_RESOLVE_FAILED",e),e.options);p=r.isScalar(i)?i:new s.Scalar(i)}catch(e){const r=e instanceof Error?e.message:String(e);a(n??t,"TAG_RESOLVE_FAILED",r),p=new s.Scalar(B)}return p.range=l,p.source=B,u&&(p.type=u),h&&(p.tag=h),f.format&&(p.format=f.format),c&&(p.comment=c),p}},89984:(e,t,n)=>{var r=n(932),s=n(61342),i=n(3021),o=n(91464),a=n(41127),B=n(23683),u=n(17788);function c(e){if("number"==typeof e)return[e,e+1];if(Array.isArray(e))return 2===e.length?e:[e[0],e[1]];const{offset:t,source:n}=e;return[t,t+("string"==typeof n?n.length:1)]}function l(e){let t="",n=!1,r=!1;for(let s=0;s<e.length;++s){const i=e[s];switch(i[0]){case"#":t+=(""===t?"":r?"\n\n":"\n")+(i.substring(1)||" "),n=!0,r=!1;break;case"%":"#"!==e[s+1]?.[0]&&(s+=1),n=!1;break;default:n||(r=!0),n=!1}}return{comment:t,afterEmptyLine:r}}t.Composer=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(e,t,n,r)=>{const s=c(e);r?this.warnings.push(new o.YAMLWarning(s,t,n)):this.errors.push(new o.YAMLParseError(s,t,n))},this.directives=new s.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){const{comment:n,afterEmptyLine:r}=l(this.prelude);if(n){const s=e.contents;if(t)e.comment=e.comment?`${e.comment}\n${n}`:n;else if(r||e.directives.docStart||!s)e.commentBefore=n;else if(a.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];a.isPair(e)&&(e=e.key);const t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{const e=s.commentBefore;s.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:l(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,n=-1){for(const t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){switch(r.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,n,r)=>{const s=c(e);s[0]+=t,this.onError(s,"BAD_DIRECTIVE",n,r)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{const t=B.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,n=new o.YAMLParseError(c(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(n):this.doc.errors.push(n);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new o.YAMLParseError(c(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=!0;const t=u.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new o.YAMLParseError(c(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){const e=Object.assign({_directives:this.directives},this.options),n=new i.Document(void 0,e);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),n.range=[0,t,t],this.decorate(n,!1),yield n}}}},87103:(e,t,n)=>{var r=n(57165),s=n(84454),i=n(34631),o=n(9499),a=n(74051),B=n(81187);const u="All mapping items must start at the same column";t.resolveBlockMap=function({composeNode:e,composeEmptyNode:t},n,c,l,h){const f=new(h?.nodeClass??s.YAMLMap)(n.schema);n.atRoot&&(n.atRoot=!1);let p=c.offset,C=null;for(const s of c.items){const{start:h,key:d,sep:g,value:m}=s,D=i.resolveProps(h,{indicator:"explicit-key-ind",next:d??g?.[0],offset:p,onError:l,parentIndent:c.indent,startOnNewline:!0}),E=!D.found;if(E){if(d&&("block-seq"===d.type?l(p,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in d&&d.indent!==c.indent&&l(p,"BAD_INDENT",u)),!D.anchor&&!D.tag&&!g){C=D.end,D.comment&&(f.comment?f.comment+="\n"+D.comment:f.comment=D.comment);continue}(D.newlineAfterProp||o.containsNewline(d))&&l(d??h[h.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else D.found?.indent!==c.indent&&l(p,"BAD_INDENT",u);n.atKey=!0;const y=D.end,A=d?e(n,d,D,l):t(n,y,h,null,D,l);n.schema.compat&&a.flowIndentCheck(c.indent,d,l),n.atKey=!1,B.mapIncludes(n,f.items,A)&&l(y,"DUPLICATE_KEY","Map keys must be unique");const b=i.resolveProps(g??[],{indicator:"map-value-ind",next:m,offset:A.range[2],onError:l,parentIndent:c.indent,startOnNewline:!d||"block-scalar"===d.type});if(p=b.end,b.found){E&&("block-map"!==m?.type||b.hasNewline||l(p,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),n.options.strict&&D.start<b.found.offset-1024&&l(A.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));const i=m?e(n,m,b,l):t(n,p,g,null,b,l);n.schema.compat&&a.flowIndentCheck(c.indent,m,l),p=i.range[2];const o=new r.Pair(A,i);n.options.keepSourceTokens&&(o.srcToken=s),f.items.push(o)}else{E&&l(A.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),b.comment&&(A.comment?A.comment+="\n"+b.comment:A.comment=b.comment);const e=new r.Pair(A);n.options.keepSourceTokens&&(e.srcToken=s),f.items.push(e)}}return C&&C<p&&l(C,"IMPOSSIBLE","Map comment with trailing content"),f.range=[c.offset,p,C??p],f}},48913:(e,t,n)=>{var r=n(63301);t.resolveBlockScalar=function(e,t,n){const s=t.offset,i=function({offset:e,props:t},n,r){if("block-scalar-header"!==t[0].type)return r(t[0],"IMPOSSIBLE","Block scalar header not found"),null;const{source:s}=t[0],i=s[0];let o=0,a="",B=-1;for(let t=1;t<s.length;++t){const n=s[t];if(a||"-"!==n&&"+"!==n){const r=Number(n);!o&&r?o=r:-1===B&&(B=e+t)}else a=n}-1!==B&&r(B,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let u=!1,c="",l=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":u=!0;case"newline":l+=s.source.length;break;case"comment":if(n&&!u){r(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters")}l+=s.source.length,c=s.source.substring(1);break;case"error":r(s,"UNEXPECTED_TOKEN",s.message),l+=s.source.length;break;default:{r(s,"UNEXPECTED_TOKEN",`Unexpected token in block scalar header: ${s.type}`);const e=s.source;e&&"string"==typeof e&&(l+=e.length)}}}return{mode:i,indent:o,chomp:a,comment:c,length:l}}(t,e.options.strict,n);if(!i)return{value:"",type:null,comment:"",range:[s,s,s]};const o=">"===i.mode?r.Scalar.BLOCK_FOLDED:r.Scalar.BLOCK_LITERAL,a=t.source?function(e){const t=e.split(/\n( *)/),n=t[0],r=n.match(/^( *)/),s=[r?.[1]?[r[1],n.slice(r[1].length)]:["",n]];for(let e=1;e<t.length;e+=2)s.push([t[e],t[e+1]]);return s}(t.source):[];let B=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(""!==t&&"\r"!==t)break;B=e}if(0===B){const e="+"===i.chomp&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let n=s+i.length;return t.source&&(n+=t.source.length),{value:e,type:o,comment:i.comment,range:[s,n,n]}}let u=t.indent+i.indent,c=t.offset+i.length,l=0;for(let t=0;t<B;++t){const[r,s]=a[t];if(""!==s&&"\r"!==s){if(r.length<u){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";n(c+r.length,"MISSING_CHAR",e)}if(0===i.indent&&(u=r.length),l=t,0===u&&!e.atRoot){n(c,"BAD_INDENT","Block scalar values in collections must be indented")}break}0===i.indent&&r.length>u&&(u=r.length),c+=r.length+s.length+1}for(let e=a.length-1;e>=B;--e)a[e][0].length>u&&(B=e+1);let h="",f="",p=!1;for(let e=0;e<l;++e)h+=a[e][0].slice(u)+"\n";for(let e=l;e<B;++e){let[t,s]=a[e];c+=t.length+s.length+1;const B="\r"===s[s.length-1];if(B&&(s=s.slice(0,-1)),s&&t.length<u){const e=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;n(c-s.length-(B?2:1),"BAD_INDENT",e),t=""}o===r.Scalar.BLOCK_LITERAL?(h+=f+t.slice(u)+s,f="\n"):t.length>u||"\t"===s[0]?(" "===f?f="\n":p||"\n"!==f||(f="\n\n"),h+=f+t.slice(u)+s,f="\n",p=!0):""===s?"\n"===f?h+="\n":f="\n":(h+=f+s,f=" ",p=!1)}switch(i.chomp){case"-":break;case"+":for(let e=B;e<a.length;++e)h+="\n"+a[e][0].slice(u);"\n"!==h[h.length-1]&&(h+="\n");break;default:h+="\n"}const C=s+i.length+t.source.length;return{value:h,type:o,comment:i.comment,range:[s,C,C]}}},90334:(e,t,n)=>{var r=n(92223),s=n(34631),i=n(74051);t.resolveBlockSeq=function({composeNode:e,composeEmptyNode:t},n,o,a,B){const u=new(B?.nodeClass??r.YAMLSeq)(n.schema);n.atRoot&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let c=o.offset,l=null;for(const{start:r,value:B}of o.items){const h=s.resolveProps(r,{indicator:"seq-item-ind",next:B,offset:c,onError:a,parentIndent:o.indent,startOnNewline:!0});if(!h.found){if(!(h.anchor||h.tag||B)){l=h.end,h.comment&&(u.comment=h.comment);continue}"block-seq"===B?.type?a(h.end,"BAD_INDENT","All sequence items must start at the same column"):a(c,"MISSING_CHAR","Sequence item without - indicator")}const f=B?e(n,B,h,a):t(n,h.end,r,null,h,a);n.schema.compat&&i.flowIndentCheck(o.indent,B,a),c=f.range[2],u.items.push(f)}return u.range=[o.offset,c,l??c],u}},17788:(e,t)=>{t.resolveEnd=function(e,t,n,r){let s="";if(e){let i=!1,o="";for(const a of e){const{source:e,type:B}=a;switch(B){case"space":i=!0;break;case"comment":{n&&!i&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";s?s+=o+t:s=t,o="";break}case"newline":s&&(o+=e),i=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${B} at node end`)}t+=e.length}}return{comment:s,offset:t}}},13142:(e,t,n)=>{var r=n(41127),s=n(57165),i=n(84454),o=n(92223),a=n(17788),B=n(34631),u=n(9499),c=n(81187);const l="Block collections are not allowed within flow collections",h=e=>e&&("block-map"===e.type||"block-seq"===e.type);t.resolveFlowCollection=function({composeNode:e,composeEmptyNode:t},n,f,p,C){const d="{"===f.start.source,g=d?"flow map":"flow sequence",m=new(C?.nodeClass??(d?i.YAMLMap:o.YAMLSeq))(n.schema);m.flow=!0;const D=n.atRoot;D&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let E=f.offset+f.start.source.length;for(let o=0;o<f.items.length;++o){const a=f.items[o],{start:C,key:D,sep:y,value:A}=a,b=B.resolveProps(C,{flow:g,indicator:"explicit-key-ind",next:D??y?.[0],offset:E,onError:p,parentIndent:f.indent,startOnNewline:!1});if(!b.found){if(!(b.anchor||b.tag||y||A)){0===o&&b.comma?p(b.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`):o<f.items.length-1&&p(b.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${g}`),b.comment&&(m.comment?m.comment+="\n"+b.comment:m.comment=b.comment),E=b.end;continue}!d&&n.options.strict&&u.containsNewline(D)&&p(D,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(0===o)b.comma&&p(b.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`);else if(b.comma||p(b.start,"MISSING_CHAR",`Missing , between ${g} items`),b.comment){let e="";e:for(const t of C)switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}if(e){let t=m.items[m.items.length-1];r.isPair(t)&&(t=t.value??t.key),t.comment?t.comment+="\n"+e:t.comment=e,b.comment=b.comment.substring(e.length+1)}}if(d||y||b.found){n.atKey=!0;const r=b.end,o=D?e(n,D,b,p):t(n,r,C,null,b,p);h(D)&&p(o.range,"BLOCK_IN_FLOW",l),n.atKey=!1;const u=B.resolveProps(y??[],{flow:g,indicator:"map-value-ind",next:A,offset:o.range[2],onError:p,parentIndent:f.indent,startOnNewline:!1});if(u.found){if(!d&&!b.found&&n.options.strict){if(y)for(const e of y){if(e===u.found)break;if("newline"===e.type){p(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}b.start<u.found.offset-1024&&p(u.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else A&&("source"in A&&":"===A.source?.[0]?p(A,"MISSING_CHAR",`Missing space after : in ${g}`):p(u.start,"MISSING_CHAR",`Missing , or : between ${g} items`));const w=A?e(n,A,u,p):u.found?t(n,u.end,y,null,u,p):null;w?h(A)&&p(w.range,"BLOCK_IN_FLOW",l):u.comment&&(o.comment?o.comment+="\n"+u.comment:o.comment=u.comment);const v=new s.Pair(o,w);if(n.options.keepSourceTokens&&(v.srcToken=a),d){const e=m;c.mapIncludes(n,e.items,o)&&p(r,"DUPLICATE_KEY","Map keys must be unique"),e.items.push(v)}else{const e=new i.YAMLMap(n.schema);e.flow=!0,e.items.push(v);const t=(w??o).range;e.range=[o.range[0],t[1],t[2]],m.items.push(e)}E=w?w.range[2]:u.end}else{const r=A?e(n,A,b,p):t(n,b.end,y,null,b,p);m.items.push(r),E=r.range[2],h(A)&&p(r.range,"BLOCK_IN_FLOW",l)}}const y=d?"}":"]",[A,...b]=f.end;let w=E;if(A?.source===y)w=A.offset+A.source.length;else{const e=g[0].toUpperCase()+g.substring(1);p(E,D?"MISSING_CHAR":"BAD_INDENT",D?`${e} must end with a ${y}`:`${e} in block collection must be sufficiently indented and end with a ${y}`),A&&1!==A.source.length&&b.unshift(A)}if(b.length>0){const e=a.resolveEnd(b,w,n.options.strict,p);e.comment&&(m.comment?m.comment+="\n"+e.comment:m.comment=e.comment),m.range=[f.offset,w,e.offset]}else m.range=[f.offset,w,w];return m}},76842:(e,t,n)=>{var r=n(63301),s=n(17788);function i(e){const t=/(.*?)\r?\n/sy;let n,r,s=t.exec(e);if(!s)return e;try{n=new RegExp("(?<![ \t])[ \t]+$"),r=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{n=/[ \t]+$/,r=/^[ \t]+|[ \t]+$/g}let i=s[1].replace(n,""),o=" ",a=t.lastIndex;for(;s=t.exec(e);){const e=s[1].replace(r,"");""===e?"\n"===o?i+=o:o="\n":(i+=o+e,o=" "),a=t.lastIndex}const B=/[ \t]*(.*)/sy;return B.lastIndex=a,s=B.exec(e),i+o+(s?.[1]??"")}function o(e,t){let n="",r=e[t+1];for(;!(" "!==r&&"\t"!==r&&"\n"!==r&&"\r"!==r||"\r"===r&&"\n"!==e[t+2]);)"\n"===r&&(n+="\n"),r=e[(t+=1)+1];return n||(n=" "),{fold:n,offset:t}}const a={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function B(e,t,n,r){const s=e.substr(t,n),i=s.length===n&&/^[0-9a-fA-F]+$/.test(s)?parseInt(s,16):NaN;try{return String.fromCodePoint(i)}catch{const s=e.substr(t-2,n+2);return r(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),s}}t.resolveFlowScalar=function(e,t,n){const{offset:u,type:c,source:l,end:h}=e;let f,p;const C=(e,t,r)=>n(u+e,t,r);switch(c){case"scalar":f=r.Scalar.PLAIN,p=function(e,t){let n="";switch(e[0]){case"\t":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":n=`block scalar indicator ${e[0]}`;break;case"@":case"`":n=`reserved character ${e[0]}`}n&&t(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`);return i(e)}(l,C);break;case"single-quoted-scalar":f=r.Scalar.QUOTE_SINGLE,p=function(e,t){"'"===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR","Missing closing 'quote");return i(e.slice(1,-1)).replace(/''/g,"'")}(l,C);break;case"double-quoted-scalar":f=r.Scalar.QUOTE_DOUBLE,p=function(e,t){let n="";for(let r=1;r<e.length-1;++r){const s=e[r];if("\r"!==s||"\n"!==e[r+1])if("\n"===s){const{fold:t,offset:s}=o(e,r);n+=t,r=s}else if("\\"===s){let s=e[++r];const i=a[s];if(i)n+=i;else if("\n"===s)for(s=e[r+1];" "===s||"\t"===s;)s=e[1+ ++r];else if("\r"===s&&"\n"===e[r+1])for(s=e[1+ ++r];" "===s||"\t"===s;)s=e[1+ ++r];else if("x"===s||"u"===s||"U"===s){const i="x"===s?2:"u"===s?4:8;n+=B(e,r+1,i,t),r+=i}else{const s=e.substr(r-1,2);t(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),n+=s}}else if(" "===s||"\t"===s){const t=r;let i=e[r+1];for(;" "===i||"\t"===i;)i=e[1+ ++r];"\n"===i||"\r"===i&&"\n"===e[r+2]||(n+=r>t?e.slice(t,r+1):s)}else n+=s}'"'===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR",'Missing closing "quote');return n}(l,C);break;default:return n(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${c}`),{value:"",type:null,comment:"",range:[u,u+l.length,u+l.length]}}const d=u+l.length,g=s.resolveEnd(h,d,t,n);return{value:p,type:f,comment:g.comment,range:[u,d,g.offset]}}},34631:(e,t)=>{t.resolveProps=function(e,{flow:t,indicator:n,next:r,offset:s,onError:i,parentIndent:o,startOnNewline:a}){let B=!1,u=a,c=a,l="",h="",f=!1,p=!1,C=null,d=null,g=null,m=null,D=null,E=null,y=null;for(const s of e)switch(p&&("space"!==s.type&&"newline"!==s.type&&"comma"!==s.type&&i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),p=!1),C&&(u&&"comment"!==s.type&&"newline"!==s.type&&i(C,"TAB_AS_INDENT","Tabs are not allowed as indentation"),C=null),s.type){case"space":t||"doc-start"===n&&"flow-collection"===r?.type||!s.source.includes("\t")||(C=s),c=!0;break;case"comment":{c||i(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";l?l+=h+e:l=e,h="",u=!1;break}case"newline":u?l?l+=s.source:E&&"seq-item-ind"===n||(B=!0):h+=s.source,u=!0,f=!0,(d||g)&&(m=s),c=!0;break;case"anchor":d&&i(s,"MULTIPLE_ANCHORS","A node can have at most one anchor"),s.source.endsWith(":")&&i(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),d=s,y??(y=s.offset),u=!1,c=!1,p=!0;break;case"tag":g&&i(s,"MULTIPLE_TAGS","A node can have at most one tag"),g=s,y??(y=s.offset),u=!1,c=!1,p=!0;break;case n:(d||g)&&i(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`),E&&i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`),E=s,u="seq-item-ind"===n||"explicit-key-ind"===n,c=!1;break;case"comma":if(t){D&&i(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`),D=s,u=!1,c=!1;break}default:i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`),u=!1,c=!1}const A=e[e.length-1],b=A?A.offset+A.source.length:s;return p&&r&&"space"!==r.type&&"newline"!==r.type&&"comma"!==r.type&&("scalar"!==r.type||""!==r.source)&&i(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),C&&(u&&C.indent<=o||"block-map"===r?.type||"block-seq"===r?.type)&&i(C,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:D,found:E,spaceBefore:B,comment:l,hasNewline:f,anchor:d,tag:g,newlineAfterProp:m,end:b,start:y??b}}},9499:(e,t)=>{t.containsNewline=function e(t){if(!t)return null;switch(t.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(t.source.includes("\n"))return!0;if(t.end)for(const e of t.end)if("newline"===e.type)return!0;return!1;case"flow-collection":for(const n of t.items){for(const e of n.start)if("newline"===e.type)return!0;if(n.sep)for(const e of n.sep)if("newline"===e.type)return!0;if(e(n.key)||e(n.value))return!0}return!1;default:return!0}}},22599:(e,t)=>{t.emptyScalarPosition=function(e,t,n){if(t){n??(n=t.length);for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case"space":case"comment":case"newline":e-=n.source.length;continue}for(n=t[++r];"space"===n?.type;)e+=n.source.length,n=t[++r];break}}return e}},74051:(e,t,n)=>{var r=n(9499);t.flowIndentCheck=function(e,t,n){if("flow-collection"===t?.type){const s=t.end[0];if(s.indent===e&&("]"===s.source||"}"===s.source)&&r.containsNewline(t)){n(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}}},81187:(e,t,n)=>{var r=n(41127);t.mapIncludes=function(e,t,n){const{uniqueKeys:s}=e.options;if(!1===s)return!1;const i="function"==typeof s?s:(e,t)=>e===t||r.isScalar(e)&&r.isScalar(t)&&e.value===t.value;return t.some(e=>i(e.key,n))}},3021:(e,t,n)=>{var r=n(4065),s=n(40101),i=n(41127),o=n(57165),a=n(74043),B=n(45840),u=n(6829),c=n(71596),l=n(83661),h=n(42404),f=n(61342);class p{constructor(e,t,n){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,i.NODE_TYPE,{value:i.DOC});let r=null;"function"==typeof t||Array.isArray(t)?r=t:void 0===n&&t&&(n=t,t=void 0);const s=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},n);this.options=s;let{version:o}=s;n?._directives?(this.directives=n._directives.atDocument(),this.directives.yaml.explicit&&(o=this.directives.yaml.version)):this.directives=new f.Directives({version:o}),this.setSchema(o,n),this.contents=void 0===e?null:this.createNode(e,r,n)}clone(){const e=Object.create(p.prototype,{[i.NODE_TYPE]:{value:i.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=i.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){C(this.contents)&&this.contents.add(e)}addIn(e,t){C(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const n=c.anchorNames(this);e.anchor=!t||n.has(t)?c.findNewAnchor(t||"a",n):t}return new r.Alias(e.anchor)}createNode(e,t,n){let r;if("function"==typeof t)e=t.call({"":e},"",e),r=t;else if(Array.isArray(t)){const e=e=>"number"==typeof e||e instanceof String||e instanceof Number,n=t.filter(e).map(String);n.length>0&&(t=t.concat(n)),r=t}else void 0===n&&t&&(n=t,t=void 0);const{aliasDuplicateObjects:s,anchorPrefix:o,flow:a,keepUndefined:B,onTagObj:u,tag:l}=n??{},{onAnchor:f,setAnchors:p,sourceObjects:C}=c.createNodeAnchors(this,o||"a"),d={aliasDuplicateObjects:s??!0,keepUndefined:B??!1,onAnchor:f,onTagObj:u,replacer:r,schema:this.schema,sourceObjects:C},g=h.createNode(e,l,d);return a&&i.isCollection(g)&&(g.flow=!0),p(),g}createPair(e,t,n={}){const r=this.createNode(e,null,n),s=this.createNode(t,null,n);return new o.Pair(r,s)}delete(e){return!!C(this.contents)&&this.contents.delete(e)}deleteIn(e){return s.isEmptyPath(e)?null!=this.contents&&(this.contents=null,!0):!!C(this.contents)&&this.contents.deleteIn(e)}get(e,t){return i.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return s.isEmptyPath(e)?!t&&i.isScalar(this.contents)?this.contents.value:this.contents:i.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return!!i.isCollection(this.contents)&&this.contents.has(e)}hasIn(e){return s.isEmptyPath(e)?void 0!==this.contents:!!i.isCollection(this.contents)&&this.contents.hasIn(e)}set(e,t){null==this.contents?this.contents=s.collectionFromPath(this.schema,[e],t):C(this.contents)&&this.contents.set(e,t)}setIn(e,t){s.isEmptyPath(e)?this.contents=t:null==this.contents?this.contents=s.collectionFromPath(this.schema,Array.from(e),t):C(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){let n;switch("number"==typeof e&&(e=String(e)),e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new f.Directives({version:"1.1"}),n={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new f.Directives({version:e}),n={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,n=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else{if(!n)throw new Error("With a null YAML version, the { schema: Schema } option is required");this.schema=new B.Schema(Object.assign(n,t))}}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:s,reviver:i}={}){const o={anchors:new Map,doc:this,keep:!e,mapAsMap:!0===n,mapKeyWarned:!1,maxAliasCount:"number"==typeof r?r:100},B=a.toJS(this.contents,t??"",o);if("function"==typeof s)for(const{count:e,res:t}of o.anchors.values())s(t,e);return"function"==typeof i?l.applyReviver(i,{"":B},"",B):B}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return u.stringifyDocument(this,e)}}function C(e){if(i.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}t.Document=p},71596:(e,t,n)=>{var r=n(41127),s=n(10204);function i(e){const t=new Set;return s.visit(e,{Value(e,n){n.anchor&&t.add(n.anchor)}}),t}function o(e,t){for(let n=1;;++n){const r=`${e}${n}`;if(!t.has(r))return r}}t.anchorIsValid=function(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);throw new Error(`Anchor must not contain whitespace or control characters: ${t}`)}return!0},t.anchorNames=i,t.createNodeAnchors=function(e,t){const n=[],s=new Map;let a=null;return{onAnchor:r=>{n.push(r),a??(a=i(e));const s=o(t,a);return a.add(s),s},setAnchors:()=>{for(const e of n){const t=s.get(e);if("object"!=typeof t||!t.anchor||!r.isScalar(t.node)&&!r.isCollection(t.node)){const t=new Error("Failed to resolve repeated object (this should not happen)");throw t.source=e,t}t.node.anchor=t.anchor}},sourceObjects:s}},t.findNewAnchor=o},83661:(e,t)=>{t.applyReviver=function e(t,n,r,s){if(s&&"object"==typeof s)if(Array.isArray(s))for(let n=0,r=s.length;n<r;++n){const r=s[n],i=e(t,s,String(n),r);void 0===i?delete s[n]:i!==r&&(s[n]=i)}else if(s instanceof Map)for(const n of Array.from(s.keys())){const r=s.get(n),i=e(t,s,n,r);void 0===i?s.delete(n):i!==r&&s.set(n,i)}else if(s instanceof Set)for(const n of Array.from(s)){const r=e(t,s,n,n);void 0===r?s.delete(n):r!==n&&(s.delete(n),s.add(r))}else for(const[n,r]of Object.entries(s)){const i=e(t,s,n,r);void 0===i?delete s[n]:i!==r&&(s[n]=i)}return t.call(n,r,s)}},42404:(e,t,n)=>{var r=n(4065),s=n(41127),i=n(63301);t.createNode=function(e,t,n){if(s.isDocument(e)&&(e=e.contents),s.isNode(e))return e;if(s.isPair(e)){const t=n.schema[s.MAP].createNode?.(n.schema,null,n);return t.items.push(e),t}(e instanceof String||e instanceof Number||e instanceof Boolean||"undefined"!=typeof BigInt&&e instanceof BigInt)&&(e=e.valueOf());const{aliasDuplicateObjects:o,onAnchor:a,onTagObj:B,schema:u,sourceObjects:c}=n;let l;if(o&&e&&"object"==typeof e){if(l=c.get(e),l)return l.anchor??(l.anchor=a(e)),new r.Alias(l.anchor);l={anchor:null,node:null},c.set(e,l)}t?.startsWith("!!")&&(t="tag:yaml.org,2002:"+t.slice(2));let h=function(e,t,n){if(t){const e=n.filter(e=>e.tag===t),r=e.find(e=>!e.format)??e[0];if(!r)throw new Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}(e,t,u.tags);if(!h){if(e&&"function"==typeof e.toJSON&&(e=e.toJSON()),!e||"object"!=typeof e){const t=new i.Scalar(e);return l&&(l.node=t),t}h=e instanceof Map?u[s.MAP]:Symbol.iterator in Object(e)?u[s.SEQ]:u[s.MAP]}B&&(B(h),delete n.onTagObj);const f=h?.createNode?h.createNode(n.schema,e,n):"function"==typeof h?.nodeClass?.from?h.nodeClass.from(n.schema,e,n):new i.Scalar(e);return t?f.tag=t:h.default||(f.tag=h.tag),l&&(l.node=f),f}},61342:(e,t,n)=>{var r=n(41127),s=n(10204);const i={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},o=e=>e.replace(/[!,[\]{}]/g,e=>i[e]);class a{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},a.defaultYaml,e),this.tags=Object.assign({},a.defaultTags,t)}clone(){const e=new a(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){const e=new a(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:a.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},a.defaultTags)}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:a.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},a.defaultTags),this.atNextDocument=!1);const n=e.trim().split(/[ \t]+/),r=n.shift();switch(r){case"%TAG":{if(2!==n.length&&(t(0,"%TAG directive should contain exactly two parts"),n.length<2))return!1;const[e,r]=n;return this.tags[e]=r,!0}case"%YAML":{if(this.yaml.explicit=!0,1!==n.length)return t(0,"%YAML directive should contain exactly one part"),!1;const[e]=n;if("1.1"===e||"1.2"===e)return this.yaml.version=e,!0;return t(6,`Unsupported YAML version ${e}`,/^\d+\.\d+$/.test(e)),!1}default:return t(0,`Unknown directive ${r}`,!0),!1}}tagName(e,t){if("!"===e)return"!";if("!"!==e[0])return t(`Not a valid tag: ${e}`),null;if("<"===e[1]){const n=e.slice(2,-1);return"!"===n||"!!"===n?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(">"!==e[e.length-1]&&t("Verbatim tags must end with a >"),n)}const[,n,r]=e.match(/^(.*!)([^!]*)$/s);r||t(`The ${e} tag has no suffix`);const s=this.tags[n];if(s)try{return s+decodeURIComponent(r)}catch(e){return t(String(e)),null}return"!"===n?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(const[t,n]of Object.entries(this.tags))if(e.startsWith(n))return t+o(e.substring(n.length));return"!"===e[0]?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],n=Object.entries(this.tags);let i;if(e&&n.length>0&&r.isNode(e.contents)){const t={};s.visit(e.contents,(e,n)=>{r.isNode(n)&&n.tag&&(t[n.tag]=!0)}),i=Object.keys(t)}else i=[];for(const[r,s]of n)"!!"===r&&"tag:yaml.org,2002:"===s||e&&!i.some(e=>e.startsWith(s))||t.push(`%TAG ${r} ${s}`);return t.join("\n")}}a.defaultYaml={explicit:!1,version:"1.2"},a.defaultTags={"!!":"tag:yaml.org,2002:"},t.Directives=a},91464:(e,t)=>{class n extends Error{constructor(e,t,n,r){super(),this.name=e,this.code=n,this.message=r,this.pos=t}}t.YAMLError=n,t.YAMLParseError=class extends n{constructor(e,t,n){super("YAMLParseError",e,t,n)}},t.YAMLWarning=class extends n{constructor(e,t,n){super("YAMLWarning",e,t,n)}},t.prettifyError=(e,t)=>n=>{if(-1===n.pos[0])return;n.linePos=n.pos.map(e=>t.linePos(e));const{line:r,col:s}=n.linePos[0];n.message+=` at line ${r}, column ${s}`;let i=s-1,o=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,"");if(i>=60&&o.length>80){const e=Math.min(i-39,o.length-79);o="…"+o.substring(e),i-=e-1}if(o.length>80&&(o=o.substring(0,79)+"…"),r>1&&/^ *$/.test(o.substring(0,i))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);n.length>80&&(n=n.substring(0,79)+"…\n"),o=n+o}if(/[^ ]/.test(o)){let e=1;const t=n.linePos[1];t?.line===r&&t.col>s&&(e=Math.max(1,Math.min(t.col-s,80-i)));const a=" ".repeat(i)+"^".repeat(e);n.message+=`:\n\n${o}\n${a}\n`}}},38815:(e,t,n)=>{var r=n(89984),s=n(3021),i=n(45840),o=n(91464),a=n(4065),B=n(41127),u=n(57165),c=n(63301),l=n(84454),h=n(92223),f=n(3461),p=n(40361),C=n(66628),d=n(3456),g=n(84047),m=n(10204);r.Composer,s.Document,i.Schema,o.YAMLError,o.YAMLParseError,o.YAMLWarning,a.Alias,t.Vj=B.isAlias,B.isCollection,B.isDocument,t.jh=B.isMap,B.isNode,t.tO=B.isPair,t.jn=B.isScalar,t.oP=B.isSeq,u.Pair,c.Scalar,l.YAMLMap,h.YAMLSeq,p.Lexer,t.HN=C.LineCounter,d.Parser,g.parse,g.parseAllDocuments,t.Tp=g.parseDocument,t.As=g.stringify,t.YR=m.visit,m.visitAsync},57249:(e,t,n)=>{var r=n(932);t.debug=function(e,...t){"debug"===e&&console.log(...t)},t.warn=function(e,t){"debug"!==e&&"warn"!==e||("function"==typeof r.emitWarning?r.emitWarning(t):console.warn(t))}},4065:(e,t,n)=>{var r=n(71596),s=n(10204),i=n(41127),o=n(66673),a=n(74043);class B extends o.NodeBase{constructor(e){super(i.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(0===t?.maxAliasCount)throw new ReferenceError("Alias resolution is disabled");let n,r;t?.aliasResolveCache?n=t.aliasResolveCache:(n=[],s.visit(e,{Node:(e,t)=>{(i.isAlias(t)||i.hasAnchor(t))&&n.push(t)}}),t&&(t.aliasResolveCache=n));for(const e of n){if(e===this)break;e.anchor===this.source&&(r=e)}if(r&&t){const{anchors:e,doc:n,maxAliasCount:s}=t;let i=e.get(r);if(i||(a.toJS(r,null,t),i=e.get(r)),void 0===i?.res){throw new ReferenceError("This should not happen: Alias anchor was not resolved?")}if(s>=0&&(i.count+=1,0===i.aliasCount&&(i.aliasCount=u(n,r,e)),i.count*i.aliasCount>s)){throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack")}}return r}toJSON(e,t){if(!t)return{source:this.source};const n=this.resolve(t.doc,t);if(!n){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){const s=`*${this.source}`;if(e){if(r.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function u(e,t,n){if(i.isAlias(t)){const r=t.resolve(e),s=n&&r&&n.get(r);return s?s.count*s.aliasCount:0}if(i.isCollection(t)){let r=0;for(const s of t.items){const t=u(e,s,n);t>r&&(r=t)}return r}if(i.isPair(t)){const r=u(e,t.key,n),s=u(e,t.value,n);return Math.max(r,s)}return 1}t.Alias=B},40101:(e,t,n)=>{var r=n(42404),s=n(41127),i=n(66673);function o(e,t,n){let s=n;for(let e=t.length-1;e>=0;--e){const n=t[e];if("number"==typeof n&&Number.isInteger(n)&&n>=0){const e=[];e[n]=s,s=e}else s=new Map([[n,s]])}return r.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const a=e=>null==e||"object"==typeof e&&!!e[Symbol.iterator]().next().done;class B extends i.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(a(e))this.add(t);else{const[n,...r]=e,i=this.get(n,!0);if(s.isCollection(i))i.addIn(r,t);else{if(void 0!==i||!this.schema)throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`);this.set(n,o(this.schema,r,t))}}}deleteIn(e){const[t,...n]=e;if(0===n.length)return this.delete(t);const r=this.get(t,!0);if(s.isCollection(r))return r.deleteIn(n);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){const[n,...r]=e,i=this.get(n,!0);return 0===r.length?!t&&s.isScalar(i)?i.value:i:s.isCollection(i)?i.getIn(r,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return!1;const n=t.value;return null==n||e&&s.isScalar(n)&&null==n.value&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){const[t,...n]=e;if(0===n.length)return this.has(t);const r=this.get(t,!0);return!!s.isCollection(r)&&r.hasIn(n)}setIn(e,t){const[n,...r]=e;if(0===r.length)this.set(n,t);else{const e=this.get(n,!0);if(s.isCollection(e))e.setIn(r,t);else{if(void 0!==e||!this.schema)throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`);this.set(n,o(this.schema,r,t))}}}}t.Collection=B,t.collectionFromPath=o,t.isEmptyPath=a},66673:(e,t,n)=>{var r=n(83661),s=n(41127),i=n(74043);t.NodeBase=class{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:o,reviver:a}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const B={anchors:new Map,doc:e,keep:!0,mapAsMap:!0===t,mapKeyWarned:!1,maxAliasCount:"number"==typeof n?n:100},u=i.toJS(this,"",B);if("function"==typeof o)for(const{count:e,res:t}of B.anchors.values())o(t,e);return"function"==typeof a?r.applyReviver(a,{"":u},"",u):u}}},57165:(e,t,n)=>{var r=n(42404),s=n(59748),i=n(97104),o=n(41127);class a{constructor(e,t=null){Object.defineProperty(this,o.NODE_TYPE,{value:o.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:n}=this;return o.isNode(t)&&(t=t.clone(e)),o.isNode(n)&&(n=n.clone(e)),new a(t,n)}toJSON(e,t){const n=t?.mapAsMap?new Map:{};return i.addPairToJSMap(t,n,this)}toString(e,t,n){return e?.doc?s.stringifyPair(this,e,t,n):JSON.stringify(this)}}t.Pair=a,t.createPair=function(e,t,n){const s=r.createNode(e,void 0,n),i=r.createNode(t,void 0,n);return new a(s,i)}},63301:(e,t,n)=>{var r=n(41127),s=n(66673),i=n(74043);class o extends s.NodeBase{constructor(e){super(r.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:i.toJS(this.value,e,t)}toString(){return String(this.value)}}o.BLOCK_FOLDED="BLOCK_FOLDED",o.BLOCK_LITERAL="BLOCK_LITERAL",o.PLAIN="PLAIN",o.QUOTE_DOUBLE="QUOTE_DOUBLE",o.QUOTE_SINGLE="QUOTE_SINGLE",t.Scalar=o,t.isScalarValue=e=>!e||"function"!=typeof e&&"object"!=typeof e},84454:(e,t,n)=>{var r=n(61212),s=n(97104),i=n(40101),o=n(41127),a=n(57165),B=n(63301);function u(e,t){const n=o.isScalar(t)?t.value:t;for(const r of e)if(o.isPair(r)){if(r.key===t||r.key===n)return r;if(o.isScalar(r.key)&&r.key.value===n)return r}}class c extends i.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(o.MAP,e),this.items=[]}static from(e,t,n){const{keepUndefined:r,replacer:s}=n,i=new this(e),o=(e,o)=>{if("function"==typeof s)o=s.call(t,e,o);else if(Array.isArray(s)&&!s.includes(e))return;(void 0!==o||r)&&i.items.push(a.createPair(e,o,n))};if(t instanceof Map)for(const[e,n]of t)o(e,n);else if(t&&"object"==typeof t)for(const e of Object.keys(t))o(e,t[e]);return"function"==typeof e.sortMapEntries&&i.items.sort(e.sortMapEntries),i}add(e,t){let n;n=o.isPair(e)?e:e&&"object"==typeof e&&"key"in e?new a.Pair(e.key,e.value):new a.Pair(e,e?.value);const r=u(this.items,n.key),s=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${n.key} already set`);o.isScalar(r.value)&&B.isScalarValue(n.value)?r.value.value=n.value:r.value=n.value}else if(s){const e=this.items.findIndex(e=>s(n,e)<0);-1===e?this.items.push(n):this.items.splice(e,0,n)}else this.items.push(n)}delete(e){const t=u(this.items,e);if(!t)return!1;return this.items.splice(this.items.indexOf(t),1).length>0}get(e,t){const n=u(this.items,e),r=n?.value;return(!t&&o.isScalar(r)?r.value:r)??void 0}has(e){return!!u(this.items,e)}set(e,t){this.add(new a.Pair(e,t),!0)}toJSON(e,t,n){const r=n?new n:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(r);for(const e of this.items)s.addPairToJSMap(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(const e of this.items)if(!o.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),r.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:n,onComment:t})}}t.YAMLMap=c,t.findPair=u},92223:(e,t,n)=>{var r=n(42404),s=n(61212),i=n(40101),o=n(41127),a=n(63301),B=n(74043);class u extends i.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(o.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){const t=c(e);if("number"!=typeof t)return!1;return this.items.splice(t,1).length>0}get(e,t){const n=c(e);if("number"!=typeof n)return;const r=this.items[n];return!t&&o.isScalar(r)?r.value:r}has(e){const t=c(e);return"number"==typeof t&&t<this.items.length}set(e,t){const n=c(e);if("number"!=typeof n)throw new Error(`Expected a valid index, not ${e}.`);const r=this.items[n];o.isScalar(r)&&a.isScalarValue(t)?r.value=t:this.items[n]=t}toJSON(e,t){const n=[];t?.onCreate&&t.onCreate(n);let r=0;for(const e of this.items)n.push(B.toJS(e,String(r++),t));return n}toString(e,t,n){return e?s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:n,onComment:t}):JSON.stringify(this)}static from(e,t,n){const{replacer:s}=n,i=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let o of t){if("function"==typeof s){const n=t instanceof Set?o:String(e++);o=s.call(t,n,o)}i.items.push(r.createNode(o,void 0,n))}}return i}}function c(e){let t=o.isScalar(e)?e.value:e;return t&&"string"==typeof t&&(t=Number(t)),"number"==typeof t&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=u},97104:(e,t,n)=>{var r=n(57249),s=n(90452),i=n(2148),o=n(41127),a=n(74043);t.addPairToJSMap=function(e,t,{key:n,value:B}){if(o.isNode(n)&&n.addToJSMap)n.addToJSMap(e,t,B);else if(s.isMergeKey(e,n))s.addMergeToJSMap(e,t,B);else{const s=a.toJS(n,"",e);if(t instanceof Map)t.set(s,a.toJS(B,s,e));else if(t instanceof Set)t.add(s);else{const u=function(e,t,n){if(null===t)return"";if("object"!=typeof t)return String(t);if(o.isNode(e)&&n?.doc){const t=i.createStringifyContext(n.doc,{});t.anchors=new Set;for(const e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=!0,t.inStringifyKey=!0;const s=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(s);e.length>40&&(e=e.substring(0,36)+'..."'),r.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`),n.mapKeyWarned=!0}return s}return JSON.stringify(t)}(n,s,e),c=a.toJS(B,u,e);u in t?Object.defineProperty(t,u,{value:c,writable:!0,enumerable:!0,configurable:!0}):t[u]=c}}return t}},41127:(e,t)=>{const n=Symbol.for("yaml.alias"),r=Symbol.for("yaml.document"),s=Symbol.for("yaml.map"),i=Symbol.for("yaml.pair"),o=Symbol.for("yaml.scalar"),a=Symbol.for("yaml.seq"),B=Symbol.for("yaml.node.type"),u=e=>!!e&&"object"==typeof e&&e[B]===o;function c(e){if(e&&"object"==typeof e)switch(e[B]){case s:case a:return!0}return!1}t.ALIAS=n,t.DOC=r,t.MAP=s,t.NODE_TYPE=B,t.PAIR=i,t.SCALAR=o,t.SEQ=a,t.hasAnchor=e=>(u(e)||c(e))&&!!e.anchor,t.isAlias=e=>!!e&&"object"==typeof e&&e[B]===n,t.isCollection=c,t.isDocument=e=>!!e&&"object"==typeof e&&e[B]===r,t.isMap=e=>!!e&&"object"==typeof e&&e[B]===s,t.isNode=function(e){if(e&&"object"==typeof e)switch(e[B]){case n:case s:case o:case a:return!0}return!1},t.isPair=e=>!!e&&"object"==typeof e&&e[B]===i,t.isScalar=u,t.isSeq=e=>!!e&&"object"==typeof e&&e[B]===a},74043:(e,t,n)=>{var r=n(41127);t.toJS=function e(t,n,s){if(Array.isArray(t))return t.map((t,n)=>e(t,String(n),s));if(t&&"function"==typeof t.toJSON){if(!s||!r.hasAnchor(t))return t.toJSON(n,s);const e={aliasCount:0,count:1,res:void 0};s.anchors.set(t,e),s.onCreate=t=>{e.res=t,delete s.onCreate};const i=t.toJSON(n,s);return s.onCreate&&s.onCreate(i),i}return"bigint"!=typeof t||s?.keep?t:Number(t)}},60110:(e,t,n)=>{var r=n(48913),s=n(76842),i=n(91464),o=n(83069);function a(e,t){if(t)for(const n of t)switch(n.type){case"space":case"comment":e.push(n);break;case"newline":return e.push(n),!0}return!1}function B(e,t,n){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=n,e.source=t;break;case"block-scalar":{const r=e.props.slice(1);let s=t.length;"block-scalar-header"===e.props[0].type&&(s-=e.props[0].source.length);for(const e of r)e.offset+=s;delete e.props,Object.assign(e,{type:n,source:t,end:r});break}case"block-map":case"block-seq":{const r={type:"newline",offset:e.offset+t.length,indent:e.indent,source:"\n"};delete e.items,Object.assign(e,{type:n,source:t,end:[r]});break}default:{const r="indent"in e?e.indent:-1,s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>"space"===e.type||"comment"===e.type||"newline"===e.type):[];for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t];Object.assign(e,{type:n,indent:r,source:t,end:s})}}}t.createScalarToken=function(e,t){const{implicitKey:n=!1,indent:r,inFlow:s=!1,offset:i=-1,type:B="PLAIN"}=t,u=o.stringifyString({type:B,value:e},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:s,options:{blockQuote:!0,lineWidth:-1}}),c=t.end??[{type:"newline",offset:-1,indent:r,source:"\n"}];switch(u[0]){case"|":case">":{const e=u.indexOf("\n"),t=u.substring(0,e),n=u.substring(e+1)+"\n",s=[{type:"block-scalar-header",offset:i,indent:r,source:t}];return a(s,c)||s.push({type:"newline",offset:-1,indent:r,source:"\n"}),{type:"block-scalar",offset:i,indent:r,props:s,source:n}}case'"':return{type:"double-quoted-scalar",offset:i,indent:r,source:u,end:c};case"'":return{type:"single-quoted-scalar",offset:i,indent:r,source:u,end:c};default:return{type:"scalar",offset:i,indent:r,source:u,end:c}}},t.resolveAsScalar=function(e,t=!0,n){if(e){const o=(e,t,r)=>{const s="number"==typeof e?e:Array.isArray(e)?e[0]:e.offset;if(!n)throw new i.YAMLParseError([s,s+1],t,r);n(s,t,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,o);case"block-scalar":return r.resolveBlockScalar({options:{strict:t}},e,o)}}return null},t.setScalarValue=function(e,t,n={}){let{afterKey:r=!1,implicitKey:s=!1,inFlow:i=!1,type:u}=n,c="indent"in e?e.indent:null;if(r&&"number"==typeof c&&(c+=2),!u)switch(e.type){case"single-quoted-scalar":u="QUOTE_SINGLE";break;case"double-quoted-scalar":u="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header");u=">"===t.source[0]?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:u="PLAIN"}const l=o.stringifyString({type:u,value:t},{implicitKey:s||null===c,indent:null!==c&&c>0?" ".repeat(c):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}});switch(l[0]){case"|":case">":!function(e,t){const n=t.indexOf("\n"),r=t.substring(0,n),s=t.substring(n+1)+"\n";if("block-scalar"===e.type){const t=e.props[0];if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header");t.source=r,e.source=s}else{const{offset:t}=e,n="indent"in e?e.indent:-1,i=[{type:"block-scalar-header",offset:t,indent:n,source:r}];a(i,"end"in e?e.end:void 0)||i.push({type:"newline",offset:-1,indent:n,source:"\n"});for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t];Object.assign(e,{type:"block-scalar",indent:n,props:i,source:s})}}(e,l);break;case'"':B(e,l,"double-quoted-scalar");break;case"'":B(e,l,"single-quoted-scalar");break;default:B(e,l,"scalar")}}},91733:(e,t)=>{function n(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=n(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const n of e.items)t+=r(n);return t}case"flow-collection":{let t=e.start.source;for(const n of e.items)t+=r(n);for(const n of e.end)t+=n.source;return t}case"document":{let t=r(e);if(e.end)for(const n of e.end)t+=n.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const n of e.end)t+=n.source;return t}}}function r({start:e,key:t,sep:r,value:s}){let i="";for(const t of e)i+=t.source;if(t&&(i+=n(t)),r)for(const e of r)i+=e.source;return s&&(i+=n(s)),i}t.stringify=e=>"type"in e?n(e):r(e)},97715:(e,t)=>{const n=Symbol("break visit"),r=Symbol("skip children"),s=Symbol("remove item");function i(e,t){"type"in e&&"document"===e.type&&(e={start:e.start,value:e.value}),o(Object.freeze([]),e,t)}function o(e,t,r){let i=r(t,e);if("symbol"==typeof i)return i;for(const a of["key","value"]){const B=t[a];if(B&&"items"in B){for(let t=0;t<B.items.length;++t){const i=o(Object.freeze(e.concat([[a,t]])),B.items[t],r);if("number"==typeof i)t=i-1;else{if(i===n)return n;i===s&&(B.items.splice(t,1),t-=1)}}"function"==typeof i&&"key"===a&&(i=i(t,e))}}return"function"==typeof i?i(t,e):i}i.BREAK=n,i.SKIP=r,i.REMOVE=s,i.itemAtPath=(e,t)=>{let n=e;for(const[e,r]of t){const t=n?.[e];if(!t||!("items"in t))return;n=t.items[r]}return n},i.parentCollection=(e,t)=>{const n=i.itemAtPath(e,t.slice(0,-1)),r=t[t.length-1][0],s=n?.[r];if(s&&"items"in s)return s;throw new Error("Parent collection not found")},t.visit=i},3461:(e,t,n)=>{var r=n(60110),s=n(91733),i=n(97715);t.createScalarToken=r.createScalarToken,t.resolveAsScalar=r.resolveAsScalar,t.setScalarValue=r.setScalarValue,t.stringify=s.stringify,t.visit=i.visit,t.BOM="\ufeff",t.DOCUMENT="",t.FLOW_END="",t.SCALAR="",t.isCollection=e=>!!e&&"items"in e,t.isScalar=e=>!!e&&("scalar"===e.type||"single-quoted-scalar"===e.type||"double-quoted-scalar"===e.type||"block-scalar"===e.type),t.prettyToken=function(e){switch(e){case"\ufeff":return"<BOM>";case"":return"<DOC>";case"":return"<FLOW_END>";case"":return"<SCALAR>";default:return JSON.stringify(e)}},t.tokenType=function(e){switch(e){case"\ufeff":return"byte-order-mark";case"":return"doc-mode";case"":return"flow-error-end";case"":return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}},40361:(e,t,n)=>{var r=n(3461);function s(e){switch(e){case void 0:case" ":case"\n":case"\r":case"\t":return!0;default:return!1}}const i=new Set("0123456789ABCDEFabcdef"),o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),a=new Set(",[]{}"),B=new Set(" ,[]{}\n\r\t"),u=e=>!e||B.has(e);t.Lexer=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if("string"!=typeof e)throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let n=this.next??"stream";for(;n&&(t||this.hasChars(1));)n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;" "===t||"\t"===t;)t=this.buffer[++e];return!t||"#"===t||"\n"===t||"\r"===t&&"\n"===this.buffer[e+1]}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;for(;" "===t;)t=this.buffer[++n+e];if("\r"===t){const t=this.buffer[n+e+1];if("\n"===t||!t&&!this.atEnd)return e+n+1}return"\n"===t||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if("-"===t||"."===t){const t=this.buffer.substr(e,3);if(("---"===t||"..."===t)&&s(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return("number"!=typeof e||-1!==e&&e<this.pos)&&(e=this.buffer.indexOf("\n",this.pos),this.lineEndPos=e),-1===e?this.atEnd?this.buffer.substring(this.pos):null:("\r"===this.buffer[e-1]&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(null===e)return this.setNext("stream");if(e[0]===r.BOM&&(yield*this.pushCount(1),e=e.substring(1)),"%"===e[0]){let t=e.length,n=e.indexOf("#");for(;-1!==n;){const r=e[n-1];if(" "===r||"\t"===r){t=n-1;break}n=e.indexOf("#",n+1)}for(;;){const n=e[t-1];if(" "!==n&&"\t"!==n)break;t-=1}const r=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-r),this.pushNewline(),"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield r.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if("-"===e||"."===e){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if(("---"===e||"..."===e)&&s(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,"---"===e?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!s(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if(("-"===e||"?"===e||":"===e)&&s(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=e,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);const e=this.getLine();if(null===e)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(u),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=(yield*this.parseBlockScalarHeader()),t+=(yield*this.pushSpaces(!0)),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,n=-1;do{e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=n=t):t=0,t+=(yield*this.pushSpaces(!0))}while(e+t>0);const i=this.getLine();if(null===i)return this.setNext("flow");if(-1!==n&&n<this.indentNext&&"#"!==i[0]||0===n&&(i.startsWith("---")||i.startsWith("..."))&&s(i[3])){if(!(n===this.indentNext-1&&1===this.flowLevel&&("]"===i[0]||"}"===i[0])))return this.flowLevel=0,yield r.FLOW_END,yield*this.parseLineStart()}let o=0;for(;","===i[o];)o+=(yield*this.pushCount(1)),o+=(yield*this.pushSpaces(!0)),this.flowKey=!1;switch(o+=(yield*this.pushIndicators()),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(u),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||s(e)||","===e)return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if("'"===e)for(;-1!==t&&"'"===this.buffer[t+1];)t=this.buffer.indexOf("'",t+2);else for(;-1!==t;){let e=0;for(;"\\"===this.buffer[t-1-e];)e+=1;if(e%2==0)break;t=this.buffer.indexOf('"',t+1)}const n=this.buffer.substring(0,t);let r=n.indexOf("\n",this.pos);if(-1!==r){for(;-1!==r;){const e=this.continueScalar(r+1);if(-1===e)break;r=n.indexOf("\n",e)}-1!==r&&(t=r-("\r"===n[r-1]?2:1))}if(-1===t){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){const t=this.buffer[++e];if("+"===t)this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if("-"!==t)break}return yield*this.pushUntil(e=>s(e)||"#"===e)}*parseBlockScalar(){let e,t=this.pos-1,n=0;e:for(let r=this.pos;e=this.buffer[r];++r)switch(e){case" ":n+=1;break;case"\n":t=r,n=0;break;case"\r":{const e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if("\n"===e)break}default:break e}if(!e&&!this.atEnd)return this.setNext("block-scalar");if(n>=this.indentNext){-1===this.blockScalarIndent?this.indentNext=n:this.indentNext=this.blockScalarIndent+(0===this.indentNext?1:this.indentNext);do{const e=this.continueScalar(t+1);if(-1===e)break;t=this.buffer.indexOf("\n",e)}while(-1!==t);if(-1===t){if(!this.atEnd)return this.setNext("block-scalar");t=this.buffer.length}}let s=t+1;for(e=this.buffer[s];" "===e;)e=this.buffer[++s];if("\t"===e){for(;"\t"===e||" "===e||"\r"===e||"\n"===e;)e=this.buffer[++s];t=s-1}else if(!this.blockScalarKeep)for(;;){let e=t-1,r=this.buffer[e];"\r"===r&&(r=this.buffer[--e]);const s=e;for(;" "===r;)r=this.buffer[--e];if(!("\n"===r&&e>=this.pos&&e+1+n>s))break;t=e}return yield r.SCALAR,yield*this.pushToIndex(t+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t,n=this.pos-1,i=this.pos-1;for(;t=this.buffer[++i];)if(":"===t){const t=this.buffer[i+1];if(s(t)||e&&a.has(t))break;n=i}else if(s(t)){let r=this.buffer[i+1];if("\r"===t&&("\n"===r?(i+=1,t="\n",r=this.buffer[i+1]):n=i),"#"===r||e&&a.has(r))break;if("\n"===t){const e=this.continueScalar(i+1);if(-1===e)break;i=Math.max(i,e-2)}}else{if(e&&a.has(t))break;n=i}return t||this.atEnd?(yield r.SCALAR,yield*this.pushToIndex(n+1,!0),e?"flow":"doc"):this.setNext("plain-scalar")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){const n=this.buffer.slice(this.pos,e);return n?(yield n,this.pos+=n.length,n.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag()),e+=(yield*this.pushSpaces(!0));continue e;case"&":e+=(yield*this.pushUntil(u)),e+=(yield*this.pushSpaces(!0));continue e;case"-":case"?":case":":{const t=this.flowLevel>0,n=this.charAt(1);if(s(n)||t&&a.has(n)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=(yield*this.pushCount(1)),e+=(yield*this.pushSpaces(!0));continue e}}}break e}return e}*pushTag(){if("<"===this.charAt(1)){let e=this.pos+2,t=this.buffer[e];for(;!s(t)&&">"!==t;)t=this.buffer[++e];return yield*this.pushToIndex(">"===t?e+1:e,!1)}{let e=this.pos+1,t=this.buffer[e];for(;t;)if(o.has(t))t=this.buffer[++e];else{if("%"!==t||!i.has(this.buffer[e+1])||!i.has(this.buffer[e+2]))break;t=this.buffer[e+=3]}return yield*this.pushToIndex(e,!1)}}*pushNewline(){const e=this.buffer[this.pos];return"\n"===e?yield*this.pushCount(1):"\r"===e&&"\n"===this.charAt(1)?yield*this.pushCount(2):0}*pushSpaces(e){let t,n=this.pos-1;do{t=this.buffer[++n]}while(" "===t||e&&"\t"===t);const r=n-this.pos;return r>0&&(yield this.buffer.substr(this.pos,r),this.pos=n),r}*pushUntil(e){let t=this.pos,n=this.buffer[t];for(;!e(n);)n=this.buffer[++t];return yield*this.pushToIndex(t,!1)}}},66628:(e,t)=>{t.LineCounter=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,n=this.lineStarts.length;for(;t<n;){const r=t+n>>1;this.lineStarts[r]<e?t=r+1:n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(0===t)return{line:0,col:e};return{line:t,col:e-this.lineStarts[t-1]+1}}}}},3456:(e,t,n)=>{var r=n(932),s=n(3461),i=n(40361);function o(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return!0;return!1}function a(e){for(let t=0;t<e.length;++t)switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}return-1}function B(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function u(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function c(e){if(0===e.length)return[];let t=e.length;e:for(;--t>=0;)switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;"space"===e[++t]?.type;);return e.splice(t,e.length)}function l(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function h(e){if("flow-seq-start"===e.start.type)for(const t of e.items)!t.sep||t.value||o(t.start,"explicit-key-ind")||o(t.sep,"map-value-ind")||(t.key&&(t.value=t.key),delete t.key,B(t.value)?t.value.end?l(t.value.end,t.sep):t.value.end=t.sep:l(t.start,t.sep),delete t.sep)}t.Parser=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new i.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&0===this.offset&&this.onNewLine(0);for(const n of this.lexer.lex(e,t))yield*this.next(n);t||(yield*this.end())}*next(e){if(this.source=e,r.env.LOG_TOKENS&&console.log("|",s.prettyToken(e)),this.atScalar)return this.atScalar=!1,yield*this.step(),void(this.offset+=e.length);const t=s.tokenType(e);if(t)if("scalar"===t)this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&" "===e[0]&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){const e=this.peek(1);if("doc-end"!==this.type||"doc-end"===e?.type){if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}else{for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source})}}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(t)if(0===this.stack.length)yield t;else{const e=this.peek(1);switch("block-scalar"===t.type?t.indent="indent"in e?e.indent:0:"flow-collection"===t.type&&"document"===e.type&&(t.indent=0),"flow-collection"===t.type&&h(t),e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const n=e.items[e.items.length-1];if(n.value)return e.items.push({start:[],key:t,sep:[]}),void(this.onKeyLine=!0);if(!n.sep)return Object.assign(n,{key:t,sep:[]}),void(this.onKeyLine=!n.explicitKey);n.value=t;break}case"block-seq":{const n=e.items[e.items.length-1];n.value?e.items.push({start:[],value:t}):n.value=t;break}case"flow-collection":{const n=e.items[e.items.length-1];return void(!n||n.value?e.items.push({start:[],key:t,sep:[]}):n.sep?n.value=t:Object.assign(n,{key:t,sep:[]}))}default:yield*this.pop(),yield*this.pop(t)}if(!("document"!==e.type&&"block-map"!==e.type&&"block-seq"!==e.type||"block-map"!==t.type&&"block-seq"!==t.type)){const n=t.items[t.items.length-1];n&&!n.sep&&!n.value&&n.start.length>0&&-1===a(n.start)&&(0===t.indent||n.start.every(e=>"comment"!==e.type||e.indent<t.indent))&&("document"===e.type?e.end=n.start:e.items.push({start:n.start}),t.items.splice(-1,1))}}else{const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}}*stream(){switch(this.type){case"directive-line":return void(yield{type:"directive",offset:this.offset,source:this.source});case"byte-order-mark":case"space":case"comment":case"newline":return void(yield this.sourceToken);case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};return"doc-start"===this.type&&e.start.push(this.sourceToken),void this.stack.push(e)}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":return void(-1!==a(e.start)?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken));case"anchor":case"tag":case"space":case"comment":case"newline":return void e.start.push(this.sourceToken)}const t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if("map-value-ind"===this.type){const t=c(u(this.peek(2)));let n;e.end?(n=e.end,n.push(this.sourceToken),delete e.end):n=[this.sourceToken];const r={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:t,key:e,sep:n}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=r}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":return void e.props.push(this.sourceToken);case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let e=this.source.indexOf("\n")+1;for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){const n="end"in t.value?t.value.end:void 0,r=Array.isArray(n)?n[n.length-1]:void 0;"comment"===r?.type?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2],r=n?.value?.end;if(Array.isArray(r))return l(r,t.start),r.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const n=!this.onKeyLine&&this.indent===e.indent,r=n&&(t.sep||t.explicitKey)&&"seq-item-ind"!==this.type;let s=[];if(r&&t.sep&&!t.value){const n=[];for(let r=0;r<t.sep.length;++r){const s=t.sep[r];switch(s.type){case"newline":n.push(r);break;case"space":break;case"comment":s.indent>e.indent&&(n.length=0);break;default:n.length=0}}n.length>=2&&(s=t.sep.splice(n[1]))}switch(this.type){case"anchor":case"tag":return void(r||t.value?(s.push(this.sourceToken),e.items.push({start:s}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken));case"explicit-key-ind":return t.sep||t.explicitKey?r||t.value?(s.push(this.sourceToken),e.items.push({start:s,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}):(t.start.push(this.sourceToken),t.explicitKey=!0),void(this.onKeyLine=!0);case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(o(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]});else if(B(t.key)&&!o(t.sep,"newline")){const e=c(t.start),n=t.key,r=t.sep;r.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else s.length>0?t.sep=t.sep.concat(s,this.sourceToken):t.sep.push(this.sourceToken);else if(o(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{const e=c(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||r?e.items.push({start:s,key:null,sep:[this.sourceToken]}):o(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return void(this.onKeyLine=!0);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);return void(r||t.value?(e.items.push({start:s,key:n,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(n):(Object.assign(t,{key:n,sep:[]}),this.onKeyLine=!0))}default:{const r=this.startBlockValue(e);if(r){if("block-seq"===r.type){if(!t.explicitKey&&t.sep&&!o(t.sep,"newline"))return void(yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source}))}else n&&e.items.push({start:s});return void this.stack.push(r)}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const n="end"in t.value?t.value.end:void 0,r=Array.isArray(n)?n[n.length-1]:void 0;"comment"===r?.type?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2],r=n?.value?.end;if(Array.isArray(r))return l(r,t.start),r.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;return void t.start.push(this.sourceToken);case"seq-item-ind":if(this.indent!==e.indent)break;return void(t.value||o(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken))}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t)return void this.stack.push(t)}yield*this.pop(),yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if("flow-error-end"===this.type){let e;do{yield*this.pop(),e=this.peek(1)}while("flow-collection"===e?.type)}else if(0===e.end.length){switch(this.type){case"comma":case"explicit-key-ind":return void(!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken));case"map-value-ind":return void(!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]}));case"space":case"comment":case"newline":case"anchor":case"tag":return void(!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken));case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);return void(!t||t.value?e.items.push({start:[],key:n,sep:[]}):t.sep?this.stack.push(n):Object.assign(t,{key:n,sep:[]}))}case"flow-map-end":case"flow-seq-end":return void e.end.push(this.sourceToken)}const n=this.startBlockValue(e);n?this.stack.push(n):(yield*this.pop(),yield*this.step())}else{const t=this.peek(2);if("block-map"===t.type&&("map-value-ind"===this.type&&t.indent===e.indent||"newline"===this.type&&!t.items[t.items.length-1].sep))yield*this.pop(),yield*this.step();else if("map-value-ind"===this.type&&"flow-collection"!==t.type){const n=c(u(t));h(e);const r=e.end.splice(1,e.end.length);r.push(this.sourceToken);const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;const t=c(u(e));return t.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;const t=c(u(e));return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return"comment"===this.type&&(!(this.indent<=t)&&e.every(e=>"newline"===e.type||"space"===e.type))}*documentEnd(e){"doc-mode"!==this.type&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop())}}}},84047:(e,t,n)=>{var r=n(89984),s=n(3021),i=n(91464),o=n(57249),a=n(41127),B=n(66628),u=n(3456);function c(e){const t=!1!==e.prettyErrors;return{lineCounter:e.lineCounter||t&&new B.LineCounter||null,prettyErrors:t}}function l(e,t={}){const{lineCounter:n,prettyErrors:s}=c(t),o=new u.Parser(n?.addNewLine),a=new r.Composer(t);let B=null;for(const t of a.compose(o.parse(e),!0,e.length))if(B){if("silent"!==B.options.logLevel){B.errors.push(new i.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}else B=t;return s&&n&&(B.errors.forEach(i.prettifyError(e,n)),B.warnings.forEach(i.prettifyError(e,n))),B}t.parse=function(e,t,n){let r;"function"==typeof t?r=t:void 0===n&&t&&"object"==typeof t&&(n=t);const s=l(e,n);if(!s)return null;if(s.warnings.forEach(e=>o.warn(s.options.logLevel,e)),s.errors.length>0){if("silent"!==s.options.logLevel)throw s.errors[0];s.errors=[]}return s.toJS(Object.assign({reviver:r},n))},t.parseAllDocuments=function(e,t={}){const{lineCounter:n,prettyErrors:s}=c(t),o=new u.Parser(n?.addNewLine),a=new r.Composer(t),B=Array.from(a.compose(o.parse(e)));if(s&&n)for(const t of B)t.errors.forEach(i.prettifyError(e,n)),t.warnings.forEach(i.prettifyError(e,n));return B.length>0?B:Object.assign([],{empty:!0},a.streamInfo())},t.parseDocument=l,t.stringify=function(e,t,n){let r=null;if("function"==typeof t||Array.isArray(t)?r=t:void 0===n&&t&&(n=t),"string"==typeof n&&(n=n.length),"number"==typeof n){const e=Math.round(n);n=e<1?void 0:e>8?{indent:8}:{indent:e}}if(void 0===e){const{keepUndefined:e}=n??t??{};if(!e)return}return a.isDocument(e)&&!r?e.toString(n):new s.Document(e,r,n).toString(n)}},45840:(e,t,n)=>{var r=n(41127),s=n(47451),i=n(1706),o=n(66464),a=n(90018);const B=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class u{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:u,schema:c,sortMapEntries:l,toStringDefaults:h}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null,this.name="string"==typeof c&&c||"core",this.knownTags=u?a.coreKnownTags:{},this.tags=a.getTags(t,this.name,n),this.toStringOptions=h??null,Object.defineProperty(this,r.MAP,{value:s.map}),Object.defineProperty(this,r.SCALAR,{value:o.string}),Object.defineProperty(this,r.SEQ,{value:i.seq}),this.sortMapEntries="function"==typeof l?l:!0===l?B:null}clone(){const e=Object.create(u.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}}t.Schema=u},47451:(e,t,n)=>{var r=n(41127),s=n(84454);const i={collection:"map",default:!0,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve:(e,t)=>(r.isMap(e)||t("Expected a mapping for this tag"),e),createNode:(e,t,n)=>s.YAMLMap.from(e,t,n)};t.map=i},73632:(e,t,n)=>{var r=n(63301);const s={identify:e=>null==e,createNode:()=>new r.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new r.Scalar(null),stringify:({source:e},t)=>"string"==typeof e&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,n)=>{var r=n(41127),s=n(92223);const i={collection:"seq",default:!0,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve:(e,t)=>(r.isSeq(e)||t("Expected a sequence for this tag"),e),createNode:(e,t,n)=>s.YAMLSeq.from(e,t,n)};t.seq=i},66464:(e,t,n)=>{var r=n(83069);const s={identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:(e,t,n,s)=>(t=Object.assign({actualString:!0},t),r.stringifyString(e,t,n,s))};t.string=s},73959:(e,t,n)=>{var r=n(63301);const s={identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new r.Scalar("t"===e[0]||"T"===e[0]),stringify({source:e,value:t},n){if(e&&s.test.test(e)){if(t===("t"===e[0]||"T"===e[0]))return e}return t?n.options.trueStr:n.options.falseStr}};t.boolTag=s},38405:(e,t,n)=>{var r=n(63301),s=n(28689);const i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new r.Scalar(parseFloat(e)),n=e.indexOf(".");return-1!==n&&"0"===e[e.length-1]&&(t.minFractionDigits=e.length-n-1),t},stringify:s.stringifyNumber};t.float=a,t.floatExp=o,t.floatNaN=i},59874:(e,t,n)=>{var r=n(28689);const s=e=>"bigint"==typeof e||Number.isInteger(e),i=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function o(e,t,n){const{value:i}=e;return s(i)&&i>=0?n+i.toString(t):r.stringifyNumber(e)}const a={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,n)=>i(e,2,8,n),stringify:e=>o(e,8,"0o")},B={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>i(e,0,10,n),stringify:r.stringifyNumber},u={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>i(e,2,16,n),stringify:e=>o(e,16,"0x")};t.int=B,t.intHex=u,t.intOct=a},70896:(e,t,n)=>{var r=n(47451),s=n(73632),i=n(1706),o=n(66464),a=n(73959),B=n(38405),u=n(59874);const c=[r.map,i.seq,o.string,s.nullTag,a.boolTag,u.intOct,u.int,u.intHex,B.floatNaN,B.floatExp,B.float];t.schema=c},33559:(e,t,n)=>{var r=n(63301),s=n(47451),i=n(1706);function o(e){return"bigint"==typeof e||Number.isInteger(e)}const a=({value:e})=>JSON.stringify(e),B=[{identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:a},{identify:e=>null==e,createNode:()=>new r.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:a},{identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>"true"===e,stringify:a},{identify:o,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>o(e)?e.toString():JSON.stringify(e)},{identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:a}],u={default:!0,tag:"",test:/^/,resolve:(e,t)=>(t(`Unresolved plain scalar ${JSON.stringify(e)}`),e)},c=[s.map,i.seq].concat(B,u);t.schema=c},90018:(e,t,n)=>{var r=n(47451),s=n(73632),i=n(1706),o=n(66464),a=n(73959),B=n(38405),u=n(59874),c=n(70896),l=n(33559),h=n(56083),f=n(90452),p=n(50303),C=n(18385),d=n(35913),g=n(81528),m=n(46752);const D=new Map([["core",c.schema],["failsafe",[r.map,i.seq,o.string]],["json",l.schema],["yaml11",d.schema],["yaml-1.1",d.schema]]),E={binary:h.binary,bool:a.boolTag,float:B.float,floatExp:B.floatExp,floatNaN:B.floatNaN,floatTime:m.floatTime,int:u.int,intHex:u.intHex,intOct:u.intOct,intTime:m.intTime,map:r.map,merge:f.merge,null:s.nullTag,omap:p.omap,pairs:C.pairs,seq:i.seq,set:g.set,timestamp:m.timestamp},y={"tag:yaml.org,2002:binary":h.binary,"tag:yaml.org,2002:merge":f.merge,"tag:yaml.org,2002:omap":p.omap,"tag:yaml.org,2002:pairs":C.pairs,"tag:yaml.org,2002:set":g.set,"tag:yaml.org,2002:timestamp":m.timestamp};t.coreKnownTags=y,t.getTags=function(e,t,n){const r=D.get(t);if(r&&!e)return n&&!r.includes(f.merge)?r.concat(f.merge):r.slice();let s=r;if(!s){if(!Array.isArray(e)){const e=Array.from(D.keys()).filter(e=>"yaml11"!==e).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}s=[]}if(Array.isArray(e))for(const t of e)s=s.concat(t);else"function"==typeof e&&(s=e(s.slice()));return n&&(s=s.concat(f.merge)),s.reduce((e,t)=>{const n="string"==typeof t?E[t]:t;if(!n){const e=JSON.stringify(t),n=Object.keys(E).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${n}`)}return e.includes(n)||e.push(n),e},[])}},56083:(e,t,n)=>{var r=n(20181),s=n(63301),i=n(83069);const o={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,t){if("function"==typeof r.Buffer)return r.Buffer.from(e,"base64");if("function"==typeof atob){const t=atob(e.replace(/[\n\r]/g,"")),n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}return t("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:t,value:n},o,a,B){if(!n)return"";const u=n;let c;if("function"==typeof r.Buffer)c=u instanceof r.Buffer?u.toString("base64"):r.Buffer.from(u.buffer).toString("base64");else{if("function"!=typeof btoa)throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");{let e="";for(let t=0;t<u.length;++t)e+=String.fromCharCode(u[t]);c=btoa(e)}}if(t??(t=s.Scalar.BLOCK_LITERAL),t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(o.options.lineWidth-o.indent.length,o.options.minContentWidth),n=Math.ceil(c.length/e),r=new Array(n);for(let t=0,s=0;t<n;++t,s+=e)r[t]=c.substr(s,e);c=r.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return i.stringifyString({comment:e,type:t,value:c},o,a,B)}};t.binary=o},88398:(e,t,n)=>{var r=n(63301);function s({value:e,source:t},n){return t&&(e?i:o).test.test(t)?t:e?n.options.trueStr:n.options.falseStr}const i={identify:e=>!0===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new r.Scalar(!0),stringify:s},o={identify:e=>!1===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new r.Scalar(!1),stringify:s};t.falseTag=o,t.trueTag=i},35782:(e,t,n)=>{var r=n(63301),s=n(28689);const i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new r.Scalar(parseFloat(e.replace(/_/g,""))),n=e.indexOf(".");if(-1!==n){const r=e.substring(n+1).replace(/_/g,"");"0"===r[r.length-1]&&(t.minFractionDigits=r.length)}return t},stringify:s.stringifyNumber};t.float=a,t.floatExp=o,t.floatNaN=i},10873:(e,t,n)=>{var r=n(28689);const s=e=>"bigint"==typeof e||Number.isInteger(e);function i(e,t,n,{intAsBigInt:r}){const s=e[0];if("-"!==s&&"+"!==s||(t+=1),e=e.substring(t).replace(/_/g,""),r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`}const t=BigInt(e);return"-"===s?BigInt(-1)*t:t}const i=parseInt(e,n);return"-"===s?-1*i:i}function o(e,t,n){const{value:i}=e;if(s(i)){const e=i.toString(t);return i<0?"-"+n+e.substr(1):n+e}return r.stringifyNumber(e)}const a={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>i(e,2,2,n),stringify:e=>o(e,2,"0b")},B={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>i(e,1,8,n),stringify:e=>o(e,8,"0")},u={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>i(e,0,10,n),stringify:r.stringifyNumber},c={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>i(e,2,16,n),stringify:e=>o(e,16,"0x")};t.int=u,t.intBin=a,t.intHex=c,t.intOct=B},90452:(e,t,n)=>{var r=n(41127),s=n(63301);const i="<<",o={identify:e=>e===i||"symbol"==typeof e&&e.description===i,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(i)),{addToJSMap:a}),stringify:()=>i};function a(e,t,n){const s=u(e,n);if(r.isSeq(s))for(const n of s.items)B(e,t,n);else if(Array.isArray(s))for(const n of s)B(e,t,n);else B(e,t,s)}function B(e,t,n){const s=u(e,n);if(!r.isMap(s))throw new Error("Merge sources must be maps or map aliases");const i=s.toJSON(null,e,Map);for(const[e,n]of i)t instanceof Map?t.has(e)||t.set(e,n):t instanceof Set?t.add(e):Object.prototype.hasOwnProperty.call(t,e)||Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0});return t}function u(e,t){return e&&r.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=a,t.isMergeKey=(e,t)=>(o.identify(t)||r.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&o.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===o.tag&&e.default),t.merge=o},50303:(e,t,n)=>{var r=n(41127),s=n(74043),i=n(84454),o=n(92223),a=n(18385);class B extends o.YAMLSeq{constructor(){super(),this.add=i.YAMLMap.prototype.add.bind(this),this.delete=i.YAMLMap.prototype.delete.bind(this),this.get=i.YAMLMap.prototype.get.bind(this),this.has=i.YAMLMap.prototype.has.bind(this),this.set=i.YAMLMap.prototype.set.bind(this),this.tag=B.tag}toJSON(e,t){if(!t)return super.toJSON(e);const n=new Map;t?.onCreate&&t.onCreate(n);for(const e of this.items){let i,o;if(r.isPair(e)?(i=s.toJS(e.key,"",t),o=s.toJS(e.value,i,t)):i=s.toJS(e,"",t),n.has(i))throw new Error("Ordered maps must not include duplicate keys");n.set(i,o)}return n}static from(e,t,n){const r=a.createPairs(e,t,n),s=new this;return s.items=r.items,s}}B.tag="tag:yaml.org,2002:omap";const u={collection:"seq",identify:e=>e instanceof Map,nodeClass:B,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,t){const n=a.resolvePairs(e,t),s=[];for(const{key:e}of n.items)r.isScalar(e)&&(s.includes(e.value)?t(`Ordered maps must not include duplicate keys: ${e.value}`):s.push(e.value));return Object.assign(new B,n)},createNode:(e,t,n)=>B.from(e,t,n)};t.YAMLOMap=B,t.omap=u},18385:(e,t,n)=>{var r=n(41127),s=n(57165),i=n(63301),o=n(92223);function a(e,t){if(r.isSeq(e))for(let n=0;n<e.items.length;++n){let o=e.items[n];if(!r.isPair(o)){if(r.isMap(o)){o.items.length>1&&t("Each pair must have its own sequence indicator");const e=o.items[0]||new s.Pair(new i.Scalar(null));if(o.commentBefore&&(e.key.commentBefore=e.key.commentBefore?`${o.commentBefore}\n${e.key.commentBefore}`:o.commentBefore),o.comment){const t=e.value??e.key;t.comment=t.comment?`${o.comment}\n${t.comment}`:o.comment}o=e}e.items[n]=r.isPair(o)?o:new s.Pair(o)}}else t("Expected a sequence for this tag");return e}function B(e,t,n){const{replacer:r}=n,i=new o.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){let o,B;if("function"==typeof r&&(e=r.call(t,String(a++),e)),Array.isArray(e)){if(2!==e.length)throw new TypeError(`Expected [key, value] tuple: ${e}`);o=e[0],B=e[1]}else if(e&&e instanceof Object){const t=Object.keys(e);if(1!==t.length)throw new TypeError(`Expected tuple with one key, not ${t.length} keys`);o=t[0],B=e[o]}else o=e;i.items.push(s.createPair(o,B,n))}return i}const u={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:a,createNode:B};t.createPairs=B,t.pairs=u,t.resolvePairs=a},35913:(e,t,n)=>{var r=n(47451),s=n(73632),i=n(1706),o=n(66464),a=n(56083),B=n(88398),u=n(35782),c=n(10873),l=n(90452),h=n(50303),f=n(18385),p=n(81528),C=n(46752);const d=[r.map,i.seq,o.string,s.nullTag,B.trueTag,B.falseTag,c.intBin,c.intOct,c.int,c.intHex,u.floatNaN,u.floatExp,u.float,a.binary,l.merge,h.omap,f.pairs,p.set,C.intTime,C.floatTime,C.timestamp];t.schema=d},81528:(e,t,n)=>{var r=n(41127),s=n(57165),i=n(84454);class o extends i.YAMLMap{constructor(e){super(e),this.tag=o.tag}add(e){let t;t=r.isPair(e)?e:e&&"object"==typeof e&&"key"in e&&"value"in e&&null===e.value?new s.Pair(e.key,null):new s.Pair(e,null);i.findPair(this.items,t.key)||this.items.push(t)}get(e,t){const n=i.findPair(this.items,e);return!t&&r.isPair(n)?r.isScalar(n.key)?n.key.value:n.key:n}set(e,t){if("boolean"!=typeof t)throw new Error("Expected boolean value for set(key, value) in a YAML set, not "+typeof t);const n=i.findPair(this.items,e);n&&!t?this.items.splice(this.items.indexOf(n),1):!n&&t&&this.items.push(new s.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,n);throw new Error("Set items must all have null values")}static from(e,t,n){const{replacer:r}=n,i=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t)"function"==typeof r&&(e=r.call(t,e,e)),i.items.push(s.createPair(e,null,n));return i}}o.tag="tag:yaml.org,2002:set";const a={collection:"map",identify:e=>e instanceof Set,nodeClass:o,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,t,n)=>o.from(e,t,n),resolve(e,t){if(r.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new o,e);t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=o,t.set=a},46752:(e,t,n)=>{var r=n(28689);function s(e,t){const n=e[0],r="-"===n||"+"===n?e.substring(1):e,s=e=>t?BigInt(e):Number(e),i=r.replace(/_/g,"").split(":").reduce((e,t)=>e*s(60)+s(t),s(0));return"-"===n?s(-1)*i:i}function i(e){let{value:t}=e,n=e=>e;if("bigint"==typeof t)n=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return r.stringifyNumber(e);let s="";t<0&&(s="-",t*=n(-1));const i=n(60),o=[t%i];return t<60?o.unshift(0):(t=(t-o[0])/i,o.unshift(t%i),t>=60&&(t=(t-o[0])/i,o.unshift(t))),s+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const o={identify:e=>"bigint"==typeof e||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>s(e,n),stringify:i},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>s(e,!1),stringify:i},B={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){const t=e.match(B.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,n,r,i,o,a,u]=t.map(Number),c=t[7]?Number((t[7]+"00").substr(1,3)):0;let l=Date.UTC(n,r-1,i,o||0,a||0,u||0,c);const h=t[8];if(h&&"Z"!==h){let e=s(h,!1);Math.abs(e)<30&&(e*=60),l-=6e4*e}return new Date(l)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=a,t.intTime=o,t.timestamp=B},34475:(e,t)=>{const n="block",r="quoted";function s(e,t,n){let r=t,s=t+1,i=e[s];for(;" "===i||"\t"===i;)if(t<s+n)i=e[++t];else{do{i=e[++t]}while(i&&"\n"!==i);r=t,s=t+1,i=e[s]}return r}t.FOLD_BLOCK=n,t.FOLD_FLOW="flow",t.FOLD_QUOTED=r,t.foldFlowLines=function(e,t,i="flow",{indentAtStart:o,lineWidth:a=80,minContentWidth:B=20,onFold:u,onOverflow:c}={}){if(!a||a<0)return e;a<B&&(B=0);const l=Math.max(1+B,1+a-t.length);if(e.length<=l)return e;const h=[],f={};let p,C,d=a-t.length;"number"==typeof o&&(o>a-Math.max(2,B)?h.push(0):d=a-o);let g=!1,m=-1,D=-1,E=-1;i===n&&(m=s(e,m,t.length),-1!==m&&(d=m+l));for(let o;o=e[m+=1];){if(i===r&&"\\"===o){switch(D=m,e[m+1]){case"x":m+=3;break;case"u":m+=5;break;case"U":m+=9;break;default:m+=1}E=m}if("\n"===o)i===n&&(m=s(e,m,t.length)),d=m+t.length+l,p=void 0;else{if(" "===o&&C&&" "!==C&&"\n"!==C&&"\t"!==C){const t=e[m+1];t&&" "!==t&&"\n"!==t&&"\t"!==t&&(p=m)}if(m>=d)if(p)h.push(p),d=p+l,p=void 0;else if(i===r){for(;" "===C||"\t"===C;)C=o,o=e[m+=1],g=!0;const t=m>E+1?m-2:D-1;if(f[t])return e;h.push(t),f[t]=!0,d=t+l,p=void 0}else g=!0}C=o}if(g&&c&&c(),0===h.length)return e;u&&u();let y=e.slice(0,h[0]);for(let n=0;n<h.length;++n){const s=h[n],o=h[n+1]||e.length;0===s?y=`\n${t}${e.slice(0,o)}`:(i===r&&f[s]&&(y+=`${e[s]}\\`),y+=`\n${t}${e.slice(s+1,o)}`)}return y}},2148:(e,t,n)=>{var r=n(71596),s=n(41127),i=n(59799),o=n(83069);t.createStringifyContext=function(e,t){const n=Object.assign({blockQuote:!0,commentString:i.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,t);let r;switch(n.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:"number"==typeof n.indent?" ".repeat(n.indent):"  ",inFlow:r,options:n}},t.stringify=function(e,t,n,i){if(s.isPair(e))return e.toString(t,n,i);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let a;const B=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>a=e});a??(a=function(e,t){if(t.tag){const n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n,r;if(s.isScalar(t)){r=t.value;let s=e.filter(e=>e.identify?.(r));if(s.length>1){const e=s.filter(e=>e.test);e.length>0&&(s=e)}n=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else r=t,n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass);if(!n)throw new Error(`Tag not resolved for ${r?.constructor?.name??(null===r?"null":typeof r)} value`);return n}(t.doc.schema.tags,B));const u=function(e,t,{anchors:n,doc:i}){if(!i.directives)return"";const o=[],a=(s.isScalar(e)||s.isCollection(e))&&e.anchor;a&&r.anchorIsValid(a)&&(n.add(a),o.push(`&${a}`));const B=e.tag??(t.default?null:t.tag);return B&&o.push(i.directives.tagString(B)),o.join(" ")}(B,a,t);u.length>0&&(t.indentAtStart=(t.indentAtStart??0)+u.length+1);const c="function"==typeof a.stringify?a.stringify(B,t,n,i):s.isScalar(B)?o.stringifyString(B,t,n,i):B.toString(t,n,i);return u?s.isScalar(B)||"{"===c[0]||"["===c[0]?`${u} ${c}`:`${u}\n${t.indent}${c}`:c}},61212:(e,t,n)=>{var r=n(41127),s=n(2148),i=n(59799);function o({comment:e,items:t},n,{blockItemPrefix:o,flowChars:a,itemIndent:u,onChompKeep:c,onComment:l}){const{indent:h,options:{commentString:f}}=n,p=Object.assign({},n,{indent:u,type:null});let C=!1;const d=[];for(let e=0;e<t.length;++e){const a=t[e];let c=null;if(r.isNode(a))!C&&a.spaceBefore&&d.push(""),B(n,d,a.commentBefore,C),a.comment&&(c=a.comment);else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;e&&(!C&&e.spaceBefore&&d.push(""),B(n,d,e.commentBefore,C))}C=!1;let l=s.stringify(a,p,()=>c=null,()=>C=!0);c&&(l+=i.lineComment(l,u,f(c))),C&&c&&(C=!1),d.push(o+l)}let g;if(0===d.length)g=a.start+a.end;else{g=d[0];for(let e=1;e<d.length;++e){const t=d[e];g+=t?`\n${h}${t}`:"\n"}}return e?(g+="\n"+i.indentComment(f(e),h),l&&l()):C&&c&&c(),g}function a({items:e},t,{flowChars:n,itemIndent:o}){const{indent:a,indentStep:u,flowCollectionPadding:c,options:{commentString:l}}=t;o+=u;const h=Object.assign({},t,{indent:o,inFlow:!0,type:null});let f=!1,p=0;const C=[];for(let n=0;n<e.length;++n){const a=e[n];let u=null;if(r.isNode(a))a.spaceBefore&&C.push(""),B(t,C,a.commentBefore,!1),a.comment&&(u=a.comment);else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;e&&(e.spaceBefore&&C.push(""),B(t,C,e.commentBefore,!1),e.comment&&(f=!0));const n=r.isNode(a.value)?a.value:null;n?(n.comment&&(u=n.comment),n.commentBefore&&(f=!0)):null==a.value&&e?.comment&&(u=e.comment)}u&&(f=!0);let c=s.stringify(a,h,()=>u=null);f||(f=C.length>p||c.includes("\n")),n<e.length-1?c+=",":t.options.trailingComma&&(t.options.lineWidth>0&&(f||(f=C.reduce((e,t)=>e+t.length+2,2)+(c.length+2)>t.options.lineWidth)),f&&(c+=",")),u&&(c+=i.lineComment(c,o,l(u))),C.push(c),p=C.length}const{start:d,end:g}=n;if(0===C.length)return d+g;if(!f){const e=C.reduce((e,t)=>e+t.length+2,2);f=t.options.lineWidth>0&&e>t.options.lineWidth}if(f){let e=d;for(const t of C)e+=t?`\n${u}${a}${t}`:"\n";return`${e}\n${a}${g}`}return`${d}${c}${C.join(" ")}${c}${g}`}function B({indent:e,options:{commentString:t}},n,r,s){if(r&&s&&(r=r.replace(/^\n+/,"")),r){const s=i.indentComment(t(r),e);n.push(s.trimStart())}}t.stringifyCollection=function(e,t,n){return(t.inFlow??e.flow?a:o)(e,t,n)}},59799:(e,t)=>{function n(e,t){return/^\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}t.indentComment=n,t.lineComment=(e,t,r)=>e.endsWith("\n")?n(r,t):r.includes("\n")?"\n"+n(r,t):(e.endsWith(" ")?"":" ")+r,t.stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#")},6829:(e,t,n)=>{var r=n(41127),s=n(2148),i=n(59799);t.stringifyDocument=function(e,t){const n=[];let o=!0===t.directives;if(!1!==t.directives&&e.directives){const t=e.directives.toString(e);t?(n.push(t),o=!0):e.directives.docStart&&(o=!0)}o&&n.push("---");const a=s.createStringifyContext(e,t),{commentString:B}=a.options;if(e.commentBefore){1!==n.length&&n.unshift("");const t=B(e.commentBefore);n.unshift(i.indentComment(t,""))}let u=!1,c=null;if(e.contents){if(r.isNode(e.contents)){if(e.contents.spaceBefore&&o&&n.push(""),e.contents.commentBefore){const t=B(e.contents.commentBefore);n.push(i.indentComment(t,""))}a.forceBlockIndent=!!e.comment,c=e.contents.comment}const t=c?void 0:()=>u=!0;let l=s.stringify(e.contents,a,()=>c=null,t);c&&(l+=i.lineComment(l,"",B(c))),"|"!==l[0]&&">"!==l[0]||"---"!==n[n.length-1]?n.push(l):n[n.length-1]=`--- ${l}`}else n.push(s.stringify(e.contents,a));if(e.directives?.docEnd)if(e.comment){const t=B(e.comment);t.includes("\n")?(n.push("..."),n.push(i.indentComment(t,""))):n.push(`... ${t}`)}else n.push("...");else{let t=e.comment;t&&u&&(t=t.replace(/^\n+/,"")),t&&(u&&!c||""===n[n.length-1]||n.push(""),n.push(i.indentComment(B(t),"")))}return n.join("\n")+"\n"}},28689:(e,t)=>{t.stringifyNumber=function({format:e,minFractionDigits:t,tag:n,value:r}){if("bigint"==typeof r)return String(r);const s="number"==typeof r?r:Number(r);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let i=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&t&&(!n||"tag:yaml.org,2002:float"===n)&&/^-?\d/.test(i)&&!i.includes("e")){let e=i.indexOf(".");e<0&&(e=i.length,i+=".");let n=t-(i.length-e-1);for(;n-- >0;)i+="0"}return i}},59748:(e,t,n)=>{var r=n(41127),s=n(63301),i=n(2148),o=n(59799);t.stringifyPair=function({key:e,value:t},n,a,B){const{allNullValues:u,doc:c,indent:l,indentStep:h,options:{commentString:f,indentSeq:p,simpleKeys:C}}=n;let d=r.isNode(e)&&e.comment||null;if(C){if(d)throw new Error("With simple keys, key nodes cannot have comments");if(r.isCollection(e)||!r.isNode(e)&&"object"==typeof e){throw new Error("With simple keys, collection cannot be used as a key value")}}let g=!C&&(!e||d&&null==t&&!n.inFlow||r.isCollection(e)||(r.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:"object"==typeof e));n=Object.assign({},n,{allNullValues:!1,implicitKey:!g&&(C||!u),indent:l+h});let m,D,E,y=!1,A=!1,b=i.stringify(e,n,()=>y=!0,()=>A=!0);if(!g&&!n.inFlow&&b.length>1024){if(C)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");g=!0}if(n.inFlow){if(u||null==t)return y&&a&&a(),""===b?"?":g?`? ${b}`:b}else if(u&&!C||null==t&&g)return b=`? ${b}`,d&&!y?b+=o.lineComment(b,n.indent,f(d)):A&&B&&B(),b;y&&(d=null),g?(d&&(b+=o.lineComment(b,n.indent,f(d))),b=`? ${b}\n${l}:`):(b=`${b}:`,d&&(b+=o.lineComment(b,n.indent,f(d)))),r.isNode(t)?(m=!!t.spaceBefore,D=t.commentBefore,E=t.comment):(m=!1,D=null,E=null,t&&"object"==typeof t&&(t=c.createNode(t))),n.implicitKey=!1,g||d||!r.isScalar(t)||(n.indentAtStart=b.length+1),A=!1,p||!(h.length>=2)||n.inFlow||g||!r.isSeq(t)||t.flow||t.tag||t.anchor||(n.indent=n.indent.substring(2));let w=!1;const v=i.stringify(t,n,()=>w=!0,()=>A=!0);let I=" ";if(d||m||D){if(I=m?"\n":"",D){const e=f(D);I+=`\n${o.indentComment(e,n.indent)}`}""!==v||n.inFlow?I+=`\n${n.indent}`:"\n"===I&&E&&(I="\n\n")}else if(!g&&r.isCollection(t)){const e=v[0],r=v.indexOf("\n"),s=-1!==r,i=n.inFlow??t.flow??0===t.items.length;if(s||!i){let t=!1;if(s&&("&"===e||"!"===e)){let n=v.indexOf(" ");"&"===e&&-1!==n&&n<r&&"!"===v[n+1]&&(n=v.indexOf(" ",n+1)),(-1===n||r<n)&&(t=!0)}t||(I=`\n${n.indent}`)}}else""!==v&&"\n"!==v[0]||(I="");return b+=I+v,n.inFlow?w&&a&&a():E&&!w?b+=o.lineComment(b,n.indent,f(E)):A&&B&&B(),b}},83069:(e,t,n)=>{var r=n(63301),s=n(34475);const i=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),o=e=>/^(%|---|\.\.\.)/m.test(e);function a(e,t){const n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;const{implicitKey:r}=t,a=t.options.doubleQuotedMinMultiLineLength,B=t.indent||(o(e)?"  ":"");let u="",c=0;for(let e=0,t=n[e];t;t=n[++e])if(" "===t&&"\\"===n[e+1]&&"n"===n[e+2]&&(u+=n.slice(c,e)+"\\ ",e+=1,c=e,t="\\"),"\\"===t)switch(n[e+1]){case"u":{u+=n.slice(c,e);const t=n.substr(e+2,4);switch(t){case"0000":u+="\\0";break;case"0007":u+="\\a";break;case"000b":u+="\\v";break;case"001b":u+="\\e";break;case"0085":u+="\\N";break;case"00a0":u+="\\_";break;case"2028":u+="\\L";break;case"2029":u+="\\P";break;default:"00"===t.substr(0,2)?u+="\\x"+t.substr(2):u+=n.substr(e,6)}e+=5,c=e+1}break;case"n":if(r||'"'===n[e+2]||n.length<a)e+=1;else{for(u+=n.slice(c,e)+"\n\n";"\\"===n[e+2]&&"n"===n[e+3]&&'"'!==n[e+4];)u+="\n",e+=2;u+=B," "===n[e+2]&&(u+="\\"),e+=1,c=e+1}break;default:e+=1}return u=c?u+n.slice(c):n,r?u:s.foldFlowLines(u,B,s.FOLD_QUOTED,i(t,!1))}function B(e,t){if(!1===t.options.singleQuote||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return a(e,t);const n=t.indent||(o(e)?"  ":""),r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${n}`)+"'";return t.implicitKey?r:s.foldFlowLines(r,n,s.FOLD_FLOW,i(t,!1))}function u(e,t){const{singleQuote:n}=t.options;let r;if(!1===n)r=a;else{const t=e.includes('"'),s=e.includes("'");r=t&&!s?B:s&&!t?a:n?B:a}return r(e,t)}let c;try{c=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{c=/\n+(?!\n|$)/g}function l({comment:e,type:t,value:n},a,B,l){const{blockQuote:h,commentString:f,lineWidth:p}=a.options;if(!h||/\n[\t ]+$/.test(n))return u(n,a);const C=a.indent||(a.forceBlockIndent||o(n)?"  ":""),d="literal"===h||"folded"!==h&&t!==r.Scalar.BLOCK_FOLDED&&(t===r.Scalar.BLOCK_LITERAL||!function(e,t,n){if(!t||t<0)return!1;const r=t-n,s=e.length;if(s<=r)return!1;for(let t=0,n=0;t<s;++t)if("\n"===e[t]){if(t-n>r)return!0;if(n=t+1,s-n<=r)return!1}return!0}(n,p,C.length));if(!n)return d?"|\n":">\n";let g,m;for(m=n.length;m>0;--m){const e=n[m-1];if("\n"!==e&&"\t"!==e&&" "!==e)break}let D=n.substring(m);const E=D.indexOf("\n");-1===E?g="-":n===D||E!==D.length-1?(g="+",l&&l()):g="",D&&(n=n.slice(0,-D.length),"\n"===D[D.length-1]&&(D=D.slice(0,-1)),D=D.replace(c,`$&${C}`));let y,A=!1,b=-1;for(y=0;y<n.length;++y){const e=n[y];if(" "===e)A=!0;else{if("\n"!==e)break;b=y}}let w=n.substring(0,b<y?b+1:y);w&&(n=n.substring(w.length),w=w.replace(/\n+/g,`$&${C}`));let v=(A?C?"2":"1":"")+g;if(e&&(v+=" "+f(e.replace(/ ?[\r\n]+/g," ")),B&&B()),!d){const e=n.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${C}`);let o=!1;const B=i(a,!0);"folded"!==h&&t!==r.Scalar.BLOCK_FOLDED&&(B.onOverflow=()=>{o=!0});const u=s.foldFlowLines(`${w}${e}${D}`,C,s.FOLD_BLOCK,B);if(!o)return`>${v}\n${C}${u}`}return`|${v}\n${C}${w}${n=n.replace(/\n+/g,`$&${C}`)}${D}`}t.stringifyString=function(e,t,n,c){const{implicitKey:h,inFlow:f}=t,p="string"==typeof e.value?e:Object.assign({},e,{value:String(e.value)});let{type:C}=e;C!==r.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(p.value)&&(C=r.Scalar.QUOTE_DOUBLE);const d=e=>{switch(e){case r.Scalar.BLOCK_FOLDED:case r.Scalar.BLOCK_LITERAL:return h||f?u(p.value,t):l(p,t,n,c);case r.Scalar.QUOTE_DOUBLE:return a(p.value,t);case r.Scalar.QUOTE_SINGLE:return B(p.value,t);case r.Scalar.PLAIN:return function(e,t,n,a){const{type:B,value:c}=e,{actualString:h,implicitKey:f,indent:p,indentStep:C,inFlow:d}=t;if(f&&c.includes("\n")||d&&/[[\]{},]/.test(c))return u(c,t);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(c))return f||d||!c.includes("\n")?u(c,t):l(e,t,n,a);if(!f&&!d&&B!==r.Scalar.PLAIN&&c.includes("\n"))return l(e,t,n,a);if(o(c)){if(""===p)return t.forceBlockIndent=!0,l(e,t,n,a);if(f&&p===C)return u(c,t)}const g=c.replace(/\n+/g,`$&\n${p}`);if(h){const e=e=>e.default&&"tag:yaml.org,2002:str"!==e.tag&&e.test?.test(g),{compat:n,tags:r}=t.doc.schema;if(r.some(e)||n?.some(e))return u(c,t)}return f?g:s.foldFlowLines(g,p,s.FOLD_FLOW,i(t,!1))}(p,t,n,c);default:return null}};let g=d(C);if(null===g){const{defaultKeyType:e,defaultStringType:n}=t.options,r=h&&e||n;if(g=d(r),null===g)throw new Error(`Unsupported default string type ${r}`)}return g}},10204:(e,t,n)=>{var r=n(41127);const s=Symbol("break visit"),i=Symbol("skip children"),o=Symbol("remove node");function a(e,t){const n=l(t);if(r.isDocument(e)){B(null,e.contents,n,Object.freeze([e]))===o&&(e.contents=null)}else B(null,e,n,Object.freeze([]))}function B(e,t,n,i){const a=h(e,t,n,i);if(r.isNode(a)||r.isPair(a))return f(e,i,a),B(e,a,n,i);if("symbol"!=typeof a)if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=B(e,t.items[e],n,i);if("number"==typeof r)e=r-1;else{if(r===s)return s;r===o&&(t.items.splice(e,1),e-=1)}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=B("key",t.key,n,i);if(e===s)return s;e===o&&(t.key=null);const r=B("value",t.value,n,i);if(r===s)return s;r===o&&(t.value=null)}return a}async function u(e,t){const n=l(t);if(r.isDocument(e)){await c(null,e.contents,n,Object.freeze([e]))===o&&(e.contents=null)}else await c(null,e,n,Object.freeze([]))}async function c(e,t,n,i){const a=await h(e,t,n,i);if(r.isNode(a)||r.isPair(a))return f(e,i,a),c(e,a,n,i);if("symbol"!=typeof a)if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=await c(e,t.items[e],n,i);if("number"==typeof r)e=r-1;else{if(r===s)return s;r===o&&(t.items.splice(e,1),e-=1)}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=await c("key",t.key,n,i);if(e===s)return s;e===o&&(t.key=null);const r=await c("value",t.value,n,i);if(r===s)return s;r===o&&(t.value=null)}return a}function l(e){return"object"==typeof e&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function h(e,t,n,s){return"function"==typeof n?n(e,t,s):r.isMap(t)?n.Map?.(e,t,s):r.isSeq(t)?n.Seq?.(e,t,s):r.isPair(t)?n.Pair?.(e,t,s):r.isScalar(t)?n.Scalar?.(e,t,s):r.isAlias(t)?n.Alias?.(e,t,s):void 0}function f(e,t,n){const s=t[t.length-1];if(r.isCollection(s))s.items[e]=n;else if(r.isPair(s))"key"===e?s.key=n:s.value=n;else{if(!r.isDocument(s)){const e=r.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}s.contents=n}}a.BREAK=s,a.SKIP=i,a.REMOVE=o,u.BREAK=s,u.SKIP=i,u.REMOVE=o,t.visit=a,t.visitAsync=u},8352:(e,t,n)=>{const r=n(89227),s=n(49982),i=n(10006),o="context",a=new i.NoopContextManager,B=Object.freeze({dispose:()=>{}});t.ContextAPI=class e{constructor(){this._attachUnsupportedWarned=!1}static getInstance(){return this._instance||(this._instance=new e),this._instance}setGlobalContextManager(e){return r.registerGlobal(o,e,s.DiagAPI.instance())}active(){return this._getContextManager().active()}with(e,t,n,...r){return this._getContextManager().with(e,t,n,...r)}bind(e,t){return this._getContextManager().bind(e,t)}attach(e){const t=this._getContextManager();return t.attach?t.attach(e):(this._attachUnsupportedWarned||(this._attachUnsupportedWarned=!0,s.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.")),B)}_getContextManager(){return r.getGlobal(o)||a}disable(){this._getContextManager().disable(),r.unregisterGlobal(o,s.DiagAPI.instance())}}},49982:(e,t,n)=>{const r=n(89227),s=n(21977);n(54351);const i=n(21714);t.DiagAPI=class e{static instance(){return this._instance||(this._instance=new e),this._instance}constructor(){function e(e){return function(...t){const n=r.getGlobal("diag");if(n)return n[e](...t)}}const t=this;t.setLogger=(e,n={logLevel:60})=>{var s;if(e===t){var o;const e=new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");return t.error(null!==(o=e.stack)&&void 0!==o?o:e.message),!1}"number"==typeof n&&(n={logLevel:n});const a=r.getGlobal("diag"),B=i.createLogLevelDiagLogger(null!==(s=n.logLevel)&&void 0!==s?s:60,e);if(a&&!n.suppressOverrideMessage){var u;const e=null!==(u=(new Error).stack)&&void 0!==u?u:"<failed to generate stacktrace>";a.warn(`Current logger will be overwritten from ${e}`),B.warn(`Current logger will overwrite one already registered from ${e}`)}return r.registerGlobal("diag",B,t,!0)},t.disable=()=>{r.unregisterGlobal("diag",t)},t.createComponentLogger=e=>new s.DiagComponentLogger(e),t.verbose=e("verbose"),t.debug=e("debug"),t.info=e("info"),t.warn=e("warn"),t.error=e("error")}}},19102:(e,t,n)=>{const r=n(89227),s=n(49982),i=n(69035),o="logs";t.e=class e{constructor(){this._proxyLoggerProvider=new i.ProxyLoggerProvider}static getInstance(){return this._instance||(this._instance=new e),this._instance}setGlobalLoggerProvider(e){const t=r.registerGlobal(o,e,s.DiagAPI.instance());return t&&this._proxyLoggerProvider._setDelegate(e),t}getLoggerProvider(){return r.getGlobal(o)||this._proxyLoggerProvider}getLogger(e,t,n){return this.getLoggerProvider().getLogger(e,t,n)}disable(){r.unregisterGlobal(o,s.DiagAPI.instance()),this._proxyLoggerProvider=new i.ProxyLoggerProvider}}},33510:(e,t,n)=>{const r=n(89227),s=n(49982),i=n(47554),o="metrics";t.k=class e{constructor(){}static getInstance(){return this._instance||(this._instance=new e),this._instance}setGlobalMeterProvider(e){return r.registerGlobal(o,e,s.DiagAPI.instance())}getMeterProvider(){return r.getGlobal(o)||i.NOOP_METER_PROVIDER}getMeter(e,t,n){return this.getMeterProvider().getMeter(e,t,n)}disable(){r.unregisterGlobal(o,s.DiagAPI.instance())}}},93007:(e,t,n)=>{const r=n(89227),s=n(49982),i=n(45196),o=n(43565),a=n(80345),B=n(97510),u="propagation",c=new a.NoopTextMapPropagator;t.R=class e{constructor(){this.createBaggage=i.createBaggage,this.getBaggage=B.getBaggage,this.getActiveBaggage=B.getActiveBaggage,this.setBaggage=B.setBaggage,this.deleteBaggage=B.deleteBaggage}static getInstance(){return this._instance||(this._instance=new e),this._instance}setGlobalPropagator(e){return r.registerGlobal(u,e,s.DiagAPI.instance())}inject(e,t,n=o.defaultTextMapSetter){return this._getGlobalPropagator().inject(e,t,n)}extract(e,t,n=o.defaultTextMapGetter){return this._getGlobalPropagator().extract(e,t,n)}fields(){return this._getGlobalPropagator().fields()}disable(){r.unregisterGlobal(u,s.DiagAPI.instance())}_getGlobalPropagator(){return r.getGlobal(u)||c}}},5446:(e,t,n)=>{const r=n(89227),s=n(49982),i=n(3779),o=n(83723),a=n(55930),B="trace";t.C=class e{constructor(){this._proxyTracerProvider=new a.ProxyTracerProvider,this.wrapSpanContext=o.wrapSpanContext,this.isSpanContextValid=o.isSpanContextValid,this.deleteSpan=i.deleteSpan,this.getSpan=i.getSpan,this.getActiveSpan=i.getActiveSpan,this.getSpanContext=i.getSpanContext,this.setSpan=i.setSpan,this.setSpanContext=i.setSpanContext}static getInstance(){return this._instance||(this._instance=new e),this._instance}setGlobalTracerProvider(e){const t=r.registerGlobal(B,this._proxyTracerProvider,s.DiagAPI.instance());return t&&this._proxyTracerProvider.setDelegate(e),t}getTracerProvider(){return r.getGlobal(B)||this._proxyTracerProvider}getTracer(e,t){return this.getTracerProvider().getTracer(e,t)}disable(){r.unregisterGlobal(B,s.DiagAPI.instance()),this._proxyTracerProvider=new a.ProxyTracerProvider}}},97510:(e,t,n)=>{const r=n(83041),s=n(8352),i=r.createContextKey("OpenTelemetry Baggage Key");function o(e){return e.getValue(i)||void 0}t.deleteBaggage=function(e){return e.deleteValue(i)},t.getActiveBaggage=function(){return o(s.ContextAPI.getInstance().active())},t.getBaggage=o,t.setBaggage=function(e,t){return e.setValue(i,t)}},10176:(e,t)=>{t.BaggageImpl=class e{constructor(e){this._entries=e?new Map(e):new Map}getEntry(e){const t=this._entries.get(e);if(t)return Object.assign({},t)}getAllEntries(){return Array.from(this._entries.entries())}setEntry(t,n){const r=new e(this._entries);return r._entries.set(t,n),r}removeEntry(t){const n=new e(this._entries);return n._entries.delete(t),n}removeEntries(...t){const n=new e(this._entries);for(const e of t)n._entries.delete(e);return n}clear(){return new e}}},9333:(e,t)=>{const n=Symbol("BaggageEntryMetadata");t.baggageEntryMetadataSymbol=n},45196:(e,t,n)=>{const r=n(49982),s=n(10176),i=n(9333),o=r.DiagAPI.instance();t.baggageEntryMetadataFromString=function(e){return"string"!=typeof e&&(o.error("Cannot create baggage metadata from unknown type: "+typeof e),e=""),{__TYPE__:i.baggageEntryMetadataSymbol,toString:()=>e}},t.createBaggage=function(e={}){return new s.BaggageImpl(new Map(Object.entries(e)))}},42534:(e,t,n)=>{const r=n(8352).ContextAPI.getInstance();t.context=r},10006:(e,t,n)=>{const r=n(83041);t.NoopContextManager=class{active(){return r.ROOT_CONTEXT}with(e,t,n,...r){return t.call(n,...r)}bind(e,t){return t}enable(){return this}disable(){return this}attach(e){return{dispose(){}}}}},83041:(e,t)=>{const n=new class e{constructor(t){const n=this;n._currentContext=t?new Map(t):new Map,n.getValue=e=>n._currentContext.get(e),n.setValue=(t,r)=>{const s=new e(n._currentContext);return s._currentContext.set(t,r),s},n.deleteValue=t=>{const r=new e(n._currentContext);return r._currentContext.delete(t),r}}};t.ROOT_CONTEXT=n,t.createContextKey=function(e){return Symbol.for(e)}},31778:(e,t,n)=>{const r=n(49982).DiagAPI.instance();t.diag=r},21977:(e,t,n)=>{const r=n(89227);function s(e,t,n){const s=r.getGlobal("diag");if(s)return s[e](t,...n)}t.DiagComponentLogger=class{constructor(e){this._namespace=e.namespace||"DiagComponentLogger"}debug(...e){return s("debug",this._namespace,e)}error(...e){return s("error",this._namespace,e)}info(...e){return s("info",this._namespace,e)}warn(...e){return s("warn",this._namespace,e)}verbose(...e){return s("verbose",this._namespace,e)}}},19199:(e,t)=>{const n=[{n:"error",c:"error"},{n:"warn",c:"warn"},{n:"info",c:"info"},{n:"debug",c:"debug"},{n:"verbose",c:"trace"}],r={};if("undefined"!=typeof console)for(const e of["error","warn","info","debug","trace","log"])"function"==typeof console[e]&&(r[e]=console[e]);t.DiagConsoleLogger=class{constructor(){function e(e){return function(...t){let n=r[e];if("function"!=typeof n&&(n=r.log),"function"!=typeof n&&console&&(n=console[e],"function"!=typeof n&&(n=console.log)),"function"==typeof n)return n.apply(console,t)}}for(let t=0;t<n.length;t++)this[n[t].n]=e(n[t].c)}},t._originalConsoleMethods=r},21714:(e,t,n)=>{n(54351),t.createLogLevelDiagLogger=function(e,t){function n(n,r){const s=t[n];return"function"==typeof s&&e>=r?s.bind(t):function(){}}return e<0?e=0:e>9999&&(e=9999),t=t||{},{error:n("error",30),warn:n("warn",50),info:n("info",60),debug:n("debug",70),verbose:n("verbose",80)}}},54351:(e,t)=>{let n=function(e){return e[e.NONE=0]="NONE",e[e.ERROR=30]="ERROR",e[e.WARN=50]="WARN",e[e.INFO=60]="INFO",e[e.DEBUG=70]="DEBUG",e[e.VERBOSE=80]="VERBOSE",e[e.ALL=9999]="ALL",e}({});t.DiagLogLevel=n},91408:(e,t,n)=>{Object.defineProperties(t,{__esModule:{value:!0},[Symbol.toStringTag]:{value:"Module"}});const r=n(54351),s=n(45196),i=n(83041),o=n(19199),a=n(1677),B=n(80626),u=n(69140),c=n(8973),l=n(43565),h=n(43245),f=n(63552),p=n(83723),C=n(33861),d=n(97483),g=n(17632),m=n(2219),D=n(55930),E=n(55346),y=n(42534),A=n(31778),b=n(15662),w=n(57876),v=n(97045),I=n(78936);var F={context:y.context,diag:A.diag,logs:b.logs,metrics:w.metrics,propagation:v.propagation,trace:I.trace};t.DiagConsoleLogger=o.DiagConsoleLogger,t.DiagLogLevel=r.DiagLogLevel,t.INVALID_SPANID=f.INVALID_SPANID,t.INVALID_SPAN_CONTEXT=f.INVALID_SPAN_CONTEXT,t.INVALID_TRACEID=f.INVALID_TRACEID,t.ProxyTracer=C.ProxyTracer,t.ProxyTracerProvider=D.ProxyTracerProvider,t.ROOT_CONTEXT=i.ROOT_CONTEXT,t.SamplingDecision=E.SamplingDecision,t.SeverityNumber=c.SeverityNumber,t.SpanKind=d.SpanKind,t.SpanStatusCode=g.SpanStatusCode,t.TraceFlags=h.TraceFlags,t.ValueType=B.ValueType,t.baggageEntryMetadataFromString=s.baggageEntryMetadataFromString,t.context=y.context,t.createContextKey=i.createContextKey,t.createNoopLogger=u.createNoopLogger,t.createNoopMeter=a.createNoopMeter,t.createTraceState=m.createTraceState,t.default=F,t.defaultTextMapGetter=l.defaultTextMapGetter,t.defaultTextMapSetter=l.defaultTextMapSetter,t.diag=A.diag,t.isSpanContextValid=p.isSpanContextValid,t.isValidSpanId=p.isValidSpanId,t.isValidTraceId=p.isValidTraceId,t.logs=b.logs,t.metrics=w.metrics,t.propagation=v.propagation,t.trace=I.trace},89227:(e,t,n)=>{const r=n(39128),s=n(41418),i=r.VERSION.split(".")[0],o=Symbol.for(`opentelemetry.js.api.${i}`),a="object"==typeof globalThis?globalThis:"object"==typeof self?self:"object"==typeof window?window:"object"==typeof global?global:{};let B;t.getGlobal=function(e){const t=a[o];if(null!=t){if(t!==B){if(!t.version||!s.isCompatible(t.version))return;B=t}return t[e]}},t.registerGlobal=function(e,t,n,s=!1){var i;const B=a[o]=null!==(i=a[o])&&void 0!==i?i:Object.defineProperty({},"version",{value:r.VERSION,enumerable:!0,writable:!1,configurable:!1});if(!s&&B[e]){const t=new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${e}`);return n.error(t.stack||t.message),!1}if("1.10.0"!==B.version){const t=new Error(`@opentelemetry/api: Registration of version v${B.version} for ${e} does not match previously registered API v${r.VERSION}`);return n.error(t.stack||t.message),!1}return B[e]=t,n.debug(`@opentelemetry/api: Registered a global for ${e} v${r.VERSION}.`),!0},t.unregisterGlobal=function(e,t){t.debug(`@opentelemetry/api: Unregistering a global for ${e} v${r.VERSION}.`);const n=a[o];n&&delete n[e]}},41418:(e,t,n)=>{const r=n(39128),s=/^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;function i(e){const t=new Set([e]),n=new Set,r=e.match(s);if(!r)return()=>!1;const i=+r[1],o=+r[2],a=+r[3];if(null!=r[4])return function(t){return t===e};function B(e){return n.add(e),!1}function u(e){return t.add(e),!0}return function(e){if(t.has(e))return!0;if(n.has(e))return!1;const r=e.match(s);if(!r)return B(e);const c=+r[1],l=+r[2],h=+r[3];return null!=r[4]||i!==c?B(e):0===i?o===l&&a<=h?u(e):B(e):o<=l?u(e):B(e)}}const o=i(r.VERSION);t._makeCompatibilityCheck=i,t.isCompatible=o},15662:(e,t,n)=>{const r=n(19102).e.getInstance();t.logs=r},8973:(e,t)=>{let n=function(e){return e[e.UNSPECIFIED=0]="UNSPECIFIED",e[e.TRACE=1]="TRACE",e[e.TRACE2=2]="TRACE2",e[e.TRACE3=3]="TRACE3",e[e.TRACE4=4]="TRACE4",e[e.DEBUG=5]="DEBUG",e[e.DEBUG2=6]="DEBUG2",e[e.DEBUG3=7]="DEBUG3",e[e.DEBUG4=8]="DEBUG4",e[e.INFO=9]="INFO",e[e.INFO2=10]="INFO2",e[e.INFO3=11]="INFO3",e[e.INFO4=12]="INFO4",e[e.WARN=13]="WARN",e[e.WARN2=14]="WARN2",e[e.WARN3=15]="WARN3",e[e.WARN4=16]="WARN4",e[e.ERROR=17]="ERROR",e[e.ERROR2=18]="ERROR2",e[e.ERROR3=19]="ERROR3",e[e.ERROR4=20]="ERROR4",e[e.FATAL=21]="FATAL",e[e.FATAL2=22]="FATAL2",e[e.FATAL3=23]="FATAL3",e[e.FATAL4=24]="FATAL4",e}({});t.SeverityNumber=n},69140:(e,t)=>{var n=class{emit(e){}enabled(){return!1}};const r=new n;t.NOOP_LOGGER=r,t.NoopLogger=n,t.createNoopLogger=function(){return r}},71995:(e,t,n)=>{const r=n(69140);var s=class{getLogger(e,t,n){return new r.NoopLogger}};const i=new s;t.NOOP_LOGGER_PROVIDER=i,t.NoopLoggerProvider=s},38916:(e,t,n)=>{const r=n(69140);t.ProxyLogger=class{constructor(e,t,n,r){this._provider=e,this.name=t,this.version=n,this.options=r}emit(e){this._getLogger().emit(e)}enabled(e){return this._getLogger().enabled(e)}_getLogger(){if(this._delegate)return this._delegate;const e=this._provider._getDelegateLogger(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):r.NOOP_LOGGER}}},69035:(e,t,n)=>{const r=n(71995),s=n(38916);t.ProxyLoggerProvider=class{getLogger(e,t,n){var r;return null!==(r=this._getDelegateLogger(e,t,n))&&void 0!==r?r:new s.ProxyLogger(this,e,t,n)}_getDelegate(){var e;return null!==(e=this._delegate)&&void 0!==e?e:r.NOOP_LOGGER_PROVIDER}_setDelegate(e){this._delegate=e}_getDelegateLogger(e,t,n){var r;return null===(r=this._delegate)||void 0===r?void 0:r.getLogger(e,t,n)}}},57876:(e,t,n)=>{const r=n(33510).k.getInstance();t.metrics=r},80626:(e,t)=>{let n=function(e){return e[e.INT=0]="INT",e[e.DOUBLE=1]="DOUBLE",e}({});t.ValueType=n},1677:(e,t)=>{var n=class{constructor(){}createGauge(e,t){return p}createHistogram(e,t){return C}createCounter(e,t){return f}createUpDownCounter(e,t){return d}createObservableGauge(e,t){return m}createObservableCounter(e,t){return g}createObservableUpDownCounter(e,t){return D}addBatchObservableCallback(e,t){}removeBatchObservableCallback(e){}},r=class{},s=class extends r{add(e,t){}},i=class extends r{add(e,t){}},o=class extends r{record(e,t){}},a=class extends r{record(e,t){}},B=class{addCallback(e){}removeCallback(e){}},u=class extends B{},c=class extends B{},l=class extends B{};const h=new n,f=new s,p=new o,C=new a,d=new i,g=new u,m=new c,D=new l;t.NOOP_COUNTER_METRIC=f,t.NOOP_GAUGE_METRIC=p,t.NOOP_HISTOGRAM_METRIC=C,t.NOOP_METER=h,t.NOOP_OBSERVABLE_COUNTER_METRIC=g,t.NOOP_OBSERVABLE_GAUGE_METRIC=m,t.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC=D,t.NOOP_UP_DOWN_COUNTER_METRIC=d,t.NoopCounterMetric=s,t.NoopGaugeMetric=o,t.NoopHistogramMetric=a,t.NoopMeter=n,t.NoopMetric=r,t.NoopObservableCounterMetric=u,t.NoopObservableGaugeMetric=c,t.NoopObservableMetric=B,t.NoopObservableUpDownCounterMetric=l,t.NoopUpDownCounterMetric=i,t.createNoopMeter=function(){return h}},47554:(e,t,n)=>{const r=n(1677);var s=class{getMeter(e,t,n){return r.NOOP_METER}};const i=new s;t.NOOP_METER_PROVIDER=i,t.NoopMeterProvider=s},97045:(e,t,n)=>{const r=n(93007).R.getInstance();t.propagation=r},80345:(e,t)=>{t.NoopTextMapPropagator=class{inject(e,t){}extract(e,t){return e}fields(){return[]}}},43565:(e,t)=>{const n={get(e,t){if(null!=e)return e[t]},keys:e=>null==e?[]:Object.keys(e)},r={set(e,t,n){null!=e&&(e[t]=n)}};t.defaultTextMapGetter=n,t.defaultTextMapSetter=r},78936:(e,t,n)=>{const r=n(5446).C.getInstance();t.trace=r},55744:(e,t,n)=>{const r=n(63552);t.NonRecordingSpan=class{constructor(e=r.INVALID_SPAN_CONTEXT){this._spanContext=e}spanContext(){return this._spanContext}setAttribute(e,t){return this}setAttributes(e){return this}addEvent(e,t){return this}addLink(e){return this}addLinks(e){return this}setStatus(e){return this}updateName(e){return this}end(e){}isRecording(){return!1}recordException(e,t){}}},1725:(e,t,n)=>{const r=n(8352),s=n(55744),i=n(3779),o=n(83723),a=r.ContextAPI.getInstance();t.NoopTracer=class{startSpan(e,t,n=a.active()){if(Boolean(null==t?void 0:t.root))return new s.NonRecordingSpan;const r=n&&i.getSpanContext(n);return null!==(B=r)&&"object"==typeof B&&"spanId"in B&&"string"==typeof B.spanId&&"traceId"in B&&"string"==typeof B.traceId&&"traceFlags"in B&&"number"==typeof B.traceFlags&&o.isSpanContextValid(r)?new s.NonRecordingSpan(r):new s.NonRecordingSpan;var B}startActiveSpan(e,t,n,r){var s;let o,B,u;if(arguments.length<2)return;2===arguments.length?u=t:3===arguments.length?(o=t,u=n):(o=t,B=n,u=r);const c=null!==(s=B)&&void 0!==s?s:a.active(),l=this.startSpan(e,o,c),h=i.setSpan(c,l);return a.with(h,u,void 0,l)}}},83186:(e,t,n)=>{const r=n(1725);t.b=class{getTracer(e,t,n){return new r.NoopTracer}}},33861:(e,t,n)=>{const r=new(n(1725).NoopTracer);t.ProxyTracer=class{constructor(e,t,n,r){this._provider=e,this.name=t,this.version=n,this.options=r}startSpan(e,t,n){return this._getTracer().startSpan(e,t,n)}startActiveSpan(e,t,n,r){const s=this._getTracer();return Reflect.apply(s.startActiveSpan,s,arguments)}_getTracer(){if(this._delegate)return this._delegate;const e=this._provider.getDelegateTracer(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):r}}},55930:(e,t,n)=>{const r=n(33861),s=new(n(83186).b);t.ProxyTracerProvider=class{getTracer(e,t,n){var s;return null!==(s=this.getDelegateTracer(e,t,n))&&void 0!==s?s:new r.ProxyTracer(this,e,t,n)}getDelegate(){var e;return null!==(e=this._delegate)&&void 0!==e?e:s}setDelegate(e){this._delegate=e}getDelegateTracer(e,t,n){var r;return null===(r=this._delegate)||void 0===r?void 0:r.getTracer(e,t,n)}}},55346:(e,t)=>{let n=function(e){return e[e.NOT_RECORD=0]="NOT_RECORD",e[e.RECORD=1]="RECORD",e[e.RECORD_AND_SAMPLED=2]="RECORD_AND_SAMPLED",e}({});t.SamplingDecision=n},3779:(e,t,n)=>{const r=n(83041),s=n(8352),i=n(55744),o=r.createContextKey("OpenTelemetry Context Key SPAN");function a(e){return e.getValue(o)||void 0}function B(e,t){return e.setValue(o,t)}t.deleteSpan=function(e){return e.deleteValue(o)},t.getActiveSpan=function(){return a(s.ContextAPI.getInstance().active())},t.getSpan=a,t.getSpanContext=function(e){var t;return null===(t=a(e))||void 0===t?void 0:t.spanContext()},t.setSpan=B,t.setSpanContext=function(e,t){return B(e,new i.NonRecordingSpan(t))}},48457:(e,t,n)=>{const r=n(38534);t.TraceStateImpl=class e{constructor(e){this._internalState=new Map,e&&this._parse(e)}set(e,t){const n=this._internalState.get(e);let r=this.serialize().length;if("string"==typeof n)r+=t.length-n.length;else{if(this._internalState.size>=32)return this;r+=e.length+t.length+(this._internalState.size>0?2:1)}if(r>512)return this;const s=this._clone();return s._internalState.has(e)&&s._internalState.delete(e),s._internalState.set(e,t),s}unset(e){const t=this._clone();return t._internalState.delete(e),t}get(e){return this._internalState.get(e)}serialize(){return Array.from(this._internalState.keys()).reduceRight((e,t)=>(e.push(t+"="+this.get(t)),e),[]).join(",")}_parse(e){e.length>512||(this._internalState=e.split(",").reduceRight((e,t)=>{const n=t.trim(),s=n.indexOf("=");if(-1!==s){const i=n.slice(0,s),o=n.slice(s+1,t.length);r.validateKey(i)&&r.validateValue(o)&&e.set(i,o)}return e},new Map),this._internalState.size>32&&(this._internalState=new Map(Array.from(this._internalState.entries()).reverse().slice(0,32))))}_keys(){return Array.from(this._internalState.keys()).reverse()}_clone(){const t=new e;return t._internalState=new Map(this._internalState),t}}},38534:(e,t)=>{const n="[_0-9a-z-*/]",r=new RegExp(`^(?:[a-z]${n}{0,255}|[a-z0-9]${n}{0,240}@[a-z]${n}{0,13})$`),s=/^[ -~]{0,255}[!-~]$/,i=/,|=/;t.validateKey=function(e){return r.test(e)},t.validateValue=function(e){return s.test(e)&&!i.test(e)}},2219:(e,t,n)=>{const r=n(48457);t.createTraceState=function(e){return new r.TraceStateImpl(e)}},63552:(e,t,n)=>{n(43245);const r="0000000000000000",s="00000000000000000000000000000000",i={traceId:s,spanId:r,traceFlags:0};t.INVALID_SPANID=r,t.INVALID_SPAN_CONTEXT=i,t.INVALID_TRACEID=s},97483:(e,t)=>{let n=function(e){return e[e.INTERNAL=0]="INTERNAL",e[e.SERVER=1]="SERVER",e[e.CLIENT=2]="CLIENT",e[e.PRODUCER=3]="PRODUCER",e[e.CONSUMER=4]="CONSUMER",e}({});t.SpanKind=n},83723:(e,t,n)=>{n(63552);const r=n(55744),s=new Uint8Array([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1]);function i(e,t){if("string"!=typeof e||e.length!==t)return!1;let n=0;for(let t=0;t<e.length;t+=4)n+=(0|s[e.charCodeAt(t)])+(0|s[e.charCodeAt(t+1)])+(0|s[e.charCodeAt(t+2)])+(0|s[e.charCodeAt(t+3)]);return n===t}function o(e){return i(e,32)&&"00000000000000000000000000000000"!==e}function a(e){return i(e,16)&&"0000000000000000"!==e}t.isSpanContextValid=function(e){return o(e.traceId)&&a(e.spanId)},t.isValidSpanId=a,t.isValidTraceId=o,t.wrapSpanContext=function(e){return new r.NonRecordingSpan(e)}},17632:(e,t)=>{let n=function(e){return e[e.UNSET=0]="UNSET",e[e.OK=1]="OK",e[e.ERROR=2]="ERROR",e}({});t.SpanStatusCode=n},43245:(e,t)=>{let n=function(e){return e[e.NONE=0]="NONE",e[e.SAMPLED=1]="SAMPLED",e}({});t.TraceFlags=n},39128:(e,t)=>{t.VERSION="1.10.0"},14730:(e,t,n)=>{function r(){return"object"==typeof navigator&&"userAgent"in navigator?navigator.userAgent:"object"==typeof process&&void 0!==process.version?`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`:"<environment undetectable>"}function s(e,t,n,r){if("function"!=typeof n)throw new Error("method for before hook must be a function");return r||(r={}),Array.isArray(t)?t.reverse().reduce((t,n)=>s.bind(null,e,n,t,r),n)():Promise.resolve().then(()=>e.registry[t]?e.registry[t].reduce((e,t)=>t.hook.bind(null,e,r),n)():n(r))}function i(e,t,n,r){const s=r;e.registry[n]||(e.registry[n]=[]),"before"===t&&(r=(e,t)=>Promise.resolve().then(s.bind(null,t)).then(e.bind(null,t))),"after"===t&&(r=(e,t)=>{let n;return Promise.resolve().then(e.bind(null,t)).then(e=>(n=e,s(n,t))).then(()=>n)}),"error"===t&&(r=(e,t)=>Promise.resolve().then(e.bind(null,t)).catch(e=>s(e,t))),e.registry[n].push({hook:r,orig:s})}function o(e,t,n){if(!e.registry[t])return;const r=e.registry[t].map(e=>e.orig).indexOf(n);-1!==r&&e.registry[t].splice(r,1)}n.d(t,{E:()=>me});const a=Function.bind,B=a.bind(a);function u(e,t,n){const r=B(o,null).apply(null,n?[t,n]:[t]);e.api={remove:r},e.remove=r,["before","error","after","wrap"].forEach(r=>{const s=n?[t,r,n]:[t,r];e[r]=e.api[r]=B(i,null).apply(null,s)})}const c={Singular:function(){const e=Symbol("Singular"),t={registry:{}},n=s.bind(null,t,e);return u(n,t,e),n},Collection:function(){const e={registry:{}},t=s.bind(null,e);return u(t,e),t}};var l=`octokit-endpoint.js/0.0.0-development ${r()}`;function h(e,t){const n=Object.assign({},e);return Object.keys(t).forEach(r=>{!function(e){if("object"!=typeof e||null===e)return!1;if("[object Object]"!==Object.prototype.toString.call(e))return!1;const t=Object.getPrototypeOf(e);if(null===t)return!0;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return"function"==typeof n&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}(t[r])?Object.assign(n,{[r]:t[r]}):r in e?n[r]=h(e[r],t[r]):Object.assign(n,{[r]:t[r]})}),n}function f(e){for(const t in e)void 0===e[t]&&delete e[t];return e}function p(e,t,n){if("string"==typeof t){let[e,r]=t.split(" ");n=Object.assign(r?{method:e,url:r}:{url:e},n)}else n=Object.assign({},t);var r;n.headers=(r=n.headers)?Object.keys(r).reduce((e,t)=>(e[t.toLowerCase()]=r[t],e),{}):{},f(n),f(n.headers);const s=h(e||{},n);return"/graphql"===n.url&&(e&&e.mediaType.previews?.length&&(s.mediaType.previews=e.mediaType.previews.filter(e=>!s.mediaType.previews.includes(e)).concat(s.mediaType.previews)),s.mediaType.previews=(s.mediaType.previews||[]).map(e=>e.replace(/-preview/,""))),s}var C=/\{[^{}}]+\}/g;function d(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function g(e,t){const n={__proto__:null};for(const r of Object.keys(e))-1===t.indexOf(r)&&(n[r]=e[r]);return n}function m(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(e){return/%[0-9A-Fa-f]/.test(e)||(e=encodeURI(e).replace(/%5B/g,"[").replace(/%5D/g,"]")),e}).join("")}function D(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}function E(e,t,n){return t="+"===e||"#"===e?m(t):D(t),n?D(n)+"="+t:t}function y(e){return null!=e}function A(e){return";"===e||"&"===e||"?"===e}function b(e,t){var n=["+","#",".","/",";","?","&"];return e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(e,r,s){if(r){let e="";const s=[];if(-1!==n.indexOf(r.charAt(0))&&(e=r.charAt(0),r=r.substr(1)),r.split(/,/g).forEach(function(n){var r=/([^:\*]*)(?::(\d+)|(\*))?/.exec(n);s.push(function(e,t,n,r){var s=e[n],i=[];if(y(s)&&""!==s)if("string"==typeof s||"number"==typeof s||"bigint"==typeof s||"boolean"==typeof s)s=s.toString(),r&&"*"!==r&&(s=s.substring(0,parseInt(r,10))),i.push(E(t,s,A(t)?n:""));else if("*"===r)Array.isArray(s)?s.filter(y).forEach(function(e){i.push(E(t,e,A(t)?n:""))}):Object.keys(s).forEach(function(e){y(s[e])&&i.push(E(t,s[e],e))});else{const e=[];Array.isArray(s)?s.filter(y).forEach(function(n){e.push(E(t,n))}):Object.keys(s).forEach(function(n){y(s[n])&&(e.push(D(n)),e.push(E(t,s[n].toString())))}),A(t)?i.push(D(n)+"="+e.join(",")):0!==e.length&&i.push(e.join(","))}else";"===t?y(s)&&i.push(D(n)):""!==s||"&"!==t&&"?"!==t?""===s&&i.push(""):i.push(D(n)+"=");return i}(t,e,r[1],r[2]||r[3]))}),e&&"+"!==e){var i=",";return"?"===e?i="&":"#"!==e&&(i=e),(0!==s.length?e:"")+s.join(i)}return s.join(",")}return m(s)}),"/"===e?e:e.replace(/\/$/,"")}function w(e){let t,n=e.method.toUpperCase(),r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}"),s=Object.assign({},e.headers),i=g(e,["method","baseUrl","url","headers","request","mediaType"]);const o=function(e){const t=e.match(C);return t?t.map(d).reduce((e,t)=>e.concat(t),[]):[]}(r);var a;r=(a=r,{expand:b.bind(null,a)}).expand(i),/^http/.test(r)||(r=e.baseUrl+r);const B=g(i,Object.keys(e).filter(e=>o.includes(e)).concat("baseUrl"));if(!/application\/octet-stream/i.test(s.accept)&&(e.mediaType.format&&(s.accept=s.accept.split(/,/).map(t=>t.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")),r.endsWith("/graphql")&&e.mediaType.previews?.length)){const t=s.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];s.accept=t.concat(e.mediaType.previews).map(t=>`application/vnd.github.${t}-preview${e.mediaType.format?`.${e.mediaType.format}`:"+json"}`).join(",")}return["GET","HEAD"].includes(n)?r=function(e,t){const n=/\?/.test(e)?"&":"?",r=Object.keys(t);return 0===r.length?e:e+n+r.map(e=>"q"===e?"q="+t.q.split("+").map(encodeURIComponent).join("+"):`${e}=${encodeURIComponent(t[e])}`).join("&")}(r,B):"data"in B?t=B.data:Object.keys(B).length&&(t=B),s["content-type"]||void 0===t||(s["content-type"]="application/json; charset=utf-8"),["PATCH","PUT"].includes(n)&&void 0===t&&(t=""),Object.assign({method:n,url:r,headers:s},void 0!==t?{body:t}:null,e.request?{request:e.request}:null)}function v(e,t,n){return w(p(e,t,n))}var I=function e(t,n){const r=p(t,n),s=v.bind(null,r);return Object.assign(s,{DEFAULTS:r,defaults:e.bind(null,r),merge:p.bind(null,r),parse:w})}(null,{method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":l},mediaType:{format:""}});
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const F=65280,O=65281,_=new Uint8Array(256);_[9]|=2,_[32]|=2,_[59]|=4,_[44]|=8;for(let e=128;e<=255;e++)_[e]|=1;for(const e of"!#$%&'*+-.^_`|~")_[e.charCodeAt(0)]|=16;for(let e=48;e<=57;e++)_[e]|=16;for(let e=65;e<=90;e++)_[e]|=17;for(let e=97;e<=122;e++)_[e]|=16;const N=(()=>{const e=function(){};return e.prototype=Object.create(null),e})();function S(e,t){const n=4|(!0===t?.comma?8:0),r=e.length;let s=t?.start??0;for(;2&_[e.charCodeAt(s)];)s++;let i=s,o=0,a=-1,B=!1===t?.parameters?8:0;for(;i<r;){const t=e.charCodeAt(i),r=_[t];if(0!==(r&n)){B|=8&r;break}2&r?-1===a&&(a=i):a=-1,o|=t&F|r,i++}const u=-1===a?i:a,c=e.slice(s,u),l=65281&o?c.toLowerCase():c;return i===r||0!==B?{type:l,index:i,parameters:new N}:function(e,t,n,r,s){const i=new N;e:for(;n<r;){for(n++;2&_[e.charCodeAt(n)];)n++;const t=n;let o=0,a=-1;for(;n<r;){const B=e.charCodeAt(n),u=_[B];if(0!==(u&s)){if(8&u)break e;continue e}if(61===B){const B=-1===a?n:a,u=e.slice(t,B),c=0===(o&O)?u:u.toLowerCase();for(n++;2&_[e.charCodeAt(n)];)n++;if(n<r&&34===e.charCodeAt(n)){const t=++n;let o=!1;for(;n<r;){const a=e.charCodeAt(n);if(34===a){void 0===i[c]&&(i[c]=o?T(e,t,n):e.slice(t,n)),n++;let a=0;for(;n<r;){const t=e.charCodeAt(n),r=_[t];if(0!==(r&s)){a=8&r;break}n++}if(0!==a)break e;continue e}92===a&&n+1<r?(o=!0,n+=2):n++}continue e}const l=n;let h=0,f=-1;for(;n<r;){const t=e.charCodeAt(n),r=_[t];if(0!==(r&s)){h=8&r;break}2&r?-1===f&&(f=n):f=-1,n++}if(void 0===i[c]){const t=-1===f?n:f;i[c]=e.slice(l,t)}if(0!==h)break e;continue e}2&u?-1===a&&(a=n):a=-1,o|=B&F|u,n++}}return{type:t,index:n,parameters:i}}(e,l,i,r,n)}function T(e,t,n){let r="";for(let s=t;s<n;s++)92===e.charCodeAt(s)&&(r+=e.slice(t,s),t=++s);return r+e.slice(t,n)}const x=/^-?\d+$/,L=/^-?\d+n+$/,k=JSON.stringify,R=JSON.parse,P=/^-?\d+n$/,G=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g,M=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g,H=e=>void 0===e||"function"==typeof e||"symbol"==typeof e,U=e=>null!==e&&"object"==typeof e&&e.constructor&&"RawJSON"===e.constructor.name,j=(e,t,n)=>{try{if("rawJSON"in JSON)return k(e,(e,n)=>{if("bigint"==typeof n)return JSON.rawJSON(n.toString());if("function"==typeof t)return t(e,n);Array.isArray(t)&&t.includes(e);return n},n);if(!e)return k(e,t,n);const r=k(e,(e,n)=>{if("string"==typeof n&&L.test(n))return n.toString()+"n";if("bigint"==typeof n)return n.toString()+"n";if("function"==typeof t)return t(e,n);Array.isArray(t)&&t.includes(e);return n},n).replace(G,"$1$2$3");return r.replace(M,"$1$2$3")}catch(r){if(r instanceof RangeError){const r=((e,t,n)=>{let r="";"number"==typeof n?r=" ".repeat(Math.min(10,Math.max(0,Math.floor(n)))):"string"==typeof n&&(r=n.slice(0,10));const s="function"==typeof t,i=Array.isArray(t)?new Set(t.map(String)):null,o=(e,n,r)=>(null!==r&&"object"==typeof r&&"function"==typeof r.toJSON&&(r=r.toJSON(n)),"string"==typeof r&&L.test(r)?r+"n":"bigint"==typeof r?"rawJSON"in JSON?JSON.rawJSON(r.toString()):r.toString()+"n":(s&&(r=t.call(e,n,r)),null!==r&&"object"==typeof r&&(r instanceof Number||r instanceof String||r instanceof Boolean)&&(r=r.valueOf()),r)),a=o({"":e},"",e);if(H(a))return;const B=null===a||"object"!=typeof a,u=U(a);if(B||u)return k(a);const c=[];let l=0;const h=[{parent:{"":a},key:"",val:a,isArray:Array.isArray(a),keys:Array.isArray(a)?null:Object.keys(a),index:0,first:!0}],f=new WeakSet([a]);for(;h.length>0;){const e=h[h.length-1];0===e.index&&(c.push(e.isArray?"[":"{"),l++);let t=!1;if(e.isArray)if(e.index<e.val.length){e.first||c.push(","),r&&c.push("\n"+r.repeat(l));const t=e.val[e.index],n=o(e.val,String(e.index),t);if(H(n))c.push("null"),e.first=!1,e.index++;else{const t=null!==n&&"object"==typeof n,r=U(n);if(t&&!r){if(f.has(n))throw new TypeError("Converting circular structure to JSON");f.add(n),h.push({parent:e.val,key:String(e.index),val:n,isArray:Array.isArray(n),keys:Array.isArray(n)?null:Object.keys(n),index:0,first:!0}),e.first=!1,e.index++}else c.push(k(n)),e.first=!1,e.index++}}else t=!0;else{for(;e.index<e.keys.length;){const t=e.keys[e.index++];if(i&&!i.has(t))continue;const n=e.val[t],s=o(e.val,t,n);if(H(s))continue;e.first||c.push(","),r?c.push("\n"+r.repeat(l)+k(t)+": "):c.push(k(t)+":");const a=null!==s&&"object"==typeof s,B=U(s);if(a&&!B){if(f.has(s))throw new TypeError("Converting circular structure to JSON");f.add(s),h.push({parent:e.val,key:t,val:s,isArray:Array.isArray(s),keys:Array.isArray(s)?null:Object.keys(s),index:0,first:!0}),e.first=!1;break}c.push(k(s)),e.first=!1}e.index>=e.keys.length&&h[h.length-1]===e&&(t=!0)}t&&(l--,!e.first&&r&&c.push("\n"+r.repeat(l)),c.push(e.isArray?"]":"}"),f.delete(e.val),h.pop())}return c.join("")})(e,t,n);if(void 0===r)return;if("rawJSON"in JSON)return r;return r.replace(G,"$1$2$3").replace(M,"$1$2$3")}throw r}},J=new Map,z=Number.MAX_SAFE_INTEGER.toString(),Q=z.length,q=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g,Y=/^"-?\d+n+"$/,K=e=>e.replace(q,(e,t,n,r)=>{const s='"'===e[0];if(s&&Y.test(e))return e.substring(0,e.length-1)+'n"';const i=n||r,o=t&&(t.length<Q||t.length===Q&&t<=z);return s||i||o?e:'"'+e+'n"'}),V=(e,t)=>{if(!e)return R(e,t);try{if((()=>{const e=JSON.parse.toString();if(J.has(e))return J.get(e);try{const t=JSON.parse("1",(e,t,n)=>!!n?.source&&"1"===n.source);return J.set(e,t),t}catch{return J.set(e,!1),!1}})())return((e,t)=>JSON.parse(e,(e,n,r)=>{const s="number"==typeof n,i=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER,o=s&&i,a=r&&x.test(r.source);return o&&a?BigInt(r.source):"function"==typeof t?t(e,n,r):n}))(e,t);const n=K(e);return R(n,(e,n,r)=>((e,t,n,r)=>"string"==typeof t&&P.test(t)?BigInt(t.slice(0,-1)):"string"==typeof t&&L.test(t)?t.slice(0,-1):"function"==typeof r?r(e,t,n):t)(e,n,r,t))}catch(n){if(n instanceof RangeError){const n=K(e);return((e,t)=>{const n={"":e},r=[{parent:n,key:"",visited:!1}];for(;r.length>0;){const e=r[r.length-1];if(e.visited){const{parent:n,key:s}=e;let i=n[s];"string"==typeof i&&(P.test(i)?i=BigInt(i.slice(0,-1)):L.test(i)&&(i=i.slice(0,-1))),"function"==typeof t&&(i=t.call(n,s,i)),void 0===i?delete n[s]:n[s]=i,r.pop()}else{e.visited=!0;const t=e.parent[e.key];if(null!==t&&"object"==typeof t){const e=Object.keys(t);for(let n=e.length-1;n>=0;n--)r.push({parent:t,key:e[n],visited:!1})}}}return n[""]})(R(n),t)}throw n}};var W=n(31015),Z={headers:{"user-agent":`octokit-request.js/10.0.16 ${r()}`}};var X=()=>"";async function $(e){const t=e.request?.fetch||globalThis.fetch;if(!t)throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");const n=e.request?.log||console,r=!1!==e.request?.parseSuccessResponseBody,s=function(e){if("object"!=typeof e||null===e)return!1;if("[object Object]"!==Object.prototype.toString.call(e))return!1;const t=Object.getPrototypeOf(e);if(null===t)return!0;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return"function"==typeof n&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}(e.body)||Array.isArray(e.body)?j(e.body):e.body,i=Object.fromEntries(Object.entries(e.headers).map(([e,t])=>[e,String(t)]));let o;try{o=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(t){let n="Unknown Error";if(t instanceof Error){if("AbortError"===t.name)throw t.status=500,t;n=t.message,"TypeError"===t.name&&"cause"in t&&(t.cause instanceof Error?n=t.cause.message:"string"==typeof t.cause&&(n=t.cause))}const r=new W.G(n,500,{request:e});throw r.cause=t,r}const a=o.status,B=o.url,u={};for(const[e,t]of o.headers)u[e]=t;const c={url:B,status:a,headers:u,data:""};if("deprecation"in u){const t=u.link&&u.link.match(/<([^<>]+)>; rel="deprecation"/),r=t&&t.pop();n.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${u.sunset}${r?`. See ${r}`:""}`)}if(204===a||205===a)return c;if("HEAD"===e.method){if(a<400)return c;throw new W.G(o.statusText,a,{response:c,request:e})}if(304===a)throw c.data=await ee(o),new W.G("Not modified",a,{response:c,request:e});if(a>=400)throw c.data=await ee(o),new W.G(function(e){if("string"==typeof e)return e;if(e instanceof ArrayBuffer)return"Unknown error";if("object"==typeof e&&null!==e&&"message"in e){const t=e,n="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(e=>JSON.stringify(e)).join(", ")}${n}`:`${t.message}${n}`}return`Unknown error: ${JSON.stringify(e)}`}(c.data),a,{response:c,request:e});return c.data=r?await ee(o):o.body,c}async function ee(e){const t=e.headers.get("content-type");if(!t)return e.text().catch(X);const n=S(t);if(!function(e){return"application/json"===e.type||"application/scim+json"===e.type}(n))return n.type.startsWith("text/")||"utf-8"===n.parameters.charset?.toLowerCase()&&"application/octet-stream"!==n.type?e.text().catch(X):e.arrayBuffer().catch(
/* v8 ignore next -- @preserve */
()=>new ArrayBuffer(0));{let t="";try{return t=await e.text(),V(t)}catch(e){return t}}}var te=function e(t,n){const r=t.defaults(n);return Object.assign(function(t,n){const s=r.merge(t,n);if(!s.request||!s.request.hook)return $(r.parse(s));const i=(e,t)=>$(r.parse(r.merge(e,t)));return Object.assign(i,{endpoint:r,defaults:e.bind(null,r)}),s.request.hook(i,s)},{endpoint:r,defaults:e.bind(null,r)})}(I,Z);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */var ne=class extends Error{constructor(e,t,n){super("Request failed due to following response errors:\n"+n.errors.map(e=>` - ${e.message}`).join("\n")),this.request=e,this.headers=t,this.response=n,this.errors=n.errors,this.data=n.data,Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}request;headers;response;name="GraphqlResponseError";errors;data},re=["method","baseUrl","url","headers","request","query","mediaType","operationName"],se=["query","method","url"],ie=/\/api\/v3\/?$/;function oe(e,t){const n=e.defaults(t);return Object.assign((e,t)=>function(e,t,n){if(n){if("string"==typeof t&&"query"in n)return Promise.reject(new Error('[@octokit/graphql] "query" cannot be used as variable name'));for(const e in n)if(se.includes(e))return Promise.reject(new Error(`[@octokit/graphql] "${e}" cannot be used as variable name`))}const r="string"==typeof t?Object.assign({query:t},n):t,s=Object.keys(r).reduce((e,t)=>re.includes(t)?(e[t]=r[t],e):(e.variables||(e.variables={}),e.variables[t]=r[t],e),{}),i=r.baseUrl||e.endpoint.DEFAULTS.baseUrl;return ie.test(i)&&(s.url=i.replace(ie,"/api/graphql")),e(s).then(e=>{if(e.data.errors){const t={};for(const n of Object.keys(e.headers))t[n]=e.headers[n];throw new ne(s,t,e.data)}return e.data.data})}(n,e,t),{defaults:oe.bind(null,n),endpoint:n.endpoint})}oe(te,{headers:{"user-agent":`octokit-graphql.js/0.0.0-development ${r()}`},method:"POST",url:"/graphql"});var ae="(?:[a-zA-Z0-9_-]+)",Be=new RegExp(`^${ae}\\.${ae}\\.${ae}$`),ue=Be.test.bind(Be);async function ce(e){const t=ue(e),n=e.startsWith("v1.")||e.startsWith("ghs_"),r=e.startsWith("ghu_");return{type:"token",token:e,tokenType:t?"app":n?"installation":r?"user-to-server":"oauth"}}async function le(e,t,n,r){const s=t.endpoint.merge(n,r);return s.headers.authorization=function(e){return 3===e.split(/\./).length?`bearer ${e}`:`token ${e}`}(e),t(s)}var he=function(e){if(!e)throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");if("string"!=typeof e)throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");return e=e.replace(/^(token|bearer) +/i,""),Object.assign(ce.bind(null,e),{hook:le.bind(null,e)})};const fe="7.0.8",pe=()=>{},Ce=console.warn.bind(console),de=console.error.bind(console);const ge=`octokit-core.js/${fe} ${r()}`;class me{static VERSION=fe;static defaults(e){return class extends(this){constructor(...t){const n=t[0]||{};super("function"!=typeof e?Object.assign({},e,n,n.userAgent&&e.userAgent?{userAgent:`${n.userAgent} ${e.userAgent}`}:null):e(n))}}}static plugins=[];static plugin(...e){const t=this.plugins;return class extends(this){static plugins=t.concat(e.filter(e=>!t.includes(e)))}}constructor(e={}){const t=new c.Collection,n={baseUrl:te.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},e.request,{hook:t.bind(null,"request")}),mediaType:{previews:[],format:""}};var r;
/* v8 ignore if -- @preserve */if(n.headers["user-agent"]=e.userAgent?`${e.userAgent} ${ge}`:ge,e.baseUrl&&(n.baseUrl=e.baseUrl),e.previews&&(n.mediaType.previews=e.previews),e.timeZone&&(n.headers["time-zone"]=e.timeZone),this.request=te.defaults(n),this.graphql=(r=this.request,oe(r,{method:"POST",url:"/graphql"})).defaults(n),this.log=function(e={}){return"function"!=typeof e.debug&&(e.debug=pe),"function"!=typeof e.info&&(e.info=pe),"function"!=typeof e.warn&&(e.warn=Ce),"function"!=typeof e.error&&(e.error=de),e}(e.log),this.hook=t,e.authStrategy){const{authStrategy:n,...r}=e,s=n(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:r},e.auth));t.wrap("request",s.hook),this.auth=s}else if(e.auth){const n=he(e.auth);t.wrap("request",n.hook),this.auth=n}else this.auth=async()=>({type:"unauthenticated"});const s=this.constructor;for(let t=0;t<s.plugins.length;++t)Object.assign(this,s.plugins[t](this,e))}request;graphql;log;hook;auth}},49735:(e,t,n)=>{n.d(t,{L:()=>B});var r=n(63251),s=n(31015);async function i(e,t,n,r){if(!function(e){return void 0!==e.request}(n)||!n?.request.request)throw n;if(n.status>=400&&!e.doNotRetry.includes(n.status)){const s=null!=r.request.retries?r.request.retries:e.retries,i=Math.pow((r.request.retryCount||0)+1,2);throw t.retry.retryRequest(n,s,i)}throw n}async function o(e,t,n,s){const i=new r;return i.on("failed",function(t,n){const r=~~t.request.request?.retries,i=~~t.request.request?.retryAfter;if(s.request.retryCount=n.retryCount+1,r>n.retryCount)return i*e.retryAfterBaseValue}),i.schedule(a.bind(null,e,t,n),s)}async function a(e,t,n,r){const o=await n(r);if(o.data&&o.data.errors&&o.data.errors.length>0&&/Something went wrong while executing your query/.test(o.data.errors[0].message)){return i(e,t,new s.G(o.data.errors[0].message,500,{request:r,response:o}),r)}return o}function B(e,t){const n=Object.assign({enabled:!0,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry),r={retry:{retryRequest:(e,t,n)=>(e.request.request=Object.assign({},e.request.request,{retries:t,retryAfter:n}),e)}};return n.enabled&&(e.hook.error("request",i.bind(null,n,r)),e.hook.wrap("request",o.bind(null,n,r))),r}B.VERSION="0.0.0-development"},86856:(e,t,n)=>{n.d(t,{A:()=>c});var r=n(63251),s=()=>Promise.resolve();async function i(e,t,n){const{pathname:r}=new URL(n.url,"http://github.test"),i=function(e,t){return"PATCH"===e&&/^\/applications\/[^/]+\/token\/scoped$/.test(t)||"POST"===e&&(/^\/applications\/[^/]+\/token$/.test(t)||/^\/app\/installations\/[^/]+\/access_tokens$/.test(t)||"/login/oauth/access_token"===t)}(n.method,r),o=!i&&"GET"!==n.method&&"HEAD"!==n.method,a="GET"===n.method&&r.startsWith("/search/"),B=r.startsWith("/graphql"),u=~~t.retryCount>0?{priority:0,weight:0}:{};e.clustering&&(u.expiration=6e4),(o||B)&&await e.write.key(e.id).schedule(u,s),o&&e.triggersNotification(r)&&await e.notifications.key(e.id).schedule(u,s),a&&await e.search.key(e.id).schedule(u,s);const c=(i?e.auth:e.global).key(e.id).schedule(u,t,n);if(B){const e=await c;if(null!=e.data.errors&&e.data.errors.some(e=>"RATE_LIMITED"===e.type)){throw Object.assign(new Error("GraphQL Rate Limit Exceeded"),{response:e,data:e.data})}}return c}var o=function(e){const t=`^(?:${e.map(e=>e.split("/").map(e=>e.startsWith("{")?"(?:.+?)":e).join("/")).map(e=>`(?:${e})`).join("|")})[^/]*$`;return new RegExp(t,"i")}(["/orgs/{org}/invitations","/orgs/{org}/invitations/{invitation_id}","/orgs/{org}/teams/{team_slug}/discussions","/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments","/repos/{owner}/{repo}/collaborators/{username}","/repos/{owner}/{repo}/commits/{commit_sha}/comments","/repos/{owner}/{repo}/issues","/repos/{owner}/{repo}/issues/{issue_number}/comments","/repos/{owner}/{repo}/issues/{issue_number}/sub_issue","/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority","/repos/{owner}/{repo}/pulls","/repos/{owner}/{repo}/pulls/{pull_number}/comments","/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies","/repos/{owner}/{repo}/pulls/{pull_number}/merge","/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","/repos/{owner}/{repo}/pulls/{pull_number}/reviews","/repos/{owner}/{repo}/releases","/teams/{team_id}/discussions","/teams/{team_id}/discussions/{discussion_number}/comments"]),a=o.test.bind(o),B={},u=function(e,t){B.global=new e.Group({id:"octokit-global",maxConcurrent:10,...t}),B.auth=new e.Group({id:"octokit-auth",maxConcurrent:1,...t}),B.search=new e.Group({id:"octokit-search",maxConcurrent:1,minTime:2e3,...t}),B.write=new e.Group({id:"octokit-write",maxConcurrent:1,minTime:1e3,...t}),B.notifications=new e.Group({id:"octokit-notifications",maxConcurrent:1,minTime:3e3,...t})};function c(e,t){const{enabled:n=!0,Bottleneck:s=r,id:o="no-id",timeout:c=12e4,connection:l}=t.throttle||{};if(!n)return{};const h={timeout:c};void 0!==l&&(h.connection=l);const f=Object.assign({clustering:null!=l,triggersNotification:a,fallbackSecondaryRateRetryAfter:60,retryAfterBaseValue:1e3,id:o},t.throttle);if("function"!=typeof f.onSecondaryRateLimit||"function"!=typeof f.onRateLimit)throw new Error("octokit/plugin-throttling error:\n        You must pass the onSecondaryRateLimit and onRateLimit error handlers.\n        See https://octokit.github.io/rest.js/#throttling\n\n        const octokit = new Octokit({\n          throttle: {\n            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},\n            onRateLimit: (retryAfter, options) => {/* ... */}\n          }\n        })\n    ");let p=!1;return e.hook.wrap("request",(t,n)=>((()=>{if(p)return;p=!0,null==B.global&&u(s,h),f.global=f.global??B.global,f.auth=f.auth??B.auth,f.search=f.search??B.search,f.write=f.write??B.write,f.notifications=f.notifications??B.notifications,f.retryLimiter=f.retryLimiter??new s;const t={},n=new s.Events(t);t.on("secondary-limit",f.onSecondaryRateLimit),t.on("rate-limit",f.onRateLimit),t.on("error",t=>e.log.warn("Error in throttling-plugin limit handler",t)),f.retryLimiter.on("failed",async function(t,r){const[s,i,o]=r.args,{pathname:a}=new URL(o.url,"http://github.test");if((!a.startsWith("/graphql")||401===t.status)&&403!==t.status&&429!==t.status)return;const B=~~i.retryCount;i.retryCount=B,o.request.retryCount=B;const{wantRetry:u,retryAfter:c=0}=await async function(){if(/\bsecondary rate\b/i.test(t.message)){const r=Number(t.response.headers["retry-after"])||s.fallbackSecondaryRateRetryAfter;return{wantRetry:await n.trigger("secondary-limit",r,o,e,B),retryAfter:r}}if(null!=t.response.headers&&"0"===t.response.headers["x-ratelimit-remaining"]||(t.response.data?.errors??[]).some(e=>"RATE_LIMITED"===e.type)){const r=new Date(1e3*~~t.response.headers["x-ratelimit-reset"]).getTime(),s=Math.max(Math.ceil((r-Date.now())/1e3)+1,0);return{wantRetry:await n.trigger("rate-limit",s,o,e,B),retryAfter:s}}return{}}();return u?(i.retryCount++,c*s.retryAfterBaseValue):void 0})})(),function(e,t,n){return e.retryLimiter.schedule(i,e,t,n)}(f,t,n))),{}}c.VERSION="0.0.0-development",c.triggersNotification=a},31015:(e,t,n)=>{n.d(t,{G:()=>r});class r extends Error{name;status;request;response;constructor(e,t,n){super(e,{cause:n.cause}),this.name="HttpError",this.status=Number.parseInt(t),Number.isNaN(this.status)&&(this.status=0)
/* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */,"response"in n&&(this.response=n.response);const r=Object.assign({},n.request);n.request.headers.authorization&&(r.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})),r.url=r.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]"),this.request=r}}},20138:(e,t,n)=>{n.d(t,{Vm:()=>je});const r=4096,s=new Uint32Array([0,1,3,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767,65535,131071,262143,524287,1048575,2097151,4194303,8388607,16777215]);class i{constructor(e){this.buf_=new Uint8Array(8224),this.input_=e,this.buf_ptr_=0,this.val_=0,this.pos_=0,this.bit_pos_=0,this.bit_end_pos_=0,this.eos_=0,this.reset()}static READ_SIZE=r;static IBUF_MASK=8191;reset(){this.buf_ptr_=0,this.val_=0,this.pos_=0,this.bit_pos_=0,this.bit_end_pos_=0,this.eos_=0,this.readMoreInput();for(let e=0;e<4;e++)this.val_|=this.buf_[this.pos_]<<8*e,this.pos_++;return this.bit_end_pos_>0}readMoreInput(){if(this.bit_end_pos_>256);else if(this.eos_){if(this.bit_pos_>this.bit_end_pos_)throw new Error("Unexpected end of input "+this.bit_pos_+" "+this.bit_end_pos_)}else{const e=this.buf_ptr_,t=this.input_.read(this.buf_,e,r);if(t<0)throw new Error("Unexpected end of input");if(t<r){this.eos_=1;for(let n=0;n<32;n++)this.buf_[e+t+n]=0}if(0===e){for(let e=0;e<32;e++)this.buf_[8192+e]=this.buf_[e];this.buf_ptr_=r}else this.buf_ptr_=0;this.bit_end_pos_+=t<<3}}fillBitWindow(){for(;this.bit_pos_>=8;)this.val_>>>=8,this.val_|=this.buf_[8191&this.pos_]<<24,this.pos_++,this.bit_pos_=this.bit_pos_-8>>>0,this.bit_end_pos_=this.bit_end_pos_-8>>>0}readBits(e){32-this.bit_pos_<e&&this.fillBitWindow();const t=this.val_>>>this.bit_pos_&s[e];return this.bit_pos_+=e,t}}const o=new Uint8Array([1,2,3,4,0,5,17,6,16,7,8,9,10,11,12,13,14,15]),a=new Uint16Array([256,402,436,468,500,534,566,598,630,662,694,726,758,790,822,854,886,920,952,984,1016,1048,1080]);class B{constructor(e,t){this.bits=e,this.value=t}}const u=15;function c(e,t){let n=1<<t-1;for(;e&n;)n>>=1;return(e&n-1)+n}function l(e,t,n,r,s){do{e[t+(r-=n)]=new B(s.bits,s.value)}while(r>0)}function h(e,t,n){let r=1<<t-n;for(;t<u&&(r-=e[t],!(r<=0));)++t,r<<=1;return t-n}function f(e,t,n,r,s){const i=t,o=new Int32Array(16),a=new Int32Array(16),f=new Int32Array(s);for(let e=0;e<s;e++)o[r[e]]++;a[1]=0;for(let e=1;e<u;e++)a[e+1]=a[e]+o[e];for(let e=0;e<s;e++)0!==r[e]&&(f[a[r[e]]++]=e);let p=n,C=1<<p,d=C;if(1===a[15]){for(let n=0;n<d;++n)e[t+n]=new B(0,65535&f[0]);return d}let g=0,m=0;for(let r=1,s=2;r<=n;++r,s<<=1)for(;o[r]>0;--o[r]){l(e,t+g,s,C,new B(255&r,65535&f[m++])),g=c(g,r)}const D=d-1;let E=-1;for(let r=n+1,s=2;r<=u;++r,s<<=1)for(;o[r]>0;--o[r]){(g&D)!==E&&(t+=C,p=h(o,r,n),C=1<<p,d+=C,E=g&D,e[i+E]=new B(p+n&255,t-i-E&65535));l(e,t+(g>>n),s,C,new B(r-n&255,65535&f[m++])),g=c(g,r)}return d}function p(e,t,n,r){const s=new Uint8Array(e);r.readMoreInput();const i=r.readBits(2);if(1===i){let t=e-1,n=0;const i=new Int32Array(4),o=r.readBits(2)+1;for(;t;)t>>=1,n++;for(let t=0;t<o;t++)i[t]=r.readBits(n)%e,s[i[t]]=2;switch(s[i[0]]=1,o){case 1:break;case 3:if(i[0]===i[1]||i[0]===i[2]||i[1]===i[2])throw new Error("[ReadHuffmanCode] invalid symbols");break;case 2:if(i[0]===i[1])throw new Error("[ReadHuffmanCode] invalid symbols");s[i[1]]=1;break;case 4:if(i[0]===i[1]||i[0]===i[2]||i[0]===i[3]||i[1]===i[2]||i[1]===i[3]||i[2]===i[3])throw new Error("[ReadHuffmanCode] invalid symbols");r.readBits(1)?(s[i[2]]=3,s[i[3]]=3):s[i[0]]=2}}else{const t=new Uint8Array(18);let n=32,a=0;const u=[new B(2,0),new B(2,4),new B(2,3),new B(3,2),new B(2,0),new B(2,4),new B(2,3),new B(4,1),new B(2,0),new B(2,4),new B(2,3),new B(3,2),new B(2,0),new B(2,4),new B(2,3),new B(4,5)];for(let e=i;e<18&&n>0;e++){const s=o[e];let i=0;r.fillBitWindow(),i+=r.val_>>>r.bit_pos_&15,r.bit_pos_+=u[i].bits;const B=u[i].value;t[s]=B,0!==B&&(n-=32>>B,a++)}if(1!==a&&0!==n)throw new Error("[ReadHuffmanCode] invalid num_codes or space");!function(e,t,n,r){let s=0,i=8,o=0,a=0,u=32768;const c=[];for(let e=0;e<32;e++)c.push(new B(0,0));f(c,0,5,e,18);for(;s<t&&u>0;){let e=0;r.readMoreInput(),r.fillBitWindow(),e+=r.val_>>>r.bit_pos_&31,r.bit_pos_+=c[e].bits;const B=255&c[e].value;if(B<16)o=0,n[s++]=B,0!==B&&(i=B,u-=32768>>B);else{const e=B-14;let c=0;16===B&&(c=i),a!==c&&(o=0,a=c);const l=o;o>0&&(o-=2,o<<=e),o+=r.readBits(e)+3;const h=o-l;if(s+h>t)throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols");for(let e=0;e<h;e++)n[s+e]=a;s+=h,0!==a&&(u-=h<<15-a)}}if(0!==u)throw new Error("[ReadHuffmanCodeLengths] space = "+u);for(;s<t;s++)n[s]=0}(t,e,s,r)}const a=f(t,n,8,s,e);if(!a)throw new Error("brotli BuildHuffmanTable failed");return a}function C(e,t,n){n.fillBitWindow();const r=e[t+=n.val_>>>n.bit_pos_&255].bits-8;return r>0&&(n.bit_pos_+=8,t+=e[t].value,t+=n.val_>>>n.bit_pos_&(1<<r)-1),n.bit_pos_+=e[t].bits,e[t].value}class d{constructor(e,t){this.alphabet_size=e,this.num_htrees=t,this.codes=new Array(t+t*a[e+31>>>5]),this.htrees=new Uint32Array(t)}decode(e){let t=0;for(let n=0;n<this.num_htrees;n++)this.htrees[n]=t,t+=p(this.alphabet_size,this.codes,t,e)}}function g([e,t]){return{offset:e,nbits:t}}const m=[[1,2],[5,2],[9,2],[13,2],[17,3],[25,3],[33,3],[41,3],[49,4],[65,4],[81,4],[97,4],[113,5],[145,5],[177,5],[209,5],[241,6],[305,6],[369,7],[497,8],[753,9],[1265,10],[2289,11],[4337,12],[8433,13],[16625,24]].map(g),D=[[0,0],[1,0],[2,0],[3,0],[4,0],[5,0],[6,1],[8,1],[10,2],[14,2],[18,3],[26,3],[34,4],[50,4],[66,5],[98,5],[130,6],[194,7],[322,8],[578,9],[1090,10],[2114,12],[6210,14],[22594,24]].map(g),E=[[2,0],[3,0],[4,0],[5,0],[6,0],[7,0],[8,0],[9,0],[10,1],[12,1],[14,2],[18,2],[22,3],[30,3],[38,4],[54,4],[70,5],[102,5],[134,6],[198,7],[326,8],[582,9],[1094,10],[2118,24]].map(g),y=[0,0,8,8,0,16,8,16,16],A=[0,8,0,8,16,0,16,8,16],b=1080,w=new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]),v=new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]);function I(e,t){const n=new Uint16Array(31);for(let r=0;r<31;r++)n[r]=t+=1<<e[r-1];const r=new Int32Array(n[30]);for(let e=1;e<30;e++)for(let t=n[e];t<n[e+1];++t)r[t]=t-n[e]<<5|e;return{base:n,rev:r}}const{base:F,rev:O}=I(w,2);F[28]=258,O[258]=28;const{base:_}=I(v,0),N=new Uint16Array(32768);for(let e=0;e<32768;e++){let t=(43690&e)>>1|(21845&e)<<1;t=(52428&t)>>2|(13107&t)<<2,t=(61680&t)>>4|(3855&t)<<4,N[e]=((65280&t)>>8|(255&t)<<8)>>1}function S(e,t,n){const r=new Uint16Array(t);for(let t=0;t<e.length;t++)e[t]&&++r[e[t]-1];const s=new Uint16Array(t);for(let e=1;e<t;e++)s[e]=s[e-1]+r[e-1]<<1;let i;if(n){i=new Uint16Array(1<<t);const n=15-t;for(let r=0;r<e.length;r++)if(e[r]){const o=r<<4|e[r],a=t-e[r];let B=s[e[r]-1]++<<a;for(const e=B|(1<<a)-1;B<=e;B++)i[N[B]>>n]=o}}else{i=new Uint16Array(e.length);for(let t=0;t<e.length;t++)e[t]&&(i[t]=N[s[e[t]-1]++]>>15-e[t])}return i}const T=new Uint8Array(288);for(let e=0;e<144;e++)T[e]=8;for(let e=144;e<256;e++)T[e]=9;for(let e=256;e<280;e++)T[e]=7;for(let e=280;e<288;e++)T[e]=8;const x=new Uint8Array(32);for(let e=0;e<32;e++)x[e]=5;const L=S(T,9,1),k=S(x,5,1);function R(e,t,n,r,s,i,o){const a=2*n,B=n,u=C(t,n*b,o);let c;c=0===u?s[a+(1&i[B])]:1===u?s[a+(i[B]-1&1)]+1:u-2,c>=e&&(c-=e),r[n]=c,s[a+(1&i[B])]=c,i[B]++}function P(e){const t={meta_block_length:0,input_end:0,is_uncompressed:0,is_metadata:!1};if(t.input_end=e.readBits(1),t.input_end&&e.readBits(1))return t;const n=e.readBits(2)+4;if(7===n){if(t.is_metadata=!0,0!==e.readBits(1))throw new Error("Invalid reserved bit");const n=e.readBits(2);if(0===n)return t;for(let r=0;r<n;r++){const s=e.readBits(8);if(r+1===n&&n>1&&0===s)throw new Error("Invalid size byte");t.meta_block_length|=s<<8*r}}else for(let r=0;r<n;r++){const s=e.readBits(4);if(r+1===n&&n>4&&0===s)throw new Error("Invalid size nibble");t.meta_block_length|=s<<4*r}return t.meta_block_length++,t.input_end||t.is_metadata||(t.is_uncompressed=e.readBits(1)),t}function G(e,t,n,r,s,o){const a=s+1;let B=n&s,u=o.pos_&i.IBUF_MASK;if(t<8||o.bit_pos_+(t<<3)<o.bit_end_pos_){for(;t-- >0;)o.readMoreInput(),r[B++]=o.readBits(8),B===a&&(e.write(r,a),B=0);return}if(o.bit_end_pos_<32)throw new Error("copyUncompressedBlockToOutput: br.bit_end_pos_ < 32");for(;o.bit_pos_<32;)r[B]=o.val_>>>o.bit_pos_,o.bit_pos_+=8,B++,t--;let c=o.bit_end_pos_-o.bit_pos_>>3;if(u+c>i.IBUF_MASK){const e=i.IBUF_MASK+1-u;for(let t=0;t<e;t++)r[B+t]=o.buf_[u+t];c-=e,B+=e,t-=e,u=0}for(let e=0;e<c;e++)r[B+e]=o.buf_[u+e];if(B+=c,t-=c,B>=a){e.write(r,a),B-=a;for(let e=0;e<B;e++)r[e]=r[a+e]}for(;B+t>=a;){if(c=a-B,o.input_.read(r,B,c)<c)throw new Error("copyUncompressedBlockToOutput: not enough bytes");e.write(r,a),t-=c,B=0}if(o.input_.read(r,B,t)<t)throw new Error("copyUncompressedBlockToOutput: not enough bytes");o.reset()}function M(e){if(e.readBits(1)){const t=e.readBits(3);return 0===t?1:e.readBits(t)+(1<<t)}return 0}function H(e){const t=e.bit_pos_+7&-8;return!e.readBits(t-e.bit_pos_)}function U(e,t,n){const r=C(e,t,n),{offset:s,nbits:i}=m[r];return s+n.readBits(i)}const j=new Uint8Array([0,0,0,0,0,0,0,0,0,4,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,12,16,12,12,20,12,16,24,28,12,12,32,12,36,12,44,44,44,44,44,44,44,44,44,44,32,32,24,40,28,12,12,48,52,52,52,48,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,24,12,28,12,12,12,56,60,60,60,56,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,24,12,28,12,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,56,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,8,8,8,8,9,9,9,9,10,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,15,15,15,15,16,16,16,16,17,17,17,17,18,18,18,18,19,19,19,19,20,20,20,20,21,21,21,21,22,22,22,22,23,23,23,23,24,24,24,24,25,25,25,25,26,26,26,26,27,27,27,27,28,28,28,28,29,29,29,29,30,30,30,30,31,31,31,31,32,32,32,32,33,33,33,33,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,38,38,38,38,39,39,39,39,40,40,40,40,41,41,41,41,42,42,42,42,43,43,43,43,44,44,44,44,45,45,45,45,46,46,46,46,47,47,47,47,48,48,48,48,49,49,49,49,50,50,50,50,51,51,51,51,52,52,52,52,53,53,53,53,54,54,54,54,55,55,55,55,56,56,56,56,57,57,57,57,58,58,58,58,59,59,59,59,60,60,60,60,61,61,61,61,62,62,62,62,63,63,63,63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]),J=new Uint16Array([1024,1536,1280,1536,0,256,768,512]);function z(e,t){let n=0;t.readMoreInput();const r=M(t)+1,s=new Uint8Array(e);if(r<=1)return[r,s];t.readBits(1)&&(n=t.readBits(4)+1);const i=[];for(let e=0;e<b;e++)i[e]=new B(0,0);p(r+n,i,0,t);for(let r=0;r<e;){t.readMoreInput();const o=C(i,0,t);if(0===o)s[r]=0,r++;else if(o<=n){let n=1+(1<<o)+t.readBits(o);for(;--n;){if(r>=e)throw new Error("[DecodeContextMap] i >= context_map_size");s[r]=0,r++}}else s[r]=o-n,r++}return t.readBits(1)&&function(e,t){const n=new Uint8Array(256);for(let e=0;e<256;e++)n[e]=e;for(let r=0;r<t;r++){const t=e[r];e[r]=n[t],t&&Q(n,t)}}(s,e),[r,s]}function Q(e,t){const n=e[t];for(let n=t;n;n--)e[n]=e[n-1];e[0]=n}class q{constructor(e){this.buffer=e,this.pos=0}read(e,t,n){this.pos+n>this.buffer.length&&(n=this.buffer.length-this.pos);for(let r=0;r<n;r++)e[t+r]=this.buffer[this.pos+r];return this.pos+=n,n}}class Y{constructor(e){this.buffer=e,this.pos=0}write(e,t){if(this.pos+t>this.buffer.length)throw new Error("brotli output buffer is not large enough");return this.buffer.set(e.subarray(0,t),this.pos),this.pos+=t,t}}const K=new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);function V(e,t,n){const r=t/8|0;return(e[r]|e[r+1]<<8)>>(7&t)&n}function W(e,t){const n=t/8|0;return(e[n]|e[n+1]<<8|e[n+2]<<16)>>(7&t)}function Z(e){return(e+7)/8|0}function X(e,t,n=0,r=0){let s=t??new Uint8Array(1024);if(!(e.length-n))return s;const i=function(e,t){if(31!==e[t++]||139!==e[t++]||8!==e[t++])return 0;const n=e[t++];t+=6,4&n&&(t+=2+(e[t+10]|e[t+11]<<8));for(let r=(n>>3&1)+(n>>4&1);r>0;r-=Number(!e[t++]));return t+(2&n)}(e,n);if(i===e.length-8)return s;if(i>e.length-8)throw new Error("unexpected EOF");let o,a,B=8*i,u=0,c=0,l=0;const h=8*e.length;function f(e){if(!t&&e>s.length){const t=s;s=new Uint8Array(Math.max(2*t.length,e)),s.set(t)}}do{if(!o){u=V(e,B,1);const t=V(e,B+1,3);if(B+=3,!t){const t=Z(B)+4,n=e[t-4]|e[t-3]<<8,i=t+n;if(i>e.length)throw new Error("unexpected EOF");f(r+n),s.set(e.subarray(t,i),r),r+=n,B=8*i;continue}if(1===t)o=L,a=k,c=9,l=5;else{if(2!==t)throw new Error("invalid block type");{const t=V(e,B,31)+257,n=V(e,B+10,15)+4,r=t+V(e,B+5,31)+1;B+=14;const s=new Uint8Array(r),i=new Uint8Array(19);for(let t=0;t<n;++t)i[K[t]]=V(e,B+3*t,7);B+=3*n;const u=Math.max(...i),h=(1<<u)-1,f=S(i,u,1);for(let t=0;t<r;){const n=f[V(e,B,h)];B+=15&n;const r=n>>4;if(r<16)s[t++]=r;else{let n=0,i=0;for(16===r?(i=3+V(e,B,3),B+=2,n=s[t-1]):17===r?(i=3+V(e,B,7),B+=3):18===r&&(i=11+V(e,B,127),B+=7);i--;)s[t++]=n}}const p=s.subarray(0,t),C=s.subarray(t);c=Math.max(...p),l=Math.max(...C),o=S(p,c,1),a=S(C,l,1)}}if(B>h)throw new Error("unexpected EOF")}f(r+131072);const t=(1<<c)-1,n=(1<<l)-1;for(;;){const i=o[W(e,B)&t],u=i>>4;if(B+=15&i,B>h)throw new Error("unexpected EOF");if(!i)throw new Error("invalid length/literal");if(u<256)s[r++]=u;else{if(256===u){o=void 0;break}{let t=u-254;if(u>264){const n=u-257,r=w[n];t=V(e,B,(1<<r)-1)+F[n],B+=r}if(!a)throw new Error("invalid distance map");const i=a[W(e,B)&n],o=i>>4;if(!i)throw new Error("invalid distance");B+=15&i;let c=_[o];if(o>3){const t=v[o];c+=W(e,B)&(1<<t)-1,B+=t}if(B>h)throw new Error("unexpected EOF");const l=r+t;if(r<c)throw new Error("unexpected dictionary case");for(f(l);r<l;r++)s[r]=s[r-c]}}}o&&(u=1)}while(!u);if(r<s.length){const t=Math.ceil(B/8)+8;X(e,s,t,r)}return t?s:s.subarray(0,r)}let $;function ee(){if(!$){$=new Uint8Array(122784);const e=atob("\nH4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN\nSRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+\nUQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK\nUdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj\nqJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/\nIYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP\navw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi\nmX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993\nozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj\nWLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691\ntRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu\nDmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO\nDQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka\n5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/\nIPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG\nfvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw\n3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9\nlSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl\n00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu\nYdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e\nxrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8\n3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd\ne3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9\nXYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq\n96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+\n8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA\nVry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F\nDc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6\nbao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B\n1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX\nswB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w\nrs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef\nQad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q\n1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA\nF+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/\n7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN\nKc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm\nYl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC\n+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c\nQhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n\npn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD\n63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs\nxs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2\nHWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q\n7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA\n7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV\ngctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T\n1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi\n5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+\nmf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw\nc/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx\n/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No\nP/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At\nfLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ\nDuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj\nCNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr\n+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/\nxdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF\nfsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+\nTcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx\n07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw\nAxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg\nR2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV\nX7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC\nYD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB\nVqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm\nCnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz\nmHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6\n5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs\n7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c\nRWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR\ng5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah\nGsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5\ntvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+\n303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp\n0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu\nonuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v\nagd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA\nIRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd\ng1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV\nnoKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2\nnkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl\nxORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg\nqUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM\nZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd\n9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn\nt4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC\nUwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x\nl+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4\nATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV\nqqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae\n2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v\n0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR\nNKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK\n1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y\n+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA\nt0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe\nj34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8\nWHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ\n4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA\nDAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr\nPghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG\nlwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn\nKArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9\ncxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA\nUpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e\nRC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0\nAH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS\nxwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q\nnU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS\nkVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB\nEA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ\nOiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e\nk25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk\n/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA\ngFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i\nCSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81\nMREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1\nLMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL\n0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH\nrAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm\ngwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW\nI4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR\nfcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3\ncIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO\nG7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i\nX2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk\nMlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D\nUgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4\nUNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH\nfZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF\ngQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2\nQkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu\nQXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W\nMwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ\nKMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc\niy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY\nwRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql\nPJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT\nk5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b\nyo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6\npUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ\nIwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY\nHlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d\nz8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy\nVOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f\n1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5\niWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n\nz2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx\nauPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq\nlw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI\nRVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP\nzNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s\nRv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg\nElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu\n0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN\nQPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84\nsbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q\nkBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN\nPeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM\ngjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5\n92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn\nERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO\njalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4\nk80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371\n8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB\nciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v\nYVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg\nzBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5\nbOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP\neC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52\neGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ\neby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/\nH81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m\nlx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY\niKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU\nxchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR\nFAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij\nxYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ\nxuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R\nsl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S\nMQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX\nV16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp\nn5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402\nb74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i\nNLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY\nOXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d\nW714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p\nM1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS\n5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ\nUoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh\nDvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr\nXKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW\nNAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge\nVi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj\nUQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0\nfL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR\nXH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U\n3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O\nN6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z\nIKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL\njV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF\nxtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN\nUuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL\nLsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o\nkz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz\nXCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3\nED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX\njcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm\nZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug\nOjk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/\nYJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm\ncAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j\n42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9\n4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC\nM3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5\nTKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02\npq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq\nxNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k\nAbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI\nJY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2\nC4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U\nYcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq\nNnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x\nsZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0\nKFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL\nsKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o\nhpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX\n5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD\n0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf\nvz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb\nX8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy\nD9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+\nduvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i\n//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ\nvd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw\n2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ\n21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu\nWs5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl\nHrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c\n+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY\nZ+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn\n877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U\nMwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu\nAe5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU\nqk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA\nmZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM\nMmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf\nEtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul\n3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd\nRjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF\nu7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a\n4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo\nQCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG\n8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs\ntSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk\nkkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA\nYUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S\niBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65\nKmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG\ngYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz\nsxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos\nkH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg\ncZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa\n5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V\nQZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK\nm1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW\nGmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll\nRorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN\nJIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny\nhzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR\nVSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC\n313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO\nIUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k\n0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU\nF9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6\nAslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4\nPNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7\nAAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q\nnj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU\n/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo\nEo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd\nHKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g\ngwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4\n1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK\nFGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq\nHuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl\nKclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr\nlR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa\nJ5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2\nGvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4\nvLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb\nWi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6\nQEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed\n+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM\nl+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1\nxZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7\nFVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C\n1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU\nXyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5\ntpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K\nwYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ\nWKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY\n3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3\nBwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE\ntdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa\nqhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp\nH2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC\nFV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU\nI3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn\n4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4\nCH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s\ngFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+\ntsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5\ngKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt\n1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op\njmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup\ntiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw\n9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53\nWzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB\nYhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H\nXWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8\n74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq\nFUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd\nW3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51\nvpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby\nfS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe\n5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs\nJJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL\nEtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI\nFxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu\nBClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY\nknqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7\nKsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW\nKrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z\nZ3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p\nvfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt\nw5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL\nF5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i\nluIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC\nv0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb\ndy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT\nj5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/\nsEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG\n5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz\nHZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl\nvq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0\nFcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2\noN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h\nYVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L\nOxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ\n2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l\ntkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR\nKGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx\nKnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj\n9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga\ntXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL\nvM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ\ncJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1\n2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3\nMyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N\n/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11\nfOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob\nZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE\npJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR\nsN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL\n5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8\n6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG\nYoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC\nPb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1\nUTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn\nw/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU\nqYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV\nDKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ\n7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc\nSeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR\n9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L\nqERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV\nVASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za\njXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI\nWcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W\nuyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz\nNoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz\nvycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt\nZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC\nIAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp\n0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj\nD6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j\n6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy\nEQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229\n4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D\nVQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY\n63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro\nRHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm\nMI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7\n3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq\ngV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq\nwvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l\nTqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F\nF0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF\ncqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz\n73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E\negbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG\nMn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++\nDkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW\n5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P\ndrG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN\nwxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P\ncU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO\nqHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q\n0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//\neefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz\noutU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc\nhFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R\nLWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf\nF3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis\nsjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz\n5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/\nts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd\nI6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH\nUxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA\nUzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi\nwyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9\nxNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati\ncDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc\ndlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo\nhsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp\nDN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj\nMSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI\n+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH\nHdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6\njuE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv\nQlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb\n5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx\n8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g\na9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX\nzQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB\n8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4\nPb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv\n83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq\nPdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9\nx9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP\npK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu\n8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN\nGr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8\nUyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e\nqvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx\nfRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5\nu9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/\n+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl\nExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv\nAZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE\nL410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn\n4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t\njxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz\na9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0\nJ232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2\ny0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z\nZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY\nAl1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1\n4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM\nCBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9\nYgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN\nBPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA\no9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt\ncYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T\nra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD\n4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ\nqoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA\n2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK\nEhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh\nbsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK\nQGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB\nMNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf\nQVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat\nigRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75\n2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF\ny9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA\nUsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw\nxctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD\nwVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A\nAhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC\ndHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ\nYuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN\nR2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx\nod5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7\nONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0\niiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf\nKJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN\nzRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb\nWyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk\nQOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp\nZ0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3\nrfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9\n+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8\nqIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl\nrKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG\nLeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5\nNbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C\nJhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C\no0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA\nzYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ\nejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C\n3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb\nQcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe\nRZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6\nUOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76\nDsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ\nf/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt\nyc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf\nXH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/\n+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9\n8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt\nv3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW\n8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ\nTde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW\nY7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7\nksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN\nMkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5\n1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp\nwt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B\neurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a\nuKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ\n7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V\njc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb\n9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa\nxdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q\nrrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG\n0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL\ngbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL\n4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40\nQ3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g\nCN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw\n2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga\nnXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63\nNKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep\netR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF\nKOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf\nC1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l\nKp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6\nZb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1\n07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+\n1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7\nXQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX\nimsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+\n2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv\nQDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9\nyWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5\n6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o\neovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N\nw7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3\ngnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4\nG1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O\n35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1\naWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi\ndla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL\n3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil\nEyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ\nrN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ\nvrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0\ncMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB\noVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG\nMX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151\nhb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg\nlaOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z\nbxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2\nPaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q\nap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm\nLi23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf\nlGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG\nFWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G\nNXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v\nqogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r\n4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6\nrZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM\nOxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj\nIp/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg\n8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr\nrlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2\n2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc\niqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF\ndoAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ\nNelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu\nkgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+\nSN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7\n52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX\niXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h\nbQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX\nSIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g\nHlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m\nbVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3\nvM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt\nUbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/\nlO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg\nZo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4\nnzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN\np+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV\n6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr\n23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf\nhR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34\n3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU\n78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX\nNcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d\nNguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu\nT/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3\n3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb\ngph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV\nwipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq\nB/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci\nQ2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB\ncLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P\nq3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ\nyppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi\nGDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp\ngRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9\nxREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913\nUgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh\nKqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc\nXmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk\n0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St\nXP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44\ngRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y\n21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG\not8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q\nAim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U\n2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ\nIOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE\nrXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv\nJVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG\nK9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF\nEuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/\nNutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW\noH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE\nwMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov\nu6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5\neoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok\n1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy\nCNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU\nGjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq\nQ0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K\ncBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR\nEk6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm\njRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So\nYN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq\nlr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw\nSToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG\nKhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU\ny7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/\n+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd\nBRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n\nYyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/\nOCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr\niMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT\ngxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO\nG28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH\nZ6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o\n9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM\nhC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1\nYVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ\nq2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB\nzi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1\nNokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct\nLApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F\nx7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA\nyE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc\nKpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm\nbRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT\nV0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77\ndAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF\nhqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA\nTJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh\nIKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK\npVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY\ndNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7\nnaFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji\nBhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj\nI84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni\ndOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4\nAY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv\nL9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs\nYLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x\nJymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I\nPGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN\nSl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M\nU8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre\nMIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT\nm2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D\n4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3\nWb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea\nYHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6\nfpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q\nxmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R\nSsut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0\nF61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ\nW25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5\nATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT\nW4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD\nloNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD\nR/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK\n3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8\nMsfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s\nYVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj\nzvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc\nY862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk\n3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS\nAhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8\nh7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL\n66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF\n/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n\nDWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc\n0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8\nWFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV\n1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV\nXAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J\nF7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU\nhDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4\nHLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv\nn9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB\nA7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF\nEAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko\nKqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG\n0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub\nAP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4\nxg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx\n0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1\nPJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg\nfgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC\na0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA\nGvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE\nb4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb\ni26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8\n+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P\nxZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P\n333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+\nzZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3\nLc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp\ngg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo\ncUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9\nxavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT\nCr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp\nSF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV\nVJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+\nUXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa\nVFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v\nuf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9\ncdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo\nv9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P\nv5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT\nWX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427\np7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO\n+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+\nGCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj\nnV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC\nq9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp\nPf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT\ne0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8\nwmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926\nSDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP\n+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt\nc4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr\n1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb\nJ+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M\n+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY\neIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20\nNMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy\nBe7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0\nN5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O\nUV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2\nAavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1\nKIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru\n7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw\nWV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ\ndZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb\nWj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4\nItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi\nUlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK\nnTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A\nJTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn\nE/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2\nm+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV\nkEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP\nLW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y\nejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU\nG1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq\nn8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF\nAzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc\nHYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ\n2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0\n7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe\nE38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p\nofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E\nfh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu\n/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw\nwBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu\nnIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC\ndpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ\nUemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ\nXgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ\nkVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE\nn9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m\nnIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g\nT4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA\nb8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz\nyhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy\nNAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2\nu4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x\n/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5\nJsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs\nGLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3\n/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT\nK2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7\n8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B\nybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7\nqIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ\nmT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH\noz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D\nu/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2\nIlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj\nEKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o\nomakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6\ndy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu\nun1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX\naXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m\nUatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6\nDSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC\nxAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf\ndmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8\nSSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1\nokQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4\nWaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8\ntQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/\nBdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW\nKaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6\n9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD\n+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC\nhy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y\narFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5\nrRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM\nc2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub\nZ8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B\n/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ\nDy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1\nL1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/\nm3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9\nfuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1\n/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d\nJ//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF\nYXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd\nevmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh\n3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV\n2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds\n5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ\ni2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ\ncnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c\nTDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4\n3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG\njdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5\nRrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd\neY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK\nHWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE\n5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck\n9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N\nRY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ\nVV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc\n5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh\n+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J\n6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr\nvNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ\nJHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR\nd+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp\nYdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk\n5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go\nkQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C\n7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV\nyemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3\nTh5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x\npEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H\nWqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V\ndXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk\nGdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe\nWVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr\nGBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e\nxzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m\nEB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ\n702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK\nQwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH\nqvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv\nwur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn\noUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw\nPeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn\nM8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz\nJ2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W\nnkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI\nQnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk\n8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT\ntlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL\nNmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq\nIN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw\nUeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68\nf0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR\nyHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu\nnrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr\nYERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8\nVHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq\nH2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/\nGICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv\n2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ\n3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq\njZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ\nFVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z\nX5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S\nP3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP\nMYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9\nvfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73\ngypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd\nCVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4\n+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8\nflGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9\ni75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT\nNbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR\nizymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU\n4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ\nkxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV\nINWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO\nz43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9\nXdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE\nSxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE\nKrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM\nyMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v\nBgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu\nhkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp\nz17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb\nyv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX\nQu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD\nDMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg\nNYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF\nJUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B\nLghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW\n7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE\nQNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk\n5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90\nJLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY\nBZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO\n3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw\nOhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt\namv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc\nIiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN\nOtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC\n8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6\nFA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk\nJ+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+\nlZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H\n23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8\n1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9\n83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1\nVe6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS\nzHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru\n/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk\n9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey\n996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF\nuwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW\nQEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ\nYjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5\nl9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6\n7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ\nCPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms\ns6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb\nMTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i\nYEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d\nvmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA=="),t=new Uint8Array(e.length);for(let n=0;n<e.length;n++)t[n]=e.charCodeAt(n);X(t,$)}return $}const te=10,ne=11;class re{constructor(e,t,n){this.prefix=new Uint8Array(e.length),this.transform=t,this.suffix=new Uint8Array(n.length);for(let t=0;t<e.length;t++)this.prefix[t]=e.charCodeAt(t);for(let e=0;e<n.length;e++)this.suffix[e]=n.charCodeAt(e)}}const se=[new re("",0,""),new re("",0," "),new re(" ",0," "),new re("",12,""),new re("",te," "),new re("",0," the "),new re(" ",0,""),new re("s ",0," "),new re("",0," of "),new re("",te,""),new re("",0," and "),new re("",13,""),new re("",1,""),new re(", ",0," "),new re("",0,", "),new re(" ",te," "),new re("",0," in "),new re("",0," to "),new re("e ",0," "),new re("",0,'"'),new re("",0,"."),new re("",0,'">'),new re("",0,"\n"),new re("",3,""),new re("",0,"]"),new re("",0," for "),new re("",14,""),new re("",2,""),new re("",0," a "),new re("",0," that "),new re(" ",te,""),new re("",0,". "),new re(".",0,""),new re(" ",0,", "),new re("",15,""),new re("",0," with "),new re("",0,"'"),new re("",0," from "),new re("",0," by "),new re("",16,""),new re("",17,""),new re(" the ",0,""),new re("",4,""),new re("",0,". The "),new re("",ne,""),new re("",0," on "),new re("",0," as "),new re("",0," is "),new re("",7,""),new re("",1,"ing "),new re("",0,"\n\t"),new re("",0,":"),new re(" ",0,". "),new re("",0,"ed "),new re("",20,""),new re("",18,""),new re("",6,""),new re("",0,"("),new re("",te,", "),new re("",8,""),new re("",0," at "),new re("",0,"ly "),new re(" the ",0," of "),new re("",5,""),new re("",9,""),new re(" ",te,", "),new re("",te,'"'),new re(".",0,"("),new re("",ne," "),new re("",te,'">'),new re("",0,'="'),new re(" ",0,"."),new re(".com/",0,""),new re(" the ",0," of the "),new re("",te,"'"),new re("",0,". This "),new re("",0,","),new re(".",0," "),new re("",te,"("),new re("",te,"."),new re("",0," not "),new re(" ",0,'="'),new re("",0,"er "),new re(" ",ne," "),new re("",0,"al "),new re(" ",ne,""),new re("",0,"='"),new re("",ne,'"'),new re("",te,". "),new re(" ",0,"("),new re("",0,"ful "),new re(" ",te,". "),new re("",0,"ive "),new re("",0,"less "),new re("",ne,"'"),new re("",0,"est "),new re(" ",te,"."),new re("",ne,'">'),new re(" ",0,"='"),new re("",te,","),new re("",0,"ize "),new re("",ne,"."),new re("Â ",0,""),new re(" ",0,","),new re("",te,'="'),new re("",ne,'="'),new re("",0,"ous "),new re("",ne,", "),new re("",te,"='"),new re(" ",te,","),new re(" ",ne,'="'),new re(" ",ne,", "),new re("",ne,","),new re("",ne,"("),new re("",ne,". "),new re(" ",ne,"."),new re("",ne,"='"),new re(" ",ne,". "),new re(" ",te,'="'),new re(" ",ne,"='"),new re(" ",te,"='")],ie=se.length;function oe(e,t){return e[t]<192?(e[t]>=97&&e[t]<=122&&(e[t]^=32),1):e[t]<224?(e[t+1]^=32,2):(e[t+2]^=5,3)}function ae(e,t,n,r,s){const i=ee(),{prefix:o}=se[s],{suffix:a}=se[s],B=se[s].transform;let u=B<12?0:B-11;const c=t;u>r&&(u=r);let l=0;for(;l<o.length;)e[t++]=o[l++];n+=u,r-=u,B<=9&&(r-=B);for(let s=0;s<r;s++)e[t++]=i[n+s];let h=t-r;if(B===te)oe(e,h);else if(B===ne)for(;r>0;){const t=oe(e,h);h+=t,r-=t}let f=0;for(;f<a.length;)e[t++]=a[f++];return t-c}const Be=new Uint8Array([3,2,1,0,3,3,3,3,3,3,2,2,2,2,2,2]),ue=new Int8Array([0,0,0,0,-1,1,-2,2,-3,3,-1,1,-2,2,-3,3]),ce=new Uint32Array([0,0,0,0,0,4096,9216,21504,35840,44032,53248,63488,74752,87040,93696,100864,104704,106752,108928,113536,115968,118528,119872,121280,122016]),le=new Uint8Array([0,0,0,0,10,10,11,11,10,10,10,10,10,9,9,8,7,7,8,7,7,6,6,5,5]);function he(e,t,n){return e<16?(n+=Be[e],t[n&=3]+ue[e]):e-16+1}var fe=ArrayBuffer,pe=Uint8Array,Ce=Uint16Array,de=Int16Array,ge=Int32Array,me=function(e,t,n){if(pe.prototype.slice)return pe.prototype.slice.call(e,t,n);(null==t||t<0)&&(t=0),(null==n||n>e.length)&&(n=e.length);var r=new pe(n-t);return r.set(e.subarray(t,n)),r},De=function(e,t,n,r){if(pe.prototype.fill)return pe.prototype.fill.call(e,t,n,r);for((null==n||n<0)&&(n=0),(null==r||r>e.length)&&(r=e.length);n<r;++n)e[n]=t;return e},Ee=function(e,t,n,r){if(pe.prototype.copyWithin)return pe.prototype.copyWithin.call(e,t,n,r);for((null==n||n<0)&&(n=0),(null==r||r>e.length)&&(r=e.length);n<r;)e[t++]=e[n++]},ye=["invalid zstd data","window size too large (>2046MB)","invalid block type","FSE accuracy too high","match distance too far back","unexpected EOF"],Ae=function(e,t,n){var r=new Error(t||ye[e]);if(r.code=e,Error.captureStackTrace&&Error.captureStackTrace(r,Ae),!n)throw r;return r},be=function(e,t,n){for(var r=0,s=0;r<n;++r)s|=e[t++]<<(r<<3);return s},we=function(e,t){var n,r,s=e[0]|e[1]<<8|e[2]<<16;if(3126568==s&&253==e[3]){var i=e[4],o=i>>5&1,a=i>>2&1,B=3&i,u=i>>6;8&i&&Ae(0);var c=6-o,l=3==B?4:B,h=be(e,c,l),f=u?1<<u:o,p=be(e,c+=l,f)+(1==u&&256),C=p;if(!o){var d=1<<10+(e[5]>>3);C=d+(d>>3)*(7&e[5])}C>2145386496&&Ae(1);var g=new pe((1==t?p||C:t?0:C)+12);return g[0]=1,g[4]=4,g[8]=8,{b:c+f,y:0,l:0,d:h,w:t&&1!=t?t:g.subarray(12),e:C,o:new ge(g.buffer,0,3),u:p,c:a,m:Math.min(131072,C)}}if(25481893==(s>>4|e[3]<<20))return(((n=e)[r=4]|n[r+1]<<8|n[r+2]<<16|n[r+3]<<24)>>>0)+8;Ae(0)},ve=function(e){for(var t=0;1<<t<=e;++t);return t-1},Ie=function(e,t,n){var r=4+(t<<3),s=5+(15&e[t]);s>n&&Ae(3);for(var i=1<<s,o=i,a=-1,B=-1,u=-1,c=i,l=new fe(512+(i<<2)),h=new de(l,0,256),f=new Ce(l,0,256),p=new Ce(l,512,i),C=512+(i<<1),d=new pe(l,C,i),g=new pe(l,C+i);a<255&&o>0;){var m=ve(o+1),D=r>>3,E=(1<<m+1)-1,y=(e[D]|e[D+1]<<8|e[D+2]<<16)>>(7&r)&E,A=(1<<m)-1,b=E-o-1,w=y&A;if(w<b?(r+=m,y=w):(r+=m+1,y>A&&(y-=b)),h[++a]=--y,-1==y?(o+=y,d[--c]=a):o-=y,!y)do{var v=r>>3;B=(e[v]|e[v+1]<<8)>>(7&r)&3,r+=2,a+=B}while(3==B)}(a>255||o)&&Ae(0);for(var I=0,F=(i>>1)+(i>>3)+3,O=i-1,_=0;_<=a;++_){var N=h[_];if(N<1)f[_]=-N;else for(u=0;u<N;++u){d[I]=_;do{I=I+F&O}while(I>=c)}}for(I&&Ae(0),u=0;u<i;++u){var S=f[d[u]]++,T=g[u]=s-ve(S);p[u]=(S<<T)-i}return[r+7>>3,{b:s,s:d,n:g,t:p}]},Fe=Ie(new pe([81,16,99,140,49,198,24,99,12,33,196,24,99,102,102,134,70,146,4]),0,6)[1],Oe=Ie(new pe([33,20,196,24,99,140,33,132,16,66,8,33,132,16,66,8,33,68,68,68,68,68,68,68,68,36,9]),0,6)[1],_e=Ie(new pe([32,132,16,66,102,70,68,68,68,68,36,73,2]),0,5)[1],Ne=function(e,t){for(var n=e.length,r=new ge(n),s=0;s<n;++s)r[s]=t,t+=1<<e[s];return r},Se=new pe(new ge([0,0,0,0,16843009,50528770,134678020,202050057,269422093]).buffer,0,36),Te=Ne(Se,0),xe=new pe(new ge([0,0,0,0,0,0,0,0,16843009,50528770,117769220,185207048,252579084,16]).buffer,0,53),Le=Ne(xe,3),ke=function(e,t,n){var r=e.length,s=t.length,i=e[r-1],o=(1<<n.b)-1,a=-n.b;i||Ae(0);for(var B=0,u=n.b,c=(r<<3)-8+ve(i)-u,l=-1;c>a&&l<s;){var h=c>>3;B=(B<<u|(e[h]|e[h+1]<<8|e[h+2]<<16)>>(7&c))&o,t[++l]=n.s[B],c-=u=n.n[B]}c==a&&l+1==s||Ae(0)},Re=function(e,t,n){var r=6,s=t.length+3>>2,i=s<<1,o=s+i;ke(e.subarray(r,r+=e[0]|e[1]<<8),t.subarray(0,s),n),ke(e.subarray(r,r+=e[2]|e[3]<<8),t.subarray(s,i),n),ke(e.subarray(r,r+=e[4]|e[5]<<8),t.subarray(i,o),n),ke(e.subarray(r),t.subarray(o),n)},Pe=function(e,t,n){var r,s=t.b,i=e[s],o=i>>1&3;t.l=1&i;var a=i>>3|e[s+1]<<5|e[s+2]<<13,B=(s+=3)+a;if(1==o){if(s>=e.length)return;return t.b=s+1,n?(De(n,e[s],t.y,t.y+=a),n):De(new pe(a),e[s])}if(!(B>e.length)){if(0==o)return t.b=B,n?(n.set(e.subarray(s,B),t.y),t.y+=a,n):me(e,s,B);if(2==o){var u=e[s],c=3&u,l=u>>2&3,h=u>>4,f=0,p=0;c<2?1&l?h|=e[++s]<<4|(2&l&&e[++s]<<12):h=u>>3:(p=l,l<2?(h|=(63&e[++s])<<4,f=e[s]>>6|e[++s]<<2):2==l?(h|=e[++s]<<4|(3&e[++s])<<12,f=e[s]>>2|e[++s]<<6):(h|=e[++s]<<4|(63&e[++s])<<12,f=e[s]>>6|e[++s]<<2|e[++s]<<10)),++s;var C=n?n.subarray(t.y,t.y+t.m):new pe(t.m),d=C.length-h;if(0==c)C.set(e.subarray(s,s+=h),d);else if(1==c)De(C,e[s++],d);else{var g=t.h;if(2==c){var m=function(e,t){var n=0,r=-1,s=new pe(292),i=e[t],o=s.subarray(0,256),a=s.subarray(256,268),B=new Ce(s.buffer,268);if(i<128){var u=Ie(e,t+1,6),c=u[0],l=u[1],h=c<<3,f=e[t+=i];f||Ae(0);for(var p=0,C=0,d=l.b,g=d,m=(++t<<3)-8+ve(f);!((m-=d)<h);){var D=m>>3;if(p+=(e[D]|e[D+1]<<8)>>(7&m)&(1<<d)-1,o[++r]=l.s[p],(m-=g)<h)break;C+=(e[D=m>>3]|e[D+1]<<8)>>(7&m)&(1<<g)-1,o[++r]=l.s[C],d=l.n[p],p=l.t[p],g=l.n[C],C=l.t[C]}++r>255&&Ae(0)}else{for(r=i-127;n<r;n+=2){var E=e[++t];o[n]=E>>4,o[n+1]=15&E}++t}var y=0;for(n=0;n<r;++n)(v=o[n])>11&&Ae(0),y+=v&&1<<v-1;var A=ve(y)+1,b=1<<A,w=b-y;for(w&w-1&&Ae(0),o[r++]=ve(w)+1,n=0;n<r;++n){var v=o[n];++a[o[n]=v&&A+1-v]}var I=new pe(b<<1),F=I.subarray(0,b),O=I.subarray(b);for(B[A]=0,n=A;n>0;--n){var _=B[n];De(O,n,_,B[n-1]=_+a[n]*(1<<A-n))}for(B[0]!=b&&Ae(0),n=0;n<r;++n){var N=o[n];if(N){var S=B[N];De(F,n,S,B[N]=S+(1<<A-N))}}return[t,{n:O,b:A,s:F}]}(e,s);f+=s-(s=m[0]),t.h=g=m[1]}else g||Ae(0);(p?Re:ke)(e.subarray(s,s+=f),C.subarray(d),g)}var D=e[s++];if(D){255==D?D=32512+(e[s++]|e[s++]<<8):D>127&&(D=D-128<<8|e[s++]);var E=e[s++];3&E&&Ae(0);for(var y=[Oe,_e,Fe],A=2;A>-1;--A){var b=E>>2+(A<<1)&3;if(1==b){var w=new pe([0,0,e[s++]]);y[A]={s:w.subarray(2,3),n:w.subarray(0,1),t:new Ce(w.buffer,0,1),b:0}}else 2==b?(s=(r=Ie(e,s,9-(1&A)))[0],y[A]=r[1]):3==b&&(t.t||Ae(0),y[A]=t.t[A])}var v=t.t=y,I=v[0],F=v[1],O=v[2],_=e[B-1];_||Ae(0);var N=(B<<3)-8+ve(_)-O.b,S=N>>3,T=0,x=(e[S]|e[S+1]<<8)>>(7&N)&(1<<O.b)-1,L=(e[S=(N-=F.b)>>3]|e[S+1]<<8)>>(7&N)&(1<<F.b)-1,k=(e[S=(N-=I.b)>>3]|e[S+1]<<8)>>(7&N)&(1<<I.b)-1;for(++D;--D;){var R=O.s[x],P=O.n[x],G=I.s[k],M=I.n[k],H=F.s[L],U=F.n[L],j=1<<H,J=j+((e[S=(N-=H)>>3]|e[S+1]<<8|e[S+2]<<16|e[S+3]<<24)>>>(7&N)&j-1);S=(N-=xe[G])>>3;var z=Le[G]+((e[S]|e[S+1]<<8|e[S+2]<<16)>>(7&N)&(1<<xe[G])-1);S=(N-=Se[R])>>3;var Q=Te[R]+((e[S]|e[S+1]<<8|e[S+2]<<16)>>(7&N)&(1<<Se[R])-1);if(S=(N-=P)>>3,x=O.t[x]+((e[S]|e[S+1]<<8)>>(7&N)&(1<<P)-1),S=(N-=M)>>3,k=I.t[k]+((e[S]|e[S+1]<<8)>>(7&N)&(1<<M)-1),S=(N-=U)>>3,L=F.t[L]+((e[S]|e[S+1]<<8)>>(7&N)&(1<<U)-1),J>3)t.o[2]=t.o[1],t.o[1]=t.o[0],t.o[0]=J-=3;else{var q=J-(0!=Q);q?(J=3==q?t.o[0]-1:t.o[q],q>1&&(t.o[2]=t.o[1]),t.o[1]=t.o[0],t.o[0]=J):J=t.o[0]}for(A=0;A<Q;++A)C[T+A]=C[d+A];d+=Q;var Y=(T+=Q)-J;if(Y<0){var K=-Y,V=t.e+Y;K>z&&(K=z);for(A=0;A<K;++A)C[T+A]=t.w[V+A];T+=K,z-=K,Y=0}for(A=0;A<z;++A)C[T+A]=C[Y+A];T+=z}if(T!=d)for(;d<C.length;)C[T++]=C[d++];else T=C.length;n?t.y+=T:C=me(C,0,T)}else if(n){if(t.y+=h,d)for(A=0;A<h;++A)C[A]=C[d+A]}else d&&(C=me(C,d));return t.b=B,C}Ae(2)}},Ge=function(e,t){if(1==e.length)return e[0];for(var n=new pe(t),r=0,s=0;r<e.length;++r){var i=e[r];n.set(i,s),s+=i.length}return n};function Me(){const e=function(){const e=atob(He),t=new Uint8Array(e.length);for(let n=0;n<e.length;n+=1)t[n]=e.charCodeAt(n);const n=new WebAssembly.Module(t);return new WebAssembly.Instance(n)}();return(t,n)=>{const{memory:r,uncompress:s}=e.exports,i=68e3,o=i+t.byteLength,a=i+t.byteLength+n;if(r.buffer.byteLength<a){const e=65536,t=r.buffer.byteLength/e,n=Math.ceil(a/e)-t;r.grow(n)}const B=new Uint8Array(r.buffer);B.set(t,i);const u=s(i,t.byteLength,o);if(-1===u)throw new Error("invalid snappy length header");if(-2===u)throw new Error("missing eof marker");if(-3===u)throw new Error("premature end of input");if(u)throw new Error(`failed to uncompress data ${u}`);return B.slice(o,o+n)}}const He="AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";function Ue(e,t,n){let r=n;for(let s=0;s<e.length;){const i=e[s++];let o=i>>4;if(o){let i=o+240;for(;255===i;)o+=i=e[s++];if(t.set(e.subarray(s,s+o),r),r+=o,s+=o,s>=e.length)return r-n}const a=e[s++]|e[s++]<<8;if(!a||a>r)throw new Error(`lz4 offset out of range ${a}`);let B=15&i,u=B+240;for(;255===u;)B+=u=e[s++];B+=4;let c=r-a;const l=r+B;for(;r<l;)t[r++]=t[c++]}return r-n}const je={SNAPPY:Me(),GZIP:(e,t)=>X(e,new Uint8Array(t)),BROTLI:function(e,t){const n=new Uint8Array(t);return function(e,t){let n=0,r=0,s=0;const o=[16,15,11,4];let a=0;const u=[new d(0,0),new d(0,0),new d(0,0)],c=128+i.READ_SIZE,l=new i(e),h=function(e){if(0===e.readBits(1))return 16;let t=e.readBits(3);return t>0?17+t:(t=e.readBits(3),t>0?8+t:17)}(l),f=(1<<h)-16,g=1<<h,m=g-1,w=new Uint8Array(g+c+24),v=g,I=[],F=[];for(let e=0;e<3240;e++)I[e]=new B(0,0),F[e]=new B(0,0);for(;!r;){const e=[1<<28,1<<28,1<<28],i=[0],B=[1,1,1],c=[0,1,0,1,0,1],h=[0];for(let e=0;e<3;e++)u[e].codes=[],u[e].htrees=new Uint32Array;l.readMoreInput();const O=P(l);let _=O.meta_block_length;if(n+_>t.buffer.length){const e=new Uint8Array(n+_);e.set(t.buffer),t.buffer=e}if(r=O.input_end,O.is_metadata){for(H(l);_>0;--_)l.readMoreInput(),l.readBits(8);continue}if(0===_)continue;if(O.is_uncompressed){l.bit_pos_=l.bit_pos_+7&-8,G(t,_,n,w,m,l),n+=_;continue}for(let t=0;t<3;t++)B[t]=M(l)+1,B[t]>=2&&(p(B[t]+2,I,t*b,l),p(26,F,t*b,l),e[t]=U(F,t*b,l),h[t]=1);l.readMoreInput();const N=l.readBits(2),S=16+(l.readBits(4)<<N),T=(1<<N)-1,x=S+(48<<N),L=new Uint8Array(B[0]);for(let e=0;e<B[0];e++)l.readMoreInput(),L[e]=l.readBits(2)<<1;const[k,Q]=z(B[0]<<6,l),[q,Y]=z(B[2]<<2,l);u[0]=new d(256,k),u[1]=new d(704,B[1]),u[2]=new d(x,q);for(let e=0;e<3;++e)u[e].decode(l);let K=0,V=0,W=L[i[0]],Z=J[W],X=J[W+1],$=u[1].htrees[0];for(;_>0;){let r;l.readMoreInput(),0===e[1]&&(R(B[1],I,1,i,c,h,l),e[1]=U(F,b,l),$=u[1].htrees[i[1]]),e[1]--;const p=C(u[1].codes,$,l);let d=p>>6;d>=2?(d-=2,r=-1):r=0;const O=D[y[d]+(p>>3&7)],x=O.offset+l.readBits(O.nbits),k=E[A[d]+(7&p)],P=k.offset+l.readBits(k.nbits);let G=w[n-1&m],M=w[n-2&m];for(let r=0;r<x;r++){if(l.readMoreInput(),0===e[0]){R(B[0],I,0,i,c,h,l),e[0]=U(F,0,l);K=i[0]<<6,W=L[i[0]],Z=J[W],X=J[W+1]}const r=Q[K+(j[Z+G]|j[X+M])];e[0]--,M=G,G=C(u[0].codes,u[0].htrees[r],l),w[n&m]=G,(n&m)===m&&t.write(w,g),n++}if(_-=x,_<=0)break;if(r<0){l.readMoreInput(),0===e[2]&&(R(B[2],I,2,i,c,h,l),e[2]=U(F,2160,l),V=i[2]<<2),e[2]--;const t=Y[V+(255&(P>4?3:P-2))];if(r=C(u[2].codes,u[2].htrees[t],l),r>=S){r-=S;const e=r&T;r>>=N;const t=1+(r>>1);r=S+((2+(1&r)<<t)-4+l.readBits(t)<<N)+e}}const H=he(r,o,a);if(H<0)throw new Error("[BrotliDecompress] invalid distance");s=n<f&&s!==f?n:f;let z=n&m;if(H>s){if(!(P>=4&&P<=24))throw new Error("Invalid backward reference");{let e=ce[P];const r=H-s-1,i=le[P],o=r>>i;if(e+=(r&(1<<i)-1)*P,!(o<ie))throw new Error("Invalid backward reference");{const r=ae(w,z,e,P,o);if(z+=r,n+=r,_-=r,z>=v){t.write(w,g);for(let e=0;e<z-v;e++)w[e]=w[v+e]}}}}else{if(r>0&&(o[3&a]=H,a++),P>_)throw new Error("Invalid backward reference");for(let e=0;e<P;e++)w[n&m]=w[n-H&m],(n&m)===m&&t.write(w,g),n++,_--}}n&=1073741823}t.write(w,n&m)}(new q(e),new Y(n)),n},ZSTD:e=>function(e,t){for(var n=[],r=+!t,s=0,i=0;e.length;){var o=we(e,r||t);if("object"==typeof o){for(r?(t=null,o.w.length==o.u&&(n.push(t=o.w),i+=o.u)):(n.push(t),o.e=0);!o.l;){var a=Pe(e,o,t);a||Ae(5),t?o.e=o.y:(n.push(a),i+=a.length,Ee(o.w,0,a.length),o.w.set(a,o.w.length-a.length))}s=o.b+4*o.c}else s=o;e=e.subarray(s)}return Ge(n,i)}(e),LZ4:function(e,t){const n=new Uint8Array(t);try{let t=0,r=0;for(;t<e.length-8;){const s=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++],i=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];if(e.length-t<i)throw new Error("lz4 not hadoop");if(n.length<s)throw new Error("lz4 not hadoop");if(Ue(e.subarray(t,t+i),n,r)!==s)throw new Error("lz4 not hadoop");if(t+=i,r+=s,t===e.length)return n}if(t<e.length)throw new Error("lz4 not hadoop")}catch(t){if(t instanceof Error&&"lz4 not hadoop"!==t.message)throw t;Ue(e,n,0)}return n},LZ4_RAW:function(e,t){const n=new Uint8Array(t);return Ue(e,n,0),n}}},95573:(e,t,n)=>{n.d(t,{g:()=>p,d:()=>C});var r=n(28286),s=n(69234);const i=new TextDecoder,o=new WeakMap;function a(e,t=s.Rc){if(Array.isArray(e))return e.map(e=>a(e,t));if("object"!=typeof e)return e;if("metadata"in e){const n=function(e){let t=o.get(e.buffer);t||(t=new Map,o.set(e.buffer,t));const n=`${e.byteOffset}:${e.byteLength}`,r=t.get(n);if(r)return r;const s=u(e),a=s.view.getUint8(s.offset++),B=15&a;if(1!==B)throw new Error(`parquet unsupported variant metadata version: ${B}`);const l=1==(a>>4&1),h=1+(a>>6&3),f=c(s,h),p=new Array(f+1);for(let e=0;e<p.length;e++)p[e]=c(s,h);const C=s.offset,d=new Array(f);for(let t=0;t<f;t++){const n=p[t],r=p[t+1],s=new Uint8Array(e.buffer,e.byteOffset+C+n,r-n);d[t]=i.decode(s)}const g={dictionary:d,sorted:l};return t.set(n,g),g}(e.metadata),r=e.typed_value&&B(e.typed_value,n,t),s=e.value&&l(u(e.value),n,t);return r&&s?{...s,...r}:r??s}return e}function B(e,t,n){if(e instanceof Date)return e;if(e&&"object"==typeof e&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&null!==e.typed_value&&void 0!==e.typed_value)return B(e.typed_value,t,n);if("value"in e&&e.value instanceof Uint8Array)return l(u(e.value),t,n);if("typed_value"in e||"value"in e)return null;const r={};for(const[s,i]of Object.entries(e))t.dictionary.includes(s)&&(r[s]=B(i,t,n));return r}return e instanceof Uint8Array?l(u(e),t,n):Array.isArray(e)?e.map(e=>B(e,t,n)):e}function u(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function c(e,t){let n=0;for(let r=0;r<t;r++)n|=e.view.getUint8(e.offset+r)<<8*r;return e.offset+=t,n}function l(e,t,n){const r=e.view.getUint8(e.offset++),s=3&r,o=r>>2;if(0===s)return function(e,t,n){switch(t){case 0:return null;case 1:return!0;case 2:return!1;case 3:{const t=e.view.getInt8(e.offset);return e.offset+=1,t}case 4:{const t=e.view.getInt16(e.offset,!0);return e.offset+=2,t}case 5:{const t=e.view.getInt32(e.offset,!0);return e.offset+=4,t}case 6:{const t=e.view.getBigInt64(e.offset,!0);return e.offset+=8,t}case 7:{const t=e.view.getFloat64(e.offset,!0);return e.offset+=8,t}case 8:return h(e,4);case 9:return h(e,8);case 10:return h(e,16);case 11:{const t=e.view.getInt32(e.offset,!0);return e.offset+=4,n.dateFromDays(t)}case 12:case 13:{const t=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n.timestampFromMicroseconds(t)}case 14:{const t=e.view.getFloat32(e.offset,!0);return e.offset+=4,t}case 15:return f(e);case 16:{const t=f(e);return i.decode(t)}case 17:{const t=e.view.getBigInt64(e.offset,!0);return e.offset+=8,t}case 18:case 19:{const t=e.view.getBigInt64(e.offset,!0);return e.offset+=8,n.timestampFromNanoseconds(t)}case 20:{const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;const n=Array.from(t,e=>e.toString(16).padStart(2,"0")).join("");return`${n.slice(0,8)}-${n.slice(8,12)}-${n.slice(12,16)}-${n.slice(16,20)}-${n.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}(e,o,n);if(2===s)return function(e,t,n,r){const s=1+(3&t),i=1+(t>>2&3),o=t>>4&1,a=o?c(e,4):e.view.getUint8(e.offset++),B=new Array(a);for(let t=0;t<a;t++)B[t]=c(e,i);const u=new Array(a+1);for(let t=0;t<u.length;t++)u[t]=c(e,s);const h={};for(let t=0;t<a;t++){const s=n.dictionary[B[t]],i={view:e.view,offset:e.offset+u[t]};h[s]=l(i,n,r)}return e.offset+=u[u.length-1],h}(e,o,t,n);if(3===s)return function(e,t,n,r){const s=3&t,i=t>>2&1,o=s+1,a=c(e,i?4:1),B=new Array(a+1);for(let t=0;t<B.length;t++)B[t]=c(e,o);const u=e.offset,h=new Array(a);for(let t=0;t<a;t++){const s={view:e.view,offset:u+B[t]};h[t]=l(s,n,r)}return e.offset=u+B[B.length-1],h}(e,o,t,n);const a=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,o);return e.offset+=o,i.decode(a)}function h(e,t){const n=e.view.getUint8(e.offset);let r;if(e.offset+=1,4===t)r=BigInt(e.view.getInt32(e.offset,!0)),e.offset+=4;else if(8===t)r=e.view.getBigInt64(e.offset,!0),e.offset+=8;else{const t=e.view.getBigUint64(e.offset,!0);r=e.view.getBigInt64(e.offset+8,!0)<<64n|t,e.offset+=16}return Number(r)*10**-n}function f(e){const t=e.view.getUint32(e.offset,!0);e.offset+=4;const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t,n}function p(e,t,n,s,i){const o=(0,r.mM)(i);if(!t?.length&&!n.length){if(!o||!s.length)return s;t=new Array(s.length).fill(o)}const a=t?.length||n.length,B=i.map(({element:e})=>e.repetition_type);let u=0;const c=[e];let l=e,h=0,f=0,p=0;if(n[0])for(;h<B.length-2&&p<n[0];)h++,"REQUIRED"!==B[h]&&(l=l.at(-1),c.push(l),f++),"REPEATED"===B[h]&&p++;for(let e=0;e<a;e++){const r=t?.length?t[e]:o,i=n[e];for(;h&&(i<p||"REPEATED"!==B[h]);)"REQUIRED"!==B[h]&&(c.pop(),f--),"REPEATED"===B[h]&&p--,h--;for(l=c.at(-1);(h<B.length-2||"REPEATED"===B[h+1])&&(f<r||"REQUIRED"===B[h+1]);){if(h++,"REQUIRED"!==B[h]){const e=[];l.push(e),l=e,c.push(e),f++}"REPEATED"===B[h]&&p++}r===o?l.push(s[u++]):h===B.length-2?l.push(null):l.push([])}if(!e.length)for(let e=0;e<o;e++){const e=[];l.push(e),l=e}return e}function C(e,t,n,s=0){const i=t.path.join("."),o="OPTIONAL"===t.element.repetition_type,B=o?s+1:s;if((0,r.wq)(t)){let r=t.children[0],a=B;1===r.children.length&&(r=r.children[0],a++),C(e,r,n,a);const u=r.path.join("."),c=e.get(u);if(!c)throw new Error("parquet list column missing values");return o&&d(c,s),e.set(i,c),void e.delete(u)}if((0,r.ES)(t)){const r=t.children[0].element.name;C(e,t.children[0].children[0],n,B+1),C(e,t.children[0].children[1],n,B+1);const a=e.get(`${i}.${r}.key`),u=e.get(`${i}.${r}.value`);if(!a)throw new Error("parquet map column missing keys");if(!u)throw new Error("parquet map column missing values");if(a.length!==u.length)throw new Error("parquet map column key/value length mismatch");const c=g(a,u,B);return o&&d(c,s),e.delete(`${i}.${r}.key`),e.delete(`${i}.${r}.value`),void e.set(i,c)}if(t.children.length){const r="REQUIRED"===t.element.repetition_type?s:s+1,B={};for(const s of t.children){C(e,s,n,r);const t=e.get(s.path.join("."));if(!t)throw new Error("parquet struct missing child data");B[s.element.name]=t}for(const n of t.children)e.delete(n.path.join("."));let u=m(B,r);"VARIANT"===t.element.logical_type?.type&&(u=a(u,n)),o&&d(u,s),e.set(i,u)}}function d(e,t){for(let n=0;n<e.length;n++)t?d(e[n],t-1):e[n]=e[n][0]}function g(e,t,n){const r=[];for(let s=0;s<e.length;s++)if(n)r.push(g(e[s],t[s],n-1));else if(e[s]){const n={};for(let r=0;r<e[s].length;r++){const i=t[s][r];n[e[s][r]]=void 0===i?null:i}r.push(n)}else r.push(void 0);return r}function m(e,t){const n=Object.keys(e),r=e[n[0]]?.length,s=[];for(let i=0;i<r;i++){const o={};for(const t of n){if(e[t].length!==r)throw new Error("parquet struct parsing error");o[t]=e[t][i]}t?s.push(m(o,t-1)):s.push(o)}return s}},16167:(e,t,n)=>{n.d(t,{JB:()=>c,SP:()=>l,wK:()=>h});var r=n(95573),s=n(40312),i=n(69234),o=n(63730),a=n(74809),B=n(28286),u=n(52558);function c(e,{groupStart:t,selectStart:n,selectEnd:r},s,o){const{pathInSchema:a,schemaPath:u}=s,c=(0,B.g7)(u),f=[];let p,C,d=0,g=0;const m=o&&(()=>{C&&o({pathInSchema:a,columnData:C,rowStart:t+d-C.length,rowEnd:t+d})});for(;(c?d<r:e.offset<e.view.byteLength-1)&&!(e.offset>=e.view.byteLength-1);){const t=h(e);if("DICTIONARY_PAGE"===t.type){const{data:n}=l(e,t,s,p,void 0,0);n&&(p=(0,i.C6)(n,s))}else{const r=C?.length||0,i=l(e,t,s,p,C,n-d);i.skipped?(f.length||(g+=i.skipped),d+=i.skipped):i.data&&C===i.data?d+=i.data.length-r:i.data&&i.data.length&&(m?.(),f.push(i.data),d+=i.data.length,C=i.data)}}return m?.(),{data:f,skipped:g}}function l(e,t,n,s,u,c){const{type:l,element:h,schemaPath:f,codec:p,compressors:C}=n,d=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);if(e.offset+=t.compressed_page_size,"DATA_PAGE"===t.type){const e=t.data_page_header;if(!e)throw new Error("parquet data page header is undefined");if(c>e.num_values&&(0,B.g7)(f))return{skipped:e.num_values};const a=(0,o.tC)(d,Number(t.uncompressed_page_size),p,C),{definitionLevels:l,repetitionLevels:h,dataPage:g}=(0,o.kS)(a,e,n),m=(0,i.Km)(g,s,e.encoding,n),D=Array.isArray(u)?u:[];return{skipped:0,data:(0,r.g)(D,l,h,m,f)}}if("DATA_PAGE_V2"===t.type){const e=t.data_page_header_v2;if(!e)throw new Error("parquet data page header v2 is undefined");if(c>e.num_rows)return{skipped:e.num_rows};const{definitionLevels:a,repetitionLevels:B,dataPage:l}=(0,o.uD)(d,t,n),h=(0,i.Km)(l,s,e.encoding,n),p=Array.isArray(u)?u:[];return{skipped:0,data:(0,r.g)(p,a,B,h,f)}}if("DICTIONARY_PAGE"===t.type){const e=t.dictionary_page_header;if(!e)throw new Error("parquet dictionary page header is undefined");const n=(0,o.tC)(d,Number(t.uncompressed_page_size),p,C),r={view:new DataView(n.buffer,n.byteOffset,n.byteLength),offset:0};return{skipped:0,data:(0,a.r)(r,l,e.num_values,h.type_length)}}throw new Error(`parquet unsupported page type: ${t.type}`)}function h(e){const t=(0,u.Tn)(e);return{type:s.P2[t.field_1],uncompressed_page_size:t.field_2,compressed_page_size:t.field_3,crc:t.field_4,data_page_header:t.field_5&&{num_values:t.field_5.field_1,encoding:s.p6[t.field_5.field_2],definition_level_encoding:s.p6[t.field_5.field_3],repetition_level_encoding:s.p6[t.field_5.field_4],statistics:f(t.field_5.field_5)},index_page_header:t.field_6,dictionary_page_header:t.field_7&&{num_values:t.field_7.field_1,encoding:s.p6[t.field_7.field_2],is_sorted:t.field_7.field_3},data_page_header_v2:t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:s.p6[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:void 0===t.field_8.field_7||t.field_8.field_7,statistics:f(t.field_8.field_8)}}}function f(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}},40312:(e,t,n)=>{n.d(t,{CE:()=>r,I7:()=>c,IE:()=>a,Nw:()=>i,P2:()=>B,UQ:()=>u,gQ:()=>o,p6:()=>s});const r=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"],s=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"],i=["REQUIRED","OPTIONAL","REPEATED"],o=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"],a=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"],B=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"],u=["UNORDERED","ASCENDING","DESCENDING"],c=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"]},69234:(e,t,n)=>{function r(e){const t=s(e);if(1===t.type)return{type:"Point",coordinates:i(e,t)};if(2===t.type)return{type:"LineString",coordinates:o(e,t)};if(3===t.type)return{type:"Polygon",coordinates:a(e,t)};if(4===t.type){const n=[];for(let r=0;r<t.count;r++)n.push(i(e,s(e)));return{type:"MultiPoint",coordinates:n}}if(5===t.type){const n=[];for(let r=0;r<t.count;r++)n.push(o(e,s(e)));return{type:"MultiLineString",coordinates:n}}if(6===t.type){const n=[];for(let r=0;r<t.count;r++)n.push(a(e,s(e)));return{type:"MultiPolygon",coordinates:n}}if(7===t.type){const n=[];for(let s=0;s<t.count;s++)n.push(r(e));return{type:"GeometryCollection",geometries:n}}throw new Error(`Unsupported geometry type: ${t.type}`)}function s(e){const{view:t}=e,n=1===t.getUint8(e.offset++),r=t.getUint32(e.offset,n);e.offset+=4;const s=r%1e3,i=Math.floor(r/1e3);let o=0;s>1&&s<=7&&(o=t.getUint32(e.offset,n),e.offset+=4);let a=2;return i&&a++,3===i&&a++,{littleEndian:n,type:s,dim:a,count:o}}function i(e,t){const n=[];for(let r=0;r<t.dim;r++){const r=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8,n.push(r)}return n}function o(e,t){const n=[];for(let r=0;r<t.count;r++)n.push(i(e,t));return n}function a(e,t){const{view:n}=e,r=[];for(let s=0;s<t.count;s++){const s=n.getUint32(e.offset,t.littleEndian);e.offset+=4,r.push(o(e,{...t,count:s}))}return r}n.d(t,{Rc:()=>u,C6:()=>l,Km:()=>c,$Q:()=>h,dq:()=>f});const B=new TextDecoder,u={timestampFromMilliseconds:e=>new Date(Number(e)),timestampFromMicroseconds:e=>new Date(Number(e/1000n)),timestampFromNanoseconds:e=>new Date(Number(e/1000000n)),dateFromDays:e=>new Date(864e5*e),stringFromBytes:e=>e&&B.decode(e),jsonFromBytes:e=>e&&JSON.parse(B.decode(e)),geometryFromBytes:e=>e&&r({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}),geographyFromBytes:e=>e&&r({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}),uuidFromBytes(e){if(!e)return;const t=Array.from(e,e=>e.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function c(e,t,n,r){if(t&&n.endsWith("_DICTIONARY")){let n=e;e instanceof Uint8Array&&!(t instanceof Uint8Array)&&(n=new t.constructor(e.length));for(let r=0;r<e.length;r++)n[r]=t[e[r]];return n}return l(e,r)}function l(e,t){const{element:n,parsers:r,utf8:s=!0,schemaPath:i}=t,{type:o,converted_type:a,logical_type:B}=n,u="REQUIRED"!==n.repetition_type,c=i?.some(e=>"VARIANT"===e.element.logical_type?.type);if(c&&"BYTE_ARRAY"===o&&"UTF8"!==a&&"STRING"!==B?.type)return e;if("DECIMAL"===a){const t=10**-(n.scale||0),r=new Array(e.length);for(let n=0;n<r.length;n++)e[n]instanceof Uint8Array?r[n]=h(e[n])*t:r[n]=Number(e[n])*t;return r}if(!a&&"INT96"===o)return Array.from(e).map(e=>{return r.timestampFromNanoseconds(86400000000000n*(((t=e)>>64n)-2440588n)+(0xffffffffffffffffn&t));var t});if("DATE"===a)return Array.from(e).map(e=>r.dateFromDays(e));if("TIMESTAMP_MILLIS"===a)return Array.from(e).map(e=>r.timestampFromMilliseconds(e));if("TIMESTAMP_MICROS"===a)return Array.from(e).map(e=>r.timestampFromMicroseconds(e));if("JSON"===a)return e.map(e=>r.jsonFromBytes(e));if("BSON"===a)throw new Error("parquet bson not supported");if("INTERVAL"===a)throw new Error("parquet interval not supported");if("GEOMETRY"===B?.type)return e.map(e=>r.geometryFromBytes(e));if("GEOGRAPHY"===B?.type)return e.map(e=>r.geographyFromBytes(e));if("UUID"===B?.type)return e.map(e=>r.uuidFromBytes(e));if("UTF8"===a||"STRING"===B?.type||s&&"BYTE_ARRAY"===o)return e.map(e=>r.stringFromBytes(e));if("UINT_64"===a||"INTEGER"===B?.type&&64===B.bitWidth&&!B.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);const t=u?new Array(e.length):new BigUint64Array(e.length);for(let n=0;n<t.length;n++)t[n]=e[n];return t}if("UINT_32"===a||"INTEGER"===B?.type&&32===B.bitWidth&&!B.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);const t=u?new Array(e.length):new Uint32Array(e.length);for(let n=0;n<t.length;n++)t[n]=e[n]<0?4294967296+e[n]:e[n];return t}if("FLOAT16"===B?.type)return Array.from(e).map(f);if("TIMESTAMP"===B?.type){const{unit:t}=B;let n=r.timestampFromMilliseconds;"MICROS"===t&&(n=r.timestampFromMicroseconds),"NANOS"===t&&(n=r.timestampFromNanoseconds);const s=new Array(e.length);for(let t=0;t<s.length;t++)s[t]=n(e[t]);return s}return e}function h(e){if(!e.length)return 0;let t=0n;for(const n of e)t=256n*t+BigInt(n);const n=8*e.length;return t>=2n**BigInt(n-1)&&(t-=2n**BigInt(n)),Number(t)}function f(e){if(!e)return;const t=e[1]<<8|e[0],n=t>>15?-1:1,r=t>>10&31,s=1023&t;return 0===r?n*2**-14*(s/1024):31===r?s?NaN:n*(1/0):n*2**(r-15)*(1+s/1024)}},63730:(e,t,n)=>{n.d(t,{tC:()=>p,kS:()=>f,uD:()=>C});var r=n(52558);function s(e,t,n){if(n instanceof Int32Array)return void function(e,t,n){const s=(0,r.pT)(e),o=(0,r.pT)(e);(0,r.pT)(e);let a=(0,r.fN)(e),B=0;n[B++]=a;const u=s/o,{view:c}=e;for(;B<t;){const r=i(e),s=e.offset;let l=s+o;for(let e=0;e<o&&B<t;e++){const i=c.getUint8(s+e),o=l+u*i/8;let h=0;for(let e=0;e<u&&B<t;e++){let e=0,t=0;for(;t<i;){const n=Math.min(8-h,i-t);t<32&&(e|=(c.getUint8(l)>>>h&(1<<n)-1)<<t),t+=n,h+=n,8===h&&(h=0,l++)}a=a+r+e|0,n[B++]=a}l=o}e.offset=l}}(e,t,n);const s=(0,r.pT)(e),o=(0,r.pT)(e);(0,r.pT)(e);let a=(0,r.GD)(e),B=0;n[B++]=a;const u=s/o;for(;B<t;){const s=(0,r.GD)(e),i=new Uint8Array(o);for(let t=0;t<o;t++)i[t]=e.view.getUint8(e.offset++);for(let r=0;r<o&&B<t;r++){const o=i[r];if(o){let r=0,i=u;const c=(1n<<BigInt(o))-1n;for(;i&&B<t;){let t=BigInt(e.view.getUint32(e.offset,!0)>>>r)&c;for(r+=o;r>=32;)r-=32,e.offset+=4,r&&(t|=BigInt(e.view.getUint32(e.offset,!0))<<BigInt(o-r)&c);a+=s+t,n[B++]=a,i--}i&&(e.offset+=Math.ceil((i*o+r)/8))}else for(let e=0;e<u&&B<t;e++)a+=s,n[B++]=a}}}function i(e){const t=e.offset,n=(0,r.pT)(e);return(n>>>1|(e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0)<<31)^-(1&n)}function o(e,t,n){const r=new Int32Array(t);s(e,t,r);for(let s=0;s<t;s++)n[s]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r[s]),e.offset+=r[s]}function a(e,t,n){const r=new Int32Array(t);s(e,t,r);const i=new Int32Array(t);s(e,t,i);for(let s=0;s<t;s++){const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i[s]);r[s]?(n[s]=new Uint8Array(r[s]+i[s]),n[s].set(n[s-1].subarray(0,r[s])),n[s].set(t,r[s])):n[s]=t,e.offset+=i[s]}}var B=n(23448),u=n(74809),c=n(28286);const l=[0,255,65535,16777215,4294967295];function h(e,t,n,r,s){for(let i=0;i<s;i++)n[r+i]=e[t+i]}function f(e,t,{type:n,element:r,schemaPath:i}){const l=new DataView(e.buffer,e.byteOffset,e.byteLength),h={view:l,offset:0};let f;const p=function(e,t,n){if(n.length>1){const r=(0,c.qt)(n);if(r){const n=new Array(t.num_values);return(0,B.z)(e,d(r),n),n}}return[]}(h,t,i),{definitionLevels:C,numNulls:g}=function(e,t,n){const r=(0,c.mM)(n);if(!r)return{definitionLevels:[],numNulls:0};const s=new Array(t.num_values);(0,B.z)(e,d(r),s);let i=t.num_values;for(const e of s)e===r&&i--;0===i&&(s.length=0);return{definitionLevels:s,numNulls:i}}(h,t,i),m=t.num_values-g;if("PLAIN"===t.encoding)f=(0,u.r)(h,n,m,r.type_length);else if("PLAIN_DICTIONARY"===t.encoding||"RLE_DICTIONARY"===t.encoding||"RLE"===t.encoding){const e="BOOLEAN"===n?1:l.getUint8(h.offset++);e?(f=new Array(m),"BOOLEAN"===n?((0,B.z)(h,e,f),f=f.map(e=>!!e)):(0,B.z)(h,e,f,l.byteLength-h.offset)):f=new Uint8Array(m)}else if("BYTE_STREAM_SPLIT"===t.encoding)f=(0,B.L)(h,m,n,r.type_length);else if("DELTA_BINARY_PACKED"===t.encoding){f="INT32"===n?new Int32Array(m):new BigInt64Array(m),s(h,m,f)}else if("DELTA_LENGTH_BYTE_ARRAY"===t.encoding)f=new Array(m),o(h,m,f);else{if("DELTA_BYTE_ARRAY"!==t.encoding)throw new Error(`parquet unsupported encoding: ${t.encoding}`);f=new Array(m),a(h,m,f)}return{definitionLevels:C,repetitionLevels:p,dataPage:f}}function p(e,t,n,r){let s;const i=r?.[n];if("UNCOMPRESSED"===n)s=e;else if(i)s=i(e,t);else{if("SNAPPY"!==n)throw new Error(`parquet unsupported compression codec: ${n}`);s=new Uint8Array(t),function(e,t){const n=e.byteLength,r=t.byteLength;let s=0,i=0;for(;s<n;){const t=e[s];if(s++,t<128)break}if(r&&s>=n)throw new Error("invalid snappy length header");for(;s<n;){const r=e[s];let o=0;if(s++,s>=n)throw new Error("missing eof marker");if(3&r){let a=0;switch(3&r){case 1:o=4+(r>>>2&7),a=e[s]+(r>>>5<<8),s++;break;case 2:if(n<=s+1)throw new Error("snappy error end of input");o=(r>>>2)+1,a=e[s]+(e[s+1]<<8),s+=2;break;case 3:if(n<=s+3)throw new Error("snappy error end of input");o=(r>>>2)+1,a=e[s]+(e[s+1]<<8)+(e[s+2]<<16)+(e[s+3]<<24),s+=4}if(0===a||isNaN(a))throw new Error(`invalid offset ${a} pos ${s} inputLength ${n}`);if(a>i)throw new Error("cannot copy from before start of buffer");h(t,i-a,t,i,o),i+=o}else{let o=(r>>>2)+1;if(o>60){if(s+3>=n)throw new Error("snappy error literal pos + 3 >= inputLength");const t=o-60;o=e[s]+(e[s+1]<<8)+(e[s+2]<<16)+(e[s+3]<<24),o=1+(o&l[t]),s+=t}if(s+o>n)throw new Error("snappy error literal exceeds input length");h(e,s,t,i,o),s+=o,i+=o}}if(i!==r)throw new Error("premature end of input")}(e,s)}if(s?.length!==t)throw new Error(`parquet decompressed page length ${s?.length} does not match header ${t}`);return s}function C(e,t,n){const r={view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0},{type:i,element:l,schemaPath:h,codec:f,compressors:C}=n,g=t.data_page_header_v2;if(!g)throw new Error("parquet data page header v2 is undefined");const m=function(e,t,n){const r=(0,c.qt)(n);if(!r)return[];const s=new Array(t.num_values);return(0,B.z)(e,d(r),s,t.repetition_levels_byte_length),s}(r,g,h);r.offset=g.repetition_levels_byte_length;const D=function(e,t,n){const r=(0,c.mM)(n);if(r){const n=new Array(t.num_values);return(0,B.z)(e,d(r),n,t.definition_levels_byte_length),n}}(r,g,h),E=t.uncompressed_page_size-g.definition_levels_byte_length-g.repetition_levels_byte_length;let y=e.subarray(r.offset);!1!==g.is_compressed&&(y=p(y,E,f,C));const A=new DataView(y.buffer,y.byteOffset,y.byteLength),b={view:A,offset:0};let w;const v=g.num_values-g.num_nulls;if("PLAIN"===g.encoding)w=(0,u.r)(b,i,v,l.type_length);else if("RLE"===g.encoding)w=new Array(v),(0,B.z)(b,1,w),w=w.map(e=>!!e);else if("PLAIN_DICTIONARY"===g.encoding||"RLE_DICTIONARY"===g.encoding){const e=A.getUint8(b.offset++);w=new Array(v),(0,B.z)(b,e,w,E-1)}else if("DELTA_BINARY_PACKED"===g.encoding){w="INT32"===i?new Int32Array(v):new BigInt64Array(v),s(b,v,w)}else if("DELTA_LENGTH_BYTE_ARRAY"===g.encoding)w=new Array(v),o(b,v,w);else if("DELTA_BYTE_ARRAY"===g.encoding)w=new Array(v),a(b,v,w);else{if("BYTE_STREAM_SPLIT"!==g.encoding)throw new Error(`parquet unsupported encoding: ${g.encoding}`);w=(0,B.L)(b,v,i,l.type_length)}return{definitionLevels:D,repetitionLevels:m,dataPage:w}}function d(e){return 32-Math.clz32(e)}},23448:(e,t,n)=>{n.d(t,{L:()=>a,z:()=>s});var r=n(52558);function s(e,t,n,s){void 0===s&&(s=e.view.getUint32(e.offset,!0),e.offset+=4);const a=e.offset;let B=0;for(;B<n.length;){const s=(0,r.pT)(e);if(1&s)B=o(e,s,t,n,B);else{const r=s>>>1;i(e,r,t,n,B),B+=r}}e.offset=a+s}function i(e,t,n,r,s){const i=n+7>>3;let o=0;for(let t=0;t<i;t++)o|=e.view.getUint8(e.offset++)<<(t<<3);for(let e=0;e<t;e++)r[s+e]=o}function o(e,t,n,r,s){let i=t>>1<<3;const o=(1<<n)-1;let a=0;if(e.offset<e.view.byteLength)a=e.view.getUint8(e.offset++);else if(o)throw new Error(`parquet bitpack offset ${e.offset} out of range`);let B=8,u=0;for(;i;)u>8?(u-=8,B-=8,a>>>=8):B-u<n?(a|=e.view.getUint8(e.offset)<<B,e.offset++,B+=8):(s<r.length&&(r[s++]=a>>u&o),i--,u+=n);return s}function a(e,t,n,r){const s=function(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}(n,r),i=new Uint8Array(t*s);for(let n=0;n<s;n++)for(let r=0;r<t;r++)i[r*s+n]=e.view.getUint8(e.offset++);if("FLOAT"===n)return new Float32Array(i.buffer);if("DOUBLE"===n)return new Float64Array(i.buffer);if("INT32"===n)return new Int32Array(i.buffer);if("INT64"===n)return new BigInt64Array(i.buffer);if("FIXED_LEN_BYTE_ARRAY"===n){const e=new Array(t);for(let n=0;n<t;n++)e[n]=i.subarray(n*s,(n+1)*s);return e}throw new Error(`parquet byte_stream_split unsupported type: ${n}`)}},96367:(e,t,n)=>{n.d(t,{FS:()=>d,Ei:()=>c,YR:()=>h});var r=n(40312),s=n(69234),i=n(28286),o=n(52558);const a=1<<19,B=new TextDecoder;function u(e){return e&&B.decode(e)}async function c(e,{parsers:t,initialFetchSize:n=a,geoparquet:r=!0}={}){if(!(e&&e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const s=Math.max(0,e.byteLength-n),i=await e.slice(s,e.byteLength),o=new DataView(i);if(827474256!==o.getUint32(i.byteLength-4,!0))throw new Error("parquet file invalid (footer != PAR1)");const B=o.getUint32(i.byteLength-8,!0);if(B>e.byteLength-8)throw new Error(`parquet metadata length ${B} exceeds available buffer ${e.byteLength-8}`);if(B+8>n){const n=e.byteLength-B-8,o=await e.slice(n,s),a=new ArrayBuffer(B+8),u=new Uint8Array(a);return u.set(new Uint8Array(o)),u.set(new Uint8Array(i),s-n),l(a,{parsers:t,geoparquet:r})}return l(i,{parsers:t,geoparquet:r})}function l(e,{parsers:t,geoparquet:n=!0}={}){let i;if(e instanceof ArrayBuffer)i=new DataView(e);else{if(!(e instanceof Uint8Array))throw new Error("parquet expected ArrayBuffer or Uint8Array");i=new DataView(e.buffer,e.byteOffset,e.byteLength)}const a={...s.Rc,...t};if(i.byteLength<8)throw new Error("parquet file is too short");if(827474256!==i.getUint32(i.byteLength-4,!0))throw new Error("parquet file invalid (footer != PAR1)");const B=i.byteLength-8,c=i.getUint32(B,!0);if(c>i.byteLength-8)throw new Error(`parquet metadata length ${c} exceeds available buffer ${i.byteLength-8}`);const l={view:i,offset:B-c},h=(0,o.Tn)(l),p=h.field_1,d=h.field_2.map(e=>({type:r.CE[e.field_1],type_length:e.field_2,repetition_type:r.Nw[e.field_3],name:u(e.field_4),num_children:e.field_5,converted_type:r.gQ[e.field_6],scale:e.field_7,precision:e.field_8,field_id:e.field_9,logical_type:f(e.field_10)})),g=d.filter(e=>e.type),m=h.field_3,D=h.field_4.map(e=>({columns:e.field_1.map((e,t)=>({file_path:u(e.field_1),file_offset:e.field_2,meta_data:e.field_3&&{type:r.CE[e.field_3.field_1],encodings:e.field_3.field_2?.map(e=>r.p6[e]),path_in_schema:e.field_3.field_3.map(u),codec:r.IE[e.field_3.field_4],num_values:e.field_3.field_5,total_uncompressed_size:e.field_3.field_6,total_compressed_size:e.field_3.field_7,key_value_metadata:e.field_3.field_8?.map(e=>({key:u(e.field_1),value:u(e.field_2)})),data_page_offset:e.field_3.field_9,index_page_offset:e.field_3.field_10,dictionary_page_offset:e.field_3.field_11,statistics:C(e.field_3.field_12,g[t],a),encoding_stats:e.field_3.field_13?.map(e=>({page_type:r.P2[e.field_1],encoding:r.p6[e.field_2],count:e.field_3})),bloom_filter_offset:e.field_3.field_14,bloom_filter_length:e.field_3.field_15,size_statistics:e.field_3.field_16&&{unencoded_byte_array_data_bytes:e.field_3.field_16.field_1,repetition_level_histogram:e.field_3.field_16.field_2,definition_level_histogram:e.field_3.field_16.field_3},geospatial_statistics:e.field_3.field_17&&{bbox:e.field_3.field_17.field_1&&{xmin:e.field_3.field_17.field_1.field_1,xmax:e.field_3.field_17.field_1.field_2,ymin:e.field_3.field_17.field_1.field_3,ymax:e.field_3.field_17.field_1.field_4,zmin:e.field_3.field_17.field_1.field_5,zmax:e.field_3.field_17.field_1.field_6,mmin:e.field_3.field_17.field_1.field_7,mmax:e.field_3.field_17.field_1.field_8},geospatial_types:e.field_3.field_17.field_2}},offset_index_offset:e.field_4,offset_index_length:e.field_5,column_index_offset:e.field_6,column_index_length:e.field_7,crypto_metadata:e.field_8,encrypted_column_metadata:e.field_9})),total_byte_size:e.field_2,num_rows:e.field_3,sorting_columns:e.field_4?.map(e=>({column_idx:e.field_1,descending:e.field_2,nulls_first:e.field_3})),file_offset:e.field_5,total_compressed_size:e.field_6,ordinal:e.field_7})),E=h.field_5?.map(e=>({key:u(e.field_1),value:u(e.field_2)})),y=u(h.field_6);return n&&function(e,t){const n=new Map,r=t?.find(({key:e})=>"geo"===e)?.value,s=(r&&JSON.parse(r)?.columns)??{};for(const[e,t]of Object.entries(s)){if("WKB"!==t.encoding)continue;const r="spherical"===t.edges?"GEOGRAPHY":"GEOMETRY",s=t.crs?.id??t.crs?.ids?.[0],i=s?`${s.authority}:${s.code.toString()}`:void 0;n.set(e,{type:r,crs:i})}for(let t=1;t<e.length;t++){const{logical_type:r,name:s,num_children:i,type:o}=e[t];i?t+=i:"BYTE_ARRAY"!==o||r||(e[t].logical_type=n.get(s))}}(d,E),{version:p,schema:d,num_rows:m,row_groups:D,key_value_metadata:E,created_by:y,metadata_length:c}}function h({schema:e}){return(0,i.Dy)(e,[])[0]}function f(e){return e?.field_1?{type:"STRING"}:e?.field_2?{type:"MAP"}:e?.field_3?{type:"LIST"}:e?.field_4?{type:"ENUM"}:e?.field_5?{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2}:e?.field_6?{type:"DATE"}:e?.field_7?{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:p(e.field_7.field_2)}:e?.field_8?{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:p(e.field_8.field_2)}:e?.field_10?{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2}:e?.field_11?{type:"NULL"}:e?.field_12?{type:"JSON"}:e?.field_13?{type:"BSON"}:e?.field_14?{type:"UUID"}:e?.field_15?{type:"FLOAT16"}:e?.field_16?{type:"VARIANT",specification_version:e.field_16.field_1}:e?.field_17?{type:"GEOMETRY",crs:u(e.field_17.field_1)}:e?.field_18?{type:"GEOGRAPHY",crs:u(e.field_18.field_1),algorithm:r.I7[e.field_18.field_2]}:e}function p(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function C(e,t,n){return e&&{max:d(e.field_1,t,n),min:d(e.field_2,t,n),null_count:e.field_3,distinct_count:e.field_4,max_value:d(e.field_5,t,n),min_value:d(e.field_6,t,n),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function d(e,t,n){const{type:r,converted_type:i,logical_type:o}=t;if(void 0===e)return e;if("BOOLEAN"===r)return 1===e[0];if("BYTE_ARRAY"===r)return n.stringFromBytes(e);const a=new DataView(e.buffer,e.byteOffset,e.byteLength);if("FLOAT"===r&&4===a.byteLength)return a.getFloat32(0,!0);if("DOUBLE"===r&&8===a.byteLength)return a.getFloat64(0,!0);if("INT32"===r&&"DECIMAL"===i&&4===a.byteLength)return a.getInt32(0,!0)*10**-(t.scale||0);if("INT64"===r&&"DECIMAL"===i&&8===a.byteLength)return Number(a.getBigInt64(0,!0))*10**-(t.scale||0);if("INT32"===r&&"DATE"===i)return n.dateFromDays(a.getInt32(0,!0));if("INT64"===r&&"TIMESTAMP_MILLIS"===i)return n.timestampFromMilliseconds(a.getBigInt64(0,!0));if("INT64"===r&&"TIMESTAMP_MICROS"===i)return n.timestampFromMicroseconds(a.getBigInt64(0,!0));if("INT64"===r&&"TIMESTAMP"===o?.type&&"NANOS"===o?.unit)return n.timestampFromNanoseconds(a.getBigInt64(0,!0));if("INT64"===r&&"TIMESTAMP"===o?.type&&"MICROS"===o?.unit)return n.timestampFromMicroseconds(a.getBigInt64(0,!0));if("INT64"===r&&"TIMESTAMP"===o?.type)return n.timestampFromMilliseconds(a.getBigInt64(0,!0));const B=i?.startsWith("UINT_")||"INTEGER"===o?.type&&!o.isSigned;return"INT32"===r&&B&&4===a.byteLength?a.getUint32(0,!0):"INT64"===r&&B&&8===a.byteLength?a.getBigUint64(0,!0):"INT32"===r&&4===a.byteLength?a.getInt32(0,!0):"INT64"===r&&8===a.byteLength?a.getBigInt64(0,!0):"DECIMAL"===i?(0,s.$Q)(e)*10**-(t.scale||0):"FLOAT16"===o?.type?(0,s.dq)(e):"UUID"===o?.type?n.uuidFromBytes(e):e}},74809:(e,t,n)=>{function r(e,t,n,r){if(0===n)return[];if("BOOLEAN"===t)return function(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.offset+(r/8|0),s=r%8,i=e.view.getUint8(t);n[r]=!!(i&1<<s)}return e.offset+=Math.ceil(t/8),n}(e,n);if("INT32"===t)return function(e,t){const n=(e.view.byteOffset+e.offset)%4?new Int32Array(s(e.view.buffer,e.view.byteOffset+e.offset,4*t)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=4*t,n}(e,n);if("INT64"===t)return function(e,t){const n=(e.view.byteOffset+e.offset)%8?new BigInt64Array(s(e.view.buffer,e.view.byteOffset+e.offset,8*t)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=8*t,n}(e,n);if("INT96"===t)return function(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getBigInt64(e.offset+12*r,!0),s=e.view.getInt32(e.offset+12*r+8,!0);n[r]=BigInt(s)<<64n|t}return e.offset+=12*t,n}(e,n);if("FLOAT"===t)return function(e,t){const n=(e.view.byteOffset+e.offset)%4?new Float32Array(s(e.view.buffer,e.view.byteOffset+e.offset,4*t)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=4*t,n}(e,n);if("DOUBLE"===t)return function(e,t){const n=(e.view.byteOffset+e.offset)%8?new Float64Array(s(e.view.buffer,e.view.byteOffset+e.offset,8*t)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=8*t,n}(e,n);if("BYTE_ARRAY"===t)return function(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getUint32(e.offset,!0);e.offset+=4,n[r]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t),e.offset+=t}return n}(e,n);if("FIXED_LEN_BYTE_ARRAY"===t){if(!r)throw new Error("parquet missing fixed length");return function(e,t,n){const r=new Array(t);for(let s=0;s<t;s++)r[s]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n),e.offset+=n;return r}(e,n,r)}throw new Error(`parquet unhandled type: ${t}`)}function s(e,t,n){const r=new ArrayBuffer(n);return new Uint8Array(r).set(new Uint8Array(e,t,n)),r}n.d(t,{r:()=>r})},27992:(e,t,n)=>{n.d(t,{bA:()=>ae});var r=n(52558);const s=0xffffffffffffffffn,i=0x9e3779b185ebca87n,o=0xc2b2ae3d27d4eb4fn,a=0x165667b19e3779f9n,B=0x85ebca77c2b2ae63n,u=0x27d4eb2f165667c5n;function c(e,t){return(e<<t|e>>64n-t)&s}function l(e,t){return(e=c(e=e+t*o&s,31n))*i&s}function h(e,t){return(e^=l(0n,t))*i+B&s}function f(e,t=0n){const n=new DataView(e.buffer,e.byteOffset,e.byteLength),r=e.byteLength;let f,p=0;if(r>=32){let e=t+i+o&s,a=t+o&s,B=t,u=t-i&s;for(;p+32<=r;)e=l(e,n.getBigUint64(p,!0)),p+=8,a=l(a,n.getBigUint64(p,!0)),p+=8,B=l(B,n.getBigUint64(p,!0)),p+=8,u=l(u,n.getBigUint64(p,!0)),p+=8;f=c(e,1n)+c(a,7n)+c(B,12n)+c(u,18n)&s,f=h(f,e),f=h(f,a),f=h(f,B),f=h(f,u)}else f=t+u&s;for(f=f+BigInt(r)&s;p+8<=r;)f^=l(0n,n.getBigUint64(p,!0)),f=c(f,27n)*i+B&s,p+=8;for(p+4<=r&&(f^=BigInt(n.getUint32(p,!0))*i&s,f=c(f,23n)*o+a&s,p+=4);p<r;)f^=BigInt(n.getUint8(p))*u&s,f=c(f,11n)*i&s,p+=1;return f^=f>>33n,f=f*o&s,f^=f>>29n,f=f*a&s,f^=f>>32n,f}const p=new TextEncoder,C=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function d(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function g(e){const t=new Uint32Array(8),n=0|Number(0xffffffffn&e);for(let e=0;e<8;e++)t[e]=1<<(Math.imul(n,C[e])>>>27);return t}function m(e,t){const n=d(t,e.length>>3)<<3,r=g(t);for(let t=0;t<8;t++)if(0===(e[n+t]&r[t]))return!1;return!0}function D(e){const t=(0,r.Tn)(e),n=t.field_1;if("number"!=typeof n||n<=0||n%32!=0)return;if(!t.field_2?.field_1)return;if(!t.field_3?.field_1)return;if(!t.field_4?.field_1)return;const{view:s,offset:i}=e;if(i+n>s.byteLength)throw new Error(`parquet bloom filter truncated: need ${n} bytes, have ${s.byteLength-i}`);const o=new Uint32Array(n>>2);for(let e=0;e<o.length;e++)o[e]=s.getUint32(i+4*e,!0);return e.offset=i+n,{numBytes:n,blocks:o}}function E(e,t){if(null==e)return;const{type:n,converted_type:r,logical_type:s}=t;if("BOOLEAN"===n){if("boolean"!=typeof e)return;return f(new Uint8Array([e?1:0]))}if("FLOAT"===n){if("number"!=typeof e)return;const t=new ArrayBuffer(4);return new DataView(t).setFloat32(0,e,!0),f(new Uint8Array(t))}if("DOUBLE"===n){if("number"!=typeof e)return;const t=new ArrayBuffer(8);return new DataView(t).setFloat64(0,e,!0),f(new Uint8Array(t))}if("INT32"===n){if("DATE"===r||"DECIMAL"===r||"TIME_MILLIS"===r)return;if("DATE"===s?.type||"TIME"===s?.type||"DECIMAL"===s?.type)return;if("number"!=typeof e||!Number.isInteger(e))return;const t=new ArrayBuffer(4);return new DataView(t).setInt32(0,0|e,!0),f(new Uint8Array(t))}if("INT64"===n){if("TIMESTAMP_MILLIS"===r||"TIMESTAMP_MICROS"===r)return;if("TIME_MICROS"===r||"DECIMAL"===r)return;if("TIMESTAMP"===s?.type||"TIME"===s?.type||"DECIMAL"===s?.type)return;let t;if("bigint"==typeof e)t=e;else{if("number"!=typeof e||!Number.isSafeInteger(e))return;t=BigInt(e)}const n=new ArrayBuffer(8);return new DataView(n).setBigUint64(0,BigInt.asUintN(64,t),!0),f(new Uint8Array(n))}if("BYTE_ARRAY"===n){if("JSON"===r||"BSON"===r||"DECIMAL"===r)return;if("JSON"===s?.type||"BSON"===s?.type||"VARIANT"===s?.type)return;if("GEOMETRY"===s?.type||"GEOGRAPHY"===s?.type)return;return"string"==typeof e?f(p.encode(e)):e instanceof Uint8Array?f(e):void 0}if("FIXED_LEN_BYTE_ARRAY"===n){if("DECIMAL"===r||"INTERVAL"===r)return;if("DECIMAL"===s?.type||"UUID"===s?.type||"FLOAT16"===s?.type)return;if("GEOMETRY"===s?.type||"GEOGRAPHY"===s?.type)return;return e instanceof Uint8Array?f(e):void 0}}function y(e){const t=new Set;return A(e,t),t}function A(e,t){if(e)if("$and"in e&&Array.isArray(e.$and))for(const n of e.$and)A(n,t);else if("$or"in e&&Array.isArray(e.$or))for(const n of e.$or)A(n,t);else if(!("$nor"in e))for(const[n,r]of Object.entries(e))n.startsWith("$")||("object"!=typeof r||null===r||Array.isArray(r)||"$eq"in r||"$in"in r)&&t.add(n)}function b(e,t){for(let n=0;n<t.length;n+=1e4)e.push(...t.slice(n,n+1e4))}function w(e,t,n=!0){if(n?e===t:e==t)return!0;if(!e||!t||"object"!=typeof e||"object"!=typeof t)return!1;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return!1;for(let n=0;n<e.length;n++)if(e[n]!==t[n])return!1;return!0}if(e instanceof Date||t instanceof Date)return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime();if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return!1;for(let r=0;r<e.length;r++)if(!w(e[r],t[r],n))return!1;return!0}const r=Object.keys(e);if(r.length!==Object.keys(t).length)return!1;for(const s of r)if(!w(e[s],t[s],n))return!1;return!0}function v(e){if(!e)return[];if(1===e.length)return e[0];const t=[];for(const n of e)b(t,n);return t}const I=new TextEncoder;function F(e){if(!e)return[];const t=[];return"$and"in e&&Array.isArray(e.$and)?t.push(...e.$and.flatMap(F)):"$or"in e&&Array.isArray(e.$or)?t.push(...e.$or.flatMap(F)):"$nor"in e&&Array.isArray(e.$nor)?t.push(...e.$nor.flatMap(F)):t.push(...Object.keys(e)),[...new Set(t)]}function O(e){return[...new Set(F(e).map(e=>e.split(".")[0]))]}function _(e,t,n=!0){return"$and"in t&&Array.isArray(t.$and)?t.$and.every(t=>_(e,t,n)):"$or"in t&&Array.isArray(t.$or)?t.$or.some(t=>_(e,t,n)):"$nor"in t&&Array.isArray(t.$nor)?!t.$nor.some(t=>_(e,t,n)):Object.entries(t).every(([t,r])=>{const s=function(e,t){let n=e;for(const e of t.split("."))n=n?.[e];return n}(e,t);return"object"!=typeof r||null===r||Array.isArray(r)?w(s,r,n):Object.entries(r||{}).every(([e,t])=>"$gt"===e?null!=s&&s>t:"$gte"===e?null!=s&&s>=t:"$lt"===e?null!=s&&s<t:"$lte"===e?null!=s&&s<=t:"$eq"===e?w(s,t,n):"$ne"===e?!w(s,t,n):"$in"===e?Array.isArray(t)&&N(s,t,n):"$nin"===e?Array.isArray(t)&&!N(s,t,n):"$not"!==e||!_({value:s},{value:t},n))})}function N(e,t,n){return t.some(t=>w(e,t,n)||Array.isArray(e)&&e.some(e=>w(e,t,n)))}function S({rowGroup:e,physicalColumns:t,filter:n,strict:r=!0,bloomFilters:s,schemaElements:i}){if(!n)return!1;if("$and"in n&&Array.isArray(n.$and))return n.$and.some(n=>S({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:s,schemaElements:i}));if("$or"in n&&Array.isArray(n.$or))return n.$or.every(n=>S({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:s,schemaElements:i}));if("$nor"in n&&Array.isArray(n.$nor))return!1;for(const[o,a]of Object.entries(n)){const n=t.indexOf(o);if(-1===n)continue;const B=e.columns[n].meta_data?.statistics,{min:u,max:c,min_value:l,max_value:h,null_count:f}=B||{},p=void 0!==l?l:u,C=void 0!==h?h:c,d=void 0!==p&&void 0!==C,g=s?.[o],D=i?.[o],y=_({value:null},{value:a},r)&&(void 0===f||f>0);if(d&&!y&&T(a,p,C,r,D))return!0;for(const[e,t]of Object.entries(a||{}))if(g&&D){if("$eq"===e){const e=E(t,D);if(void 0!==e&&!m(g.blocks,e))return!0}if("$in"===e&&Array.isArray(t)&&t.length>0){let e=!0;for(const n of t){const t=E(n,D);if(void 0===t||m(g.blocks,t)){e=!1;break}}if(e)return!0}}}return!1}function T(e,t,n,r,s){if(void 0===t||void 0===n)return!1;const i="FLOAT"===s?.type||"DOUBLE"===s?.type||"FLOAT16"===s?.logical_type?.type;for(const[o,a]of Object.entries(e||{})){const e=x(t,a,r,s),B=x(n,a,r,s),u=!(t instanceof Uint8Array||n instanceof Uint8Array)&&("BYTE_ARRAY"!==s?.type||"string"==typeof a&&[...a].every(e=>e.charCodeAt(0)<=127));if("$gt"===o&&u&&void 0!==B&&B<=0)return!0;if("$gte"===o&&u&&void 0!==B&&B<0)return!0;if("$lt"===o&&u&&void 0!==e&&e>=0)return!0;if("$lte"===o&&u&&void 0!==e&&e>0)return!0;if("$eq"===o){const e=x(a,t,r,s),i=x(a,n,r,s);if(void 0!==e&&e<0||void 0!==i&&i>0)return!0}if("$ne"===o&&!i&&w(t,n,r)&&w(t,a,r))return!0;if("$in"===o&&Array.isArray(a)&&a.every(e=>{const i=x(e,t,r,s),o=x(e,n,r,s);return void 0!==i&&i<0||void 0!==o&&o>0}))return!0;if("$nin"===o&&!i&&Array.isArray(a)&&w(t,n,r)&&a.some(e=>w(t,e,r)))return!0}return!1}function x(e,t,n,r){if("BYTE_ARRAY"===r?.type){if("string"!=typeof e||"string"!=typeof t)return;return L(I.encode(e),I.encode(t))}if(e instanceof Uint8Array||t instanceof Uint8Array){if(!(e instanceof Uint8Array&&t instanceof Uint8Array))return;return L(e,t)}return e<t?-1:e>t?1:w(e,t,n)?0:void 0}function L(e,t){const n=Math.min(e.length,t.length);for(let r=0;r<n;r++){if(e[r]<t[r])return-1;if(e[r]>t[r])return 1}return e.length<t.length?-1:e.length>t.length?1:0}function k(e,t){return _({value:null},{value:e},t)}function R(e,t,n,r=!0){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){let s;for(const i of e.$and)s=P(s,R(i,t,n,r));return s}if("$or"in e&&Array.isArray(e.$or)){let s=[];for(const i of e.$or){const e=R(i,t,n,r);if(!e)return;s=G(s,e)}return s}if("$nor"in e&&Array.isArray(e.$nor))return;let s;for(const[i,o]of Object.entries(e)){const e=t[i];if(!e)continue;const a=k(o,r),B=[];for(let t=0;t<e.pageStarts.length;t++){const s=e.pageStarts[t],i=t+1<e.pageStarts.length?e.pageStarts[t+1]:n,u=e.nullCounts?.[t],c=a&&(void 0===u||u>0);if(!(!e.nullPages[t]&&!c&&T(o,e.minValues[t],e.maxValues[t],r,e.element))){const e=B[B.length-1];e&&e[1]===s?e[1]=i:B.push([s,i])}}s=P(s,B)}return s}function P(e,t){if(!e)return t;if(!t)return e;const n=[];let r=0,s=0;for(;r<e.length&&s<t.length;){const i=Math.max(e[r][0],t[s][0]),o=Math.min(e[r][1],t[s][1]);i<o&&n.push([i,o]),e[r][1]<t[s][1]?r++:s++}return n}function G(e,t){const n=[];let r=0,s=0;for(;r<e.length||s<t.length;){const i=s>=t.length||r<e.length&&e[r][0]<=t[s][0]?e[r++]:t[s++],o=n[n.length-1];o&&i[0]<=o[1]?o[1]=Math.max(o[1],i[1]):n.push([i[0],i[1]])}return n}var M=n(96367),H=n(95573),U=n(16167),j=n(69234),J=n(40312);function z(e,t,n=void 0){const s={...j.Rc,...n},i=(0,r.Tn)(e);return{null_pages:i.field_1,min_values:i.field_2.map(e=>(0,M.FS)(e,t,s)),max_values:i.field_3.map(e=>(0,M.FS)(e,t,s)),boundary_order:J.UQ[i.field_4],null_counts:i.field_5,repetition_level_histograms:i.field_6,definition_level_histograms:i.field_7}}function Q(e){const t=(0,r.Tn)(e);return{page_locations:t.field_1.map(e=>({offset:e.field_1,compressed_page_size:e.field_2,first_row_index:e.field_3})),unencoded_byte_array_data_bytes:t.field_2}}var q=n(28286);async function Y(e,t,n,r,s){const{data_page_offset:i,dictionary_page_offset:o}=n.columnMetadata,{selectStart:a,selectEnd:B}=t;let{startByte:u,endByte:c}=n.range,l=-1;const h=o||i<r[0].offset;for(let e=0;e<r.length;e++){const n=r[e],s=Number(n.first_row_index),i=e+1<r.length?Number(r[e+1].first_row_index):t.groupRows;l<0&&i>a&&(u=Number(n.offset),l=s),s<B&&(c=Number(n.offset)+n.compressed_page_size)}let f;if(l<0&&(l=0),h&&l){const t=Number(r[0].offset)-n.range.startByte,[s,i]=await Promise.all([e.file.slice(n.range.startByte,Number(r[0].offset)),e.file.slice(u,c)]),o=new Uint8Array(t+i.byteLength);o.set(new Uint8Array(s,0,t)),o.set(new Uint8Array(i),t),f=new DataView(o.buffer)}else f=h?new DataView(await e.file.slice(n.range.startByte,c)):new DataView(await e.file.slice(u,c));const p={view:f,offset:0},C=l?{...t,groupStart:t.groupStart+l,selectStart:t.selectStart-l,selectEnd:t.selectEnd-l}:t,{data:d,skipped:g}=(0,U.JB)(p,C,s,e.onPage);return{data:d,skipped:l+g}}async function K({asyncColumns:e},t,n,r,s){const i=await Promise.all(e.map(e=>e.data.then(({skipped:e,data:t})=>({skipped:e,data:v(t)})))),o=n-t;if("object"===s){const n=Array(o);for(let r=0;r<o;r++){const s={};for(let n=0;n<e.length;n++){const{data:o,skipped:a}=i[n];s[e[n].pathInSchema[0]]=o[t+r-a]}n[r]=s}return n}const a=e.map(e=>e.pathInSchema[0]).filter(e=>!r||r.includes(e)),B=r??a,u=B.map(t=>e.findIndex(e=>e.pathInSchema[0]===t)),c=Array(o);for(let n=0;n<o;n++){const r=Array(e.length);for(let e=0;e<B.length;e++){const s=u[e];if(s<0)throw new Error(`parquet column not found: ${B[e]}`);const{data:o,skipped:a}=i[s];r[e]=o[t+n-a]}c[n]=r}return c}const V=1<<21,W=8192;function Z(e){const{metadata:t,rowStart:n=0,columns:r,useOffsetIndex:s=!1}=e;if(!t)throw new Error("parquetPlan requires metadata");const i=[],o=[],a=[],B=function({metadata:e,rowStart:t=0,rowEnd:n=1/0,columns:r,filter:s,filterStrict:i=!0,bloomFiltersByGroup:o,schemaElements:a,pageRangesByGroup:B,pageLocationsByGroup:u}){if(!e)throw new Error("parquetPlan requires metadata");const c=(0,M.YR)(e),l=(0,q.fX)(c),h=s?{...ne(c),...a}:a,f=[];let p=0;for(let a=0;a<e.row_groups.length;a++){const c=e.row_groups[a],C=Number(c.num_rows),d=p+C;if(C>0&&d>t&&p<n&&!S({rowGroup:c,physicalColumns:l,filter:s,strict:i,bloomFilters:o?.[a],schemaElements:h})){const e=Math.max(t-p,0),s=Math.min(n-p,C),i=B?.[a],o=u?.[a];let l=i?i.map(([t,n])=>[Math.max(t,e),Math.min(n,s)]).filter(([e,t])=>e<t):[[e,s]];if(l.length>1){l=c.columns.every(e=>{const t=e.meta_data?.path_in_schema[0],n=e.meta_data?.path_in_schema.join(".");return!(!r||!t||r.includes(t))||(!(!e.offset_index_offset||!e.offset_index_length)||!(!n||!o?.[n]))})?$(l,c,r,o):[[l[0][0],l[l.length-1][1]]]}l.length&&f.push({rowGroup:c,groupIndex:a,groupStart:p,groupRows:C,ranges:l,pageRanges:i,pageLocations:o})}p=d}return{groups:f,rowEnd:isFinite(n)?n:p}}(e);for(const e of B.groups){const t=X({...e,columns:r,useOffsetIndex:s});i.push(...t.groups),o.push(...t.fetches),a.push(...t.indexes)}return o.push(...a),{metadata:t,rowStart:n,rowEnd:B.rowEnd,columns:r,fetches:o,groups:i}}function X({rowGroup:e,groupStart:t,groupRows:n,ranges:r,columns:s,useOffsetIndex:i=!1,pageRanges:o,pageLocations:a}){const B=[],u=[],c=[],l=r.length>1||r[0][0]>0||r[0][1]<n;for(const t of e.columns){const e=t.meta_data;if(t.file_path)throw new Error("parquet file_path not supported");if(!e)throw new Error("parquet column metadata is undefined");if(s&&!s.includes(e.path_in_schema[0]))continue;const n=e.dictionary_page_offset||e.data_page_offset,r=Number(n),u=Number(n+e.total_compressed_size),c=a?.[e.path_in_schema.join(".")];if(c&&l)B.push({columnMetadata:e,pageLocations:c,range:{startByte:r,endByte:u}});else if((i||o)&&t.offset_index_offset&&t.offset_index_length&&l){const r=Number(t.offset_index_offset);B.push({columnMetadata:e,offsetIndex:{startByte:r,endByte:r+t.offset_index_length},range:{startByte:Number(n),endByte:u}})}else B.push({columnMetadata:e,range:{startByte:r,endByte:u}})}const h=[];let f;for(const e of B)"pageLocations"in e||("offsetIndex"in e?c.push(e.offsetIndex):s?h.push(e.range):f&&e.range.endByte-f.startByte<=V?f.endByte=e.range.endByte:(f&&u.push(f),f={...e.range}));f&&u.push(f),u.push(...te(h,W,V));return{groups:r.map(([r,s])=>({chunks:B,rowGroup:e,groupStart:t,groupRows:n,selectStart:r,selectEnd:s})),fetches:u,indexes:c}}function $(e,t,n,r){const s=t.columns.filter(e=>!n||n.includes(e.meta_data?.path_in_schema[0]||"")).map(e=>r?.[e.meta_data?.path_in_schema.join(".")||""]),i=[];for(const n of e){const e=i[i.length-1],r=e&&s.some(r=>{if(!r)return!0;const s=ee(e,r,Number(t.num_rows)),i=ee(n,r,Number(t.num_rows));return s[0]<=i[1]&&i[0]<=s[1]});e&&r?e[1]=n[1]:i.push([...n])}return i}function ee([e,t],n,r){let s=1/0,i=-1/0;for(let o=0;o<n.length;o++){const a=Number(n[o].first_row_index);(o+1<n.length?Number(n[o+1].first_row_index):r)>e&&a<t&&(s=Math.min(s,o),i=o)}return[s,i]}function te(e,t=0,n=1/0){const r=e.map(e=>({...e})).sort((e,t)=>e.startByte-t.startByte||e.endByte-t.endByte),s=[];for(const e of r){const r=s[s.length-1];r&&e.startByte<=r.endByte+t&&Math.max(r.endByte,e.endByte)-r.startByte<=n?r.endByte=Math.max(r.endByte,e.endByte):s.push(e)}return s}function ne(e){const t={};return function e(n){if(n.children.length)for(const t of n.children)e(t);else t[n.path.join(".")]=n.element}(e),t}function re(e,{fetches:t}){const n=t.map(({startByte:t,endByte:n})=>e.slice(t,n));return{byteLength:e.byteLength,slice(r,s=e.byteLength){const i=t.findIndex(({startByte:e,endByte:t})=>e<=r&&s<=t);if(i<0)return e.slice(r,s);if(t[i].startByte!==r||t[i].endByte!==s){const e=r-t[i].startByte,o=s-t[i].startByte;return n[i]instanceof Promise?n[i].then(t=>t.slice(e,o)):n[i].slice(e,o)}return n[i]}}}async function se(e){const t=e.metadata??await(0,M.Ei)(e.file,e),n=(0,M.YR)(t).children.map(e=>e.element.name),r=O(e.filter).filter(e=>!n.includes(e));if(r.length)throw new Error(`parquet filter columns not found: ${r.join(", ")}`);if(e.columns){const t=e.columns.filter(e=>!n.includes(e));if(t.length)throw new Error(`parquet column not found: ${t[0]}`)}let s={...e,metadata:t};return s=await async function(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;const t=(0,M.YR)(e.metadata),n={};for(const e of t.children)n[e.element.name]=e.element;const r=await async function({file:e,metadata:t,filter:n,filterStrict:r=!0}){const s=t.row_groups.map(()=>({})),i=y(n);if(0===i.size)return s;const o=(0,q.fX)((0,M.YR)(t)),a=[];return t.row_groups.forEach((t,B)=>{if(!S({rowGroup:t,physicalColumns:o,filter:n,strict:r}))for(const n of i){const r=o.indexOf(n);if(-1===r)continue;const i=t.columns[r]?.meta_data;if(!i?.bloom_filter_offset||!i.bloom_filter_length)continue;const u=Number(i.bloom_filter_offset),c=u+i.bloom_filter_length;a.push((async()=>{const t=await e.slice(u,c),r=D({view:new DataView(t),offset:0});r&&(s[B][n]=r)})())}}),a.length&&await Promise.all(a),s}({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:r,schemaElements:n}}(s),s=await async function(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;const{pageRangesByGroup:t,pageLocationsByGroup:n}=await async function({file:e,metadata:t,filter:n,filterStrict:r=!0,rowStart:s=0,rowEnd:i=1/0,columns:o,bloomFiltersByGroup:a,schemaElements:B,parsers:u}){const c=t.row_groups.map(()=>{}),l=t.row_groups.map(()=>({}));if(n&&"$nor"in n&&Array.isArray(n.$nor))return{pageRangesByGroup:c,pageLocationsByGroup:l};const h=F(n);if(!h.length)return{pageRangesByGroup:c,pageLocationsByGroup:l};const f=(0,M.YR)(t),p=(0,q.fX)(f),C={...ne(f),...B},d=[],g=[],m=[];let D=0;if(t.row_groups.forEach((e,t)=>{const B=Number(e.num_rows),c=D+B,f=B>0&&c>s&&D<i;if(D=c,!f)return;if(S({rowGroup:e,physicalColumns:p,filter:n,strict:r,bloomFilters:a?.[t],schemaElements:C}))return;const E={};let y=0;const A=new Set;let b=!1;for(const n of h){const r=p.indexOf(n);if(-1===r)continue;const s=e.columns[r],i=s?.meta_data;if(!i)continue;if(!s.column_index_offset||!s.column_index_length)continue;if(!s.offset_index_offset||!s.offset_index_length)continue;const o=C[n];if(!o)continue;b=!0,A.add(n);const a=Number(s.column_index_offset),B=Number(s.offset_index_offset),c=a+s.column_index_length,h=B+s.offset_index_length;d.push({startByte:a,endByte:c},{startByte:B,endByte:h}),y++,g.push(async e=>{const[r,s]=await Promise.all([e.slice(a,c),e.slice(B,h)]),i=z({view:new DataView(r),offset:0},o,u),f=Q({view:new DataView(s),offset:0});l[t][n]=f.page_locations,E[n]={minValues:i.min_values,maxValues:i.max_values,nullPages:i.null_pages,nullCounts:i.null_counts,pageStarts:f.page_locations.map(e=>Number(e.first_row_index)),element:o}})}if(b)for(const n of e.columns){const e=n.meta_data;if(!e)continue;const r=e.path_in_schema[0],s=e.path_in_schema.join(".");if(o&&!o.includes(r))continue;if(A.has(s))continue;if(!n.offset_index_offset||!n.offset_index_length)continue;A.add(s);const i=Number(n.offset_index_offset),a=i+n.offset_index_length;d.push({startByte:i,endByte:a}),y++,g.push(async e=>{const n=await e.slice(i,a),r=Q({view:new DataView(n),offset:0});l[t][s]=r.page_locations})}y&&m.push({rgIdx:t,groupRows:B,columnPages:E})}),g.length){const t=re(e,{fetches:te(d)});await Promise.all(g.map(e=>e(t)));for(const{rgIdx:e,groupRows:t,columnPages:s}of m)c[e]=R(n,s,t,r)}return{pageRangesByGroup:c,pageLocationsByGroup:l}}({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:n}}(s),s}function ie(e,t){const n={...e,file:re(e.file,t)};return t.groups.map(e=>function(e,{metadata:t},n){const r=[],s=(0,M.YR)(t);for(const t of n.chunks){const{path_in_schema:i}=t.columnMetadata,o=(0,q.st)(s,i),a={pathInSchema:i,element:o[o.length-1].element,schemaPath:o,...e,...t.columnMetadata,parsers:{...j.Rc,...e.parsers}},{startByte:B,endByte:u}=t.range;"pageLocations"in t?r.push({pathInSchema:i,data:Y(e,n,t,t.pageLocations,a)}):"offsetIndex"in t?r.push({pathInSchema:i,data:Promise.resolve(e.file.slice(t.offsetIndex.startByte,t.offsetIndex.endByte)).then(r=>{const s=Q({view:new DataView(r),offset:0}).page_locations;return Y(e,n,t,s,a)})}):r.push({pathInSchema:i,data:Promise.resolve(e.file.slice(B,u)).then(t=>{const r={view:new DataView(t),offset:0};return(0,U.JB)(r,n,a,e.onPage)})})}return{groupStart:n.groupStart,groupRows:n.groupRows,selectStart:n.selectStart,selectEnd:n.selectEnd,asyncColumns:r}}(n,t,e))}const oe=Symbol("rowIndex");async function ae(e){e.metadata??=await(0,M.Ei)(e.file,e);const{rowStart:t=0,rowEnd:n,columns:r,onChunk:s,onComplete:i,rowFormat:o,filter:a,filterStrict:B=!0}=e;if(a&&"object"!==o)throw new Error('parquet filter requires rowFormat: "object"');if(e.includeRowIndex&&"object"!==o)throw new Error('parquet includeRowIndex requires rowFormat: "object"');const u=O(a);let c=r;if(r&&u.length){const e=new Set(r),t=u.filter(t=>!e.has(t));t.length&&(c=[...r,...t])}const l=c===r?e:{...e,columns:c},h=await async function(e){const t=await se(e);return{options:t,plan:Z(t)}}(l),f=h.options,p=c!==r,C=ie(f,h.plan);if(!i&&!s)return void await Be(C);if(!f.metadata)throw new Error("parquet requires metadata");const d=(0,M.YR)(f.metadata),g=C.map(t=>function(e,t,n){const{asyncColumns:r}=e,s={...j.Rc,...n},i=[];for(const n of t.children)if(n.children.length){const t=r.filter(e=>e.pathInSchema[0]===n.element.name);if(!t.length)continue;i.push({pathInSchema:n.path,data:(async()=>{const r=await Promise.all(t.map(e=>e.data)),i=new Map,o=r.map(({data:e})=>v(e)),a=Math.max(e.selectStart??0,...r.map(e=>e.skipped)),B=Math.min(e.selectEnd??1/0,...r.map((e,t)=>e.skipped+o[t].length));for(let e=0;e<t.length;e++){const n=a-r[e].skipped,s=Math.max(0,B-a);i.set(t[e].pathInSchema.join("."),o[e].slice(n,n+s))}(0,H.d)(i,n,s);const u=i.get(n.element.name);if(!u)throw new Error("parquet column data not assembled");return{data:[u],skipped:a}})()})}else{const e=r.find(e=>e.pathInSchema[0]===n.element.name);e&&i.push(e)}return{...e,asyncColumns:i}}(t,d,e.parsers));if(s)for(const e of g)for(const t of e.asyncColumns)t.data.then(({data:n,skipped:r})=>{let i=e.groupStart+r;for(const e of n)s({columnName:t.pathInSchema[0],columnData:e,rowStart:i,rowEnd:i+e.length}),i+=e.length},()=>{});if(i){await Be(g);const s=[];for(const i of g){const l=i.selectStart??Math.max(t-i.groupStart,0),h=i.selectEnd??Math.min((n??1/0)-i.groupStart,i.groupRows),f="object"===o?await K(i,l,h,c,"object"):await K(i,l,h,r,"array");if(e.includeRowIndex)for(let e=0;e<f.length;e++)Object.defineProperty(f[e],oe,{value:i.groupStart+l+e});if(a){for(const e of f)if(_(e,a,B)){if(p&&r)for(const t of u)r.includes(t)||delete e[t];s.push(e)}}else b(s,f)}i(s)}else await Be(g)}async function Be(e){const t=e.flatMap(e=>e.asyncColumns.map(e=>e.data)),n=(await Promise.allSettled(t)).find(e=>"rejected"===e.status);if(n)throw n.reason}},28286:(e,t,n)=>{function r(e,t,n){const s=e[t],i=[];let o=1;if(s.num_children)for(;i.length<s.num_children;){const s=e[t+o],a=r(e,t+o,[...n,s.name]);o+=a.count,i.push(a)}return{count:o,element:s,children:i,path:n}}function s(e,t){return i(r(e,0,[]),t)}function i(e,t){const n=[e];for(const r of t){const s=e.children.find(e=>e.element.name===r);if(!s)throw new Error(`parquet schema element not found: ${t}`);n.push(s),e=s}return n}function o(e){const t=[];return function e(n){if(n.children.length)for(const t of n.children)e(t);else t.push(n.path.join("."))}(e),t}function a(e){let t=0;for(const{element:n}of e)"REPEATED"===n.repetition_type&&t++;return t}function B(e){let t=0;for(const{element:n}of e.slice(1))"REQUIRED"!==n.repetition_type&&t++;return t}function u(e){if(!e)return!1;if("LIST"!==e.element.converted_type)return!1;if(e.children.length>1)return!1;const t=e.children[0];return!(t.children.length>1)&&"REPEATED"===t.element.repetition_type}function c(e){if(!e)return!1;if("MAP"!==e.element.converted_type)return!1;if(e.children.length>1)return!1;const t=e.children[0];if(2!==t.children.length)return!1;if("REPEATED"!==t.element.repetition_type)return!1;const n=t.children.find(e=>"key"===e.element.name);if("REPEATED"===n?.element.repetition_type)return!1;const r=t.children.find(e=>"value"===e.element.name);return"REPEATED"!==r?.element.repetition_type}function l(e){if(2!==e.length)return!1;const[,t]=e;return"REPEATED"!==t.element.repetition_type&&!t.children.length}n.d(t,{Dy:()=>s,ES:()=>c,fX:()=>o,g7:()=>l,mM:()=>B,qt:()=>a,st:()=>i,wq:()=>u})},52558:(e,t,n)=>{n.d(t,{GD:()=>m,Tn:()=>p,fN:()=>g,pT:()=>d});const r=0,s=1,i=2,o=3,a=4,B=5,u=6,c=7,l=8,h=9,f=12;function p(e){const t={};let n=0;for(;;){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");const s=e.view.getUint8(e.offset++),i=15&s;if(i===r)break;const o=s>>4;n=o?n+o:g(e),t[`field_${n}`]=C(e,i)}return t}function C(e,t){switch(t){case s:return!0;case i:return!1;case o:return e.view.getInt8(e.offset++);case a:case B:return g(e);case u:return m(e);case c:{const t=e.view.getFloat64(e.offset,!0);return e.offset+=8,t}case l:{const t=d(e);if(e.offset+t>e.view.byteLength)throw new Error(`thrift binary length ${t} exceeds remaining ${e.view.byteLength-e.offset} bytes`);const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);return e.offset+=t,n}case h:{const t=e.view.getUint8(e.offset++),n=15&t;let r=t>>4;15===r&&(r=d(e));const a=n===s||n===i,B=new Array(r);for(let t=0;t<r;t++)B[t]=a?1===C(e,o):C(e,n);return B}case f:return p(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function d(e){let t=0,n=0;for(;;){const r=e.view.getUint8(e.offset++);if(t|=(127&r)<<n,!(128&r))return t;n+=7}}function g(e){const t=d(e);return t>>>1^-(1&t)}function m(e){const t=function(e){let t=0n,n=0n;for(;;){const r=e.view.getUint8(e.offset++);if(t|=BigInt(127&r)<<n,!(128&r))return t;n+=7n}}(e);return t>>1n^-(1n&t)}},2856:(e,t,n)=>{n.d(t,{L3:()=>Ue});
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
var r=class e{static FOLD_CASE=1;static LITERAL=2;static CLASS_NL=4;static DOT_NL=8;static ONE_LINE=16;static NON_GREEDY=32;static PERL_X=64;static UNICODE_GROUPS=128;static WAS_DOLLAR=256;static LOOKBEHIND=512;static MATCH_NL=e.CLASS_NL|e.DOT_NL;static PERL=e.CLASS_NL|e.ONE_LINE|e.PERL_X|e.UNICODE_GROUPS;static POSIX=0;static UNANCHORED=0;static ANCHOR_START=1;static ANCHOR_BOTH=2};const s=1,i=2,o=4,a=8,B=16,u=512,c=128,l=new Int32Array(c),h=new Int32Array(c),f=65535;for(let e=0;e<c;e++)l[e]=e>=97&&e<=122?e-32:e,h[e]=e>=65&&e<=90?e+32:e;var p=class{static CODES=Object.freeze({"":7,"\b":8,"\t":9,"\n":10,"\v":11,"\f":12,"\r":13," ":32,'"':34,$:36,"&":38,"'":39,"(":40,")":41,"*":42,"+":43,"-":45,".":46,0:48,1:49,2:50,3:51,4:52,5:53,6:54,7:55,8:56,9:57,":":58,"<":60,">":62,"?":63,A:65,B:66,C:67,F:70,P:80,Q:81,U:85,Z:90,"[":91,"\\":92,"]":93,"^":94,_:95,"`":96,a:97,b:98,f:102,i:105,m:109,n:110,r:114,s:115,t:116,v:118,x:120,z:122,"{":123,"|":124,"}":125});static toUpperCase(e){if(e<c)return l[e];const t=String.fromCodePoint(e).toUpperCase(),n=t.codePointAt(0)>f?2:1;if(t.length>n)return e;const r=String.fromCodePoint(t.codePointAt(0)).toLowerCase(),s=r.codePointAt(0)>f?2:1;return r.length>s||r.codePointAt(0)!==e?e:t.codePointAt(0)}static toLowerCase(e){if(e<c)return h[e];const t=String.fromCodePoint(e).toLowerCase(),n=t.codePointAt(0)>f?2:1;if(t.length>n)return e;const r=String.fromCodePoint(t.codePointAt(0)).toUpperCase(),s=r.codePointAt(0)>f?2:1;return r.length>s||r.codePointAt(0)!==e?e:t.codePointAt(0)}},C=class{constructor(e,t=!1){this.data=e,this.isStride1=t,this.SIZE=t?2:3}getLo(e){return this.data[e*this.SIZE]}getHi(e){return this.data[e*this.SIZE+1]}getStride(e){return this.isStride1?1:this.data[e*this.SIZE+2]}get length(){return this.data.length/this.SIZE}};const d=new Uint8Array(256);for(let e=0;e<64;e++)d["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-".charCodeAt(e)]=e;const g=e=>{const t=[];let n=0,r=0;for(let s=0;s<e.length;s++){const i=d[e.charCodeAt(s)];n|=(31&i)<<r,32&i?r+=5:(t.push(n),n=0,r=0)}return t},m=(e,t)=>{const n=g(e),r=t?n.length/2:n.length/3,s=new Uint32Array(3*r);let i=0,o=0;for(let e=0;e<r;e++)i+=n[o++],s[3*e]=i,i+=n[o++],s[3*e+1]=i,s[3*e+2]=t?1:n[o++];return s};var D=class{constructor(e){this.initializer=e,this.cache=new Map}has(e){return Object.hasOwn(this.initializer,e)}get(e){if(this.cache.has(e))return this.cache.get(e);const t=this.has(e)?this.initializer[e]():null;return this.cache.set(e,t),t}},E=class{static _CASE_ORBIT=null;static get CASE_ORBIT(){return this._CASE_ORBIT||(this._CASE_ORBIT=(e=>{const t=g(e),n=new Map;let r=0;for(let e=0;e<t.length;e+=2){r+=t[e];const s=t[e+1],i=s>>>1^-(1&s);n.set(r,r+i)}return n})("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC")),this._CASE_ORBIT}static _Print=null;static get Print(){return this._Print||(this._Print=new C(m("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB",!1))),this._Print}static CATEGORIES=new D({C:()=>new C(m("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB",!1)),Cc:()=>new C(m("AfgDgB",!0)),Cf:()=>new C(m("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB",!1)),Cn:()=>new C(m("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB",!1)),Co:()=>new C(m("gg4B-nGh4hc9--BD9--B",!0)),Cs:()=>new C(m("gg2B--B",!0)),L:()=>new C(m("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),LC:()=>new C(m("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB",!1)),Ll:()=>new C(m("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB",!1)),Lm:()=>new C(m("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB",!1)),Lo:()=>new C(m("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Lt:()=>new C(m("lOGDnB2sH2sHBGBJHBJHBNQQwBAB",!1)),Lu:()=>new C(m("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB",!1)),M:()=>new C(m("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),Mc:()=>new C(m("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB",!1)),Me:()=>new C(m("okBBB1xF-wB-wBBCBCCBsshBCB",!1)),Mn:()=>new C(m("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),N:()=>new C(m("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB",!1)),Nd:()=>new C(m("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ",!0)),Nl:()=>new C(m("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB",!1)),No:()=>new C(m("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB",!1)),P:()=>new C(m("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Pc:()=>new C(m("-Cg-Hg-HBUU-u3BBBZCBwHAB",!1)),Pd:()=>new C(m("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Pe:()=>new C(m("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD",!1)),Pf:()=>new C(m("7F+6H+6HEddpuDCCFDDQEE",!1)),Pi:()=>new C(m("rFt7Ht7HDBBDaapuDCCFDDQEE",!1)),Po:()=>new C(m("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Ps:()=>new C(m("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB",!1)),S:()=>new C(m("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Sc:()=>new C(m("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC",!1)),Sk:()=>new C(m("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB",!1)),Sm:()=>new C(m("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB",!1)),So:()=>new C(m("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Z:()=>new C(m("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB",!1)),Zl:()=>new C(m("ohIA",!0)),Zp:()=>new C(m("phIA",!0)),Zs:()=>new C(m("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB",!1)),ASCII_Hex_Digit:()=>new C(m("wBJIFbF",!0)),Alphabetic:()=>new C(m("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Dash:()=>new C(m("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Emoji:()=>new C(m("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Emoji_Component:()=>new C(m("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB",!1)),Emoji_Modifier:()=>new C(m("7-8DE",!0)),Emoji_Modifier_Base:()=>new C(m("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB",!1)),Emoji_Presentation:()=>new C(m("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Extended_Pictographic:()=>new C(m("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB",!1)),Hex_Digit:()=>new C(m("wBJIFbFq1-BJIFbF",!0)),Lowercase:()=>new C(m("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB",!1)),Math:()=>new C(m("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB",!1)),Quotation_Mark:()=>new C(m("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB",!1)),Terminal_Punctuation:()=>new C(m("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB",!1)),Uppercase:()=>new C(m("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB",!1)),White_Space:()=>new C(m("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB",!1))});static SCRIPTS=new D({Adlam:()=>new C(m("go6DrCFJFB",!0)),Ahom:()=>new C(m("g4lCaDOFW",!0)),Anatolian_Hieroglyphs:()=>new C(m("ggxCmS",!0)),Arabic:()=>new C(m("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB",!1)),Armenian:()=>new C(m("xpBlBDxBDCks9BE",!0)),Avestan:()=>new C(m("g4iC1BEG",!0)),Balinese:()=>new C(m("g4GsCCxB",!0)),Bamum:()=>new C(m("g1pB3CpowB4R",!0)),Bassa_Vah:()=>new C(m("w26CdDF",!0)),Batak:()=>new C(m("g+GzBJD",!0)),Bengali:()=>new C(m("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB",!1)),Beria_Erfe:()=>new C(m("g17CYDY",!0)),Bhaiksuki:()=>new C(m("ggnCICsBCNLc",!0)),Bopomofo:()=>new C(m("qXB6wLqBxDf",!0)),Brahmi:()=>new C(m("ggkCtCFjBKA",!0)),Braille:()=>new C(m("ggK-H",!0)),Buginese:()=>new C(m("gwGbDB",!0)),Buhid:()=>new C(m("g6FT",!0)),Canadian_Aboriginal:()=>new C(m("ggF-TxRlC7tgCP",!0)),Carian:()=>new C(m("g1gCwB",!0)),Caucasian_Albanian:()=>new C(m("wphCzBMA",!0)),Chakma:()=>new C(m("gokC0BCR",!0)),Cham:()=>new C(m("gwqB2BKNDJDD",!0)),Cherokee:()=>new C(m("g9E1CDFz7lBvC",!0)),Chorasmian:()=>new C(m("w9jCb",!0)),Common:()=>new C(m("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB",!1)),Coptic:()=>new C(m("ifNxkKzDGG",!0)),Cuneiform:()=>new C(m("ggoC5cnDuDCEMjG",!0)),Cypriot:()=>new C(m("ggiCFBDCCBqBBCBBEDD",!1)),Cypro_Minoan:()=>new C(m("w8rCiD",!0)),Cyrillic:()=>new C(m("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB",!1)),Deseret:()=>new C(m("gghCvC",!0)),Devanagari:()=>new C(m("goCwCFODZh7nBfhwcJ",!0)),Dives_Akuru:()=>new C(m("gomCGBDDDBGBCBBCdBCBBDLBKJB",!1)),Dogra:()=>new C(m("ggmC7B",!0)),Duployan:()=>new C(m("ggvDqDGMEIIJDD",!0)),Egyptian_Hieroglyphs:()=>new C(m("ggsC1iBL68D",!0)),Elbasan:()=>new C(m("gohCnB",!0)),Elymaic:()=>new C(m("g-jCW",!0)),Ethiopic:()=>new C(m("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB",!1)),Garay:()=>new C(m("gqjClBEcJB",!0)),Georgian:()=>new C(m("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG",!1)),Glagolitic:()=>new C(m("ggL-Ch9sDGCQDGCBCE",!0)),Gothic:()=>new C(m("w5gCa",!0)),Grantha:()=>new C(m("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB",!1)),Greek:()=>new C(m("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB",!1)),Gujarati:()=>new C(m("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB",!1)),Gunjala_Gondi:()=>new C(m("grnCFCBCkBCBCFIJ",!0)),Gurmukhi:()=>new C(m("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB",!1)),Gurung_Khema:()=>new C(m("go4C5B",!0)),Han:()=>new C(m("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Hangul:()=>new C(m("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC",!0)),Hanifi_Rohingya:()=>new C(m("gojCnBJJ",!0)),Hanunoo:()=>new C(m("g5FU",!0)),Hatran:()=>new C(m("gniCSCBGE",!0)),Hebrew:()=>new C(m("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB",!1)),Hiragana:()=>new C(m("hiM1CBHCBi7-C+IBTeeBBBulQAB",!1)),Imperial_Aramaic:()=>new C(m("giiCVCI",!0)),Inherited:()=>new C(m("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB",!1)),Inscriptional_Pahlavi:()=>new C(m("g7iCSGH",!0)),Inscriptional_Parthian:()=>new C(m("g6iCVDH",!0)),Javanese:()=>new C(m("gsqBtCDJFB",!0)),Kaithi:()=>new C(m("gkkCiCLA",!0)),Kannada:()=>new C(m("gkDMCCCWCJCEDICCCDIBGCCDDJCC",!0)),Katakana:()=>new C(m("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB",!1)),Kawi:()=>new C(m("g4nCQCoBEc",!0)),Kayah_Li:()=>new C(m("goqBtBCA",!0)),Kharoshthi:()=>new C(m("gwiCDCBGHCCCcDCFJII",!0)),Khitan_Small_Script:()=>new C(m("k-7C84G84GB0OBqBAB",!1)),Khmer:()=>new C(m("g8F9CDJHJnPf",!0)),Khojki:()=>new C(m("gwkCRCuB",!0)),Khudawadi:()=>new C(m("w1kC6BGJ",!0)),Kirat_Rai:()=>new C(m("gq7C5B",!0)),Lao:()=>new C(m("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB",!1)),Latin:()=>new C(m("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB",!1)),Lepcha:()=>new C(m("ggH3BEOEC",!0)),Limbu:()=>new C(m("goGeBCLBFLBFEEBKB",!1)),Linear_A:()=>new C(m("gwhC2JKVLH",!0)),Linear_B:()=>new C(m("gggCLCZCSCBCODNjB6D",!0)),Lisu:()=>new C(m("wmpBvBx1eA",!0)),Lycian:()=>new C(m("g0gCc",!0)),Lydian:()=>new C(m("gpiCZGA",!0)),Mahajani:()=>new C(m("wqkCmB",!0)),Makasar:()=>new C(m("g3nCY",!0)),Malayalam:()=>new C(m("goDMCCCyBCCCFFPDZ",!0)),Mandaic:()=>new C(m("giCbDA",!0)),Manichaean:()=>new C(m("g2iCmBFL",!0)),Marchen:()=>new C(m("wjnCfDVCN",!0)),Masaram_Gondi:()=>new C(m("gonCGBCBBCrBBECCBCCBHBJJB",!1)),Medefaidrin:()=>new C(m("gy7C6C",!0)),Meetei_Mayek:()=>new C(m("g3qBWqGtBDJ",!0)),Mende_Kikakui:()=>new C(m("gg6DkGDP",!0)),Meroitic_Cursive:()=>new C(m("gtiCXFTDtB",!0)),Meroitic_Hieroglyphs:()=>new C(m("gsiCf",!0)),Miao:()=>new C(m("g47CqCF4BIQ",!0)),Modi:()=>new C(m("gwlCkCMJ",!0)),Mongolian:()=>new C(m("ggGBBDCCBSBH4CBIqBB2t-BMB",!1)),Mro:()=>new C(m("gy6CeCJFB",!0)),Multani:()=>new C(m("g0kCGBCCCBCBCOBCKB",!1)),Myanmar:()=>new C(m("ggE-EhqmBeiDfxibT",!0)),Nabataean:()=>new C(m("gkiCeJI",!0)),Nag_Mundari:()=>new C(m("wm5DpB",!0)),Nandinagari:()=>new C(m("gtmCHDtBDK",!0)),New_Tai_Lue:()=>new C(m("gsGrBFZHKEB",!0)),Newa:()=>new C(m("gglC7CCE",!0)),Nko:()=>new C(m("g+B6BDC",!0)),Nushu:()=>new C(m("h-7CvsQvsQBqMB",!1)),Nyiakeng_Puachue_Hmong:()=>new C(m("go4DsBENDJFB",!0)),Ogham:()=>new C(m("g0Fc",!0)),Ol_Chiki:()=>new C(m("wiHvB",!0)),Ol_Onal:()=>new C(m("wu5DqBFA",!0)),Old_Hungarian:()=>new C(m("gkjCyBOyBIF",!0)),Old_Italic:()=>new C(m("g4gCjBKC",!0)),Old_North_Arabian:()=>new C(m("g0iCf",!0)),Old_Permic:()=>new C(m("w6gCqB",!0)),Old_Persian:()=>new C(m("g9gCjBFN",!0)),Old_Sogdian:()=>new C(m("g4jCnB",!0)),Old_South_Arabian:()=>new C(m("gziCf",!0)),Old_Turkic:()=>new C(m("ggjCoC",!0)),Old_Uyghur:()=>new C(m("w7jCZ",!0)),Oriya:()=>new C(m("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR",!0)),Osage:()=>new C(m("wlhCjBFjB",!0)),Osmanya:()=>new C(m("gkhCdDJ",!0)),Pahawh_Hmong:()=>new C(m("g46ClCLJCGCUGS",!0)),Palmyrene:()=>new C(m("gjiCf",!0)),Pau_Cin_Hau:()=>new C(m("g2mC4B",!0)),Phags_Pa:()=>new C(m("giqB3B",!0)),Phoenician:()=>new C(m("goiCbEA",!0)),Psalter_Pahlavi:()=>new C(m("g8iCRIDNG",!0)),Rejang:()=>new C(m("wpqBjBMA",!0)),Runic:()=>new C(m("g1FqCEK",!0)),Samaritan:()=>new C(m("ggCtBDO",!0)),Saurashtra:()=>new C(m("gkqBlCJL",!0)),Sharada:()=>new C(m("gskC-ChsCH",!0)),Shavian:()=>new C(m("wihCvB",!0)),Siddham:()=>new C(m("gslC1BDlB",!0)),Sidetic:()=>new C(m("gqiCZ",!0)),SignWriting:()=>new C(m("gg2DrUQECO",!0)),Sinhala:()=>new C(m("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB",!1)),Sogdian:()=>new C(m("w5jCpB",!0)),Sora_Sompeng:()=>new C(m("wmkCYIJ",!0)),Soyombo:()=>new C(m("wymCyC",!0)),Sundanese:()=>new C(m("g8G-BhIH",!0)),Sunuwar:()=>new C(m("g+mChBPJ",!0)),Syloti_Nagri:()=>new C(m("ggqBsB",!0)),Syriac:()=>new C(m("g4BNC7BDCxIK",!0)),Tagalog:()=>new C(m("g4FVKA",!0)),Tagbanwa:()=>new C(m("g7FMCCCB",!0)),Tai_Le:()=>new C(m("wqGdDE",!0)),Tai_Tham:()=>new C(m("gxG+BCcDKHJHN",!0)),Tai_Viet:()=>new C(m("g0qBiCZE",!0)),Tai_Yo:()=>new C(m("g25DeCVJB",!0)),Takri:()=>new C(m("g0lC5BHJ",!0)),Tamil:()=>new C(m("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB",!1)),Tangsa:()=>new C(m("wz6CuCCJ",!0)),Tangut:()=>new C(m("g-7CgBgBB+3GBhQeBiDyDB",!1)),Telugu:()=>new C(m("ggDMCCCWCPDICCCDIBCCCBDDDJII",!0)),Thaana:()=>new C(m("g8BxB",!0)),Thai:()=>new C(m("hwD5BGb",!0)),Tibetan:()=>new C(m("g4DnCCjBFmBCjBCOCGFB",!0)),Tifinagh:()=>new C(m("wpL3BIBPA",!0)),Tirhuta:()=>new C(m("gklCnCJJ",!0)),Todhri:()=>new C(m("guhCzB",!0)),Tolong_Siki:()=>new C(m("wtnCrBFJ",!0)),Toto:()=>new C(m("w04De",!0)),Tulu_Tigalari:()=>new C(m("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB",!1)),Ugaritic:()=>new C(m("g8gCdCA",!0)),Unknown:()=>new C(m("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB",!1)),Vai:()=>new C(m("gopBrJ",!0)),Vithkuqi:()=>new C(m("wrhCKCOCGCBCKCOCGCB",!0)),Wancho:()=>new C(m("g24D5BGA",!0)),Warang_Citi:()=>new C(m("glmCyCNA",!0)),Yezidi:()=>new C(m("g0jCpBCCDB",!0)),Yi:()=>new C(m("ggoBskBE2B",!0)),Zanabazar_Square:()=>new C(m("gwmCnC",!0))});static FOLD_CATEGORIES=new D({L:()=>new C(m("laA",!0)),LC:()=>new C(m("laA",!0)),Ll:()=>new C(m("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Lt:()=>new C(m("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB",!1)),Lu:()=>new C(m("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1)),M:()=>new C(m("5cgBgBlgHAB",!1)),Mn:()=>new C(m("5cgBgBlgHAB",!1)),Emoji:()=>new C(m("8mJA",!0)),Extended_Pictographic:()=>new C(m("8mJA",!0)),Lowercase:()=>new C(m("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Math:()=>new C(m("ycGDCHHFMMDDDCHHFAB",!1)),Uppercase:()=>new C(m("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1))});static FOLD_SCRIPT=new D({Common:()=>new C(m("8cgBgB",!1)),Greek:()=>new C(m("1FwUwU",!1)),Inherited:()=>new C(m("5cgBgBlgHAB",!1))})},y=class e{static MAX_RUNE=1114111;static RUNE_ERROR=65533;static isUnsearchable(t){return t===e.RUNE_ERROR||t>=e.MIN_HIGH_SURROGATE&&t<=e.MAX_LOW_SURROGATE}static MAX_ASCII=127;static MAX_LATIN1=255;static MAX_BMP=65535;static MIN_FOLD=65;static MAX_FOLD=125251;static MIN_HIGH_SURROGATE=55296;static MAX_HIGH_SURROGATE=56319;static MIN_LOW_SURROGATE=56320;static MAX_LOW_SURROGATE=57343;static MIN_SUPPLEMENTARY_CODE_POINT=65536;static is32(e,t){let n=0,r=e.length;for(;n<r;){const s=n+Math.floor((r-n)/2),i=e.getLo(s),o=e.getHi(s);if(i<=t&&t<=o){return(t-i)%e.getStride(s)===0}t<i?r=s:n=s+1}return!1}static is(t,n){if(n<=e.MAX_LATIN1){for(let e=0;e<t.length;e++){if(n>t.getHi(e))continue;const r=t.getLo(e);if(n<r)return!1;return(n-r)%t.getStride(e)===0}return!1}return t.length>0&&n>=t.getLo(0)&&e.is32(t,n)}static isPrint(t){return t<=e.MAX_LATIN1?t>=32&&t<e.MAX_ASCII||t>=161&&173!==t:e.is(E.Print,t)}static simpleFold(t){if(E.CASE_ORBIT.has(t))return E.CASE_ORBIT.get(t);if(t<=e.MAX_ASCII){const e=p.toLowerCase(t);return e!==t?e:p.toUpperCase(t)}return t}static equalsIgnoreCase(t,n){if(t===n)return!0;if(t<0||n<0)return!1;if(t<=e.MAX_ASCII&&n<=e.MAX_ASCII)return 65<=t&&t<=90&&(t|=32),65<=n&&n<=90&&(n|=32),t===n;for(let r=e.simpleFold(t);r!==t;r=e.simpleFold(r))if(r===n)return!0;return!1}},A=class extends Error{constructor(e){super(e),this.name="RE2JSException"}},b=class extends A{constructor(e,t=null){let n=`error parsing regexp: ${e}`;t&&(n+=`: \`${t}\``),super(n),this.name="RE2JSSyntaxException",this.message=n,this.error=e,this.input=t}getDescription(){return this.error}getPattern(){return this.input}},w=class extends A{constructor(e){super(e),this.name="RE2JSCompileException"}},v=class extends A{constructor(e){super(e),this.name="RE2JSGroupException"}},I=class extends A{constructor(e){super(e),this.name="RE2JSFlagsException"}},F=class extends A{constructor(e){super(e),this.name="RE2JSInternalException"}};const O=new Uint8Array(256);for(let e=0;e<256;e++)O[e]=97<=e&&e<=122||65<=e&&e<=90||48<=e&&e<=57||95===e?1:0;let _=null,N=null;var S=class e{static METACHARACTERS="\\.+*?()|[]{}^$";static EMPTY_BEGIN_LINE=1;static EMPTY_END_LINE=2;static EMPTY_BEGIN_TEXT=4;static EMPTY_END_TEXT=8;static EMPTY_WORD_BOUNDARY=16;static EMPTY_NO_WORD_BOUNDARY=32;static EMPTY_ALL=-1;static emptyInts(){return[]}static isString(e){return"string"==typeof e||"[object String]"===Object.prototype.toString.call(e)}static typeName(e){return null===e||"object"!=typeof e&&"function"!=typeof e?null===e?"null":typeof e:Object.prototype.toString.call(e).slice(8,-1)}static checkPattern(t){if(!e.isString(t))throw new TypeError(`The pattern must be a string, not ${e.typeName(t)} (RE2JS.translateRegExp() converts a RegExp)`)}static checkInput(t){if(!e.isString(t)&&!e.isByteArray(t))throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${e.typeName(t)}`)}static checkFlags(e){const t=o|i|s|a|B|u;if(!Number.isInteger(e)||0!==(e&~t))throw new I("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS")}static isByteArray(e){return Array.isArray(e)||"[object Uint8Array]"===Object.prototype.toString.call(e)}static isalnum(e){return p.CODES[0]<=e&&e<=p.CODES[9]||p.CODES.a<=e&&e<=p.CODES.z||p.CODES.A<=e&&e<=p.CODES.Z}static unhex(e){return p.CODES[0]<=e&&e<=p.CODES[9]?e-p.CODES[0]:p.CODES.a<=e&&e<=p.CODES.f?e-p.CODES.a+10:p.CODES.A<=e&&e<=p.CODES.F?e-p.CODES.A+10:-1}static escapeRune(t){let n="";if(y.isPrint(t))e.METACHARACTERS.indexOf(String.fromCodePoint(t))>=0&&(n+="\\"),n+=String.fromCodePoint(t);else switch(t){case p.CODES['"']:n+='\\"';break;case p.CODES["\\"]:n+="\\\\";break;case p.CODES["\t"]:n+="\\t";break;case p.CODES["\n"]:n+="\\n";break;case p.CODES["\r"]:n+="\\r";break;case p.CODES["\b"]:n+="\\b";break;case p.CODES["\f"]:n+="\\f";break;default:{let e=t.toString(16);t<256?(n+="\\x",1===e.length&&(n+="0"),n+=e):n+=`\\x{${e}}`;break}}return n}static stringToRunes(e){const t=String(e),n=[];let r=0;for(;r<t.length;){const e=t.codePointAt(r);n.push(e),r+=e>y.MAX_BMP?2:1}return new Int32Array(n)}static runeToString(e){return String.fromCodePoint(e)}static isWordRune(e){return e<256&&1===O[e]}static emptyOpContext(t,n){let r=0;return t<0&&(r|=e.EMPTY_BEGIN_TEXT|e.EMPTY_BEGIN_LINE),10===t&&(r|=e.EMPTY_BEGIN_LINE),n<0&&(r|=e.EMPTY_END_TEXT|e.EMPTY_END_LINE),10===n&&(r|=e.EMPTY_END_LINE),e.isWordRune(t)!==e.isWordRune(n)?r|=e.EMPTY_WORD_BOUNDARY:r|=e.EMPTY_NO_WORD_BOUNDARY,r}static quoteMeta(t){return t.split("").map(t=>e.METACHARACTERS.indexOf(t)>=0?`\\${t}`:t).join("")}static charCount(e){return e>y.MAX_BMP?2:1}static toArray(e){const t=e.length,n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}static stringToUtf8ByteArray(e){if(globalThis.TextEncoder)return _||(_=new TextEncoder),_.encode(e);{let t=[],n=0;for(let r=0;r<e.length;r++){let s=e.charCodeAt(r);s<128?t[n++]=s:s<2048?(t[n++]=s>>6|192,t[n++]=63&s|128):(64512&s)===y.MIN_HIGH_SURROGATE&&r+1<e.length&&(64512&e.charCodeAt(r+1))===y.MIN_LOW_SURROGATE?(s=y.MIN_SUPPLEMENTARY_CODE_POINT+((1023&s)<<10)+(1023&e.charCodeAt(++r)),t[n++]=s>>18|240,t[n++]=s>>12&63|128,t[n++]=s>>6&63|128,t[n++]=63&s|128):(t[n++]=s>>12|224,t[n++]=s>>6&63|128,t[n++]=63&s|128)}return t}}static utf8ByteArrayToString(e){if(globalThis.TextDecoder){N||(N=new TextDecoder("utf-8"));const t=e instanceof Uint8Array?e:new Uint8Array(e);return N.decode(t)}{let t=[],n=0,r=0;for(;n<e.length;){let s=e[n++];if(s<128)t[r++]=String.fromCharCode(s);else if(s>191&&s<224){let i=e[n++];t[r++]=String.fromCharCode((31&s)<<6|63&i)}else if(s>239&&s<365){let i=((7&s)<<18|(63&e[n++])<<12|(63&e[n++])<<6|63&e[n++])-y.MIN_SUPPLEMENTARY_CODE_POINT;t[r++]=String.fromCharCode(y.MIN_HIGH_SURROGATE+(i>>10)),t[r++]=String.fromCharCode(y.MIN_LOW_SURROGATE+(1023&i))}else{let i=e[n++],o=e[n++];t[r++]=String.fromCharCode((15&s)<<12|(63&i)<<6|63&o)}}return t.join("")}}};const T=(e=[],t=0)=>{const n=Object.create(null);for(let r=0;r<e.length;r++){const s=e[r],i=t+r;n[s]=i,n[i]=s}return Object.freeze(n)};var x=class e{static Encoding=T(["UTF_16","UTF_8"]);getEncoding(){throw Error("not implemented")}asCharSequence(){throw Error("not implemented")}asBytes(){throw Error("not implemented")}length(){throw Error("not implemented")}isUTF8Encoding(){return this.getEncoding()===e.Encoding.UTF_8}isUTF16Encoding(){return this.getEncoding()===e.Encoding.UTF_16}},L=class extends x{constructor(e=null){super(),this.bytes=e}getEncoding(){return x.Encoding.UTF_8}asCharSequence(){return S.utf8ByteArrayToString(this.bytes)}asBytes(){return this.bytes}length(){return this.bytes.length}},k=class extends x{constructor(e=null){super(),this.charSequence=e}getEncoding(){return x.Encoding.UTF_16}asCharSequence(){return this.charSequence}asBytes(){return S.stringToUtf8ByteArray(this.charSequence.toString())}length(){return this.charSequence.length}},R=class{static utf16(e){return S.checkInput(e),new k(e)}static utf8(e){return S.isByteArray(e)?new L(e):new L(S.stringToUtf8ByteArray(e))}},P=class{static EOF(){return-8}constructor(){this.start=0,this.end=0}canCheckPrefix(){return!0}endPos(){return this.end-this.start}hasString(){return!1}hasAnyString(){return!1}prefixLength(){return 0}},G=class e extends P{static RUNE_ERROR_STEP=y.RUNE_ERROR<<3|1;constructor(e,t=0,n=e.length){super(),this.bytes=e,this.start=t,this.end=n}hasString(e,t){const n=e.bytes;if(0===n.length)return!0;const r=this.indexOf(this.bytes,n,this.start+t);return-1!==r&&r<=this.end-n.length}hasAnyString(e,t){return e.automaton8().searchUTF8(this.bytes,this.start+t,this.end)}step(t){if((t+=this.start)>=this.end)return P.EOF();const n=255&this.bytes[t];if(n<128)return n<<3|1;let r,s,i=128,o=191;if(n>=194&&n<=223)r=2,s=31&n;else if(n>=224&&n<=239)r=3,s=15&n,224===n?i=160:237===n&&(o=159);else{if(!(n>=240&&n<=244))return e.RUNE_ERROR_STEP;r=4,s=7&n,240===n?i=144:244===n&&(o=143)}if(t+r>this.end)return e.RUNE_ERROR_STEP;const a=255&this.bytes[t+1];if(a<i||a>o)return e.RUNE_ERROR_STEP;if(s=s<<6|63&a,r>2){const n=255&this.bytes[t+2];if(128!=(192&n))return e.RUNE_ERROR_STEP;if(s=s<<6|63&n,r>3){const n=255&this.bytes[t+3];if(128!=(192&n))return e.RUNE_ERROR_STEP;s=s<<6|63&n}}return s<<3|r}index(e,t){t+=this.start;const n=this.indexOf(this.bytes,e.prefixUTF8,t);return n<0?n:n-t}context(e){let t=-1;if((e+=this.start)>this.start&&e<=this.end){let n=e-1;if(t=this.bytes[n--],t>=128){let r=e-4;for(r<this.start&&(r=this.start);n>=r&&128==(192&this.bytes[n]);)n--;n<this.start&&(n=this.start);const s=this.step(n-this.start);t=n+(7&s)===e?s>>3:y.RUNE_ERROR}}const n=e<this.end?this.step(e-this.start)>>3:-1;return S.emptyOpContext(t,n)}indexOf(e,t,n=0){let r=t.length;if(0===r)return n<=this.end?n:-1;const s=t[0];let i=this.end-r;const o="function"==typeof e.indexOf;let a=n;for(;a<=i;){if(o){if(a=e.indexOf(s,a),-1===a||a>i)return-1}else{for(;a<=i&&e[a]!==s;)a++;if(a>i)return-1}let n=!0;for(let s=1;s<r;s++)if(e[a+s]!==t[s]){n=!1;break}if(n)return a;a++}return-1}prefixLength(e){return e.prefixUTF8.length}},M=class extends P{constructor(e,t=0,n=e.length){super(),this.charSequence=e,this.start=t,this.end=n}hasString(e,t){const n=this.charSequence.indexOf(e.str,this.start+t);return-1!==n&&n<=this.end-e.str.length}hasAnyString(e,t){return e.automaton16().searchUTF16(this.charSequence,this.start+t,this.end)}step(e){if((e+=this.start)>=this.end)return P.EOF();const t=this.charSequence.charCodeAt(e);if(t<y.MIN_HIGH_SURROGATE||t>y.MAX_HIGH_SURROGATE||e+1>=this.end)return t<<3|1;const n=this.charSequence.charCodeAt(e+1);return n>=y.MIN_LOW_SURROGATE&&n<=y.MAX_LOW_SURROGATE?1024*(t-y.MIN_HIGH_SURROGATE)+(n-y.MIN_LOW_SURROGATE)+y.MIN_SUPPLEMENTARY_CODE_POINT<<3|2:t<<3|1}index(e,t){t+=this.start;const n=this.charSequence.indexOf(e.prefix,t);return n<0||n>this.end-e.prefix.length?-1:n-t}context(e){const t=(e+=this.start)>this.start&&e<=this.end?this.charSequence.charCodeAt(e-1):-1,n=e<this.end?this.charSequence.charCodeAt(e):-1;return S.emptyOpContext(t,n)}prefixLength(e){return e.prefix.length}},H=class{static fromUTF8(e,t=0,n=e.length){return new G(e,t,n)}static fromUTF16(e,t=0,n=void 0){return S.checkInput(e),new M(e,t,n??e.length)}},U=class e{static MAX_REPLACER_ARGS=65535;static quoteReplacement(e,t=!1){return t?e.indexOf("\\")<0&&e.indexOf("$")<0?e:e.split("").map(e=>{const t=e.codePointAt(0);return t===p.CODES["\\"]||t===p.CODES.$?`\\${e}`:e}).join(""):e.indexOf("$")<0?e:e.split("").map(e=>e.codePointAt(0)===p.CODES.$?"$$":e).join("")}constructor(e,t){if(null===e)throw new Error("pattern is null");this.patternInput=e;const n=this.patternInput.re2();this.patternGroupCount=n.numberOfCapturingGroups(),this.groups=[],this.namedGroups=n.namedGroups,this.hasNamedGroups=Object.keys(this.namedGroups).length>0,this.numberOfInstructions=n.numberOfInstructions(),this.lookbehindState=null,t instanceof x?this.resetMatcherInput(t):S.isByteArray(t)?this.resetMatcherInput(R.utf8(t)):this.resetMatcherInput(R.utf16(t))}pattern(){return this.patternInput}reset(){return this.matcherInputLength=this.matcherInput.length(),this.appendPos=0,this.hasMatch=!1,this.hasGroups=!1,this.anchorFlag=0,this}resetMatcherInput(e){if(null===e)throw new Error("input is null");return e instanceof x||(e=S.isByteArray(e)?R.utf8(e):R.utf16(e)),this.matcherInput=e,null!==this.lookbehindState?this.lookbehindState.reset():this.lookbehindState=this.patternInput.re2().createLookbehindState(),this.reset(),this}start(e=0){if("string"==typeof e){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new v(`group '${e}' not found`);e=t}return this.loadGroup(e),this.groups[2*e]}end(e=0){if("string"==typeof e){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new v(`group '${e}' not found`);e=t}return this.loadGroup(e),this.groups[2*e+1]}programSize(){return this.numberOfInstructions}group(e=0){if("string"==typeof e){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new v(`group '${e}' not found`);e=t}const t=this.start(e),n=this.end(e);return t<0&&n<0?null:this.substring(t,n)}getNamedGroups(){if(!this.hasMatch)throw new v("perhaps no match attempted");const e=Object.create(null);for(const t of Object.keys(this.namedGroups))e[t]=this.group(t);return e}groupCount(){return this.patternGroupCount}loadGroup(e){if(!Number.isInteger(e)||e<0||e>this.patternGroupCount)throw new v(`Group index out of bounds: ${e}`);if(!this.hasMatch)throw new v("perhaps no match attempted");if(0===e||this.hasGroups)return;const t=this.matcherInputLength,n=this.patternInput.re2().matchMachineInput(this.matcherInput,this.groups[0],t,this.anchorFlag,1+this.patternGroupCount,this.lookbehindState);if(!n[0])throw new v("inconsistency in matching group data");this.groups=n[1],this.hasGroups=!0}matches(){return this.genMatch(0,r.ANCHOR_BOTH)}lookingAt(){return this.genMatch(0,r.ANCHOR_START)}find(e=null){if(null!==e){if(!Number.isInteger(e)||e<0||e>this.matcherInputLength)throw new v(`start index out of bounds: ${e}`);return this.reset(),this.genMatch(e,0)}if(e=0,this.hasMatch&&(e=this.groups[1],this.groups[0]===this.groups[1])){const t=(this.matcherInput.isUTF16Encoding()?H.fromUTF16(this.matcherInput.asCharSequence(),0,this.matcherInputLength):H.fromUTF8(this.matcherInput.asBytes(),0,this.matcherInputLength)).step(e);t<0?e++:e+=7&t}return this.genMatch(e,r.UNANCHORED)}genMatch(e,t){const n=this.patternInput.re2().matchMachineInput(this.matcherInput,e,this.matcherInputLength,t,1,this.lookbehindState);return n[0]?(this.groups=n[1],this.hasMatch=!0,this.hasGroups=0===this.patternGroupCount,this.anchorFlag=t,!0):(this.hasMatch=!1,!1)}substring(e,t){return this.matcherInput.isUTF8Encoding()?S.utf8ByteArrayToString(this.matcherInput.asBytes().slice(e,t)):this.matcherInput.asCharSequence().substring(e,t).toString()}inputLength(){return this.matcherInputLength}appendReplacement(e,t=!1){let n="";const r=this.start(),s=this.end();return this.appendPos<r&&(n+=this.substring(this.appendPos,r)),this.appendPos=s,n+=t?this.appendReplacementInternalJava(e):this.appendReplacementInternalJs(e),n}appendReplacementInternalJava(e){let t="",n=0;const r=e.length;let s=0;for(;s<r;){const i=e.codePointAt(s);if(i!==p.CODES["\\"]){if(i===p.CODES.$){if(n<s&&(t+=e.substring(n,s)),s+1>=r)throw new v("Illegal group reference: group index is missing");const i=e.codePointAt(s+1);if(p.CODES[0]<=i&&i<=p.CODES[9]){let o=i-p.CODES[0],a=s+2;for(;a<r;a++){const t=e.codePointAt(a);if(t<p.CODES[0]||t>p.CODES[9]||10*o+t-p.CODES[0]>this.patternGroupCount)break;o=10*o+t-p.CODES[0]}if(o>this.patternGroupCount)throw new v(`n > number of groups: ${o}`);const B=this.group(o);null!==B&&(t+=B),s=a,n=s}else{if(i!==p.CODES["{"])throw new v("Illegal group reference");{let i=s+2;for(;i<r&&e.codePointAt(i)!==p.CODES["}"];)i++;if(i>=r)throw new v("named capture group is missing trailing '}'");const o=e.substring(s+2,i),a=this.group(o);null!==a&&(t+=a),s=i+1,n=s}}continue}s++}else{if(n<s&&(t+=e.substring(n,s)),s++,s>=r)throw new v("character to be escaped is missing");n=s,s++}}return n<r&&(t+=e.substring(n,r)),t}appendReplacementInternalJs(e){const t=e=>e>=48&&e<=57,n=this.patternGroupCount;let r="",s=0;for(;s<e.length;){const i=e.indexOf("$",s);if(i<0)break;r+=e.substring(s,i),s=i;const o=e.charCodeAt(s+1);if(o===p.CODES.$)r+="$",s+=2;else if(o===p.CODES["&"])r+=this.group(0),s+=2;else if(o===p.CODES["`"])r+=this.substring(0,this.start(0)),s+=2;else if(o===p.CODES["'"])r+=this.substring(this.end(0),this.matcherInputLength),s+=2;else if(t(o)){let i=1,a=o-48;const B=e.charCodeAt(s+2);if(t(B)&&10*a+B-48<=n&&(i=2,a=10*a+B-48),a>=1&&a<=n){const e=this.group(a);null!==e&&(r+=e)}else r+=e.substring(s,s+1+i);s+=1+i}else if(o===p.CODES["<"]&&this.hasNamedGroups){const t=e.indexOf(">",s+2);if(t<0)r+="$<",s+=2;else{const n=e.substring(s+2,t);if(Object.hasOwn(this.namedGroups,n)){const e=this.group(n);null!==e&&(r+=e)}s=t+1}}else r+="$",s+=1}return r+e.substring(s)}appendTail(){return this.substring(this.appendPos,this.matcherInputLength)}replaceAll(e,t=!1){return this.replace(e,!0,t)}replaceFirst(e,t=!1){return this.replace(e,!1,t)}replace(t,n=!0,r=!1){let s="";this.reset();const i="function"==typeof t;let o=null;if(i){if(this.groupCount()>=e.MAX_REPLACER_ARGS)throw new v("Too many capture groups to safely invoke replacer function");o=this.matcherInput.isUTF8Encoding()?this.matcherInput.asBytes():this.matcherInput.asCharSequence()}for(;this.find()&&(s+=i?this.appendReplacementFunc(t,o):this.appendReplacement(t,r),n););return s+=this.appendTail(),s}appendReplacementFunc(e,t){let n="";const r=this.start(),s=this.end();this.appendPos<r&&(n+=this.substring(this.appendPos,r)),this.appendPos=s;const i=this.matchArray();return i.push(r,t),this.hasNamedGroups&&i.push(this.namedGroupsObject()),n+=String(e(...i)),n}matchArray(){const e=[this.group(0)];for(let t=1;t<=this.patternGroupCount;t++){const n=this.group(t);e.push(null===n?void 0:n)}return e}namedGroupsObject(){if(!this.hasNamedGroups)return;const e=this.getNamedGroups();for(const t in e)null===e[t]&&(e[t]=void 0);return e}},j=class e{static ALT=1;static ALT_MATCH=2;static CAPTURE=3;static EMPTY_WIDTH=4;static FAIL=5;static MATCH=6;static NOP=7;static RUNE=8;static RUNE1=9;static RUNE_ANY=10;static RUNE_ANY_NOT_NL=11;static LB_WRITE=12;static LB_CHECK=13;static isRuneOp(t){return e.RUNE<=t&&t<=e.RUNE_ANY_NOT_NL}static escapeRunes(e){let t='"';for(let n of e)t+=S.escapeRune(n);return t+='"',t}constructor(e){this.op=e,this.out=0,this.arg=0,this.runes=new Int32Array(0),this.next=null}matchRune(e){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&r.FOLD_CASE)?y.equalsIgnoreCase(t,e):e===t}const t=this.runes.length;if(0===t)return!1;if(2===t||4===t||6===t||8===t){for(let n=0;n<t;n+=2){if(e<this.runes[n])return!1;if(e<=this.runes[n+1])return!0}return!1}let n=0,s=t>>1;for(;s>1;){const t=s>>1;n+=this.runes[n+t<<1]<=e?t:0,s-=t}n+=this.runes[n<<1]<=e?1:0;const i=n-1;return i>=0&&e<=this.runes[i<<1|1]}matchRunePos(e){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&r.FOLD_CASE)?y.equalsIgnoreCase(t,e)?0:-1:e===t?0:-1}const t=this.runes.length;if(0===t)return-1;if(2===t||4===t||6===t||8===t){for(let n=0;n<t;n+=2){if(e<this.runes[n])return-1;if(e<=this.runes[n+1])return Math.floor(n/2)}return-1}let n=0,s=t>>1;for(;s>1;){const t=s>>1;n+=this.runes[n+t<<1]<=e?t:0,s-=t}n+=this.runes[n<<1]<=e?1:0;const i=n-1;return i>=0&&e<=this.runes[i<<1|1]?i:-1}toString(){switch(this.op){case e.ALT:return`alt -> ${this.out}, ${this.arg}`;case e.ALT_MATCH:return`altmatch -> ${this.out}, ${this.arg}`;case e.CAPTURE:return`cap ${this.arg} -> ${this.out}`;case e.EMPTY_WIDTH:return`empty ${this.arg} -> ${this.out}`;case e.MATCH:return"match"+(0!==this.arg?` ${this.arg}`:"");case e.FAIL:return"fail";case e.NOP:return`nop -> ${this.out}`;case e.LB_WRITE:return`lbwrite ${this.arg} -> ${this.out}`;case e.LB_CHECK:return`lbcheck ${this.arg} -> ${this.out}`;case e.RUNE:return null===this.runes?"rune <null>":["rune ",e.escapeRunes(this.runes),0!==(this.arg&r.FOLD_CASE)?"/i":""," -> ",this.out].join("");case e.RUNE1:return`rune1 ${e.escapeRunes(this.runes)} -> ${this.out}`;case e.RUNE_ANY:return`any -> ${this.out}`;case e.RUNE_ANY_NOT_NL:return`anynotnl -> ${this.out}`;default:throw new Error("unhandled case in Inst.toString")}}},J=class e{constructor(e){this.sparse=new Int32Array(e),this.densePcs=new Int32Array(e),this.denseCaps=null,this.size=0,this.ncap=0,this.mainThreads=0}static INITIAL_THREADS=32;init(t){this.ncap=t;const n=Math.min(this.densePcs.length,e.INITIAL_THREADS)*t;(!this.denseCaps||this.denseCaps.length<n)&&(this.denseCaps=new Int32Array(n))}growCaps(e){const t=this.densePcs.length*this.ncap,n=new Int32Array(Math.min(t,Math.max(e,2*this.denseCaps.length)));n.set(this.denseCaps),this.denseCaps=n}contains(e){const t=this.sparse[e];return t<this.size&&this.densePcs[t]===e}isEmpty(){return 0===this.size}add(e){const t=this.size++;return this.sparse[e]=t,this.densePcs[t]=e,t}clear(){this.size=0,this.mainThreads=0}toString(){let e="{";for(let t=0;t<this.size;t++)0!==t&&(e+=", "),e+=this.densePcs[t];return e+="}",e}},z=class{constructor(e){this.pos=-1,this.pcs=new Int32Array(e.numInst()),this.size=0,this.lbTable=new Int32Array(e.numLb+1)}reset(){this.pos=-1,this.size=0}},Q=class e{static fromRE2(t){const n=new e;return n.prog=t.prog,n.re2=t,n.q0=new J(n.prog.numInst()),n.q1=new J(n.prog.numInst()),n.addStack=new Int32Array(2*(n.prog.numInst()+1)),n.matched=!1,n.matchcap=new Int32Array(n.prog.numCap<2?2:n.prog.numCap),n.ncap=0,n}constructor(){this.prog=null,this.re2=null,this.q0=null,this.q1=null,this.addStack=null,this.matched=!1,this.matchcap=null,this.ncap=0,this.lbTable=null}init(e){this.ncap=e,e>this.matchcap.length?this.matchcap=new Int32Array(e).fill(-1):this.matchcap.fill(-1),this.q0.init(e),this.q1.init(e),this.prog.numLb>0&&((!this.lbTable||this.lbTable.length<this.prog.numLb+1)&&(this.lbTable=new Int32Array(this.prog.numLb+1)),this.lbTable.fill(-1))}submatches(){return 0===this.ncap?S.emptyInts():S.toArray(this.matchcap.subarray(0,this.ncap))}match(e,t,n,s=null){const i=this.re2.cond;if(i===S.EMPTY_ALL)return!1;if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==t)return!1;this.matched=!1,this.matchcap.fill(-1);const o=this.prog.numLb>0,a=t;let B=t,u=!1;o&&(null!==s&&s.pos>=0&&s.pos<=t?(B=s.pos,u=!0):B=0);let c,l=o&&null!==s,h=this.q0,f=this.q1,p=e.step(B),C=p>>3,d=7&p,g=-1,m=0;for(p!==P.EOF()&&(p=e.step(B+d),g=p>>3,m=7&p),c=0===B?S.emptyOpContext(-1,C):e.context(B),o&&(u?this.restoreLookbehinds(s,h,c):this.spawnLookbehinds(h,B,c));;){if(0===h.mainThreads){if(0!==(i&S.EMPTY_BEGIN_TEXT)&&0!==B)break;if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==B)break;if(this.matched)break;if(0===this.prog.numLb&&h.isEmpty()&&0!==this.re2.prefix.length&&g!==this.re2.prefixRune&&e.canCheckPrefix()){const t=e.index(this.re2,B);if(t<0)break;B+=t,p=e.step(B),C=p>>3,d=7&p,p=e.step(B+d),g=p>>3,m=7&p,c=e.context(B)}}B>=a&&(l&&(this.saveLookbehinds(s,h,B),l=!1),this.matched||0!==B&&n!==r.UNANCHORED||(this.ncap>0&&(this.matchcap[0]=B),this.add(h,this.prog.start,B,this.matchcap,0,c)));const t=B+d;if(c=e.context(t),this.step(h,f,B,t,C,c,n,B===e.endPos()),0===d)break;if(0===this.ncap&&this.matched)break;B+=d,C=g,d=m,-1!==C&&(p=e.step(B+d),g=p>>3,m=7&p);const o=h;h=f,f=o}return h.clear(),f.clear(),this.matched}matchSet(e,t,n){const s=this.re2.cond;if(s===S.EMPTY_ALL)return[];if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==t)return[];let i=this.prog.numLb>0?0:t,o=t,a=this.q0,B=this.q1,u=e.step(i),c=u>>3,l=7&u,h=-1,f=0;u!==P.EOF()&&(u=e.step(i+l),h=u>>3,f=7&u);let p=0===i?S.emptyOpContext(-1,c):e.context(i);const C=new Set;for(this.prog.numLb>0&&this.spawnLookbehinds(a,i,p);;){if(0===a.mainThreads){if(0!==(s&S.EMPTY_BEGIN_TEXT)&&0!==i)break;if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==i)break}0!==i&&n!==r.UNANCHORED||i>=o&&this.add(a,this.prog.start,i,this.matchcap,0,p);const t=i+l;p=e.context(t);for(let s=0;s<a.size;s++){const o=a.densePcs[s],u=this.prog.inst[o],l=s*this.ncap;let h=!1;switch(u.op){case j.MATCH:if(n===r.ANCHOR_BOTH&&i!==e.endPos())break;C.add(u.arg);break;case j.RUNE:h=u.matchRune(c);break;case j.RUNE1:h=c===u.runes[0];break;case j.RUNE_ANY:h=!0;break;case j.RUNE_ANY_NOT_NL:h=10!==c;break;default:continue}h&&this.add(B,u.out,t,a.denseCaps,l,p)}if(a.clear(),0===l)break;i+=l,c=h,l=f,-1!==c&&(u=e.step(i+l),h=u>>3,f=7&u);const d=a;a=B,B=d}return B.clear(),Array.from(C).sort((e,t)=>e-t)}step(e,t,n,s,i,o,a,B){const u=this.re2.longest;for(let c=0;c<e.size;c++){const l=e.densePcs[c],h=c*this.ncap;if(u&&this.matched&&this.ncap>0&&this.matchcap[0]<e.denseCaps[h])continue;const f=this.prog.inst[l];let p=!1;switch(f.op){case j.MATCH:if(a===r.ANCHOR_BOTH&&!B)break;if(this.ncap>0&&(!u||!this.matched||this.matchcap[1]<n)){e.denseCaps[h+1]=n;for(let t=0;t<this.ncap;t++)this.matchcap[t]=e.denseCaps[h+t]}u||(e.size=0),this.matched=!0;break;case j.RUNE:p=f.matchRune(i);break;case j.RUNE1:p=i===f.runes[0];break;case j.RUNE_ANY:p=!0;break;case j.RUNE_ANY_NOT_NL:p=10!==i;break;default:continue}p&&this.add(t,f.out,s,e.denseCaps,h,o)}e.clear()}spawnLookbehinds(e,t,n){for(let r=0;r<this.prog.lbStarts.length;r++)this.add(e,this.prog.lbStarts[r],t,this.matchcap,0,n)}restoreLookbehinds(e,t,n){this.lbTable.set(e.lbTable);for(let r=0;r<e.size;r++)this.add(t,e.pcs[r],e.pos,this.matchcap,0,n)}saveLookbehinds(e,t,n){let r=0;for(let n=0;n<t.size;n++){const s=t.densePcs[n];1===this.prog.lbInst[s]&&j.isRuneOp(this.prog.inst[s].op)&&(e.pcs[r++]=s)}e.size=r,e.pos=n,e.lbTable.set(this.lbTable)}add(e,t,n,r,s,i){const o=this.addStack;let a=0;for(;;){for(;0!==t&&!e.contains(t);){const B=e.add(t),u=this.prog.inst[t];switch(u.op){case j.FAIL:t=0;break;case j.ALT:case j.ALT_MATCH:o[a++]=u.arg,o[a++]=0,t=u.out;break;case j.EMPTY_WIDTH:t=0===(u.arg&~i)?u.out:0;break;case j.NOP:t=u.out;break;case j.CAPTURE:u.arg<this.ncap&&(o[a++]=-u.arg-1,o[a++]=r[s+u.arg],r[s+u.arg]=n),t=u.out;break;case j.LB_WRITE:this.lbTable[Math.abs(u.arg)]=n,t=u.out;break;case j.LB_CHECK:t=u.arg>0?this.lbTable[u.arg]===n?u.out:0:this.lbTable[-u.arg]!==n?u.out:0;break;case j.MATCH:case j.RUNE:case j.RUNE1:case j.RUNE_ANY:case j.RUNE_ANY_NOT_NL:if(0===this.prog.lbInst[t]&&e.mainThreads++,this.ncap>0){const t=B*this.ncap;t+this.ncap>e.denseCaps.length&&e.growCaps(t+this.ncap);for(let n=0;n<this.ncap;n++)e.denseCaps[t+n]=r[s+n]}t=0;break;default:throw new F("unhandled")}}if(0===a)return;a-=2;const B=o[a];B<0?(r[s-B-1]=o[a+1],t=0):t=B}}};const q=(e,t)=>{if(e.length!==t.length)return!1;for(let n=0;n<e.length;n++)if(e[n]!==t[n])return!1;return!0},Y=(e,t,n,r)=>e.flag===n&&q(e.nfaStates,t)&&q(e.matchIDs,r),K=[];var V=class{constructor(e,t,n){this.nfaStates=e,this.flag=t,this.isMatch=0!==(t&W.FLAG_MATCH),this.matchIDs=n,this.next=null,this.nextAnchored=null}},W=class e{static FLAG_EMPTY_MASK=255;static FLAG_MATCH=256;static FLAG_LAST_WORD=512;static FLAG_NEED_SHIFT=16;static STATE_OVERHEAD=150;static ARRAY_OVERHEAD=40;static ELEMENT_SIZE=8;static TABLE_OVERHEAD=48;static PROGRESS_PER_STATE=10;constructor(e,t=8388608){this.prog=e,this.maxMem=t,this.stateCache=new Map,this.stateCount=0,this.startStates=new Map,this.failed=!1;for(let t=0;t<e.numInst();t++){const n=e.getInst(t).op;if(n===j.LB_WRITE||n===j.LB_CHECK){this.failed=!0;break}}this.computeRuneClasses(),this.stateBudget=t,this.memBudget=t}computeRuneClasses(){const e=new Set,t=(t,n)=>{e.add(t),e.add(n+1)};for(let e=0;e<this.prog.numInst();e++){const n=this.prog.getInst(e);switch(n.op){case j.RUNE:case j.RUNE1:if(1===n.runes.length){if(t(n.runes[0],n.runes[0]),0!==(n.arg&r.FOLD_CASE))for(let e=y.simpleFold(n.runes[0]);e!==n.runes[0];e=y.simpleFold(e))t(e,e)}else for(let e=0;e<n.runes.length;e+=2)t(n.runes[e],n.runes[e+1]);break;case j.RUNE_ANY_NOT_NL:t(10,10);break;case j.EMPTY_WIDTH:0!==(n.arg&(S.EMPTY_BEGIN_LINE|S.EMPTY_END_LINE))&&t(10,10),0!==(n.arg&(S.EMPTY_WORD_BOUNDARY|S.EMPTY_NO_WORD_BOUNDARY))&&(t(48,57),t(65,90),t(95,95),t(97,122))}}e.delete(0),this.classBounds=Int32Array.from(e).sort(),this.numClasses=this.classBounds.length+1;const n=new Int32Array(y.MAX_LATIN1+1);for(let e=0;e<=y.MAX_LATIN1;e++)n[e]=this.searchClass(e);this.latin1Class=n}runeClass(e){return e<=y.MAX_LATIN1?this.latin1Class[e]:this.searchClass(e)}searchClass(e){const t=this.classBounds;let n=0,r=t.length;for(;n<r;){const s=n+r>>1;t[s]<=e?n=s+1:r=s}return n}closure(e,t){const n=new Set,r=Array.from(e);let s=0;for(;r.length>0;){const e=r.pop();if(0===e||n.has(e))continue;n.add(e);const i=this.prog.getInst(e);switch(i.op){case j.ALT:case j.ALT_MATCH:r.push(i.out),r.push(i.arg);break;case j.NOP:case j.CAPTURE:r.push(i.out);break;case j.EMPTY_WIDTH:s|=i.arg,0===(i.arg&~t)&&r.push(i.out)}}return{pcs:Array.from(n).sort((e,t)=>e-t),needflags:s}}getState(t,n,r){const s=((e,t,n)=>{let r=-2128831035;for(let t=0;t<e.length;t++)r^=e[t],r=Math.imul(r,16777619);r^=t,r=Math.imul(r,16777619);for(let e=0;e<n.length;e++)r^=n[e],r=Math.imul(r,16777619);return r})(t,n,r),i=this.stateCache.get(s);if(i instanceof V){if(Y(i,t,n,r))return i}else if(void 0!==i)for(let e=0;e<i.length;e++)if(Y(i[e],t,n,r))return i[e];const o=e.stateCost(t,r);if(this.memBudget<o)return null;this.memBudget-=o;const a=new V(t,n,r);return void 0===i?this.stateCache.set(s,a):i instanceof V?this.stateCache.set(s,[i,a]):i.push(a),this.stateCount++,a}static stateCost(t,n){const r=0===n.length?0:e.ARRAY_OVERHEAD+e.ELEMENT_SIZE*n.length;return e.STATE_OVERHEAD+e.ELEMENT_SIZE*t.length+r}*cachedStates(){for(const e of this.stateCache.values())e instanceof V?yield e:yield*e}makeState(t,n,r){const s=this.closure(t,n&e.FLAG_EMPTY_MASK);let i=n;return 0===s.needflags&&(i&=e.FLAG_MATCH),i|=s.needflags<<e.FLAG_NEED_SHIFT,this.getState(s.pcs,i,r)}allocTable(t,n){const s=this.numClasses+1,i=e.TABLE_OVERHEAD+e.ELEMENT_SIZE*s;if(this.memBudget<i)return null;this.memBudget-=i;const o=new Array(s).fill(null);return n===r.UNANCHORED?t.next=o:t.nextAnchored=o,o}clearCache(){this.stateCache.clear(),this.stateCount=0,this.startStates.clear(),this.memBudget=this.stateBudget}resetCache(e){return this.clearCache(),this.getState(e.nfaStates,e.flag,e.matchIDs)}step(t,n,s,i){let o=i===r.UNANCHORED?t.next:t.nextAnchored;if(null!==o){const e=o[n];if(null!==e)return e}else if(o=this.allocTable(t,i),null===o)return null;const a=t.flag>>>e.FLAG_NEED_SHIFT,B=t.flag&e.FLAG_EMPTY_MASK;let u=B,c=0;10===s&&(u|=S.EMPTY_END_LINE,c|=S.EMPTY_BEGIN_LINE),-1===s&&(u|=S.EMPTY_END_LINE|S.EMPTY_END_TEXT);const l=0!==(t.flag&e.FLAG_LAST_WORD),h=-1!==s&&S.isWordRune(s);u|=h===l?S.EMPTY_NO_WORD_BOUNDARY:S.EMPTY_WORD_BOUNDARY;let f=t.nfaStates;0!==(u&~B&a)&&(f=this.closure(f,u).pcs);const p=[];let C=!1,d=K;for(let e=0;e<f.length;e++){const t=this.prog.getInst(f[e]);t.op===j.MATCH?(C||(C=!0,d=[]),d.push(t.arg)):-1!==s&&j.isRuneOp(t.op)&&t.matchRune(s)&&p.push(t.out)}d.length>1&&d.sort((e,t)=>e-t),i===r.UNANCHORED&&-1!==s&&p.push(this.prog.start);let g=c;C&&(g|=e.FLAG_MATCH),h&&(g|=e.FLAG_LAST_WORD);const m=this.makeState(p,g,d);return null===m?null:(o[n]=m,m)}start(t,n){const r=t.context(n);let s;if(0!==(r&S.EMPTY_BEGIN_TEXT))s=S.EMPTY_BEGIN_TEXT|S.EMPTY_BEGIN_LINE;else if(0!==(r&S.EMPTY_BEGIN_LINE))s=S.EMPTY_BEGIN_LINE;else{const i=t.step(n),o=i>=0&&S.isWordRune(i>>3);s=0!==(r&S.EMPTY_WORD_BOUNDARY)!==o?e.FLAG_LAST_WORD:0}let i=this.startStates.get(s);if(void 0===i){if(i=this.makeState([this.prog.start],s,K),null===i&&(this.clearCache(),i=this.makeState([this.prog.start],s,K),null===i))return null;this.startStates.set(s,i)}return i}stepOrReset(t,n,r,s,i,o){let a=this.step(t,n,r,s);if(null!==a)return a;if(o.resetPos>=0&&i-o.resetPos<e.PROGRESS_PER_STATE*this.stateCount)return null;o.resetPos=i;const B=this.resetCache(t);return null===B?null:(a=this.step(B,n,r,s),a)}run(e,t,n,s,i){const o=e.endPos(),a=this.latin1Class,B=n===r.UNANCHORED,u={resetPos:-1};let c=t;for(;c<o;){const t=e.step(c),r=t>>3,o=7&t;if(0===o)break;const l=r<=y.MAX_LATIN1?a[r]:this.runeClass(r);let h=B&&null!==s.next?s.next[l]:null;if(null===h&&(h=this.stepOrReset(s,l,r,n,c,u),null===h))return null;if((s=h).isMatch&&i(s,!1))return!0;if(!B&&0===s.nfaStates.length)return!1;c+=o}return null===(s=this.stepOrReset(s,this.numClasses,-1,n,c,u))?null:s.isMatch&&i(s,!0)}match(e,t,n){if(this.failed)return null;if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==t)return!1;const s=this.start(e,t);return null===s?null:this.run(e,t,n,s,(e,t)=>n!==r.ANCHOR_BOTH||t)}matchSet(e,t,n){if(this.failed)return null;if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==t)return[];const s=this.start(e,t);if(null===s)return null;const i=new Set;return null===this.run(e,t,n,s,(e,t)=>{if(n!==r.ANCHOR_BOTH||t)for(let t=0;t<e.matchIDs.length;t++)i.add(e.matchIDs[t]);return!1})?null:Array.from(i).sort((e,t)=>e-t)}};var Z=class{constructor(){this.end=0,this.cap=new Int32Array(0),this.matchcap=new Int32Array(0),this.ncap=0,this.jobPc=new Int32Array(256),this.jobArg=new Uint8Array(256),this.jobPos=new Int32Array(256),this.jobLen=0,this.visited=new Uint32Array(0)}reset(e,t,n){this.end=t,this.jobLen=0,this.ncap=n;const r=e.numInst()*(t+1)+32-1>>>5;this.visited.length<r?this.visited=new Uint32Array(r):this.visited.fill(0,0,r),this.cap.length<n?this.cap=new Int32Array(n).fill(-1):this.cap.fill(-1,0,n),this.matchcap.length<n?this.matchcap=new Int32Array(n).fill(-1):this.matchcap.fill(-1,0,n)}shouldVisit(e,t){const n=e*(this.end+1)+t,r=n>>>5,s=1<<(31&n);return 0===(this.visited[r]&s)&&(this.visited[r]|=s,!0)}push(e,t,n,r){if(e.prog.getInst(t).op!==j.FAIL&&(r||this.shouldVisit(t,n))){if(this.jobLen>=this.jobPc.length){const e=2*this.jobPc.length,t=new Int32Array(e);t.set(this.jobPc),this.jobPc=t;const n=new Uint8Array(e);n.set(this.jobArg),this.jobArg=n;const r=new Int32Array(e);r.set(this.jobPos),this.jobPos=r}this.jobPc[this.jobLen]=t,this.jobArg[this.jobLen]=r?1:0,this.jobPos[this.jobLen]=n,this.jobLen++}}tryBacktrack(e,t,n,s,i){const o=e.longest;for(this.push(e,n,s,!1);this.jobLen>0;){this.jobLen--;let n=this.jobPc[this.jobLen],s=1===this.jobArg[this.jobLen],a=this.jobPos[this.jobLen],B=!0;for(;B||this.shouldVisit(n,a);){B=!1;const u=e.prog.getInst(n);switch(u.op){case j.FAIL:break;case j.ALT:if(s){s=!1,n=u.arg;continue}this.push(e,n,a,!0),n=u.out;continue;case j.ALT_MATCH:{const t=e.prog.getInst(u.out);if(j.isRuneOp(t.op)){this.push(e,u.arg,a,!1),n=u.arg,a=this.end;continue}this.push(e,u.out,this.end,!1),n=u.out;continue}case j.RUNE:{const e=t.step(a);if(e===P.EOF())break;if(!u.matchRune(e>>3))break;a+=7&e,n=u.out;continue}case j.RUNE1:{const e=t.step(a);if(e===P.EOF())break;if(e>>3!==u.runes[0])break;a+=7&e,n=u.out;continue}case j.RUNE_ANY_NOT_NL:{const e=t.step(a);if(e===P.EOF())break;if(e>>3==10)break;a+=7&e,n=u.out;continue}case j.RUNE_ANY:{const e=t.step(a);if(e===P.EOF())break;a+=7&e,n=u.out;continue}case j.CAPTURE:if(s){this.cap[u.arg]=a;break}u.arg<this.ncap&&(this.push(e,n,this.cap[u.arg],!0),this.cap[u.arg]=a),n=u.out;continue;case j.EMPTY_WIDTH:{const e=t.context(a);if(0!==(u.arg&~e))break;n=u.out;continue}case j.NOP:n=u.out;continue;case j.MATCH:{if(i===r.ANCHOR_BOTH&&a!==this.end)break;if(0===this.ncap)return!0;this.ncap>1&&(this.cap[1]=a);const e=this.matchcap[1];if((-1===e||o&&a>0&&a>e)&&this.matchcap.set(this.cap),!o)return!0;if(a===this.end)return!0;break}case j.LB_WRITE:case j.LB_CHECK:throw new F("Backtracker cannot evaluate Lookbehind instructions");default:throw new F("bad inst")}break}}return o&&this.matchcap.length>1&&this.matchcap[1]>=0}};const X=[];var $=class e{static shouldBacktrack(e){return e.numInst()<=500}static maxBitStateLen(t){return e.shouldBacktrack(t)?Math.floor(262144/t.numInst()):0}static execute(e,t,n,s,i){const o=e.cond;if(o===S.EMPTY_ALL)return null;if((s===r.ANCHOR_START||s===r.ANCHOR_BOTH)&&0!==n)return null;if(0!==(o&S.EMPTY_BEGIN_TEXT)&&0!==n)return null;const a=X.length>0?X.pop():new Z,B=t.endPos();a.reset(e.prog,B,i);let u=!1;if(0!==(o&S.EMPTY_BEGIN_TEXT)||s===r.ANCHOR_START||s===r.ANCHOR_BOTH)a.ncap>0&&(a.cap[0]=n),a.tryBacktrack(e,t,e.prog.start,n,s)&&(u=!0);else{let r=-1;for(;n<=B&&0!==r;n+=r){if(e.prefix.length>0){const r=t.index(e,n);if(r<0)break;n+=r}if(a.ncap>0&&(a.cap[0]=n),a.tryBacktrack(e,t,e.prog.start,n,s)){u=!0;break}const i=t.step(n);r=i===P.EOF()?0:7&i}}if(!u)return X.push(a),null;const c=0===i?[]:S.toArray(a.matchcap.subarray(0,i));return X.push(a),c}},ee=class{constructor(e){this.sparse=new Uint32Array(e),this.dense=new Uint32Array(e),this.size=0,this.nextIndex=0}empty(){return this.nextIndex>=this.size}next(){return this.dense[this.nextIndex++]}clear(){this.size=0,this.nextIndex=0}contains(e){return e<this.sparse.length&&this.sparse[e]<this.size&&this.dense[this.sparse[e]]===e}insert(e){this.contains(e)||this.insertNew(e)}insertNew(e){e>=this.sparse.length||(this.sparse[e]=this.size,this.dense[this.size]=e,this.size++)}};var te=class{constructor(e){this.start=e.start,this.numCap=e.numCap,this.inst=new Array(e.inst.length);for(let t=0;t<e.inst.length;t++){const n=e.inst[t],r=new j(n.op);r.out=n.out,r.arg=n.arg,r.runes=n.runes?new Int32Array(n.runes):new Int32Array(0),r.next=null,this.inst[t]=r}}};var ne=class e{static compile(e){if(0===e.start)return null;if(e.numLb>0)return null;const t=e.inst[e.start];if(t.op!==j.EMPTY_WIDTH||0===(t.arg&S.EMPTY_BEGIN_TEXT))return null;let n=!1;for(let t=0;t<e.inst.length;t++)if(e.inst[t].op===j.ALT||e.inst[t].op===j.ALT_MATCH){n=!0;break}for(let t=0;t<e.inst.length;t++){const r=e.inst[t],s=e.inst[r.out].op;switch(r.op){case j.ALT:case j.ALT_MATCH:if(s===j.MATCH||e.inst[r.arg].op===j.MATCH)return null;break;case j.EMPTY_WIDTH:if(s===j.MATCH){if((r.arg&S.EMPTY_END_TEXT)===S.EMPTY_END_TEXT)continue;return null}break;default:if(s===j.MATCH&&n)return null}}let s=(e=>{const t=new te(e);for(let e=0;e<t.inst.length;e++){const n=t.inst[e];if(n.op!==j.ALT&&n.op!==j.ALT_MATCH)continue;let r="out",s="arg",i=t.inst[n[s]];if(i.op!==j.ALT&&i.op!==j.ALT_MATCH&&(r="arg",s="out",i=t.inst[n[s]],i.op!==j.ALT&&i.op!==j.ALT_MATCH))continue;const o=t.inst[n[r]];if(o.op===j.ALT||o.op===j.ALT_MATCH)continue;let a="out",B="arg",u=!1;i.out===e?u=!0:i.arg===e&&(u=!0,a="arg",B="out"),u&&(i[a]=n[r]),n[r]===i[a]&&(n[s]=i[B])}return t})(e);return s=(e=>{if(e.inst.length>=1e3)return null;const t=new ee(e.inst.length),n=new ee(e.inst.length),s=new Array(e.inst.length),i=new Array(e.inst.length).fill(!1),o=a=>{let B=!0;const u=e.inst[a];if(n.contains(a))return!0;switch(n.insert(a),u.op){case j.ALT:case j.ALT_MATCH:{B=o(u.out)&&o(u.arg);let e=i[u.out],t=i[u.arg];if(e&&t)return!1;if(t){const n=u.out;u.out=u.arg,u.arg=n;const r=e;e=t,t=r}e&&(i[a]=!0,u.op=j.ALT_MATCH);const n=((e,t,n,r)=>{const s=e.length,i=t.length;let o=0,a=0;const B=[],u=[];let c=!0,l=-1;const h=s=>{const i=s?e:t,c=s?o:a,h=s?n:r;return!(l>0&&i[c]<=B[l]||(B.push(i[c],i[c+1]),s?o+=2:a+=2,l+=2,u.push(h),0))};for(;o<s||a<i;)if(c=a>=i?h(!0):o>=s||t[a]<e[o]?h(!1):h(!0),!c)return null;return{merged:B,next:u}})(s[u.out]||[],s[u.arg]||[],u.out,u.arg);if(!n)return!1;s[a]=new Int32Array(n.merged),u.next=new Uint32Array(n.next);break}case j.CAPTURE:case j.EMPTY_WIDTH:case j.NOP:B=o(u.out),i[a]=i[u.out],s[a]=s[u.out]?new Int32Array(s[u.out]):new Int32Array(0),u.next=new Uint32Array(Math.floor(s[a].length/2)+1).fill(u.out);break;case j.MATCH:case j.FAIL:i[a]=u.op===j.MATCH;break;case j.RUNE:{if(i[a]=!1,u.next&&u.next.length>0)break;if(t.insert(u.out),!u.runes||0===u.runes.length){s[a]=new Int32Array(0),u.next=new Uint32Array([u.out]);break}let e=[];if(1===u.runes.length&&0!==(u.arg&r.FOLD_CASE)){const t=u.runes[0];e.push(t,t);for(let n=y.simpleFold(t);n!==t;n=y.simpleFold(n))e.push(n,n);e.sort((e,t)=>e-t)}else for(let t=0;t<u.runes.length;t++)e.push(u.runes[t]);s[a]=new Int32Array(e),u.next=new Uint32Array(Math.floor(e.length/2)+1).fill(u.out),u.op=j.RUNE;break}case j.RUNE1:{if(i[a]=!1,u.next&&u.next.length>0)break;t.insert(u.out);let e=[];if(0!==(u.arg&r.FOLD_CASE)){const t=u.runes[0];e.push(t,t);for(let n=y.simpleFold(t);n!==t;n=y.simpleFold(n))e.push(n,n);e.sort((e,t)=>e-t)}else e.push(u.runes[0],u.runes[0]);s[a]=new Int32Array(e),u.next=new Uint32Array(Math.floor(e.length/2)+1).fill(u.out),u.op=j.RUNE;break}case j.RUNE_ANY:if(i[a]=!1,u.next&&u.next.length>0)break;t.insert(u.out),s[a]=new Int32Array([0,y.MAX_RUNE]),u.next=new Uint32Array([u.out]);break;case j.RUNE_ANY_NOT_NL:if(i[a]=!1,u.next&&u.next.length>0)break;t.insert(u.out),s[a]=new Int32Array([0,9,11,y.MAX_RUNE]),u.next=new Uint32Array(Math.floor(s[a].length/2)+1).fill(u.out)}return B};for(t.clear(),t.insert(e.start);!t.empty();)if(n.clear(),!o(t.next()))return null;for(let t=0;t<e.inst.length;t++)s[t]&&(e.inst[t].runes=s[t]);return e})(s),null!==s&&((e,t)=>{for(let n=0;n<t.inst.length;n++){const r=t.inst[n];switch(r.op){case j.ALT:case j.ALT_MATCH:case j.RUNE:break;case j.CAPTURE:case j.EMPTY_WIDTH:case j.NOP:case j.MATCH:case j.FAIL:e.inst[n].next=null;break;case j.RUNE1:case j.RUNE_ANY:case j.RUNE_ANY_NOT_NL:e.inst[n].next=null,e.inst[n].op=r.op,e.inst[n].runes=r.runes?new Int32Array(r.runes):new Int32Array(0)}}})(s,e),s}static next(e,t){const n=e.matchRunePos(t);return n>=0?e.next[n]:e.op===j.ALT_MATCH?e.out:0}static execute(t,n,s,i,o){const a=t.onepass;if(!a)return null;const B=new Int32Array(o).fill(-1);let u=!1,c=n.step(s),l=c>>3,h=7&c,f=P.EOF(),p=-1,C=0;c!==P.EOF()&&(f=n.step(s+h),f!==P.EOF()&&(p=f>>3,C=7&f));let d,g=0===s?S.emptyOpContext(-1,l):n.context(s),m=a.start;for(;;){switch(d=a.inst[m],m=d.out,d.op){case j.MATCH:return i===r.ANCHOR_BOTH&&s!==n.endPos()?null:(u=!0,B.length>0&&(B[0]=0,B[1]=s),0===o?[]:S.toArray(B));case j.RUNE:if(!d.matchRune(l))return null;break;case j.RUNE1:if(l!==d.runes[0])return null;break;case j.RUNE_ANY:break;case j.RUNE_ANY_NOT_NL:if(10===l)return null;break;case j.ALT:case j.ALT_MATCH:m=e.next(d,l);continue;case j.FAIL:return null;case j.NOP:continue;case j.EMPTY_WIDTH:if(0!==(d.arg&~g))return null;continue;case j.CAPTURE:d.arg<B.length&&(B[d.arg]=s);continue;default:throw new F("bad inst")}if(0===h)break;g=S.emptyOpContext(l,p),s+=h,l=p,h=C,-1!==l&&(f=n.step(s+h),f!==P.EOF()?(p=f>>3,C=7&f):(p=-1,C=0))}return u?0===o?[]:S.toArray(B):null}},re=class e{static Op=T(["NO_MATCH","EMPTY_MATCH","LITERAL","CHAR_CLASS","ANY_CHAR_NOT_NL","ANY_CHAR","BEGIN_LINE","END_LINE","BEGIN_TEXT","END_TEXT","WORD_BOUNDARY","NO_WORD_BOUNDARY","CAPTURE","STAR","PLUS","QUEST","REPEAT","CONCAT","ALTERNATE","PLB","NLB","LEFT_PAREN","VERTICAL_BAR"]);static isPseudoOp(t){return t>=e.Op.LEFT_PAREN}static emptySubs(){return[]}static quoteIfHyphen(e){return e===p.CODES["-"]?"\\":""}static fromRegexp(t){const n=new e(t.op);return n.flags=t.flags,n.subs=t.subs,n.runes=t.runes,n.cap=t.cap,n.min=t.min,n.max=t.max,n.name=t.name,n.namedGroups=t.namedGroups,n.lb=t.lb,n}constructor(t){this.op=t,this.flags=0,this.subs=e.emptySubs(),this.runes=new Int32Array(0),this.min=0,this.max=0,this.cap=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}reinit(){this.flags=0,this.subs=e.emptySubs(),this.runes=new Int32Array(0),this.cap=0,this.min=0,this.max=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}toString(){return this.appendTo()}appendTo(){let t="";switch(this.op){case e.Op.NO_MATCH:t+="[^\\x00-\\x{10FFFF}]";break;case e.Op.EMPTY_MATCH:t+="(?:)";break;case e.Op.STAR:case e.Op.PLUS:case e.Op.QUEST:case e.Op.REPEAT:{const n=this.subs[0];switch(n.op>e.Op.CAPTURE||n.op===e.Op.LITERAL&&n.runes.length>1?t+=`(?:${n.appendTo()})`:t+=n.appendTo(),this.op){case e.Op.STAR:t+="*";break;case e.Op.PLUS:t+="+";break;case e.Op.QUEST:t+="?";break;case e.Op.REPEAT:t+=`{${this.min}`,this.min!==this.max&&(t+=",",this.max>=0&&(t+=this.max)),t+="}"}0!==(this.flags&r.NON_GREEDY)&&(t+="?");break}case e.Op.CONCAT:for(let n of this.subs)n.op===e.Op.ALTERNATE?t+=`(?:${n.appendTo()})`:t+=n.appendTo();break;case e.Op.ALTERNATE:{let e="";for(let n of this.subs)t+=e,e="|",t+=n.appendTo();break}case e.Op.LITERAL:0!==(this.flags&r.FOLD_CASE)&&(t+="(?i:");for(let e of this.runes)t+=S.escapeRune(e);0!==(this.flags&r.FOLD_CASE)&&(t+=")");break;case e.Op.ANY_CHAR_NOT_NL:t+="(?-s:.)";break;case e.Op.ANY_CHAR:t+="(?s:.)";break;case e.Op.PLB:t+=`(?<=${this.subs[0].appendTo()})`;break;case e.Op.NLB:t+=`(?<!${this.subs[0].appendTo()})`;break;case e.Op.CAPTURE:null===this.name||0===this.name.length?t+="(":t+=`(?P<${this.name}>`,this.subs[0].op!==e.Op.EMPTY_MATCH&&(t+=this.subs[0].appendTo()),t+=")";break;case e.Op.BEGIN_TEXT:t+="\\A";break;case e.Op.END_TEXT:0!==(this.flags&r.WAS_DOLLAR)?t+="(?-m:$)":t+="\\z";break;case e.Op.BEGIN_LINE:t+="^";break;case e.Op.END_LINE:t+="$";break;case e.Op.WORD_BOUNDARY:t+="\\b";break;case e.Op.NO_WORD_BOUNDARY:t+="\\B";break;case e.Op.CHAR_CLASS:if(this.runes.length%2!=0){t+="[invalid char class]";break}if(t+="[",0===this.runes.length)t+="^\\x00-\\x{10FFFF}";else if(0===this.runes[0]&&this.runes[this.runes.length-1]===y.MAX_RUNE){t+="^";for(let n=1;n<this.runes.length-1;n+=2){const r=this.runes[n]+1,s=this.runes[n+1]-1;t+=e.quoteIfHyphen(r),t+=S.escapeRune(r),r!==s&&(t+="-",t+=e.quoteIfHyphen(s),t+=S.escapeRune(s))}}else for(let n=0;n<this.runes.length;n+=2){const r=this.runes[n],s=this.runes[n+1];t+=e.quoteIfHyphen(r),t+=S.escapeRune(r),r!==s&&(t+="-",t+=e.quoteIfHyphen(s),t+=S.escapeRune(s))}t+="]";break;default:t+=this.op}return t}maxCap(){let t=0;if(this.op===e.Op.CAPTURE&&(t=this.cap),null!==this.subs)for(let e of this.subs){const n=e.maxCap();t<n&&(t=n)}return t}equals(t){if(!(null!==t&&t instanceof e))return!1;if(this.op!==t.op)return!1;switch(this.op){case e.Op.END_TEXT:if((this.flags&r.WAS_DOLLAR)!==(t.flags&r.WAS_DOLLAR))return!1;break;case e.Op.LITERAL:case e.Op.CHAR_CLASS:if((this.flags&r.FOLD_CASE)!==(t.flags&r.FOLD_CASE))return!1;if(null===this.runes&&null===t.runes)break;if(null===this.runes||null===t.runes)return!1;if(this.runes.length!==t.runes.length)return!1;for(let e=0;e<this.runes.length;e++)if(this.runes[e]!==t.runes[e])return!1;break;case e.Op.ALTERNATE:case e.Op.CONCAT:if(this.subs.length!==t.subs.length)return!1;for(let e=0;e<this.subs.length;++e)if(!this.subs[e].equals(t.subs[e]))return!1;break;case e.Op.STAR:case e.Op.PLUS:case e.Op.QUEST:if((this.flags&r.NON_GREEDY)!==(t.flags&r.NON_GREEDY)||!this.subs[0].equals(t.subs[0]))return!1;break;case e.Op.REPEAT:if((this.flags&r.NON_GREEDY)!==(t.flags&r.NON_GREEDY)||this.min!==t.min||this.max!==t.max||!this.subs[0].equals(t.subs[0]))return!1;break;case e.Op.CAPTURE:if(this.cap!==t.cap||(null===this.name?null!==t.name:this.name!==t.name)||!this.subs[0].equals(t.subs[0]))return!1;break;case e.Op.PLB:case e.Op.NLB:if(this.lb!==t.lb||!this.subs[0].equals(t.subs[0]))return!1}return!0}},se=class{static walk(e,t){const n=[];let r,s=e;for(;;){if(0===s.subs.length)r=t.leaf(s);else{const e=t.enter(s);if(void 0===e.result){n.push({re:s,state:e,i:0}),s=s.subs[0];continue}r=e.result}for(;;){if(0===n.length)return r;const e=n[n.length-1];if(t.child(e.re,e.state,r,e.i),e.i++,void 0===e.state.result&&e.i<e.re.subs.length){s=e.re.subs[e.i];break}n.pop(),r=void 0!==e.state.result?e.state.result:t.leave(e.re,e.state)}}}},ie=class{constructor(e,t){const n=new Map,r=[0],s=[0],i=[0],o=[0];for(const a of e){let e=0;for(let B=0;B<a.length;B++){const u=e*t+a[B];let c=n.get(u);void 0===c&&(c=r.length,n.set(u,c),r.push(e),s.push(a[B]),i.push(i[e]+1),o.push(0)),e=c}o[e]=1}const a=r.length,B=new Int32Array(a-1);for(let e=1;e<a;e++)B[e-1]=e;B.sort((e,t)=>r[e]-r[t]||s[e]-s[t]);const u=new Int32Array(a+1);for(let e=1;e<a;e++)u[r[e]+1]++;for(let e=0;e<a;e++)u[e+1]+=u[e];const c=new Int32Array(a-1);for(let e=0;e<B.length;e++)c[e]=s[B[e]];this.childStart=u,this.childUnit=c,this.childNode=B;const l=new Int32Array(a);for(let e=0;e<a;e++)l[e]=e;l.sort((e,t)=>i[e]-i[t]);const h=new Int32Array(a),f=Uint8Array.from(o);for(let e=1;e<a;e++){const t=l[e],n=r[t];if(0!==n){let e=h[n],r=this.next(e,s[t]);for(;r<0&&0!==e;)e=h[e],r=this.next(e,s[t]);h[t]=r>=0?r:0}f[t]|=f[h[t]]}this.fail=h,this.match=f}next(e,t){let n=this.childStart[e],r=this.childStart[e+1];const s=this.childUnit;for(;n<r;){const e=n+r>>1,i=s[e];if(i===t)return this.childNode[e];i<t?n=e+1:r=e}return-1}advance(e,t){for(;;){const n=this.next(e,t);if(n>=0)return n;if(0===e)return 0;e=this.fail[e]}}searchUTF16(e,t,n){let r=0;for(let s=t;s<n;s++)if(r=this.advance(r,e.charCodeAt(s)),1===this.match[r])return!0;return!1}searchUTF8(e,t,n){let r=0;for(let s=t;s<n;s++)if(r=this.advance(r,e[s]),1===this.match[r])return!0;return!1}},oe=class e{static Type={NONE:0,EXACT:1,AND:2,OR:3};static MAX_SCANS=32;static MAX_AC_UNITS=1<<18;constructor(t){this.type=t,this.subs=[],this.str="",this.bytes=null,this.cost=t===e.Type.EXACT?1:0,this.allExact=!1,this.ac16=null,this.ac8=null}automaton16(){if(null===this.ac16){const e=this.subs.map(e=>{const t=new Array(e.str.length);for(let n=0;n<e.str.length;n++)t[n]=e.str.charCodeAt(n);return t});this.ac16=new ie(e,65536)}return this.ac16}automaton8(){return null===this.ac8&&(this.ac8=new ie(this.subs.map(e=>e.bytes),256)),this.ac8}eval(t,n){switch(this.type){case e.Type.NONE:return!0;case e.Type.EXACT:return t.hasString(this,n);case e.Type.AND:for(let e=0;e<this.subs.length;e++)if(!this.subs[e].eval(t,n))return!1;return!0;case e.Type.OR:if(this.allExact)return t.hasAnyString(this,n);for(let e=0;e<this.subs.length;e++)if(this.subs[e].eval(t,n))return!0;return!1;default:return!0}}},ae=class e{static build(t){return t?se.walk(t,e.WALKER):new oe(oe.Type.NONE)}static WALKER={leaf:t=>e.leaf(t),enter:t=>e.enter(t),child:(t,n,r)=>e.child(t,n,r),leave:(t,n)=>e.leave(t,n)};static leaf(e){if(e.op!==re.Op.LITERAL)return new oe(oe.Type.NONE);if(0===e.runes.length||0!==(e.flags&r.FOLD_CASE))return new oe(oe.Type.NONE);let t="";for(let n=0;n<e.runes.length;n++){if(y.isUnsearchable(e.runes[n]))return new oe(oe.Type.NONE);t+=String.fromCodePoint(e.runes[n])}const n=new oe(oe.Type.EXACT);return n.str=t,n.bytes=S.stringToUtf8ByteArray(n.str),n}static enter(e){switch(e.op){case re.Op.CAPTURE:case re.Op.PLUS:return{sub:null};case re.Op.REPEAT:return e.min>=1?{sub:null}:{result:new oe(oe.Type.NONE)};case re.Op.CONCAT:return{pf:new oe(oe.Type.AND),subs:[]};case re.Op.ALTERNATE:return{pf:new oe(oe.Type.OR),subs:[]};default:return{result:new oe(oe.Type.NONE)}}}static child(e,t,n){if(void 0!==t.subs)if(t.pf.type!==oe.Type.AND)if(n.type!==oe.Type.NONE)if(n.type!==oe.Type.OR)t.subs.push(n);else for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);else t.result=new oe(oe.Type.NONE);else{if(n.type===oe.Type.NONE)return;if(n.type===oe.Type.AND){for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}t.subs.push(n)}else t.sub=n}static leave(e,t){if(void 0===t.subs)return t.sub;const n=t.pf,r=new Set,s=[];for(const e of t.subs){if(e.type===oe.Type.EXACT){if(r.has(e.str))continue;r.add(e.str)}s.push(e)}if(n.type===oe.Type.AND){const e=[];let t=0;for(const n of s)t+n.cost>oe.MAX_SCANS||(e.push(n),t+=n.cost);return 0===e.length?new oe(oe.Type.NONE):1===e.length?e[0]:(n.subs=e,n.cost=t,n)}if(0===s.length)return new oe(oe.Type.NONE);if(1===s.length)return s[0];n.subs=s;let i=!0,o=0,a=0;for(const e of s)e.type!==oe.Type.EXACT?i=!1:a+=e.bytes.length,o+=e.cost;return i?a>oe.MAX_AC_UNITS?new oe(oe.Type.NONE):(n.allExact=!0,n.cost=1,n):o>oe.MAX_SCANS?new oe(oe.Type.NONE):(n.cost=o,n)}},Be=class{constructor(e=0,t=0){this.head=e,this.tail=t}},ue=class{constructor(){this.inst=[],this.start=0,this.numCap=2,this.lbStarts=[],this.numLb=0,this.lbInst=null}getInst(e){return this.inst[e]}numInst(){return this.inst.length}addInst(e){this.inst.push(new j(e))}markLookbehindInsts(){const e=new Uint8Array(this.inst.length),t=this.lbStarts.slice();for(;t.length>0;){const n=t.pop();if(0===n||1===e[n])continue;e[n]=1;const r=this.inst[n];switch(r.op){case j.ALT:case j.ALT_MATCH:t.push(r.out,r.arg);break;case j.MATCH:case j.FAIL:break;default:t.push(r.out)}}this.lbInst=e}skipNop(e){let t=this.inst[e];for(;t.op===j.NOP||t.op===j.CAPTURE;)t=this.inst[e],e=t.out;return t}prefix(){let e="",t=this.skipNop(this.start);if(!j.isRuneOp(t.op)||1!==t.runes.length)return[t.op===j.MATCH,e];for(;j.isRuneOp(t.op)&&1===t.runes.length&&0===(t.arg&r.FOLD_CASE)&&!y.isUnsearchable(t.runes[0]);)e+=String.fromCodePoint(t.runes[0]),t=this.skipNop(t.out);return[t.op===j.MATCH,e]}startCond(){let e=0,t=this.start;e:for(;;){const n=this.inst[t];switch(n.op){case j.EMPTY_WIDTH:e|=n.arg;break;case j.FAIL:return-1;case j.CAPTURE:case j.NOP:break;default:break e}t=n.out}return e}patch(e,t){let n=e.head;for(;0!==n;){const e=this.inst[n>>1];1&n?(n=e.arg,e.arg=t):(n=e.out,e.out=t)}}append(e,t){if(0===e.head)return t;if(0===t.head)return e;const n=this.inst[e.tail>>1];return 1&e.tail?n.arg=t.head:n.out=t.head,new Be(e.head,t.tail)}toString(){let e="";for(let t=0;t<this.inst.length;t++){const n=e.length;e+=t,t===this.start&&(e+="*"),e+="        ".substring(e.length-n),e+=this.inst[t],e+="\n"}return e}};const ce=new Int32Array([0,p.CODES["\n"]-1,p.CODES["\n"]+1,y.MAX_RUNE]),le=new Int32Array([0,y.MAX_RUNE]);var he=class{constructor(e=0,t=new Be,n=!1){this.i=e,this.out=t,this.nullable=n}},fe=class e{static compileRegexp(t){const n=new e,r=n.compile(t);return n.prog.patch(r.out,n.newInst(j.MATCH).i),n.prog.start=r.i,n.prog.markLookbehindInsts(),n.prog}static compileSet(t){const n=new e;if(0===t.length)return n.prog.start=n.newInst(j.FAIL).i,n.prog.markLookbehindInsts(),n.prog;let r=[];for(let e=0;e<t.length;e++){n.lbOffset=n.prog.numLb;const s=n.compile(t[e]),i=n.newInst(j.MATCH);n.prog.getInst(i.i).arg=e,n.prog.patch(s.out,i.i),r.push(s.i)}let s=r[0];for(let e=1;e<r.length;e++){const t=n.newInst(j.ALT),i=n.prog.getInst(t.i);i.out=s,i.arg=r[e],s=t.i}return n.prog.start=s,n.prog.markLookbehindInsts(),n.prog}constructor(){this.prog=new ue,this.newInst(j.FAIL),this.lbOffset=0,this.runeCache=new Map,this.walker={leaf:e=>this.leaf(e),enter:e=>this.enter(e),child:(e,t,n)=>this.child(e,t,n),leave:(e,t)=>this.leave(e,t)}}newInst(e){return this.prog.addInst(e),new he(this.prog.numInst()-1,new Be,!0)}nop(){const e=this.newInst(j.NOP);return e.out=new Be(e.i<<1,e.i<<1),e}fail(){return new he}cap(e){const t=this.newInst(j.CAPTURE);return t.out=new Be(t.i<<1,t.i<<1),this.prog.getInst(t.i).arg=e,this.prog.numCap<e+1&&(this.prog.numCap=e+1),t}cat(e,t){return 0===e.i||0===t.i?(this.prog.patch(e.out,0),this.prog.patch(t.out,0),this.fail()):(this.prog.patch(e.out,t.i),new he(e.i,t.out,e.nullable&&t.nullable))}alt(e,t){if(0===e.i)return t;if(0===t.i)return e;const n=this.newInst(j.ALT),r=this.prog.getInst(n.i);return r.out=e.i,r.arg=t.i,n.out=this.prog.append(e.out,t.out),n.nullable=e.nullable||t.nullable,n}loop(e,t){const n=this.newInst(j.ALT),r=this.prog.getInst(n.i);return t?(r.arg=e.i,n.out=new Be(n.i<<1,n.i<<1)):(r.out=e.i,n.out=new Be(n.i<<1|1,n.i<<1|1)),this.prog.patch(e.out,n.i),n}quest(e,t){if(0===e.i)return this.nop();const n=this.newInst(j.ALT),r=this.prog.getInst(n.i);return t?(r.arg=e.i,n.out=new Be(n.i<<1,n.i<<1)):(r.out=e.i,n.out=new Be(n.i<<1|1,n.i<<1|1)),n.out=this.prog.append(n.out,e.out),n}star(e,t){return 0===e.i?this.nop():e.nullable?this.quest(this.plus(e,t),t):this.loop(e,t)}plus(e,t){return 0===e.i?this.fail():new he(e.i,this.loop(e,t).out,e.nullable)}empty(e){const t=this.newInst(j.EMPTY_WIDTH);return this.prog.getInst(t.i).arg=e,t.out=new Be(t.i<<1,t.i<<1),t}rune(e,t){const n=this.newInst(j.RUNE);n.nullable=!1;const s=this.prog.getInst(n.i);return s.runes=e,t&=r.FOLD_CASE,1===e.length&&y.simpleFold(e[0])!==e[0]||(t&=~r.FOLD_CASE),s.arg=t,n.out=new Be(n.i<<1,n.i<<1),0===(t&r.FOLD_CASE)&&1===e.length||2===e.length&&e[0]===e[1]?s.op=j.RUNE1:2===e.length&&0===e[0]&&e[1]===y.MAX_RUNE?s.op=j.RUNE_ANY:4===e.length&&0===e[0]&&e[1]===p.CODES["\n"]-1&&e[2]===p.CODES["\n"]+1&&e[3]===y.MAX_RUNE&&(s.op=j.RUNE_ANY_NOT_NL),n}lookBehind(e,t){const n=Math.sign(t)*(Math.abs(t)+this.lbOffset),r=this.newInst(j.LB_WRITE);this.prog.getInst(r.i).arg=n;const s=this.rune(le,0),i=this.star(s,!0),o=this.cat(i,e);this.prog.patch(o.out,r.i);const a=this.newInst(j.LB_CHECK);return this.prog.getInst(a.i).arg=n,this.prog.lbStarts.push(o.i),Math.abs(n)>this.prog.numLb&&(this.prog.numLb=Math.abs(n)),a.out=new Be(a.i<<1,a.i<<1),a}compile(e){return se.walk(e,this.walker)}leaf(e){switch(e.op){case re.Op.NO_MATCH:return this.fail();case re.Op.EMPTY_MATCH:return this.nop();case re.Op.LITERAL:{if(0===e.runes.length)return this.nop();let t=null;for(let n of e.runes){let r=this.runeCache.get(n);void 0===r&&(r=new Int32Array([n]),this.runeCache.set(n,r));const s=this.rune(r,e.flags);t=null===t?s:this.cat(t,s)}return t}case re.Op.CHAR_CLASS:return this.rune(e.runes,e.flags);case re.Op.ANY_CHAR_NOT_NL:return this.rune(ce,0);case re.Op.ANY_CHAR:return this.rune(le,0);case re.Op.BEGIN_LINE:return this.empty(S.EMPTY_BEGIN_LINE);case re.Op.END_LINE:return this.empty(S.EMPTY_END_LINE);case re.Op.BEGIN_TEXT:return this.empty(S.EMPTY_BEGIN_TEXT);case re.Op.END_TEXT:return this.empty(S.EMPTY_END_TEXT);case re.Op.WORD_BOUNDARY:return this.empty(S.EMPTY_WORD_BOUNDARY);case re.Op.NO_WORD_BOUNDARY:return this.empty(S.EMPTY_NO_WORD_BOUNDARY);case re.Op.CONCAT:case re.Op.ALTERNATE:return this.nop();default:throw new w("regexp: unhandled case in compile")}}enter(e){switch(e.op){case re.Op.PLB:case re.Op.NLB:case re.Op.STAR:case re.Op.PLUS:case re.Op.QUEST:return{sub:null};case re.Op.CAPTURE:return{bra:this.cap(e.cap<<1),sub:null};case re.Op.CONCAT:case re.Op.ALTERNATE:return{f:null};default:throw new w("regexp: unhandled case in compile")}}child(e,t,n){e.op===re.Op.CONCAT?t.f=null===t.f?n:this.cat(t.f,n):e.op===re.Op.ALTERNATE?t.f=null===t.f?n:this.alt(t.f,n):t.sub=n}leave(e,t){switch(e.op){case re.Op.PLB:case re.Op.NLB:return this.lookBehind(t.sub,e.lb);case re.Op.CAPTURE:{const n=this.cap(e.cap<<1|1);return this.cat(this.cat(t.bra,t.sub),n)}case re.Op.STAR:return this.star(t.sub,0!==(e.flags&r.NON_GREEDY));case re.Op.PLUS:return this.plus(t.sub,0!==(e.flags&r.NON_GREEDY));case re.Op.QUEST:return this.quest(t.sub,0!==(e.flags&r.NON_GREEDY));case re.Op.CONCAT:case re.Op.ALTERNATE:return t.f;default:throw new w("regexp: unhandled case in compile")}}},pe=class e{static simplify(t){return null===t?null:se.walk(t,e.WALKER)}static WALKER={leaf:t=>e.leaf(t),enter:t=>e.enter(t),child:(t,n,r,s)=>e.child(t,n,r,s),leave:(t,n)=>e.leave(t,n)};static leaf(e){if(e.op===re.Op.CHAR_CLASS){if(null===e.runes)return e;if(0===e.runes.length)return new re(re.Op.NO_MATCH);if(2===e.runes.length&&0===e.runes[0]&&e.runes[1]===y.MAX_RUNE)return new re(re.Op.ANY_CHAR);if(4===e.runes.length&&0===e.runes[0]&&e.runes[1]===p.CODES["\n"]-1&&e.runes[2]===p.CODES["\n"]+1&&e.runes[3]===y.MAX_RUNE)return new re(re.Op.ANY_CHAR_NOT_NL)}return e}static enter(e){switch(e.op){case re.Op.PLB:case re.Op.NLB:case re.Op.CAPTURE:case re.Op.STAR:case re.Op.PLUS:case re.Op.QUEST:return{sub:null};case re.Op.CONCAT:case re.Op.ALTERNATE:return{subs:[],changed:!1};case re.Op.REPEAT:return 0===e.min&&0===e.max?{result:new re(re.Op.EMPTY_MATCH)}:{sub:null};default:return{result:e}}}static child(e,t,n,r){if(void 0!==t.subs){if(n!==e.subs[r]&&(t.changed=!0),e.op===re.Op.CONCAT){if(n.op===re.Op.NO_MATCH)return void(t.result=new re(re.Op.NO_MATCH));if(n.op===re.Op.EMPTY_MATCH)return void(t.changed=!0);if(n.op===re.Op.CONCAT){t.changed=!0;for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}}else{if(n.op===re.Op.NO_MATCH)return void(t.changed=!0);if(n.op===re.Op.ALTERNATE){t.changed=!0;for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}}t.subs.push(n)}else t.sub=n}static leave(t,n){switch(t.op){case re.Op.PLB:case re.Op.NLB:case re.Op.CAPTURE:{const e=n.sub;if(e!==t.subs[0]){const n=re.fromRegexp(t);return n.runes=new Int32Array(0),n.subs=[e],n}return t}case re.Op.CONCAT:case re.Op.ALTERNATE:if(n.changed){const e=n.subs;if(0===e.length)return new re(t.op===re.Op.CONCAT?re.Op.EMPTY_MATCH:re.Op.NO_MATCH);if(1===e.length)return e[0];const r=re.fromRegexp(t);return r.runes=new Int32Array(0),r.subs=e,r}return t;case re.Op.STAR:case re.Op.PLUS:case re.Op.QUEST:return e.simplify1(t.op,t.flags,n.sub,t);case re.Op.REPEAT:return e.simplifyRepeat(t,n.sub);default:return t}}static simplifyRepeat(t,n){if(-1===t.max){if(0===t.min)return e.simplify1(re.Op.STAR,t.flags,n,null);if(1===t.min)return e.simplify1(re.Op.PLUS,t.flags,n,null);const r=[];for(let e=0;e<t.min-1;e++)r.push(n);return r.push(e.simplify1(re.Op.PLUS,t.flags,n,null)),e.concat(r)}if(1===t.min&&1===t.max)return n;let r=null;if(t.min>0){r=[];for(let e=0;e<t.min;e++)r.push(n)}if(t.max>t.min){let s=e.simplify1(re.Op.QUEST,t.flags,n,null);for(let r=t.min+1;r<t.max;r++)s=e.simplify1(re.Op.QUEST,t.flags,e.concat([n,s]),null);if(null===r)return s;r.push(s)}return null!==r?e.concat(r):new re(re.Op.NO_MATCH)}static concat(e){const t=[];for(let n=0;n<e.length;n++){const r=e[n];if(r.op===re.Op.NO_MATCH)return new re(re.Op.NO_MATCH);if(r.op!==re.Op.EMPTY_MATCH)if(r.op!==re.Op.CONCAT)t.push(r);else for(let e=0;e<r.subs.length;e++)t.push(r.subs[e])}if(0===t.length)return new re(re.Op.EMPTY_MATCH);if(1===t.length)return t[0];const n=new re(re.Op.CONCAT);return n.subs=t,n}static simplify1(e,t,n,s){if(n.op===re.Op.EMPTY_MATCH)return n;if(n.op===re.Op.NO_MATCH)return e===re.Op.PLUS?n:new re(re.Op.EMPTY_MATCH);if(e===n.op&&(t&r.NON_GREEDY)===(n.flags&r.NON_GREEDY))return n;if(null!==s&&s.op===e&&(s.flags&r.NON_GREEDY)===(t&r.NON_GREEDY)&&n===s.subs[0])return s;const i=new re(e);return i.flags=t,i.subs=[n],i}},Ce=class{constructor(e,t){this.sign=e,this.cls=t}};const de=[48,57],ge=[9,10,12,13,32,32],me=[48,57,65,90,95,95,97,122],De=new Map([["\\d",new Ce(1,de)],["\\D",new Ce(-1,de)],["\\s",new Ce(1,ge)],["\\S",new Ce(-1,ge)],["\\w",new Ce(1,me)],["\\W",new Ce(-1,me)]]),Ee=[48,57,65,90,97,122],ye=[65,90,97,122],Ae=[0,127],be=[9,9,32,32],we=[0,31,127,127],ve=[48,57],Ie=[33,126],Fe=[97,122],Oe=[32,126],_e=[33,47,58,64,91,96,123,126],Ne=[9,13,32,32],Se=[65,90],Te=[48,57,65,90,95,95,97,122],xe=[48,57,65,70,97,102],Le=new Map([["[:alnum:]",new Ce(1,Ee)],["[:^alnum:]",new Ce(-1,Ee)],["[:alpha:]",new Ce(1,ye)],["[:^alpha:]",new Ce(-1,ye)],["[:ascii:]",new Ce(1,Ae)],["[:^ascii:]",new Ce(-1,Ae)],["[:blank:]",new Ce(1,be)],["[:^blank:]",new Ce(-1,be)],["[:cntrl:]",new Ce(1,we)],["[:^cntrl:]",new Ce(-1,we)],["[:digit:]",new Ce(1,ve)],["[:^digit:]",new Ce(-1,ve)],["[:graph:]",new Ce(1,Ie)],["[:^graph:]",new Ce(-1,Ie)],["[:lower:]",new Ce(1,Fe)],["[:^lower:]",new Ce(-1,Fe)],["[:print:]",new Ce(1,Oe)],["[:^print:]",new Ce(-1,Oe)],["[:punct:]",new Ce(1,_e)],["[:^punct:]",new Ce(-1,_e)],["[:space:]",new Ce(1,Ne)],["[:^space:]",new Ce(-1,Ne)],["[:upper:]",new Ce(1,Se)],["[:^upper:]",new Ce(-1,Se)],["[:word:]",new Ce(1,Te)],["[:^word:]",new Ce(-1,Te)],["[:xdigit:]",new Ce(1,xe)],["[:^xdigit:]",new Ce(-1,xe)]]);var ke=class e{static charClassToString(e,t){let n="[";for(let r=0;r<t;r+=2){r>0&&(n+=" ");const t=e[r],s=e[r+1];n+=t===s?`0x${t.toString(16)}`:`0x${t.toString(16)}-0x${s.toString(16)}`}return n+="]",n}static sortRanges(e,t){const n=t>>1,r=new Array(n);for(let e=0;e<n;e++)r[e]=e;r.sort((t,n)=>e[2*t]-e[2*n]||e[2*n+1]-e[2*t+1]);const s=e.slice(0,t);for(let t=0;t<n;t++)e[2*t]=s[2*r[t]],e[2*t+1]=s[2*r[t]+1]}constructor(e=S.emptyInts()){this.r=e,this.len=e.length}toArray(){return this.r instanceof Int32Array?this.len===this.r.length?this.r:this.r.subarray(0,this.len):new Int32Array(this.len===this.r.length?this.r:this.r.slice(0,this.len))}toGrowableArray(){return Array.isArray(this.r)?(this.r.length=this.len,this.r):Array.from(this.r.subarray(0,this.len))}cleanClass(){if(this.len<4)return this;e.sortRanges(this.r,this.len);let t=2;for(let e=2;e<this.len;e+=2){const n=this.r[e],r=this.r[e+1];n<=this.r[t-1]+1?r>this.r[t-1]&&(this.r[t-1]=r):(this.r[t]=n,this.r[t+1]=r,t+=2)}return this.len=t,this}appendLiteral(e,t){return 0!==(t&r.FOLD_CASE)?this.appendFoldedRange(e,e):this.appendRange(e,e)}appendRange(e,t){if(this.len>0)for(let n=2;n<=4;n+=2)if(this.len>=n){const r=this.r[this.len-n],s=this.r[this.len-n+1];if(e<=s+1&&r<=t+1)return e<r&&(this.r[this.len-n]=e),t>s&&(this.r[this.len-n+1]=t),this}return this.r[this.len++]=e,this.r[this.len++]=t,this}appendFoldedRange(e,t){if(e<=y.MIN_FOLD&&t>=y.MAX_FOLD)return this.appendRange(e,t);if(t<y.MIN_FOLD||e>y.MAX_FOLD)return this.appendRange(e,t);e<y.MIN_FOLD&&(this.appendRange(e,y.MIN_FOLD-1),e=y.MIN_FOLD),t>y.MAX_FOLD&&(this.appendRange(y.MAX_FOLD+1,t),t=y.MAX_FOLD);for(let n=e;n<=t;n++){this.appendRange(n,n);for(let e=y.simpleFold(n);e!==n;e=y.simpleFold(e))this.appendRange(e,e)}return this}appendClass(e){for(let t=0;t<e.length;t+=2)this.appendRange(e[t],e[t+1]);return this}appendFoldedClass(e){for(let t=0;t<e.length;t+=2)this.appendFoldedRange(e[t],e[t+1]);return this}appendNegatedClass(e){let t=0;for(let n=0;n<e.length;n+=2){const r=e[n],s=e[n+1];t<=r-1&&this.appendRange(t,r-1),t=s+1}return t<=y.MAX_RUNE&&this.appendRange(t,y.MAX_RUNE),this}appendTable(e){for(let t=0;t<e.length;++t){const n=e.getLo(t),r=e.getHi(t),s=e.getStride(t);if(1!==s)for(let e=n;e<=r;e+=s)this.appendRange(e,e);else this.appendRange(n,r)}return this}appendNegatedTable(e){let t=0;for(let n=0;n<e.length;++n){const r=e.getLo(n),s=e.getHi(n),i=e.getStride(n);if(1!==i)for(let e=r;e<=s;e+=i)t<=e-1&&this.appendRange(t,e-1),t=e+1;else t<=r-1&&this.appendRange(t,r-1),t=s+1}return t<=y.MAX_RUNE&&this.appendRange(t,y.MAX_RUNE),this}appendTableWithSign(e,t){return t<0?this.appendNegatedTable(e):this.appendTable(e)}negateClass(){let e=0,t=0;for(let n=0;n<this.len;n+=2){const r=this.r[n],s=this.r[n+1];e<=r-1&&(this.r[t]=e,this.r[t+1]=r-1,t+=2),e=s+1}return this.len=t,e<=y.MAX_RUNE&&(this.r[this.len++]=e,this.r[this.len++]=y.MAX_RUNE),this}appendClassWithSign(e,t){return t<0?this.appendNegatedClass(e):this.appendClass(e)}appendGroup(t,n){let r=t.cls;return n&&(r=(new e).appendFoldedClass(r).cleanClass().toArray()),this.appendClassWithSign(r,t.sign)}toString(){return e.charClassToString(this.r,this.len)}},Re=class{constructor(e){this.str=e,this.position=0}pos(){return this.position}rewindTo(e){this.position=e}more(){return this.position<this.str.length}peek(){return this.str.codePointAt(this.position)}skip(e){this.position+=e}skipString(e){this.position+=e.length}pop(){const e=this.str.codePointAt(this.position);return this.position+=S.charCount(e),e}lookingAt(e){return this.str.startsWith(e,this.position)}rest(){return this.str.substring(this.position)}from(e){return this.str.substring(e,this.position)}toString(){return this.rest()}},Pe=class e{static ERR_INTERNAL_ERROR="regexp/syntax: internal error";static ERR_INVALID_CHAR_RANGE="invalid character class range";static ERR_INVALID_ESCAPE="invalid escape sequence";static ERR_INVALID_NAMED_CAPTURE="invalid named capture";static ERR_INVALID_PERL_OP="invalid or unsupported Perl syntax";static ERR_INVALID_REPEAT_OP="invalid nested repetition operator";static ERR_INVALID_REPEAT_SIZE="invalid repeat count";static ERR_MISSING_BRACKET="missing closing ]";static ERR_MISSING_PAREN="missing closing )";static ERR_MISSING_REPEAT_ARGUMENT="missing argument to repetition operator";static ERR_TRAILING_BACKSLASH="trailing backslash at end of expression";static ERR_DUPLICATE_NAMED_CAPTURE="duplicate capture group name";static ERR_UNEXPECTED_PAREN="unexpected )";static ERR_NESTING_DEPTH="expression nests too deeply";static ERR_LARGE="expression too large";static ERR_INVALID_CAPTURE_IN_LOOKBEHIND="invalid capture in lookbehind";static MAX_HEIGHT=1e3;static MAX_SIZE=1398101;static MAX_RUNES=33554432;static ANY_TABLE=new C(new Uint32Array([0,y.MAX_RUNE,1]));static ASCII_TABLE=new C(new Uint32Array([0,127,1]));static ASCII_FOLD_TABLE=new C(new Uint32Array([0,127,1,383,383,1,8490,8490,1]));static unicodeTable(t){return"Any"===t?{tab:e.ANY_TABLE,fold:e.ANY_TABLE,sign:1}:"Ascii"===t?{tab:e.ASCII_TABLE,fold:e.ASCII_FOLD_TABLE,sign:1}:"Assigned"===t?{tab:E.CATEGORIES.get("Cn"),fold:E.CATEGORIES.get("Cn"),sign:-1}:"Lc"===t?{tab:E.CATEGORIES.get("LC"),fold:E.FOLD_CATEGORIES.get("LC"),sign:1}:E.CATEGORIES.has(t)?{tab:E.CATEGORIES.get(t),fold:E.FOLD_CATEGORIES.get(t),sign:1}:E.SCRIPTS.has(t)?{tab:E.SCRIPTS.get(t),fold:E.FOLD_SCRIPT.get(t),sign:1}:null}static minFoldRune(e){if(e<y.MIN_FOLD||e>y.MAX_FOLD)return e;let t=e;const n=e;for(e=y.simpleFold(e);e!==n;e=y.simpleFold(e))t>e&&(t=e);return t}static leadingRegexp(e){if(e.op===re.Op.EMPTY_MATCH)return null;if(e.op===re.Op.CONCAT&&e.subs.length>0){const t=e.subs[0];return t.op===re.Op.EMPTY_MATCH?null:t}return e}static literalRegexp(e,t){const n=new re(re.Op.LITERAL);return n.flags=t,n.runes=S.stringToRunes(e),n}static parse(t,n){return new e(t,n).parseInternal()}static parseRepeat(t){const n=t.pos();if(!t.more()||!t.lookingAt("{"))return-1;t.skip(1);const r=e.parseInt(t);if(-1===r)return-1;if(!t.more())return-1;let s;if(t.lookingAt(",")){if(t.skip(1),!t.more())return-1;if(t.lookingAt("}"))s=-1;else if(-1===(s=e.parseInt(t)))return-1}else s=r;if(!t.more()||!t.lookingAt("}"))return-1;if(t.skip(1),r<0||r>1e3||-2===s||s>1e3||s>=0&&r>s)throw new b(e.ERR_INVALID_REPEAT_SIZE,t.from(n));return r<<16|s&y.MAX_BMP}static isValidCaptureName(e){if(0===e.length)return!1;for(let t=0;t<e.length;t++){const n=e.codePointAt(t);if(n!==p.CODES._&&!S.isalnum(n))return!1}return!0}static parseInt(e){const t=e.pos();for(;e.more()&&e.peek()>=p.CODES[0]&&e.peek()<=p.CODES[9];)e.skip(1);const n=e.from(t);return 0===n.length||n.length>1&&n.codePointAt(0)===p.CODES[0]?-1:n.length>8?-2:parseInt(n,10)}static isCharClass(e){return e.op===re.Op.LITERAL&&1===e.runes.length||e.op===re.Op.CHAR_CLASS||e.op===re.Op.ANY_CHAR_NOT_NL||e.op===re.Op.ANY_CHAR}static matchRune(e,t){switch(e.op){case re.Op.LITERAL:return 1===e.runes.length&&e.runes[0]===t;case re.Op.CHAR_CLASS:for(let n=0;n<e.runes.length;n+=2)if(e.runes[n]<=t&&t<=e.runes[n+1])return!0;return!1;case re.Op.ANY_CHAR_NOT_NL:return t!==p.CODES["\n"];case re.Op.ANY_CHAR:return!0}return!1}static mergeCharClass(t,n){switch(t.op){case re.Op.ANY_CHAR:break;case re.Op.ANY_CHAR_NOT_NL:e.matchRune(n,p.CODES["\n"])&&(t.op=re.Op.ANY_CHAR);break;case re.Op.CHAR_CLASS:{const e=new ke(Array.isArray(t.runes)?t.runes:Array.from(t.runes));n.op===re.Op.LITERAL?e.appendLiteral(n.runes[0],n.flags):e.appendClass(n.runes),t.runes=e.toGrowableArray();break}case re.Op.LITERAL:if(n.runes[0]===t.runes[0]&&n.flags===t.flags)break;t.op=re.Op.CHAR_CLASS,t.runes=(new ke).appendLiteral(t.runes[0],t.flags).appendLiteral(n.runes[0],n.flags).toGrowableArray()}}static parseEscape(t){const n=t.pos();if(t.skip(1),!t.more())throw new b(e.ERR_TRAILING_BACKSLASH);let r=t.pop();e:switch(r){case p.CODES[1]:case p.CODES[2]:case p.CODES[3]:case p.CODES[4]:case p.CODES[5]:case p.CODES[6]:case p.CODES[7]:if(!t.more()||t.peek()<p.CODES[0]||t.peek()>p.CODES[7])break;case p.CODES[0]:{let e=r-p.CODES[0];for(let n=1;n<3&&!(!t.more()||t.peek()<p.CODES[0]||t.peek()>p.CODES[7]);n++)e=8*e+t.peek()-p.CODES[0],t.skip(1);return e}case p.CODES.x:{if(!t.more())break;if(r=t.pop(),r===p.CODES["{"]){let e=0,n=0;for(;;){if(!t.more())break e;if(r=t.pop(),r===p.CODES["}"])break;const s=S.unhex(r);if(s<0)break e;if(n=16*n+s,n>y.MAX_RUNE)break e;e++}if(0===e)break e;return n}const e=S.unhex(r);if(!t.more())break;r=t.pop();const n=S.unhex(r);if(e<0||n<0)break;return 16*e+n}case p.CODES.a:return p.CODES[""];case p.CODES.f:return p.CODES["\f"];case p.CODES.n:return p.CODES["\n"];case p.CODES.r:return p.CODES["\r"];case p.CODES.t:return p.CODES["\t"];case p.CODES.v:return p.CODES["\v"];default:if(r<=y.MAX_ASCII&&!S.isalnum(r))return r}throw new b(e.ERR_INVALID_ESCAPE,t.from(n))}static parseClassChar(t,n){if(!t.more())throw new b(e.ERR_MISSING_BRACKET,t.from(n));return t.lookingAt("\\")?e.parseEscape(t):t.pop()}static hasCapture(t){if(null===t)return!1;if(t.op===re.Op.CAPTURE)return!0;if(t.subs)for(let n of t.subs)if(e.hasCapture(n))return!0;return!1}constructor(e,t=0){this.wholeRegexp=e,this.flags=t,this.numCap=0,this.namedGroups=Object.create(null),this.stack=[],this.free=null,this.numRegexp=0,this.numRunes=0,this.repeats=0,this.height=null,this.size=null,this.nlb=0}newRegexp(e){let t=this.free;return null!==t&&null!==t.subs&&t.subs.length>0?(this.free=t.subs[0],t.reinit(),t.op=e):(t=new re(e),this.numRegexp+=1),t}reuse(e){null!==this.height&&this.height.has(e)&&this.height.delete(e),null!==e.subs&&e.subs.length>0&&(e.subs[0]=this.free),this.free=e}checkLimits(t){if(this.numRunes>e.MAX_RUNES)throw new b(e.ERR_LARGE);this.checkSize(t),this.checkHeight(t)}checkSize(t){if(null===this.size){if(0===this.repeats&&(this.repeats=1),t.op===re.Op.REPEAT){let n=t.max;-1===n&&(n=t.min),n<=0&&(n=1),n>Math.floor(e.MAX_SIZE/this.repeats)?this.repeats=e.MAX_SIZE:this.repeats*=n}if(this.numRegexp<Math.floor(e.MAX_SIZE/this.repeats))return;this.size=new Map;for(let e of this.stack)this.checkSize(e)}if(this.calcSize(t,!0)>e.MAX_SIZE)throw new b(e.ERR_LARGE)}calcSize(e,t=!1){if(!t&&null!==this.size&&this.size.has(e))return this.size.get(e);let n=0;switch(e.op){case re.Op.LITERAL:n=e.runes.length;break;case re.Op.PLB:case re.Op.NLB:case re.Op.CAPTURE:case re.Op.STAR:n=2+this.calcSize(e.subs[0]);break;case re.Op.PLUS:case re.Op.QUEST:n=1+this.calcSize(e.subs[0]);break;case re.Op.CONCAT:for(let t of e.subs)n+=this.calcSize(t);break;case re.Op.ALTERNATE:for(let t of e.subs)n+=this.calcSize(t);e.subs.length>1&&(n=n+e.subs.length-1);break;case re.Op.REPEAT:{let t=this.calcSize(e.subs[0]);if(-1===e.max){n=0===e.min?2+t:1+e.min*t;break}n=e.max*t+(e.max-e.min);break}}return n=Math.max(1,n),null===this.size&&(this.size=new Map),this.size.set(e,n),n}checkHeight(t){if(!(this.numRegexp<e.MAX_HEIGHT)){if(null===this.height){this.height=new Map;for(let e of this.stack)this.checkHeight(e)}if(this.calcHeight(t,!0)>e.MAX_HEIGHT)throw new b(e.ERR_NESTING_DEPTH)}}calcHeight(e,t=!1){if(!t&&null!==this.height&&this.height.has(e))return this.height.get(e);let n=1;for(let t of e.subs){const e=this.calcHeight(t);n<1+e&&(n=1+e)}return null===this.height&&(this.height=new Map),this.height.set(e,n),n}pop(){return this.stack.pop()}popToPseudo(){const e=this.stack.length;let t=e;for(;t>0&&!re.isPseudoOp(this.stack[t-1].op);)t--;return this.stack.splice(t,e-t)}push(e){if(this.numRunes+=e.runes.length,e.op===re.Op.CHAR_CLASS&&2===e.runes.length&&e.runes[0]===e.runes[1]){if(this.maybeConcat(e.runes[0],this.flags&~r.FOLD_CASE))return null;e.op=re.Op.LITERAL,e.runes=[e.runes[0]],e.flags=this.flags&~r.FOLD_CASE}else if(e.op===re.Op.CHAR_CLASS&&4===e.runes.length&&e.runes[0]===e.runes[1]&&e.runes[2]===e.runes[3]&&y.simpleFold(e.runes[0])===e.runes[2]&&y.simpleFold(e.runes[2])===e.runes[0]||e.op===re.Op.CHAR_CLASS&&2===e.runes.length&&e.runes[0]+1===e.runes[1]&&y.simpleFold(e.runes[0])===e.runes[1]&&y.simpleFold(e.runes[1])===e.runes[0]){if(this.maybeConcat(e.runes[0],this.flags|r.FOLD_CASE))return null;e.op=re.Op.LITERAL,e.runes=[e.runes[0]],e.flags=this.flags|r.FOLD_CASE}else this.maybeConcat(-1,0);return this.stack.push(e),this.checkLimits(e),e}maybeConcat(e,t){const n=this.stack.length;if(n<2)return!1;const s=this.stack[n-1],i=this.stack[n-2];if(s.op!==re.Op.LITERAL||i.op!==re.Op.LITERAL||(s.flags&r.FOLD_CASE)!==(i.flags&r.FOLD_CASE))return!1;Array.isArray(i.runes)||(i.runes=Array.from(i.runes));for(let e=0;e<s.runes.length;e++)i.runes.push(s.runes[e]);return e>=0?(s.runes=[e],s.flags=t,!0):(this.pop(),this.reuse(s),!1)}newLiteral(t,n){const s=this.newRegexp(re.Op.LITERAL);return s.flags=n,0!==(n&r.FOLD_CASE)&&(t=e.minFoldRune(t)),s.runes=[t],s}literal(e){this.push(this.newLiteral(e,this.flags))}op(e){const t=this.newRegexp(e);return t.flags=this.flags,this.push(t)}repeat(t,n,s,i,o,a){let B=this.flags;if(0!==(B&r.PERL_X)&&(o.more()&&o.lookingAt("?")&&(o.skip(1),B^=r.NON_GREEDY),-1!==a))throw new b(e.ERR_INVALID_REPEAT_OP,o.from(a));const u=this.stack.length;if(0===u)throw new b(e.ERR_MISSING_REPEAT_ARGUMENT,o.from(i));const c=this.stack[u-1];if(re.isPseudoOp(c.op))throw new b(e.ERR_MISSING_REPEAT_ARGUMENT,o.from(i));const l=this.newRegexp(t);if(l.min=n,l.max=s,l.flags=B,l.subs=[c],this.stack[u-1]=l,this.checkLimits(l),t===re.Op.REPEAT&&(n>=2||s>=2)&&!this.repeatIsValid(l,1e3))throw new b(e.ERR_INVALID_REPEAT_SIZE,o.from(i))}repeatIsValid(e,t){if(e.op===re.Op.REPEAT){let n=e.max;if(0===n)return!0;if(n<0&&(n=e.min),n>t)return!1;n>0&&(t=Math.trunc(t/n))}for(let n of e.subs)if(!this.repeatIsValid(n,t))return!1;return!0}concat(){this.maybeConcat(-1,0);const e=this.popToPseudo();return 0===e.length?this.push(this.newRegexp(re.Op.EMPTY_MATCH)):this.push(this.collapse(e,re.Op.CONCAT))}alternate(){const e=this.popToPseudo();return e.length>0&&this.cleanAlt(e[e.length-1]),0===e.length?this.push(this.newRegexp(re.Op.NO_MATCH)):this.push(this.collapse(e,re.Op.ALTERNATE))}cleanAlt(e){e.op===re.Op.CHAR_CLASS&&(e.runes=new ke(Array.from(e.runes)).cleanClass().toArray(),2===e.runes.length&&0===e.runes[0]&&e.runes[1]===y.MAX_RUNE?(e.runes=new Int32Array(0),e.op=re.Op.ANY_CHAR):4===e.runes.length&&0===e.runes[0]&&e.runes[1]===p.CODES["\n"]-1&&e.runes[2]===p.CODES["\n"]+1&&e.runes[3]===y.MAX_RUNE&&(e.runes=new Int32Array(0),e.op=re.Op.ANY_CHAR_NOT_NL))}collapse(e,t){if(1===e.length)return e[0];let n=0;for(let r of e)n+=r.op===t?r.subs.length:1;let r=new Array(n).fill(null),s=0;for(let n of e)if(n.op===t){for(let e=0;e<n.subs.length;e++)r[s++]=n.subs[e];this.reuse(n)}else r[s++]=n;let i=this.newRegexp(t);if(i.subs=r,t===re.Op.ALTERNATE&&(i.subs=this.factor(i.subs),1===i.subs.length)){const e=i;i=i.subs[0],this.reuse(e)}return i}factor(t){if(t.length<2)return t;let n=0,s=t.length,i=0,o=null,a=0,B=0,u=0;for(let e=0;e<=s;e++){let c=null,l=0,h=0;if(e<s){let s=t[n+e];if(s.op===re.Op.CONCAT&&s.subs.length>0&&(s=s.subs[0]),s.op===re.Op.LITERAL&&(c=s.runes,l=s.runes.length,h=s.flags&r.FOLD_CASE),h===B){let e=0;for(;e<a&&e<l&&o[e]===c[e];)e++;if(e>0){a=e;continue}}}if(e===u);else if(e===u+1)t[i++]=t[n+u];else{const r=this.newRegexp(re.Op.LITERAL);r.flags=B,r.runes=o.slice(0,a);for(let r=u;r<e;r++)t[n+r]=this.removeLeadingString(t[n+r],a),this.checkLimits(t[n+r]);const s=this.collapse(t.slice(n+u,n+e),re.Op.ALTERNATE),c=this.newRegexp(re.Op.CONCAT);c.subs=[r,s],t[i++]=c}u=e,o=c,a=l,B=h}s=i,n=0,u=0,i=0;let c=null;for(let r=0;r<=s;r++){let o=null;if(!(r<s&&(o=e.leadingRegexp(t[n+r]),null!==c&&c.equals(o)&&(e.isCharClass(c)||c.op===re.Op.REPEAT&&c.min===c.max&&e.isCharClass(c.subs[0]))))){if(r===u);else if(r===u+1)t[i++]=t[n+u];else{const e=c;for(let e=u;e<r;e++){const r=e!==u;t[n+e]=this.removeLeadingRegexp(t[n+e],r),this.checkLimits(t[n+e])}const s=this.collapse(t.slice(n+u,n+r),re.Op.ALTERNATE),o=this.newRegexp(re.Op.CONCAT);o.subs=[e,s],t[i++]=o}u=r,c=o}}s=i,n=0,u=0,i=0;for(let r=0;r<=s;r++)if(!(r<s&&e.isCharClass(t[n+r]))){if(r===u);else if(r===u+1)t[i++]=t[n+u];else{let s=u;for(let e=u+1;e<r;e++){const r=t[n+s],i=t[n+e];(r.op<i.op||r.op===i.op&&(null!==r.runes?r.runes.length:0)<(null!==i.runes?i.runes.length:0))&&(s=e)}const o=t[n+u];t[n+u]=t[n+s],t[n+s]=o;for(let s=u+1;s<r;s++)e.mergeCharClass(t[n+u],t[n+s]),this.reuse(t[n+s]);this.cleanAlt(t[n+u]),t[i++]=t[n+u]}r<s&&(t[i++]=t[n+r]),u=r+1}s=i,n=0,u=0,i=0;for(let e=0;e<s;++e)e+1<s&&t[n+e].op===re.Op.EMPTY_MATCH&&t[n+e+1].op===re.Op.EMPTY_MATCH||(t[i++]=t[n+e]);return s=i,n=0,t.slice(n,s)}removeLeadingString(e,t){if(e.op===re.Op.CONCAT&&e.subs.length>0){const n=this.removeLeadingString(e.subs[0],t);if(e.subs[0]=n,n.op===re.Op.EMPTY_MATCH)switch(this.reuse(n),e.subs.length){case 0:case 1:e.op=re.Op.EMPTY_MATCH,e.subs=re.emptySubs();break;case 2:{const t=e;e=e.subs[1],this.reuse(t);break}default:e.subs=e.subs.slice(1,e.subs.length)}return e}return e.op===re.Op.LITERAL&&(e.runes=e.runes.slice(t,e.runes.length),0===e.runes.length&&(e.op=re.Op.EMPTY_MATCH)),e}removeLeadingRegexp(e,t){if(e.op===re.Op.CONCAT&&e.subs.length>0){switch(t&&this.reuse(e.subs[0]),e.subs=e.subs.slice(1,e.subs.length),e.subs.length){case 0:e.op=re.Op.EMPTY_MATCH,e.subs=re.emptySubs();break;case 1:{const t=e;e=e.subs[0],this.reuse(t);break}}return e}return t&&this.reuse(e),this.newRegexp(re.Op.EMPTY_MATCH)}parseInternal(){if(0!==(this.flags&r.LITERAL))return e.literalRegexp(this.wholeRegexp,this.flags);let t=-1,n=-1,s=-1;const i=new Re(this.wholeRegexp);for(;i.more();){let o=-1;e:switch(i.peek()){case p.CODES["("]:if(0!==(this.flags&r.LOOKBEHIND)){if(i.lookingAt("(?<=")){this.parsePosLookBehind(),i.skip(4);break}if(i.lookingAt("(?<!")){this.parseNegLookBehind(),i.skip(4);break}}if(0!==(this.flags&r.PERL_X)&&i.lookingAt("(?")){this.parsePerlFlags(i);break}this.op(re.Op.LEFT_PAREN).cap=++this.numCap,i.skip(1);break;case p.CODES["|"]:this.parseVerticalBar(),i.skip(1);break;case p.CODES[")"]:this.parseRightParen(),i.skip(1);break;case p.CODES["^"]:0!==(this.flags&r.ONE_LINE)?this.op(re.Op.BEGIN_TEXT):this.op(re.Op.BEGIN_LINE),i.skip(1);break;case p.CODES.$:0!==(this.flags&r.ONE_LINE)?this.op(re.Op.END_TEXT).flags|=r.WAS_DOLLAR:this.op(re.Op.END_LINE),i.skip(1);break;case p.CODES["."]:0!==(this.flags&r.DOT_NL)?this.op(re.Op.ANY_CHAR):this.op(re.Op.ANY_CHAR_NOT_NL),i.skip(1);break;case p.CODES["["]:this.parseClass(i);break;case p.CODES["*"]:case p.CODES["+"]:case p.CODES["?"]:{o=i.pos();let e=null;switch(i.pop()){case p.CODES["*"]:e=re.Op.STAR;break;case p.CODES["+"]:e=re.Op.PLUS;break;case p.CODES["?"]:e=re.Op.QUEST}this.repeat(e,n,s,o,i,t);break}case p.CODES["{"]:{const r=i.pos(),a=e.parseRepeat(i);if(a<0){i.rewindTo(r),this.literal(i.pop());break}o=r,n=a>>16,s=(a&y.MAX_BMP)<<16>>16,this.repeat(re.Op.REPEAT,n,s,o,i,t);break}case p.CODES["\\"]:{const t=i.pos();if(i.skip(1),0!==(this.flags&r.PERL_X)&&i.more())switch(i.pop()){case p.CODES.A:this.op(re.Op.BEGIN_TEXT);break e;case p.CODES.b:this.op(re.Op.WORD_BOUNDARY);break e;case p.CODES.B:this.op(re.Op.NO_WORD_BOUNDARY);break e;case p.CODES.C:throw new b(e.ERR_INVALID_ESCAPE,"\\C");case p.CODES.Q:{let e=i.rest();const t=e.indexOf("\\E");t>=0?(e=e.substring(0,t),i.skipString(e),i.skipString("\\E")):i.skipString(e);let n=0;for(;n<e.length;){const t=e.codePointAt(n);this.literal(t),n+=S.charCount(t)}break e}case p.CODES.z:this.op(re.Op.END_TEXT);break e;default:i.rewindTo(t)}else i.rewindTo(t);const n=this.newRegexp(re.Op.CHAR_CLASS);if(n.flags=this.flags,i.lookingAt("\\p")||i.lookingAt("\\P")){const e=new ke;if(this.parseUnicodeClass(i,e)){n.runes=e.toArray(),this.push(n);break e}}const s=new ke;if(this.parsePerlClassEscape(i,s)){n.runes=s.toArray(),this.push(n);break e}i.rewindTo(t),this.reuse(n),this.literal(e.parseEscape(i));break}default:this.literal(i.pop())}t=o}if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),1!==this.stack.length)throw new b(e.ERR_MISSING_PAREN,this.wholeRegexp);return this.stack[0].namedGroups=this.namedGroups,this.stack[0]}parsePerlFlags(t){const n=t.pos(),s=t.rest();if(s.startsWith("(?P<")||s.startsWith("(?<")){const n="P"===s.charAt(2)?4:3,r=s.indexOf(">");if(r<0)throw new b(e.ERR_INVALID_NAMED_CAPTURE,s);const i=s.substring(n,r);if(t.skipString(i),t.skip(n+1),!e.isValidCaptureName(i))throw new b(e.ERR_INVALID_NAMED_CAPTURE,s.substring(0,r+1));const o=this.op(re.Op.LEFT_PAREN);if(o.cap=++this.numCap,this.namedGroups[i])throw new b(e.ERR_DUPLICATE_NAMED_CAPTURE,i);return this.namedGroups[i]=this.numCap,void(o.name=i)}t.skip(2);let i=this.flags,o=1,a=!1;e:for(;t.more();){const e=t.pop();switch(e){case p.CODES.i:i|=r.FOLD_CASE,a=!0;break;case p.CODES.m:i&=~r.ONE_LINE,a=!0;break;case p.CODES.s:i|=r.DOT_NL,a=!0;break;case p.CODES.U:i|=r.NON_GREEDY,a=!0;break;case p.CODES["-"]:if(o<0)break e;o=-1,i=~i,a=!1;break;case p.CODES[":"]:case p.CODES[")"]:if(o<0){if(!a)break e;i=~i}return e===p.CODES[":"]&&this.op(re.Op.LEFT_PAREN),void(this.flags=i);default:break e}}throw new b(e.ERR_INVALID_PERL_OP,t.from(n))}parsePosLookBehind(){const e=this.newRegexp(re.Op.LEFT_PAREN);return e.flags=this.flags,e.lb=++this.nlb,this.push(e)}parseNegLookBehind(){const e=this.newRegexp(re.Op.LEFT_PAREN);return e.flags=this.flags,e.lb=-++this.nlb,this.push(e)}parseVerticalBar(){this.concat(),this.swapVerticalBar()||this.op(re.Op.VERTICAL_BAR)}swapVerticalBar(){const t=this.stack.length;if(t>=3&&this.stack[t-2].op===re.Op.VERTICAL_BAR&&e.isCharClass(this.stack[t-1])&&e.isCharClass(this.stack[t-3])){let n=this.stack[t-1],r=this.stack[t-3];if(n.op>r.op){const e=r;r=n,n=e,this.stack[t-3]=r}return e.mergeCharClass(r,n),this.reuse(n),this.pop(),!0}if(t>=2){const e=this.stack[t-1],n=this.stack[t-2];if(n.op===re.Op.VERTICAL_BAR)return t>=3&&this.cleanAlt(this.stack[t-3]),this.stack[t-2]=e,this.stack[t-1]=n,!0}return!1}parseRightParen(){if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),this.stack.length<2)throw new b(e.ERR_UNEXPECTED_PAREN,this.wholeRegexp);const t=this.pop(),n=this.pop();if(n.op!==re.Op.LEFT_PAREN)throw new b(e.ERR_UNEXPECTED_PAREN,this.wholeRegexp);if(this.flags=n.flags,0!==n.lb){if(e.hasCapture(t))throw new b(e.ERR_INVALID_CAPTURE_IN_LOOKBEHIND,this.wholeRegexp);return n.lb>0?n.op=re.Op.PLB:n.op=re.Op.NLB,n.subs=[t],void this.push(n)}0===n.cap?this.push(t):(n.op=re.Op.CAPTURE,n.subs=[t],this.push(n))}parsePerlClassEscape(e,t){const n=e.pos();if(0===(this.flags&r.PERL_X)||!e.more()||e.pop()!==p.CODES["\\"]||!e.more())return!1;e.pop();const s=e.from(n),i=De.has(s)?De.get(s):null;return null!==i&&(t.appendGroup(i,0!==(this.flags&r.FOLD_CASE)),!0)}parseNamedClass(t,n){const s=t.rest(),i=s.indexOf(":]");if(i<0)return!1;const o=s.substring(0,i+2);t.skipString(o);const a=Le.has(o)?Le.get(o):null;if(null===a)throw new b(e.ERR_INVALID_CHAR_RANGE,o);return n.appendGroup(a,0!==(this.flags&r.FOLD_CASE)),!0}parseUnicodeClass(t,n){const s=t.pos();if(0===(this.flags&r.UNICODE_GROUPS)||!t.lookingAt("\\p")&&!t.lookingAt("\\P"))return!1;t.skip(1);let i,o=1,a=t.pop();if(a===p.CODES.P&&(o=-1),!t.more())throw t.rewindTo(s),new b(e.ERR_INVALID_CHAR_RANGE,t.rest());if(a=t.pop(),a!==p.CODES["{"])i=S.runeToString(a);else{const n=t.rest(),r=n.indexOf("}");if(r<0)throw t.rewindTo(s),new b(e.ERR_INVALID_CHAR_RANGE,t.rest());i=n.substring(0,r),t.skipString(i),t.skip(1)}0!==i.length&&i.codePointAt(0)===p.CODES["^"]&&(o=0-o,i=i.substring(1));const B=e.unicodeTable(i);if(null===B)throw new b(e.ERR_INVALID_CHAR_RANGE,t.from(s));B.sign<0&&(o=0-o);const u=B.tab,c=B.fold;if(0===(this.flags&r.FOLD_CASE)||null===c)n.appendTableWithSign(u,o);else{const e=(new ke).appendTable(u).appendTable(c).cleanClass().toArray();n.appendClassWithSign(Array.from(e),o)}return!0}parseClass(t){const n=t.pos();t.skip(1);const s=this.newRegexp(re.Op.CHAR_CLASS);s.flags=this.flags;const i=new ke;let o=1;t.more()&&t.lookingAt("^")&&(o=-1,t.skip(1),0===(this.flags&r.CLASS_NL)&&i.appendRange(p.CODES["\n"],p.CODES["\n"]));let a=!0;for(;!t.more()||t.peek()!==p.CODES["]"]||a;){if(t.more()&&t.lookingAt("-")&&0===(this.flags&r.PERL_X)&&!a){const r=t.rest();if("-"===r||!r.startsWith("-]"))throw t.rewindTo(n),new b(e.ERR_INVALID_CHAR_RANGE,t.rest())}a=!1;const s=t.pos();if(t.lookingAt("[:")){if(this.parseNamedClass(t,i))continue;t.rewindTo(s)}if(this.parseUnicodeClass(t,i))continue;if(this.parsePerlClassEscape(t,i))continue;t.rewindTo(s);const o=e.parseClassChar(t,n);let B=o;if(t.more()&&t.lookingAt("-"))if(t.skip(1),t.more()&&t.lookingAt("]"))t.skip(-1);else if(B=e.parseClassChar(t,n),B<o)throw new b(e.ERR_INVALID_CHAR_RANGE,t.from(s));0===(this.flags&r.FOLD_CASE)?i.appendRange(o,B):i.appendFoldedRange(o,B)}t.skip(1),i.cleanClass(),o<0&&i.negateClass(),s.runes=i.toArray(),this.push(s)}},Ge=class e{static initTest(t){const n=e.compile(t),r=new e(n.expr,n.prog,n.numSubexp,n.longest);return r.cond=n.cond,r.prefix=n.prefix,r.prefixUTF8=n.prefixUTF8,r.prefixComplete=n.prefixComplete,r.prefixRune=n.prefixRune,r.prefilter=n.prefilter,r.namedGroups=n.namedGroups,r}static compile(t){return e.compileImpl(t,r.PERL,!1)}static compilePOSIX(t){return e.compileImpl(t,r.POSIX,!0)}static compileImpl(t,n,r){let s=Pe.parse(t,n);const i=s.maxCap(),o=s.namedGroups;s=pe.simplify(s);const a=ae.build(s),B=fe.compileRegexp(s),u=new e(t,B,i,r);u.prefilter=a.type===oe.Type.NONE?null:a;const[c,l]=B.prefix();return u.prefixComplete=c,u.prefix=l,u.prefixUTF8=S.stringToUtf8ByteArray(u.prefix),u.prefix.length>0&&(u.prefixRune=u.prefix.codePointAt(0)),u.namedGroups=o,u}static match(t,n){return e.compile(t).match(n)}constructor(e,t,n=0,r=0){this.expr=e,this.prog=t,this.numSubexp=n,this.longest=r,this.cond=t.startCond(),this.prefix=null,this.prefixUTF8=null,this.prefixComplete=!1,this.prefixRune=0,this.namedGroups=Object.create(null),this.machinePool=[],this.lazyDFA=null,this.onepass=ne.compile(this.prog),this.prefilter=null}get dfa(){return null===this.lazyDFA&&(this.lazyDFA=new W(this.prog)),this.lazyDFA}matchPrefixComplete(e,t,n,s){if((n===r.ANCHOR_START||n===r.ANCHOR_BOTH)&&0!==t)return null;let i=-1,o=-1;const a=e.prefixLength(this);if(n===r.UNANCHORED){const n=e.index(this,t);if(n<0)return null;i=t+n,o=i+a}else if(n===r.ANCHOR_BOTH){if(e.endPos()!==a)return null;if(0!==e.index(this,0))return null;i=0,o=a}else if(n===r.ANCHOR_START){if(0!==e.index(this,0))return null;i=0,o=a}if(i<0)return null;if(s>0){const e=new Int32Array(s).fill(-1);return e[0]=i,e[1]=o,Array.from(e)}return[]}createLookbehindState(){return this.prog.numLb>0?new z(this.prog):null}executeEngine(e,t,n,s,i=null){if(this.prefixComplete&&(0===s||0===this.numSubexp))return this.matchPrefixComplete(e,t,n,s);if(null!==this.prefilter&&n===r.UNANCHORED&&!this.prefilter.eval(e,t))return null;if(null!==this.onepass)return ne.execute(this,e,t,n,s);if(s>0)return 0===this.prog.numLb&&e.endPos()<=$.maxBitStateLen(this.prog)?$.execute(this,e,t,n,s):this.doExecuteNFA(e,t,n,s,i);if(0===this.prog.numLb){const r=this.dfa.match(e,t,n);if(null!==r)return r?[]:null;if(e.endPos()<=$.maxBitStateLen(this.prog))return $.execute(this,e,t,n,s)}return this.doExecuteNFA(e,t,n,s,i)}numberOfCapturingGroups(){return this.numSubexp}numberOfInstructions(){return this.prog.numInst()}get(){return this.machinePool.length>0?this.machinePool.pop():null}reset(){this.machinePool.length=0}put(e){this.machinePool.push(e)}toString(){return this.expr}doExecuteNFA(e,t,n,r,s=null){let i=this.get();i||(i=Q.fromRE2(this)),i.init(r);const o=i.match(e,t,n,s)?i.submatches():null;return this.put(i),o}match(e){return null!==this.executeEngine(H.fromUTF16(e),0,r.UNANCHORED,0)}matchWithGroup(e,t,n,r,s,i=null){return e instanceof x||(e=S.isByteArray(e)?R.utf8(e):R.utf16(e)),this.matchMachineInput(e,t,n,r,s,i)}matchMachineInput(e,t,n,r,s,i=null){if(t>n)return[!1,null];const o=e.isUTF16Encoding()?H.fromUTF16(e.asCharSequence(),0,n):H.fromUTF8(e.asBytes(),0,n),a=this.executeEngine(o,t,r,2*s,i);return null===a?[!1,null]:[!0,a]}matchUTF8(e){return null!==this.executeEngine(H.fromUTF8(e),0,r.UNANCHORED,0)}replaceAll(e,t){return this.replaceAllFunc(e,()=>t,2*e.length+1)}replaceFirst(e,t){return this.replaceAllFunc(e,()=>t,1)}replaceAllFunc(e,t,n){let s=0,i=0,o="";const a=H.fromUTF16(e),B=this.createLookbehindState();let u=0;for(;i<=e.length;){const c=this.executeEngine(a,i,r.UNANCHORED,2,B);if(null===c||0===c.length)break;o+=e.substring(s,c[0]),(c[1]>s||0===c[0])&&(o+=t(e.substring(c[0],c[1])),u++),s=c[1];const l=7&a.step(i);if(i+l>c[1]?i+=l:i+1>c[1]?i++:i=c[1],u>=n)break}return o+=e.substring(s),o}pad(e){if(null===e)return null;let t=2*(1+this.numSubexp);if(e.length<t){let n=new Array(t).fill(-1);for(let t=0;t<e.length;t++)n[t]=e[t];e=n}return e}allMatches(e,t,n=e=>e){let s=[];const i=e.endPos();t<0&&(t=i+1);let o=0,a=0,B=-1;const u=this.createLookbehindState();for(;a<t&&o<=i;){const t=this.executeEngine(e,o,r.UNANCHORED,this.prog.numCap,u);if(null===t||0===t.length)break;let c=!0;if(t[1]===o){t[0]===B&&(c=!1);const n=e.step(o);n<0?o=i+1:o+=7&n}else o=t[1];B=t[1],c&&(s.push(n(this.pad(t))),a++)}return s}findUTF8(e){const t=this.executeEngine(H.fromUTF8(e),0,r.UNANCHORED,2);return null===t?null:e.slice(t[0],t[1])}findUTF8Index(e){const t=this.executeEngine(H.fromUTF8(e),0,r.UNANCHORED,2);return null===t?null:t.slice(0,2)}find(e){const t=this.executeEngine(H.fromUTF16(e),0,r.UNANCHORED,2);return null===t?"":e.substring(t[0],t[1])}findIndex(e){return this.executeEngine(H.fromUTF16(e),0,r.UNANCHORED,2)}findUTF8Submatch(e){const t=this.executeEngine(H.fromUTF8(e),0,r.UNANCHORED,this.prog.numCap);if(null===t)return null;const n=new Array(1+this.numSubexp).fill(null);for(let r=0;r<n.length;r++)2*r<t.length&&t[2*r]>=0&&(n[r]=e.slice(t[2*r],t[2*r+1]));return n}findUTF8SubmatchIndex(e){return this.pad(this.executeEngine(H.fromUTF8(e),0,r.UNANCHORED,this.prog.numCap))}findSubmatch(e){const t=this.executeEngine(H.fromUTF16(e),0,r.UNANCHORED,this.prog.numCap);if(null===t)return null;const n=new Array(1+this.numSubexp).fill(null);for(let r=0;r<n.length;r++)2*r<t.length&&t[2*r]>=0&&(n[r]=e.substring(t[2*r],t[2*r+1]));return n}findSubmatchIndex(e){return this.pad(this.executeEngine(H.fromUTF16(e),0,r.UNANCHORED,this.prog.numCap))}findAllUTF8(e,t){const n=this.allMatches(H.fromUTF8(e),t,t=>e.slice(t[0],t[1]));return 0===n.length?null:n}findAllUTF8Index(e,t){const n=this.allMatches(H.fromUTF8(e),t,e=>e.slice(0,2));return 0===n.length?null:n}findAll(e,t){const n=this.allMatches(H.fromUTF16(e),t,t=>e.substring(t[0],t[1]));return 0===n.length?null:n}findAllIndex(e,t){const n=this.allMatches(H.fromUTF16(e),t,e=>e.slice(0,2));return 0===n.length?null:n}findAllUTF8Submatch(e,t){const n=this.allMatches(H.fromUTF8(e),t,t=>{let n=new Array(t.length/2|0).fill(null);for(let r=0;r<n.length;r++)t[2*r]>=0&&(n[r]=e.slice(t[2*r],t[2*r+1]));return n});return 0===n.length?null:n}findAllUTF8SubmatchIndex(e,t){const n=this.allMatches(H.fromUTF8(e),t);return 0===n.length?null:n}findAllSubmatch(e,t){const n=this.allMatches(H.fromUTF16(e),t,t=>{let n=new Array(t.length/2|0).fill(null);for(let r=0;r<n.length;r++)t[2*r]>=0&&(n[r]=e.substring(t[2*r],t[2*r+1]));return n});return 0===n.length?null:n}findAllSubmatchIndex(e,t){const n=this.allMatches(H.fromUTF16(e),t);return 0===n.length?null:n}},Me=class e{static isHexadecimal(e){return"0"<=e&&e<="9"||"A"<=e&&e<="F"||"a"<=e&&e<="f"}static translate(t){let n="";if("[object RegExp]"===Object.prototype.toString.call(t)&&(t.ignoreCase&&(n+="i"),t.multiline&&(n+="m"),t.dotAll&&(n+="s"),t=t.source),"string"!=typeof t)return t;let r="",s=!1,i=t.length;0===i&&(r="(?:)",s=!0);let o=!1,a=0;for(;a<i;){let n=t[a];if("\\"===n){if(a+1<i)switch(n=t[a+1],n){case"\\":r+="\\\\",a+=2;continue;case"c":if(a+2<i){let e=t[a+2].charCodeAt(0);if(e>=65&&e<=90||e>=97&&e<=122){let t=e%32;r+="\\x",r+=(t>>4).toString(16).toUpperCase(),r+=(15&t).toString(16).toUpperCase(),a+=3,s=!0;continue}}r+="c",a+=2,s=!0;continue;case"u":if(a+2<i)if("{"===t[a+2]){let n=a+3,o=!1,B=!1;for(;n<i;){const r=t[n];if("}"===r){B=!0;break}if(!e.isHexadecimal(r))break;o=!0,n++}if(B&&o){r+="\\x",a+=2,s=!0;continue}}else if(a+5<i){let n=!0;for(let r=0;r<4;r++)if(!e.isHexadecimal(t[a+2+r])){n=!1;break}if(n){r+="\\x{"+t.substring(a+2,a+6)+"}",a+=6,s=!0;continue}}r+="u",a+=2,s=!0;continue;case"x":{let n=!1;if(a+2<i&&"{"===t[a+2]){let r=a+3,s=!1,o=!1;for(;r<i;){const n=t[r];if("}"===n){o=!0;break}if(!e.isHexadecimal(n))break;s=!0,r++}o&&s&&(n=!0)}else a+3<i&&e.isHexadecimal(t[a+2])&&e.isHexadecimal(t[a+3])&&(n=!0);n?(r+="\\x",a+=2):(r+="x",a+=2,s=!0);continue}case"n":case"r":case"t":case"a":case"f":case"v":case"d":case"D":case"s":case"S":case"w":case"W":case"b":case"B":case"p":case"P":case"A":case"z":case"Q":case"E":case"0":case"1":case"2":case"3":case"4":case"5":case"6":case"7":r+="\\"+n,a+=2;continue;default:{let e=t.codePointAt(a+1);if(e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122){let n=S.charCount(e);r+=t.substring(a+1,a+1+n),a+=n+1,s=!0}else{r+="\\";let n=S.charCount(e);r+=t.substring(a+1,a+1+n),a+=n+1}continue}}}else{if("/"===n){r+="\\/",a+=1,s=!0;continue}if("["===n){if(!o&&"]"===t[a+1]){r+="[^\\x00-\\x{10FFFF}]",a+=2,s=!0;continue}if(!o&&"^"===t[a+1]&&"]"===t[a+2]){r+="[\\x00-\\x{10FFFF}]",a+=3,s=!0;continue}o=!0}else if("]"===n)o=!1;else if(!o&&"("===n&&a+2<i&&"?"===t[a+1]&&"<"===t[a+2]&&a+3<i&&!"=!>)".includes(t[a+3])){r+="(?P<",a+=3,s=!0;continue}}let B=t.codePointAt(a),u=S.charCount(B);r+=t.substring(a,a+u),a+=u}const B=s?r:t;return n.length>0?`(?${n})${B}`:B}};const He=(e,t)=>{const n=e.matchArray();return n.index=e.start(0),n.input=t,n.groups=e.namedGroupsObject(),n};var Ue=class e{static CASE_INSENSITIVE=s;static DOTALL=i;static MULTILINE=o;static DISABLE_UNICODE_GROUPS=a;static LONGEST_MATCH=B;static LOOKBEHINDS=u;static quote(e){return S.quoteMeta(e)}static quoteReplacement(e,t=!1){return U.quoteReplacement(e,t)}static translateRegExp(e){return Me.translate(e)}static compile(t,n=0){S.checkPattern(t),S.checkFlags(n);let s=t;0!==(n&e.CASE_INSENSITIVE)&&(s=`(?i)${s}`),0!==(n&e.DOTALL)&&(s=`(?s)${s}`),0!==(n&e.MULTILINE)&&(s=`(?m)${s}`);let i=r.PERL;0!==(n&e.DISABLE_UNICODE_GROUPS)&&(i&=~r.UNICODE_GROUPS),0!==(n&e.LOOKBEHINDS)&&(i|=r.LOOKBEHIND);const o=new e(t,n);return o.re2Input=Ge.compileImpl(s,i,0!==(n&e.LONGEST_MATCH)),o}static matches(t,n){return e.compile(t).testExact(n)}static initTest(t,n,r){if(null==t)throw new Error("pattern is null");if(null==r)throw new Error("re2 is null");const s=new e(t,n);return s.re2Input=r,s}constructor(e,t){this.patternInput=e,this.flagsInput=t,this.re2Input=null}reset(){this.re2Input.reset()}flags(){return this.flagsInput}pattern(){return this.patternInput}re2(){return this.re2Input}matches(e){return this.testExact(e)}matcher(e){return S.isByteArray(e)&&(e=R.utf8(e)),new U(this,e)}test(e){return S.isByteArray(e)?this.re2Input.matchUTF8(e):this.re2Input.match(e)}testExact(e){const t=S.isByteArray(e)?H.fromUTF8(e):H.fromUTF16(e);return null!==this.re2Input.executeEngine(t,0,r.ANCHOR_BOTH,0)}exec(e){const t=this.matcher(e);return t.find()?He(t,e):null}split(e,t=0){const n=this.matcher(e),r=[];let s=0,i=0;for(;n.find();)if(0!==i||0!==n.end()){if(t>0&&r.length===t-1)break;if(i===n.start()){if(0===t){s+=1,i=n.end();continue}}else for(;s>0;)r.push(""),s-=1;r.push(n.substring(i,n.start())),i=n.end()}else i=n.end();if(0===t&&i!==n.inputLength()){for(;s>0;)r.push(""),s-=1;r.push(n.substring(i,n.inputLength()))}return 0===t&&(0!==r.length||i===n.inputLength()&&i>0)||r.push(n.substring(i,n.inputLength())),r}*matchAll(e){const t=this.matcher(e);for(;t.find();)yield He(t,e)}toString(){return this.patternInput}programSize(){return this.re2Input.numberOfInstructions()}groupCount(){return this.re2Input.numberOfCapturingGroups()}namedGroups(){return this.re2Input.namedGroups}equals(e){return this===e||null!==e&&this.constructor===e.constructor&&(this.flagsInput===e.flagsInput&&this.patternInput===e.patternInput)}}},73382:(e,t,n)=>{n.d(t,{TI:()=>ve,ey:()=>Ce});var r=n(79896),s=n.t(r,2),i=n(16928),o=n(87016),a=(0,n(73339).createRequire)(import.meta.url);const B=/[\\/]/g;function u(e,t){return e.replace(B,t)}const c=/^[a-z]:[\\/]$/i;function l(e,t){const{resolvePaths:n,normalizePath:r,pathSeparator:s}=t,o="win32"===process.platform&&e.includes("/")||e.startsWith(".");if(n&&(e=(0,i.resolve)(e)),(r||o)&&(e=function(e){let t=(0,i.normalize)(e);return t.length>1&&t[t.length-1]===i.sep&&(t=t.substring(0,t.length-1)),t}(e)),"."===e)return"";return u(e[e.length-1]!==s?e+s:e,s)}function h(e,t){return t+e}function f(e){return e}function p(e,t,n){return t+e+n}function C(e,t){const{relativePaths:n,includeBasePath:r}=t;return n&&e?function(e,t){return function(n,r){return r.startsWith(e)?r.slice(e.length)+n:u((0,i.relative)(e,r),t.pathSeparator)+t.pathSeparator+n}}(e,t):r?h:f}const d=(e,t)=>{t.push(e||".")},g=(e,t,n)=>{const r=e||".";n.every(e=>e(r,!0))&&t.push(r)},m=()=>{};const D=(e,t,n,r)=>{r.every(t=>t(e,!1))&&n.files++},E=(e,t,n,r)=>{r.every(t=>t(e,!1))&&t.push(e)},y=(e,t,n,r)=>{n.files++},A=(e,t)=>{t.push(e)},b=()=>{};const w=e=>e,v=()=>[""].slice(0,0);const I=(e,t,n)=>{e.push({directory:t,files:n,dir:t})},F=()=>{};const O=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue(),s.realpath(e,(o,a)=>{if(o)return r.dequeue(i?null:o,t);s.stat(a,(s,o)=>s?r.dequeue(i?null:s,t):o.isDirectory()&&N(e,a,t)?r.dequeue(null,t):(n(o,a),void r.dequeue(null,t)))})},_=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue();try{const r=s.realpathSync(e),i=s.statSync(r);if(i.isDirectory()&&N(e,r,t))return;n(i,r)}catch(e){if(!i)throw e}};function N(e,t,n){if(n.options.useRealPaths)return function(e,t){return t.visited.includes(e+t.options.pathSeparator)}(t,n);let r=(0,i.dirname)(e),s=1;for(;r!==n.root&&s<2;){const e=n.symlinks.get(r);!!e&&(e===t||e.startsWith(t)||t.startsWith(e))?s++:r=(0,i.dirname)(r)}return n.symlinks.set(e,t),s>1}const S=e=>e.counts,T=e=>e.groups,x=e=>e.paths,L=e=>e.paths.slice(0,e.options.maxFiles),k=(e,t,n)=>(M(t,n,e.counts,e.options.suppressErrors),null),R=(e,t,n)=>(M(t,n,e.paths,e.options.suppressErrors),null),P=(e,t,n)=>(M(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),G=(e,t,n)=>(M(t,n,e.groups,e.options.suppressErrors),null);function M(e,t,n,r){t(e&&!r?e:null,n)}const H={withFileTypes:!0},U=(e,t,n,r,s)=>{if(e.queue.enqueue(),r<0)return e.queue.dequeue(null,e);const{fs:i}=e;e.visited.push(t),e.counts.directories++,i.readdir(t||".",H,(t,i=[])=>{s(i,n,r),e.queue.dequeue(e.options.suppressErrors?null:t,e)})},j=(e,t,n,r,s)=>{const{fs:i}=e;if(r<0)return;e.visited.push(t),e.counts.directories++;let o=[];try{o=i.readdirSync(t||".",H)}catch(t){if(!e.options.suppressErrors)throw t}s(o,n,r)};var J=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},z=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},Q=class{aborted=!1;abort(){this.aborted=!0}},q=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){var r;this.isSynchronous=!n,this.callbackInvoker=function(e,t){const{onlyCounts:n,group:r,maxFiles:s}=e;return n?t?S:k:r?t?T:G:s?t?L:P:t?x:R}(t,this.isSynchronous),this.root=l(e,t),this.state={root:(r=this.root,"/"===r||c.test(r)?this.root:this.root.slice(0,-1)),paths:[""].slice(0,0),groups:[],counts:new z,options:t,queue:new J((e,t)=>this.callbackInvoker(t,e,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new Q,fs:t.fs||s},this.joinPath=C(this.root,t),this.pushDirectory=function(e,t){const{includeDirs:n,filters:r,relativePaths:s}=t;return n?s?r&&r.length?function(e){return function(t,n,r){const s=t.substring(e.length)||".";r.every(e=>e(s,!0))&&n.push(s)}}(e):function(e){return function(t,n){n.push(t.substring(e.length)||".")}}(e):r&&r.length?g:d:m}(this.root,t),this.pushFile=function(e){const{excludeFiles:t,filters:n,onlyCounts:r}=e;return t?b:n&&n.length?r?D:E:r?y:A}(t),this.getArray=function(e){return e.group?v:w}(t),this.groupFiles=function(e){return e.group?I:F}(t),this.resolveSymlink=function(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?_:O}(t,this.isSynchronous),this.walkDirectory=this.isSynchronous?j:U}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{const{paths:r,options:{filters:s,resolveSymlinks:o,excludeSymlinks:a,exclude:B,maxFiles:u,signal:c,useRealPaths:f,pathSeparator:C},controller:d}=this.state;if(d.aborted||c&&c.aborted||u&&r.length>u)return;const g=this.getArray(this.state.paths);for(let u=0;u<e.length;++u){const c=e[u];if(c.isFile()||c.isSymbolicLink()&&!o&&!a){const e=this.joinPath(c.name,t);this.pushFile(e,g,this.state.counts,s)}else if(c.isDirectory()){let e=p(c.name,t,this.state.options.pathSeparator);if(B&&B(c.name,e))continue;this.pushDirectory(e,r,s),this.walkDirectory(this.state,e,e,n-1,this.walk)}else if(this.resolveSymlink&&c.isSymbolicLink()){let e=h(c.name,t);this.resolveSymlink(e,this.state,(t,r)=>{if(t.isDirectory()){if(r=l(r,this.state.options),B&&B(c.name,f?r:e+C))return;this.walkDirectory(this.state,r,f?r:e+C,n-1,this.walk)}else{r=f?r:e;const t=(0,i.basename)(r),n=l((0,i.dirname)(r),this.state.options);r=this.joinPath(t,n),this.pushFile(r,g,this.state.counts,s)}})}}this.groupFiles(this.state.groups,t,g)}};function Y(e,t,n){new q(e,t,n).start()}var K=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return e=this.root,t=this.options,new Promise((n,r)=>{Y(e,t,(e,t)=>{if(e)return r(e);n(t)})});var e,t}withCallback(e){Y(this.root,this.options,e)}sync(){return e=this.root,t=this.options,new q(e,t).start();var e,t}};let V=null;try{a.resolve("picomatch"),V=a("picomatch")}catch{}var W=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:i.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new K(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new K(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){const n=this.globFunction||V;if(!n)throw new Error("Please specify a glob function to use glob matching.");var r=this.globCache[e.join("\0")];return r||(r=n(e,...t),this.globCache[e.join("\0")]=r),this.options.filters.push(e=>r(e)),this}},Z=n(14006);const X=Array.isArray,$=/\\/g,ee=/^[A-Za-z]:$/,te="win32"===process.platform,ne=/^(\/?\.\.)+$/;const re=/^[A-Z]:\/$/i,se=te?e=>re.test(e):e=>"/"===e;function ie(e,t,n){if(e===t||t.startsWith(`${e}/`)){if(n){const t=e.length+ +!se(e);return(e,n)=>e.slice(t,n?-1:void 0)||"."}const r=t.slice(e.length+1);return r?(e,t)=>{if("."===e)return r;const n=`${r}/${e}`;return t?n.slice(0,-1):n}:(e,t)=>t&&"."!==e?e.slice(0,-1):e}return n?t=>i.posix.relative(e,t)||".":n=>i.posix.relative(e,`${t}/${n}`)||"."}function oe(e,t){if(t.startsWith(`${e}/`)){const n=t.slice(e.length+1);return e=>`${n}/${e}`}return n=>{const r=i.posix.relative(e,`${t}/${n}`);return"/"===n[n.length-1]&&""!==r?`${r}/`:r||"."}}function ae(e){return e.replace(ee,e=>`${e}/`)}const Be={parts:!0};function ue(e){var t;const n=Z.scan(e,Be);return(null===(t=n.parts)||void 0===t?void 0:t.length)?n.parts:[e]}const ce=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g,le=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g,he=e=>e.replace(ce,"\\$&"),fe=e=>e.replace(le,"\\$&"),pe=te?fe:he;function Ce(e,t){if(!1===(null==t?void 0:t.caseSensitiveMatch))return!0;const n=Z.scan(e);return n.isGlob||n.negated}function de(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ge(e){return"string"==typeof e?[e]:null!=e?e:[]}const me=/^(\/?\.\.)+/,De=/\\(?=[()[\]{}!*+?@|])/g;function Ee(e,t,n,r){var s;const o=t.cwd;let a=e;"/"===e[e.length-1]&&(a=e.slice(0,-1)),"*"!==a[a.length-1]&&t.expandDirectories&&(a+="/**");const B=pe(o);a=(0,i.isAbsolute)(a.replace(De,""))?i.posix.relative(B,a):i.posix.normalize(a);const u=null===(s=me.exec(a))||void 0===s?void 0:s[0],c=ue(a);if(u){const e=(u.length+1)/3;let t=0;const r=B.split("/");for(;t<e&&c[t+e]===r[r.length+t-e];)a=a.slice(0,3*(e-t-1))+a.slice(3*(e-t)+c[t+e].length+1)||".",t++;const s=i.posix.join(o,u.slice(3*t));"."!==s[0]&&n.root.length>s.length&&(n.root=ae(s),n.depthOffset=-e+t)}if(!r&&n.depthOffset>=0){var l;null!==(l=n.commonPath)&&void 0!==l||(n.commonPath=c);const e=[],t=Math.min(n.commonPath.length,c.length);for(let r=0;r<t;r++){const t=c[r];if("**"===t&&!c[r+1]){e.pop();break}if(r===c.length-1||t!==n.commonPath[r]||Ce(t))break;e.push(t)}n.depthOffset=e.length,n.commonPath=e,n.root=ae(e.length>0?i.posix.join(o,...e):o)}return a}function ye(e,t){const n=e.cwd,r={root:n,depthOffset:0},s=function(e,t,n){const r=[],s=[];for(const t of e.ignore)t&&("!"===t[0]&&"("!==t[1]||s.push(Ee(t,e,n,!0)));for(const i of t)i&&("!"!==i[0]||"("===i[1]?r.push(Ee(i,e,n,!1)):"!"===i[1]&&"("!==i[2]||s.push(Ee(i.slice(1),e,n,!0)));return{match:r,ignore:s}}(e,t,r);e.debug&&de("internal processing patterns:",s);const{absolute:i,caseSensitiveMatch:o,debug:a,dot:B,followSymbolicLinks:u,onlyDirectories:c}=e,l=r.root.replace($,""),h={dot:B,nobrace:!1===e.braceExpansion,nocase:!o,noextglob:!1===e.extglob,noglobstar:!1===e.globstar,posix:!0},f=Z(s.match,h),p=Z(s.ignore,h),C=function(e,t={}){const n=e.length,r=Array(n),s=Array(n);let i,o;for(i=0;i<n;i++){const n=ue(e[i]);r[i]=n;const a=n.length,B=Array(a);for(o=0;o<a;o++)B[o]=Z(n[o],t);s[i]=B}return e=>{const a=e.split("/");if(".."===a[0]&&ne.test(e))return!0;for(i=0;i<n;i++){const e=r[i],n=s[i],B=a.length,u=Math.min(B,e.length);for(o=0;o<u;){const r=e[o];if(r.includes("/"))return!0;if(!n[o](a[o]))break;if(!t.noglobstar&&"**"===r)return!0;o++}if(o===B)return!0}return!1}}(s.match,h),d=ie(n,l,i),g=i?d:ie(n,l,!0),m=(e,t)=>{const n=g(t,!0);return"."!==n&&!C(n)||p(n)};let D;void 0!==e.deep&&(D=Math.round(e.deep-r.depthOffset));const E=new W({filters:[a?(e,t)=>{const n=d(e,t),r=f(n)&&!p(n);return r&&de(`matched ${n}`),r}:(e,t)=>{const n=d(e,t);return f(n)&&!p(n)}],exclude:a?(e,t)=>{const n=m(0,t);return de(`${n?"skipped":"crawling"} ${t}`),n}:m,fs:e.fs,pathSeparator:"/",relativePaths:!i,resolvePaths:i,includeBasePath:i,resolveSymlinks:u,excludeSymlinks:!u,excludeFiles:c,includeDirs:c||!e.onlyFiles,maxDepth:D,signal:e.signal}).crawl(l);return e.debug&&de("internal properties:",{...r,root:l}),[E,n!==l&&!i&&oe(n,l)]}function Ae(e,t){if(t)for(let n=e.length-1;n>=0;n--)e[n]=t(e[n]);return e}const be={caseSensitiveMatch:!0,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:!0,followSymbolicLinks:!0,onlyFiles:!0};function we(e,t={}){var n;if(e&&(null==t?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const s=X(e)||"string"==typeof e,a=ge(null!==(n=s?e:e.patterns)&&void 0!==n?n:"**/*"),B=function(e){const t=Object.assign({},e);for(const e in be)void 0===t[e]&&Object.assign(t,{[e]:be[e]});return t.cwd=(t.cwd instanceof URL?(0,o.fileURLToPath)(t.cwd):(0,i.resolve)(t.cwd||process.cwd())).replace($,"/"),t.ignore=ge(t.ignore),t.fs&&(t.fs={readdir:t.fs.readdir||r.readdir,readdirSync:t.fs.readdirSync||r.readdirSync,realpath:t.fs.realpath||r.realpath,realpathSync:t.fs.realpathSync||r.realpathSync,stat:t.fs.stat||r.stat,statSync:t.fs.statSync||r.statSync}),t.debug&&de("globbing with options:",t),t}(s?t:e);return a.length>0?ye(B,a):[]}async function ve(e,t){const[n,r]=we(e,t);return n?Ae(await n.withPromise(),r):[]}},64377:(e,t,n)=>{n.d(t,{w$:()=>i});var r=n(43759),s=n(26921);function i(e){return r.G1(s.You,e)}},26921:(e,t,n)=>{n.d(t,{You:()=>fe,YOg:()=>We,zMY:()=>je,gMt:()=>st,k5n:()=>ct,Whr:()=>He,Pq9:()=>_t,euz:()=>ht,_H3:()=>et,ZmZ:()=>Ke,chJ:()=>ze,aig:()=>Ge,Ikc:()=>Xe,jgl:()=>Bt,g1P:()=>at,rej:()=>$e,YjP:()=>le,KCZ:()=>nt,OZ5:()=>ye});var r=n(88532),s=n(54723);class i extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}}const o="~memo",a=[];function B(e){return null!==e&&"object"==typeof e}function u(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const c=new WeakMap;function l(e,t,n){const r=c.get(e);if(void 0!==r)return r?2:0;if(t.has(e))return 2;t.add(e);let i=0;const o=e=>{if(2!==i&&e?._zod){const r=l(e,t,n);r>i&&(i=r)}},a=e=>{e>i&&(i=e)},B=e._zod.def,u=B.type;switch(u){case"object":{const e=s.MO(B);a(e?((e,r)=>{let s=0;for(const i of Reflect.ownKeys(e)){const o=Object.getOwnPropertyDescriptor(e,i);if(r&&!o.enumerable)continue;const a=o.get?1:o.value?._zod?l(o.value,t,n):0;a>s&&(s=a)}return s})(e,!0):1),o(B.catchall);break}case"array":o(B.element);break;case"tuple":for(const e of B.items)o(e);o(B.rest);break;case"record":case"map":o(B.keyType),o(B.valueType);break;case"set":o(B.valueType);break;case"union":for(const e of B.options)o(e);break;case"intersection":o(B.left),o(B.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(B.innerType);break;case"pipe":o(B.in),o(B.out);break;case"function":o(B.input),o(B.output);break;case"lazy":{const r=B._cachedInner??(n?e._zod.innerType:void 0);a(r?l(r,t,!1):1);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(const e in B){const t=Object.getOwnPropertyDescriptor(B,e);if(!t||t.get)continue;const n=t.value;if(n&&"object"==typeof n)if(n._zod)o(n);else if(Array.isArray(n))for(const e of n)o(e)}}return t.delete(e),function(e,t){1!==t&&c.set(e,2===t);return t}(e,i)}let h;const f=[],p={alloc(e,t,n){const r=h;if(!r)return n;h=void 0;const s={value:n,issues:null};return r.set(t.value,s),f.push(s),n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,n=(e,n)=>{if("backward"!==n.direction&&function(e,t){const n=e[o]?.backEdges;return void 0!==n&&B(t)&&n.has(t)}(n,e.value))throw new i;return t(e,n)};e._zod.parse=n,e._zod.run===t&&(e._zod.run=n)})},attach(e){var t;let n,r,s,i=!1;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,c=(p,C)=>{if(void 0===n){const r=l(e,new Set,!1);if(0===r)return e._zod.parse=t,e._zod.run===c&&(e._zod.run=t),t(p,C);2===r||i?n=!0:i=!0}const d=p.value;if(!B(d))return t(p,C);let g,m=C[o];m||(m={buckets:new WeakMap,backEdges:void 0},C[o]=m),r===C?g=s:(g=function(e,t){let n=e.buckets.get(t);return n||(n=new WeakMap,e.buckets.set(t,n)),n}(m,e),r=C,s=g);const D=g.get(d);if(D)return p.value=D.value,D.issues?D.issues.length&&p.issues.push(...u(D.issues)):(p.memo=!0,m.backEdges??(m.backEdges=new WeakSet),m.backEdges.add(D.value)),p;h=g;const E=f.length,y=t(p,C);h=void 0;const A=f.length>E?f.pop():void 0;return y instanceof Promise?y.then(e=>(A&&(A.issues=e.issues.length?u(e.issues):a),e)):(A&&(A.issues=y.issues.length?u(y.issues):a),y)};e._zod.parse=c,e._zod.run===t&&(e._zod.run=c)})}};var C=n(56985),d=n(29396),g=n(43759),m=n(98439),D=n(87509);const E=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(t){return e[t]??null}const n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},r={nan:"NaN"};function i(e,t){return"number"!==e||"number"!=typeof t||Number.isFinite(t)?r[e]??e:String(t)}return e=>{switch(e.code){case"invalid_type":return`Invalid input: expected ${i(e.expected)}, received ${i(s.GW(e.input),e.input)}`;case"invalid_value":return 1===e.values.length?`Invalid input: expected ${s.B7(e.values[0])}`:`Invalid option: expected one of ${s.jw(e.values,"|")}`;case"too_big":{const n=e.exact?"exactly ":e.inclusive?"<=":"<",r=t(e.origin);return r?`Too big: expected ${e.origin??"value"} to have ${n}${e.maximum.toString()} ${r.unit??"elements"}`:`Too big: expected ${e.origin??"value"} to be ${n}${e.maximum.toString()}`}case"too_small":{const n=e.exact?"exactly ":e.inclusive?">=":">",r=t(e.origin);return r?`Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`:`Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`}case"invalid_format":{const t=e;return"starts_with"===t.format?`Invalid string: must start with "${t.prefix}"`:"ends_with"===t.format?`Invalid string: must end with "${t.suffix}"`:"includes"===t.format?`Invalid string: must include "${t.includes}"`:"regex"===t.format?`Invalid string: must match pattern ${t.pattern}`:`Invalid ${n[t.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${s.jw(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){return`Invalid discriminator value. Expected ${e.options.map(e=>`'${e}'`).join(" | ")}`}return!1===e.inclusive?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return"Invalid input"}}};const y={get:function(){const e=this._zod;return e.message??(e.message=JSON.stringify(e.def,s.k8,2)),e.message},set:function(e){this._zod.message=e},enumerable:!0,configurable:!0},A={value:void 0,enumerable:!1},b=new WeakSet([Object.prototype,Error.prototype]),w=(e,t)=>{e.name="$ZodError",A.value=t,Object.defineProperty(e,"issues",A),A.value=void 0,Object.defineProperty(e,"message",y);const n=Object.getPrototypeOf(e);b.has(n)||(b.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){const e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},v=(0,r.xI)("$ZodError",w);(0,r.xI)("$ZodError",w,void 0,{Parent:Error});function I(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||("__proto__"===t?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function F(e,t){return{callee:t?.callee??e,Err:t?.Err}}const O=e=>{const t=(n,i,o,a)=>{const B=o?{...o,async:!1}:{async:!1},u=n._zod.run({value:i,issues:[]},B);if(u instanceof Promise)throw new r.GT;if(u.issues.length){const n=new(a?.Err??e)(u.issues.map(e=>s.iR(e,B,r.$W())));throw s.gx(n,a?.callee??t),n}return u.value};return t},_=e=>{const t=async(n,i,o,a)=>{const B=o?{...o,async:!0}:{async:!0};let u=n._zod.run({value:i,issues:[]},B);if(u instanceof Promise&&(u=await u),u.issues.length){const n=new(a?.Err??e)(u.issues.map(e=>s.iR(e,B,r.$W())));throw s.gx(n,a?.callee??t),n}return u.value};return t},N=e=>(t,n,s)=>{const i=s?{...s,async:!1}:{async:!1},o=t._zod.run({value:n,issues:[]},i);if(o instanceof Promise)throw new r.GT;return o.issues.length?S(e,o.issues,i):{success:!0,data:o.value}};function S(e,t,n){let i;return{success:!1,get error(){return i||(i=new e(t.map(e=>s.iR(e,n,r.$W()))),t=void 0,n=void 0),i},set error(e){i=e,t=void 0,n=void 0}}}const T=e=>async(t,n,r)=>{const s=r?{...r,async:!0}:{async:!0};let i=t._zod.run({value:n,issues:[]},s);return i instanceof Promise&&(i=await i),i.issues.length?S(e,i.issues,s):{success:!0,data:i.value}},x=Symbol.for("zod.compile.invalid"),L=Symbol.for("zod.compile.fallback"),k=(e,t,n)=>{const s=e._zod.bag.validator;if(void 0!==s){if(s(t)!==x)return!0;if(!0===s.definite&&void 0===n)return!1}return function(e,t,n){const s=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun;let o;i?(s[L]=!0,o=i({value:t,issues:[]},s)):o=e._zod.run({value:t,issues:[]},s);if(o instanceof Promise)throw new r.GT;return 0===o.issues.length}(e,t,n)};const R=e=>{const t=O(e),n=(e,r,s,i)=>{const o=s?{...s,direction:"backward"}:{direction:"backward"};return t(e,r,o,F(n,i))};return n},P=e=>{const t=O(e),n=(e,r,s,i)=>t(e,r,s,F(n,i));return n},G=e=>{const t=_(e),n=async(e,r,s,i)=>{const o=s?{...s,direction:"backward"}:{direction:"backward"};return await t(e,r,o,F(n,i))};return n},M=e=>{const t=_(e),n=async(e,r,s,i)=>await t(e,r,s,F(n,i));return n},H=e=>(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return N(e)(t,n,s)},U=e=>(t,n,r)=>N(e)(t,n,r),j=e=>async(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return T(e)(t,n,s)},J=e=>async(t,n,r)=>T(e)(t,n,r),z=new WeakSet([Object.prototype,Error.prototype]);function Q(e,t,n){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){const e=n(this);return Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0})}})}const q=(e,t)=>{v.init(e,t),e.name="ZodError";const n=Object.getPrototypeOf(e);z.has(n)||(z.add(n),Q(n,"format",e=>t=>function(e,t=e=>e.message){const n={_errors:[]},r=(e,s=[])=>{for(const i of e.issues)if("invalid_union"===i.code&&i.errors.length)i.errors.map(e=>r({issues:e},[...s,...i.path]));else if("invalid_key"===i.code)r({issues:i.issues},[...s,...i.path]);else if("invalid_element"===i.code)r({issues:i.issues},[...s,...i.path]);else{const e=[...s,...i.path];if(0===e.length)n._errors.push(t(i));else{let r=n,s=0;for(;s<e.length;){const n=e[s],o=s===e.length-1;if("_errors"===n){o&&r._errors.push(t(i)),s++;continue}Object.prototype.hasOwnProperty.call(r,n)||Object.defineProperty(r,n,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});const a=r[n];o&&a._errors.push(t(i)),r=a,s++}}}};return r(e),n}(e,t)),Q(n,"flatten",e=>t=>function(e,t=e=>e.message){const n={},r=[];for(const s of e.issues)s.path.length>0?I(n,s.path[0],()=>[]).push(t(s)):r.push(t(s));return{formErrors:r,fieldErrors:n}}(e,t)),Q(n,"addIssue",e=>t=>{e.issues.push(t),e.message=JSON.stringify(e.issues,s.k8,2)}),Q(n,"addIssues",e=>t=>{e.issues.push(...t),e.message=JSON.stringify(e.issues,s.k8,2)}),Object.defineProperty(n,"isEmpty",{configurable:!0,enumerable:!1,get(){return 0===this.issues.length}}))},Y=r.xI("ZodError",q,void 0,{Parent:Error}),K=O(Y),V=_(Y),W=N(Y),Z=T(Y),X=R(Y),$=P(Y),ee=G(Y),te=M(Y),ne=H(Y),re=U(Y),se=j(Y),ie=J(Y);function oe(){r.cr.localeError||r.$W({localeError:E()})}function ae(){r.cr.memoizer||r.$W({memoizer:p})}const Be=r.xI("ZodType",(e,t)=>(oe(),C.W4.init(e,t),e.def=t,e.type=t.type,e),{check(...e){const t=this.def;return this.clone(s.zM(t,{checks:[...t.checks??[],...e.map(e=>"function"==typeof e?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return s.o8(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(function(e,t={}){return g.fU(Ot,e,t)}(e,t))},superRefine(e,t){return this.check(function(e,t){return g.MB(e,t)}(e,t))},overwrite(e){return this.check(g.bS(e))},optional(){return dt(this)},exactOptional(){return new gt({type:"optional",innerType:this})},nullable(){return Dt(this)},nullish(){return dt(Dt(this))},nonoptional(e){return function(e,t){return new At({type:"nonoptional",innerType:e,...s.A2(t)})}(this,e)},array(){return We(this)},or(e){return nt([this,e])},and(e){return new it({type:"intersection",left:this,right:e})},transform(e){return vt(this,pt(e))},default(e){return t=e,new Et({type:"default",innerType:this,get defaultValue(){return"function"==typeof t?t():s.yG(t)}});var t},prefault(e){return t=e,new yt({type:"prefault",innerType:this,get defaultValue(){return"function"==typeof t?t():s.yG(t)}});var t},catch(e){return new bt({type:"catch",innerType:this,catchValue:"function"==typeof(t=e)?t:s.SS(t)});var t},pipe(e){return vt(this,e)},readonly(){return new It({type:"readonly",innerType:this})},describe(e){const t=this.clone();return d.fd.add(t,{description:e}),t},meta(...e){if(0===e.length)return d.fd.get(this);const t=this.clone();return d.fd.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return 0===t.length?e(this):e(this,...t)},get"~standard"(){return s.jD(this,"~standard",{...C.YK(this),jsonSchema:{input:(0,D.uE)(this,"input"),output:(0,D.uE)(this,"output")}})},set"~standard"(e){s.qh(this,"~standard",e)},parse:function e(t,n){return K(this,t,n,{callee:e})},parseAsync:async function e(t,n){return await V(this,t,n,{callee:e})},safeParse(e,t){return W(this,e,t)},async safeParseAsync(e,t){return Z(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){s.qh(this,"spa",e)},validate(e,t){return k(this,e,t)},validateAsync(e,t){return(async(e,t,n)=>{const r=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0};let s=e._zod.run({value:t,issues:[]},r);return s instanceof Promise&&(s=await s),0===s.issues.length})(this,e,t)},encode:function e(t,n){return X(this,t,n,{callee:e})},decode:function e(t,n){return $(this,t,n,{callee:e})},encodeAsync:async function e(t,n){return await ee(this,t,n,{callee:e})},decodeAsync:async function e(t,n){return await te(this,t,n,{callee:e})},safeEncode(e,t){return ne(this,e,t)},safeDecode(e,t){return re(this,e,t)},async safeEncodeAsync(e,t){return se(this,e,t)},async safeDecodeAsync(e,t){return ie(this,e,t)},toJSONSchema(e){return(0,D.OA)(this,{})(e)},get description(){return d.fd.get(this)?.description},get _def(){return this._zod.def}}),ue=r.xI("_ZodString",(e,t)=>{C.$v.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.SW(e,t,n,r)},s.un({format:e=>m.Fs(e).format??null,minLength:e=>m.Fs(e).minimum??null,maxLength:e=>m.Fs(e).maximum??null},{regex(...e){return this.check(g.Fk(...e))},includes(...e){return this.check(g.dR(...e))},startsWith(...e){return this.check(g.$S(...e))},endsWith(...e){return this.check(g.ER(...e))},min(...e){return this.check(g.m9(...e))},max(...e){return this.check(g.Eb(...e))},length(...e){return this.check(g.YA(...e))},nonempty(...e){return this.check(g.m9(1,...e))},lowercase(e){return this.check(g.hH(e))},uppercase(e){return this.check(g.qF(e))},trim(){return this.check(g.WN())},normalize(...e){return this.check(g.lo(...e))},toLowerCase(){return this.check(g.Il())},toUpperCase(){return this.check(g.xY())},slugify(){return this.check(g.TL())}})),ce=r.xI("ZodString",(e,t)=>{C.$v.init(e,t),ue.init(e,t)},{email(e){return this.check(g.Mu(ge,e))},url(e){return this.check(g.Fn(Ee,e))},jwt(e){return this.check(g.rk(Re,e))},emoji(e){return this.check(g.aC(Ae,e))},guid(e){return this.check(g.tB(me,e))},uuid(e){return this.check(g.Be(De,e))},uuidv4(e){return this.check(g.nA(De,e))},uuidv6(e){return this.check(g.pY(De,e))},uuidv7(e){return this.check(g.wA(De,e))},nanoid(e){return this.check(g.Dl(be,e))},cuid(e){return this.check(g.fs(we,e))},cuid2(e){return this.check(g.Bj(ve,e))},ulid(e){return this.check(g.Ct(Ie,e))},base64(e){return this.check(g.rt(xe,e))},base64url(e){return this.check(g.cU(Le,e))},xid(e){return this.check(g.Pw(Fe,e))},ksuid(e){return this.check(g._z(Oe,e))},ipv4(e){return this.check(g.Ny(_e,e))},ipv6(e){return this.check(g.$O(Ne,e))},cidrv4(e){return this.check(g.Uy(Se,e))},cidrv6(e){return this.check(g.gP(Te,e))},e164(e){return this.check(g.KB(ke,e))},datetime(e){return this.check(g.G1(fe,e))},date(e){return this.check(g.db(pe,e))},time(e){return this.check(g.Kn(Ce,e))},duration(e){return this.check(g.f2(de,e))}});function le(e){return g.Rl(ce,e)}const he=r.xI("ZodStringFormat",(e,t)=>{C.EY.init(e,t),ue.init(e,t)}),fe=r.xI("ZodISODateTime",(e,t)=>{C.Ko.init(e,t),he.init(e,t)}),pe=r.xI("ZodISODate",(e,t)=>{C.v1.init(e,t),he.init(e,t)}),Ce=r.xI("ZodISOTime",(e,t)=>{C.Ax.init(e,t),he.init(e,t)}),de=r.xI("ZodISODuration",(e,t)=>{C.$N.init(e,t),he.init(e,t)}),ge=r.xI("ZodEmail",(e,t)=>{C.qG.init(e,t),he.init(e,t)});const me=r.xI("ZodGUID",(e,t)=>{C.Zc.init(e,t),he.init(e,t)});const De=r.xI("ZodUUID",(e,t)=>{C.Zn.init(e,t),he.init(e,t)});const Ee=r.xI("ZodURL",(e,t)=>{C.VY.init(e,t),he.init(e,t)});function ye(e){return g.Fn(Ee,e)}const Ae=r.xI("ZodEmoji",(e,t)=>{C.cG.init(e,t),he.init(e,t)});const be=r.xI("ZodNanoID",(e,t)=>{C.Py.init(e,t),he.init(e,t)});const we=r.xI("ZodCUID",(e,t)=>{C.bl.init(e,t),he.init(e,t)});const ve=r.xI("ZodCUID2",(e,t)=>{C.Zu.init(e,t),he.init(e,t)});const Ie=r.xI("ZodULID",(e,t)=>{C.g5.init(e,t),he.init(e,t)});const Fe=r.xI("ZodXID",(e,t)=>{C.TF.init(e,t),he.init(e,t)});const Oe=r.xI("ZodKSUID",(e,t)=>{C.GY.init(e,t),he.init(e,t)});const _e=r.xI("ZodIPv4",(e,t)=>{C.Lc.init(e,t),he.init(e,t)});const Ne=r.xI("ZodIPv6",(e,t)=>{C.Zy.init(e,t),he.init(e,t)});const Se=r.xI("ZodCIDRv4",(e,t)=>{C.CI.init(e,t),he.init(e,t)});const Te=r.xI("ZodCIDRv6",(e,t)=>{C.Cn.init(e,t),he.init(e,t)});const xe=r.xI("ZodBase64",(e,t)=>{C.Dq.init(e,t),he.init(e,t)});const Le=r.xI("ZodBase64URL",(e,t)=>{C.CQ.init(e,t),he.init(e,t)});const ke=r.xI("ZodE164",(e,t)=>{C.Oy.init(e,t),he.init(e,t)});const Re=r.xI("ZodJWT",(e,t)=>{C.h8.init(e,t),he.init(e,t)});const Pe=r.xI("ZodNumber",(e,t)=>{C.vz.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.Wg(e,t,n,r),e.isFinite=!0},s.un({minValue:e=>{const{minimum:t,exclusiveMinimum:n}=m.Fs(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:n}=m.Fs(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:n}=m.Fs(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>m.Fs(e).format??null},{gt(e,t){return this.check(g.Tx(e,t))},gte(e,t){return this.check(g.qm(e,t))},min(e,t){return this.check(g.qm(e,t))},lt(e,t){return this.check(g.Au(e,t))},lte(e,t){return this.check(g.Zm(e,t))},max(e,t){return this.check(g.Zm(e,t))},int(e){return this.check(He(e))},safe(e){return this.check(He(e))},positive(e){return this.check(g.Tx(0,e))},nonnegative(e){return this.check(g.qm(0,e))},negative(e){return this.check(g.Au(0,e))},nonpositive(e){return this.check(g.Zm(0,e))},multipleOf(e,t){return this.check(g.Hi(e,t))},step(e,t){return this.check(g.Hi(e,t))},finite(){return this}}));function Ge(e){return g.F7(Pe,e)}const Me=r.xI("ZodNumberFormat",(e,t)=>{C.I.init(e,t),Pe.init(e,t)});function He(e){return g.LK(Me,e)}const Ue=r.xI("ZodBoolean",(e,t)=>{C.sF.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.dO(e,t,n,r)});function je(e){return g._L(Ue,e)}const Je=r.xI("ZodNull",(e,t)=>{C.x8.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.In(e,t,n,r)});function ze(e){return g.jw(Je,e)}const Qe=r.xI("ZodUnknown",(e,t)=>{C.GP.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.NV(e,t,n,r)});function qe(){return g.em(Qe)}const Ye=r.xI("ZodNever",(e,t)=>{C.Um.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.RH(e,t,n,r)});function Ke(e){return g.G8(Ye,e)}const Ve=r.xI("ZodArray",(e,t)=>{ae(),C.$p.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.cY(e,t,n,r),e.element=t.element},{min(e,t){return this.check(g.m9(e,t))},nonempty(e){return this.check(g.m9(1,e))},max(e,t){return this.check(g.Eb(e,t))},length(e,t){return this.check(g.YA(e,t))},unwrap(){return this.element}});function We(e,t){return g.dZ(Ve,e,t)}const Ze=r.xI("ZodObject",(e,t)=>{ae(),C.w.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.Ec(e,t,n,r),s.X(e,"shape",e=>e._zod.def.shape,!1)},{keyof(){return ct(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(s.zM(this._zod.def,{catchall:e}))},passthrough(){return this.clone(s.zM(this._zod.def,{catchall:qe()}))},loose(){return this.clone(s.zM(this._zod.def,{catchall:qe()}))},strict(){return this.clone(s.zM(this._zod.def,{catchall:Ke()}))},strip(){return this.clone(s.zM(this._zod.def,{catchall:void 0}))},extend(e){return s.X$(this,e)},safeExtend(e){return s.W0(this,e)},merge(e){return s.h1(this,e)},pick(e){return s.Up(this,e)},omit(e){return s.cJ(this,e)},partial(...e){return s.OH(Ct,this,e[0])},exactPartial(...e){return s.OH(gt,this,e[0],"exactPartial")},required(...e){return s.mw(At,this,e[0])}});function Xe(e,t){const n={type:"object",shape:e??{},...s.A2(t)};return new Ze(n)}function $e(e,t){return new Ze({type:"object",shape:e,catchall:Ke(),...s.A2(t)})}function et(e,t){return new Ze({type:"object",shape:e,catchall:qe(),...s.A2(t)})}const tt=r.xI("ZodUnion",(e,t)=>{C.cu.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.iC(e,t,n,r),e.options=t.options});function nt(e,t){return new tt({type:"union",options:e,...s.A2(t)})}const rt=r.xI("ZodDiscriminatedUnion",(e,t)=>{tt.init(e,t),C.P0.init(e,t)});function st(e,t,n){return new rt({type:"union",options:t,discriminator:e,...s.A2(n)})}const it=r.xI("ZodIntersection",(e,t)=>{C.LJ.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.i_(e,t,n,r)});const ot=r.xI("ZodRecord",(e,t)=>{ae(),C.h.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.GC(e,t,n,r),e.keyType=t.keyType,e.valueType=t.valueType});function at(e,t,n){return t&&t._zod?new ot({type:"record",keyType:e,valueType:t,...s.A2(n)}):new ot({type:"record",keyType:le(),valueType:e,...s.A2(t)})}function Bt(e,t,n){return new ot({type:"record",keyType:e,valueType:t,...s.A2(n),partial:!0})}const ut=r.xI("ZodEnum",(e,t)=>{C.VO.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.C0(e,t,n,r),e.enum=t.entries,e.options=[...e._zod.values];const n=new Set(Object.keys(t.entries));e.extract=(e,r)=>{const i={};for(const r of e){if(!n.has(r))throw new Error(`Key ${r} not found in enum`);i[r]=t.entries[r]}return new ut({...t,checks:[],...s.A2(r),entries:i})},e.exclude=(e,r)=>{const i={...t.entries};for(const t of e){if(!n.has(t))throw new Error(`Key ${t} not found in enum`);delete i[t]}return new ut({...t,checks:[],...s.A2(r),entries:i})}});function ct(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new ut({type:"enum",entries:n,...s.A2(t)})}const lt=r.xI("ZodLiteral",(e,t)=>{C.nu.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.Yv(e,t,n,r),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function ht(e,t){return new lt({type:"literal",values:Array.isArray(e)?e:[e],...s.A2(t)})}const ft=r.xI("ZodTransform",(e,t)=>{ae(),C.Wc.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.xi(e,t,n,r),e._zod.parse=(n,i)=>{if("backward"===i.direction)throw new r.cV(e.constructor.name);n.addIssue=r=>{if("string"==typeof r)n.issues.push(s.sn(r,n.value,t));else{const t=r;t.fatal&&(t.continue=!1),t.code??(t.code="custom"),"input"in t||(t.input=n.value),t.inst??(t.inst=e),n.issues.push(s.sn(t))}};const o=t.transform(n.value,n);return o instanceof Promise?o.then(e=>(n.value=e,n)):(n.value=o,n)}});function pt(e){return new ft({type:"transform",transform:e})}const Ct=r.xI("ZodOptional",(e,t)=>{C.ig.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.$k(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});function dt(e){return new Ct({type:"optional",innerType:e})}const gt=r.xI("ZodExactOptional",(e,t)=>{C.RL.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.$k(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const mt=r.xI("ZodNullable",(e,t)=>{C.qc.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.yq(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});function Dt(e){return new mt({type:"nullable",innerType:e})}const Et=r.xI("ZodDefault",(e,t)=>{C.rv.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.mh(e,t,n,r),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});const yt=r.xI("ZodPrefault",(e,t)=>{C.VF.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.A(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const At=r.xI("ZodNonOptional",(e,t)=>{C.N$.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.cR(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const bt=r.xI("ZodCatch",(e,t)=>{C.t$.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.Q9(e,t,n,r),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});const wt=r.xI("ZodPipe",(e,t)=>{C._m.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.fs(e,t,n,r),e.in=t.in,e.out=t.out});function vt(e,t){return new wt({type:"pipe",in:e,out:t})}const It=r.xI("ZodReadonly",(e,t)=>{C.Sb.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.$X(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const Ft=r.xI("ZodLazy",(e,t)=>{C.kU.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.Tr(e,t,n,r),e.unwrap=()=>e._zod.def.getter()});const Ot=r.xI("ZodCustom",(e,t)=>{C.b0.init(e,t),Be.init(e,t),e._zod.processJSONSchema=(t,n,r)=>m.A6(e,t,n,r)});g.q0,g.mI;function _t(e){const t=new Ft({type:"lazy",getter:()=>nt([le(e),Ge(),je(),ze(),We(t),at(le(),t)])});return t}},43759:(e,t,n)=>{n.d(t,{$O:()=>b,$S:()=>X,Au:()=>H,Be:()=>c,Bj:()=>m,Ct:()=>D,Dl:()=>d,ER:()=>$,Eb:()=>Q,F7:()=>L,Fk:()=>K,Fn:()=>p,G1:()=>N,G8:()=>M,Hi:()=>z,Il:()=>se,KB:()=>O,Kn:()=>T,LK:()=>k,MB:()=>ue,Mu:()=>B,Ny:()=>A,Pw:()=>E,Rl:()=>a,T2:()=>ee,TL:()=>oe,Tx:()=>j,Uy:()=>w,WN:()=>re,YA:()=>Y,Zm:()=>U,_L:()=>R,_z:()=>y,aC:()=>C,bS:()=>te,cU:()=>F,dR:()=>Z,dZ:()=>ae,db:()=>S,em:()=>G,f2:()=>x,fU:()=>Be,fs:()=>g,gP:()=>v,hH:()=>V,jw:()=>P,lo:()=>ne,m9:()=>q,mI:()=>le,nA:()=>l,pY:()=>h,q0:()=>ce,qF:()=>W,qm:()=>J,rk:()=>_,rt:()=>I,tB:()=>u,wA:()=>f,xY:()=>ie});var r=n(44890),s=n(29396),i=n(54723);function o(e){return e.checks&&(e.checks=[...e.checks]),e}function a(e,t){return new e(o({type:"string",...i.A2(t)}))}function B(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...i.A2(t)})}function u(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...i.A2(t)})}function c(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...i.A2(t)})}function l(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...i.A2(t)})}function h(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...i.A2(t)})}function f(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...i.A2(t)})}function p(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...i.A2(t)})}function C(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...i.A2(t)})}function d(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...i.A2(t)})}function g(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...i.A2(t)})}function m(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...i.A2(t)})}function D(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...i.A2(t)})}function E(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...i.A2(t)})}function y(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...i.A2(t)})}function A(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...i.A2(t)})}function b(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...i.A2(t)})}function w(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...i.A2(t)})}function v(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...i.A2(t)})}function I(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...i.A2(t)})}function F(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...i.A2(t)})}function O(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...i.A2(t)})}function _(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...i.A2(t)})}function N(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...i.A2(t)})}function S(e,t){return new e({type:"string",format:"date",check:"string_format",...i.A2(t)})}function T(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...i.A2(t)})}function x(e,t){return new e({type:"string",format:"duration",check:"string_format",...i.A2(t)})}function L(e,t){return new e(o({type:"number",checks:[],...i.A2(t)}))}function k(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...i.A2(t)})}function R(e,t){return new e({type:"boolean",...i.A2(t)})}function P(e,t){return new e({type:"null",...i.A2(t)})}function G(e){return new e({type:"unknown"})}function M(e,t){return new e({type:"never",...i.A2(t)})}function H(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:!1})}function U(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:!0})}function j(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:!1})}function J(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:!0})}function z(e,t){return new r.Jk({check:"multiple_of",...i.A2(t),value:e})}function Q(e,t){return new r.Yk({check:"max_length",...i.A2(t),maximum:e})}function q(e,t){return new r.Kk({check:"min_length",...i.A2(t),minimum:e})}function Y(e,t){return new r.RM({check:"length_equals",...i.A2(t),length:e})}function K(e,t){return new r.DG({check:"string_format",format:"regex",...i.A2(t),pattern:e})}function V(e){return new r.NI({check:"string_format",format:"lowercase",...i.A2(e)})}function W(e){return new r.kH({check:"string_format",format:"uppercase",...i.A2(e)})}function Z(e,t){return new r.Tt({check:"string_format",format:"includes",...i.A2(t),includes:e})}function X(e,t){return new r.J({check:"string_format",format:"starts_with",...i.A2(t),prefix:e})}function $(e,t){return new r.E6({check:"string_format",format:"ends_with",...i.A2(t),suffix:e})}function ee(e,t){return new r.nJ({check:"properties",shape:e,...i.A2(t)})}function te(e){return new r.v$({check:"overwrite",tx:e})}function ne(e){return te(t=>t.normalize(e))}function re(){return te(e=>e.trim())}function se(){return te(e=>e.toLowerCase())}function ie(){return te(e=>e.toUpperCase())}function oe(){return te(e=>i.Yv(e))}function ae(e,t,n){return new e({type:"array",element:t,...i.A2(n)})}function Be(e,t,n){return new e({type:"custom",check:"custom",fn:t,...i.A2(n)})}function ue(e,t){const n=function(e,t){const n=new r.QP({check:"custom",...i.A2(t)});return n._zod.check=e,n}(t=>(t.addIssue=e=>{if("string"==typeof e)t.issues.push(i.sn(e,t.value,n._zod.def));else{const r=e;r.fatal&&(r.continue=!1),r.code??(r.code="custom"),"input"in r||(r.input=t.value),r.inst??(r.inst=n),r.continue??(r.continue=!n._zod.def.abort),t.issues.push(i.sn(r))}},e(t.value,t)),t);return n}function ce(e){const t=new r.QP({check:"describe"});return t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,description:e})}],t._zod.check=()=>{},t}function le(e){const t=new r.QP({check:"meta"});return t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,...e})}],t._zod.check=()=>{},t}},44890:(e,t,n)=>{n.d(t,{DG:()=>g,E6:()=>A,J:()=>y,J_:()=>c,Jk:()=>l,KH:()=>h,Kk:()=>p,NI:()=>m,QP:()=>o,RM:()=>C,Tt:()=>E,Yk:()=>f,kH:()=>D,nJ:()=>w,ql:()=>d,sm:()=>u,v$:()=>v});var r=n(88532),s=n(23908),i=n(54723);const o=r.xI("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),a=e=>{const t=e.value;return!i.cl(t)&&void 0!==t.length},B={number:"number",bigint:"bigint",object:"date"},u=r.xI("$ZodCheckLessThan",(e,t)=>{o.init(e,t);const n=B[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:B[typeof r.value]??n,code:"too_big",maximum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),c=r.xI("$ZodCheckGreaterThan",(e,t)=>{o.init(e,t);const n=B[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:B[typeof r.value]??n,code:"too_small",minimum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),l=r.xI("$ZodCheckMultipleOf",(e,t)=>{o.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");("bigint"==typeof n.value?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):0===i.LG(n.value,t.value))||n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),h=r.xI("$ZodCheckNumberFormat",(e,t)=>{o.init(e,t),t.format=t.format||"float64";const n=t.format?.includes("int"),r=n?"int":"number",[s,a]=i.zH[t.format];e._zod.check=i=>{const o=i.value;if(n){if(!Number.isInteger(o))return void i.issues.push({expected:r,format:t.format,code:"invalid_type",continue:!1,input:o,inst:e});if(!Number.isSafeInteger(o))return void(o>0?i.issues.push({input:o,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}):i.issues.push({input:o,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}))}o<s&&i.issues.push({origin:"number",input:o,code:"too_small",minimum:s,inclusive:!0,inst:e,continue:!t.abort}),o>a&&i.issues.push({origin:"number",input:o,code:"too_big",maximum:a,inclusive:!0,inst:e,continue:!t.abort})}}),f=r.xI("$ZodCheckMaxLength",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length;if(("string"==typeof r&&s>t.maximum?i.O7(r):s)<=t.maximum)return;const o=i.Rc(r);n.issues.push({origin:o,code:"too_big",maximum:t.maximum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),p=r.xI("$ZodCheckMinLength",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length;if(("string"==typeof r&&s>=t.minimum&&s<2*t.minimum?i.O7(r):s)>=t.minimum)return;const o=i.Rc(r);n.issues.push({origin:o,code:"too_small",minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),C=r.xI("$ZodCheckLengthEquals",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length,o="string"==typeof r&&s>=t.length&&s<=2*t.length?i.O7(r):s;if(o===t.length)return;const a=i.Rc(r),B=o>t.length;n.issues.push({origin:a,...B?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),d=r.xI("$ZodCheckStringFormat",(e,t)=>{var n,r;o.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),g=r.xI("$ZodCheckRegex",(e,t)=>{d.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),m=r.xI("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=s.AC),d.init(e,t)}),D=r.xI("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=s.Zv),d.init(e,t)}),E=r.xI("$ZodCheckIncludes",(e,t)=>{o.init(e,t);const n=i.sD(t.includes),r=new RegExp("number"==typeof t.position?`^.{${t.position},}${n}`:n);t.pattern=r,e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),y=r.xI("$ZodCheckStartsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`^${i.sD(t.prefix)}.*`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),A=r.xI("$ZodCheckEndsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`.*${i.sD(t.suffix)}$`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function b(e,t,n){e.issues.length&&t.issues.push(...i.lQ(n,e.issues))}const w=r.xI("$ZodCheckProperties",(e,t)=>{let n;o.init(e,t),i.jD(e,Symbol.iterator,function*(){yield e}),e._zod.check=r=>{if(null==r.value)return void r.issues.push({expected:"object",code:"invalid_type",input:r.value,inst:e});n??(n=Reflect.ownKeys(t.shape).map(e=>[e,t.shape[e]]));const s=r.value;let i;for(const[e,t]of n){const n=t._zod.run({value:s[e],issues:[]},{});n instanceof Promise?(i??(i=[]),i.push(n.then(t=>b(t,r,e)))):b(n,r,e)}return i?Promise.all(i).then(()=>{}):void 0}}),v=r.xI("$ZodCheckOverwrite",(e,t)=>{o.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}})},88532:(e,t,n)=>{n.d(t,{$W:()=>l,GT:()=>B,cV:()=>u,cr:()=>c,xI:()=>a});var r,s=n(54723);const i={value:void 0,enumerable:!1};let o="captureStackTrace"in Error?Error:null;function a(e,t,n,r){function a(e){this.def=e,this.constr=f,this.traits=new Set}a.prototype={};const B=n,u=B&&new WeakSet;function c(n,r){if(n._zod){if(n._zod.traits.has(e))return}else{i.value=new a(r);try{Object.defineProperty(n,"_zod",i)}finally{i.value=void 0}}if(n._zod.traits.add(e),t(n,r),u){const e=Object.getPrototypeOf(n),t=n._zod.constr.prototype;let r=e;for(;r&&r!==t;)r=Object.getPrototypeOf(r);const i=r??e;u.has(i)||(u.add(i),(0,s.ol)(i,B))}const o=f.prototype;for(const e in o)Object.prototype.hasOwnProperty.call(o,e)&&(e in n||(n[e]=o[e].bind(n)))}const l=r?.Parent??Object;class h extends l{}function f(e){const t=r?.Parent?function(e){const t=o;if(t){const n=t.stackTraceLimit;if("number"==typeof n){try{t.stackTraceLimit=0}catch{return o=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}(h):this;c(t,e);const n=t._zod.deferred;if(n){for(const e of n)e();t._zod.deferred=void 0}const s=globalThis.__zod_globalConfig?.postProcessor;return s&&s(t),t}return Object.defineProperty(h,"name",{value:e}),Object.defineProperty(f,"init",{value:c}),Object.defineProperty(f,Symbol.hasInstance,{value:t=>!!(r?.Parent&&t instanceof r.Parent)||t?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}class B extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}}class u extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`),this.name="ZodEncodeError"}}(r=globalThis).__zod_globalConfig??(r.__zod_globalConfig={});const c=globalThis.__zod_globalConfig;function l(e){return e&&Object.assign(c,e),c}},98439:(e,t,n)=>{n.d(t,{$X:()=>Z,$k:()=>X,A:()=>K,A6:()=>T,C0:()=>N,CN:()=>M,Ec:()=>R,Fl:()=>_,Fs:()=>m,GC:()=>j,In:()=>I,NV:()=>O,Q9:()=>V,RH:()=>F,SW:()=>A,Tr:()=>$,Wg:()=>b,Y8:()=>v,Yv:()=>S,bl:()=>te,cR:()=>z,cY:()=>L,dO:()=>w,fs:()=>W,iC:()=>P,i_:()=>G,mh:()=>Y,xi:()=>x,yq:()=>J});var r=n(23908),s=n(56985),i=n(87509),o=n(54723);const a=(e,t,n)=>{(void 0===e[t]||n>e[t])&&(e[t]=n)},B=(e,t,n)=>{(void 0===e[t]||n<e[t])&&(e[t]=n)},u=(e,t)=>{a(e,"minimum",t),B(e,"maximum",t)},c=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},l=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},h=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]},f=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},p=(e,t)=>a(e,"minimum",t.minimum),C=(e,t)=>B(e,"maximum",t.maximum),d=e=>(t,n)=>{f(t,n.format);const[r,s]=e[n.format];a(t,"minimum",r),B(t,"maximum",s)},g={greater_than:(e,t)=>a(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>B(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>c(e,t.value),number_format:d(o.zH),bigint_format:d(o.NR),min_length:p,max_length:C,length_equals:(e,t)=>u(e,t.length),min_size:p,max_size:C,size_equals:(e,t)=>u(e,t.size),string_format:(e,t)=>{f(e,t.format),t.pattern&&l(e,t.pattern),"base64"!==t.format&&"base64url"!==t.format||(e.contentEncoding=t.format),(t.local||-1===t.precision)&&(e.laxFormat=!0)},mime_type:(e,t)=>h(e,t.mime)};function m(e){const t={},n=e._zod.def,r=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(const e of r)g[e._zod.def.check]?.(t,e._zod.def);const s=e._zod.bag;void 0!==s.minimum&&a(t,"minimum",s.minimum),void 0!==s.exclusiveMinimum&&a(t,"exclusiveMinimum",s.exclusiveMinimum),void 0!==s.maximum&&B(t,"maximum",s.maximum),void 0!==s.exclusiveMaximum&&B(t,"exclusiveMaximum",s.exclusiveMaximum),void 0!==s.multipleOf&&c(t,s.multipleOf),void 0!==s.format&&(t.format??(t.format=s.format),s.format.includes("int")&&(t.isInt=!0)),s.mime&&h(t,s.mime);for(const e of s.patterns??[])l(t,e);return t}const D={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},E=new Map([[s.cq,r.K3],[s.xE,r.r0]]),y=e=>E.get(e)??e,A=(e,t,n,r)=>{const s=n;s.type="string";const{minimum:i,maximum:o,format:a,patterns:B,contentEncoding:u,laxFormat:c}=m(e);if("number"==typeof i&&(s.minLength=i),"number"==typeof o&&(s.maxLength=o),a&&(s.format=D[a]??a,""===s.format&&delete s.format,("time"===a||c)&&delete s.format),u&&(s.contentEncoding=u),B&&B.size>0){const e=[...B].map(y);1===e.length?s.pattern=e[0].source:e.length>1&&(s.allOf=[...e.map(e=>({..."draft-07"===t.target||"draft-04"===t.target||"openapi-3.0"===t.target?{type:"string"}:{},pattern:e.source}))])}},b=(e,t,n,r)=>{const s=n,{minimum:o,maximum:a,multipleOf:B,exclusiveMaximum:u,exclusiveMinimum:c,isInt:l}=m(e);s.type=l?"integer":"number";const h="number"==typeof c&&c>=(o??Number.NEGATIVE_INFINITY),f="number"==typeof u&&u<=(a??Number.POSITIVE_INFINITY),p="draft-04"===t.target||"openapi-3.0"===t.target;if(h?p?(s.minimum=c,s.exclusiveMinimum=!0):s.exclusiveMinimum=c:"number"==typeof o&&(s.minimum=o),f?p?(s.maximum=u,s.exclusiveMaximum=!0):s.exclusiveMaximum=u:"number"==typeof a&&(s.maximum=a),B){const n=new Set;for(const o of B)Number.isFinite(o)&&0!==o?n.add(Math.abs(o)):(0,i._S)(e,t,s,r,`A multipleOf divisor of ${o} cannot be represented in JSON Schema`);const[o,...a]=n;void 0!==o&&(s.multipleOf=o),a.length&&(s.allOf=[...s.allOf??[],...a.map(e=>({multipleOf:e}))])}},w=(e,t,n,r)=>{n.type="boolean"},v=(e,t,n,r)=>{(0,i._S)(e,t,n,r,"BigInt cannot be represented in JSON Schema")},I=(e,t,n,r)=>{"openapi-3.0"===t.target?(n.type="string",n.nullable=!0,n.enum=[null]):n.type="null"},F=(e,t,n,r)=>{n.not={}},O=(e,t,n,r)=>{},_=(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Date cannot be represented in JSON Schema")},N=(e,t,n,r)=>{const s=e._zod.def,i=(0,o.w5)(s.entries);0!==i.length?(i.every(e=>"number"==typeof e)&&(n.type="number"),i.every(e=>"string"==typeof e)&&(n.type="string"),n.enum=i):n.not={}},S=(e,t,n,r)=>{const s=e._zod.def;if(0===s.values.length)return void(n.not={});const o=[];for(const a of s.values)if(void 0===a){if((0,i._S)(e,t,n,r,"Literal `undefined` cannot be represented in JSON Schema"))return}else if("bigint"==typeof a){if((0,i._S)(e,t,n,r,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(a))}else o.push(a);if(0===o.length);else if(1===o.length){const e=o[0];n.type=null===e?"null":typeof e,"draft-04"===t.target||"openapi-3.0"===t.target?n.enum=[e]:n.const=e}else o.every(e=>"number"==typeof e)&&(n.type="number"),o.every(e=>"string"==typeof e)&&(n.type="string"),o.every(e=>"boolean"==typeof e)&&(n.type="boolean"),o.every(e=>null===e)&&(n.type="null"),n.enum=o},T=(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Custom types cannot be represented in JSON Schema")},x=(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Transforms cannot be represented in JSON Schema")},L=(e,t,n,r)=>{const s=n,o=e._zod.def,{minimum:a,maximum:B}=m(e);"number"==typeof a&&(s.minItems=a),"number"==typeof B&&(s.maxItems=B),s.type="array",s.items=(0,i.Lp)(o.element,t,{...r,path:[...r.path,"items"]})};function k(e){const t=e._zod.def;return"pipe"===t.type&&t.in._zod.traits.has("$ZodTransform")?k(t.out):"catch"===t.type?k(t.innerType):e._zod.optin}const R=(e,t,n,r)=>{const s=n,a=e._zod.def,B=a.shape;if(Object.getOwnPropertySymbols(B).length&&(0,i._S)(e,t,s,r,"Symbol keys cannot be represented in JSON Schema"))return;s.type="object",s.properties={};for(const e in B)(0,o.Vy)(s.properties,e,(0,i.Lp)(B[e],t,{...r,path:[...r.path,"properties",e]}));const u=[];for(const e of Object.keys(B)){const n=a.shape[e];("input"===t.io?void 0===k(n):void 0===n._zod.optout)&&u.push(e)}u.length>0&&(s.required=u),"never"===a.catchall?._zod.def.type?s.additionalProperties=!1:a.catchall?a.catchall&&(s.additionalProperties=(0,i.Lp)(a.catchall,t,{...r,path:[...r.path,"additionalProperties"]})):"output"===t.io&&(s.additionalProperties=!1)},P=(e,t,n,r)=>{const s=e._zod.def,o=!1===s.inclusive,a=s.options.map((e,n)=>(0,i.Lp)(e,t,{...r,path:[...r.path,o?"oneOf":"anyOf",n]}));o?n.oneOf=a:n.anyOf=a},G=(e,t,n,r)=>{const s=e._zod.def,o=(0,i.Lp)(s.left,t,{...r,path:[...r.path,"allOf",0]}),a=(0,i.Lp)(s.right,t,{...r,path:[...r.path,"allOf",1]}),B=e=>"allOf"in e&&1===Object.keys(e).length,u=[...B(o)?o.allOf:[o],...B(a)?a.allOf:[a]];n.allOf=u,t.intersections.push(u)},M=(e,t,n,r)=>{const s=n,o=e._zod.def;s.type="array";const a="draft-2020-12"===t.target?"prefixItems":"items",B="draft-2020-12"===t.target||"openapi-3.0"===t.target?"items":"additionalItems",u=o.items.map((e,n)=>(0,i.Lp)(e,t,{...r,path:[...r.path,a,n]})),c=o.rest?(0,i.Lp)(o.rest,t,{...r,path:[...r.path,B,..."openapi-3.0"===t.target?[o.items.length]:[]]}):null;let l=o.items.length;for(;l>0;){const e=o.items[l-1];if(!("input"===t.io?void 0!==k(e):"optional"===e._zod.optout))break;l--}const h=o.items.length,f=!o.rest;"draft-2020-12"===t.target?(s.prefixItems=u,f?s.items=!1:c&&(s.items=c),l>0&&(s.minItems=l),f&&(s.maxItems=h)):"openapi-3.0"===t.target?(s.items={anyOf:u},c&&s.items.anyOf.push(c),l>0&&(s.minItems=l),f&&(s.maxItems=h)):(s.items=u,f?s.additionalItems=!1:c&&(s.additionalItems=c),l>0&&(s.minItems=l),f&&(s.maxItems=h));const{minimum:p,maximum:C}=m(e);"number"==typeof p&&(s.minItems=p),"number"==typeof C&&(s.maxItems=C)};function H(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);const r=e.get(t)?.def;if(!r)return t;const s=H(e,r,n);return s===r?t:s}for(const r of["anyOf","oneOf"]){const s=t[r];if(!Array.isArray(s))continue;const i=s.map(t=>H(e,t,n));i.some((e,t)=>e!==s[t])&&(t={...t,[r]:i})}const s=Array.isArray(t.type)?t.type:[t.type],i=!s.includes("string")&&s.some(e=>"number"===e||"integer"===e),o=t.enum??(void 0!==t.const?[t.const]:void 0);if(!i&&!o?.some(e=>"number"==typeof e))return t;const{minimum:a,maximum:B,exclusiveMinimum:u,exclusiveMaximum:c,multipleOf:l,format:h,id:f,...p}=t;return p.enum?p.enum=p.enum.map(e=>"number"==typeof e?String(e):e):"number"==typeof p.const&&(p.const=String(p.const)),i?(p.type="string",o||(p.pattern=(s.includes("number")?r.ai:r.nd).source),p):p}const U=new WeakMap;const j=(e,t,n,r)=>{const s=n,a=e._zod.def;s.type="object";const B=a.keyType,u=m(B).patterns;if("loose"===a.mode&&u&&u.size>0){const e=(0,i.Lp)(a.valueType,t,{...r,path:[...r.path,"patternProperties","*"]});s.patternProperties={};for(const t of u)(0,o.Vy)(s.patternProperties,y(t).source,e)}else{if("draft-07"===t.target||"draft-2020-12"===t.target){s.propertyNames=(0,i.Lp)(a.keyType,t,{...r,path:[...r.path,"propertyNames"]});let n=U.get(t);n||(n=[],U.set(t,n),t.deferred.push(()=>function(e){const t=new Map;for(const n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);const n=new Map;for(const r of U.get(e)??[]){const s=e.seen.get(r),i=(s?.def??s?.schema)?.propertyNames;if(!i||!0===i||n.has(i))continue;const o=H(t,i,new Set);o!==i&&n.set(i,o)}if(n.size)for(const t of e.seen.values())for(const e of[t.schema,t.def]){const t=e&&n.get(e.propertyNames);t&&(e.propertyNames=t)}}(t))),n.push(e)}s.additionalProperties=(0,i.Lp)(a.valueType,t,{...r,path:[...r.path,"additionalProperties"]})}const c=B._zod.values,l="input"===t.io&&void 0!==k(a.valueType);if(c&&!a.partial&&!l){const e=[...c].filter(e=>"string"==typeof e||"number"==typeof e);e.length>0&&(s.required=e.map(String))}},J=(e,t,n,r)=>{const s=e._zod.def,o=(0,i.Lp)(s.innerType,t,r),a=t.seen.get(e);"openapi-3.0"===t.target?(a.ref=s.innerType,n.nullable=!0):n.anyOf=[o,{type:"null"}]},z=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);t.seen.get(e).ref=s.innerType},Q=Symbol();function q(e,t,n,r,s){let o=!1;const a=JSON.stringify(e,(e,t)=>"bigint"!=typeof t?t:(o=!0,null));return o?((0,i._S)(t,n,r,s,"BigInt defaults cannot be represented in JSON Schema"),Q):JSON.parse(a)}const Y=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);t.seen.get(e).ref=s.innerType;const o=q(s.defaultValue,e,t,n,r);o!==Q&&(n.default=o)},K=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);if(t.seen.get(e).ref=s.innerType,"input"!==t.io)return;const o=q(s.defaultValue,e,t,n,r);o!==Q&&(n._prefault=o)},V=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);let o;t.seen.get(e).ref=s.innerType;try{o=s.catchValue(void 0)}catch{return void(0,i._S)(e,t,n,r,"Dynamic catch values are not supported in JSON Schema")}n.default=o},W=(e,t,n,r)=>{const s=e._zod.def,o=s.in._zod.traits.has("$ZodTransform"),a="input"===t.io?o?s.out:s.in:s.out;(0,i.Lp)(a,t,r);t.seen.get(e).ref=a},Z=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);t.seen.get(e).ref=s.innerType,n.readOnly=!0},X=(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);t.seen.get(e).ref=s.innerType},$=(e,t,n,r)=>{const s=e._zod.innerType;(0,i.Lp)(s,t,r);t.seen.get(e).ref=s},ee={string:A,number:b,boolean:w,bigint:v,symbol:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Symbols cannot be represented in JSON Schema")},null:I,undefined:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Undefined cannot be represented in JSON Schema")},void:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Void cannot be represented in JSON Schema")},never:F,any:(e,t,n,r)=>{},unknown:O,date:_,enum:N,literal:S,nan:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"NaN cannot be represented in JSON Schema")},template_literal:(e,t,n,r)=>{const s=n,i=e._zod.pattern;if(!i)throw new Error("Pattern not found in template literal");s.type="string",s.pattern=i.source},file:(e,t,n,r)=>{const s=n;s.type="string",s.format="binary",s.contentEncoding="binary";const{minimum:i,maximum:o,mime:a}=m(e);void 0!==i&&(s.minLength=i),void 0!==o&&(s.maxLength=o),a&&(0===a.length?s.not={}:1===a.length?s.contentMediaType=a[0]:s.anyOf=a.map(e=>({contentMediaType:e})))},success:(e,t,n,r)=>{n.type="boolean"},custom:T,function:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Function types cannot be represented in JSON Schema")},transform:x,map:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Map cannot be represented in JSON Schema")},set:(e,t,n,r)=>{(0,i._S)(e,t,n,r,"Set cannot be represented in JSON Schema")},array:L,object:R,union:P,intersection:G,tuple:M,record:j,nullable:J,nonoptional:z,default:Y,prefault:K,catch:V,pipe:W,readonly:Z,promise:(e,t,n,r)=>{const s=e._zod.def;(0,i.Lp)(s.innerType,t,r);t.seen.get(e).ref=s.innerType},optional:X,lazy:$};function te(e,t){if("_idmap"in e){const n=e,r=(0,i.az)({...t,processors:ee}),s={};for(const e of n._idmap.entries()){const[t,n]=e;(0,i.Lp)(n,r)}const a={},B={registry:n,uri:t?.uri,defs:s};r.external=B;for(const e of n._idmap.entries()){const[t,n]=e;(0,i.Wb)(r,n),(0,o.Vy)(a,t,(0,i.jE)(r,n))}if(Object.keys(s).length>0){const e="draft-2020-12"===r.target?"$defs":"definitions";a.__shared={[e]:s}}return{schemas:a}}const n=(0,i.az)({...t,processors:ee});return(0,i.Lp)(e,n),(0,i.Wb)(n,e),(0,i.jE)(n,e)}},23908:(e,t,n)=>{n.d(t,{AC:()=>R,Ak:()=>B,D2:()=>u,F:()=>A,Gl:()=>s,K3:()=>E,Os:()=>l,Rp:()=>f,Z0:()=>i,Zg:()=>C,Zv:()=>P,ai:()=>x,ch:()=>k,fO:()=>a,gF:()=>r,gp:()=>N,hQ:()=>b,kB:()=>O,kM:()=>o,l7:()=>D,nd:()=>T,o:()=>S,p0:()=>c,p6:()=>I,r0:()=>y,uR:()=>h,uX:()=>d,ug:()=>g,w$:()=>_,zM:()=>L,zr:()=>m});const r=/^[cC][0-9a-z]{6,}$/,s=/^[0-9a-z]+$/,i=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,o=/^[0-9a-vA-V]{20}$/,a=/^[A-Za-z0-9]{27}$/,B=/^[a-zA-Z0-9_-]{21}$/;function u(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}const c=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,l=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,h=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,f=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,p="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function C(){return new RegExp(p,"u")}const d=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,g=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,m=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,D=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,E=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,y=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,A=/^https?$/,b=/^\+[1-9]\d{6,14}$/,w="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function v(e){return new RegExp(`^${e}$`)}const I=v(w);function F(e){const t="(?:[01]\\d|2[0-3]):[0-5]\\d";return"number"==typeof e.precision?-1===e.precision?`${t}`:0===e.precision?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function O(e){return new RegExp(`^${F(e)}$`)}function _(e){const t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");const n=`${F({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,r=e.local?`${n}|${F({precision:e.precision})}`:n;return new RegExp(`^${w}T(?:${r})$`)}const N=/^[\s\S]{0,}$/,S=/^-?\d+n?$/,T=/^-?\d+$/,x=/^-?\d+(?:\.\d+)?$/,L=/^(?:true|false)$/i,k=/^null$/i,R=/^[^A-Z]*$/,P=/^[^a-z]*$/},29396:(e,t,n)=>{var r;n.d(t,{fd:()=>i});class s{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){const n=t[0];return this._map.set(e,n),n&&"object"==typeof n&&"id"in n&&this._idmap.set(n.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){const t=this._map.get(e);return t&&"object"==typeof t&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const r={...n,...this._map.get(e)};return Object.keys(r).length?r:void 0}return this._map.get(e)}has(e){return this._map.has(e)}}(r=globalThis).__zod_globalRegistry??(r.__zod_globalRegistry=new s);const i=globalThis.__zod_globalRegistry},56985:(e,t,n)=>{n.d(t,{$p:()=>re,Dq:()=>U,CQ:()=>J,BN:()=>V,sF:()=>K,CI:()=>P,Cn:()=>G,bl:()=>w,Zu:()=>v,t$:()=>ke,b0:()=>Ue,o5:()=>$,rv:()=>_e,P0:()=>fe,Oy:()=>z,qG:()=>d,cG:()=>A,VO:()=>Ae,RL:()=>Fe,Zc:()=>p,Lc:()=>x,Zy:()=>R,v1:()=>N,Ko:()=>_,$N:()=>T,Ax:()=>S,LJ:()=>pe,h8:()=>Q,GY:()=>O,kU:()=>He,nu:()=>be,Py:()=>b,Um:()=>X,N$:()=>Te,x8:()=>W,qc:()=>Oe,vz:()=>q,I:()=>Y,w:()=>ue,ig:()=>Ie,_m:()=>Re,VF:()=>Se,Sb:()=>Ge,h:()=>ye,$v:()=>h,EY:()=>f,Wc:()=>we,G3:()=>ge,W4:()=>u,g5:()=>I,VY:()=>y,Zn:()=>C,cu:()=>le,GP:()=>Z,TF:()=>F,cq:()=>H,xE:()=>j,YK:()=>l});var r=n(44890),s=n(88532);class i{constructor(e=[],t={}){this.content=[],this.indent=0,this.args=e,this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if("function"==typeof e)return e(this,{execution:"sync"}),void e(this,{execution:"async"});const t=e.split("\n").filter(e=>e),n=Math.min(...t.map(e=>e.length-e.trimStart().length)),r=t.map(e=>e.slice(n)).map(e=>" ".repeat(2*this.indent)+e);for(const e of r)this.content.push(e)}compile(){const e=Function,t=this?.content??[""];return new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed))}}var o=n(23908),a=n(54723);const B={major:4,minor:6,patch:7},u=s.xI("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=B;const r=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(const t of i)for(const n of t._zod.onattach)n(e);if(0===i.length)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{const t=(t,n,r)=>{if(t.memo)return t;let i,o=a.QH(t);for(const B of n){if(B._zod.def.when){if(a.rL(t))continue;if(!B._zod.def.when(t))continue}else if(o)continue;const n=t.issues.length,u=B._zod.check(t);if(u instanceof Promise&&!1===r?.async)throw new s.GT;if(i||u instanceof Promise)i=(i??Promise.resolve()).then(async()=>{await u;t.issues.length!==n&&(a.d3(t.issues,n,e),o||(o=a.QH(t,n)))});else{if(t.issues.length===n)continue;a.d3(t.issues,n,e),o||(o=a.QH(t,n))}}return i?i.then(()=>t):t},n=(n,r,o)=>{if(a.QH(n))return n.aborted=!0,n;const B=t(r,i,o);if(B instanceof Promise){if(!1===o.async)throw new s.GT;return B.then(t=>e._zod.parse(t,o))}return e._zod.parse(B,o)};e._zod.run=(r,o)=>{if(o.skipChecks)return e._zod.parse(r,o);if("backward"===o.direction){const t=e._zod.parse({value:r.value,issues:[]},{...o,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,r,o)):n(t,r,o)}const a=e._zod.parse(r,o);if(a instanceof Promise){if(!1===o.async)throw new s.GT;return a.then(e=>t(e,i,o))}return t(a,i,o)}}},{get"~standard"(){return a.jD(this,"~standard",l(this))},set"~standard"(e){a.qh(this,"~standard",e)}}),c=(e,t)=>e.issues.length?{issues:e.issues.map(e=>a.iR(e,t,s.$W()))}:{value:e.value};function l(e){return{validate:t=>{const n={async:!1};try{const r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return c(r,n)}catch(e){}return async function(e,t){const n={async:!0};return c(await e._zod.run({value:t,issues:[]},n),n)}(e,t)},vendor:"zod",version:1}}const h=s.xI("$ZodString",(e,t)=>{u.init(e,t),e._zod.pattern=t.pattern??o.gp,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch(r){}return"string"==typeof n.value||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),f=s.xI("$ZodStringFormat",(e,t)=>{r.ql.init(e,t),h.init(e,t)}),p=s.xI("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=o.Os),f.init(e,t)}),C=s.xI("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(void 0===e)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=o.uR(e))}else t.pattern??(t.pattern=o.uR());f.init(e,t)}),d=s.xI("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=o.Rp),f.init(e,t)});function g(e){try{return"undefined"!=typeof URL&&"function"==typeof URL.canParse?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function m(e,t){return"normalize"in t||"hostname"in t||"protocol"in t?function(e,t){if(!t.normalize&&t.protocol?.source===o.F.source&&!/^https?:\/\//i.test(e))return 1;try{if("undefined"!=typeof URL){const t=URL;if("function"==typeof t.parse)return t.parse(e)??2}return new URL(e)}catch{return 2}}(e,t):g(e)||2}const D=/[\t\n\r]/g;function E(e){return e.replace(D,"")}const y=s.xI("$ZodURL",(e,t)=>{f.init(e,t),e._zod.check=n=>{try{const r=n.value.trim(),s=m(r,t);return 1===s?void n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort}):2===s?void n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort}):!0===s?void(n.value=E(r)):(t.hostname&&!function(e,t){return t.lastIndex=0,t.test(e.hostname)}(s,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!function(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}(s,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),void(n.value=t.normalize?s.href:E(r)))}catch(r){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),A=s.xI("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=o.Zg()),f.init(e,t)}),b=s.xI("$ZodNanoID",(e,t)=>{if(void 0!==t.length&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=void 0===t.length?o.Ak:o.D2(t.length)),f.init(e,t)}),w=s.xI("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=o.gF),f.init(e,t)}),v=s.xI("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=o.Gl),f.init(e,t)}),I=s.xI("$ZodULID",(e,t)=>{t.pattern??(t.pattern=o.Z0),f.init(e,t)}),F=s.xI("$ZodXID",(e,t)=>{t.pattern??(t.pattern=o.kM),f.init(e,t)}),O=s.xI("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=o.fO),f.init(e,t)}),_=s.xI("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=o.w$(t)),f.init(e,t)}),N=s.xI("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=o.p6),f.init(e,t)}),S=s.xI("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=o.kB(t)),f.init(e,t)}),T=s.xI("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=o.p0),f.init(e,t)}),x=s.xI("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=o.uX),f.init(e,t)}),L=/^[0-9a-fA-F:.]+$/;function k(e){return!!L.test(e)&&g(`http://[${e}]`)}const R=s.xI("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=o.ug),f.init(e,t),e._zod.check=n=>{k(n.value)||n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}),P=s.xI("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=o.zr),f.init(e,t)});const G=s.xI("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=o.l7),f.init(e,t),e._zod.check=n=>{(function(e){const t=e.split("/");if(2!==t.length)return!1;const[n,r]=t;if(!r)return!1;const s=Number(r);return`${s}`===r&&!(s<0||s>128)&&k(n)})(n.value)||n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}});function M(e){if(""===e)return!0;if(/\s/.test(e))return!1;if(e.length%4!=0)return!1;try{return atob(e),!0}catch{return!1}}const H=/^[0-9a-zA-Z+/]*={0,2}$/,U=s.xI("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=H),f.init(e,t),e._zod.check=n=>{M(n.value)||n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}}),j=/^[A-Za-z0-9_-]*$/;const J=s.xI("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=j),f.init(e,t),e._zod.check=n=>{(function(e){if(!j.test(e))return!1;const t=e.replace(/[-_]/g,e=>"-"===e?"+":"/");return M(t.padEnd(4*Math.ceil(t.length/4),"="))})(n.value)||n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}}),z=s.xI("$ZodE164",(e,t)=>{t.pattern??(t.pattern=o.hQ),f.init(e,t)});const Q=s.xI("$ZodJWT",(e,t)=>{f.init(e,t),e._zod.check=n=>{(function(e,t=null){try{const n=e.split(".");if(3!==n.length)return!1;const[r]=n;if(!r)return!1;const s=JSON.parse(atob(r));return!("typ"in s&&"JWT"!==s?.typ||!s.alg||t&&(!("alg"in s)||s.alg!==t))}catch{return!1}})(n.value,t.alg)||n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}}),q=s.xI("$ZodNumber",(e,t)=>{u.init(e,t),e._zod.pattern=o.ai,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if("number"==typeof s&&!Number.isNaN(s)&&Number.isFinite(s))return n;const i="number"==typeof s?Number.isNaN(s)?"NaN":Number.isFinite(s)?void 0:String(s):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...i?{received:i}:{}}),n}}),Y=s.xI("$ZodNumberFormat",(e,t)=>{r.KH.init(e,t),q.init(e,t)}),K=s.xI("$ZodBoolean",(e,t)=>{u.init(e,t),e._zod.pattern=o.zM,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;return"boolean"==typeof s||n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e}),n}}),V=s.xI("$ZodBigInt",(e,t)=>{u.init(e,t),e._zod.pattern=o.o,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=BigInt(n.value)}catch(e){}return"bigint"==typeof n.value||n.issues.push({expected:"bigint",code:"invalid_type",input:n.value,inst:e}),n}}),W=s.xI("$ZodNull",(e,t)=>{u.init(e,t),e._zod.pattern=o.ch,e._zod.values=new Set([null]),e._zod.parse=(t,n)=>{const r=t.value;return null===r||t.issues.push({expected:"null",code:"invalid_type",input:r,inst:e}),t}}),Z=s.xI("$ZodUnknown",(e,t)=>{u.init(e,t),e._zod.parse=e=>e}),X=s.xI("$ZodNever",(e,t)=>{u.init(e,t),e._zod.parse=(t,n)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)}),$=s.xI("$ZodDate",(e,t)=>{u.init(e,t),e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=new Date(n.value)}catch(e){}const s=n.value,i=s instanceof Date;return i&&!Number.isNaN(s.getTime())||n.issues.push({expected:"date",code:"invalid_type",input:s,...i?{received:"Invalid Date"}:{},inst:e}),n}});function ee(e,t){const n=a.hi(e._zod.def.checks);if(!n.length)return;const r=Math.min(...n.map(e=>e[0])),s=e._zod.parse;e._zod.parse=(n,i)=>{const o=t(n.value);if(o>r&&!i?.skipChecks&&"backward"!==i?.direction)for(const[t,r]of a.hi(e._zod.def.checks))if(o>t&&r._zod.def.when(n)){const t=n.issues.length;return r._zod.check(n),n.issues[t].continue=!1,a.d3(n.issues,t,e),n}return s(n,i)}}const te=e=>Array.isArray(e)?e.length:-1;function ne(e,t,n){e.issues.length&&t.issues.push(...a.lQ(n,e.issues)),t.value[n]=e.value}const re=s.xI("$ZodArray",(e,t)=>{u.init(e,t);const n=s.cr.memoizer;n?.attach(e),e._zod.parse=(r,s)=>{const i=r.value;if(!Array.isArray(i))return r.issues.push({expected:"array",code:"invalid_type",input:i,inst:e}),r;r.value=n?n.alloc(e,r,Array(i.length),s):Array(i.length);const o=[],B=s?.abortEarly;for(let e=0;e<i.length;e++){const n=i[e],u=t.element._zod.run({value:n,issues:[]},s);if(u instanceof Promise)o.push(u.then(t=>ne(t,r,e)));else if(ne(u,r,e),B&&0!==u.issues.length&&a.QH(u))break}return o.length?Promise.all(o).then(()=>r):r},ee(e,te)});function se(e,t,n,r,s,i){const o=n in r,B="optional"===i;if(o||!B||"optional"!==s){if(e.issues.length){if(void 0!==s&&B&&!o)return;t.issues.push(...a.lQ(n,e.issues))}o||void 0!==s?void 0===e.value?(o||"defaulted"===s&&!B)&&(t.value[n]=void 0):t.value[n]=e.value:e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]})}}const ie=[];function oe(e){const t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:ie,s=r.length?[...t,...r]:t;for(const t of s)if(!e.shape?.[t]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);const i=a.NM(e.shape);return{...e,allKeys:s,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(i)}}function ae(e,t,n,r,s,i,o){const B=[],u=s.keySet,c=s.catchall._zod,l=c.def.type,h=c.optin,f=c.optout;let p=0;for(const s in t){if(o&&n.issues.length!==p){if(a.QH(n,p))break;p=n.issues.length}if(u.has(s))continue;if("__proto__"===s){"never"===l&&B.push(s);continue}if("never"===l){B.push(s);continue}const i=c.run({value:t[s],issues:[]},r);i instanceof Promise?e.push(i.then(e=>se(e,n,s,t,h,f))):se(i,n,s,t,h,f)}return B.length&&n.issues.push({code:"unrecognized_keys",keys:B,input:t,inst:i,continue:!0}),e.length?Promise.all(e).then(()=>n):n}const Be=s.xI("$ZodObject",(e,t)=>{u.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape"),r=n?.get?n.get.raw:t.shape??{};if(r){const e=()=>{const n={...r};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=r,Object.defineProperty(t,"shape",{get:e})}const i=a.PO(()=>oe(t));a.v5(e,"propValues",e=>{const t=e.def.shape,n={};for(const e in t){const r=t[e]._zod;if(r.values){Object.prototype.hasOwnProperty.call(n,e)||a.Vy(n,e,new Set);for(const t of r.values)n[e].add(t);void 0!==r.optin&&n[e].add(void 0)}}return n});const o=a.Gv,B=t.catchall;let c;const l=s.cr.memoizer;l?.attach(e),e._zod.parse=(t,n)=>{c??(c=i.value);const r=t.value;if(!o(r))return t.issues.push({expected:"object",code:"invalid_type",input:r,inst:e}),t;t.value=l?l.alloc(e,t,{},n):{};const s=[],u=c.shape,h=n?.abortEarly;let f=t.issues.length;for(const e of c.allKeys){if(h&&t.issues.length!==f){if(a.QH(t,f))break;f=t.issues.length}if("__proto__"===e)continue;const i=u[e],o=i._zod.optin,B=i._zod.optout,c=i._zod.run({value:r[e],issues:[]},n);c instanceof Promise?s.push(c.then(n=>se(n,t,e,r,o,B))):se(c,t,e,r,o,B)}return B?ae(s,r,t,n,i.value,e,!0===h):s.length?Promise.all(s).then(()=>t):t}}),ue=s.xI("$ZodObjectJIT",(e,t)=>{Be.init(e,t);const n=e._zod.parse,r=a.PO(()=>oe(t)),o=s.cr.memoizer;let B;const u=a.Gv,c=!s.cr.jitless,l=a.hI,h=c&&l.value,f=t.catchall;let p;e._zod.parse=(s,l)=>{p??(p=r.value);const C=s.value;return u(C)?c&&h&&!1===l?.async&&!0!==l.jitless?(B||(B=(t=>{const n=r.value,s=n.symbolKeys,B=new i(["payload","ctx"],{shape:t,inst:e,memo:o,syms:s}),u=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,c=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;B.write("const input = payload.value;");const l=Object.create(null);let h=0;for(const e of n.allKeys)l[e]="key_"+h++;B.write(o?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(const e of n.allKeys){if("__proto__"===e)continue;const n=l[e],r="symbol"==typeof e?`syms[${s.indexOf(e)}]`:a.UQ(e),i=`${r} in input`,o=t[e],h=o?._zod?.optin,f=void 0!==h,p="optional"===o?._zod?.optout;if(B.write(`const ${n} = ${u(r)};`),f&&p){const e="optional"===h?`${n}_present`:`${n}.value !== undefined || ${n}_present`;B.write(`\n        const ${n}_present = ${i};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${c(n,r)}\n          }\n\n          if (${e}) {\n            newResult[${r}] = ${n}.value;\n          }\n        }\n\n      `)}else f?(B.write(`\n        if (${n}.issues.length) {${c(n,r)}\n        }\n      `),"defaulted"===h?B.write(`newResult[${r}] = ${n}.value;`):B.write(`\n        if (${n}.value !== undefined || ${i}) {\n          newResult[${r}] = ${n}.value;\n        }\n      `)):B.write(`\n        const ${n}_present = ${i};\n        if (${n}.issues.length) {${c(n,r)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${r}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${r}] = ${n}.value;\n        }\n\n      `)}return B.write("payload.value = newResult;"),B.write("return payload;"),B.compile()})(t.shape)),s=B(s,l),f?ae([],C,s,l,p,e,!0===l?.abortEarly):s):n(s,l):(s.issues.push({expected:"object",code:"invalid_type",input:C,inst:e}),s)}});function ce(e,t,n,r){for(const n of e)if(0===n.issues.length)return t.value=n.value,t;const i=e.filter(e=>!a.QH(e));return 1===i.length?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>a.iR(e,r,s.$W())))}),t)}const le=s.xI("$ZodUnion",(e,t)=>{u.init(e,t),a.v5(e,"optin",e=>e.def.options.some(e=>"defaulted"===e._zod.optin)?"defaulted":e.def.options.some(e=>void 0!==e._zod.optin)?"optional":void 0),a.v5(e,"optout",e=>e.def.options.some(e=>"optional"===e._zod.optout)?"optional":void 0),a.v5(e,"values",e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),a.v5(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>a.p6(e.source)).join("|")})$`)}});const n=1===t.options.length?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n)return n(r,s);let i=!1;const o=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise)o.push(t),i=!0;else{if(0===t.issues.length)return t;o.push(t)}}return i?Promise.all(o).then(t=>ce(t,r,e,s)):ce(o,r,e,s)}});function he(e){const t=new Map;for(const n of e.options){const r=n._zod.propValues?.[e.discriminator];if(!r||0===r.size)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(const e of r)if(t.has(e)){if(void 0!==e)throw new Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else t.set(e,n)}return t}const fe=s.xI("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,le.init(e,t);const n=e._zod.parse;a.v5(e,"propValues",e=>{const t={};let n=0;for(const r of e.def.options){const s=r._zod.propValues;if(!s||0===Object.keys(s).length)throw new Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);s[e.def.discriminator]?.has(void 0)&&n++;for(const[e,n]of Object.entries(s)){Object.prototype.hasOwnProperty.call(t,e)||a.Vy(t,e,new Set);for(const r of n)t[e].add(r)}}return!e.def.unionFallback&&n>1&&t[e.def.discriminator]?.delete(void 0),t}),t.options.forEach((e,n)=>{const r=a.MO(e._zod.def);if(r&&!Object.prototype.hasOwnProperty.call(r,t.discriminator))throw new Error(`Invalid discriminated union option at index "${n}"`)});const r=a.PO(()=>he(t));e._zod.parse=(s,i)=>{const o=s.value;if(!a.Gv(o))return s.issues.push({code:"invalid_type",expected:"object",input:o,inst:e}),s;const B=o?.[t.discriminator],u=r.value.get(B);return!u||void 0===B&&"backward"===i.direction?t.unionFallback||"backward"===i.direction?n(s,i):(s.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(e=>null!==r.value.get(e)),input:o,path:[t.discriminator],inst:e}),s):u._zod.run(s,i)}}),pe=s.xI("$ZodIntersection",(e,t)=>{u.init(e,t),e._zod.parse=(e,n)=>{const r=e.value,s=t.left._zod.run({value:r,issues:[]},n),i=t.right._zod.run({value:r,issues:[]},n);return s instanceof Promise||i instanceof Promise?Promise.all([s,i]).then(([t,n])=>de(e,t,n)):de(e,s,i)}});function Ce(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e===+t)return{valid:!0,data:e};if(a.Qd(e)&&a.Qd(t)){const n=Object.keys(t),r=Object.keys(e).filter(e=>-1!==n.indexOf(e)),s={...e,...t};Object.prototype.hasOwnProperty.call(s,"__proto__")&&delete s.__proto__;for(const n of r){if("__proto__"===n)continue;const r=Ce(e[n],t[n]);if(!r.valid)return{valid:!1,mergeErrorPath:[n,...r.mergeErrorPath]};s[n]=r.data}return{valid:!0,data:s}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};const n=[];for(let r=0;r<e.length;r++){const s=Ce(e[r],t[r]);if(!s.valid)return{valid:!1,mergeErrorPath:[r,...s.mergeErrorPath]};n.push(s.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function de(e,t,n){const r=new Map;let s;const i=new Map,o=(e,t)=>{let n;if("unrecognized_keys"!==e.code||e.path?.length){if("invalid_key"!==e.code||"record"!==e.origin||1!==e.path?.length)return!1;{const t=String(e.path[0]);i.has(t)||i.set(t,e),n=[t]}}else s??(s=e),n=e.keys;for(const e of n)r.has(e)||r.set(e,{}),r.get(e)[t]=!0;return!0};for(const n of t.issues)o(n,"l")||e.issues.push(n);for(const t of n.issues)o(t,"r")||e.issues.push(t);const B=[...r].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(B.length){const t=s?B.filter(e=>s.keys.includes(e)):[];t.length&&e.issues.push({...s,keys:t});for(const n of B)!t.includes(n)&&i.has(n)&&e.issues.push(i.get(n))}const u=Ce(t.value,n.value);if(!u.valid){if(a.QH(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}const ge=s.xI("$ZodTuple",(e,t)=>{u.init(e,t);const n=t.items,r=s.cr.memoizer;r?.attach(e),e._zod.parse=(s,i)=>{const o=s.value;if(!Array.isArray(o))return s.issues.push({input:o,inst:e,expected:"tuple",code:"invalid_type"}),s;s.value=r?r.alloc(e,s,[],i):[];const B=[],u=me(n,"optin"),c=me(n,"optout");if(!t.rest){if(o.length<u)return s.issues.push({code:"too_small",minimum:u,inclusive:!0,input:o,inst:e,origin:"array"}),s;o.length>n.length&&s.issues.push({code:"too_big",maximum:n.length,inclusive:!0,input:o,inst:e,origin:"array"})}const l=new Array(n.length),h=t.rest?i?.abortEarly:void 0;let f=!1;for(let e=0;e<n.length;e++){const t=n[e]._zod.run({value:o[e],issues:[]},i);t instanceof Promise?B.push(t.then(t=>{l[e]=t})):(l[e]=t,h&&!f&&t.issues.length&&(f=a.QH(t)))}if(t.rest&&!f){let e=n.length-1;const r=o.slice(n.length);let u=s.issues.length;for(const n of r){if(h&&s.issues.length!==u){if(a.QH(s,u))break;u=s.issues.length}e++;const r=t.rest._zod.run({value:n,issues:[]},i);r instanceof Promise?B.push(r.then(t=>De(t,s,e))):De(r,s,e)}}return B.length?Promise.all(B).then(()=>Ee(l,s,n,o,c)):Ee(l,s,n,o,c)}});function me(e,t){for(let n=e.length-1;n>=0;n--){if(!("optin"===t?void 0!==e[n]._zod.optin:"optional"===e[n]._zod.optout))return n+1}return 0}function De(e,t,n){e.issues.length&&t.issues.push(...a.lQ(n,e.issues)),t.value[n]=e.value}function Ee(e,t,n,r,s){for(let i=0;i<n.length;i++){const o=e[i],B=i<r.length;if(!B&&i>=s&&"optional"===n[i]._zod.optin){t.value.length=i;break}if(o.issues.length){if(!B&&i>=s){t.value.length=i;break}t.issues.push(...a.lQ(i,o.issues))}t.value[i]=o.value}for(let e=t.value.length-1;e>=r.length&&("optional"===n[e]._zod.optout&&void 0===t.value[e]);e--)t.value.length=e;return t}const ye=s.xI("$ZodRecord",(e,t)=>{u.init(e,t);const n=s.cr.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{const B=r.value;if(!a.Qd(B))return r.issues.push({expected:"record",code:"invalid_type",input:B,inst:e}),r;const u=[],c=t.keyType._zod.values;if(c&&!t.partial){r.value=n?n.alloc(e,r,{},i):{};const o=new Set;for(const n of c)if("string"==typeof n||"number"==typeof n||"symbol"==typeof n){if(o.add("number"==typeof n?n.toString():n),"__proto__"===n)continue;const c=t.keyType._zod.run({value:n,issues:[]},i);if(c instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(c.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:c.issues.map(e=>a.iR(e,i,s.$W())),input:n,path:[n],inst:e});continue}const l=c.value;if("__proto__"===l)continue;const h=t.valueType._zod.run({value:B[n],issues:[]},i);h instanceof Promise?u.push(h.then(e=>{e.issues.length&&r.issues.push(...a.lQ(n,e.issues)),r.value[l]=e.value})):(h.issues.length&&r.issues.push(...a.lQ(n,h.issues)),r.value[l]=h.value)}let l;for(const e in B)if(!o.has(e))if("loose"===t.mode){if("__proto__"===e)continue;r.value[e]=B[e]}else l=l??[],l.push(e);l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:B,inst:e,keys:l,continue:!0})}else{let l;r.value=n?n.alloc(e,r,{},i):{};for(const n of Reflect.ownKeys(B)){if("__proto__"===n)continue;if(!Object.prototype.propertyIsEnumerable.call(B,n))continue;let h=t.keyType._zod.run({value:n,issues:[]},i);if(h instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if("string"==typeof n&&o.ai.test(n)&&h.issues.length){const e=t.keyType._zod.run({value:Number(n),issues:[]},i);if(e instanceof Promise)throw new Error("Async schemas not supported in object keys currently");0===e.issues.length&&(h=e)}if(h.issues.length){"loose"===t.mode?r.value[n]=B[n]:c?(l=l??[],l.push(n)):r.issues.push({code:"invalid_key",origin:"record",issues:h.issues.map(e=>a.iR(e,i,s.$W())),input:n,path:[n],inst:e});continue}const f=h.value;if("__proto__"===f)continue;const p=t.valueType._zod.run({value:B[n],issues:[]},i);p instanceof Promise?u.push(p.then(e=>{e.issues.length&&r.issues.push(...a.lQ(n,e.issues)),r.value[f]=e.value})):(p.issues.length&&r.issues.push(...a.lQ(n,p.issues)),r.value[f]=p.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:B,inst:e,keys:l,continue:!0})}return u.length?Promise.all(u).then(()=>r):r}});const Ae=s.xI("$ZodEnum",(e,t)=>{u.init(e,t);const n=a.w5(t.entries),r=new Set(n);e._zod.values=r,a.v5(e,"pattern",e=>{const t=a.w5(e.def.entries).filter(e=>a.qQ.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>a.sD(e.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(t,s)=>{const i=t.value;return r.has(i)||t.issues.push({code:"invalid_value",values:n,input:i,inst:e}),t}}),be=s.xI("$ZodLiteral",(e,t)=>{u.init(e,t);const n=new Set(t.values);e._zod.values=n,a.v5(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>"string"==typeof e?a.sD(e):e?a.sD(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,s)=>{const i=r.value;return n.has(i)||r.issues.push({code:"invalid_value",values:t.values,input:i,inst:e}),r}}),we=s.xI("$ZodTransform",(e,t)=>{u.init(e,t),e._zod.optin="optional",s.cr.memoizer?.guard(e),e._zod.parse=(n,r)=>{if("backward"===r.direction)throw new s.cV(e.constructor.name);const i=t.transform(n.value,n);if(r.async){return(i instanceof Promise?i:Promise.resolve(i)).then(e=>(n.value=e,n))}if(i instanceof Promise)throw new s.GT;return n.value=i,n}});function ve(e,t){return e.value=t.issues.length?void 0:t.value,e}const Ie=s.xI("$ZodOptional",(e,t)=>{u.init(e,t),a.v5(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),e._zod.optout="optional",a.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),a.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${a.p6(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(void 0===e.value){if("defaulted"!==t.innerType._zod.optin)return e;const r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(t=>ve(e,t)):ve(e,r)}return t.innerType._zod.run(e,n)}}),Fe=s.xI("$ZodExactOptional",(e,t)=>{Ie.init(e,t),a.v5(e,"values",e=>e.def.innerType._zod.values),a.v5(e,"pattern",e=>e.def.innerType._zod.pattern),e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)}),Oe=s.xI("$ZodNullable",(e,t)=>{u.init(e,t),a.v5(e,"optin",e=>e.def.innerType._zod.optin),a.v5(e,"optout",e=>e.def.innerType._zod.optout),a.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${a.p6(t.source)}|null)$`):void 0}),a.v5(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>null===e.value?e:t.innerType._zod.run(e,n)}),_e=s.xI("$ZodDefault",(e,t)=>{u.init(e,t),e._zod.optin="defaulted",a.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);if(void 0===e.value)return e.value=t.defaultValue,e;const r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(e=>Ne(e,t)):Ne(r,t)}});function Ne(e,t){return void 0===e.value&&(e.value=t.defaultValue),e}const Se=s.xI("$ZodPrefault",(e,t)=>{u.init(e,t),e._zod.optin="defaulted",a.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>("backward"===n.direction||void 0===e.value&&(e.value=t.defaultValue),t.innerType._zod.run(e,n))}),Te=s.xI("$ZodNonOptional",(e,t)=>{u.init(e,t),a.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>void 0!==e)):void 0}),e._zod.parse=(n,r)=>{const s=t.innerType._zod.run(n,r);return s instanceof Promise?s.then(t=>xe(t,e)):xe(s,e)}});function xe(e,t){return e.issues.length||void 0!==e.value||e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}function Le(e,t,n,r){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>a.iR(e,r,s.$W()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}const ke=s.xI("$ZodCatch",(e,t)=>{u.init(e,t),a.v5(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),a.v5(e,"optout",e=>e.def.innerType._zod.optout),a.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(r=>Le(e,r,t,n)):Le(e,r,t,n)}}),Re=s.xI("$ZodPipe",(e,t)=>{u.init(e,t),a.v5(e,"values",e=>e.def.in._zod.values),a.v5(e,"optin",e=>e.def.in._zod.optin),a.v5(e,"optout",e=>e.def.out._zod.optout),a.v5(e,"propValues",e=>e.def.in._zod.propValues),e._zod.parse=(e,n)=>{if("backward"===n.direction){const r=t.out._zod.run(e,n);return r instanceof Promise?r.then(e=>Pe(e,t.in,n)):Pe(r,t.in,n)}const r=t.in._zod.run(e,n);return r instanceof Promise?r.then(e=>Pe(e,t.out,n)):Pe(r,t.out,n)}});function Pe(e,t,n){return e.issues.some(e=>"unrecognized_keys"!==e.code)?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}const Ge=s.xI("$ZodReadonly",(e,t)=>{u.init(e,t),a.v5(e,"propValues",e=>e.def.innerType._zod.propValues),a.v5(e,"values",e=>e.def.innerType._zod.values),a.v5(e,"optin",e=>e.def.innerType?._zod?.optin),a.v5(e,"optout",e=>e.def.innerType?._zod?.optout),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(Me):Me(r)}});function Me(e){return e.memo||(e.value=Object.freeze(e.value)),e}const He=s.xI("$ZodLazy",(e,t)=>{u.init(e,t),a.gJ(e._zod,"innerType",()=>{const e=t;return e._cachedInner||(e._cachedInner=t.getter()),e._cachedInner}),a.v5(e,"pattern",e=>e.innerType?._zod?.pattern),a.v5(e,"propValues",e=>e.innerType?._zod?.propValues),a.v5(e,"optin",e=>e.innerType?._zod?.optin??void 0),a.v5(e,"optout",e=>e.innerType?._zod?.optout??void 0),e._zod.parse=(t,n)=>e._zod.innerType._zod.run(t,n)}),Ue=s.xI("$ZodCustom",(e,t)=>{r.QP.init(e,t),u.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{const r=n.value,s=t.fn(r);if(s instanceof Promise)return s.then(t=>je(t,n,r,e));je(s,n,r,e)}});function je(e,t,n,r){if(!e){const e={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(e.params=r._zod.def.params),t.issues.push(a.sn(e))}}},87509:(e,t,n)=>{n.d(t,{Lp:()=>B,OA:()=>D,Wb:()=>c,_S:()=>a,az:()=>o,jE:()=>g,uE:()=>E});var r=n(29396),s=n(54723);function i(e,...t){for(const n of t)for(const t of Reflect.ownKeys(n))Object.prototype.propertyIsEnumerable.call(n,t)&&(0,s.Vy)(e,t,n[t]);return e}function o(e){let t=e?.target??"draft-2020-12";return"draft-4"===t&&(t="draft-04"),"draft-7"===t&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??r.fd,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function a(e,t,n,r,s){const i="function"==typeof t.unrepresentable?t.unrepresentable({zodSchema:e,path:r.path,message:s}):t.unrepresentable;if("any"===i)return!1;if(void 0===i||"throw"===i)throw new Error(s);return Object.assign(n,i),!0}function B(e,t,n={path:[],schemaPath:[]}){var r;const s=e._zod.def,o=t.seen.get(e);if(o){o.count++;return n.schemaPath.includes(e)&&(o.cycle=n.path),o.schema}const a={schema:{},count:1,cycle:void 0,path:n.path};t.seen.set(e,a),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;const u=e._zod.toJSONSchema?.();if(u)a.schema=u;else{const r={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,a.schema,r);else{const n=a.schema,i=t.processors[s.type];if(!i)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`);i(e,t,n,r)}const i=e._zod.parent;i&&(a.ref||(a.ref=i),B(i,t,r),t.seen.get(i).isParent=!0)}const c=t.metadataRegistry.get(e);c&&i(a.schema,c),"input"===t.io&&m(e)&&(delete a.schema.examples,delete a.schema.default),"input"===t.io&&"_prefault"in a.schema&&((r=a.schema).default??(r.default=a.schema._prefault)),delete a.schema._prefault;return t.seen.get(e).schema}function u(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function c(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const r=new Map;for(const t of e.seen.entries()){const n=e.metadataRegistry.get(t[0])?.id;if(n){const e=r.get(n);if(e&&e!==t[0])throw new Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);r.set(n,t[0])}}const s=t=>{if(t[1].schema.$ref)return;const r=t[1],{ref:s,defId:i}=(t=>{const r="draft-2020-12"===e.target?"$defs":"definitions";if(e.external){const n=e.external.registry.get(t[0])?.id,s=e.external.uri??(e=>e);if(n)return{ref:s(n)};const i=t[1].defId??t[1].schema.id??"schema"+e.counter++;return t[1].defId=i,{defId:i,ref:`${s("__shared")}#/${r}/${u(i)}`}}const s=`#/${r}/`;if(t[1]===n&&!t[1].schema.id)return{ref:"#"};const i=t[1].schema.id??"__schema"+e.counter++;return{defId:i,ref:s+u(i)}})(t);r.def={...r.schema},i&&(r.defId=i);const o=r.schema;for(const e in o)delete o[e];o.$ref=s};if("throw"===e.cycles)for(const t of e.seen.entries()){const e=t[1];if(e.cycle)throw new Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>\n\nSet the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(const n of e.seen.entries()){const r=n[1];if(t===n[0]){s(n);continue}if(e.external){const r=e.external.registry.get(n[0])?.id;if(t!==n[0]&&r){s(n);continue}}const i=e.metadataRegistry.get(n[0])?.id;i?s(n):(r.cycle||r.count>1&&"ref"===e.reused)&&s(n)}e.external&&(e.sharedDefsExtractedFor=e.external)}function l(e){const t=e.anyOf;if(!Array.isArray(t)||0===t.length||void 0!==e.type)return;const n=[];for(const e of t){if(!e||"object"!=typeof e)return;l(e);const t=Object.keys(e);if(1!==t.length||"type"!==t[0])return;const r=e.type;for(const e of Array.isArray(r)?r:[r]){if("string"!=typeof e)return;n.includes(e)||n.push(e)}}delete e.anyOf,e.type=1===n.length?n[0]:n}const h=new Set(["type","properties","required","additionalProperties"]),f=["oneOf","anyOf"];function p(e){const t=e.additionalProperties;return void 0===t||!1===t||"object"!=typeof t||null===t?null:Object.keys(t).length?t:null}function C(e){const t=[];for(const n of e){if("object"!=typeof n||"object"!==n.type)return null;for(const e in n)if(!h.has(e))return null;t.push(n)}const n={},r=new Set;for(const e of t){for(const r in e.properties){if(Object.prototype.hasOwnProperty.call(n,r))continue;const e=[];for(const n of t){const t=n.properties?.[r]??p(n);null!=t&&(e.some(e=>JSON.stringify(e)===JSON.stringify(t))||e.push(t))}const i=1===e.length?e[0]:C(e)??{allOf:e};(0,s.Vy)(n,r,i)}for(const t of e.required??[])r.add(t)}const i={type:"object",properties:n};if(r.size&&(i.required=[...r]),t.every(e=>!1===e.additionalProperties))i.additionalProperties=!1;else{const e=[];for(const n of t){const t=p(n);t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t))&&e.push(t)}1===e.length?i.additionalProperties=e[0]:e.length>1&&(i.additionalProperties={allOf:e})}return i}function d(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of h)if(t in e)return;const n=t.filter(e=>f.some(t=>Array.isArray(e[t])));let r=null;if(n.length){const e=n[0],s=f.find(t=>Array.isArray(e[t]));if(1!==Object.keys(e).length)return;const i=t.filter(t=>t!==e),o=e[s].map(e=>C([...i,e]));if(o.some(e=>!e))return;r={[s]:o}}else r=C(t);r&&(delete e.allOf,i(e,r))}function g(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");const r=t=>{const n=e.seen.get(t);if(null===n.ref)return;const s=n.def??n.schema,o={...s},a=n.ref;if(n.ref=null,a){r(a);const n=e.seen.get(a),B=n.schema;!B.$ref||"draft-07"!==e.target&&"draft-04"!==e.target&&"openapi-3.0"!==e.target?i(s,B):(s.allOf=s.allOf??[],s.allOf.push(B)),i(s,o);if(t._zod.parent===a)for(const e in s)"$ref"!==e&&"allOf"!==e&&(e in o||delete s[e]);if(B.$ref&&n.def)for(const e in s)"$ref"!==e&&"allOf"!==e&&e in n.def&&JSON.stringify(s[e])===JSON.stringify(n.def[e])&&delete s[e]}const B=t._zod.parent;if(B&&B!==a){r(B);const t=e.seen.get(B);if(t?.schema.$ref&&(s.$ref=t.schema.$ref,t.def))for(const e in s)"$ref"!==e&&"allOf"!==e&&e in t.def&&JSON.stringify(s[e])===JSON.stringify(t.def[e])&&delete s[e]}e.override({zodSchema:t,jsonSchema:s,path:n.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse())r(t[0]);if("openapi-3.0"!==e.target)for(const t of e.seen.entries())l(t[1].def??t[1].schema);for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const n of e.seen.values())for(const e of[n.schema,n.def]){const n=e?.allOf;if(!Array.isArray(n))continue;const r=t.get(n);r?r.push(e):t.set(n,[e])}for(const n of e.intersections)for(const e of t.get(n)??[])d(e)}}const o={};if("draft-2020-12"===e.target?o.$schema="https://json-schema.org/draft/2020-12/schema":"draft-07"===e.target?o.$schema="http://json-schema.org/draft-07/schema#":"draft-04"===e.target?o.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){const n=e.external.registry.get(t)?.id;if(!n)throw new Error("Schema is missing an `id` property");o.$id=e.external.uri(n)}i(o,n.defId?n.schema:n.def??n.schema);const a=e.metadataRegistry.get(t)?.id;void 0!==a&&o.id===a&&delete o.id;const B=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(const t of e.seen.entries()){const e=t[1];e.def&&e.defId&&(e.def.id===e.defId&&delete e.def.id,(0,s.Vy)(B,e.defId,e.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(B).length>0&&("draft-2020-12"===e.target?o.$defs=B:o.definitions=B);try{const n=JSON.parse(JSON.stringify(o));return Object.defineProperty(n,"~standard",{value:{...t["~standard"],jsonSchema:{input:E(t,"input",e.processors),output:E(t,"output",e.processors)}},enumerable:!1,writable:!1}),n}catch(e){throw new Error("Error converting schema to JSON.")}}function m(e,t){const n=t??{seen:new Set};if(n.seen.has(e))return!1;n.seen.add(e);const r=e._zod.def;if("transform"===r.type)return!0;if("array"===r.type)return m(r.element,n);if("set"===r.type)return m(r.valueType,n);if("lazy"===r.type)return m(r.getter(),n);if("promise"===r.type||"optional"===r.type||"nonoptional"===r.type||"nullable"===r.type||"readonly"===r.type||"default"===r.type||"prefault"===r.type||"catch"===r.type)return m(r.innerType,n);if("intersection"===r.type)return m(r.left,n)||m(r.right,n);if("record"===r.type||"map"===r.type)return m(r.keyType,n)||m(r.valueType,n);if("pipe"===r.type)return!!e._zod.traits.has("$ZodCodec")||(m(r.in,n)||m(r.out,n));if("object"===r.type){for(const e in r.shape)if(m(r.shape[e],n))return!0;return!1}if("union"===r.type){for(const e of r.options)if(m(e,n))return!0;return!1}if("tuple"===r.type){for(const e of r.items)if(m(e,n))return!0;return!(!r.rest||!m(r.rest,n))}return!1}const D=(e,t={})=>n=>{const r=o({...n,processors:t});return B(e,r),c(r,e),g(r,e)},E=(e,t,n={})=>r=>{const{libraryOptions:s,target:i}=r??{},a=o({...s??{},target:i,io:t,processors:n});return B(e,a),c(a,e),g(a,e)}},54723:(e,t,n)=>{n.d(t,{A2:()=>S,B7:()=>T,GW:()=>te,Gv:()=>w,LG:()=>l,MO:()=>C,NM:()=>x,NR:()=>k,O7:()=>$,OH:()=>J,PO:()=>B,QH:()=>Q,Qd:()=>I,Rc:()=>ee,SS:()=>pe,UQ:()=>y,Up:()=>R,Vy:()=>p,W0:()=>U,X:()=>he,X$:()=>M,Yv:()=>A,cJ:()=>G,cl:()=>u,d3:()=>W,gJ:()=>f,gx:()=>b,h1:()=>j,hI:()=>v,hi:()=>V,iR:()=>Z,jD:()=>ie,jw:()=>i,k8:()=>o,lQ:()=>Y,mw:()=>z,o8:()=>N,ol:()=>re,p6:()=>c,qQ:()=>O,qh:()=>se,rL:()=>q,sD:()=>_,sn:()=>ne,un:()=>oe,v5:()=>le,w5:()=>s,yG:()=>F,zH:()=>L,zM:()=>E});var r=n(88532);function s(e){const t=Object.values(e).filter(e=>"number"==typeof e);return Object.entries(e).filter(([e,n])=>-1===t.indexOf(+e)).map(([e,t])=>t)}function i(e,t="|"){return e.map(e=>T(e)).join(t)}function o(e,t){return"bigint"==typeof t?t.toString():t}class a{constructor(e){this._getter=e,this._value=void 0}get value(){const e=this._getter;return void 0!==e&&(this._value=e(),this._getter=void 0),this._value}}function B(e){return new a(e)}function u(e){return null==e}function c(e){const t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function l(e,t){const n=e/t,r=Math.round(n),s=4*Number.EPSILON*Math.max(Math.abs(n),1);return Math.abs(n-r)<s?0:n-r}const h=Symbol("evaluating");function f(e,t,n){let r;Object.defineProperty(e,t,{get(){if(r!==h)return void 0===r&&(r=h,r=n()),r},set(n){Object.defineProperty(e,t,{value:n})},configurable:!0})}function p(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function C(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function d(e){return C(e._zod.def)??e._zod.def.shape}function g(e,t,n){Object.defineProperty(e,t,{get(){const e=n();return p(this,t,e),e},enumerable:!0,configurable:!0})}function m(e,t,n){t in e?p(e,t,n):e[t]=n}function D(e,t,n,r){const s=d(t);for(const i of n){const n=Object.getOwnPropertyDescriptor(s,i);n.enumerable&&(n.get?g(e,i,()=>{const e=t._zod.def.shape[i];return r?r(e,i):e}):m(e,i,r?r(n.value,i):n.value))}}function E(...e){const t={};for(const n of e){const e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function y(e){return JSON.stringify(e)}function A(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}const b="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function w(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const v=B(()=>{if(r.cr.jitless)return!1;if("undefined"!=typeof navigator&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{return new Function(""),!0}catch(e){return!1}});function I(e){if(!1===w(e))return!1;const t=e.constructor;if(void 0===t)return!0;if("function"!=typeof t)return!0;const n=t.prototype;return!1!==w(n)&&!1!==Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")}function F(e){return I(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}const O=new Set(["string","number","symbol"]);function _(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function N(e,t,n){const r=new e._zod.constr(t??e._zod.def);return t&&!n?.parent||(r._zod.parent=e),r}function S(e){const t=e;if(!t)return{};if("string"==typeof t)return{error:()=>t};if(void 0!==t?.message){if(void 0!==t?.error)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,"string"==typeof t.error?{...t,error:()=>t.error}:t}function T(e){return"bigint"==typeof e?e.toString()+"n":"string"==typeof e?`"${e}"`:`${e}`}function x(e){return Object.keys(e).filter(t=>void 0!==e[t]._zod.optin&&"optional"===e[t]._zod.optout)}const L=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))(),k={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function R(e,t){const n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");const s={};return D(s,e,P(e,t)),N(e,E(n,{shape:s,checks:[]}))}function P(e,t){const n=d(e),r=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable)throw new Error(`Unrecognized key: "${String(e)}"`);t[e]&&r.push(e)}return r}function G(e,t){const n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");const s=new Set(P(e,t)),i={};return D(i,e,Reflect.ownKeys(d(e)).filter(e=>!s.has(e))),N(e,E(n,{shape:i,checks:[]}))}function M(e,t){if(!I(t))throw new Error("Invalid input to extend: expected a plain object");const n=e._zod.def.checks;if(n&&n.length>0){const n=d(e);for(const e of Reflect.ownKeys(t))if(void 0!==Object.getOwnPropertyDescriptor(n,e))throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return N(e,E(e._zod.def,{shape:H(e,t)}))}function H(e,t){const n={};return D(n,e,Reflect.ownKeys(d(e))),function(e,t){for(const n of Reflect.ownKeys(t)){const r=Object.getOwnPropertyDescriptor(t,n);r.enumerable&&(r.get?g(e,n,()=>t[n]):m(e,n,r.value))}}(n,t),n}function U(e,t){if(!I(t))throw new Error("Invalid input to safeExtend: expected a plain object");return N(e,E(e._zod.def,{shape:H(e,t)}))}function j(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");const n={};D(n,e,Reflect.ownKeys(d(e))),D(n,t,Reflect.ownKeys(d(t)));return N(e,E(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]}))}function J(e,t,n,r="partial"){const s=t._zod.def.checks;if(s&&s.length>0)throw new Error(`.${r}() cannot be used on object schemas containing refinements`);const i=n?new Set(P(t,n)):void 0,o={};return D(o,t,Reflect.ownKeys(d(t)),e&&((t,n)=>i&&!i.has(n)?t:new e({type:"optional",innerType:t}))),N(t,E(t._zod.def,{shape:o,checks:[]}))}function z(e,t,n){const r=n?new Set(P(t,n)):void 0,s={};return D(s,t,Reflect.ownKeys(d(t)),(t,n)=>r&&!r.has(n)?t:new e({type:"nonoptional",innerType:t})),N(t,E(t._zod.def,{shape:s}))}function Q(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!0!==e.issues[n]?.continue)return!0;return!1}function q(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!1===e.issues[n]?.continue)return!0;return!1}function Y(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function K(e){return"string"==typeof e?e:e?.message}function V(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const r=e.maximum??e.length??e.size;r>=0&&t.push([r,n])}return t}function W(e,t,n){var r;for(let s=t;s<e.length;s++)(r=e[s]).schema??(r.schema=n)}function Z(e,t,n){var r;const s=e.inst?._zod?.traits;s?.has("$ZodType")&&(s.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);const i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,o=e.message?e.message:K(e.inst?._zod.def?.error?.(e))??K(i?.(e))??K(t?.error?.(e))??K(n.customError?.(e))??K(n.localeError?.(e))??"Invalid input",a={};for(const t of Object.keys(e))"inst"!==t&&"schema"!==t&&"continue"!==t&&"input"!==t&&"__proto__"!==t&&(a[t]=e[t]);return a.path??(a.path=[]),a.message=o,t?.reportInput&&(a.input=e.input),a}const X=/[\uD800-\uDBFF]/;function $(e){const t=e.length;if(!X.test(e))return t;let n=t;for(let r=0;r<t-1;r++)55296==(64512&e.charCodeAt(r))&&56320==(64512&e.charCodeAt(r+1))&&(n--,r++);return n}function ee(e){return Array.isArray(e)?"array":"string"==typeof e?"string":"unknown"}function te(e){const t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(null===e)return"null";if(Array.isArray(e))return"array";const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor)return t.constructor.name}}return t}function ne(...e){const[t,n,r]=e;return"string"==typeof t?{message:t,code:"custom",input:n,inst:r}:{...t}}function re(e,t){for(const n in t){const r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):ae(e,n,r.value)}}function se(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function ie(e,t,n){return se(e,t,n,!1)}function oe(e,t){for(const n in e){const r=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return se(this,n,r(this))},set(e){se(this,n,e)}})}return t}function ae(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return null==this?n:se(this,t,n.bind(this))},set(e){se(this,t,e)}})}let Be,ue=!1;const ce={configurable:!0,get(){ue=!0}};function le(e,t,n){const r=Object.getPrototypeOf(e._zod);t in r&&Be!==e._zod?Be=void 0:(Be=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,ce);const e=ue;ue=!1;try{const r=n(this);return ue?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r}),ue=ue||e,r}catch(n){throw delete this[t],ue=ue||e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function he(e,t,n,r){const s=function(e,t){const n=Object.getPrototypeOf(e);return t in n?void 0:n}(e,t);s&&Object.defineProperty(s,t,{configurable:!0,get(){const e={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:e})}})}const fe="~constantCatch";function pe(e){const t=()=>e;return t[fe]=!0,t}}};