export const id=120;export const ids=[120];export const modules={68787:(B,t,e)=>{
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
var n=e(13742);B.exports=n},13742:B=>{B.exports=
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
function(B,t){var e,n;for(e=[],n=0;n<t;n++)e.push(B);return e}},21830:(B,t,e)=>{
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
var n=e(1401);B.exports=n},1401:(B,t,e)=>{
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
var n=e(68787);B.exports=function(B){return n(0,B)}},69979:(B,t,e)=>{
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
var n,r=e(39714),s=e(15878),i=e(98520);n=r()?s:i,B.exports=n},15878:B=>{
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
var t="function"==typeof Float64Array?Float64Array:void 0;B.exports=t},98520:B=>{B.exports=
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
function(){throw new Error("not implemented")}},14826:(B,t,e)=>{
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
var n,r=e(55613),s=e(43405),i=e(40523);n=r()?s:i,B.exports=n},43405:B=>{
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
var t="function"==typeof Uint16Array?Uint16Array:void 0;B.exports=t},40523:B=>{B.exports=
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
function(){throw new Error("not implemented")}},47096:(B,t,e)=>{
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
var n,r=e(44171),s=e(62399),i=e(83689);n=r()?s:i,B.exports=n},62399:B=>{
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
var t="function"==typeof Uint32Array?Uint32Array:void 0;B.exports=t},83689:B=>{B.exports=
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
function(){throw new Error("not implemented")}},65183:(B,t,e)=>{
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
var n,r=e(4246),s=e(78570),i=e(97540);n=r()?s:i,B.exports=n},78570:B=>{
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
var t="function"==typeof Uint8Array?Uint8Array:void 0;B.exports=t},97540:B=>{B.exports=
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
function(){throw new Error("not implemented")}},5265:B=>{
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
var t="function"==typeof Float64Array?Float64Array:null;B.exports=t},39714:(B,t,e)=>{
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
var n=e(16405);B.exports=n},16405:(B,t,e)=>{
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
var n=e(25672),r=e(5265);B.exports=function(){var B,t;if("function"!=typeof r)return!1;try{t=new r([1,3.14,-3.14,NaN]),B=n(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){B=!1}return B}},67640:(B,t,e)=>{
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
var n=e(43103);B.exports=n},43103:(B,t,e)=>{
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
var n=e(13595);B.exports=function(){var B;try{n('"use strict"; (function* () {})'),B=!0}catch(t){B=!1}return B}},31907:(B,t,e)=>{
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
var n=e(54270);B.exports=n},54270:B=>{
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
var t=Object.prototype.hasOwnProperty;B.exports=function(B,e){return null!=B&&t.call(B,e)}},75547:(B,t,e)=>{
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
var n=e(166);B.exports=n},166:B=>{B.exports=
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
function(){return"function"==typeof Symbol&&"symbol"==typeof Symbol("foo")}},9501:(B,t,e)=>{
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
var n=e(36284);B.exports=n},36284:(B,t,e)=>{
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
var n=e(75547)();B.exports=function(){return n&&"symbol"==typeof Symbol.toStringTag}},55613:(B,t,e)=>{
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
var n=e(62364);B.exports=n},62364:(B,t,e)=>{
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
var n=e(63599),r=e(26653),s=e(5929);B.exports=function(){var B,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,r+1,r+2]),B=n(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},5929:B=>{
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
var t="function"==typeof Uint16Array?Uint16Array:null;B.exports=t},44171:(B,t,e)=>{
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
var n=e(8950);B.exports=n},8950:(B,t,e)=>{
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
var n=e(13209),r=e(98035),s=e(22709);B.exports=function(){var B,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,r+1,r+2]),B=n(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},22709:B=>{
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
var t="function"==typeof Uint32Array?Uint32Array:null;B.exports=t},4246:(B,t,e)=>{
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
var n=e(90249);B.exports=n},90249:(B,t,e)=>{
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
var n=e(10228),r=e(92732),s=e(85545);B.exports=function(){var B,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,r+1,r+2]),B=n(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},85545:B=>{
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
var t="function"==typeof Uint8Array?Uint8Array:null;B.exports=t},25672:(B,t,e)=>{
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
var n=e(87439);B.exports=n},87439:(B,t,e)=>{
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
var n=e(547),r="function"==typeof Float64Array;B.exports=function(B){return r&&B instanceof Float64Array||"[object Float64Array]"===n(B)}},57604:(B,t,e)=>{
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
var n=e(65183),r={uint16:e(14826),uint8:n};B.exports=r},40347:(B,t,e)=>{
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
var n=e(77158);B.exports=n},77158:(B,t,e)=>{
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
var n,r,s=e(57604);(r=new s.uint16(1))[0]=4660,n=52===new s.uint8(r.buffer)[0],B.exports=n},63599:(B,t,e)=>{
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
var n=e(82394);B.exports=n},82394:(B,t,e)=>{
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
var n=e(547),r="function"==typeof Uint16Array;B.exports=function(B){return r&&B instanceof Uint16Array||"[object Uint16Array]"===n(B)}},13209:(B,t,e)=>{
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
var n=e(98168);B.exports=n},98168:(B,t,e)=>{
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
var n=e(547),r="function"==typeof Uint32Array;B.exports=function(B){return r&&B instanceof Uint32Array||"[object Uint32Array]"===n(B)}},10228:(B,t,e)=>{
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
var n=e(37755);B.exports=n},37755:(B,t,e)=>{
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
var n=e(547),r="function"==typeof Uint8Array;B.exports=function(B){return r&&B instanceof Uint8Array||"[object Uint8Array]"===n(B)}},28858:B=>{B.exports=11754943508222875e-54},20045:B=>{B.exports=2.718281828459045},55088:B=>{B.exports=2220446049250313e-31},82404:B=>{B.exports=.5772156649015329},11877:B=>{B.exports=1023},13822:B=>{B.exports=10.900511},29475:B=>{B.exports=.34657359027997264},43935:B=>{B.exports=2147483647},30222:B=>{B.exports=2146435072},45976:B=>{B.exports=2147483648},28910:B=>{B.exports=1048575},81239:B=>{B.exports=.6931471805599453},92656:B=>{B.exports=-1023},46276:B=>{B.exports=1023},74193:B=>{B.exports=709.782712893384},30313:B=>{B.exports=170},44241:B=>{B.exports=9007199254740991},83424:B=>{B.exports=17976931348623157e292},34862:B=>{B.exports=-1074},67999:B=>{B.exports=-708.3964185322641},81475:(B,t,e)=>{
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
var n=e(84241).NEGATIVE_INFINITY;B.exports=n},31277:B=>{B.exports=20},39701:B=>{B.exports=3.141592653589793},50469:B=>{
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
var t=Number.POSITIVE_INFINITY;B.exports=t},55417:B=>{B.exports=22250738585072014e-324},58159:B=>{B.exports=1.4901161193847656e-8},62385:B=>{B.exports=2.5066282746310007},7120:B=>{B.exports=6.283185307179586},83960:B=>{B.exports=2147483647},26653:B=>{B.exports=65535},98035:B=>{B.exports=4294967295},92732:B=>{B.exports=255},36990:(B,t,e)=>{
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
var n=e(74209);B.exports=n},74209:B=>{
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
var t=Function;B.exports=t},20530:(B,t,e)=>{
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
var n=e(18085);B.exports=n},18085:(B,t,e)=>{
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
var n=e(2804);B.exports=function(B){return n(B/2)}},57234:(B,t,e)=>{
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
var n=e(50661);B.exports=n},50661:(B,t,e)=>{
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
var n=e(50469),r=e(81475);B.exports=function(B){return B===n||B===r}},2804:(B,t,e)=>{
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
var n=e(63835);B.exports=n},63835:(B,t,e)=>{
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
var n=e(42334);B.exports=function(B){return n(B)===B}},86523:(B,t,e)=>{
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
var n=e(49382);B.exports=n},49382:B=>{B.exports=
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
function(B){return B!=B}},23270:(B,t,e)=>{
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
var n=e(48121);B.exports=n},48121:(B,t,e)=>{
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
var n=e(81475);B.exports=function(B){return 0===B&&1/B===n}},97687:(B,t,e)=>{
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
var n=e(9106);B.exports=n},9106:(B,t,e)=>{
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
var n=e(20530);B.exports=function(B){return n(B>0?B-1:B+1)}},30866:(B,t,e)=>{
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
var n=e(7685);B.exports=n},7685:(B,t,e)=>{
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
var n=e(50469);B.exports=function(B){return 0===B&&1/B===n}},66260:(B,t,e)=>{
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
var n=e(76443);B.exports=n},76443:B=>{B.exports=
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
function(B){return Math.abs(B)}},17548:(B,t,e)=>{
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
var n=e(67811);B.exports=n},67811:(B,t,e)=>{
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
var n=e(44241),r=e(50469),s=e(2804),i=e(86523),C=e(97687),o=e(42334),a=e(24370);B.exports=function B(t,e){var u,l,c,f,h,p,g;if(i(t)||i(e))return NaN;if(!s(t)||!s(e))return NaN;if(e<0)return 0;if(l=1,t<0&&(t=-t+e-1,C(e)&&(l*=-1)),e>t)return 0;if(0===e||e===t)return l;if(1===e||e===t-1)return l*t;for(t-e<e&&(e=t-e),g=o(n/t),u=1,h=1;h<=e&&!(u>g);h++)u*=t,u/=h,t-=1;return h>e?l*u:(c=B(t,e-h+1))===r?l*c:(f=B(e,e-h+1),l*(u/=f/=p=a(c,f))*(c/=p))}},3385:(B,t,e)=>{
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
var n=e(27640);B.exports=n},27640:B=>{
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
var t=Math.ceil;B.exports=t},35672:(B,t,e)=>{
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
var n=e(39775);B.exports=n},39775:(B,t,e)=>{
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
var n=e(45976),r=e(43935),s=e(87949),i=e(2882),C=e(17844),o=[0,0];B.exports=function(B,t){var e,a;return s.assign(B,o,1,0),e=o[0],e&=r,a=i(t),C(e|=a&=n,o[1])}},99191:(B,t,e)=>{
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
var n=e(84274);B.exports=n},84274:(B,t,e)=>{
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
var n=e(2882),r=e(71567),s=e(70186),i=e(93982),C=e(43935),o=e(30222),a=[0,0];B.exports=function(B){var t;if(t=n(B),(t&=C)<=1072243195)return t<1044381696?1:r(B,0);if(t>=o)return NaN;switch(3&i(B,a)){case 0:return r(a[0],a[1]);case 1:return-s(a[0],a[1]);case 2:return-r(a[0],a[1]);default:return s(a[0],a[1])}}},30988:(B,t,e)=>{
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
var n=e(84387);B.exports=n},84387:(B,t,e)=>{
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
var n=e(86523),r=e(31851),s=e(23786),i=e(50469),C=e(81475),o=e(48300),a=e(98018),u=e(60675),l=e(25266),c=e(98925),f=e(61332),h=e(516),p=e(99101),g=.8450629115104675;B.exports=function(B){var t,e,E,D,A,d,w,I;if(n(B))return NaN;if(B===i)return 0;if(B===C)return 2;if(0===B)return 1;if(B<0?(t=!0,e=-B):(t=!1,e=B),e<.84375)return e<13877787807814457e-33?1-B:(d=(D=.12837916709551256+(E=B*B)*o(E))/(A=1+E*a(E)),B<.25?1-(B+B*d):(D=B*d,.5-(D+=B-.5)));if(e<1.25)return w=(A=e-1)*u(A)-.0023621185607526594,I=1+A*l(A),t?1+g+w/I:1-g-w/I;if(e<28){if(A=1/(e*e),e<2.857142857142857)D=A*c(A)-.009864944034847148,A=1+A*f(A);else{if(B<-6)return 2;D=A*h(A)-.0098649429247001,A=1+A*p(A)}return E=s(e,0),D=r(-E*E-.5625)*r((E-e)*(E+e)+D/A),t?2-D/e:D/e}return t?2:0}},60675:B=>{B.exports=
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
function(B){return 0===B?.41485611868374833:.41485611868374833+B*(B*(.31834661990116175+B*(B*(.035478304325618236+-.002166375594868791*B)-.11089469428239668))-.3722078760357013)}},48300:B=>{B.exports=
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
function(B){return 0===B?-.3250421072470015:B*(B*(-23763016656650163e-21*B-.005770270296489442)-.02848174957559851)-.3250421072470015}},25266:B=>{B.exports=
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
function(B){return 0===B?.10642088040084423:.10642088040084423+B*(.540397917702171+B*(.07182865441419627+B*(.12617121980876164+B*(.01363708391202905+.011984499846799107*B))))}},98018:B=>{B.exports=
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
function(B){return 0===B?.39791722395915535:.39791722395915535+B*(.0650222499887673+B*(.005081306281875766+B*(.00013249473800432164+-3960228278775368e-21*B)))}},98925:B=>{B.exports=
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
function(B){return 0===B?-.6938585727071818:B*(B*(B*(B*(B*(-9.814329344169145*B-81.2874355063066)-184.60509290671104)-162.39666946257347)-62.375332450326006)-10.558626225323291)-.6938585727071818}},516:B=>{B.exports=
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
function(B){return 0===B?-.799283237680523:B*(B*(B*(B*(-483.5191916086514*B-1025.0951316110772)-637.5664433683896)-160.63638485582192)-17.757954917754752)-.799283237680523}},61332:B=>{B.exports=
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
function(B){return 0===B?19.651271667439257:19.651271667439257+B*(137.65775414351904+B*(434.56587747522923+B*(645.3872717332679+B*(429.00814002756783+B*(108.63500554177944+B*(6.570249770319282+-.0604244152148581*B))))))}},99101:B=>{B.exports=
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
function(B){return 0===B?30.33806074348246:30.33806074348246+B*(325.7925129965739+B*(1536.729586084437+B*(3199.8582195085955+B*(2553.0504064331644+B*(474.52854120695537+-22.44095244658582*B)))))}},36567:(B,t,e)=>{
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
var n=e(83291),r=e(71589);B.exports=function(B,t,e){var s,i,C;return C=(s=B-t)-(i=s*s)*r(i),n(1-(t-s*C/(2-C)-B),e)}},31851:(B,t,e)=>{
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
var n=e(81878);B.exports=n},81878:(B,t,e)=>{
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
var n=e(86523),r=e(81262),s=e(81475),i=e(50469),C=e(36567),o=1.4426950408889634,a=1/(1<<28),u=-a;B.exports=function(B){var t;return n(B)||B===i?B:B===s?0:B>709.782712893384?i:B<-745.1332191019411?0:B>u&&B<a?1+B:(t=r(B<0?o*B-.5:o*B+.5),C(B-.6931471803691238*t,1.9082149292705877e-10*t,t))}},71589:B=>{B.exports=
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
function(B){return 0===B?.16666666666666602:.16666666666666602+B*(B*(6613756321437934e-20+B*(4.1381367970572385e-8*B-16533902205465252e-22))-.0027777777777015593)}},40141:(B,t,e)=>{
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
var n=e(56172);B.exports=n},56172:(B,t,e)=>{
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
var n=e(86523),r=e(2882),s=e(45990),i=e(17844),C=e(50469),o=e(81475),a=e(11877),u=e(29475),l=e(46736),c=.6931471803691238,f=1.9082149292705877e-10,h=1.4426950408889634;B.exports=function(B){var t,e,p,g,E,D,A,d,w,I,m,F,y;if(B===C||n(B))return B;if(B===o)return-1;if(0===B)return B;if(B<0?(p=!0,d=-B):(p=!1,d=B),d>=38.816242111356935){if(p)return-1;if(d>=709.782712893384)return C}if(D=0|r(d),d>u)d<1.0397207708399179?p?(g=B+c,E=-f,y=-1):(g=B-c,E=f,y=1):(y=p?h*B-.5:h*B+.5,g=B-(m=y|=0)*c,E=m*f),I=g-(B=g-E)-E;else{if(D<1016070144)return B;y=0}return F=(w=B*(t=.5*B))*(((A=1+w*l(w))-(m=3-A*t))/(6-B*m)),0===y?B-(B*F-w):(e=i(a+y<<20,0),F=B*(F-I)-I,F-=w,-1===y?.5*(B-F)-.5:1===y?B<-.25?-2*(F-(B+.5)):1+2*(B-F):y<=-2||y>56?(d=1-(F-B),1024===y?(g=r(d)+(y<<20)|0,d=s(d,g)):d*=e,d-1):(m=1,y<20?d=(m=s(m,g=1072693248-(2097152>>y)|0))-(F-B):(d=B-(F+(m=s(m,g=a-y<<20))),d+=1),d*=e))}},46736:B=>{B.exports=
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
function(B){return 0===B?-.03333333333333313:B*(.0015873015872548146+B*(B*(4008217827329362e-21+-2.0109921818362437e-7*B)-793650757867488e-19))-.03333333333333313}},42334:(B,t,e)=>{
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
var n=e(55681);B.exports=n},55681:B=>{
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
var t=Math.floor;B.exports=t},82638:(B,t,e)=>{
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
var n=e(62193);B.exports=n},62193:(B,t,e)=>{
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
var n=e(61878);B.exports=n},61878:B=>{B.exports=
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
function(B){var t,e;return 0===B?1/0:((B<0?-B:B)<=1?(t=709811.662581658+B*(679979.8474157227+B*(293136.7857211597+B*(74887.54032914672+B*(12555.290582413863+B*(1443.4299244417066+B*(115.24194596137347+B*(6.309239205732627+B*(.22668404630224365+B*(.004826466289237662+4624429436045379e-20*B))))))))),e=0+B*(362880+B*(1026576+B*(1172700+B*(723680+B*(269325+B*(63273+B*(9450+B*(870+B*(45+1*B)))))))))):(t=4624429436045379e-20+(B=1/B)*(.004826466289237662+B*(.22668404630224365+B*(6.309239205732627+B*(115.24194596137347+B*(1443.4299244417066+B*(12555.290582413863+B*(74887.54032914672+B*(293136.7857211597+B*(679979.8474157227+709811.662581658*B))))))))),e=1+B*(45+B*(870+B*(9450+B*(63273+B*(269325+B*(723680+B*(1172700+B*(1026576+B*(362880+0*B)))))))))),t/e)}},40905:(B,t,e)=>{
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
var n=e(19848);B.exports=n},19848:(B,t,e)=>{
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
var n=e(86523),r=e(2804),s=e(23270),i=e(66260),C=e(42334),o=e(61794),a=e(50469),u=e(81475),l=e(39701),c=e(90101),f=e(76630),h=e(63381);B.exports=function(B){var t,e,p,g;if(r(B)&&B<0||B===u||n(B))return NaN;if(0===B)return s(B)?u:a;if(B>171.61447887182297)return a;if(B<-170.5674972726612)return 0;if((e=i(B))>33)return B>=0?c(B):(t=1&(p=C(e))?1:-1,(g=e-p)>.5&&(g=e-(p+=1)),g=e*o(l*g),t*l/(i(g)*c(e)));for(g=1;B>=3;)g*=B-=1;for(;B<0;){if(B>-1e-9)return f(B,g);g/=B,B+=1}for(;B<2;){if(B<1e-9)return f(B,g);g/=B,B+=1}return 2===B?g:g*h(B-=2)}},6886:B=>{B.exports=
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
function(B){return 0===B?.08333333333334822:.08333333333334822+B*(.0034722222160545866+B*(B*(.0007873113957930937*B-.00022954996161337813)-.0026813261780578124))}},63381:B=>{B.exports=
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
function(B){var t,e;return 0===B?1:((B<0?-B:B)<=1?(t=1+B*(.4942148268014971+B*(.20744822764843598+B*(.04763678004571372+B*(.010421379756176158+B*(.0011913514700658638+B*(.00016011952247675185+0*B)))))),e=1+B*(.0714304917030273+B*(B*(.035823639860549865+B*(.011813978522206043+B*(B*(.0005396055804933034+-23158187332412014e-21*B)-.004456419138517973)))-.23459179571824335))):(t=0+(B=1/B)*(.00016011952247675185+B*(.0011913514700658638+B*(.010421379756176158+B*(.04763678004571372+B*(.20744822764843598+B*(.4942148268014971+1*B)))))),e=B*(.0005396055804933034+B*(B*(.011813978522206043+B*(.035823639860549865+B*(B*(.0714304917030273+1*B)-.23459179571824335)))-.004456419138517973))-23158187332412014e-21),t/e)}},76630:(B,t,e)=>{
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
var n=e(82404);B.exports=function(B,t){return t/((1+n*B)*B)}},90101:(B,t,e)=>{
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
var n=e(62385),r=e(6310),s=e(31851),i=e(6886);B.exports=function(B){var t,e,C;return t=1+(t=1/B)*i(t),e=s(B),e=B>143.01608?(C=r(B,.5*B-.25))*(C/e):r(B,B-.5)/e,n*e*t}},27186:(B,t,e)=>{
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
var n=e(67013);B.exports=n},23256:(B,t,e)=>{
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
var n=e(51550),r=e(55088),s=e(38280),i=e(1440),C=e(87492);B.exports=function(B,t,e){var o,a,u;if(B<r)return-n(B);if(0===t||0===e)return 0;if(a=0,B>2){if(B>=3){do{e-=1,a+=n(B-=1)}while(B>=3);e=B-2}return a+=.15896368026733398*(u=e*(B+1))+u*s(e)}return B<1&&(a+=-n(B),e=t,t=B,B+=1),a+=B<=1.5?.5281534194946289*(o=t*e)+o*(u=i(t)):.45201730728149414*(u=e*t)+u*C(-e)}},67013:(B,t,e)=>{
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
var n=e(40905),r=e(40141),s=e(74879),i=e(86523),C=e(23256);B.exports=function(B){return i(B)?NaN:B<0?B<-.5?n(1+B)-1:r(-s(B)+C(B+2,B+1,B)):B<2?r(C(B+1,B,B-1)):n(1+B)-1}},38280:B=>{B.exports=
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
function(B){var t,e;return 0===B?-.01803556856784494:((B<0?-B:B)<=1?(t=B*(.02512664961998968+B*(.049410315156753225+B*(.0172491608709614+B*(B*(B*(0*B-3245886498259485e-20)-.0005410098692152044)-.0002594535632054381))))-.01803556856784494,e=1+B*(1.962029871977952+B*(1.4801966942423133+B*(.5413914320717209+B*(.09885042511280101+B*(.008213096746488934+B*(.00022493629192211576+-2.2335276320861708e-7*B))))))):(t=0+(B=1/B)*(B*(B*(B*(.0172491608709614+B*(.049410315156753225+B*(.02512664961998968+-.01803556856784494*B)))-.0002594535632054381)-.0005410098692152044)-3245886498259485e-20),e=B*(.00022493629192211576+B*(.008213096746488934+B*(.09885042511280101+B*(.5413914320717209+B*(1.4801966942423133+B*(1.962029871977952+1*B))))))-2.2335276320861708e-7),t/e)}},1440:B=>{B.exports=
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
function(B){var t,e;return 0===B?.04906224540690395:((B<0?-B:B)<=1?(t=.04906224540690395+B*(B*(B*(B*(B*(-.0010034668769627955*B-.024014982064857155)-.1584135863906922)-.4065671242119384)-.4149833583594954)-.09691175301595212),e=1+B*(3.0234982984646304+B*(3.4873958536072385+B*(1.9141558827442668+B*(.5071377386143635+B*(.05770397226904519+.001957681026011072*B)))))):(t=(B=1/B)*(B*(B*(B*(B*(.04906224540690395*B-.09691175301595212)-.4149833583594954)-.4065671242119384)-.1584135863906922)-.024014982064857155)-.0010034668769627955,e=.001957681026011072+B*(.05770397226904519+B*(.5071377386143635+B*(1.9141558827442668+B*(3.4873958536072385+B*(3.0234982984646304+1*B)))))),t/e)}},87492:B=>{B.exports=
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
function(B){var t,e;return 0===B?-.029232972183027003:((B<0?-B:B)<=1?(t=B*(.14421626775719232+B*(B*(.05428096940550536+B*(B*(.0004311713426792973+0*B)-.008505359768683364))-.14244039073863127))-.029232972183027003,e=1+B*(B*(.846973248876495+B*(B*(.02558279715597587+B*(-8.271935218912905e-7*B-.0010066679553914337))-.22009515181499575))-1.5016935605448505)):(t=0+(B=1/B)*(.0004311713426792973+B*(B*(.05428096940550536+B*(B*(.14421626775719232+-.029232972183027003*B)-.14244039073863127))-.008505359768683364)),e=B*(B*(.02558279715597587+B*(B*(.846973248876495+B*(1*B-1.5016935605448505))-.22009515181499575))-.0010066679553914337)-8.271935218912905e-7),t/e)}},17078:(B,t,e)=>{
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
var n=e(31851);B.exports=function(B,t){var e,r,s;if(0!==(r=n(-t)))for(e=r,s=1;s<B;++s)e/=s,r+=e*=t;return r}},25120:(B,t,e)=>{
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
var n=e(30988),r=e(15478),s=e(31851),i=e(39701);B.exports=function(B,t){var e,C,o,a;if(0!==(o=n(r(t)))&&B>1){for(e=s(-t)/r(i*t),e*=t,C=e/=.5,a=2;a<B;++a)e/=a-.5,C+=e*=t;o+=C}return o}},85852:(B,t,e)=>{
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
var n=e(31851),r=e(6310),s=e(51550),i=e(74193),C=e(67999);B.exports=function(B,t){var e;return e=B*s(t),t>=1?e<i&&-t>C?r(t,B)*n(-t):B>=1?r(t/n(t/B),B):n(e-t):e>C?r(t,B)*n(-t):t/B<i?r(t/n(t/B),B):n(e-t)}},6144:(B,t,e)=>{
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
var n=e(42334),r=e(40905),s=e(66260),i=e(6310),C=e(51550),o=e(58159),a=e(83424),u=e(74193),l=e(23781),c=e(17078),f=e(25120),h=e(85852),p=e(10712),g=e(47178),E=e(94175),D=e(80097),A=e(20386);B.exports=function(B,t,e,d){var w,I,m,F,y,b,O,L,R,G,N,T;switch(b=0,O=d,t<30&&t<=B+1&&B<u?m=!(L=(N=n(t))===t)&&.5===s(N-t):(L=!1,m=!1),L&&B>.6?(O=!O,I=0):m&&B>.2?(O=!O,I=1):B<o&&t>1?I=6:B>1e3&&(t<B||s(t-50)/B<1)?(O=!O,I=7):B<.5?I=-.4/C(B)<t?2:3:B<1.1?I=.75*B<t?2:3:(y=!1,e&&t>20&&(R=s((B-t)/t),t>200?20/t>R*R&&(y=!0):R<.4&&(y=!0)),y?I=5:B-1/(3*B)<t?I=2:(I=4,O=!O)),I){case 0:b=c(t,B),!1===e&&(b*=r(t));break;case 1:b=f(t,B),!1===e&&(b*=r(t));break;case 2:0!==(b=e?E(t,B):h(t,B))&&(F=0,w=!1,O&&(F=e?1:r(t),e||b>=1||a*b>F?(F/=b,e||t<1||a/t>F?(F*=-t,w=!0):F=0):F=0),b*=g(t,B,F)/t,w&&(O=!1,b=-b));break;case 3:b=(G=D(t,B,O=!O))[0],T=G[1],O=!1,e&&(b/=T);break;case 4:0!==(b=e?E(t,B):h(t,B))&&(b*=A(t,B));break;case 5:b=p(t,B),B>=t&&(O=!O);break;case 6:b=e?i(B,t)/r(t+1):i(B,t)/t,b*=1-t*B/(t+1);break;case 7:b=e?E(t,B):h(t,B),0!==(b/=B)&&(b*=l(t,B))}return e&&b>1&&(b=1),O&&(b=(e?1:r(t))-b),b}},10712:(B,t,e)=>{
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
var n=e(62096),r=e(15430),s=e(30988),i=e(15478),C=e(31851),o=e(7120),a=e(4410),u=e(35273),l=e(50736),c=e(8135),f=e(36870),h=e(67589),p=e(3164),g=e(8099),E=e(81794),D=[0,0,0,0,0,0,0,0,0,0];B.exports=function(B,t){var e,A,d,w;return d=B*(A=-r((t-B)/B)),w=i(2*A),t<B&&(w=-w),D[0]=a(w),D[1]=u(w),D[2]=l(w),D[3]=c(w),D[4]=f(w),D[5]=h(w),D[6]=p(w),D[7]=g(w),D[8]=E(w),D[9]=-.0005967612901927463,e=n(D,1/B),e*=C(-d)/i(o*B),t<B&&(e=-e),e+=s(i(d))/2}},55479:(B,t,e)=>{
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
var n=e(63218);B.exports=n},47178:(B,t,e)=>{
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
var n=e(96491),r=e(53027);B.exports=function(B,t,e){var s;return e=e||0,s=r(B,t),n(s,{initialValue:e})}},53027:B=>{B.exports=
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
function(B,t){var e=1,n=B,r=t;return function(){var B=e;return e*=r/(n+=1),B}}},63218:(B,t,e)=>{
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
var n=e(67711),r=e(31851),s=e(51550),i=e(62385),C=e(74193),o=e(50469),a=e(30313),u=e(6144),l=e(47178),c=e(20386);B.exports=function(B,t,e,f){var h,p,g;return B<0||t<=0?NaN:(h=void 0===e||e,p=f,t>=a&&!h?(p&&4*t<B?(g=t*s(B)-B,g+=s(c(t,B))):!p&&t>4*B?(g=t*s(B)-B,g+=s(l(t,B,0)/t)):0===(g=u(B,t,!0,p))?p?(g=s(g=1+1/(12*t)+1/(288*t*t))-t+(t-.5)*s(t),g+=s(i)):(g=t*s(B)-B,g+=s(l(t,B,0)/t)):g=s(g)+n(t),g>C?o:r(g)):u(B,t,h,p))}},4410:B=>{B.exports=
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
function(B){return 0===B?-.3333333333333333:B*(.08333333333333333+B*(B*(.0011574074074074073+B*(.0003527336860670194+B*(B*(3919263178522438e-20+B*(B*(B*(8.296711340953087e-7+B*(B*(6.707853543401498e-9+B*(1.0261809784240309e-8+B*(9.14769958223679e-10*B-4.382036018453353e-9)))-1.7665952736826078e-7))-185406221071516e-20)-21854485106799924e-22))-.0001787551440329218)))-.014814814814814815))-.3333333333333333}},35273:B=>{B.exports=
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
function(B){return 0===B?-.001851851851851852:B*(B*(.0026455026455026454+B*(B*(.00020576131687242798+B*(B*(B*(764916091608111e-20+B*(B*(4.647127802807434e-9+B*(1.378633446915721e-7+B*(1.1951628599778148e-8*B-5.752545603517705e-8)))-16120900894563446e-22))-18098550334489977e-21)-4.018775720164609e-7))-.0009902263374485596))-.003472222222222222)-.001851851851851852}},50736:B=>{B.exports=
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
function(B){return 0===B?.004133597883597883:.004133597883597883+B*(B*(.0007716049382716049+B*(20093878600823047e-22+B*(B*(52923448829120125e-21+B*(B*(3.423578734096138e-8+B*(13721957309062932e-22+B*(1.4280614206064242e-7*B-6.298992138380055e-7)))-12760635188618728e-21))-.00010736653226365161)))-.0026813271604938273)}},8135:B=>{B.exports=
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
function(B){return 0===B?.0006494341563786008:.0006494341563786008+B*(.00022947209362139917+B*(B*(.00026772063206283885+B*(B*(B*(11082654115347302e-21+B*(14230900732435883e-22*B-56749528269915965e-22))-2.396505113867297e-7)-7561801671883977e-20))-.0004691894943952557))}},36870:B=>{B.exports=
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
function(B){return 0===B?-.0008618882909167117:B*(.0007840392217200666+B*(B*(B*(6641498215465122e-20+B*(11375726970678419e-21*B-3968365047179435e-20))-14638452578843418e-22)-.0002990724803031902))-.0008618882909167117}},67589:B=>{B.exports=
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
function(B){return 0===B?-.00033679855336635813:B*(B*(.0002772753244959392+B*(B*(6797780477937208e-20+B*(1.419062920643967e-7+B*(B*(8018470256334202e-21+-2291481176508095e-21*B)-13594048189768693e-21)))-.00019932570516188847))-6972813758365858e-20)-.00033679855336635813}},3164:B=>{B.exports=
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
function(B){return 0===B?.0005313079364639922:.0005313079364639922+B*(B*(.0002708782096718045+B*(7.902353232660328e-7+B*(B*(561168275310625e-19+-18329116582843375e-21*B)-8153969367561969e-20)))-.0005921664373536939)}},8099:B=>{B.exports=
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
function(B){return 0===B?.00034436760689237765:.00034436760689237765+B*(5171790908260592e-20+B*(B*(.0002812695154763237+-.00010976582244684731*B)-.00033493161081142234))}},81794:B=>{B.exports=
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
function(B){return 0===B?-.0006526239185953094:B*(.0008394987206720873+-.000438297098541721*B)-.0006526239185953094}},94175:(B,t,e)=>{
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
var n=e(82638),r=e(67711),s=e(40905),i=e(15430),C=e(15478),o=e(66260),a=e(31851),u=e(6310),l=e(32974),c=e(38008),f=e(51550),h=e(83424),p=e(74193),g=e(67999),E=e(13822),D=e(20045);B.exports=function(B,t){var e,A,d,w,I,m,F;return F=(t-B-E+.5)/(d=B+E-.5),B<1?t<=g||B<1/h?a(B*f(t)-t-r(B)):u(t,B)*a(-t)/s(B):(o(F*F*B)<=100&&B>150?(e=B*i(F)+t*(.5-E)/d,e=a(e)):(w=B*f(t/d),c(w,I=B-t)<=g||l(w,I)>=p?(A=I/B,c(w,I)/2>g&&l(w,I)/2<p?e=(m=u(t/d,B/2)*a(I/2))*m:c(w,I)/4>g&&l(w,I)/4<p&&t>B?(e=(m=u(t/d,B/4)*a(I/4))*m,e*=e):e=A>g&&A<p?u(t*a(A)/d,B):a(w+I)):e=u(t/d,B)*a(I)),e*=C(d/D)/n(B))}},27708:B=>{B.exports=
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
function(B,t){var e,n,r,s;return e=-t,t=-t,n=B+1,r=1,function(){return s=e/n,e*=t,e/=r+=1,n+=1,s}}},23781:(B,t,e)=>{
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
var n=e(96491),r=e(94809);B.exports=function(B,t){var e;return e=r(B,t),n(e)}},94809:B=>{B.exports=
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
function(B,t){var e=1,n=B,r=t;return function(){var B=e;return e*=n/r,n-=1,B}}},80097:(B,t,e)=>{
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
var n=e(74756),r=e(96491),s=e(27186),i=e(27708);B.exports=function(B,t,e){var C,o,a,u;return o=((C=s(B))+1)/B,C-=a=n(t,B),C/=B,u=i(B,t),C=-(a+=1)*r(u,{initialValue:((e?o:0)-C)/a}),e&&(C=-C),[C,o]}},20386:(B,t,e)=>{
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
var n=e(30508),r=e(12923);B.exports=function(B,t){var e=r(B,t);return 1/(t-B+1+n(e))}},12923:B=>{B.exports=
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
function(B,t){var e=t-B+1,n=B,r=0;return function(){return[(r+=1)*(n-r),e+=2]}}},67711:(B,t,e)=>{
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
var n=e(28554);B.exports=n},28554:(B,t,e)=>{
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
var n=e(86523),r=e(57234),s=e(66260),i=e(51550),C=e(81262),o=e(18901),a=e(39701),u=e(50469),l=e(89303),c=e(95690),f=e(71271),h=e(47120),p=e(62778),g=e(66503),E=e(42352),D=e(67942),A=e(45059),d=e(89596),w=1.4616321449683622,I=1.4616321449683622;B.exports=function(B){var t,e,m,F,y,b,O,L;if(n(B)||r(B))return B;if(0===B)return u;if(B<0?(t=!0,B=-B):t=!1,B<13877787807814457e-33)return-i(B);if(t){if(B>=4503599627370496)return u;if(0===(F=o(B)))return u;e=i(a/s(F*B))}if(1===B||2===B)return 0;if(B<2)switch(B<=.9?(L=-i(B),B>=w-1+.27?(b=1-B,m=0):B>=w-1-.27?(b=B-(I-1),m=1):(b=B,m=2)):(L=0,B>=w+.27?(b=2-B,m=0):B>=w-.27?(b=B-I,m=1):(b=B-1,m=2)),m){case 0:L+=b*(.07721566490153287+(O=b*b)*l(O))+O*(.3224670334241136+O*c(O))-.5*b;break;case 1:L+=-.12148629053584961+((O=b*b)*(.48383612272381005+(y=O*b)*p(y))-(-3638676997039505e-33-y*(y*g(y)-.1475877229945939+b*(.06462494023913339+y*E(y)))));break;case 2:L+=-.5*b+b*(b*D(b)-.07721566490153287)/(1+b*A(b))}else if(B<8)switch(L=.5*(b=B-(m=C(B)))+b*(b*h(b)-.07721566490153287)/(1+b*f(b)),O=1,m){case 7:O*=b+6;case 6:O*=b+5;case 5:O*=b+4;case 4:O*=b+3;case 3:L+=i(O*=b+2)}else L=B<72057594037927940?(B-.5)*((F=i(B))-1)+(y=.4189385332046727+(O=1/B)*d(b=O*O)):B*(i(B)-1);return t&&(L=e-L),L}},89303:B=>{B.exports=
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
function(B){return 0===B?.06735230105312927:.06735230105312927+B*(.007385550860814029+B*(.0011927076318336207+B*(.00022086279071390839+25214456545125733e-21*B)))}},95690:B=>{B.exports=
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
function(B){return 0===B?.020580808432516733:.020580808432516733+B*(.0028905138367341563+B*(.0005100697921535113+B*(.00010801156724758394+44864094961891516e-21*B)))}},71271:B=>{B.exports=
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
function(B){return 0===B?1.3920053346762105:1.3920053346762105+B*(.7219355475671381+B*(.17193386563280308+B*(.01864591917156529+B*(.0007779424963818936+7326684307446256e-21*B))))}},47120:B=>{B.exports=
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
function(B){return 0===B?.21498241596060885:.21498241596060885+B*(.325778796408931+B*(.14635047265246445+B*(.02664227030336386+B*(.0018402845140733772+3194753265841009e-20*B))))}},62778:B=>{B.exports=
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
function(B){return 0===B?-.032788541075985965:B*(.006100538702462913+B*(.00031563207090362595*B-.0014034646998923284))-.032788541075985965}},66503:B=>{B.exports=
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
function(B){return 0===B?.01797067508118204:.01797067508118204+B*(B*(.000881081882437654+-.00031275416837512086*B)-.0036845201678113826)}},42352:B=>{B.exports=
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
function(B){return 0===B?-.010314224129834144:B*(.0022596478090061247+B*(.0003355291926355191*B-.0005385953053567405))-.010314224129834144}},67942:B=>{B.exports=
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
function(B){return 0===B?.6328270640250934:.6328270640250934+B*(1.4549225013723477+B*(.9777175279633727+B*(.22896372806469245+.013381091853678766*B)))}},45059:B=>{B.exports=
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
function(B){return 0===B?2.4559779371304113:2.4559779371304113+B*(2.128489763798934+B*(.7692851504566728+B*(.10422264559336913+.003217092422824239*B)))}},89596:B=>{B.exports=
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
function(B){return 0===B?.08333333333333297:.08333333333333297+B*(B*(.0007936505586430196+B*(B*(.0008363399189962821+-.0016309293409657527*B)-.00059518755745034))-.0027777777772877554)}},60512:B=>{B.exports=
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
function(B,t){var e,n=1;if(0===B)return t;if(0===t)return B;for(;B%2==0&&t%2==0;)B/=2,t/=2,n*=2;for(;B%2==0;)B/=2;for(;t;){for(;t%2==0;)t/=2;B>t&&(e=t,t=B,B=e),t-=B}return n*B}},19216:B=>{B.exports=
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
function(B,t){var e,n=0;if(0===B)return t;if(0===t)return B;for(;!(1&B||1&t);)B>>>=1,t>>>=1,n+=1;for(;!(1&B);)B>>>=1;for(;t;){for(;!(1&t);)t>>>=1;B>t&&(e=t,t=B,B=e),t-=B}return B<<n}},24370:(B,t,e)=>{
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
var n=e(21413);B.exports=n},21413:(B,t,e)=>{
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
var n=e(86523),r=e(2804),s=e(50469),i=e(81475),C=e(83960),o=e(19216),a=e(60512);B.exports=function(B,t){return n(B)||n(t)||B===s||t===s||B===i||t===i?NaN:r(B)&&r(t)?(B<0&&(B=-B),t<0&&(t=-t),B<=C&&t<=C?o(B,t):a(B,t)):NaN}},71567:(B,t,e)=>{
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
var n=e(94010);B.exports=n},94010:(B,t,e)=>{
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
var n=e(25732),r=e(53242);B.exports=function(B,t){var e,s,i,C;return i=(C=B*B)*C,s=C*n(C),s+=i*i*r(C),(i=1-(e=.5*C))+(1-i-e+(C*s-B*t))}},25732:B=>{B.exports=
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
function(B){return 0===B?.0416666666666666:.0416666666666666+B*(2480158728947673e-20*B-.001388888888887411)}},53242:B=>{B.exports=
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
function(B){return 0===B?-2.7557314351390663e-7:B*(2.087572321298175e-9+-11359647557788195e-27*B)-2.7557314351390663e-7}},70186:(B,t,e)=>{
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
var n=e(97485);B.exports=n},97485:B=>{
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
var t=-.16666666666666632;B.exports=function(B,e){var n,r,s;return n=.00833333333332249+(s=B*B)*(27557313707070068e-22*s-.0001984126982985795)+s*(s*s)*(1.58969099521155e-10*s-2.5050760253406863e-8),r=s*B,0===e?B+r*(t+s*n):B-(s*(.5*e-r*n)-e-r*t)}},83291:(B,t,e)=>{
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
var n=e(23078);B.exports=n},23078:(B,t,e)=>{
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
var n=e(50469),r=e(81475),s=e(11877),i=e(46276),C=e(92656),o=e(34862),a=e(86523),u=e(57234),l=e(35672),c=e(79335).assign,f=e(6075),h=e(87949),p=e(17844),g=[0,0],E=[0,0];B.exports=function(B,t){var e,D;return 0===t||0===B||a(B)||u(B)?B:(c(B,g,1,0),t+=g[1],(t+=f(B=g[0]))<o?l(0,B):t>i?B<0?r:n:(t<=C?(t+=52,D=2220446049250313e-31):D=1,h.assign(B,E,1,0),e=E[0],e&=2148532223,D*p(e|=t+s<<20,E[1])))}},51550:(B,t,e)=>{
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
var n=e(75553);B.exports=n},75553:(B,t,e)=>{
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
var n=e(2882),r=e(45990),s=e(86523),i=e(11877),C=e(81475),o=e(36488),a=e(71103),u=.6931471803691238,l=1.9082149292705877e-10,c=1048575;B.exports=function(B){var t,e,f,h,p,g,E,D,A,d,w;return 0===B?C:s(B)||B<0?NaN:(h=0,(e=n(B))<1048576&&(h-=54,e=n(B*=0x40000000000000)),e>=2146435072?B+B:(h+=(e>>20)-i|0,h+=(E=(e&=c)+614244&1048576)>>20,g=(B=r(B,e|1072693248^E))-1,(c&2+e)<3?0===g?0===h?0:h*u+h*l:(p=g*g*(.5-.3333333333333333*g),0===h?g-p:h*u-(p-h*l-g)):(E=e-398458|0,D=440401-e|0,f=(d=(w=(A=g/(2+g))*A)*w)*o(d),p=w*a(d)+f,(E|=D)>0?(t=.5*g*g,0===h?g-(t-A*(t+p)):h*u-(t-(A*(t+p)+h*l)-g)):0===h?g-A*(g-p):h*u-(A*(g-p)-h*l-g))))}},36488:B=>{B.exports=
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
function(B){return 0===B?.3999999999940942:.3999999999940942+B*(.22222198432149784+.15313837699209373*B)}},71103:B=>{B.exports=
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
function(B){return 0===B?.6666666666666735:.6666666666666735+B*(.2857142874366239+B*(.1818357216161805+.14798198605116586*B))}},74879:(B,t,e)=>{
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
var n=e(7306);B.exports=n},7306:(B,t,e)=>{
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
var n=e(86523),r=e(2882),s=e(45990),i=e(50469),C=e(81475),o=e(11877),a=e(10897),u=.6931471803691238,l=1.9082149292705877e-10;B.exports=function(B){var t,e,c,f,h,p,g,E,D,A;if(B<-1||n(B))return NaN;if(-1===B)return C;if(B===i)return B;if(0===B)return B;if(A=1,(c=B<0?-B:B)<.41421356237309503){if(c<1.862645149230957e-9)return c<5551115123125783e-32?B:B-B*B*.5;B>-.2928932188134525&&(A=0,f=B,e=1)}return 0!==A&&(c<9007199254740992?(h=(A=((e=r(D=1+B))>>20)-o)>0?1-(D-B):B-(D-1),h/=D):(A=((e=r(D=B))>>20)-o,h=0),(e&=1048575)<434334?D=s(D,1072693248|e):(A+=1,D=s(D,1071644672|e),e=1048576-e>>2),f=D-1),t=.5*f*f,0===e?0===f?A*u+(h+=A*l):A*u-((E=t*(1-.6666666666666666*f))-(A*l+h)-f):(E=(g=(p=f/(2+f))*p)*a(g),0===A?f-(t-p*(t+E)):A*u-(t-(p*(t+E)+(A*l+h))-f))}},10897:B=>{B.exports=
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
function(B){return 0===B?.6666666666666735:.6666666666666735+B*(.3999999999940942+B*(.2857142874366239+B*(.22222198432149784+B*(.1818357216161805+B*(.15313837699209373+.14798198605116586*B)))))}},15430:(B,t,e)=>{
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
var n=e(44473);B.exports=n},44781:B=>{B.exports=
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
function(B){var t=-B,e=-1,n=0;return function(){return(e*=t)/(n+=1)}}},44473:(B,t,e)=>{
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
var n=e(66260),r=e(51550),s=e(55088),i=e(96491),C=e(44781);B.exports=function(B){var t,e;return B<=-1?NaN:(e=n(B))>.95?r(1+B)-B:e<s?-B*B/2:(t={initialValue:-B},i(C(B),t))}},32974:(B,t,e)=>{
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
var n=e(78641);B.exports=n},78641:(B,t,e)=>{
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
var n=e(30866),r=e(86523),s=e(50469);B.exports=function(B,t){return r(B)||r(t)?NaN:B===s||t===s?s:B===t&&0===B?n(B)?B:t:B>t?B:t}},38008:(B,t,e)=>{
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
var n=e(29503);B.exports=n},29503:(B,t,e)=>{
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
var n=e(23270),r=e(86523),s=e(81475);B.exports=function(B,t){return r(B)||r(t)?NaN:B===s||t===s?s:B===t&&0===B?n(B)?B:t:B<t?B:t}},6310:(B,t,e)=>{
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
var n=e(87609);B.exports=n},59905:(B,t,e)=>{
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
var n=e(2882),r=e(23786),s=e(45990),i=e(11877),C=e(31277),o=e(53140),a=1048576,u=[1,1.5],l=[0,.5849624872207642],c=[0,1.350039202129749e-8];B.exports=function(B,t,e){var f,h,p,g,E,D,A,d,w,I,m,F,y,b,O,L,R,G,N,T;return G=0,e<a&&(G-=53,e=n(t*=9007199254740992)),G+=(e>>C)-i|0,e=1072693248|(N=1048575&e),N<=235662?T=0:N<767610?T=1:(T=0,G+=1,e-=a),f=524288+(e>>1|536870912),E=(R=1/((t=s(t,e))+(A=u[T])))*((L=t-A)-(g=r(h=L*R,0))*(D=s(0,f+=T<<18))-g*(t-(D-A))),O=(p=h*h)*p*o(p),D=r(D=3+(p=g*g)+(O+=E*(g+h)),0),y=(m=-7.028461650952758e-9*(w=r(w=(L=g*D)+(R=E*D+(O-(D-3-p))*h),0))+.9617966939259756*(R-(w-L))+c[T])-((F=r(F=(I=.9617967009544373*w)+m+(d=l[T])+(b=G),0))-b-d-I),B[0]=F,B[1]=y,B}},53726:(B,t,e)=>{
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
var n=e(23786),r=e(837);B.exports=function(B,t){var e,s,i,C,o;return e=(o=1.9259629911266175e-8*(i=t-1)-1.4426950408889634*(i*i*r(i)))-((s=n(s=(C=1.4426950216293335*i)+o,0))-C),B[0]=s,B[1]=e,B}},87609:(B,t,e)=>{
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
var n=e(86523),r=e(97687),s=e(57234),i=e(2804),C=e(15478),o=e(66260),a=e(87949),u=e(23786),l=e(86519),c=e(81475),f=e(50469),h=e(43935),p=e(72122),g=e(30888),E=e(93355),D=e(59905),A=e(53726),d=e(55224),w=1083179008,I=1e300,m=1e-300,F=[0,0],y=[0,0];B.exports=function B(t,e){var b,O,L,R,G,N,T,v,H,S,x,P,M,k;if(n(t)||n(e))return NaN;if(a.assign(e,F,1,0),G=F[0],0===F[1]){if(0===e)return 1;if(1===e)return t;if(-1===e)return 1/t;if(.5===e)return C(t);if(-.5===e)return 1/C(t);if(2===e)return t*t;if(3===e)return t*t*t;if(4===e)return(t*=t)*t;if(s(e))return E(t,e)}if(a.assign(t,F,1,0),R=F[0],0===F[1]){if(0===R)return p(t,e);if(1===t)return 1;if(-1===t&&r(e))return-1;if(s(t))return t===c?B(-0,-e):e<0?0:f}if(t<0&&!1===i(e))return(t-t)/(t-t);if(L=o(t),b=R&h|0,O=G&h|0,T=G>>>31|0,N=(N=R>>>31|0)&&r(e)?-1:1,O>1105199104){if(O>1139802112)return g(t,e);if(b<1072693247)return 1===T?N*I*I:N*m*m;if(b>1072693248)return 0===T?N*I*I:N*m*m;x=A(y,L)}else x=D(y,L,b);if(P=(S=(e-(v=u(e,0)))*x[0]+e*x[1])+(H=v*x[0]),a.assign(P,F,1,0),M=l(F[0]),k=l(F[1]),M>=w){if(0!==(M-w|k))return N*I*I;if(S+8008566259537294e-32>P-H)return N*I*I}else if((M&h)>=1083231232){if(M-3230714880|k)return N*m*m;if(S<=P-H)return N*m*m}return N*(P=d(M,H,S))}},53140:B=>{B.exports=
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
function(B){return 0===B?.5999999999999946:.5999999999999946+B*(.4285714285785502+B*(.33333332981837743+B*(.272728123808534+B*(.23066074577556175+.20697501780033842*B))))}},35568:B=>{B.exports=
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
function(B){return 0===B?.16666666666666602:.16666666666666602+B*(B*(6613756321437934e-20+B*(4.1381367970572385e-8*B-16533902205465252e-22))-.0027777777777015593)}},837:B=>{B.exports=
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
function(B){return 0===B?.5:.5+B*(.25*B-.3333333333333333)}},55224:(B,t,e)=>{
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
var n=e(2882),r=e(45990),s=e(23786),i=e(86519),C=e(83291),o=e(81239),a=e(11877),u=e(43935),l=e(28910),c=e(31277),f=e(35568),h=1048576;B.exports=function(B,t,e){var p,g,E,D,A,d,w,I,m;return m=((I=B&u|0)>>c)-a|0,w=0,I>1071644672&&(g=r(0,((w=B+(h>>m+1)>>>0)&~(l>>(m=((w&u)>>c)-a|0)))>>>0),w=(w&l|h)>>c-m>>>0,B<0&&(w=-w),t-=g),A=(D=(e-((g=s(g=e+t,0))-t))*o+-1.904654299957768e-9*g)-((d=(E=.6931471824645996*g)+D)-E),p=d-(g=d*d)*f(g),B=n(d=1-(d*p/(p-2)-(A+d*A)-d)),B=i(B),d=(B+=w<<c>>>0)>>c<=0?C(d,w):r(d,B)}},72122:(B,t,e)=>{
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
var n=e(97687),r=e(35672),s=e(81475),i=e(50469);B.exports=function(B,t){return t===s?i:t===i?0:t>0?n(t)?B:0:n(t)?r(i,B):i}},30888:(B,t,e)=>{
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
var n=e(43935),r=e(2882);B.exports=function(B,t){return(r(B)&n)<=1072693247?t<0?1/0:0:t>0?1/0:0}},93355:(B,t,e)=>{
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
var n=e(66260),r=e(50469);B.exports=function(B,t){return-1===B?(B-B)/(B-B):1===B?1:n(B)<1==(t===r)?0:r}},74756:(B,t,e)=>{
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
var n=e(2603);B.exports=n},2603:(B,t,e)=>{
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
var n=e(86523),r=e(57234),s=e(66260),i=e(40141),C=e(51550),o=e(6310),a=e(81262);B.exports=function(B,t){var e,u;if(n(B)||n(t))return NaN;if(0===t)return 0;if(0===B)return-1;if(B<0&&t%2==0&&(B=-B),B>0){if((s(t*(B-1))<.5||s(t)<.2)&&(u=C(B)*t)<.5)return i(u)}else if(a(t)!==t)return NaN;return e=o(B,t)-1,r(e)||n(e)?NaN:e}},93982:(B,t,e)=>{
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
var n=e(44385);B.exports=n},97236:(B,t,e)=>{
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
var n=e(42334),r=e(83291),s=e(21830),i=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],C=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],o=16777216,a=5.960464477539063e-8,u=s(20),l=s(20),c=s(20),f=s(20);function h(B,t,e,s,u,l,p,g,E){var D,A,d,w,I,m,F,y,b;for(w=l,b=s[e],y=e,I=0;y>0;I++)A=a*b|0,f[I]=b-o*A|0,b=s[y-1]+A,y-=1;if(b=r(b,u),b-=8*n(.125*b),b-=F=0|b,d=0,u>0?(F+=I=f[e-1]>>24-u,f[e-1]-=I<<24-u,d=f[e-1]>>23-u):0===u?d=f[e-1]>>23:b>=.5&&(d=2),d>0){for(F+=1,D=0,I=0;I<e;I++)y=f[I],0===D?0!==y&&(D=1,f[I]=16777216-y):f[I]=16777215-y;if(u>0)switch(u){case 1:f[e-1]&=8388607;break;case 2:f[e-1]&=4194303}2===d&&(b=1-b,0!==D&&(b-=r(1,u)))}if(0===b){for(y=0,I=e-1;I>=l;I--)y|=f[I];if(0===y){for(m=1;0===f[l-m];m++);for(I=e+1;I<=e+m;I++){for(E[g+I]=i[p+I],A=0,y=0;y<=g;y++)A+=B[y]*E[g+(I-y)];s[I]=A}return h(B,t,e+=m,s,u,l,p,g,E)}for(e-=1,u-=24;0===f[e];)e-=1,u-=24}else(b=r(b,-u))>=o?(A=a*b|0,f[e]=b-o*A|0,u+=24,f[e+=1]=A):f[e]=0|b;for(A=r(1,u),I=e;I>=0;I--)s[I]=A*f[I],A*=a;for(I=e;I>=0;I--){for(A=0,m=0;m<=w&&m<=e-I;m++)A+=C[m]*s[I+m];c[e-I]=A}for(A=0,I=e;I>=0;I--)A+=c[I];for(t[0]=0===d?A:-A,A=c[0]-A,I=1;I<=e;I++)A+=c[I];return t[1]=0===d?A:-A,7&F}B.exports=function(B,t,e,n){var r,s,C,o,a,c,f;for((s=(e-3)/24|0)<0&&(s=0),o=e-24*(s+1),c=s-(C=n-1),f=C+4,a=0;a<=f;a++)u[a]=c<0?0:i[c],c+=1;for(a=0;a<=4;a++){for(r=0,c=0;c<=C;c++)r+=B[c]*u[C+(a-c)];l[a]=r}return h(B,t,4,l,o,4,s,C,u)}},44385:(B,t,e)=>{
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
var n=e(43935),r=e(30222),s=e(28910),i=e(2882),C=e(31662),o=e(17844),a=e(97236),u=e(92880),l=1.5707963267341256,c=6077100506506192e-26,f=2*c,h=3*c,p=4*c,g=[0,0,0],E=[0,0];B.exports=function(B,t){var e,D,A,d,w,I,m,F;if((d=(A=0|i(B))&n|0)<=1072243195)return t[0]=B,t[1]=0,0;if(d<=1074752122)return 598523===(d&s)?u(B,d,t):d<=1073928572?A>0?(F=B-l,t[0]=F-c,t[1]=F-t[0]-c,1):(F=B+l,t[0]=F+c,t[1]=F-t[0]+c,-1):A>0?(F=B-2*l,t[0]=F-f,t[1]=F-t[0]-f,2):(F=B+2*l,t[0]=F+f,t[1]=F-t[0]+f,-2);if(d<=1075594811)return d<=1075183036?1074977148===d?u(B,d,t):A>0?(F=B-3*l,t[0]=F-h,t[1]=F-t[0]-h,3):(F=B+3*l,t[0]=F+h,t[1]=F-t[0]+h,-3):1075388923===d?u(B,d,t):A>0?(F=B-4*l,t[0]=F-p,t[1]=F-t[0]-p,4):(F=B+4*l,t[0]=F+p,t[1]=F-t[0]+p,-4);if(d<1094263291)return u(B,d,t);if(d>=r)return t[0]=NaN,t[1]=NaN,0;for(e=C(B),F=o(d-((D=(d>>20)-1046)<<20),e),I=0;I<2;I++)g[I]=0|F,F=16777216*(F-g[I]);for(g[2]=F,w=3;0===g[w-1];)w-=1;return m=a(g,E,D,w,1),A<0?(t[0]=-E[0],t[1]=-E[1],-m):(t[0]=E[0],t[1]=E[1],m)}},92880:(B,t,e)=>{
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
var n=e(18972),r=e(2882);B.exports=function(B,t,e){var s,i,C,o,a;return C=B-1.5707963267341256*(s=n(.6366197723675814*B)),o=6077100506506192e-26*s,a=t>>20,e[0]=C-o,a-(r(e[0])>>20&2047)>16&&(o=20222662487959506e-37*s-((i=C)-(C=i-(o=6077100506303966e-26*s))-o),e[0]=C-o,a-(r(e[0])>>20&2047)>49&&(o=84784276603689e-45*s-((i=C)-(C=i-(o=20222662487111665e-37*s))-o),e[0]=C-o)),e[1]=C-e[0]-o,s}},18972:(B,t,e)=>{
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
var n=e(66547);B.exports=n},66547:B=>{
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
var t=Math.round;B.exports=t},61794:(B,t,e)=>{
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
var n=e(53205);B.exports=n},53205:(B,t,e)=>{
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
var n=e(43935),r=e(30222),s=e(2882),i=e(71567),C=e(70186),o=e(93982),a=[0,0];B.exports=function(B){var t;if(t=s(B),(t&=n)<=1072243195)return t<1045430272?B:C(B,0);if(t>=r)return NaN;switch(3&o(B,a)){case 0:return C(a[0],a[1]);case 1:return i(a[0],a[1]);case 2:return-C(a[0],a[1]);default:return-i(a[0],a[1])}}},18901:(B,t,e)=>{
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
var n=e(83012);B.exports=n},83012:(B,t,e)=>{
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
var n=e(86523),r=e(57234),s=e(99191),i=e(61794),C=e(66260),o=e(35672),a=e(39701);B.exports=function(B){var t,e;return n(B)||r(B)?NaN:0===(t=C(e=B%2))||1===t?o(0,e):t<.25?i(a*e):t<.75?o(s(a*(t=.5-t)),e):t<1.25?(e=o(1,e)-e,i(a*e)):t<1.75?-o(s(a*(t-=1.5)),e):(e-=o(2,e),i(a*e))}},15478:(B,t,e)=>{
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
var n=e(91689);B.exports=n},91689:B=>{
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
var t=Math.sqrt;B.exports=t},81262:(B,t,e)=>{
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
var n=e(92657);B.exports=n},92657:(B,t,e)=>{
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
var n=e(42334),r=e(3385);B.exports=function(B){return B<0?r(B):n(B)}},13962:(B,t,e)=>{
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
var n=e(66260),r=e(55088),s=e(28858);B.exports=function(B,t){var e,i,C;return i={},arguments.length>1&&(i=t),C=i.tolerance||r,e=i.maxIter||1e6,i.keep?function(B,t,e){var r,i,C,o,a;0===(o=(a=B())[1])&&(o=s),i=o,C=0;do{(a=B())&&(0===(C=a[1]+a[0]*C)&&(C=s),0===(i=a[1]+a[0]/i)&&(i=s),o*=r=i*(C=1/C))}while(a&&n(r-1)>t&&--e);return o}(B,C,e):function(B,t,e){var r,i,C,o,a,u;a=(u=B())[1],i=u[0],0===a&&(a=s),C=a,o=0;do{(u=B())&&(0===(o=u[1]+u[0]*o)&&(o=s),0===(C=u[1]+u[0]/C)&&(C=s),a*=r=C*(o=1/o))}while(u&&n(r-1)>t&&--e);return i/a}(B,C,e)}},57028:(B,t,e)=>{
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
var n=e(66260),r=e(28858),s=e(55088);B.exports=function(B,t){var e,i,C;return i={},arguments.length>1&&(i=t),e=i.maxIter||1e6,C=i.tolerance||s,i.keep?function(B,t,e){var s,i,C,o,a,u;if(0===(C=(u=(s="function"==typeof B.next)?B.next().value:B())[1])&&(C=r),o=C,a=0,!0===s)do{(u=B.next().value)&&(0===(a=u[1]+u[0]*a)&&(a=r),0===(o=u[1]+u[0]/o)&&(o=r),C*=i=o*(a=1/a))}while(u&&n(i-1)>t&&--e);else do{(u=B())&&(0===(a=u[1]+u[0]*a)&&(a=r),0===(o=u[1]+u[0]/o)&&(o=r),C*=i=o*(a=1/a))}while(u&&n(i-1)>t&&--e);return C}(B,C,e):function(B,t,e){var s,i,C,o,a,u,l;if(o=(l=(s="function"==typeof B.next)?B.next().value:B())[1],C=l[0],0===o&&(o=r),a=o,u=0,!0===s)do{(l=B.next().value)&&(0===(u=l[1]+l[0]*u)&&(u=r),0===(a=l[1]+l[0]/a)&&(a=r),o*=i=a*(u=1/u))}while(n(i-1)>t&&--e);else do{(l=B())&&(0===(u=l[1]+l[0]*u)&&(u=r),0===(a=l[1]+l[0]/a)&&(a=r),o*=i=a*(u=1/u))}while(l&&n(i-1)>t&&--e);return C/o}(B,C,e)}},30508:(B,t,e)=>{
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
var n,r=e(67640),s=e(57028),i=e(13962);n=r()?s:i,B.exports=n},71278:(B,t,e)=>{
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
var n=e(36990),r=e(93767);B.exports=function(B){var t,e,s,i;if(B.length>500)return function(t){return r(B,t)};if(t="return function evalpoly(x){",0===(e=B.length))t+="return 0.0;";else if(1===e)t+="return "+B[0]+";";else{for(t+="if(x===0.0){return "+B[0]+";}",t+="return "+B[0],s=e-1,i=1;i<e;i++)t+="+x*",i<s&&(t+="("),t+=B[i];for(i=0;i<s-1;i++)t+=")";t+=";"}return t+="}",new n(t+="//# sourceURL=evalpoly.factory.js")()}},62096:(B,t,e)=>{
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
var n=e(4568),r=e(93767);n(r,"factory",e(71278)),B.exports=r},93767:B=>{B.exports=
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
function(B,t){var e,n;if((n=B.length)<2||0===t)return 0===n?0:B[0];for(e=B[n-=1]*t+B[n-1],n-=2;n>=0;)e=e*t+B[n],n-=1;return e}},56049:(B,t,e)=>{
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
var n=e(66260),r=e(55088);B.exports=function(B,t){var e,s,i,C,o;o={},arguments.length>1&&(o=t),e=o.tolerance||r,i=o.maxTerms||1e6,C=o.initialValue||0;do{C+=s=B()}while(n(e*C)<n(s)&&--i);return C}},13333:(B,t,e)=>{
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
var n=e(66260),r=e(55088);B.exports=function(B,t){var e,s,i,C,o;if(o={},arguments.length>1&&(o=t),e=o.tolerance||r,i=o.maxTerms||1e6,C=o.initialValue||0,!0===("function"==typeof B.next)){for(s of B)if(n(e*(C+=s))>=n(s)||0===--i)break}else do{C+=s=B()}while(n(e*C)<n(s)&&--i);return C}},96491:(B,t,e)=>{
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
var n,r=e(67640),s=e(13333),i=e(56049);n=r()?s:i,B.exports=n},84241:(B,t,e)=>{
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
var n=e(97696);B.exports=n},97696:B=>{
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
B.exports=Number},6075:(B,t,e)=>{
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
var n=e(67014);B.exports=n},67014:(B,t,e)=>{
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
var n=e(2882),r=e(30222),s=e(11877);B.exports=function(B){var t=n(B);return(t=(t&r)>>>20)-s|0}},17844:(B,t,e)=>{
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
var n=e(15259);B.exports=n},99593:(B,t,e)=>{
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
var n,r,s;!0===e(40347)?(r=1,s=0):(r=0,s=1),n={HIGH:r,LOW:s},B.exports=n},15259:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(99593),i=new r(1),C=new n(i.buffer),o=s.HIGH,a=s.LOW;B.exports=function(B,t){return C[o]=B,C[a]=t,i[0]}},69828:(B,t,e)=>{
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
var n;n=!0===e(40347)?1:0,B.exports=n},2882:(B,t,e)=>{
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
var n=e(16053);B.exports=n},16053:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(69828),i=new r(1),C=new n(i.buffer);B.exports=function(B){return i[0]=B,C[s]}},31662:(B,t,e)=>{
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
var n=e(23761);B.exports=n},75844:(B,t,e)=>{
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
var n;n=!0===e(40347)?0:1,B.exports=n},23761:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(75844),i=new r(1),C=new n(i.buffer);B.exports=function(B){return i[0]=B,C[s]}},40750:(B,t,e)=>{
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
var n=e(55417),r=e(57234),s=e(86523),i=e(66260);B.exports=function(B,t,e,C){return s(B)||r(B)?(t[C]=B,t[C+e]=0,t):0!==B&&i(B)<n?(t[C]=4503599627370496*B,t[C+e]=-52,t):(t[C]=B,t[C+e]=0,t)}},79335:(B,t,e)=>{
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
var n=e(4568),r=e(86754);n(r,"assign",e(40750)),B.exports=r},86754:(B,t,e)=>{
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
var n=e(40750);B.exports=function(B){return n(B,[0,0],1,0)}},72880:(B,t,e)=>{
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
var n;n=!0===e(40347)?1:0,B.exports=n},45990:(B,t,e)=>{
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
var n=e(96921);B.exports=n},96921:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(72880),i=new r(1),C=new n(i.buffer);B.exports=function(B,t){return i[0]=B,C[s]=t>>>0,i[0]}},23786:(B,t,e)=>{
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
var n=e(10253);B.exports=n},79760:(B,t,e)=>{
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
var n;n=!0===e(40347)?0:1,B.exports=n},10253:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(79760),i=new r(1),C=new n(i.buffer);B.exports=function(B,t){return i[0]=B,C[s]=t>>>0,i[0]}},65132:(B,t,e)=>{
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
var n=e(47096),r=e(69979),s=e(33808),i=new r(1),C=new n(i.buffer),o=s.HIGH,a=s.LOW;B.exports=function(B,t,e,n){return i[0]=B,t[n]=C[o],t[n+e]=C[a],t}},87949:(B,t,e)=>{
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
var n=e(4568),r=e(16364);n(r,"assign",e(65132)),B.exports=r},33808:(B,t,e)=>{
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
var n,r,s;!0===e(40347)?(r=1,s=0):(r=0,s=1),n={HIGH:r,LOW:s},B.exports=n},16364:(B,t,e)=>{
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
var n=e(65132);B.exports=function(B){return n(B,[0,0],1,0)}},86519:(B,t,e)=>{
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
var n=e(73234);B.exports=n},73234:B=>{B.exports=
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
function(B){return 0|B}},92029:B=>{
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
var t=Math.abs,e=String.prototype.toLowerCase,n=String.prototype.toUpperCase,r=String.prototype.replace,s=/e\+(\d)$/,i=/e-(\d)$/,C=/^(\d+)$/,o=/^(\d+)e/,a=/\.0$/,u=/\.0*e/,l=/(\..*[^0])0*e/;B.exports=function(B,c){var f,h;switch(c.specifier){case"e":case"E":h=B.toExponential(c.precision);break;case"f":case"F":h=B.toFixed(c.precision);break;case"g":case"G":t(B)<1e-4?((f=c.precision)>0&&(f-=1),h=B.toExponential(f)):h=B.toPrecision(c.precision),c.alternate||(h=r.call(h,l,"$1e"),h=r.call(h,u,"e"),h=r.call(h,a,""));break;default:throw new Error("invalid double notation. Value: "+c.specifier)}return h=r.call(h,s,"e+0$1"),h=r.call(h,i,"e-0$1"),c.alternate&&(h=r.call(h,C,"$1."),h=r.call(h,o,"$1.e")),B>=0&&c.sign&&(h=c.sign+h),h=c.specifier===n.call(c.specifier)?n.call(h):e.call(h)}},91836:(B,t,e)=>{
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
var n=e(86392),r=e(20122),s=String.prototype.toLowerCase,i=String.prototype.toUpperCase;B.exports=function(B){var t,e,C;switch(B.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(e=B.arg,C=parseInt(e,10),!isFinite(C)){if(!n(e))throw new Error("invalid integer. Value: "+e);C=0}return C<0&&("u"===B.specifier||10!==t)&&(C=4294967295+C+1),C<0?(e=(-C).toString(t),B.precision&&(e=r(e,B.precision,B.padRight)),e="-"+e):(e=C.toString(t),C||B.precision?B.precision&&(e=r(e,B.precision,B.padRight)):e="",B.sign&&(e=B.sign+e)),16===t&&(B.alternate&&(e="0x"+e),e=B.specifier===i.call(B.specifier)?i.call(e):s.call(e)),8===t&&B.alternate&&"0"!==e.charAt(0)&&(e="0"+e),e}},50024:(B,t,e)=>{
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
var n=e(84879);B.exports=n},86392:B=>{B.exports=
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
function(B){return"number"==typeof B}},97852:B=>{B.exports=
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
function(B){return"string"==typeof B}},84879:(B,t,e)=>{
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
var n=e(91836),r=e(97852),s=e(86392),i=e(92029),C=e(34484),o=e(20122),a=String.fromCharCode,u=Array.isArray;function l(B){return B!=B}function c(B){var t={};return t.specifier=B.specifier,t.precision=void 0===B.precision?1:B.precision,t.width=B.width,t.flags=B.flags||"",t.mapping=B.mapping,t}B.exports=function(B){var t,e,f,h,p,g,E,D,A,d;if(!u(B))throw new TypeError("invalid argument. First argument must be an array. Value: `"+B+"`.");for(g="",E=1,A=0;A<B.length;A++)if(f=B[A],r(f))g+=f;else{if(t=void 0!==f.precision,!(f=c(f)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+A+"`. Value: `"+f+"`.");for(f.mapping&&(E=f.mapping),e=f.flags,d=0;d<e.length;d++)switch(h=e.charAt(d)){case" ":f.sign=" ";break;case"+":f.sign="+";break;case"-":f.padRight=!0,f.padZeros=!1;break;case"0":f.padZeros=e.indexOf("-")<0;break;case"#":f.alternate=!0;break;default:throw new Error("invalid flag: "+h)}if("*"===f.width){if(f.width=parseInt(arguments[E],10),E+=1,l(f.width))throw new TypeError("the argument for * width at position "+E+" is not a number. Value: `"+f.width+"`.");f.width<0&&(f.padRight=!0,f.width=-f.width)}if(t&&"*"===f.precision){if(f.precision=parseInt(arguments[E],10),E+=1,l(f.precision))throw new TypeError("the argument for * precision at position "+E+" is not a number. Value: `"+f.precision+"`.");f.precision<0&&(f.precision=1,t=!1)}switch(f.arg=arguments[E],f.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(f.padZeros=!1),f.arg=n(f);break;case"s":f.maxWidth=t?f.precision:-1,f.arg=String(f.arg);break;case"c":if(!l(f.arg)){if((p=parseInt(f.arg,10))<0||p>127)throw new Error("invalid character code. Value: "+f.arg);f.arg=l(p)?String(f.arg):a(p)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(f.precision=6),D=parseFloat(f.arg),!isFinite(D)){if(!s(f.arg))throw new Error("invalid floating-point number. Value: "+g);D=f.arg,f.padZeros=!1}f.arg=i(D,f);break;default:throw new Error("invalid specifier: "+f.specifier)}f.maxWidth>=0&&f.arg.length>f.maxWidth&&(f.arg=f.arg.substring(0,f.maxWidth)),f.padZeros?f.arg=o(f.arg,f.width||f.precision,f.padRight):f.width&&(f.arg=C(f.arg,f.width,f.padRight)),g+=f.arg||"",E+=1}return g}},34484:B=>{
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
function t(B){var t,e="";for(t=0;t<B;t++)e+=" ";return e}B.exports=function(B,e,n){var r=e-B.length;return r<0?B:B=n?B+t(r):t(r)+B}},20122:B=>{function t(B){var t,e="";for(t=0;t<B;t++)e+="0";return e}B.exports=function(B,e,n){var r=!1,s=e-B.length;return s<0||(
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
function(B){return"-"===B[0]}(B)&&(r=!0,B=B.substr(1)),B=n?B+t(s):t(s)+B,r&&(B="-"+B)),B}},19340:(B,t,e)=>{
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
var n=e(58755);B.exports=n},58755:B=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function e(B){var t={mapping:B[1]?parseInt(B[1],10):void 0,flags:B[2],width:B[3],precision:B[5],specifier:B[6]};return"."===B[4]&&void 0===B[5]&&(t.precision="1"),t}B.exports=function(B){var n,r,s,i;for(r=[],i=0,s=t.exec(B);s;)(n=B.slice(i,t.lastIndex-s[0].length)).length&&r.push(n),"%"===s[6]?r.push("%"):r.push(e(s)),i=t.lastIndex,s=t.exec(B);return(n=B.slice(i)).length&&r.push(n),r}},17760:(B,t,e)=>{
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
var n=e(63191);B.exports=n},28676:B=>{B.exports=
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
function(B){return"string"==typeof B}},63191:(B,t,e)=>{
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
var n=e(50024),r=e(19340),s=e(28676);B.exports=function B(t){var e,i;if(!s(t))throw new TypeError(B("invalid argument. First argument must be a string. Value: `%s`.",t));for(e=[r(t)],i=1;i<arguments.length;i++)e.push(arguments[i]);return n.apply(null,e)}},32038:(B,t,e)=>{
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
var n=e(62873);B.exports=n},62873:B=>{
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
var t="function"==typeof Symbol?Symbol:void 0;B.exports=t},4568:(B,t,e)=>{
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
var n=e(26239);B.exports=n},26239:(B,t,e)=>{
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
var n=e(50708);B.exports=function(B,t,e){n(B,t,{configurable:!1,enumerable:!1,writable:!1,value:e})}},97619:B=>{
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
var t=Object.defineProperty;B.exports=t},15141:B=>{
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
var t="function"==typeof Object.defineProperty?Object.defineProperty:null;B.exports=t},32342:(B,t,e)=>{
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
var n=e(15141);B.exports=function(){try{return n({},"x",{}),!0}catch(B){return!1}}},50708:(B,t,e)=>{
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
var n,r=e(32342),s=e(97619),i=e(80061);n=r()?s:i,B.exports=n},80061:(B,t,e)=>{
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
var n=e(17760),r=Object.prototype,s=r.toString,i=r.__defineGetter__,C=r.__defineSetter__,o=r.__lookupGetter__,a=r.__lookupSetter__;B.exports=function(B,t,e){var u,l,c,f;if("object"!=typeof B||null===B||"[object Array]"===s.call(B))throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",B));if("object"!=typeof e||null===e||"[object Array]"===s.call(e))throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",e));if((l="value"in e)&&(o.call(B,t)||a.call(B,t)?(u=B.__proto__,B.__proto__=r,delete B[t],B[t]=e.value,B.__proto__=u):B[t]=e.value),c="get"in e,f="set"in e,l&&(c||f))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return c&&i&&i.call(B,t,e.get),f&&C&&C.call(B,t,e.set),B}},13595:B=>{
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
var t=eval;B.exports=t},547:(B,t,e)=>{
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
var n,r=e(9501),s=e(31006),i=e(9728);n=r()?i:s,B.exports=n},31006:(B,t,e)=>{
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
var n=e(55763);B.exports=function(B){return n.call(B)}},9728:(B,t,e)=>{
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
var n=e(31907),r=e(94499),s=e(55763);B.exports=function(B){var t,e,i;if(null==B)return s.call(B);e=B[r],t=n(B,r);try{B[r]=void 0}catch(t){return s.call(B)}return i=s.call(B),t?B[r]=e:delete B[r],i}},55763:B=>{
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
var t=Object.prototype.toString;B.exports=t},94499:(B,t,e)=>{
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
var n=e(32038),r="function"==typeof n?n.toStringTag:"";B.exports=r},14006:(B,t,e)=>{const n=e(98016),r=e(64059);function s(B,t,e=!1){return!t||null!==t.windows&&void 0!==t.windows||(t={...t,windows:r.isWindows()}),n(B,t,e)}Object.assign(s,n),B.exports=s},5595:B=>{const t="\\\\/",e=`[^${t}]`,n="\\.",r="\\/",s="[^/]",i=`(?:${r}|$)`,C=`(?:^|${r})`,o=`${n}{1,2}${i}`,a={DOT_LITERAL:n,PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:r,ONE_CHAR:"(?=.)",QMARK:s,END_ANCHOR:i,DOTS_SLASH:o,NO_DOT:`(?!${n})`,NO_DOTS:`(?!${C}${o})`,NO_DOT_SLASH:`(?!${n}{0,1}${i})`,NO_DOTS_SLASH:`(?!${o})`,QMARK_NO_DOT:`[^.${r}]`,STAR:`${s}*?`,START_ANCHOR:C,SEP:"/"},u={...a,SLASH_LITERAL:`[${t}]`,QMARK:e,STAR:`${e}*?`,DOTS_SLASH:`${n}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${n})`,NO_DOTS:`(?!(?:^|[${t}])${n}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${n}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${n}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};B.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:65536,POSIX_REGEX_SOURCE:{__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"},REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars:B=>({"!":{type:"negate",open:"(?:(?!(?:",close:`))${B.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}),globChars:B=>!0===B?u:a}},78265:(B,t,e)=>{const n=e(5595),r=e(64059),{MAX_LENGTH:s,POSIX_REGEX_SOURCE:i,REGEX_NON_SPECIAL_CHARS:C,REGEX_SPECIAL_CHARS_BACKREF:o,REPLACEMENTS:a}=n,u=(B,t)=>{if("function"==typeof t.expandRange)return t.expandRange(...B,t);B.sort();const e=`[${B.join("-")}]`;try{new RegExp(e)}catch(t){return B.map(B=>r.escapeRegex(B)).join("..")}return e},l=(B,t)=>`Missing ${B}: "${t}" - use "\\\\${t}" to match literal characters`,c=B=>{const t=[];let e=0,n=0,r=0,s="",i=!1;for(const C of B)if(!0!==i)if("\\"!==C)if('"'!==C){if(0===r)if("["===C)e++;else if("]"===C&&e>0)e--;else if(0===e)if("("===C)n++;else if(")"===C&&n>0)n--;else if("|"===C&&0===n){t.push(s),s="";continue}s+=C}else r=1===r?0:1,s+=C;else s+=C,i=!0;else s+=C,i=!1;return t.push(s),t},f=B=>{let t=B.trim(),e=!0;for(;!0===e;)e=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),e=!0);if((B=>{let t=!1;for(const e of B)if(!0!==t)if("\\"!==e){if(/[?*+@!()[\]{}]/.test(e))return!1}else t=!0;else t=!1;return!0})(t))return t.replace(/\\(.)/g,"$1")},h=(B,t=!0)=>{if("+"!==B[0]&&"*"!==B[0]||"("!==B[1])return;let e=0,n=0,r=0,s=!1;for(let i=1;i<B.length;i++){const C=B[i];if(!0!==s)if("\\"!==C)if('"'!==C){if(1!==r)if("["!==C){if("]"===C&&e>0)e--;else if(!(e>0))if("("!==C){if(")"===C&&(n--,0===n)){if(!0===t&&i!==B.length-1)return;return{type:B[0],body:B.slice(2,i),end:i}}}else n++}else e++}else r=1===r?0:1;else s=!0;else s=!1}},p=B=>{let t=0;const e=[];for(;t<B.length;){const n=h(B.slice(t),!1);if(!n||"*"!==n.type)return;const r=c(n.body).map(B=>B.trim());if(1!==r.length)return;const s=f(r[0]);if(!s||1!==s.length)return;e.push(s),t+=n.end+1}if(!(e.length<1))return e},g=B=>{let t=0,e=B.trim(),n=h(e);for(;n;)t++,e=n.body.trim(),n=h(e);return t},E=(B,t)=>{if(!1===t.maxExtglobRecursion)return{risky:!1};const e="number"==typeof t.maxExtglobRecursion?t.maxExtglobRecursion:n.DEFAULT_MAX_EXTGLOB_RECURSION,s=c(B).map(B=>B.trim());if(s.length>1&&(s.some(B=>""===B)||s.some(B=>/^[*?]+$/.test(B))||(B=>{const t=B.map(f).filter(Boolean);for(let B=0;B<t.length;B++)for(let e=B+1;e<t.length;e++){const n=t[B],r=t[e],s=n[0];if(s&&n===s.repeat(n.length)&&r===s.repeat(r.length)&&(n===r||n.startsWith(r)||r.startsWith(n)))return!0}return!1})(s)))return{risky:!0};const i=[];let C=!1,o=!0;for(const B of s){const t=p(B);if(t){C=!0,i.push(...t);continue}const n=f(B);if(n&&1===n.length)i.push(n);else if(o=!1,g(B)>e)return{risky:!0}}return C?o?{risky:!0,safeOutput:(a=[...new Set(i)],`${1===a.length?r.escapeRegex(a[0]):`[${a.map(B=>r.escapeRegex(B)).join("")}]`}*`)}:{risky:!0}:{risky:!1};var a},D=(B,t)=>{if("string"!=typeof B)throw new TypeError("Expected a string");B=a[B]||B;const e={...t},c="number"==typeof e.maxLength?Math.min(s,e.maxLength):s;let f=B.length;if(f>c)throw new SyntaxError(`Input length: ${f}, exceeds maximum allowed length: ${c}`);const h={type:"bos",value:"",output:e.prepend||""},p=[h],g=e.capture?"":"?:",A=n.globChars(e.windows),d=n.extglobChars(A),{DOT_LITERAL:w,PLUS_LITERAL:I,SLASH_LITERAL:m,ONE_CHAR:F,DOTS_SLASH:y,NO_DOT:b,NO_DOT_SLASH:O,NO_DOTS_SLASH:L,QMARK:R,QMARK_NO_DOT:G,STAR:N,START_ANCHOR:T}=A,v=B=>`(${g}(?:(?!${T}${B.dot?y:w}).)*?)`,H=e.dot?"":b,S=e.dot?R:G;let x=!0===e.bash?v(e):N;e.capture&&(x=`(${x})`),"boolean"==typeof e.noext&&(e.noextglob=e.noext);const P={input:B,index:-1,start:0,dot:!0===e.dot,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:p};B=r.removePrefix(B,P),f=B.length;const M=[],k=[],U=[];let J,_=h;const Q=()=>P.index===f-1,Y=P.peek=(t=1)=>B[P.index+t],K=P.advance=()=>B[++P.index]||"",q=()=>B.slice(P.index+1),W=(B="",t=0)=>{P.consumed+=B,P.index+=t},V=B=>{P.output+=null!=B.output?B.output:B.value,W(B.value)},j=()=>{let B=1;for(;"!"===Y()&&("("!==Y(2)||"?"===Y(3));)K(),P.start++,B++;return B%2!=0&&(P.negated=!0,P.start++,!0)},z=B=>{P[B]++,U.push(B)},Z=B=>{P[B]--,U.pop()},X=B=>{if("globstar"===_.type){const t=P.braces>0&&("comma"===B.type||"brace"===B.type),e=!0===B.extglob||M.length&&("pipe"===B.type||"paren"===B.type);"slash"===B.type||"paren"===B.type||t||e||(P.output=P.output.slice(0,-_.output.length),_.type="star",_.value="*",_.output=x,P.output+=_.output)}if(M.length&&"paren"!==B.type&&(M[M.length-1].inner+=B.value),(B.value||B.output)&&V(B),_&&"text"===_.type&&"text"===B.type)return _.output=(_.output||_.value)+B.value,void(_.value+=B.value);B.prev=_,p.push(B),_=B},$=(B,t)=>{const n={...d[t],conditions:1,inner:""};n.prev=_,n.parens=P.parens,n.output=P.output,n.startIndex=P.index,n.tokensIndex=p.length;const r=(e.capture?"(":"")+n.open;z("parens"),X({type:B,value:t,output:P.output?"":F}),X({type:"paren",extglob:!0,value:K(),output:r}),M.push(n)},BB=n=>{const s=B.slice(n.startIndex,P.index+1),i=B.slice(n.startIndex+2,P.index),C=E(i,e);if(("plus"===n.type||"star"===n.type)&&C.risky){const B=C.safeOutput?(n.output?"":F)+(e.capture?`(${C.safeOutput})`:C.safeOutput):void 0,t=p[n.tokensIndex];t.type="text",t.value=s,t.output=B||r.escapeRegex(s);for(let B=n.tokensIndex+1;B<p.length;B++)p[B].value="",p[B].output="",delete p[B].suffix;return P.output=n.output+t.output,P.backtrack=!0,X({type:"paren",extglob:!0,value:J,output:""}),void Z("parens")}let o,a=n.close+(e.capture?")":"");if("negate"===n.type){let B=x;if(n.inner&&n.inner.length>1&&n.inner.includes("/")&&(B=v(e)),(B!==x||Q()||/^\)+$/.test(q()))&&(a=n.close=`)$))${B}`),n.inner.includes("*")&&(o=q())&&/^\.[^\\/.]+$/.test(o)){const e=D(o,{...t,fastpaths:!1}).output;a=n.close=`)${e})${B})`}"bos"===n.prev.type&&(P.negatedExtglob=!0)}X({type:"paren",extglob:!0,value:J,output:a}),Z("parens")};if(!1!==e.fastpaths&&!/(^[*!]|[/()[\]{}"])/.test(B)){let n=!1,s=B.replace(o,(B,t,e,r,s,i)=>"\\"===r?(n=!0,B):"?"===r?t?t+r+(s?R.repeat(s.length):""):0===i?S+(s?R.repeat(s.length):""):R.repeat(e.length):"."===r?w.repeat(e.length):"*"===r?t?t+r+(s?x:""):x:t?B:`\\${B}`);return!0===n&&(s=!0===e.unescape?s.replace(/\\/g,""):s.replace(/\\+/g,B=>B.length%2==0?"\\\\":B?"\\":"")),s===B&&!0===e.contains?(P.output=B,P):(P.output=r.wrapOutput(s,P,t),P)}for(;!Q();){if(J=K(),"\0"===J)continue;if("\\"===J){const B=Y();if("/"===B&&!0!==e.bash)continue;if("."===B||";"===B)continue;if(!B){J+="\\",X({type:"text",value:J});continue}const t=/^\\+/.exec(q());let n=0;if(t&&t[0].length>2&&(n=t[0].length,P.index+=n,n%2!=0&&(J+="\\")),!0===e.unescape?J=K():J+=K(),0===P.brackets){X({type:"text",value:J});continue}}if(P.brackets>0&&("]"!==J||"["===_.value||"[^"===_.value)){if(!1!==e.posix&&":"===J){const B=_.value.slice(1);if(B.includes("[")&&(_.posix=!0,B.includes(":"))){const B=_.value.lastIndexOf("["),t=_.value.slice(0,B),e=_.value.slice(B+2),n=i[e];if(n){_.value=t+n,P.backtrack=!0,K(),h.output||1!==p.indexOf(_)||(h.output=F);continue}}}("["===J&&":"!==Y()||"-"===J&&"]"===Y())&&(J=`\\${J}`),"]"!==J||"["!==_.value&&"[^"!==_.value||(J=`\\${J}`),!0===e.posix&&"!"===J&&"["===_.value&&(J="^"),_.value+=J,V({value:J});continue}if(1===P.quotes&&'"'!==J){J=r.escapeRegex(J),_.value+=J,V({value:J});continue}if('"'===J){P.quotes=1===P.quotes?0:1,!0===e.keepQuotes&&X({type:"text",value:J});continue}if("("===J){z("parens"),X({type:"paren",value:J});continue}if(")"===J){if(0===P.parens&&!0===e.strictBrackets)throw new SyntaxError(l("opening","("));const B=M[M.length-1];if(B&&P.parens===B.parens+1){BB(M.pop());continue}X({type:"paren",value:J,output:P.parens?")":"\\)"}),Z("parens");continue}if("["===J){if(!0!==e.nobracket&&q().includes("]"))z("brackets");else{if(!0!==e.nobracket&&!0===e.strictBrackets)throw new SyntaxError(l("closing","]"));J=`\\${J}`}X({type:"bracket",value:J});continue}if("]"===J){if(!0===e.nobracket||_&&"bracket"===_.type&&1===_.value.length){X({type:"text",value:J,output:`\\${J}`});continue}if(0===P.brackets){if(!0===e.strictBrackets)throw new SyntaxError(l("opening","["));X({type:"text",value:J,output:`\\${J}`});continue}Z("brackets");const B=_.value.slice(1);if(!0===_.posix||"^"!==B[0]||B.includes("/")||(J=`/${J}`),_.value+=J,V({value:J}),!1===e.literalBrackets||r.hasRegexChars(B))continue;const t=r.escapeRegex(_.value);if(P.output=P.output.slice(0,-_.value.length),!0===e.literalBrackets){P.output+=t,_.value=t;continue}_.value=`(${g}${t}|${_.value})`,P.output+=_.value;continue}if("{"===J&&!0!==e.nobrace){z("braces");const B={type:"brace",value:J,output:"(",outputIndex:P.output.length,tokensIndex:P.tokens.length};k.push(B),X(B);continue}if("}"===J){const B=k[k.length-1];if(!0===e.nobrace||!B){X({type:"text",value:J,output:J});continue}let t=")";if(!0===B.dots){const B=p.slice(),n=[];for(let t=B.length-1;t>=0&&(p.pop(),"brace"!==B[t].type);t--)"dots"!==B[t].type&&n.unshift(B[t].value);t=u(n,e),P.backtrack=!0}if(!0!==B.comma&&!0!==B.dots){const e=P.output.slice(0,B.outputIndex),n=P.tokens.slice(B.tokensIndex);B.value=B.output="\\{",J=t="\\}",P.output=e;for(const B of n)P.output+=B.output||B.value}X({type:"brace",value:J,output:t}),Z("braces"),k.pop();continue}if("|"===J){M.length>0&&M[M.length-1].conditions++,X({type:"text",value:J});continue}if(","===J){let B=J;const t=k[k.length-1];t&&"braces"===U[U.length-1]&&(t.comma=!0,B="|"),X({type:"comma",value:J,output:B});continue}if("/"===J){if("dot"===_.type&&P.index===P.start+1){P.start=P.index+1,P.consumed="",P.output="",p.pop(),_=h;continue}X({type:"slash",value:J,output:m});continue}if("."===J){if(P.braces>0&&"dot"===_.type){"."===_.value&&(_.output=w);const B=k[k.length-1];_.type="dots",_.output+=J,_.value+=J,B.dots=!0;continue}if(P.braces+P.parens===0&&"bos"!==_.type&&"slash"!==_.type){X({type:"text",value:J,output:w});continue}X({type:"dot",value:J,output:w});continue}if("?"===J){if(!(_&&"("===_.value)&&!0!==e.noextglob&&"("===Y()&&"?"!==Y(2)){$("qmark",J);continue}if(_&&"paren"===_.type){const B=Y();let t=J;("("===_.value&&!/[!=<:]/.test(B)||"<"===B&&!/<([!=]|\w+>)/.test(q()))&&(t=`\\${J}`),X({type:"text",value:J,output:t});continue}if(!0!==e.dot&&("slash"===_.type||"bos"===_.type)){X({type:"qmark",value:J,output:G});continue}X({type:"qmark",value:J,output:R});continue}if("!"===J){if(!0!==e.noextglob&&"("===Y()&&("?"!==Y(2)||!/[!=<:]/.test(Y(3)))){$("negate",J);continue}if(!0!==e.nonegate&&0===P.index){j();continue}}if("+"===J){if(!0!==e.noextglob&&"("===Y()&&"?"!==Y(2)){$("plus",J);continue}if(_&&"("===_.value||!1===e.regex){X({type:"plus",value:J,output:I});continue}if(_&&("bracket"===_.type||"paren"===_.type||"brace"===_.type)||P.parens>0){X({type:"plus",value:J});continue}X({type:"plus",value:I});continue}if("@"===J){if(!0!==e.noextglob&&"("===Y()&&"?"!==Y(2)){X({type:"at",extglob:!0,value:J,output:""});continue}X({type:"text",value:J});continue}if("*"!==J){"$"!==J&&"^"!==J||(J=`\\${J}`);const B=C.exec(q());B&&(J+=B[0],P.index+=B[0].length),X({type:"text",value:J});continue}if(_&&("globstar"===_.type||!0===_.star)){_.type="star",_.star=!0,_.value+=J,_.output=x,P.backtrack=!0,P.globstar=!0,W(J);continue}let t=q();if(!0!==e.noextglob&&/^\([^?]/.test(t)){$("star",J);continue}if("star"===_.type){if(!0===e.noglobstar){W(J);continue}const n=_.prev,r=n.prev,s="slash"===n.type||"bos"===n.type,i=r&&("star"===r.type||"globstar"===r.type);if(!0===e.bash&&(!s||t[0]&&"/"!==t[0])){X({type:"star",value:J,output:""});continue}const C=P.braces>0&&("comma"===n.type||"brace"===n.type),o=M.length&&("pipe"===n.type||"paren"===n.type);if(!s&&"paren"!==n.type&&!C&&!o){X({type:"star",value:J,output:""});continue}for(;"/**"===t.slice(0,3);){const e=B[P.index+4];if(e&&"/"!==e)break;t=t.slice(3),W("/**",3)}const a=Q()||P.parens>0&&t===")".repeat(P.parens)&&!M.some(B=>"negate"===B.type);if("bos"===n.type&&Q()){_.type="globstar",_.value+=J,_.output=v(e),P.output=_.output,P.globstar=!0,W(J);continue}if("slash"===n.type&&"bos"!==n.prev.type&&!i&&a){P.output=P.output.slice(0,-(n.output+_.output).length),n.output=`(?:${n.output}`,_.type="globstar",_.output=v(e)+(e.strictSlashes?")":"|$)"),_.value+=J,P.globstar=!0,P.output+=n.output+_.output,W(J);continue}if("slash"===n.type&&"bos"!==n.prev.type&&"/"===t[0]){const B=void 0!==t[1]?"|$":"";P.output=P.output.slice(0,-(n.output+_.output).length),n.output=`(?:${n.output}`,_.type="globstar",_.output=`${v(e)}${m}|${m}${B})`,_.value+=J,P.output+=n.output+_.output,P.globstar=!0,W(J+K()),X({type:"slash",value:"/",output:""});continue}if("bos"===n.type&&"/"===t[0]){_.type="globstar",_.value+=J,_.output=`(?:^|${m}|${v(e)}${m})`,P.output=_.output,P.globstar=!0,W(J+K()),X({type:"slash",value:"/",output:""});continue}P.output=P.output.slice(0,-_.output.length),_.type="globstar",_.output=v(e),_.value+=J,P.output+=_.output,P.globstar=!0,W(J);continue}const n={type:"star",value:J,output:x};!0!==e.bash?!_||"bracket"!==_.type&&"paren"!==_.type||!0!==e.regex?(P.index!==P.start&&"slash"!==_.type&&"dot"!==_.type||("dot"===_.type?(P.output+=O,_.output+=O):!0===e.dot?(P.output+=L,_.output+=L):(P.output+=H,_.output+=H),"*"!==Y()&&(P.output+=F,_.output+=F)),X(n)):(n.output=J,X(n)):(n.output=".*?","bos"!==_.type&&"slash"!==_.type||(n.output=H+n.output),X(n))}for(;P.brackets>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing","]"));P.output=r.escapeLast(P.output,"["),Z("brackets")}for(;P.parens>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing",")"));P.output=r.escapeLast(P.output,"("),Z("parens")}for(;P.braces>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing","}"));P.output=r.escapeLast(P.output,"{"),Z("braces")}if(!0===e.strictSlashes||"star"!==_.type&&"bracket"!==_.type||X({type:"maybe_slash",value:"",output:`${m}?`}),!0===P.backtrack){P.output="";for(const B of P.tokens)P.output+=null!=B.output?B.output:B.value,B.suffix&&(P.output+=B.suffix)}return P};D.fastpaths=(B,t)=>{const e={...t},i="number"==typeof e.maxLength?Math.min(s,e.maxLength):s,C=B.length;if(C>i)throw new SyntaxError(`Input length: ${C}, exceeds maximum allowed length: ${i}`);B=a[B]||B;const{DOT_LITERAL:o,SLASH_LITERAL:u,ONE_CHAR:l,DOTS_SLASH:c,NO_DOT:f,NO_DOTS:h,NO_DOTS_SLASH:p,STAR:g,START_ANCHOR:E}=n.globChars(e.windows),D=e.dot?h:f,A=e.dot?p:f,d=e.capture?"":"?:";let w=!0===e.bash?".*?":g;e.capture&&(w=`(${w})`);const I=B=>!0===B.noglobstar?w:`(${d}(?:(?!${E}${B.dot?c:o}).)*?)`,m=B=>{switch(B){case"*":return`${D}${l}${w}`;case".*":return`${o}${l}${w}`;case"*.*":return`${D}${w}${o}${l}${w}`;case"*/*":return`${D}${w}${u}${l}${A}${w}`;case"**":return D+I(e);case"**/*":return`(?:${D}${I(e)}${u})?${A}${l}${w}`;case"**/*.*":return`(?:${D}${I(e)}${u})?${A}${w}${o}${l}${w}`;case"**/.*":return`(?:${D}${I(e)}${u})?${o}${l}${w}`;default:{const t=/^(.*?)\.(\w+)$/.exec(B);if(!t)return;const e=m(t[1]);if(!e)return;return e+o+t[2]}}},F=r.removePrefix(B,{negated:!1,prefix:""});let y=m(F);return y&&!0!==e.strictSlashes&&(y+=`${u}?`),y},B.exports=D},98016:(B,t,e)=>{const n=e(31781),r=e(78265),s=e(64059),i=e(5595),C=(B,t,e=!1)=>{if(Array.isArray(B)){const n=B.map(B=>C(B,t,e)),r=B=>{for(const t of n){const e=t(B);if(e)return e}return!1};return r}const n=(r=B)&&"object"==typeof r&&!Array.isArray(r)&&B.tokens&&B.input;var r;if(""===B||"string"!=typeof B&&!n)throw new TypeError("Expected pattern to be a non-empty string");const s=t||{},i=s.windows,o=n?C.compileRe(B,t):C.makeRe(B,t,!1,!0),a=o.state;delete o.state;let u=()=>!1;if(s.ignore){const B={...t,ignore:null,onMatch:null,onResult:null};u=C(s.ignore,B,e)}const l=(e,n=!1)=>{const{isMatch:r,match:l,output:c}=C.test(e,o,t,{glob:B,posix:i}),f={glob:B,state:a,regex:o,posix:i,input:e,output:c,match:l,isMatch:r};return"function"==typeof s.onResult&&s.onResult(f),!1===r?(f.isMatch=!1,!!n&&f):u(e)?("function"==typeof s.onIgnore&&s.onIgnore(f),f.isMatch=!1,!!n&&f):("function"==typeof s.onMatch&&s.onMatch(f),!n||f)};return e&&(l.state=a),l};C.test=(B,t,e,{glob:n,posix:r}={})=>{if("string"!=typeof B)throw new TypeError("Expected input to be a string");if(""===B)return{isMatch:!1,output:""};const i=e||{},o=i.format||(r?s.toPosixSlashes:null);let a=B===n,u=a&&o?o(B):B;return!1===a&&(u=o?o(B):B,a=u===n),!1!==a&&!0!==i.capture||(a=!0===i.matchBase||!0===i.basename?C.matchBase(B,t,e,r):t.exec(u)),{isMatch:Boolean(a),match:a,output:u}},C.matchBase=(B,t,e,n=e&&e.windows)=>(t instanceof RegExp?t:C.makeRe(t,e)).test(s.basename(B,{windows:n})),C.isMatch=(B,t,e)=>C(t,e)(B),C.parse=(B,t)=>Array.isArray(B)?B.map(B=>C.parse(B,t)):r(B,{...t,fastpaths:!1}),C.scan=(B,t)=>n(B,t),C.compileRe=(B,t,e=!1,n=!1)=>{if(!0===e)return B.output;const r=t||{},s=r.contains?"":"^",i=r.contains?"":"$";let o=`${s}(?:${B.output})${i}`;B&&!0===B.negated&&(o=`^(?!${o}).*$`);const a=C.toRegex(o,t);return!0===n&&(a.state=B),a},C.makeRe=(B,t={},e=!1,n=!1)=>{if(!B||"string"!=typeof B)throw new TypeError("Expected a non-empty string");let s={negated:!1,fastpaths:!0};return!1===t.fastpaths||"."!==B[0]&&"*"!==B[0]||(s.output=r.fastpaths(B,t)),s.output||(s=r(B,t)),C.compileRe(s,t,e,n)},C.toRegex=(B,t)=>{try{const e=t||{};return new RegExp(B,e.flags||(e.nocase?"i":""))}catch(B){if(t&&!0===t.debug)throw B;return/$^/}},C.constants=i,B.exports=C},31781:(B,t,e)=>{const n=e(64059),{CHAR_ASTERISK:r,CHAR_AT:s,CHAR_BACKWARD_SLASH:i,CHAR_COMMA:C,CHAR_DOT:o,CHAR_EXCLAMATION_MARK:a,CHAR_FORWARD_SLASH:u,CHAR_LEFT_CURLY_BRACE:l,CHAR_LEFT_PARENTHESES:c,CHAR_LEFT_SQUARE_BRACKET:f,CHAR_PLUS:h,CHAR_QUESTION_MARK:p,CHAR_RIGHT_CURLY_BRACE:g,CHAR_RIGHT_PARENTHESES:E,CHAR_RIGHT_SQUARE_BRACKET:D}=e(5595),A=B=>B===u||B===i,d=B=>{!0!==B.isPrefix&&(B.depth=B.isGlobstar?1/0:1)};B.exports=(B,t)=>{const e=t||{},w=B.length-1,I=!0===e.parts||!0===e.tokens||!0===e.scanToEnd,m=[],F=[],y=[];let b,O,L=B,R=-1,G=0,N=0,T=!1,v=!1,H=!1,S=!1,x=!1,P=!1,M=!1,k=!1,U=!1,J=!1,_=0,Q={value:"",depth:0,isGlob:!1};const Y=()=>R>=w,K=()=>L.charCodeAt(R+1),q=()=>(b=O,L.charCodeAt(++R));for(;R<w;){let B;if(O=q(),O!==i){if(!0===P||O===l){for(_++;!0!==Y()&&(O=q());)if(O!==i)if(O!==l){if(!0!==P&&O===o&&(O=q())===o){if(T=Q.isBrace=!0,H=Q.isGlob=!0,J=!0,!0===I)continue;break}if(!0!==P&&O===C){if(T=Q.isBrace=!0,H=Q.isGlob=!0,J=!0,!0===I)continue;break}if(O===g&&(_--,0===_)){P=!1,T=Q.isBrace=!0,J=!0;break}}else _++;else M=Q.backslashes=!0,q();if(!0===I)continue;break}if(O!==u){if(!0!==e.noext){if(!0===(O===h||O===s||O===r||O===p||O===a)&&K()===c){if(H=Q.isGlob=!0,S=Q.isExtglob=!0,J=!0,O===a&&R===G&&(U=!0),!0===I){let B=0;for(;!0!==Y()&&(O=q());)if(O!==i)if(O!==c){if(O===E&&0===--B){J=!0;break}}else B++;else M=Q.backslashes=!0,q();continue}break}}if(O===r){if(b===r&&(x=Q.isGlobstar=!0),H=Q.isGlob=!0,J=!0,!0===I)continue;break}if(O===p){if(H=Q.isGlob=!0,J=!0,!0===I)continue;break}if(O===f){for(;!0!==Y()&&(B=q());)if(B!==i){if(B===D){v=Q.isBracket=!0,H=Q.isGlob=!0,J=!0;break}}else M=Q.backslashes=!0,q();if(!0===I)continue;break}if(!0===e.nonegate||O!==a||R!==G){if(!0!==e.noparen&&O===c){if(H=Q.isGlob=!0,!0===I){let B=1;for(;!0!==Y()&&(O=q());)if(O!==i)if(O!==c){if(O===E&&0===--B){J=!0;break}}else B++;else M=Q.backslashes=!0,q();continue}break}if(!0===H){if(J=!0,!0===I)continue;break}}else k=Q.negated=!0,G++}else{if(m.push(R),F.push(Q),Q={value:"",depth:0,isGlob:!1},!0===J)continue;if(b===o&&R===G+1){G+=2;continue}N=R+1}}else M=Q.backslashes=!0,O=q(),O===l&&(P=!0)}!0===e.noext&&(S=!1,H=!1);let W=L,V="",j="";G>0&&(V=L.slice(0,G),L=L.slice(G),N-=G),W&&!0===H&&N>0?(W=L.slice(0,N),j=L.slice(N)):!0===H?(W="",j=L):W=L,W&&""!==W&&"/"!==W&&W!==L&&A(W.charCodeAt(W.length-1))&&(W=W.slice(0,-1)),!0===e.unescape&&(j&&(j=n.removeBackslashes(j)),W&&!0===M&&(W=n.removeBackslashes(W)));const z={prefix:V,input:B,start:G,base:W,glob:j,isBrace:T,isBracket:v,isGlob:H,isExtglob:S,isGlobstar:x,negated:k,negatedExtglob:U};if(!0===e.tokens&&(z.maxDepth=0,A(O)||F.push(Q),z.tokens=F),!0===e.parts||!0===e.tokens){let t;for(let n=0;n<m.length;n++){const r=void 0!==t?t+1:G,s=m[n],i=B.slice(r,s);e.tokens&&(0===n&&0!==G?(F[n].isPrefix=!0,F[n].value=V):F[n].value=i,d(F[n]),z.maxDepth+=F[n].depth),s>=G&&(y.push(i),t=s)}const n=void 0!==t?t+1:G,r=B.slice(n);y.push(r),e.tokens&&t&&t+1<B.length&&(F[F.length-1].value=r,d(F[F.length-1]),z.maxDepth+=F[F.length-1].depth),z.slashes=m,z.parts=y}return z}},64059:(B,t,e)=>{const{REGEX_BACKSLASH:n,REGEX_REMOVE_BACKSLASH:r,REGEX_SPECIAL_CHARS:s,REGEX_SPECIAL_CHARS_GLOBAL:i}=e(5595);t.isObject=B=>null!==B&&"object"==typeof B&&!Array.isArray(B),t.hasRegexChars=B=>s.test(B),t.isRegexChar=B=>1===B.length&&t.hasRegexChars(B),t.escapeRegex=B=>B.replace(i,"\\$1"),t.toPosixSlashes=B=>B.replace(n,"/"),t.isWindows=()=>{if("undefined"!=typeof navigator&&navigator.platform){const B=navigator.platform.toLowerCase();return"win32"===B||"windows"===B}return!("undefined"==typeof process||!process.platform)&&"win32"===process.platform},t.removeBackslashes=B=>B.replace(r,B=>"\\"===B?"":B),t.escapeLast=(B,e,n)=>{const r=B.lastIndexOf(e,n);return-1===r?B:"\\"===B[r-1]?t.escapeLast(B,e,r-1):`${B.slice(0,r)}\\${B.slice(r)}`},t.removePrefix=(B,t={})=>{let e=B;return e.startsWith("./")&&(e=e.slice(2),t.prefix="./"),e},t.wrapOutput=(B,t={},e={})=>{let n=`${e.contains?"":"^"}(?:${B})${e.contains?"":"$"}`;return!0===t.negated&&(n=`(?:^(?!${n}).*$)`),n},t.basename=(B,{windows:t}={})=>{const e=B.split(t?/[\\/]/:"/"),n=e[e.length-1];return""===n?e[e.length-2]:n}},20138:(B,t,e)=>{e.d(t,{Vm:()=>_B});const n=4096,r=new Uint32Array([0,1,3,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767,65535,131071,262143,524287,1048575,2097151,4194303,8388607,16777215]);class s{constructor(B){this.buf_=new Uint8Array(8224),this.input_=B,this.buf_ptr_=0,this.val_=0,this.pos_=0,this.bit_pos_=0,this.bit_end_pos_=0,this.eos_=0,this.reset()}static READ_SIZE=n;static IBUF_MASK=8191;reset(){this.buf_ptr_=0,this.val_=0,this.pos_=0,this.bit_pos_=0,this.bit_end_pos_=0,this.eos_=0,this.readMoreInput();for(let B=0;B<4;B++)this.val_|=this.buf_[this.pos_]<<8*B,this.pos_++;return this.bit_end_pos_>0}readMoreInput(){if(this.bit_end_pos_>256);else if(this.eos_){if(this.bit_pos_>this.bit_end_pos_)throw new Error("Unexpected end of input "+this.bit_pos_+" "+this.bit_end_pos_)}else{const B=this.buf_ptr_,t=this.input_.read(this.buf_,B,n);if(t<0)throw new Error("Unexpected end of input");if(t<n){this.eos_=1;for(let e=0;e<32;e++)this.buf_[B+t+e]=0}if(0===B){for(let B=0;B<32;B++)this.buf_[8192+B]=this.buf_[B];this.buf_ptr_=n}else this.buf_ptr_=0;this.bit_end_pos_+=t<<3}}fillBitWindow(){for(;this.bit_pos_>=8;)this.val_>>>=8,this.val_|=this.buf_[8191&this.pos_]<<24,this.pos_++,this.bit_pos_=this.bit_pos_-8>>>0,this.bit_end_pos_=this.bit_end_pos_-8>>>0}readBits(B){32-this.bit_pos_<B&&this.fillBitWindow();const t=this.val_>>>this.bit_pos_&r[B];return this.bit_pos_+=B,t}}const i=new Uint8Array([1,2,3,4,0,5,17,6,16,7,8,9,10,11,12,13,14,15]),C=new Uint16Array([256,402,436,468,500,534,566,598,630,662,694,726,758,790,822,854,886,920,952,984,1016,1048,1080]);class o{constructor(B,t){this.bits=B,this.value=t}}const a=15;function u(B,t){let e=1<<t-1;for(;B&e;)e>>=1;return(B&e-1)+e}function l(B,t,e,n,r){do{B[t+(n-=e)]=new o(r.bits,r.value)}while(n>0)}function c(B,t,e){let n=1<<t-e;for(;t<a&&(n-=B[t],!(n<=0));)++t,n<<=1;return t-e}function f(B,t,e,n,r){const s=t,i=new Int32Array(16),C=new Int32Array(16),f=new Int32Array(r);for(let B=0;B<r;B++)i[n[B]]++;C[1]=0;for(let B=1;B<a;B++)C[B+1]=C[B]+i[B];for(let B=0;B<r;B++)0!==n[B]&&(f[C[n[B]]++]=B);let h=e,p=1<<h,g=p;if(1===C[15]){for(let e=0;e<g;++e)B[t+e]=new o(0,65535&f[0]);return g}let E=0,D=0;for(let n=1,r=2;n<=e;++n,r<<=1)for(;i[n]>0;--i[n]){l(B,t+E,r,p,new o(255&n,65535&f[D++])),E=u(E,n)}const A=g-1;let d=-1;for(let n=e+1,r=2;n<=a;++n,r<<=1)for(;i[n]>0;--i[n]){(E&A)!==d&&(t+=p,h=c(i,n,e),p=1<<h,g+=p,d=E&A,B[s+d]=new o(h+e&255,t-s-d&65535));l(B,t+(E>>e),r,p,new o(n-e&255,65535&f[D++])),E=u(E,n)}return g}function h(B,t,e,n){const r=new Uint8Array(B);n.readMoreInput();const s=n.readBits(2);if(1===s){let t=B-1,e=0;const s=new Int32Array(4),i=n.readBits(2)+1;for(;t;)t>>=1,e++;for(let t=0;t<i;t++)s[t]=n.readBits(e)%B,r[s[t]]=2;switch(r[s[0]]=1,i){case 1:break;case 3:if(s[0]===s[1]||s[0]===s[2]||s[1]===s[2])throw new Error("[ReadHuffmanCode] invalid symbols");break;case 2:if(s[0]===s[1])throw new Error("[ReadHuffmanCode] invalid symbols");r[s[1]]=1;break;case 4:if(s[0]===s[1]||s[0]===s[2]||s[0]===s[3]||s[1]===s[2]||s[1]===s[3]||s[2]===s[3])throw new Error("[ReadHuffmanCode] invalid symbols");n.readBits(1)?(r[s[2]]=3,r[s[3]]=3):r[s[0]]=2}}else{const t=new Uint8Array(18);let e=32,C=0;const a=[new o(2,0),new o(2,4),new o(2,3),new o(3,2),new o(2,0),new o(2,4),new o(2,3),new o(4,1),new o(2,0),new o(2,4),new o(2,3),new o(3,2),new o(2,0),new o(2,4),new o(2,3),new o(4,5)];for(let B=s;B<18&&e>0;B++){const r=i[B];let s=0;n.fillBitWindow(),s+=n.val_>>>n.bit_pos_&15,n.bit_pos_+=a[s].bits;const o=a[s].value;t[r]=o,0!==o&&(e-=32>>o,C++)}if(1!==C&&0!==e)throw new Error("[ReadHuffmanCode] invalid num_codes or space");!function(B,t,e,n){let r=0,s=8,i=0,C=0,a=32768;const u=[];for(let B=0;B<32;B++)u.push(new o(0,0));f(u,0,5,B,18);for(;r<t&&a>0;){let B=0;n.readMoreInput(),n.fillBitWindow(),B+=n.val_>>>n.bit_pos_&31,n.bit_pos_+=u[B].bits;const o=255&u[B].value;if(o<16)i=0,e[r++]=o,0!==o&&(s=o,a-=32768>>o);else{const B=o-14;let u=0;16===o&&(u=s),C!==u&&(i=0,C=u);const l=i;i>0&&(i-=2,i<<=B),i+=n.readBits(B)+3;const c=i-l;if(r+c>t)throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols");for(let B=0;B<c;B++)e[r+B]=C;r+=c,0!==C&&(a-=c<<15-C)}}if(0!==a)throw new Error("[ReadHuffmanCodeLengths] space = "+a);for(;r<t;r++)e[r]=0}(t,B,r,n)}const C=f(t,e,8,r,B);if(!C)throw new Error("brotli BuildHuffmanTable failed");return C}function p(B,t,e){e.fillBitWindow();const n=B[t+=e.val_>>>e.bit_pos_&255].bits-8;return n>0&&(e.bit_pos_+=8,t+=B[t].value,t+=e.val_>>>e.bit_pos_&(1<<n)-1),e.bit_pos_+=B[t].bits,B[t].value}class g{constructor(B,t){this.alphabet_size=B,this.num_htrees=t,this.codes=new Array(t+t*C[B+31>>>5]),this.htrees=new Uint32Array(t)}decode(B){let t=0;for(let e=0;e<this.num_htrees;e++)this.htrees[e]=t,t+=h(this.alphabet_size,this.codes,t,B)}}function E([B,t]){return{offset:B,nbits:t}}const D=[[1,2],[5,2],[9,2],[13,2],[17,3],[25,3],[33,3],[41,3],[49,4],[65,4],[81,4],[97,4],[113,5],[145,5],[177,5],[209,5],[241,6],[305,6],[369,7],[497,8],[753,9],[1265,10],[2289,11],[4337,12],[8433,13],[16625,24]].map(E),A=[[0,0],[1,0],[2,0],[3,0],[4,0],[5,0],[6,1],[8,1],[10,2],[14,2],[18,3],[26,3],[34,4],[50,4],[66,5],[98,5],[130,6],[194,7],[322,8],[578,9],[1090,10],[2114,12],[6210,14],[22594,24]].map(E),d=[[2,0],[3,0],[4,0],[5,0],[6,0],[7,0],[8,0],[9,0],[10,1],[12,1],[14,2],[18,2],[22,3],[30,3],[38,4],[54,4],[70,5],[102,5],[134,6],[198,7],[326,8],[582,9],[1094,10],[2118,24]].map(E),w=[0,0,8,8,0,16,8,16,16],I=[0,8,0,8,16,0,16,8,16],m=1080,F=new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]),y=new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]);function b(B,t){const e=new Uint16Array(31);for(let n=0;n<31;n++)e[n]=t+=1<<B[n-1];const n=new Int32Array(e[30]);for(let B=1;B<30;B++)for(let t=e[B];t<e[B+1];++t)n[t]=t-e[B]<<5|B;return{base:e,rev:n}}const{base:O,rev:L}=b(F,2);O[28]=258,L[258]=28;const{base:R}=b(y,0),G=new Uint16Array(32768);for(let B=0;B<32768;B++){let t=(43690&B)>>1|(21845&B)<<1;t=(52428&t)>>2|(13107&t)<<2,t=(61680&t)>>4|(3855&t)<<4,G[B]=((65280&t)>>8|(255&t)<<8)>>1}function N(B,t,e){const n=new Uint16Array(t);for(let t=0;t<B.length;t++)B[t]&&++n[B[t]-1];const r=new Uint16Array(t);for(let B=1;B<t;B++)r[B]=r[B-1]+n[B-1]<<1;let s;if(e){s=new Uint16Array(1<<t);const e=15-t;for(let n=0;n<B.length;n++)if(B[n]){const i=n<<4|B[n],C=t-B[n];let o=r[B[n]-1]++<<C;for(const B=o|(1<<C)-1;o<=B;o++)s[G[o]>>e]=i}}else{s=new Uint16Array(B.length);for(let t=0;t<B.length;t++)B[t]&&(s[t]=G[r[B[t]-1]++]>>15-B[t])}return s}const T=new Uint8Array(288);for(let B=0;B<144;B++)T[B]=8;for(let B=144;B<256;B++)T[B]=9;for(let B=256;B<280;B++)T[B]=7;for(let B=280;B<288;B++)T[B]=8;const v=new Uint8Array(32);for(let B=0;B<32;B++)v[B]=5;const H=N(T,9,1),S=N(v,5,1);function x(B,t,e,n,r,s,i){const C=2*e,o=e,a=p(t,e*m,i);let u;u=0===a?r[C+(1&s[o])]:1===a?r[C+(s[o]-1&1)]+1:a-2,u>=B&&(u-=B),n[e]=u,r[C+(1&s[o])]=u,s[o]++}function P(B){const t={meta_block_length:0,input_end:0,is_uncompressed:0,is_metadata:!1};if(t.input_end=B.readBits(1),t.input_end&&B.readBits(1))return t;const e=B.readBits(2)+4;if(7===e){if(t.is_metadata=!0,0!==B.readBits(1))throw new Error("Invalid reserved bit");const e=B.readBits(2);if(0===e)return t;for(let n=0;n<e;n++){const r=B.readBits(8);if(n+1===e&&e>1&&0===r)throw new Error("Invalid size byte");t.meta_block_length|=r<<8*n}}else for(let n=0;n<e;n++){const r=B.readBits(4);if(n+1===e&&e>4&&0===r)throw new Error("Invalid size nibble");t.meta_block_length|=r<<4*n}return t.meta_block_length++,t.input_end||t.is_metadata||(t.is_uncompressed=B.readBits(1)),t}function M(B,t,e,n,r,i){const C=r+1;let o=e&r,a=i.pos_&s.IBUF_MASK;if(t<8||i.bit_pos_+(t<<3)<i.bit_end_pos_){for(;t-- >0;)i.readMoreInput(),n[o++]=i.readBits(8),o===C&&(B.write(n,C),o=0);return}if(i.bit_end_pos_<32)throw new Error("copyUncompressedBlockToOutput: br.bit_end_pos_ < 32");for(;i.bit_pos_<32;)n[o]=i.val_>>>i.bit_pos_,i.bit_pos_+=8,o++,t--;let u=i.bit_end_pos_-i.bit_pos_>>3;if(a+u>s.IBUF_MASK){const B=s.IBUF_MASK+1-a;for(let t=0;t<B;t++)n[o+t]=i.buf_[a+t];u-=B,o+=B,t-=B,a=0}for(let B=0;B<u;B++)n[o+B]=i.buf_[a+B];if(o+=u,t-=u,o>=C){B.write(n,C),o-=C;for(let B=0;B<o;B++)n[B]=n[C+B]}for(;o+t>=C;){if(u=C-o,i.input_.read(n,o,u)<u)throw new Error("copyUncompressedBlockToOutput: not enough bytes");B.write(n,C),t-=u,o=0}if(i.input_.read(n,o,t)<t)throw new Error("copyUncompressedBlockToOutput: not enough bytes");i.reset()}function k(B){if(B.readBits(1)){const t=B.readBits(3);return 0===t?1:B.readBits(t)+(1<<t)}return 0}function U(B){const t=B.bit_pos_+7&-8;return!B.readBits(t-B.bit_pos_)}function J(B,t,e){const n=p(B,t,e),{offset:r,nbits:s}=D[n];return r+e.readBits(s)}const _=new Uint8Array([0,0,0,0,0,0,0,0,0,4,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,12,16,12,12,20,12,16,24,28,12,12,32,12,36,12,44,44,44,44,44,44,44,44,44,44,32,32,24,40,28,12,12,48,52,52,52,48,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,24,12,28,12,12,12,56,60,60,60,56,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,24,12,28,12,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,56,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,8,8,8,8,9,9,9,9,10,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,15,15,15,15,16,16,16,16,17,17,17,17,18,18,18,18,19,19,19,19,20,20,20,20,21,21,21,21,22,22,22,22,23,23,23,23,24,24,24,24,25,25,25,25,26,26,26,26,27,27,27,27,28,28,28,28,29,29,29,29,30,30,30,30,31,31,31,31,32,32,32,32,33,33,33,33,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,38,38,38,38,39,39,39,39,40,40,40,40,41,41,41,41,42,42,42,42,43,43,43,43,44,44,44,44,45,45,45,45,46,46,46,46,47,47,47,47,48,48,48,48,49,49,49,49,50,50,50,50,51,51,51,51,52,52,52,52,53,53,53,53,54,54,54,54,55,55,55,55,56,56,56,56,57,57,57,57,58,58,58,58,59,59,59,59,60,60,60,60,61,61,61,61,62,62,62,62,63,63,63,63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]),Q=new Uint16Array([1024,1536,1280,1536,0,256,768,512]);function Y(B,t){let e=0;t.readMoreInput();const n=k(t)+1,r=new Uint8Array(B);if(n<=1)return[n,r];t.readBits(1)&&(e=t.readBits(4)+1);const s=[];for(let B=0;B<m;B++)s[B]=new o(0,0);h(n+e,s,0,t);for(let n=0;n<B;){t.readMoreInput();const i=p(s,0,t);if(0===i)r[n]=0,n++;else if(i<=e){let e=1+(1<<i)+t.readBits(i);for(;--e;){if(n>=B)throw new Error("[DecodeContextMap] i >= context_map_size");r[n]=0,n++}}else r[n]=i-e,n++}return t.readBits(1)&&function(B,t){const e=new Uint8Array(256);for(let B=0;B<256;B++)e[B]=B;for(let n=0;n<t;n++){const t=B[n];B[n]=e[t],t&&K(e,t)}}(r,B),[n,r]}function K(B,t){const e=B[t];for(let e=t;e;e--)B[e]=B[e-1];B[0]=e}class q{constructor(B){this.buffer=B,this.pos=0}read(B,t,e){this.pos+e>this.buffer.length&&(e=this.buffer.length-this.pos);for(let n=0;n<e;n++)B[t+n]=this.buffer[this.pos+n];return this.pos+=e,e}}class W{constructor(B){this.buffer=B,this.pos=0}write(B,t){if(this.pos+t>this.buffer.length)throw new Error("brotli output buffer is not large enough");return this.buffer.set(B.subarray(0,t),this.pos),this.pos+=t,t}}const V=new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);function j(B,t,e){const n=t/8|0;return(B[n]|B[n+1]<<8)>>(7&t)&e}function z(B,t){const e=t/8|0;return(B[e]|B[e+1]<<8|B[e+2]<<16)>>(7&t)}function Z(B){return(B+7)/8|0}function X(B,t,e=0,n=0){let r=t??new Uint8Array(1024);if(!(B.length-e))return r;const s=function(B,t){if(31!==B[t++]||139!==B[t++]||8!==B[t++])return 0;const e=B[t++];t+=6,4&e&&(t+=2+(B[t+10]|B[t+11]<<8));for(let n=(e>>3&1)+(e>>4&1);n>0;n-=Number(!B[t++]));return t+(2&e)}(B,e);if(s===B.length-8)return r;if(s>B.length-8)throw new Error("unexpected EOF");let i,C,o=8*s,a=0,u=0,l=0;const c=8*B.length;function f(B){if(!t&&B>r.length){const t=r;r=new Uint8Array(Math.max(2*t.length,B)),r.set(t)}}do{if(!i){a=j(B,o,1);const t=j(B,o+1,3);if(o+=3,!t){const t=Z(o)+4,e=B[t-4]|B[t-3]<<8,s=t+e;if(s>B.length)throw new Error("unexpected EOF");f(n+e),r.set(B.subarray(t,s),n),n+=e,o=8*s;continue}if(1===t)i=H,C=S,u=9,l=5;else{if(2!==t)throw new Error("invalid block type");{const t=j(B,o,31)+257,e=j(B,o+10,15)+4,n=t+j(B,o+5,31)+1;o+=14;const r=new Uint8Array(n),s=new Uint8Array(19);for(let t=0;t<e;++t)s[V[t]]=j(B,o+3*t,7);o+=3*e;const a=Math.max(...s),c=(1<<a)-1,f=N(s,a,1);for(let t=0;t<n;){const e=f[j(B,o,c)];o+=15&e;const n=e>>4;if(n<16)r[t++]=n;else{let e=0,s=0;for(16===n?(s=3+j(B,o,3),o+=2,e=r[t-1]):17===n?(s=3+j(B,o,7),o+=3):18===n&&(s=11+j(B,o,127),o+=7);s--;)r[t++]=e}}const h=r.subarray(0,t),p=r.subarray(t);u=Math.max(...h),l=Math.max(...p),i=N(h,u,1),C=N(p,l,1)}}if(o>c)throw new Error("unexpected EOF")}f(n+131072);const t=(1<<u)-1,e=(1<<l)-1;for(;;){const s=i[z(B,o)&t],a=s>>4;if(o+=15&s,o>c)throw new Error("unexpected EOF");if(!s)throw new Error("invalid length/literal");if(a<256)r[n++]=a;else{if(256===a){i=void 0;break}{let t=a-254;if(a>264){const e=a-257,n=F[e];t=j(B,o,(1<<n)-1)+O[e],o+=n}if(!C)throw new Error("invalid distance map");const s=C[z(B,o)&e],i=s>>4;if(!s)throw new Error("invalid distance");o+=15&s;let u=R[i];if(i>3){const t=y[i];u+=z(B,o)&(1<<t)-1,o+=t}if(o>c)throw new Error("unexpected EOF");const l=n+t;if(n<u)throw new Error("unexpected dictionary case");for(f(l);n<l;n++)r[n]=r[n-u]}}}i&&(a=1)}while(!a);if(n<r.length){const t=Math.ceil(o/8)+8;X(B,r,t,n)}return t?r:r.subarray(0,n)}let $;function BB(){if(!$){$=new Uint8Array(122784);const B=atob("\nH4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN\nSRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+\nUQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK\nUdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj\nqJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/\nIYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP\navw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi\nmX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993\nozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj\nWLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691\ntRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu\nDmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO\nDQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka\n5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/\nIPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG\nfvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw\n3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9\nlSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl\n00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu\nYdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e\nxrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8\n3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd\ne3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9\nXYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq\n96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+\n8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA\nVry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F\nDc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6\nbao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B\n1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX\nswB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w\nrs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef\nQad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q\n1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA\nF+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/\n7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN\nKc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm\nYl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC\n+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c\nQhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n\npn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD\n63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs\nxs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2\nHWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q\n7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA\n7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV\ngctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T\n1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi\n5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+\nmf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw\nc/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx\n/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No\nP/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At\nfLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ\nDuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj\nCNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr\n+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/\nxdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF\nfsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+\nTcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx\n07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw\nAxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg\nR2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV\nX7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC\nYD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB\nVqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm\nCnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz\nmHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6\n5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs\n7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c\nRWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR\ng5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah\nGsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5\ntvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+\n303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp\n0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu\nonuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v\nagd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA\nIRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd\ng1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV\nnoKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2\nnkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl\nxORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg\nqUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM\nZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd\n9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn\nt4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC\nUwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x\nl+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4\nATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV\nqqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae\n2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v\n0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR\nNKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK\n1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y\n+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA\nt0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe\nj34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8\nWHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ\n4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA\nDAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr\nPghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG\nlwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn\nKArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9\ncxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA\nUpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e\nRC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0\nAH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS\nxwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q\nnU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS\nkVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB\nEA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ\nOiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e\nk25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk\n/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA\ngFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i\nCSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81\nMREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1\nLMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL\n0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH\nrAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm\ngwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW\nI4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR\nfcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3\ncIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO\nG7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i\nX2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk\nMlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D\nUgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4\nUNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH\nfZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF\ngQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2\nQkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu\nQXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W\nMwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ\nKMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc\niy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY\nwRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql\nPJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT\nk5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b\nyo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6\npUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ\nIwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY\nHlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d\nz8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy\nVOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f\n1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5\niWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n\nz2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx\nauPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq\nlw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI\nRVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP\nzNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s\nRv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg\nElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu\n0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN\nQPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84\nsbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q\nkBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN\nPeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM\ngjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5\n92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn\nERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO\njalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4\nk80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371\n8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB\nciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v\nYVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg\nzBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5\nbOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP\neC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52\neGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ\neby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/\nH81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m\nlx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY\niKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU\nxchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR\nFAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij\nxYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ\nxuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R\nsl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S\nMQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX\nV16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp\nn5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402\nb74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i\nNLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY\nOXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d\nW714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p\nM1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS\n5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ\nUoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh\nDvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr\nXKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW\nNAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge\nVi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj\nUQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0\nfL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR\nXH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U\n3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O\nN6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z\nIKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL\njV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF\nxtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN\nUuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL\nLsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o\nkz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz\nXCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3\nED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX\njcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm\nZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug\nOjk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/\nYJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm\ncAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j\n42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9\n4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC\nM3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5\nTKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02\npq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq\nxNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k\nAbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI\nJY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2\nC4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U\nYcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq\nNnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x\nsZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0\nKFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL\nsKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o\nhpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX\n5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD\n0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf\nvz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb\nX8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy\nD9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+\nduvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i\n//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ\nvd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw\n2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ\n21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu\nWs5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl\nHrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c\n+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY\nZ+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn\n877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U\nMwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu\nAe5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU\nqk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA\nmZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM\nMmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf\nEtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul\n3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd\nRjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF\nu7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a\n4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo\nQCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG\n8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs\ntSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk\nkkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA\nYUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S\niBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65\nKmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG\ngYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz\nsxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos\nkH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg\ncZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa\n5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V\nQZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK\nm1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW\nGmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll\nRorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN\nJIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny\nhzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR\nVSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC\n313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO\nIUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k\n0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU\nF9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6\nAslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4\nPNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7\nAAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q\nnj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU\n/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo\nEo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd\nHKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g\ngwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4\n1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK\nFGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq\nHuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl\nKclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr\nlR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa\nJ5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2\nGvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4\nvLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb\nWi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6\nQEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed\n+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM\nl+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1\nxZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7\nFVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C\n1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU\nXyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5\ntpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K\nwYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ\nWKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY\n3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3\nBwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE\ntdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa\nqhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp\nH2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC\nFV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU\nI3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn\n4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4\nCH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s\ngFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+\ntsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5\ngKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt\n1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op\njmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup\ntiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw\n9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53\nWzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB\nYhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H\nXWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8\n74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq\nFUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd\nW3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51\nvpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby\nfS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe\n5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs\nJJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL\nEtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI\nFxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu\nBClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY\nknqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7\nKsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW\nKrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z\nZ3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p\nvfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt\nw5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL\nF5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i\nluIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC\nv0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb\ndy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT\nj5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/\nsEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG\n5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz\nHZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl\nvq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0\nFcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2\noN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h\nYVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L\nOxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ\n2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l\ntkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR\nKGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx\nKnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj\n9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga\ntXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL\nvM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ\ncJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1\n2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3\nMyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N\n/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11\nfOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob\nZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE\npJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR\nsN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL\n5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8\n6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG\nYoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC\nPb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1\nUTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn\nw/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU\nqYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV\nDKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ\n7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc\nSeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR\n9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L\nqERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV\nVASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za\njXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI\nWcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W\nuyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz\nNoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz\nvycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt\nZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC\nIAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp\n0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj\nD6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j\n6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy\nEQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229\n4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D\nVQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY\n63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro\nRHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm\nMI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7\n3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq\ngV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq\nwvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l\nTqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F\nF0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF\ncqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz\n73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E\negbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG\nMn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++\nDkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW\n5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P\ndrG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN\nwxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P\ncU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO\nqHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q\n0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//\neefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz\noutU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc\nhFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R\nLWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf\nF3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis\nsjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz\n5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/\nts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd\nI6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH\nUxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA\nUzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi\nwyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9\nxNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati\ncDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc\ndlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo\nhsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp\nDN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj\nMSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI\n+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH\nHdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6\njuE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv\nQlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb\n5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx\n8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g\na9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX\nzQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB\n8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4\nPb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv\n83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq\nPdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9\nx9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP\npK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu\n8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN\nGr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8\nUyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e\nqvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx\nfRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5\nu9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/\n+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl\nExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv\nAZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE\nL410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn\n4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t\njxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz\na9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0\nJ232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2\ny0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z\nZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY\nAl1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1\n4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM\nCBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9\nYgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN\nBPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA\no9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt\ncYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T\nra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD\n4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ\nqoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA\n2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK\nEhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh\nbsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK\nQGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB\nMNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf\nQVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat\nigRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75\n2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF\ny9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA\nUsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw\nxctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD\nwVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A\nAhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC\ndHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ\nYuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN\nR2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx\nod5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7\nONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0\niiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf\nKJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN\nzRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb\nWyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk\nQOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp\nZ0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3\nrfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9\n+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8\nqIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl\nrKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG\nLeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5\nNbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C\nJhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C\no0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA\nzYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ\nejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C\n3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb\nQcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe\nRZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6\nUOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76\nDsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ\nf/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt\nyc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf\nXH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/\n+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9\n8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt\nv3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW\n8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ\nTde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW\nY7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7\nksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN\nMkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5\n1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp\nwt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B\neurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a\nuKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ\n7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V\njc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb\n9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa\nxdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q\nrrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG\n0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL\ngbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL\n4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40\nQ3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g\nCN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw\n2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga\nnXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63\nNKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep\netR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF\nKOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf\nC1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l\nKp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6\nZb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1\n07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+\n1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7\nXQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX\nimsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+\n2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv\nQDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9\nyWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5\n6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o\neovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N\nw7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3\ngnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4\nG1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O\n35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1\naWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi\ndla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL\n3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil\nEyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ\nrN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ\nvrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0\ncMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB\noVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG\nMX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151\nhb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg\nlaOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z\nbxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2\nPaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q\nap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm\nLi23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf\nlGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG\nFWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G\nNXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v\nqogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r\n4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6\nrZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM\nOxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj\nIp/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg\n8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr\nrlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2\n2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc\niqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF\ndoAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ\nNelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu\nkgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+\nSN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7\n52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX\niXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h\nbQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX\nSIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g\nHlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m\nbVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3\nvM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt\nUbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/\nlO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg\nZo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4\nnzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN\np+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV\n6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr\n23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf\nhR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34\n3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU\n78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX\nNcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d\nNguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu\nT/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3\n3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb\ngph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV\nwipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq\nB/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci\nQ2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB\ncLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P\nq3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ\nyppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi\nGDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp\ngRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9\nxREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913\nUgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh\nKqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc\nXmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk\n0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St\nXP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44\ngRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y\n21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG\not8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q\nAim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U\n2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ\nIOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE\nrXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv\nJVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG\nK9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF\nEuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/\nNutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW\noH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE\nwMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov\nu6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5\neoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok\n1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy\nCNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU\nGjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq\nQ0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K\ncBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR\nEk6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm\njRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So\nYN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq\nlr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw\nSToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG\nKhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU\ny7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/\n+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd\nBRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n\nYyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/\nOCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr\niMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT\ngxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO\nG28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH\nZ6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o\n9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM\nhC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1\nYVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ\nq2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB\nzi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1\nNokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct\nLApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F\nx7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA\nyE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc\nKpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm\nbRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT\nV0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77\ndAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF\nhqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA\nTJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh\nIKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK\npVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY\ndNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7\nnaFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji\nBhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj\nI84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni\ndOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4\nAY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv\nL9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs\nYLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x\nJymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I\nPGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN\nSl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M\nU8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre\nMIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT\nm2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D\n4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3\nWb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea\nYHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6\nfpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q\nxmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R\nSsut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0\nF61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ\nW25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5\nATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT\nW4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD\nloNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD\nR/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK\n3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8\nMsfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s\nYVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj\nzvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc\nY862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk\n3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS\nAhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8\nh7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL\n66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF\n/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n\nDWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc\n0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8\nWFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV\n1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV\nXAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J\nF7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU\nhDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4\nHLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv\nn9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB\nA7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF\nEAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko\nKqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG\n0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub\nAP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4\nxg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx\n0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1\nPJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg\nfgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC\na0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA\nGvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE\nb4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb\ni26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8\n+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P\nxZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P\n333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+\nzZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3\nLc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp\ngg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo\ncUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9\nxavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT\nCr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp\nSF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV\nVJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+\nUXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa\nVFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v\nuf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9\ncdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo\nv9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P\nv5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT\nWX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427\np7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO\n+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+\nGCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj\nnV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC\nq9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp\nPf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT\ne0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8\nwmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926\nSDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP\n+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt\nc4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr\n1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb\nJ+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M\n+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY\neIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20\nNMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy\nBe7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0\nN5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O\nUV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2\nAavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1\nKIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru\n7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw\nWV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ\ndZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb\nWj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4\nItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi\nUlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK\nnTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A\nJTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn\nE/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2\nm+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV\nkEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP\nLW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y\nejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU\nG1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq\nn8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF\nAzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc\nHYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ\n2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0\n7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe\nE38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p\nofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E\nfh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu\n/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw\nwBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu\nnIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC\ndpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ\nUemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ\nXgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ\nkVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE\nn9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m\nnIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g\nT4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA\nb8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz\nyhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy\nNAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2\nu4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x\n/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5\nJsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs\nGLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3\n/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT\nK2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7\n8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B\nybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7\nqIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ\nmT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH\noz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D\nu/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2\nIlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj\nEKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o\nomakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6\ndy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu\nun1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX\naXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m\nUatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6\nDSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC\nxAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf\ndmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8\nSSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1\nokQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4\nWaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8\ntQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/\nBdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW\nKaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6\n9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD\n+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC\nhy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y\narFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5\nrRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM\nc2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub\nZ8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B\n/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ\nDy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1\nL1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/\nm3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9\nfuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1\n/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d\nJ//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF\nYXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd\nevmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh\n3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV\n2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds\n5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ\ni2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ\ncnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c\nTDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4\n3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG\njdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5\nRrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd\neY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK\nHWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE\n5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck\n9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N\nRY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ\nVV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc\n5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh\n+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J\n6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr\nvNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ\nJHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR\nd+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp\nYdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk\n5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go\nkQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C\n7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV\nyemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3\nTh5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x\npEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H\nWqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V\ndXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk\nGdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe\nWVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr\nGBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e\nxzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m\nEB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ\n702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK\nQwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH\nqvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv\nwur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn\noUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw\nPeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn\nM8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz\nJ2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W\nnkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI\nQnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk\n8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT\ntlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL\nNmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq\nIN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw\nUeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68\nf0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR\nyHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu\nnrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr\nYERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8\nVHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq\nH2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/\nGICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv\n2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ\n3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq\njZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ\nFVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z\nX5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S\nP3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP\nMYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9\nvfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73\ngypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd\nCVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4\n+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8\nflGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9\ni75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT\nNbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR\nizymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU\n4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ\nkxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV\nINWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO\nz43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9\nXdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE\nSxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE\nKrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM\nyMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v\nBgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu\nhkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp\nz17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb\nyv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX\nQu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD\nDMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg\nNYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF\nJUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B\nLghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW\n7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE\nQNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk\n5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90\nJLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY\nBZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO\n3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw\nOhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt\namv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc\nIiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN\nOtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC\n8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6\nFA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk\nJ+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+\nlZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H\n23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8\n1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9\n83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1\nVe6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS\nzHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru\n/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk\n9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey\n996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF\nuwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW\nQEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ\nYjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5\nl9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6\n7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ\nCPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms\ns6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb\nMTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i\nYEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d\nvmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA=="),t=new Uint8Array(B.length);for(let e=0;e<B.length;e++)t[e]=B.charCodeAt(e);X(t,$)}return $}const tB=10,eB=11;class nB{constructor(B,t,e){this.prefix=new Uint8Array(B.length),this.transform=t,this.suffix=new Uint8Array(e.length);for(let t=0;t<B.length;t++)this.prefix[t]=B.charCodeAt(t);for(let B=0;B<e.length;B++)this.suffix[B]=e.charCodeAt(B)}}const rB=[new nB("",0,""),new nB("",0," "),new nB(" ",0," "),new nB("",12,""),new nB("",tB," "),new nB("",0," the "),new nB(" ",0,""),new nB("s ",0," "),new nB("",0," of "),new nB("",tB,""),new nB("",0," and "),new nB("",13,""),new nB("",1,""),new nB(", ",0," "),new nB("",0,", "),new nB(" ",tB," "),new nB("",0," in "),new nB("",0," to "),new nB("e ",0," "),new nB("",0,'"'),new nB("",0,"."),new nB("",0,'">'),new nB("",0,"\n"),new nB("",3,""),new nB("",0,"]"),new nB("",0," for "),new nB("",14,""),new nB("",2,""),new nB("",0," a "),new nB("",0," that "),new nB(" ",tB,""),new nB("",0,". "),new nB(".",0,""),new nB(" ",0,", "),new nB("",15,""),new nB("",0," with "),new nB("",0,"'"),new nB("",0," from "),new nB("",0," by "),new nB("",16,""),new nB("",17,""),new nB(" the ",0,""),new nB("",4,""),new nB("",0,". The "),new nB("",eB,""),new nB("",0," on "),new nB("",0," as "),new nB("",0," is "),new nB("",7,""),new nB("",1,"ing "),new nB("",0,"\n\t"),new nB("",0,":"),new nB(" ",0,". "),new nB("",0,"ed "),new nB("",20,""),new nB("",18,""),new nB("",6,""),new nB("",0,"("),new nB("",tB,", "),new nB("",8,""),new nB("",0," at "),new nB("",0,"ly "),new nB(" the ",0," of "),new nB("",5,""),new nB("",9,""),new nB(" ",tB,", "),new nB("",tB,'"'),new nB(".",0,"("),new nB("",eB," "),new nB("",tB,'">'),new nB("",0,'="'),new nB(" ",0,"."),new nB(".com/",0,""),new nB(" the ",0," of the "),new nB("",tB,"'"),new nB("",0,". This "),new nB("",0,","),new nB(".",0," "),new nB("",tB,"("),new nB("",tB,"."),new nB("",0," not "),new nB(" ",0,'="'),new nB("",0,"er "),new nB(" ",eB," "),new nB("",0,"al "),new nB(" ",eB,""),new nB("",0,"='"),new nB("",eB,'"'),new nB("",tB,". "),new nB(" ",0,"("),new nB("",0,"ful "),new nB(" ",tB,". "),new nB("",0,"ive "),new nB("",0,"less "),new nB("",eB,"'"),new nB("",0,"est "),new nB(" ",tB,"."),new nB("",eB,'">'),new nB(" ",0,"='"),new nB("",tB,","),new nB("",0,"ize "),new nB("",eB,"."),new nB("Â ",0,""),new nB(" ",0,","),new nB("",tB,'="'),new nB("",eB,'="'),new nB("",0,"ous "),new nB("",eB,", "),new nB("",tB,"='"),new nB(" ",tB,","),new nB(" ",eB,'="'),new nB(" ",eB,", "),new nB("",eB,","),new nB("",eB,"("),new nB("",eB,". "),new nB(" ",eB,"."),new nB("",eB,"='"),new nB(" ",eB,". "),new nB(" ",tB,'="'),new nB(" ",eB,"='"),new nB(" ",tB,"='")],sB=rB.length;function iB(B,t){return B[t]<192?(B[t]>=97&&B[t]<=122&&(B[t]^=32),1):B[t]<224?(B[t+1]^=32,2):(B[t+2]^=5,3)}function CB(B,t,e,n,r){const s=BB(),{prefix:i}=rB[r],{suffix:C}=rB[r],o=rB[r].transform;let a=o<12?0:o-11;const u=t;a>n&&(a=n);let l=0;for(;l<i.length;)B[t++]=i[l++];e+=a,n-=a,o<=9&&(n-=o);for(let r=0;r<n;r++)B[t++]=s[e+r];let c=t-n;if(o===tB)iB(B,c);else if(o===eB)for(;n>0;){const t=iB(B,c);c+=t,n-=t}let f=0;for(;f<C.length;)B[t++]=C[f++];return t-u}const oB=new Uint8Array([3,2,1,0,3,3,3,3,3,3,2,2,2,2,2,2]),aB=new Int8Array([0,0,0,0,-1,1,-2,2,-3,3,-1,1,-2,2,-3,3]),uB=new Uint32Array([0,0,0,0,0,4096,9216,21504,35840,44032,53248,63488,74752,87040,93696,100864,104704,106752,108928,113536,115968,118528,119872,121280,122016]),lB=new Uint8Array([0,0,0,0,10,10,11,11,10,10,10,10,10,9,9,8,7,7,8,7,7,6,6,5,5]);function cB(B,t,e){return B<16?(e+=oB[B],t[e&=3]+aB[B]):B-16+1}var fB=ArrayBuffer,hB=Uint8Array,pB=Uint16Array,gB=Int16Array,EB=Int32Array,DB=function(B,t,e){if(hB.prototype.slice)return hB.prototype.slice.call(B,t,e);(null==t||t<0)&&(t=0),(null==e||e>B.length)&&(e=B.length);var n=new hB(e-t);return n.set(B.subarray(t,e)),n},AB=function(B,t,e,n){if(hB.prototype.fill)return hB.prototype.fill.call(B,t,e,n);for((null==e||e<0)&&(e=0),(null==n||n>B.length)&&(n=B.length);e<n;++e)B[e]=t;return B},dB=function(B,t,e,n){if(hB.prototype.copyWithin)return hB.prototype.copyWithin.call(B,t,e,n);for((null==e||e<0)&&(e=0),(null==n||n>B.length)&&(n=B.length);e<n;)B[t++]=B[e++]},wB=["invalid zstd data","window size too large (>2046MB)","invalid block type","FSE accuracy too high","match distance too far back","unexpected EOF"],IB=function(B,t,e){var n=new Error(t||wB[B]);if(n.code=B,Error.captureStackTrace&&Error.captureStackTrace(n,IB),!e)throw n;return n},mB=function(B,t,e){for(var n=0,r=0;n<e;++n)r|=B[t++]<<(n<<3);return r},FB=function(B,t){var e,n,r=B[0]|B[1]<<8|B[2]<<16;if(3126568==r&&253==B[3]){var s=B[4],i=s>>5&1,C=s>>2&1,o=3&s,a=s>>6;8&s&&IB(0);var u=6-i,l=3==o?4:o,c=mB(B,u,l),f=a?1<<a:i,h=mB(B,u+=l,f)+(1==a&&256),p=h;if(!i){var g=1<<10+(B[5]>>3);p=g+(g>>3)*(7&B[5])}p>2145386496&&IB(1);var E=new hB((1==t?h||p:t?0:p)+12);return E[0]=1,E[4]=4,E[8]=8,{b:u+f,y:0,l:0,d:c,w:t&&1!=t?t:E.subarray(12),e:p,o:new EB(E.buffer,0,3),u:h,c:C,m:Math.min(131072,p)}}if(25481893==(r>>4|B[3]<<20))return(((e=B)[n=4]|e[n+1]<<8|e[n+2]<<16|e[n+3]<<24)>>>0)+8;IB(0)},yB=function(B){for(var t=0;1<<t<=B;++t);return t-1},bB=function(B,t,e){var n=4+(t<<3),r=5+(15&B[t]);r>e&&IB(3);for(var s=1<<r,i=s,C=-1,o=-1,a=-1,u=s,l=new fB(512+(s<<2)),c=new gB(l,0,256),f=new pB(l,0,256),h=new pB(l,512,s),p=512+(s<<1),g=new hB(l,p,s),E=new hB(l,p+s);C<255&&i>0;){var D=yB(i+1),A=n>>3,d=(1<<D+1)-1,w=(B[A]|B[A+1]<<8|B[A+2]<<16)>>(7&n)&d,I=(1<<D)-1,m=d-i-1,F=w&I;if(F<m?(n+=D,w=F):(n+=D+1,w>I&&(w-=m)),c[++C]=--w,-1==w?(i+=w,g[--u]=C):i-=w,!w)do{var y=n>>3;o=(B[y]|B[y+1]<<8)>>(7&n)&3,n+=2,C+=o}while(3==o)}(C>255||i)&&IB(0);for(var b=0,O=(s>>1)+(s>>3)+3,L=s-1,R=0;R<=C;++R){var G=c[R];if(G<1)f[R]=-G;else for(a=0;a<G;++a){g[b]=R;do{b=b+O&L}while(b>=u)}}for(b&&IB(0),a=0;a<s;++a){var N=f[g[a]]++,T=E[a]=r-yB(N);h[a]=(N<<T)-s}return[n+7>>3,{b:r,s:g,n:E,t:h}]},OB=bB(new hB([81,16,99,140,49,198,24,99,12,33,196,24,99,102,102,134,70,146,4]),0,6)[1],LB=bB(new hB([33,20,196,24,99,140,33,132,16,66,8,33,132,16,66,8,33,68,68,68,68,68,68,68,68,36,9]),0,6)[1],RB=bB(new hB([32,132,16,66,102,70,68,68,68,68,36,73,2]),0,5)[1],GB=function(B,t){for(var e=B.length,n=new EB(e),r=0;r<e;++r)n[r]=t,t+=1<<B[r];return n},NB=new hB(new EB([0,0,0,0,16843009,50528770,134678020,202050057,269422093]).buffer,0,36),TB=GB(NB,0),vB=new hB(new EB([0,0,0,0,0,0,0,0,16843009,50528770,117769220,185207048,252579084,16]).buffer,0,53),HB=GB(vB,3),SB=function(B,t,e){var n=B.length,r=t.length,s=B[n-1],i=(1<<e.b)-1,C=-e.b;s||IB(0);for(var o=0,a=e.b,u=(n<<3)-8+yB(s)-a,l=-1;u>C&&l<r;){var c=u>>3;o=(o<<a|(B[c]|B[c+1]<<8|B[c+2]<<16)>>(7&u))&i,t[++l]=e.s[o],u-=a=e.n[o]}u==C&&l+1==r||IB(0)},xB=function(B,t,e){var n=6,r=t.length+3>>2,s=r<<1,i=r+s;SB(B.subarray(n,n+=B[0]|B[1]<<8),t.subarray(0,r),e),SB(B.subarray(n,n+=B[2]|B[3]<<8),t.subarray(r,s),e),SB(B.subarray(n,n+=B[4]|B[5]<<8),t.subarray(s,i),e),SB(B.subarray(n),t.subarray(i),e)},PB=function(B,t,e){var n,r=t.b,s=B[r],i=s>>1&3;t.l=1&s;var C=s>>3|B[r+1]<<5|B[r+2]<<13,o=(r+=3)+C;if(1==i){if(r>=B.length)return;return t.b=r+1,e?(AB(e,B[r],t.y,t.y+=C),e):AB(new hB(C),B[r])}if(!(o>B.length)){if(0==i)return t.b=o,e?(e.set(B.subarray(r,o),t.y),t.y+=C,e):DB(B,r,o);if(2==i){var a=B[r],u=3&a,l=a>>2&3,c=a>>4,f=0,h=0;u<2?1&l?c|=B[++r]<<4|(2&l&&B[++r]<<12):c=a>>3:(h=l,l<2?(c|=(63&B[++r])<<4,f=B[r]>>6|B[++r]<<2):2==l?(c|=B[++r]<<4|(3&B[++r])<<12,f=B[r]>>2|B[++r]<<6):(c|=B[++r]<<4|(63&B[++r])<<12,f=B[r]>>6|B[++r]<<2|B[++r]<<10)),++r;var p=e?e.subarray(t.y,t.y+t.m):new hB(t.m),g=p.length-c;if(0==u)p.set(B.subarray(r,r+=c),g);else if(1==u)AB(p,B[r++],g);else{var E=t.h;if(2==u){var D=function(B,t){var e=0,n=-1,r=new hB(292),s=B[t],i=r.subarray(0,256),C=r.subarray(256,268),o=new pB(r.buffer,268);if(s<128){var a=bB(B,t+1,6),u=a[0],l=a[1],c=u<<3,f=B[t+=s];f||IB(0);for(var h=0,p=0,g=l.b,E=g,D=(++t<<3)-8+yB(f);!((D-=g)<c);){var A=D>>3;if(h+=(B[A]|B[A+1]<<8)>>(7&D)&(1<<g)-1,i[++n]=l.s[h],(D-=E)<c)break;p+=(B[A=D>>3]|B[A+1]<<8)>>(7&D)&(1<<E)-1,i[++n]=l.s[p],g=l.n[h],h=l.t[h],E=l.n[p],p=l.t[p]}++n>255&&IB(0)}else{for(n=s-127;e<n;e+=2){var d=B[++t];i[e]=d>>4,i[e+1]=15&d}++t}var w=0;for(e=0;e<n;++e)(y=i[e])>11&&IB(0),w+=y&&1<<y-1;var I=yB(w)+1,m=1<<I,F=m-w;for(F&F-1&&IB(0),i[n++]=yB(F)+1,e=0;e<n;++e){var y=i[e];++C[i[e]=y&&I+1-y]}var b=new hB(m<<1),O=b.subarray(0,m),L=b.subarray(m);for(o[I]=0,e=I;e>0;--e){var R=o[e];AB(L,e,R,o[e-1]=R+C[e]*(1<<I-e))}for(o[0]!=m&&IB(0),e=0;e<n;++e){var G=i[e];if(G){var N=o[G];AB(O,e,N,o[G]=N+(1<<I-G))}}return[t,{n:L,b:I,s:O}]}(B,r);f+=r-(r=D[0]),t.h=E=D[1]}else E||IB(0);(h?xB:SB)(B.subarray(r,r+=f),p.subarray(g),E)}var A=B[r++];if(A){255==A?A=32512+(B[r++]|B[r++]<<8):A>127&&(A=A-128<<8|B[r++]);var d=B[r++];3&d&&IB(0);for(var w=[LB,RB,OB],I=2;I>-1;--I){var m=d>>2+(I<<1)&3;if(1==m){var F=new hB([0,0,B[r++]]);w[I]={s:F.subarray(2,3),n:F.subarray(0,1),t:new pB(F.buffer,0,1),b:0}}else 2==m?(r=(n=bB(B,r,9-(1&I)))[0],w[I]=n[1]):3==m&&(t.t||IB(0),w[I]=t.t[I])}var y=t.t=w,b=y[0],O=y[1],L=y[2],R=B[o-1];R||IB(0);var G=(o<<3)-8+yB(R)-L.b,N=G>>3,T=0,v=(B[N]|B[N+1]<<8)>>(7&G)&(1<<L.b)-1,H=(B[N=(G-=O.b)>>3]|B[N+1]<<8)>>(7&G)&(1<<O.b)-1,S=(B[N=(G-=b.b)>>3]|B[N+1]<<8)>>(7&G)&(1<<b.b)-1;for(++A;--A;){var x=L.s[v],P=L.n[v],M=b.s[S],k=b.n[S],U=O.s[H],J=O.n[H],_=1<<U,Q=_+((B[N=(G-=U)>>3]|B[N+1]<<8|B[N+2]<<16|B[N+3]<<24)>>>(7&G)&_-1);N=(G-=vB[M])>>3;var Y=HB[M]+((B[N]|B[N+1]<<8|B[N+2]<<16)>>(7&G)&(1<<vB[M])-1);N=(G-=NB[x])>>3;var K=TB[x]+((B[N]|B[N+1]<<8|B[N+2]<<16)>>(7&G)&(1<<NB[x])-1);if(N=(G-=P)>>3,v=L.t[v]+((B[N]|B[N+1]<<8)>>(7&G)&(1<<P)-1),N=(G-=k)>>3,S=b.t[S]+((B[N]|B[N+1]<<8)>>(7&G)&(1<<k)-1),N=(G-=J)>>3,H=O.t[H]+((B[N]|B[N+1]<<8)>>(7&G)&(1<<J)-1),Q>3)t.o[2]=t.o[1],t.o[1]=t.o[0],t.o[0]=Q-=3;else{var q=Q-(0!=K);q?(Q=3==q?t.o[0]-1:t.o[q],q>1&&(t.o[2]=t.o[1]),t.o[1]=t.o[0],t.o[0]=Q):Q=t.o[0]}for(I=0;I<K;++I)p[T+I]=p[g+I];g+=K;var W=(T+=K)-Q;if(W<0){var V=-W,j=t.e+W;V>Y&&(V=Y);for(I=0;I<V;++I)p[T+I]=t.w[j+I];T+=V,Y-=V,W=0}for(I=0;I<Y;++I)p[T+I]=p[W+I];T+=Y}if(T!=g)for(;g<p.length;)p[T++]=p[g++];else T=p.length;e?t.y+=T:p=DB(p,0,T)}else if(e){if(t.y+=c,g)for(I=0;I<c;++I)p[I]=p[g+I]}else g&&(p=DB(p,g));return t.b=o,p}IB(2)}},MB=function(B,t){if(1==B.length)return B[0];for(var e=new hB(t),n=0,r=0;n<B.length;++n){var s=B[n];e.set(s,r),r+=s.length}return e};function kB(){const B=function(){const B=atob(UB),t=new Uint8Array(B.length);for(let e=0;e<B.length;e+=1)t[e]=B.charCodeAt(e);const e=new WebAssembly.Module(t);return new WebAssembly.Instance(e)}();return(t,e)=>{const{memory:n,uncompress:r}=B.exports,s=68e3,i=s+t.byteLength,C=s+t.byteLength+e;if(n.buffer.byteLength<C){const B=65536,t=n.buffer.byteLength/B,e=Math.ceil(C/B)-t;n.grow(e)}const o=new Uint8Array(n.buffer);o.set(t,s);const a=r(s,t.byteLength,i);if(-1===a)throw new Error("invalid snappy length header");if(-2===a)throw new Error("missing eof marker");if(-3===a)throw new Error("premature end of input");if(a)throw new Error(`failed to uncompress data ${a}`);return o.slice(i,i+e)}}const UB="AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";function JB(B,t,e){let n=e;for(let r=0;r<B.length;){const s=B[r++];let i=s>>4;if(i){let s=i+240;for(;255===s;)i+=s=B[r++];if(t.set(B.subarray(r,r+i),n),n+=i,r+=i,r>=B.length)return n-e}const C=B[r++]|B[r++]<<8;if(!C||C>n)throw new Error(`lz4 offset out of range ${C}`);let o=15&s,a=o+240;for(;255===a;)o+=a=B[r++];o+=4;let u=n-C;const l=n+o;for(;n<l;)t[n++]=t[u++]}return n-e}const _B={SNAPPY:kB(),GZIP:(B,t)=>X(B,new Uint8Array(t)),BROTLI:function(B,t){const e=new Uint8Array(t);return function(B,t){let e=0,n=0,r=0;const i=[16,15,11,4];let C=0;const a=[new g(0,0),new g(0,0),new g(0,0)],u=128+s.READ_SIZE,l=new s(B),c=function(B){if(0===B.readBits(1))return 16;let t=B.readBits(3);return t>0?17+t:(t=B.readBits(3),t>0?8+t:17)}(l),f=(1<<c)-16,E=1<<c,D=E-1,F=new Uint8Array(E+u+24),y=E,b=[],O=[];for(let B=0;B<3240;B++)b[B]=new o(0,0),O[B]=new o(0,0);for(;!n;){const B=[1<<28,1<<28,1<<28],s=[0],o=[1,1,1],u=[0,1,0,1,0,1],c=[0];for(let B=0;B<3;B++)a[B].codes=[],a[B].htrees=new Uint32Array;l.readMoreInput();const L=P(l);let R=L.meta_block_length;if(e+R>t.buffer.length){const B=new Uint8Array(e+R);B.set(t.buffer),t.buffer=B}if(n=L.input_end,L.is_metadata){for(U(l);R>0;--R)l.readMoreInput(),l.readBits(8);continue}if(0===R)continue;if(L.is_uncompressed){l.bit_pos_=l.bit_pos_+7&-8,M(t,R,e,F,D,l),e+=R;continue}for(let t=0;t<3;t++)o[t]=k(l)+1,o[t]>=2&&(h(o[t]+2,b,t*m,l),h(26,O,t*m,l),B[t]=J(O,t*m,l),c[t]=1);l.readMoreInput();const G=l.readBits(2),N=16+(l.readBits(4)<<G),T=(1<<G)-1,v=N+(48<<G),H=new Uint8Array(o[0]);for(let B=0;B<o[0];B++)l.readMoreInput(),H[B]=l.readBits(2)<<1;const[S,K]=Y(o[0]<<6,l),[q,W]=Y(o[2]<<2,l);a[0]=new g(256,S),a[1]=new g(704,o[1]),a[2]=new g(v,q);for(let B=0;B<3;++B)a[B].decode(l);let V=0,j=0,z=H[s[0]],Z=Q[z],X=Q[z+1],$=a[1].htrees[0];for(;R>0;){let n;l.readMoreInput(),0===B[1]&&(x(o[1],b,1,s,u,c,l),B[1]=J(O,m,l),$=a[1].htrees[s[1]]),B[1]--;const h=p(a[1].codes,$,l);let g=h>>6;g>=2?(g-=2,n=-1):n=0;const L=A[w[g]+(h>>3&7)],v=L.offset+l.readBits(L.nbits),S=d[I[g]+(7&h)],P=S.offset+l.readBits(S.nbits);let M=F[e-1&D],k=F[e-2&D];for(let n=0;n<v;n++){if(l.readMoreInput(),0===B[0]){x(o[0],b,0,s,u,c,l),B[0]=J(O,0,l);V=s[0]<<6,z=H[s[0]],Z=Q[z],X=Q[z+1]}const n=K[V+(_[Z+M]|_[X+k])];B[0]--,k=M,M=p(a[0].codes,a[0].htrees[n],l),F[e&D]=M,(e&D)===D&&t.write(F,E),e++}if(R-=v,R<=0)break;if(n<0){l.readMoreInput(),0===B[2]&&(x(o[2],b,2,s,u,c,l),B[2]=J(O,2160,l),j=s[2]<<2),B[2]--;const t=W[j+(255&(P>4?3:P-2))];if(n=p(a[2].codes,a[2].htrees[t],l),n>=N){n-=N;const B=n&T;n>>=G;const t=1+(n>>1);n=N+((2+(1&n)<<t)-4+l.readBits(t)<<G)+B}}const U=cB(n,i,C);if(U<0)throw new Error("[BrotliDecompress] invalid distance");r=e<f&&r!==f?e:f;let Y=e&D;if(U>r){if(!(P>=4&&P<=24))throw new Error("Invalid backward reference");{let B=uB[P];const n=U-r-1,s=lB[P],i=n>>s;if(B+=(n&(1<<s)-1)*P,!(i<sB))throw new Error("Invalid backward reference");{const n=CB(F,Y,B,P,i);if(Y+=n,e+=n,R-=n,Y>=y){t.write(F,E);for(let B=0;B<Y-y;B++)F[B]=F[y+B]}}}}else{if(n>0&&(i[3&C]=U,C++),P>R)throw new Error("Invalid backward reference");for(let B=0;B<P;B++)F[e&D]=F[e-U&D],(e&D)===D&&t.write(F,E),e++,R--}}e&=1073741823}t.write(F,e&D)}(new q(B),new W(e)),e},ZSTD:B=>function(B,t){for(var e=[],n=+!t,r=0,s=0;B.length;){var i=FB(B,n||t);if("object"==typeof i){for(n?(t=null,i.w.length==i.u&&(e.push(t=i.w),s+=i.u)):(e.push(t),i.e=0);!i.l;){var C=PB(B,i,t);C||IB(5),t?i.e=i.y:(e.push(C),s+=C.length,dB(i.w,0,C.length),i.w.set(C,i.w.length-C.length))}r=i.b+4*i.c}else r=i;B=B.subarray(r)}return MB(e,s)}(B),LZ4:function(B,t){const e=new Uint8Array(t);try{let t=0,n=0;for(;t<B.length-8;){const r=B[t++]<<24|B[t++]<<16|B[t++]<<8|B[t++],s=B[t++]<<24|B[t++]<<16|B[t++]<<8|B[t++];if(B.length-t<s)throw new Error("lz4 not hadoop");if(e.length<r)throw new Error("lz4 not hadoop");if(JB(B.subarray(t,t+s),e,n)!==r)throw new Error("lz4 not hadoop");if(t+=s,n+=r,t===B.length)return e}if(t<B.length)throw new Error("lz4 not hadoop")}catch(t){if(t instanceof Error&&"lz4 not hadoop"!==t.message)throw t;JB(B,e,0)}return e},LZ4_RAW:function(B,t){const e=new Uint8Array(t);return JB(B,e,0),e}}},95573:(B,t,e)=>{e.d(t,{g:()=>h,d:()=>p});var n=e(28286),r=e(69234);const s=new TextDecoder,i=new WeakMap;function C(B,t=r.Rc){if(Array.isArray(B))return B.map(B=>C(B,t));if("object"!=typeof B)return B;if("metadata"in B){const e=function(B){let t=i.get(B.buffer);t||(t=new Map,i.set(B.buffer,t));const e=`${B.byteOffset}:${B.byteLength}`,n=t.get(e);if(n)return n;const r=a(B),C=r.view.getUint8(r.offset++),o=15&C;if(1!==o)throw new Error(`parquet unsupported variant metadata version: ${o}`);const l=1==(C>>4&1),c=1+(C>>6&3),f=u(r,c),h=new Array(f+1);for(let B=0;B<h.length;B++)h[B]=u(r,c);const p=r.offset,g=new Array(f);for(let t=0;t<f;t++){const e=h[t],n=h[t+1],r=new Uint8Array(B.buffer,B.byteOffset+p+e,n-e);g[t]=s.decode(r)}const E={dictionary:g,sorted:l};return t.set(e,E),E}(B.metadata),n=B.typed_value&&o(B.typed_value,e,t),r=B.value&&l(a(B.value),e,t);return n&&r?{...r,...n}:n??r}return B}function o(B,t,e){if(B instanceof Date)return B;if(B&&"object"==typeof B&&!Array.isArray(B)&&!(B instanceof Uint8Array)){if("typed_value"in B&&null!==B.typed_value&&void 0!==B.typed_value)return o(B.typed_value,t,e);if("value"in B&&B.value instanceof Uint8Array)return l(a(B.value),t,e);if("typed_value"in B||"value"in B)return null;const n={};for(const[r,s]of Object.entries(B))t.dictionary.includes(r)&&(n[r]=o(s,t,e));return n}return B instanceof Uint8Array?l(a(B),t,e):Array.isArray(B)?B.map(B=>o(B,t,e)):B}function a(B){return{view:new DataView(B.buffer,B.byteOffset,B.byteLength),offset:0}}function u(B,t){let e=0;for(let n=0;n<t;n++)e|=B.view.getUint8(B.offset+n)<<8*n;return B.offset+=t,e}function l(B,t,e){const n=B.view.getUint8(B.offset++),r=3&n,i=n>>2;if(0===r)return function(B,t,e){switch(t){case 0:return null;case 1:return!0;case 2:return!1;case 3:{const t=B.view.getInt8(B.offset);return B.offset+=1,t}case 4:{const t=B.view.getInt16(B.offset,!0);return B.offset+=2,t}case 5:{const t=B.view.getInt32(B.offset,!0);return B.offset+=4,t}case 6:{const t=B.view.getBigInt64(B.offset,!0);return B.offset+=8,t}case 7:{const t=B.view.getFloat64(B.offset,!0);return B.offset+=8,t}case 8:return c(B,4);case 9:return c(B,8);case 10:return c(B,16);case 11:{const t=B.view.getInt32(B.offset,!0);return B.offset+=4,e.dateFromDays(t)}case 12:case 13:{const t=B.view.getBigInt64(B.offset,!0);return B.offset+=8,e.timestampFromMicroseconds(t)}case 14:{const t=B.view.getFloat32(B.offset,!0);return B.offset+=4,t}case 15:return f(B);case 16:{const t=f(B);return s.decode(t)}case 17:{const t=B.view.getBigInt64(B.offset,!0);return B.offset+=8,t}case 18:case 19:{const t=B.view.getBigInt64(B.offset,!0);return B.offset+=8,e.timestampFromNanoseconds(t)}case 20:{const t=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,16);B.offset+=16;const e=Array.from(t,B=>B.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}(B,i,e);if(2===r)return function(B,t,e,n){const r=1+(3&t),s=1+(t>>2&3),i=t>>4&1,C=i?u(B,4):B.view.getUint8(B.offset++),o=new Array(C);for(let t=0;t<C;t++)o[t]=u(B,s);const a=new Array(C+1);for(let t=0;t<a.length;t++)a[t]=u(B,r);const c={};for(let t=0;t<C;t++){const r=e.dictionary[o[t]],s={view:B.view,offset:B.offset+a[t]};c[r]=l(s,e,n)}return B.offset+=a[a.length-1],c}(B,i,t,e);if(3===r)return function(B,t,e,n){const r=3&t,s=t>>2&1,i=r+1,C=u(B,s?4:1),o=new Array(C+1);for(let t=0;t<o.length;t++)o[t]=u(B,i);const a=B.offset,c=new Array(C);for(let t=0;t<C;t++){const r={view:B.view,offset:a+o[t]};c[t]=l(r,e,n)}return B.offset=a+o[o.length-1],c}(B,i,t,e);const C=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,i);return B.offset+=i,s.decode(C)}function c(B,t){const e=B.view.getUint8(B.offset);let n;if(B.offset+=1,4===t)n=BigInt(B.view.getInt32(B.offset,!0)),B.offset+=4;else if(8===t)n=B.view.getBigInt64(B.offset,!0),B.offset+=8;else{const t=B.view.getBigUint64(B.offset,!0);n=B.view.getBigInt64(B.offset+8,!0)<<64n|t,B.offset+=16}return Number(n)*10**-e}function f(B){const t=B.view.getUint32(B.offset,!0);B.offset+=4;const e=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=t,e}function h(B,t,e,r,s){const i=(0,n.mM)(s);if(!t?.length&&!e.length){if(!i||!r.length)return r;t=new Array(r.length).fill(i)}const C=t?.length||e.length,o=s.map(({element:B})=>B.repetition_type);let a=0;const u=[B];let l=B,c=0,f=0,h=0;if(e[0])for(;c<o.length-2&&h<e[0];)c++,"REQUIRED"!==o[c]&&(l=l.at(-1),u.push(l),f++),"REPEATED"===o[c]&&h++;for(let B=0;B<C;B++){const n=t?.length?t[B]:i,s=e[B];for(;c&&(s<h||"REPEATED"!==o[c]);)"REQUIRED"!==o[c]&&(u.pop(),f--),"REPEATED"===o[c]&&h--,c--;for(l=u.at(-1);(c<o.length-2||"REPEATED"===o[c+1])&&(f<n||"REQUIRED"===o[c+1]);){if(c++,"REQUIRED"!==o[c]){const B=[];l.push(B),l=B,u.push(B),f++}"REPEATED"===o[c]&&h++}n===i?l.push(r[a++]):c===o.length-2?l.push(null):l.push([])}if(!B.length)for(let B=0;B<i;B++){const B=[];l.push(B),l=B}return B}function p(B,t,e,r=0){const s=t.path.join("."),i="OPTIONAL"===t.element.repetition_type,o=i?r+1:r;if((0,n.wq)(t)){let n=t.children[0],C=o;1===n.children.length&&(n=n.children[0],C++),p(B,n,e,C);const a=n.path.join("."),u=B.get(a);if(!u)throw new Error("parquet list column missing values");return i&&g(u,r),B.set(s,u),void B.delete(a)}if((0,n.ES)(t)){const n=t.children[0].element.name;p(B,t.children[0].children[0],e,o+1),p(B,t.children[0].children[1],e,o+1);const C=B.get(`${s}.${n}.key`),a=B.get(`${s}.${n}.value`);if(!C)throw new Error("parquet map column missing keys");if(!a)throw new Error("parquet map column missing values");if(C.length!==a.length)throw new Error("parquet map column key/value length mismatch");const u=E(C,a,o);return i&&g(u,r),B.delete(`${s}.${n}.key`),B.delete(`${s}.${n}.value`),void B.set(s,u)}if(t.children.length){const n="REQUIRED"===t.element.repetition_type?r:r+1,o={};for(const r of t.children){p(B,r,e,n);const t=B.get(r.path.join("."));if(!t)throw new Error("parquet struct missing child data");o[r.element.name]=t}for(const e of t.children)B.delete(e.path.join("."));let a=D(o,n);"VARIANT"===t.element.logical_type?.type&&(a=C(a,e)),i&&g(a,r),B.set(s,a)}}function g(B,t){for(let e=0;e<B.length;e++)t?g(B[e],t-1):B[e]=B[e][0]}function E(B,t,e){const n=[];for(let r=0;r<B.length;r++)if(e)n.push(E(B[r],t[r],e-1));else if(B[r]){const e={};for(let n=0;n<B[r].length;n++){const s=t[r][n];e[B[r][n]]=void 0===s?null:s}n.push(e)}else n.push(void 0);return n}function D(B,t){const e=Object.keys(B),n=B[e[0]]?.length,r=[];for(let s=0;s<n;s++){const i={};for(const t of e){if(B[t].length!==n)throw new Error("parquet struct parsing error");i[t]=B[t][s]}t?r.push(D(i,t-1)):r.push(i)}return r}},16167:(B,t,e)=>{e.d(t,{JB:()=>u,SP:()=>l,wK:()=>c});var n=e(95573),r=e(40312),s=e(69234),i=e(63730),C=e(74809),o=e(28286),a=e(52558);function u(B,{groupStart:t,selectStart:e,selectEnd:n},r,i){const{pathInSchema:C,schemaPath:a}=r,u=(0,o.g7)(a),f=[];let h,p,g=0,E=0;const D=i&&(()=>{p&&i({pathInSchema:C,columnData:p,rowStart:t+g-p.length,rowEnd:t+g})});for(;(u?g<n:B.offset<B.view.byteLength-1)&&!(B.offset>=B.view.byteLength-1);){const t=c(B);if("DICTIONARY_PAGE"===t.type){const{data:e}=l(B,t,r,h,void 0,0);e&&(h=(0,s.C6)(e,r))}else{const n=p?.length||0,s=l(B,t,r,h,p,e-g);s.skipped?(f.length||(E+=s.skipped),g+=s.skipped):s.data&&p===s.data?g+=s.data.length-n:s.data&&s.data.length&&(D?.(),f.push(s.data),g+=s.data.length,p=s.data)}}return D?.(),{data:f,skipped:E}}function l(B,t,e,r,a,u){const{type:l,element:c,schemaPath:f,codec:h,compressors:p}=e,g=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,t.compressed_page_size);if(B.offset+=t.compressed_page_size,"DATA_PAGE"===t.type){const B=t.data_page_header;if(!B)throw new Error("parquet data page header is undefined");if(u>B.num_values&&(0,o.g7)(f))return{skipped:B.num_values};const C=(0,i.tC)(g,Number(t.uncompressed_page_size),h,p),{definitionLevels:l,repetitionLevels:c,dataPage:E}=(0,i.kS)(C,B,e),D=(0,s.Km)(E,r,B.encoding,e),A=Array.isArray(a)?a:[];return{skipped:0,data:(0,n.g)(A,l,c,D,f)}}if("DATA_PAGE_V2"===t.type){const B=t.data_page_header_v2;if(!B)throw new Error("parquet data page header v2 is undefined");if(u>B.num_rows)return{skipped:B.num_rows};const{definitionLevels:C,repetitionLevels:o,dataPage:l}=(0,i.uD)(g,t,e),c=(0,s.Km)(l,r,B.encoding,e),h=Array.isArray(a)?a:[];return{skipped:0,data:(0,n.g)(h,C,o,c,f)}}if("DICTIONARY_PAGE"===t.type){const B=t.dictionary_page_header;if(!B)throw new Error("parquet dictionary page header is undefined");const e=(0,i.tC)(g,Number(t.uncompressed_page_size),h,p),n={view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0};return{skipped:0,data:(0,C.r)(n,l,B.num_values,c.type_length)}}throw new Error(`parquet unsupported page type: ${t.type}`)}function c(B){const t=(0,a.Tn)(B);return{type:r.P2[t.field_1],uncompressed_page_size:t.field_2,compressed_page_size:t.field_3,crc:t.field_4,data_page_header:t.field_5&&{num_values:t.field_5.field_1,encoding:r.p6[t.field_5.field_2],definition_level_encoding:r.p6[t.field_5.field_3],repetition_level_encoding:r.p6[t.field_5.field_4],statistics:f(t.field_5.field_5)},index_page_header:t.field_6,dictionary_page_header:t.field_7&&{num_values:t.field_7.field_1,encoding:r.p6[t.field_7.field_2],is_sorted:t.field_7.field_3},data_page_header_v2:t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:r.p6[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:void 0===t.field_8.field_7||t.field_8.field_7,statistics:f(t.field_8.field_8)}}}function f(B){return B&&{max:B.field_1,min:B.field_2,null_count:B.field_3,distinct_count:B.field_4,max_value:B.field_5,min_value:B.field_6,is_max_value_exact:B.field_7,is_min_value_exact:B.field_8}}},40312:(B,t,e)=>{e.d(t,{CE:()=>n,I7:()=>u,IE:()=>C,Nw:()=>s,P2:()=>o,UQ:()=>a,gQ:()=>i,p6:()=>r});const n=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"],r=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"],s=["REQUIRED","OPTIONAL","REPEATED"],i=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"],C=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"],o=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"],a=["UNORDERED","ASCENDING","DESCENDING"],u=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"]},69234:(B,t,e)=>{function n(B){const t=r(B);if(1===t.type)return{type:"Point",coordinates:s(B,t)};if(2===t.type)return{type:"LineString",coordinates:i(B,t)};if(3===t.type)return{type:"Polygon",coordinates:C(B,t)};if(4===t.type){const e=[];for(let n=0;n<t.count;n++)e.push(s(B,r(B)));return{type:"MultiPoint",coordinates:e}}if(5===t.type){const e=[];for(let n=0;n<t.count;n++)e.push(i(B,r(B)));return{type:"MultiLineString",coordinates:e}}if(6===t.type){const e=[];for(let n=0;n<t.count;n++)e.push(C(B,r(B)));return{type:"MultiPolygon",coordinates:e}}if(7===t.type){const e=[];for(let r=0;r<t.count;r++)e.push(n(B));return{type:"GeometryCollection",geometries:e}}throw new Error(`Unsupported geometry type: ${t.type}`)}function r(B){const{view:t}=B,e=1===t.getUint8(B.offset++),n=t.getUint32(B.offset,e);B.offset+=4;const r=n%1e3,s=Math.floor(n/1e3);let i=0;r>1&&r<=7&&(i=t.getUint32(B.offset,e),B.offset+=4);let C=2;return s&&C++,3===s&&C++,{littleEndian:e,type:r,dim:C,count:i}}function s(B,t){const e=[];for(let n=0;n<t.dim;n++){const n=B.view.getFloat64(B.offset,t.littleEndian);B.offset+=8,e.push(n)}return e}function i(B,t){const e=[];for(let n=0;n<t.count;n++)e.push(s(B,t));return e}function C(B,t){const{view:e}=B,n=[];for(let r=0;r<t.count;r++){const r=e.getUint32(B.offset,t.littleEndian);B.offset+=4,n.push(i(B,{...t,count:r}))}return n}e.d(t,{Rc:()=>a,C6:()=>l,Km:()=>u,$Q:()=>c,dq:()=>f});const o=new TextDecoder,a={timestampFromMilliseconds:B=>new Date(Number(B)),timestampFromMicroseconds:B=>new Date(Number(B/1000n)),timestampFromNanoseconds:B=>new Date(Number(B/1000000n)),dateFromDays:B=>new Date(864e5*B),stringFromBytes:B=>B&&o.decode(B),jsonFromBytes:B=>B&&JSON.parse(o.decode(B)),geometryFromBytes:B=>B&&n({view:new DataView(B.buffer,B.byteOffset,B.byteLength),offset:0}),geographyFromBytes:B=>B&&n({view:new DataView(B.buffer,B.byteOffset,B.byteLength),offset:0}),uuidFromBytes(B){if(!B)return;const t=Array.from(B,B=>B.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function u(B,t,e,n){if(t&&e.endsWith("_DICTIONARY")){let e=B;B instanceof Uint8Array&&!(t instanceof Uint8Array)&&(e=new t.constructor(B.length));for(let n=0;n<B.length;n++)e[n]=t[B[n]];return e}return l(B,n)}function l(B,t){const{element:e,parsers:n,utf8:r=!0,schemaPath:s}=t,{type:i,converted_type:C,logical_type:o}=e,a="REQUIRED"!==e.repetition_type,u=s?.some(B=>"VARIANT"===B.element.logical_type?.type);if(u&&"BYTE_ARRAY"===i&&"UTF8"!==C&&"STRING"!==o?.type)return B;if("DECIMAL"===C){const t=10**-(e.scale||0),n=new Array(B.length);for(let e=0;e<n.length;e++)B[e]instanceof Uint8Array?n[e]=c(B[e])*t:n[e]=Number(B[e])*t;return n}if(!C&&"INT96"===i)return Array.from(B).map(B=>{return n.timestampFromNanoseconds(86400000000000n*(((t=B)>>64n)-2440588n)+(0xffffffffffffffffn&t));var t});if("DATE"===C)return Array.from(B).map(B=>n.dateFromDays(B));if("TIMESTAMP_MILLIS"===C)return Array.from(B).map(B=>n.timestampFromMilliseconds(B));if("TIMESTAMP_MICROS"===C)return Array.from(B).map(B=>n.timestampFromMicroseconds(B));if("JSON"===C)return B.map(B=>n.jsonFromBytes(B));if("BSON"===C)throw new Error("parquet bson not supported");if("INTERVAL"===C)throw new Error("parquet interval not supported");if("GEOMETRY"===o?.type)return B.map(B=>n.geometryFromBytes(B));if("GEOGRAPHY"===o?.type)return B.map(B=>n.geographyFromBytes(B));if("UUID"===o?.type)return B.map(B=>n.uuidFromBytes(B));if("UTF8"===C||"STRING"===o?.type||r&&"BYTE_ARRAY"===i)return B.map(B=>n.stringFromBytes(B));if("UINT_64"===C||"INTEGER"===o?.type&&64===o.bitWidth&&!o.isSigned){if(B instanceof BigInt64Array)return new BigUint64Array(B.buffer,B.byteOffset,B.length);const t=a?new Array(B.length):new BigUint64Array(B.length);for(let e=0;e<t.length;e++)t[e]=B[e];return t}if("UINT_32"===C||"INTEGER"===o?.type&&32===o.bitWidth&&!o.isSigned){if(B instanceof Int32Array)return new Uint32Array(B.buffer,B.byteOffset,B.length);const t=a?new Array(B.length):new Uint32Array(B.length);for(let e=0;e<t.length;e++)t[e]=B[e]<0?4294967296+B[e]:B[e];return t}if("FLOAT16"===o?.type)return Array.from(B).map(f);if("TIMESTAMP"===o?.type){const{unit:t}=o;let e=n.timestampFromMilliseconds;"MICROS"===t&&(e=n.timestampFromMicroseconds),"NANOS"===t&&(e=n.timestampFromNanoseconds);const r=new Array(B.length);for(let t=0;t<r.length;t++)r[t]=e(B[t]);return r}return B}function c(B){if(!B.length)return 0;let t=0n;for(const e of B)t=256n*t+BigInt(e);const e=8*B.length;return t>=2n**BigInt(e-1)&&(t-=2n**BigInt(e)),Number(t)}function f(B){if(!B)return;const t=B[1]<<8|B[0],e=t>>15?-1:1,n=t>>10&31,r=1023&t;return 0===n?e*2**-14*(r/1024):31===n?r?NaN:e*(1/0):e*2**(n-15)*(1+r/1024)}},63730:(B,t,e)=>{e.d(t,{tC:()=>h,kS:()=>f,uD:()=>p});var n=e(52558);function r(B,t,e){if(e instanceof Int32Array)return void function(B,t,e){const r=(0,n.pT)(B),i=(0,n.pT)(B);(0,n.pT)(B);let C=(0,n.fN)(B),o=0;e[o++]=C;const a=r/i,{view:u}=B;for(;o<t;){const n=s(B),r=B.offset;let l=r+i;for(let B=0;B<i&&o<t;B++){const s=u.getUint8(r+B),i=l+a*s/8;let c=0;for(let B=0;B<a&&o<t;B++){let B=0,t=0;for(;t<s;){const e=Math.min(8-c,s-t);t<32&&(B|=(u.getUint8(l)>>>c&(1<<e)-1)<<t),t+=e,c+=e,8===c&&(c=0,l++)}C=C+n+B|0,e[o++]=C}l=i}B.offset=l}}(B,t,e);const r=(0,n.pT)(B),i=(0,n.pT)(B);(0,n.pT)(B);let C=(0,n.GD)(B),o=0;e[o++]=C;const a=r/i;for(;o<t;){const r=(0,n.GD)(B),s=new Uint8Array(i);for(let t=0;t<i;t++)s[t]=B.view.getUint8(B.offset++);for(let n=0;n<i&&o<t;n++){const i=s[n];if(i){let n=0,s=a;const u=(1n<<BigInt(i))-1n;for(;s&&o<t;){let t=BigInt(B.view.getUint32(B.offset,!0)>>>n)&u;for(n+=i;n>=32;)n-=32,B.offset+=4,n&&(t|=BigInt(B.view.getUint32(B.offset,!0))<<BigInt(i-n)&u);C+=r+t,e[o++]=C,s--}s&&(B.offset+=Math.ceil((s*i+n)/8))}else for(let B=0;B<a&&o<t;B++)C+=r,e[o++]=C}}}function s(B){const t=B.offset,e=(0,n.pT)(B);return(e>>>1|(B.offset-t===5?B.view.getUint8(t+4)>>>4&1:0)<<31)^-(1&e)}function i(B,t,e){const n=new Int32Array(t);r(B,t,n);for(let r=0;r<t;r++)e[r]=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,n[r]),B.offset+=n[r]}function C(B,t,e){const n=new Int32Array(t);r(B,t,n);const s=new Int32Array(t);r(B,t,s);for(let r=0;r<t;r++){const t=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,s[r]);n[r]?(e[r]=new Uint8Array(n[r]+s[r]),e[r].set(e[r-1].subarray(0,n[r])),e[r].set(t,n[r])):e[r]=t,B.offset+=s[r]}}var o=e(23448),a=e(74809),u=e(28286);const l=[0,255,65535,16777215,4294967295];function c(B,t,e,n,r){for(let s=0;s<r;s++)e[n+s]=B[t+s]}function f(B,t,{type:e,element:n,schemaPath:s}){const l=new DataView(B.buffer,B.byteOffset,B.byteLength),c={view:l,offset:0};let f;const h=function(B,t,e){if(e.length>1){const n=(0,u.qt)(e);if(n){const e=new Array(t.num_values);return(0,o.z)(B,g(n),e),e}}return[]}(c,t,s),{definitionLevels:p,numNulls:E}=function(B,t,e){const n=(0,u.mM)(e);if(!n)return{definitionLevels:[],numNulls:0};const r=new Array(t.num_values);(0,o.z)(B,g(n),r);let s=t.num_values;for(const B of r)B===n&&s--;0===s&&(r.length=0);return{definitionLevels:r,numNulls:s}}(c,t,s),D=t.num_values-E;if("PLAIN"===t.encoding)f=(0,a.r)(c,e,D,n.type_length);else if("PLAIN_DICTIONARY"===t.encoding||"RLE_DICTIONARY"===t.encoding||"RLE"===t.encoding){const B="BOOLEAN"===e?1:l.getUint8(c.offset++);B?(f=new Array(D),"BOOLEAN"===e?((0,o.z)(c,B,f),f=f.map(B=>!!B)):(0,o.z)(c,B,f,l.byteLength-c.offset)):f=new Uint8Array(D)}else if("BYTE_STREAM_SPLIT"===t.encoding)f=(0,o.L)(c,D,e,n.type_length);else if("DELTA_BINARY_PACKED"===t.encoding){f="INT32"===e?new Int32Array(D):new BigInt64Array(D),r(c,D,f)}else if("DELTA_LENGTH_BYTE_ARRAY"===t.encoding)f=new Array(D),i(c,D,f);else{if("DELTA_BYTE_ARRAY"!==t.encoding)throw new Error(`parquet unsupported encoding: ${t.encoding}`);f=new Array(D),C(c,D,f)}return{definitionLevels:p,repetitionLevels:h,dataPage:f}}function h(B,t,e,n){let r;const s=n?.[e];if("UNCOMPRESSED"===e)r=B;else if(s)r=s(B,t);else{if("SNAPPY"!==e)throw new Error(`parquet unsupported compression codec: ${e}`);r=new Uint8Array(t),function(B,t){const e=B.byteLength,n=t.byteLength;let r=0,s=0;for(;r<e;){const t=B[r];if(r++,t<128)break}if(n&&r>=e)throw new Error("invalid snappy length header");for(;r<e;){const n=B[r];let i=0;if(r++,r>=e)throw new Error("missing eof marker");if(3&n){let C=0;switch(3&n){case 1:i=4+(n>>>2&7),C=B[r]+(n>>>5<<8),r++;break;case 2:if(e<=r+1)throw new Error("snappy error end of input");i=(n>>>2)+1,C=B[r]+(B[r+1]<<8),r+=2;break;case 3:if(e<=r+3)throw new Error("snappy error end of input");i=(n>>>2)+1,C=B[r]+(B[r+1]<<8)+(B[r+2]<<16)+(B[r+3]<<24),r+=4}if(0===C||isNaN(C))throw new Error(`invalid offset ${C} pos ${r} inputLength ${e}`);if(C>s)throw new Error("cannot copy from before start of buffer");c(t,s-C,t,s,i),s+=i}else{let i=(n>>>2)+1;if(i>60){if(r+3>=e)throw new Error("snappy error literal pos + 3 >= inputLength");const t=i-60;i=B[r]+(B[r+1]<<8)+(B[r+2]<<16)+(B[r+3]<<24),i=1+(i&l[t]),r+=t}if(r+i>e)throw new Error("snappy error literal exceeds input length");c(B,r,t,s,i),r+=i,s+=i}}if(s!==n)throw new Error("premature end of input")}(B,r)}if(r?.length!==t)throw new Error(`parquet decompressed page length ${r?.length} does not match header ${t}`);return r}function p(B,t,e){const n={view:new DataView(B.buffer,B.byteOffset,B.byteLength),offset:0},{type:s,element:l,schemaPath:c,codec:f,compressors:p}=e,E=t.data_page_header_v2;if(!E)throw new Error("parquet data page header v2 is undefined");const D=function(B,t,e){const n=(0,u.qt)(e);if(!n)return[];const r=new Array(t.num_values);return(0,o.z)(B,g(n),r,t.repetition_levels_byte_length),r}(n,E,c);n.offset=E.repetition_levels_byte_length;const A=function(B,t,e){const n=(0,u.mM)(e);if(n){const e=new Array(t.num_values);return(0,o.z)(B,g(n),e,t.definition_levels_byte_length),e}}(n,E,c),d=t.uncompressed_page_size-E.definition_levels_byte_length-E.repetition_levels_byte_length;let w=B.subarray(n.offset);!1!==E.is_compressed&&(w=h(w,d,f,p));const I=new DataView(w.buffer,w.byteOffset,w.byteLength),m={view:I,offset:0};let F;const y=E.num_values-E.num_nulls;if("PLAIN"===E.encoding)F=(0,a.r)(m,s,y,l.type_length);else if("RLE"===E.encoding)F=new Array(y),(0,o.z)(m,1,F),F=F.map(B=>!!B);else if("PLAIN_DICTIONARY"===E.encoding||"RLE_DICTIONARY"===E.encoding){const B=I.getUint8(m.offset++);F=new Array(y),(0,o.z)(m,B,F,d-1)}else if("DELTA_BINARY_PACKED"===E.encoding){F="INT32"===s?new Int32Array(y):new BigInt64Array(y),r(m,y,F)}else if("DELTA_LENGTH_BYTE_ARRAY"===E.encoding)F=new Array(y),i(m,y,F);else if("DELTA_BYTE_ARRAY"===E.encoding)F=new Array(y),C(m,y,F);else{if("BYTE_STREAM_SPLIT"!==E.encoding)throw new Error(`parquet unsupported encoding: ${E.encoding}`);F=(0,o.L)(m,y,s,l.type_length)}return{definitionLevels:A,repetitionLevels:D,dataPage:F}}function g(B){return 32-Math.clz32(B)}},23448:(B,t,e)=>{e.d(t,{L:()=>C,z:()=>r});var n=e(52558);function r(B,t,e,r){void 0===r&&(r=B.view.getUint32(B.offset,!0),B.offset+=4);const C=B.offset;let o=0;for(;o<e.length;){const r=(0,n.pT)(B);if(1&r)o=i(B,r,t,e,o);else{const n=r>>>1;s(B,n,t,e,o),o+=n}}B.offset=C+r}function s(B,t,e,n,r){const s=e+7>>3;let i=0;for(let t=0;t<s;t++)i|=B.view.getUint8(B.offset++)<<(t<<3);for(let B=0;B<t;B++)n[r+B]=i}function i(B,t,e,n,r){let s=t>>1<<3;const i=(1<<e)-1;let C=0;if(B.offset<B.view.byteLength)C=B.view.getUint8(B.offset++);else if(i)throw new Error(`parquet bitpack offset ${B.offset} out of range`);let o=8,a=0;for(;s;)a>8?(a-=8,o-=8,C>>>=8):o-a<e?(C|=B.view.getUint8(B.offset)<<o,B.offset++,o+=8):(r<n.length&&(n[r++]=C>>a&i),s--,a+=e);return r}function C(B,t,e,n){const r=function(B,t){switch(B){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${B}`)}}(e,n),s=new Uint8Array(t*r);for(let e=0;e<r;e++)for(let n=0;n<t;n++)s[n*r+e]=B.view.getUint8(B.offset++);if("FLOAT"===e)return new Float32Array(s.buffer);if("DOUBLE"===e)return new Float64Array(s.buffer);if("INT32"===e)return new Int32Array(s.buffer);if("INT64"===e)return new BigInt64Array(s.buffer);if("FIXED_LEN_BYTE_ARRAY"===e){const B=new Array(t);for(let e=0;e<t;e++)B[e]=s.subarray(e*r,(e+1)*r);return B}throw new Error(`parquet byte_stream_split unsupported type: ${e}`)}},96367:(B,t,e)=>{e.d(t,{FS:()=>g,Ei:()=>u,YR:()=>c});var n=e(40312),r=e(69234),s=e(28286),i=e(52558);const C=1<<19,o=new TextDecoder;function a(B){return B&&o.decode(B)}async function u(B,{parsers:t,initialFetchSize:e=C,geoparquet:n=!0}={}){if(!(B&&B.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const r=Math.max(0,B.byteLength-e),s=await B.slice(r,B.byteLength),i=new DataView(s);if(827474256!==i.getUint32(s.byteLength-4,!0))throw new Error("parquet file invalid (footer != PAR1)");const o=i.getUint32(s.byteLength-8,!0);if(o>B.byteLength-8)throw new Error(`parquet metadata length ${o} exceeds available buffer ${B.byteLength-8}`);if(o+8>e){const e=B.byteLength-o-8,i=await B.slice(e,r),C=new ArrayBuffer(o+8),a=new Uint8Array(C);return a.set(new Uint8Array(i)),a.set(new Uint8Array(s),r-e),l(C,{parsers:t,geoparquet:n})}return l(s,{parsers:t,geoparquet:n})}function l(B,{parsers:t,geoparquet:e=!0}={}){let s;if(B instanceof ArrayBuffer)s=new DataView(B);else{if(!(B instanceof Uint8Array))throw new Error("parquet expected ArrayBuffer or Uint8Array");s=new DataView(B.buffer,B.byteOffset,B.byteLength)}const C={...r.Rc,...t};if(s.byteLength<8)throw new Error("parquet file is too short");if(827474256!==s.getUint32(s.byteLength-4,!0))throw new Error("parquet file invalid (footer != PAR1)");const o=s.byteLength-8,u=s.getUint32(o,!0);if(u>s.byteLength-8)throw new Error(`parquet metadata length ${u} exceeds available buffer ${s.byteLength-8}`);const l={view:s,offset:o-u},c=(0,i.Tn)(l),h=c.field_1,g=c.field_2.map(B=>({type:n.CE[B.field_1],type_length:B.field_2,repetition_type:n.Nw[B.field_3],name:a(B.field_4),num_children:B.field_5,converted_type:n.gQ[B.field_6],scale:B.field_7,precision:B.field_8,field_id:B.field_9,logical_type:f(B.field_10)})),E=g.filter(B=>B.type),D=c.field_3,A=c.field_4.map(B=>({columns:B.field_1.map((B,t)=>({file_path:a(B.field_1),file_offset:B.field_2,meta_data:B.field_3&&{type:n.CE[B.field_3.field_1],encodings:B.field_3.field_2?.map(B=>n.p6[B]),path_in_schema:B.field_3.field_3.map(a),codec:n.IE[B.field_3.field_4],num_values:B.field_3.field_5,total_uncompressed_size:B.field_3.field_6,total_compressed_size:B.field_3.field_7,key_value_metadata:B.field_3.field_8?.map(B=>({key:a(B.field_1),value:a(B.field_2)})),data_page_offset:B.field_3.field_9,index_page_offset:B.field_3.field_10,dictionary_page_offset:B.field_3.field_11,statistics:p(B.field_3.field_12,E[t],C),encoding_stats:B.field_3.field_13?.map(B=>({page_type:n.P2[B.field_1],encoding:n.p6[B.field_2],count:B.field_3})),bloom_filter_offset:B.field_3.field_14,bloom_filter_length:B.field_3.field_15,size_statistics:B.field_3.field_16&&{unencoded_byte_array_data_bytes:B.field_3.field_16.field_1,repetition_level_histogram:B.field_3.field_16.field_2,definition_level_histogram:B.field_3.field_16.field_3},geospatial_statistics:B.field_3.field_17&&{bbox:B.field_3.field_17.field_1&&{xmin:B.field_3.field_17.field_1.field_1,xmax:B.field_3.field_17.field_1.field_2,ymin:B.field_3.field_17.field_1.field_3,ymax:B.field_3.field_17.field_1.field_4,zmin:B.field_3.field_17.field_1.field_5,zmax:B.field_3.field_17.field_1.field_6,mmin:B.field_3.field_17.field_1.field_7,mmax:B.field_3.field_17.field_1.field_8},geospatial_types:B.field_3.field_17.field_2}},offset_index_offset:B.field_4,offset_index_length:B.field_5,column_index_offset:B.field_6,column_index_length:B.field_7,crypto_metadata:B.field_8,encrypted_column_metadata:B.field_9})),total_byte_size:B.field_2,num_rows:B.field_3,sorting_columns:B.field_4?.map(B=>({column_idx:B.field_1,descending:B.field_2,nulls_first:B.field_3})),file_offset:B.field_5,total_compressed_size:B.field_6,ordinal:B.field_7})),d=c.field_5?.map(B=>({key:a(B.field_1),value:a(B.field_2)})),w=a(c.field_6);return e&&function(B,t){const e=new Map,n=t?.find(({key:B})=>"geo"===B)?.value,r=(n&&JSON.parse(n)?.columns)??{};for(const[B,t]of Object.entries(r)){if("WKB"!==t.encoding)continue;const n="spherical"===t.edges?"GEOGRAPHY":"GEOMETRY",r=t.crs?.id??t.crs?.ids?.[0],s=r?`${r.authority}:${r.code.toString()}`:void 0;e.set(B,{type:n,crs:s})}for(let t=1;t<B.length;t++){const{logical_type:n,name:r,num_children:s,type:i}=B[t];s?t+=s:"BYTE_ARRAY"!==i||n||(B[t].logical_type=e.get(r))}}(g,d),{version:h,schema:g,num_rows:D,row_groups:A,key_value_metadata:d,created_by:w,metadata_length:u}}function c({schema:B}){return(0,s.Dy)(B,[])[0]}function f(B){return B?.field_1?{type:"STRING"}:B?.field_2?{type:"MAP"}:B?.field_3?{type:"LIST"}:B?.field_4?{type:"ENUM"}:B?.field_5?{type:"DECIMAL",scale:B.field_5.field_1,precision:B.field_5.field_2}:B?.field_6?{type:"DATE"}:B?.field_7?{type:"TIME",isAdjustedToUTC:B.field_7.field_1,unit:h(B.field_7.field_2)}:B?.field_8?{type:"TIMESTAMP",isAdjustedToUTC:B.field_8.field_1,unit:h(B.field_8.field_2)}:B?.field_10?{type:"INTEGER",bitWidth:B.field_10.field_1,isSigned:B.field_10.field_2}:B?.field_11?{type:"NULL"}:B?.field_12?{type:"JSON"}:B?.field_13?{type:"BSON"}:B?.field_14?{type:"UUID"}:B?.field_15?{type:"FLOAT16"}:B?.field_16?{type:"VARIANT",specification_version:B.field_16.field_1}:B?.field_17?{type:"GEOMETRY",crs:a(B.field_17.field_1)}:B?.field_18?{type:"GEOGRAPHY",crs:a(B.field_18.field_1),algorithm:n.I7[B.field_18.field_2]}:B}function h(B){if(B.field_1)return"MILLIS";if(B.field_2)return"MICROS";if(B.field_3)return"NANOS";throw new Error("parquet time unit required")}function p(B,t,e){return B&&{max:g(B.field_1,t,e),min:g(B.field_2,t,e),null_count:B.field_3,distinct_count:B.field_4,max_value:g(B.field_5,t,e),min_value:g(B.field_6,t,e),is_max_value_exact:B.field_7,is_min_value_exact:B.field_8}}function g(B,t,e){const{type:n,converted_type:s,logical_type:i}=t;if(void 0===B)return B;if("BOOLEAN"===n)return 1===B[0];if("BYTE_ARRAY"===n)return e.stringFromBytes(B);const C=new DataView(B.buffer,B.byteOffset,B.byteLength);if("FLOAT"===n&&4===C.byteLength)return C.getFloat32(0,!0);if("DOUBLE"===n&&8===C.byteLength)return C.getFloat64(0,!0);if("INT32"===n&&"DECIMAL"===s&&4===C.byteLength)return C.getInt32(0,!0)*10**-(t.scale||0);if("INT64"===n&&"DECIMAL"===s&&8===C.byteLength)return Number(C.getBigInt64(0,!0))*10**-(t.scale||0);if("INT32"===n&&"DATE"===s)return e.dateFromDays(C.getInt32(0,!0));if("INT64"===n&&"TIMESTAMP_MILLIS"===s)return e.timestampFromMilliseconds(C.getBigInt64(0,!0));if("INT64"===n&&"TIMESTAMP_MICROS"===s)return e.timestampFromMicroseconds(C.getBigInt64(0,!0));if("INT64"===n&&"TIMESTAMP"===i?.type&&"NANOS"===i?.unit)return e.timestampFromNanoseconds(C.getBigInt64(0,!0));if("INT64"===n&&"TIMESTAMP"===i?.type&&"MICROS"===i?.unit)return e.timestampFromMicroseconds(C.getBigInt64(0,!0));if("INT64"===n&&"TIMESTAMP"===i?.type)return e.timestampFromMilliseconds(C.getBigInt64(0,!0));const o=s?.startsWith("UINT_")||"INTEGER"===i?.type&&!i.isSigned;return"INT32"===n&&o&&4===C.byteLength?C.getUint32(0,!0):"INT64"===n&&o&&8===C.byteLength?C.getBigUint64(0,!0):"INT32"===n&&4===C.byteLength?C.getInt32(0,!0):"INT64"===n&&8===C.byteLength?C.getBigInt64(0,!0):"DECIMAL"===s?(0,r.$Q)(B)*10**-(t.scale||0):"FLOAT16"===i?.type?(0,r.dq)(B):"UUID"===i?.type?e.uuidFromBytes(B):B}},74809:(B,t,e)=>{function n(B,t,e,n){if(0===e)return[];if("BOOLEAN"===t)return function(B,t){const e=new Array(t);for(let n=0;n<t;n++){const t=B.offset+(n/8|0),r=n%8,s=B.view.getUint8(t);e[n]=!!(s&1<<r)}return B.offset+=Math.ceil(t/8),e}(B,e);if("INT32"===t)return function(B,t){const e=(B.view.byteOffset+B.offset)%4?new Int32Array(r(B.view.buffer,B.view.byteOffset+B.offset,4*t)):new Int32Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=4*t,e}(B,e);if("INT64"===t)return function(B,t){const e=(B.view.byteOffset+B.offset)%8?new BigInt64Array(r(B.view.buffer,B.view.byteOffset+B.offset,8*t)):new BigInt64Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=8*t,e}(B,e);if("INT96"===t)return function(B,t){const e=new Array(t);for(let n=0;n<t;n++){const t=B.view.getBigInt64(B.offset+12*n,!0),r=B.view.getInt32(B.offset+12*n+8,!0);e[n]=BigInt(r)<<64n|t}return B.offset+=12*t,e}(B,e);if("FLOAT"===t)return function(B,t){const e=(B.view.byteOffset+B.offset)%4?new Float32Array(r(B.view.buffer,B.view.byteOffset+B.offset,4*t)):new Float32Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=4*t,e}(B,e);if("DOUBLE"===t)return function(B,t){const e=(B.view.byteOffset+B.offset)%8?new Float64Array(r(B.view.buffer,B.view.byteOffset+B.offset,8*t)):new Float64Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=8*t,e}(B,e);if("BYTE_ARRAY"===t)return function(B,t){const e=new Array(t);for(let n=0;n<t;n++){const t=B.view.getUint32(B.offset,!0);B.offset+=4,e[n]=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,t),B.offset+=t}return e}(B,e);if("FIXED_LEN_BYTE_ARRAY"===t){if(!n)throw new Error("parquet missing fixed length");return function(B,t,e){const n=new Array(t);for(let r=0;r<t;r++)n[r]=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,e),B.offset+=e;return n}(B,e,n)}throw new Error(`parquet unhandled type: ${t}`)}function r(B,t,e){const n=new ArrayBuffer(e);return new Uint8Array(n).set(new Uint8Array(B,t,e)),n}e.d(t,{r:()=>n})},27992:(B,t,e)=>{e.d(t,{bA:()=>CB});var n=e(52558);const r=0xffffffffffffffffn,s=0x9e3779b185ebca87n,i=0xc2b2ae3d27d4eb4fn,C=0x165667b19e3779f9n,o=0x85ebca77c2b2ae63n,a=0x27d4eb2f165667c5n;function u(B,t){return(B<<t|B>>64n-t)&r}function l(B,t){return(B=u(B=B+t*i&r,31n))*s&r}function c(B,t){return(B^=l(0n,t))*s+o&r}function f(B,t=0n){const e=new DataView(B.buffer,B.byteOffset,B.byteLength),n=B.byteLength;let f,h=0;if(n>=32){let B=t+s+i&r,C=t+i&r,o=t,a=t-s&r;for(;h+32<=n;)B=l(B,e.getBigUint64(h,!0)),h+=8,C=l(C,e.getBigUint64(h,!0)),h+=8,o=l(o,e.getBigUint64(h,!0)),h+=8,a=l(a,e.getBigUint64(h,!0)),h+=8;f=u(B,1n)+u(C,7n)+u(o,12n)+u(a,18n)&r,f=c(f,B),f=c(f,C),f=c(f,o),f=c(f,a)}else f=t+a&r;for(f=f+BigInt(n)&r;h+8<=n;)f^=l(0n,e.getBigUint64(h,!0)),f=u(f,27n)*s+o&r,h+=8;for(h+4<=n&&(f^=BigInt(e.getUint32(h,!0))*s&r,f=u(f,23n)*i+C&r,h+=4);h<n;)f^=BigInt(e.getUint8(h))*a&r,f=u(f,11n)*s&r,h+=1;return f^=f>>33n,f=f*i&r,f^=f>>29n,f=f*C&r,f^=f>>32n,f}const h=new TextEncoder,p=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function g(B,t){return Number((B>>32n)*BigInt(t)>>32n)}function E(B){const t=new Uint32Array(8),e=0|Number(0xffffffffn&B);for(let B=0;B<8;B++)t[B]=1<<(Math.imul(e,p[B])>>>27);return t}function D(B,t){const e=g(t,B.length>>3)<<3,n=E(t);for(let t=0;t<8;t++)if(0===(B[e+t]&n[t]))return!1;return!0}function A(B){const t=(0,n.Tn)(B),e=t.field_1;if("number"!=typeof e||e<=0||e%32!=0)return;if(!t.field_2?.field_1)return;if(!t.field_3?.field_1)return;if(!t.field_4?.field_1)return;const{view:r,offset:s}=B;if(s+e>r.byteLength)throw new Error(`parquet bloom filter truncated: need ${e} bytes, have ${r.byteLength-s}`);const i=new Uint32Array(e>>2);for(let B=0;B<i.length;B++)i[B]=r.getUint32(s+4*B,!0);return B.offset=s+e,{numBytes:e,blocks:i}}function d(B,t){if(null==B)return;const{type:e,converted_type:n,logical_type:r}=t;if("BOOLEAN"===e){if("boolean"!=typeof B)return;return f(new Uint8Array([B?1:0]))}if("FLOAT"===e){if("number"!=typeof B)return;const t=new ArrayBuffer(4);return new DataView(t).setFloat32(0,B,!0),f(new Uint8Array(t))}if("DOUBLE"===e){if("number"!=typeof B)return;const t=new ArrayBuffer(8);return new DataView(t).setFloat64(0,B,!0),f(new Uint8Array(t))}if("INT32"===e){if("DATE"===n||"DECIMAL"===n||"TIME_MILLIS"===n)return;if("DATE"===r?.type||"TIME"===r?.type||"DECIMAL"===r?.type)return;if("number"!=typeof B||!Number.isInteger(B))return;const t=new ArrayBuffer(4);return new DataView(t).setInt32(0,0|B,!0),f(new Uint8Array(t))}if("INT64"===e){if("TIMESTAMP_MILLIS"===n||"TIMESTAMP_MICROS"===n)return;if("TIME_MICROS"===n||"DECIMAL"===n)return;if("TIMESTAMP"===r?.type||"TIME"===r?.type||"DECIMAL"===r?.type)return;let t;if("bigint"==typeof B)t=B;else{if("number"!=typeof B||!Number.isSafeInteger(B))return;t=BigInt(B)}const e=new ArrayBuffer(8);return new DataView(e).setBigUint64(0,BigInt.asUintN(64,t),!0),f(new Uint8Array(e))}if("BYTE_ARRAY"===e){if("JSON"===n||"BSON"===n||"DECIMAL"===n)return;if("JSON"===r?.type||"BSON"===r?.type||"VARIANT"===r?.type)return;if("GEOMETRY"===r?.type||"GEOGRAPHY"===r?.type)return;return"string"==typeof B?f(h.encode(B)):B instanceof Uint8Array?f(B):void 0}if("FIXED_LEN_BYTE_ARRAY"===e){if("DECIMAL"===n||"INTERVAL"===n)return;if("DECIMAL"===r?.type||"UUID"===r?.type||"FLOAT16"===r?.type)return;if("GEOMETRY"===r?.type||"GEOGRAPHY"===r?.type)return;return B instanceof Uint8Array?f(B):void 0}}function w(B){const t=new Set;return I(B,t),t}function I(B,t){if(B)if("$and"in B&&Array.isArray(B.$and))for(const e of B.$and)I(e,t);else if("$or"in B&&Array.isArray(B.$or))for(const e of B.$or)I(e,t);else if(!("$nor"in B))for(const[e,n]of Object.entries(B))e.startsWith("$")||("object"!=typeof n||null===n||Array.isArray(n)||"$eq"in n||"$in"in n)&&t.add(e)}function m(B,t){for(let e=0;e<t.length;e+=1e4)B.push(...t.slice(e,e+1e4))}function F(B,t,e=!0){if(e?B===t:B==t)return!0;if(!B||!t||"object"!=typeof B||"object"!=typeof t)return!1;if(B instanceof Uint8Array&&t instanceof Uint8Array){if(B.length!==t.length)return!1;for(let e=0;e<B.length;e++)if(B[e]!==t[e])return!1;return!0}if(B instanceof Date||t instanceof Date)return B instanceof Date&&t instanceof Date&&B.getTime()===t.getTime();if(Array.isArray(B)&&Array.isArray(t)){if(B.length!==t.length)return!1;for(let n=0;n<B.length;n++)if(!F(B[n],t[n],e))return!1;return!0}const n=Object.keys(B);if(n.length!==Object.keys(t).length)return!1;for(const r of n)if(!F(B[r],t[r],e))return!1;return!0}function y(B){if(!B)return[];if(1===B.length)return B[0];const t=[];for(const e of B)m(t,e);return t}const b=new TextEncoder;function O(B){if(!B)return[];const t=[];return"$and"in B&&Array.isArray(B.$and)?t.push(...B.$and.flatMap(O)):"$or"in B&&Array.isArray(B.$or)?t.push(...B.$or.flatMap(O)):"$nor"in B&&Array.isArray(B.$nor)?t.push(...B.$nor.flatMap(O)):t.push(...Object.keys(B)),[...new Set(t)]}function L(B){return[...new Set(O(B).map(B=>B.split(".")[0]))]}function R(B,t,e=!0){return"$and"in t&&Array.isArray(t.$and)?t.$and.every(t=>R(B,t,e)):"$or"in t&&Array.isArray(t.$or)?t.$or.some(t=>R(B,t,e)):"$nor"in t&&Array.isArray(t.$nor)?!t.$nor.some(t=>R(B,t,e)):Object.entries(t).every(([t,n])=>{const r=function(B,t){let e=B;for(const B of t.split("."))e=e?.[B];return e}(B,t);return"object"!=typeof n||null===n||Array.isArray(n)?F(r,n,e):Object.entries(n||{}).every(([B,t])=>"$gt"===B?null!=r&&r>t:"$gte"===B?null!=r&&r>=t:"$lt"===B?null!=r&&r<t:"$lte"===B?null!=r&&r<=t:"$eq"===B?F(r,t,e):"$ne"===B?!F(r,t,e):"$in"===B?Array.isArray(t)&&G(r,t,e):"$nin"===B?Array.isArray(t)&&!G(r,t,e):"$not"!==B||!R({value:r},{value:t},e))})}function G(B,t,e){return t.some(t=>F(B,t,e)||Array.isArray(B)&&B.some(B=>F(B,t,e)))}function N({rowGroup:B,physicalColumns:t,filter:e,strict:n=!0,bloomFilters:r,schemaElements:s}){if(!e)return!1;if("$and"in e&&Array.isArray(e.$and))return e.$and.some(e=>N({rowGroup:B,physicalColumns:t,filter:e,strict:n,bloomFilters:r,schemaElements:s}));if("$or"in e&&Array.isArray(e.$or))return e.$or.every(e=>N({rowGroup:B,physicalColumns:t,filter:e,strict:n,bloomFilters:r,schemaElements:s}));if("$nor"in e&&Array.isArray(e.$nor))return!1;for(const[i,C]of Object.entries(e)){const e=t.indexOf(i);if(-1===e)continue;const o=B.columns[e].meta_data?.statistics,{min:a,max:u,min_value:l,max_value:c,null_count:f}=o||{},h=void 0!==l?l:a,p=void 0!==c?c:u,g=void 0!==h&&void 0!==p,E=r?.[i],A=s?.[i],w=R({value:null},{value:C},n)&&(void 0===f||f>0);if(g&&!w&&T(C,h,p,n,A))return!0;for(const[B,t]of Object.entries(C||{}))if(E&&A){if("$eq"===B){const B=d(t,A);if(void 0!==B&&!D(E.blocks,B))return!0}if("$in"===B&&Array.isArray(t)&&t.length>0){let B=!0;for(const e of t){const t=d(e,A);if(void 0===t||D(E.blocks,t)){B=!1;break}}if(B)return!0}}}return!1}function T(B,t,e,n,r){if(void 0===t||void 0===e)return!1;const s="FLOAT"===r?.type||"DOUBLE"===r?.type||"FLOAT16"===r?.logical_type?.type;for(const[i,C]of Object.entries(B||{})){const B=v(t,C,n,r),o=v(e,C,n,r),a=!(t instanceof Uint8Array||e instanceof Uint8Array)&&("BYTE_ARRAY"!==r?.type||"string"==typeof C&&[...C].every(B=>B.charCodeAt(0)<=127));if("$gt"===i&&a&&void 0!==o&&o<=0)return!0;if("$gte"===i&&a&&void 0!==o&&o<0)return!0;if("$lt"===i&&a&&void 0!==B&&B>=0)return!0;if("$lte"===i&&a&&void 0!==B&&B>0)return!0;if("$eq"===i){const B=v(C,t,n,r),s=v(C,e,n,r);if(void 0!==B&&B<0||void 0!==s&&s>0)return!0}if("$ne"===i&&!s&&F(t,e,n)&&F(t,C,n))return!0;if("$in"===i&&Array.isArray(C)&&C.every(B=>{const s=v(B,t,n,r),i=v(B,e,n,r);return void 0!==s&&s<0||void 0!==i&&i>0}))return!0;if("$nin"===i&&!s&&Array.isArray(C)&&F(t,e,n)&&C.some(B=>F(t,B,n)))return!0}return!1}function v(B,t,e,n){if("BYTE_ARRAY"===n?.type){if("string"!=typeof B||"string"!=typeof t)return;return H(b.encode(B),b.encode(t))}if(B instanceof Uint8Array||t instanceof Uint8Array){if(!(B instanceof Uint8Array&&t instanceof Uint8Array))return;return H(B,t)}return B<t?-1:B>t?1:F(B,t,e)?0:void 0}function H(B,t){const e=Math.min(B.length,t.length);for(let n=0;n<e;n++){if(B[n]<t[n])return-1;if(B[n]>t[n])return 1}return B.length<t.length?-1:B.length>t.length?1:0}function S(B,t){return R({value:null},{value:B},t)}function x(B,t,e,n=!0){if(!B)return;if("$and"in B&&Array.isArray(B.$and)){let r;for(const s of B.$and)r=P(r,x(s,t,e,n));return r}if("$or"in B&&Array.isArray(B.$or)){let r=[];for(const s of B.$or){const B=x(s,t,e,n);if(!B)return;r=M(r,B)}return r}if("$nor"in B&&Array.isArray(B.$nor))return;let r;for(const[s,i]of Object.entries(B)){const B=t[s];if(!B)continue;const C=S(i,n),o=[];for(let t=0;t<B.pageStarts.length;t++){const r=B.pageStarts[t],s=t+1<B.pageStarts.length?B.pageStarts[t+1]:e,a=B.nullCounts?.[t],u=C&&(void 0===a||a>0);if(!(!B.nullPages[t]&&!u&&T(i,B.minValues[t],B.maxValues[t],n,B.element))){const B=o[o.length-1];B&&B[1]===r?B[1]=s:o.push([r,s])}}r=P(r,o)}return r}function P(B,t){if(!B)return t;if(!t)return B;const e=[];let n=0,r=0;for(;n<B.length&&r<t.length;){const s=Math.max(B[n][0],t[r][0]),i=Math.min(B[n][1],t[r][1]);s<i&&e.push([s,i]),B[n][1]<t[r][1]?n++:r++}return e}function M(B,t){const e=[];let n=0,r=0;for(;n<B.length||r<t.length;){const s=r>=t.length||n<B.length&&B[n][0]<=t[r][0]?B[n++]:t[r++],i=e[e.length-1];i&&s[0]<=i[1]?i[1]=Math.max(i[1],s[1]):e.push([s[0],s[1]])}return e}var k=e(96367),U=e(95573),J=e(16167),_=e(69234),Q=e(40312);function Y(B,t,e=void 0){const r={..._.Rc,...e},s=(0,n.Tn)(B);return{null_pages:s.field_1,min_values:s.field_2.map(B=>(0,k.FS)(B,t,r)),max_values:s.field_3.map(B=>(0,k.FS)(B,t,r)),boundary_order:Q.UQ[s.field_4],null_counts:s.field_5,repetition_level_histograms:s.field_6,definition_level_histograms:s.field_7}}function K(B){const t=(0,n.Tn)(B);return{page_locations:t.field_1.map(B=>({offset:B.field_1,compressed_page_size:B.field_2,first_row_index:B.field_3})),unencoded_byte_array_data_bytes:t.field_2}}var q=e(28286);async function W(B,t,e,n,r){const{data_page_offset:s,dictionary_page_offset:i}=e.columnMetadata,{selectStart:C,selectEnd:o}=t;let{startByte:a,endByte:u}=e.range,l=-1;const c=i||s<n[0].offset;for(let B=0;B<n.length;B++){const e=n[B],r=Number(e.first_row_index),s=B+1<n.length?Number(n[B+1].first_row_index):t.groupRows;l<0&&s>C&&(a=Number(e.offset),l=r),r<o&&(u=Number(e.offset)+e.compressed_page_size)}let f;if(l<0&&(l=0),c&&l){const t=Number(n[0].offset)-e.range.startByte,[r,s]=await Promise.all([B.file.slice(e.range.startByte,Number(n[0].offset)),B.file.slice(a,u)]),i=new Uint8Array(t+s.byteLength);i.set(new Uint8Array(r,0,t)),i.set(new Uint8Array(s),t),f=new DataView(i.buffer)}else f=c?new DataView(await B.file.slice(e.range.startByte,u)):new DataView(await B.file.slice(a,u));const h={view:f,offset:0},p=l?{...t,groupStart:t.groupStart+l,selectStart:t.selectStart-l,selectEnd:t.selectEnd-l}:t,{data:g,skipped:E}=(0,J.JB)(h,p,r,B.onPage);return{data:g,skipped:l+E}}async function V({asyncColumns:B},t,e,n,r){const s=await Promise.all(B.map(B=>B.data.then(({skipped:B,data:t})=>({skipped:B,data:y(t)})))),i=e-t;if("object"===r){const e=Array(i);for(let n=0;n<i;n++){const r={};for(let e=0;e<B.length;e++){const{data:i,skipped:C}=s[e];r[B[e].pathInSchema[0]]=i[t+n-C]}e[n]=r}return e}const C=B.map(B=>B.pathInSchema[0]).filter(B=>!n||n.includes(B)),o=n??C,a=o.map(t=>B.findIndex(B=>B.pathInSchema[0]===t)),u=Array(i);for(let e=0;e<i;e++){const n=Array(B.length);for(let B=0;B<o.length;B++){const r=a[B];if(r<0)throw new Error(`parquet column not found: ${o[B]}`);const{data:i,skipped:C}=s[r];n[B]=i[t+e-C]}u[e]=n}return u}const j=1<<21,z=8192;function Z(B){const{metadata:t,rowStart:e=0,columns:n,useOffsetIndex:r=!1}=B;if(!t)throw new Error("parquetPlan requires metadata");const s=[],i=[],C=[],o=function({metadata:B,rowStart:t=0,rowEnd:e=1/0,columns:n,filter:r,filterStrict:s=!0,bloomFiltersByGroup:i,schemaElements:C,pageRangesByGroup:o,pageLocationsByGroup:a}){if(!B)throw new Error("parquetPlan requires metadata");const u=(0,k.YR)(B),l=(0,q.fX)(u),c=r?{...eB(u),...C}:C,f=[];let h=0;for(let C=0;C<B.row_groups.length;C++){const u=B.row_groups[C],p=Number(u.num_rows),g=h+p;if(p>0&&g>t&&h<e&&!N({rowGroup:u,physicalColumns:l,filter:r,strict:s,bloomFilters:i?.[C],schemaElements:c})){const B=Math.max(t-h,0),r=Math.min(e-h,p),s=o?.[C],i=a?.[C];let l=s?s.map(([t,e])=>[Math.max(t,B),Math.min(e,r)]).filter(([B,t])=>B<t):[[B,r]];if(l.length>1){l=u.columns.every(B=>{const t=B.meta_data?.path_in_schema[0],e=B.meta_data?.path_in_schema.join(".");return!(!n||!t||n.includes(t))||(!(!B.offset_index_offset||!B.offset_index_length)||!(!e||!i?.[e]))})?$(l,u,n,i):[[l[0][0],l[l.length-1][1]]]}l.length&&f.push({rowGroup:u,groupIndex:C,groupStart:h,groupRows:p,ranges:l,pageRanges:s,pageLocations:i})}h=g}return{groups:f,rowEnd:isFinite(e)?e:h}}(B);for(const B of o.groups){const t=X({...B,columns:n,useOffsetIndex:r});s.push(...t.groups),i.push(...t.fetches),C.push(...t.indexes)}return i.push(...C),{metadata:t,rowStart:e,rowEnd:o.rowEnd,columns:n,fetches:i,groups:s}}function X({rowGroup:B,groupStart:t,groupRows:e,ranges:n,columns:r,useOffsetIndex:s=!1,pageRanges:i,pageLocations:C}){const o=[],a=[],u=[],l=n.length>1||n[0][0]>0||n[0][1]<e;for(const t of B.columns){const B=t.meta_data;if(t.file_path)throw new Error("parquet file_path not supported");if(!B)throw new Error("parquet column metadata is undefined");if(r&&!r.includes(B.path_in_schema[0]))continue;const e=B.dictionary_page_offset||B.data_page_offset,n=Number(e),a=Number(e+B.total_compressed_size),u=C?.[B.path_in_schema.join(".")];if(u&&l)o.push({columnMetadata:B,pageLocations:u,range:{startByte:n,endByte:a}});else if((s||i)&&t.offset_index_offset&&t.offset_index_length&&l){const n=Number(t.offset_index_offset);o.push({columnMetadata:B,offsetIndex:{startByte:n,endByte:n+t.offset_index_length},range:{startByte:Number(e),endByte:a}})}else o.push({columnMetadata:B,range:{startByte:n,endByte:a}})}const c=[];let f;for(const B of o)"pageLocations"in B||("offsetIndex"in B?u.push(B.offsetIndex):r?c.push(B.range):f&&B.range.endByte-f.startByte<=j?f.endByte=B.range.endByte:(f&&a.push(f),f={...B.range}));f&&a.push(f),a.push(...tB(c,z,j));return{groups:n.map(([n,r])=>({chunks:o,rowGroup:B,groupStart:t,groupRows:e,selectStart:n,selectEnd:r})),fetches:a,indexes:u}}function $(B,t,e,n){const r=t.columns.filter(B=>!e||e.includes(B.meta_data?.path_in_schema[0]||"")).map(B=>n?.[B.meta_data?.path_in_schema.join(".")||""]),s=[];for(const e of B){const B=s[s.length-1],n=B&&r.some(n=>{if(!n)return!0;const r=BB(B,n,Number(t.num_rows)),s=BB(e,n,Number(t.num_rows));return r[0]<=s[1]&&s[0]<=r[1]});B&&n?B[1]=e[1]:s.push([...e])}return s}function BB([B,t],e,n){let r=1/0,s=-1/0;for(let i=0;i<e.length;i++){const C=Number(e[i].first_row_index);(i+1<e.length?Number(e[i+1].first_row_index):n)>B&&C<t&&(r=Math.min(r,i),s=i)}return[r,s]}function tB(B,t=0,e=1/0){const n=B.map(B=>({...B})).sort((B,t)=>B.startByte-t.startByte||B.endByte-t.endByte),r=[];for(const B of n){const n=r[r.length-1];n&&B.startByte<=n.endByte+t&&Math.max(n.endByte,B.endByte)-n.startByte<=e?n.endByte=Math.max(n.endByte,B.endByte):r.push(B)}return r}function eB(B){const t={};return function B(e){if(e.children.length)for(const t of e.children)B(t);else t[e.path.join(".")]=e.element}(B),t}function nB(B,{fetches:t}){const e=t.map(({startByte:t,endByte:e})=>B.slice(t,e));return{byteLength:B.byteLength,slice(n,r=B.byteLength){const s=t.findIndex(({startByte:B,endByte:t})=>B<=n&&r<=t);if(s<0)return B.slice(n,r);if(t[s].startByte!==n||t[s].endByte!==r){const B=n-t[s].startByte,i=r-t[s].startByte;return e[s]instanceof Promise?e[s].then(t=>t.slice(B,i)):e[s].slice(B,i)}return e[s]}}}async function rB(B){const t=B.metadata??await(0,k.Ei)(B.file,B),e=(0,k.YR)(t).children.map(B=>B.element.name),n=L(B.filter).filter(B=>!e.includes(B));if(n.length)throw new Error(`parquet filter columns not found: ${n.join(", ")}`);if(B.columns){const t=B.columns.filter(B=>!e.includes(B));if(t.length)throw new Error(`parquet column not found: ${t[0]}`)}let r={...B,metadata:t};return r=await async function(B){if(!B.useBloomFilters||!B.filter||!B.metadata)return B;const t=(0,k.YR)(B.metadata),e={};for(const B of t.children)e[B.element.name]=B.element;const n=await async function({file:B,metadata:t,filter:e,filterStrict:n=!0}){const r=t.row_groups.map(()=>({})),s=w(e);if(0===s.size)return r;const i=(0,q.fX)((0,k.YR)(t)),C=[];return t.row_groups.forEach((t,o)=>{if(!N({rowGroup:t,physicalColumns:i,filter:e,strict:n}))for(const e of s){const n=i.indexOf(e);if(-1===n)continue;const s=t.columns[n]?.meta_data;if(!s?.bloom_filter_offset||!s.bloom_filter_length)continue;const a=Number(s.bloom_filter_offset),u=a+s.bloom_filter_length;C.push((async()=>{const t=await B.slice(a,u),n=A({view:new DataView(t),offset:0});n&&(r[o][e]=n)})())}}),C.length&&await Promise.all(C),r}({file:B.file,metadata:B.metadata,filter:B.filter,filterStrict:B.filterStrict});return{...B,bloomFiltersByGroup:n,schemaElements:e}}(r),r=await async function(B){if(!B.usePageIndex||!B.filter||!B.metadata)return B;const{pageRangesByGroup:t,pageLocationsByGroup:e}=await async function({file:B,metadata:t,filter:e,filterStrict:n=!0,rowStart:r=0,rowEnd:s=1/0,columns:i,bloomFiltersByGroup:C,schemaElements:o,parsers:a}){const u=t.row_groups.map(()=>{}),l=t.row_groups.map(()=>({}));if(e&&"$nor"in e&&Array.isArray(e.$nor))return{pageRangesByGroup:u,pageLocationsByGroup:l};const c=O(e);if(!c.length)return{pageRangesByGroup:u,pageLocationsByGroup:l};const f=(0,k.YR)(t),h=(0,q.fX)(f),p={...eB(f),...o},g=[],E=[],D=[];let A=0;if(t.row_groups.forEach((B,t)=>{const o=Number(B.num_rows),u=A+o,f=o>0&&u>r&&A<s;if(A=u,!f)return;if(N({rowGroup:B,physicalColumns:h,filter:e,strict:n,bloomFilters:C?.[t],schemaElements:p}))return;const d={};let w=0;const I=new Set;let m=!1;for(const e of c){const n=h.indexOf(e);if(-1===n)continue;const r=B.columns[n],s=r?.meta_data;if(!s)continue;if(!r.column_index_offset||!r.column_index_length)continue;if(!r.offset_index_offset||!r.offset_index_length)continue;const i=p[e];if(!i)continue;m=!0,I.add(e);const C=Number(r.column_index_offset),o=Number(r.offset_index_offset),u=C+r.column_index_length,c=o+r.offset_index_length;g.push({startByte:C,endByte:u},{startByte:o,endByte:c}),w++,E.push(async B=>{const[n,r]=await Promise.all([B.slice(C,u),B.slice(o,c)]),s=Y({view:new DataView(n),offset:0},i,a),f=K({view:new DataView(r),offset:0});l[t][e]=f.page_locations,d[e]={minValues:s.min_values,maxValues:s.max_values,nullPages:s.null_pages,nullCounts:s.null_counts,pageStarts:f.page_locations.map(B=>Number(B.first_row_index)),element:i}})}if(m)for(const e of B.columns){const B=e.meta_data;if(!B)continue;const n=B.path_in_schema[0],r=B.path_in_schema.join(".");if(i&&!i.includes(n))continue;if(I.has(r))continue;if(!e.offset_index_offset||!e.offset_index_length)continue;I.add(r);const s=Number(e.offset_index_offset),C=s+e.offset_index_length;g.push({startByte:s,endByte:C}),w++,E.push(async B=>{const e=await B.slice(s,C),n=K({view:new DataView(e),offset:0});l[t][r]=n.page_locations})}w&&D.push({rgIdx:t,groupRows:o,columnPages:d})}),E.length){const t=nB(B,{fetches:tB(g)});await Promise.all(E.map(B=>B(t)));for(const{rgIdx:B,groupRows:t,columnPages:r}of D)u[B]=x(e,r,t,n)}return{pageRangesByGroup:u,pageLocationsByGroup:l}}({file:B.file,metadata:B.metadata,filter:B.filter,filterStrict:B.filterStrict,rowStart:B.rowStart,rowEnd:B.rowEnd,columns:B.columns,bloomFiltersByGroup:B.bloomFiltersByGroup,schemaElements:B.schemaElements,parsers:B.parsers});return{...B,pageRangesByGroup:t,pageLocationsByGroup:e}}(r),r}function sB(B,t){const e={...B,file:nB(B.file,t)};return t.groups.map(B=>function(B,{metadata:t},e){const n=[],r=(0,k.YR)(t);for(const t of e.chunks){const{path_in_schema:s}=t.columnMetadata,i=(0,q.st)(r,s),C={pathInSchema:s,element:i[i.length-1].element,schemaPath:i,...B,...t.columnMetadata,parsers:{..._.Rc,...B.parsers}},{startByte:o,endByte:a}=t.range;"pageLocations"in t?n.push({pathInSchema:s,data:W(B,e,t,t.pageLocations,C)}):"offsetIndex"in t?n.push({pathInSchema:s,data:Promise.resolve(B.file.slice(t.offsetIndex.startByte,t.offsetIndex.endByte)).then(n=>{const r=K({view:new DataView(n),offset:0}).page_locations;return W(B,e,t,r,C)})}):n.push({pathInSchema:s,data:Promise.resolve(B.file.slice(o,a)).then(t=>{const n={view:new DataView(t),offset:0};return(0,J.JB)(n,e,C,B.onPage)})})}return{groupStart:e.groupStart,groupRows:e.groupRows,selectStart:e.selectStart,selectEnd:e.selectEnd,asyncColumns:n}}(e,t,B))}const iB=Symbol("rowIndex");async function CB(B){B.metadata??=await(0,k.Ei)(B.file,B);const{rowStart:t=0,rowEnd:e,columns:n,onChunk:r,onComplete:s,rowFormat:i,filter:C,filterStrict:o=!0}=B;if(C&&"object"!==i)throw new Error('parquet filter requires rowFormat: "object"');if(B.includeRowIndex&&"object"!==i)throw new Error('parquet includeRowIndex requires rowFormat: "object"');const a=L(C);let u=n;if(n&&a.length){const B=new Set(n),t=a.filter(t=>!B.has(t));t.length&&(u=[...n,...t])}const l=u===n?B:{...B,columns:u},c=await async function(B){const t=await rB(B);return{options:t,plan:Z(t)}}(l),f=c.options,h=u!==n,p=sB(f,c.plan);if(!s&&!r)return void await oB(p);if(!f.metadata)throw new Error("parquet requires metadata");const g=(0,k.YR)(f.metadata),E=p.map(t=>function(B,t,e){const{asyncColumns:n}=B,r={..._.Rc,...e},s=[];for(const e of t.children)if(e.children.length){const t=n.filter(B=>B.pathInSchema[0]===e.element.name);if(!t.length)continue;s.push({pathInSchema:e.path,data:(async()=>{const n=await Promise.all(t.map(B=>B.data)),s=new Map,i=n.map(({data:B})=>y(B)),C=Math.max(B.selectStart??0,...n.map(B=>B.skipped)),o=Math.min(B.selectEnd??1/0,...n.map((B,t)=>B.skipped+i[t].length));for(let B=0;B<t.length;B++){const e=C-n[B].skipped,r=Math.max(0,o-C);s.set(t[B].pathInSchema.join("."),i[B].slice(e,e+r))}(0,U.d)(s,e,r);const a=s.get(e.element.name);if(!a)throw new Error("parquet column data not assembled");return{data:[a],skipped:C}})()})}else{const B=n.find(B=>B.pathInSchema[0]===e.element.name);B&&s.push(B)}return{...B,asyncColumns:s}}(t,g,B.parsers));if(r)for(const B of E)for(const t of B.asyncColumns)t.data.then(({data:e,skipped:n})=>{let s=B.groupStart+n;for(const B of e)r({columnName:t.pathInSchema[0],columnData:B,rowStart:s,rowEnd:s+B.length}),s+=B.length},()=>{});if(s){await oB(E);const r=[];for(const s of E){const l=s.selectStart??Math.max(t-s.groupStart,0),c=s.selectEnd??Math.min((e??1/0)-s.groupStart,s.groupRows),f="object"===i?await V(s,l,c,u,"object"):await V(s,l,c,n,"array");if(B.includeRowIndex)for(let B=0;B<f.length;B++)Object.defineProperty(f[B],iB,{value:s.groupStart+l+B});if(C){for(const B of f)if(R(B,C,o)){if(h&&n)for(const t of a)n.includes(t)||delete B[t];r.push(B)}}else m(r,f)}s(r)}else await oB(E)}async function oB(B){const t=B.flatMap(B=>B.asyncColumns.map(B=>B.data)),e=(await Promise.allSettled(t)).find(B=>"rejected"===B.status);if(e)throw e.reason}},28286:(B,t,e)=>{function n(B,t,e){const r=B[t],s=[];let i=1;if(r.num_children)for(;s.length<r.num_children;){const r=B[t+i],C=n(B,t+i,[...e,r.name]);i+=C.count,s.push(C)}return{count:i,element:r,children:s,path:e}}function r(B,t){return s(n(B,0,[]),t)}function s(B,t){const e=[B];for(const n of t){const r=B.children.find(B=>B.element.name===n);if(!r)throw new Error(`parquet schema element not found: ${t}`);e.push(r),B=r}return e}function i(B){const t=[];return function B(e){if(e.children.length)for(const t of e.children)B(t);else t.push(e.path.join("."))}(B),t}function C(B){let t=0;for(const{element:e}of B)"REPEATED"===e.repetition_type&&t++;return t}function o(B){let t=0;for(const{element:e}of B.slice(1))"REQUIRED"!==e.repetition_type&&t++;return t}function a(B){if(!B)return!1;if("LIST"!==B.element.converted_type)return!1;if(B.children.length>1)return!1;const t=B.children[0];return!(t.children.length>1)&&"REPEATED"===t.element.repetition_type}function u(B){if(!B)return!1;if("MAP"!==B.element.converted_type)return!1;if(B.children.length>1)return!1;const t=B.children[0];if(2!==t.children.length)return!1;if("REPEATED"!==t.element.repetition_type)return!1;const e=t.children.find(B=>"key"===B.element.name);if("REPEATED"===e?.element.repetition_type)return!1;const n=t.children.find(B=>"value"===B.element.name);return"REPEATED"!==n?.element.repetition_type}function l(B){if(2!==B.length)return!1;const[,t]=B;return"REPEATED"!==t.element.repetition_type&&!t.children.length}e.d(t,{Dy:()=>r,ES:()=>u,fX:()=>i,g7:()=>l,mM:()=>o,qt:()=>C,st:()=>s,wq:()=>a})},52558:(B,t,e)=>{e.d(t,{GD:()=>D,Tn:()=>h,fN:()=>E,pT:()=>g});const n=0,r=1,s=2,i=3,C=4,o=5,a=6,u=7,l=8,c=9,f=12;function h(B){const t={};let e=0;for(;;){if(B.offset>=B.view.byteLength)throw new Error("thrift struct ended without STOP");const r=B.view.getUint8(B.offset++),s=15&r;if(s===n)break;const i=r>>4;e=i?e+i:E(B),t[`field_${e}`]=p(B,s)}return t}function p(B,t){switch(t){case r:return!0;case s:return!1;case i:return B.view.getInt8(B.offset++);case C:case o:return E(B);case a:return D(B);case u:{const t=B.view.getFloat64(B.offset,!0);return B.offset+=8,t}case l:{const t=g(B);if(B.offset+t>B.view.byteLength)throw new Error(`thrift binary length ${t} exceeds remaining ${B.view.byteLength-B.offset} bytes`);const e=new Uint8Array(B.view.buffer,B.view.byteOffset+B.offset,t);return B.offset+=t,e}case c:{const t=B.view.getUint8(B.offset++),e=15&t;let n=t>>4;15===n&&(n=g(B));const C=e===r||e===s,o=new Array(n);for(let t=0;t<n;t++)o[t]=C?1===p(B,i):p(B,e);return o}case f:return h(B);default:throw new Error(`thrift unhandled type: ${t}`)}}function g(B){let t=0,e=0;for(;;){const n=B.view.getUint8(B.offset++);if(t|=(127&n)<<e,!(128&n))return t;e+=7}}function E(B){const t=g(B);return t>>>1^-(1&t)}function D(B){const t=function(B){let t=0n,e=0n;for(;;){const n=B.view.getUint8(B.offset++);if(t|=BigInt(127&n)<<e,!(128&n))return t;e+=7n}}(B);return t>>1n^-(1n&t)}},2856:(B,t,e)=>{e.d(t,{L3:()=>JB});
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
var n=class B{static FOLD_CASE=1;static LITERAL=2;static CLASS_NL=4;static DOT_NL=8;static ONE_LINE=16;static NON_GREEDY=32;static PERL_X=64;static UNICODE_GROUPS=128;static WAS_DOLLAR=256;static LOOKBEHIND=512;static MATCH_NL=B.CLASS_NL|B.DOT_NL;static PERL=B.CLASS_NL|B.ONE_LINE|B.PERL_X|B.UNICODE_GROUPS;static POSIX=0;static UNANCHORED=0;static ANCHOR_START=1;static ANCHOR_BOTH=2};const r=1,s=2,i=4,C=8,o=16,a=512,u=128,l=new Int32Array(u),c=new Int32Array(u),f=65535;for(let B=0;B<u;B++)l[B]=B>=97&&B<=122?B-32:B,c[B]=B>=65&&B<=90?B+32:B;var h=class{static CODES=Object.freeze({"":7,"\b":8,"\t":9,"\n":10,"\v":11,"\f":12,"\r":13," ":32,'"':34,$:36,"&":38,"'":39,"(":40,")":41,"*":42,"+":43,"-":45,".":46,0:48,1:49,2:50,3:51,4:52,5:53,6:54,7:55,8:56,9:57,":":58,"<":60,">":62,"?":63,A:65,B:66,C:67,F:70,P:80,Q:81,U:85,Z:90,"[":91,"\\":92,"]":93,"^":94,_:95,"`":96,a:97,b:98,f:102,i:105,m:109,n:110,r:114,s:115,t:116,v:118,x:120,z:122,"{":123,"|":124,"}":125});static toUpperCase(B){if(B<u)return l[B];const t=String.fromCodePoint(B).toUpperCase(),e=t.codePointAt(0)>f?2:1;if(t.length>e)return B;const n=String.fromCodePoint(t.codePointAt(0)).toLowerCase(),r=n.codePointAt(0)>f?2:1;return n.length>r||n.codePointAt(0)!==B?B:t.codePointAt(0)}static toLowerCase(B){if(B<u)return c[B];const t=String.fromCodePoint(B).toLowerCase(),e=t.codePointAt(0)>f?2:1;if(t.length>e)return B;const n=String.fromCodePoint(t.codePointAt(0)).toUpperCase(),r=n.codePointAt(0)>f?2:1;return n.length>r||n.codePointAt(0)!==B?B:t.codePointAt(0)}},p=class{constructor(B,t=!1){this.data=B,this.isStride1=t,this.SIZE=t?2:3}getLo(B){return this.data[B*this.SIZE]}getHi(B){return this.data[B*this.SIZE+1]}getStride(B){return this.isStride1?1:this.data[B*this.SIZE+2]}get length(){return this.data.length/this.SIZE}};const g=new Uint8Array(256);for(let B=0;B<64;B++)g["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-".charCodeAt(B)]=B;const E=B=>{const t=[];let e=0,n=0;for(let r=0;r<B.length;r++){const s=g[B.charCodeAt(r)];e|=(31&s)<<n,32&s?n+=5:(t.push(e),e=0,n=0)}return t},D=(B,t)=>{const e=E(B),n=t?e.length/2:e.length/3,r=new Uint32Array(3*n);let s=0,i=0;for(let B=0;B<n;B++)s+=e[i++],r[3*B]=s,s+=e[i++],r[3*B+1]=s,r[3*B+2]=t?1:e[i++];return r};var A=class{constructor(B){this.initializer=B,this.cache=new Map}has(B){return Object.hasOwn(this.initializer,B)}get(B){if(this.cache.has(B))return this.cache.get(B);const t=this.has(B)?this.initializer[B]():null;return this.cache.set(B,t),t}},d=class{static _CASE_ORBIT=null;static get CASE_ORBIT(){return this._CASE_ORBIT||(this._CASE_ORBIT=(B=>{const t=E(B),e=new Map;let n=0;for(let B=0;B<t.length;B+=2){n+=t[B];const r=t[B+1],s=r>>>1^-(1&r);e.set(n,n+s)}return e})("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC")),this._CASE_ORBIT}static _Print=null;static get Print(){return this._Print||(this._Print=new p(D("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB",!1))),this._Print}static CATEGORIES=new A({C:()=>new p(D("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB",!1)),Cc:()=>new p(D("AfgDgB",!0)),Cf:()=>new p(D("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB",!1)),Cn:()=>new p(D("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB",!1)),Co:()=>new p(D("gg4B-nGh4hc9--BD9--B",!0)),Cs:()=>new p(D("gg2B--B",!0)),L:()=>new p(D("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),LC:()=>new p(D("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB",!1)),Ll:()=>new p(D("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB",!1)),Lm:()=>new p(D("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB",!1)),Lo:()=>new p(D("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Lt:()=>new p(D("lOGDnB2sH2sHBGBJHBJHBNQQwBAB",!1)),Lu:()=>new p(D("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB",!1)),M:()=>new p(D("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),Mc:()=>new p(D("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB",!1)),Me:()=>new p(D("okBBB1xF-wB-wBBCBCCBsshBCB",!1)),Mn:()=>new p(D("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),N:()=>new p(D("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB",!1)),Nd:()=>new p(D("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ",!0)),Nl:()=>new p(D("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB",!1)),No:()=>new p(D("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB",!1)),P:()=>new p(D("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Pc:()=>new p(D("-Cg-Hg-HBUU-u3BBBZCBwHAB",!1)),Pd:()=>new p(D("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Pe:()=>new p(D("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD",!1)),Pf:()=>new p(D("7F+6H+6HEddpuDCCFDDQEE",!1)),Pi:()=>new p(D("rFt7Ht7HDBBDaapuDCCFDDQEE",!1)),Po:()=>new p(D("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Ps:()=>new p(D("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB",!1)),S:()=>new p(D("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Sc:()=>new p(D("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC",!1)),Sk:()=>new p(D("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB",!1)),Sm:()=>new p(D("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB",!1)),So:()=>new p(D("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Z:()=>new p(D("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB",!1)),Zl:()=>new p(D("ohIA",!0)),Zp:()=>new p(D("phIA",!0)),Zs:()=>new p(D("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB",!1)),ASCII_Hex_Digit:()=>new p(D("wBJIFbF",!0)),Alphabetic:()=>new p(D("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Dash:()=>new p(D("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Emoji:()=>new p(D("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Emoji_Component:()=>new p(D("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB",!1)),Emoji_Modifier:()=>new p(D("7-8DE",!0)),Emoji_Modifier_Base:()=>new p(D("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB",!1)),Emoji_Presentation:()=>new p(D("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Extended_Pictographic:()=>new p(D("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB",!1)),Hex_Digit:()=>new p(D("wBJIFbFq1-BJIFbF",!0)),Lowercase:()=>new p(D("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB",!1)),Math:()=>new p(D("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB",!1)),Quotation_Mark:()=>new p(D("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB",!1)),Terminal_Punctuation:()=>new p(D("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB",!1)),Uppercase:()=>new p(D("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB",!1)),White_Space:()=>new p(D("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB",!1))});static SCRIPTS=new A({Adlam:()=>new p(D("go6DrCFJFB",!0)),Ahom:()=>new p(D("g4lCaDOFW",!0)),Anatolian_Hieroglyphs:()=>new p(D("ggxCmS",!0)),Arabic:()=>new p(D("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB",!1)),Armenian:()=>new p(D("xpBlBDxBDCks9BE",!0)),Avestan:()=>new p(D("g4iC1BEG",!0)),Balinese:()=>new p(D("g4GsCCxB",!0)),Bamum:()=>new p(D("g1pB3CpowB4R",!0)),Bassa_Vah:()=>new p(D("w26CdDF",!0)),Batak:()=>new p(D("g+GzBJD",!0)),Bengali:()=>new p(D("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB",!1)),Beria_Erfe:()=>new p(D("g17CYDY",!0)),Bhaiksuki:()=>new p(D("ggnCICsBCNLc",!0)),Bopomofo:()=>new p(D("qXB6wLqBxDf",!0)),Brahmi:()=>new p(D("ggkCtCFjBKA",!0)),Braille:()=>new p(D("ggK-H",!0)),Buginese:()=>new p(D("gwGbDB",!0)),Buhid:()=>new p(D("g6FT",!0)),Canadian_Aboriginal:()=>new p(D("ggF-TxRlC7tgCP",!0)),Carian:()=>new p(D("g1gCwB",!0)),Caucasian_Albanian:()=>new p(D("wphCzBMA",!0)),Chakma:()=>new p(D("gokC0BCR",!0)),Cham:()=>new p(D("gwqB2BKNDJDD",!0)),Cherokee:()=>new p(D("g9E1CDFz7lBvC",!0)),Chorasmian:()=>new p(D("w9jCb",!0)),Common:()=>new p(D("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB",!1)),Coptic:()=>new p(D("ifNxkKzDGG",!0)),Cuneiform:()=>new p(D("ggoC5cnDuDCEMjG",!0)),Cypriot:()=>new p(D("ggiCFBDCCBqBBCBBEDD",!1)),Cypro_Minoan:()=>new p(D("w8rCiD",!0)),Cyrillic:()=>new p(D("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB",!1)),Deseret:()=>new p(D("gghCvC",!0)),Devanagari:()=>new p(D("goCwCFODZh7nBfhwcJ",!0)),Dives_Akuru:()=>new p(D("gomCGBDDDBGBCBBCdBCBBDLBKJB",!1)),Dogra:()=>new p(D("ggmC7B",!0)),Duployan:()=>new p(D("ggvDqDGMEIIJDD",!0)),Egyptian_Hieroglyphs:()=>new p(D("ggsC1iBL68D",!0)),Elbasan:()=>new p(D("gohCnB",!0)),Elymaic:()=>new p(D("g-jCW",!0)),Ethiopic:()=>new p(D("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB",!1)),Garay:()=>new p(D("gqjClBEcJB",!0)),Georgian:()=>new p(D("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG",!1)),Glagolitic:()=>new p(D("ggL-Ch9sDGCQDGCBCE",!0)),Gothic:()=>new p(D("w5gCa",!0)),Grantha:()=>new p(D("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB",!1)),Greek:()=>new p(D("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB",!1)),Gujarati:()=>new p(D("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB",!1)),Gunjala_Gondi:()=>new p(D("grnCFCBCkBCBCFIJ",!0)),Gurmukhi:()=>new p(D("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB",!1)),Gurung_Khema:()=>new p(D("go4C5B",!0)),Han:()=>new p(D("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Hangul:()=>new p(D("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC",!0)),Hanifi_Rohingya:()=>new p(D("gojCnBJJ",!0)),Hanunoo:()=>new p(D("g5FU",!0)),Hatran:()=>new p(D("gniCSCBGE",!0)),Hebrew:()=>new p(D("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB",!1)),Hiragana:()=>new p(D("hiM1CBHCBi7-C+IBTeeBBBulQAB",!1)),Imperial_Aramaic:()=>new p(D("giiCVCI",!0)),Inherited:()=>new p(D("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB",!1)),Inscriptional_Pahlavi:()=>new p(D("g7iCSGH",!0)),Inscriptional_Parthian:()=>new p(D("g6iCVDH",!0)),Javanese:()=>new p(D("gsqBtCDJFB",!0)),Kaithi:()=>new p(D("gkkCiCLA",!0)),Kannada:()=>new p(D("gkDMCCCWCJCEDICCCDIBGCCDDJCC",!0)),Katakana:()=>new p(D("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB",!1)),Kawi:()=>new p(D("g4nCQCoBEc",!0)),Kayah_Li:()=>new p(D("goqBtBCA",!0)),Kharoshthi:()=>new p(D("gwiCDCBGHCCCcDCFJII",!0)),Khitan_Small_Script:()=>new p(D("k-7C84G84GB0OBqBAB",!1)),Khmer:()=>new p(D("g8F9CDJHJnPf",!0)),Khojki:()=>new p(D("gwkCRCuB",!0)),Khudawadi:()=>new p(D("w1kC6BGJ",!0)),Kirat_Rai:()=>new p(D("gq7C5B",!0)),Lao:()=>new p(D("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB",!1)),Latin:()=>new p(D("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB",!1)),Lepcha:()=>new p(D("ggH3BEOEC",!0)),Limbu:()=>new p(D("goGeBCLBFLBFEEBKB",!1)),Linear_A:()=>new p(D("gwhC2JKVLH",!0)),Linear_B:()=>new p(D("gggCLCZCSCBCODNjB6D",!0)),Lisu:()=>new p(D("wmpBvBx1eA",!0)),Lycian:()=>new p(D("g0gCc",!0)),Lydian:()=>new p(D("gpiCZGA",!0)),Mahajani:()=>new p(D("wqkCmB",!0)),Makasar:()=>new p(D("g3nCY",!0)),Malayalam:()=>new p(D("goDMCCCyBCCCFFPDZ",!0)),Mandaic:()=>new p(D("giCbDA",!0)),Manichaean:()=>new p(D("g2iCmBFL",!0)),Marchen:()=>new p(D("wjnCfDVCN",!0)),Masaram_Gondi:()=>new p(D("gonCGBCBBCrBBECCBCCBHBJJB",!1)),Medefaidrin:()=>new p(D("gy7C6C",!0)),Meetei_Mayek:()=>new p(D("g3qBWqGtBDJ",!0)),Mende_Kikakui:()=>new p(D("gg6DkGDP",!0)),Meroitic_Cursive:()=>new p(D("gtiCXFTDtB",!0)),Meroitic_Hieroglyphs:()=>new p(D("gsiCf",!0)),Miao:()=>new p(D("g47CqCF4BIQ",!0)),Modi:()=>new p(D("gwlCkCMJ",!0)),Mongolian:()=>new p(D("ggGBBDCCBSBH4CBIqBB2t-BMB",!1)),Mro:()=>new p(D("gy6CeCJFB",!0)),Multani:()=>new p(D("g0kCGBCCCBCBCOBCKB",!1)),Myanmar:()=>new p(D("ggE-EhqmBeiDfxibT",!0)),Nabataean:()=>new p(D("gkiCeJI",!0)),Nag_Mundari:()=>new p(D("wm5DpB",!0)),Nandinagari:()=>new p(D("gtmCHDtBDK",!0)),New_Tai_Lue:()=>new p(D("gsGrBFZHKEB",!0)),Newa:()=>new p(D("gglC7CCE",!0)),Nko:()=>new p(D("g+B6BDC",!0)),Nushu:()=>new p(D("h-7CvsQvsQBqMB",!1)),Nyiakeng_Puachue_Hmong:()=>new p(D("go4DsBENDJFB",!0)),Ogham:()=>new p(D("g0Fc",!0)),Ol_Chiki:()=>new p(D("wiHvB",!0)),Ol_Onal:()=>new p(D("wu5DqBFA",!0)),Old_Hungarian:()=>new p(D("gkjCyBOyBIF",!0)),Old_Italic:()=>new p(D("g4gCjBKC",!0)),Old_North_Arabian:()=>new p(D("g0iCf",!0)),Old_Permic:()=>new p(D("w6gCqB",!0)),Old_Persian:()=>new p(D("g9gCjBFN",!0)),Old_Sogdian:()=>new p(D("g4jCnB",!0)),Old_South_Arabian:()=>new p(D("gziCf",!0)),Old_Turkic:()=>new p(D("ggjCoC",!0)),Old_Uyghur:()=>new p(D("w7jCZ",!0)),Oriya:()=>new p(D("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR",!0)),Osage:()=>new p(D("wlhCjBFjB",!0)),Osmanya:()=>new p(D("gkhCdDJ",!0)),Pahawh_Hmong:()=>new p(D("g46ClCLJCGCUGS",!0)),Palmyrene:()=>new p(D("gjiCf",!0)),Pau_Cin_Hau:()=>new p(D("g2mC4B",!0)),Phags_Pa:()=>new p(D("giqB3B",!0)),Phoenician:()=>new p(D("goiCbEA",!0)),Psalter_Pahlavi:()=>new p(D("g8iCRIDNG",!0)),Rejang:()=>new p(D("wpqBjBMA",!0)),Runic:()=>new p(D("g1FqCEK",!0)),Samaritan:()=>new p(D("ggCtBDO",!0)),Saurashtra:()=>new p(D("gkqBlCJL",!0)),Sharada:()=>new p(D("gskC-ChsCH",!0)),Shavian:()=>new p(D("wihCvB",!0)),Siddham:()=>new p(D("gslC1BDlB",!0)),Sidetic:()=>new p(D("gqiCZ",!0)),SignWriting:()=>new p(D("gg2DrUQECO",!0)),Sinhala:()=>new p(D("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB",!1)),Sogdian:()=>new p(D("w5jCpB",!0)),Sora_Sompeng:()=>new p(D("wmkCYIJ",!0)),Soyombo:()=>new p(D("wymCyC",!0)),Sundanese:()=>new p(D("g8G-BhIH",!0)),Sunuwar:()=>new p(D("g+mChBPJ",!0)),Syloti_Nagri:()=>new p(D("ggqBsB",!0)),Syriac:()=>new p(D("g4BNC7BDCxIK",!0)),Tagalog:()=>new p(D("g4FVKA",!0)),Tagbanwa:()=>new p(D("g7FMCCCB",!0)),Tai_Le:()=>new p(D("wqGdDE",!0)),Tai_Tham:()=>new p(D("gxG+BCcDKHJHN",!0)),Tai_Viet:()=>new p(D("g0qBiCZE",!0)),Tai_Yo:()=>new p(D("g25DeCVJB",!0)),Takri:()=>new p(D("g0lC5BHJ",!0)),Tamil:()=>new p(D("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB",!1)),Tangsa:()=>new p(D("wz6CuCCJ",!0)),Tangut:()=>new p(D("g-7CgBgBB+3GBhQeBiDyDB",!1)),Telugu:()=>new p(D("ggDMCCCWCPDICCCDIBCCCBDDDJII",!0)),Thaana:()=>new p(D("g8BxB",!0)),Thai:()=>new p(D("hwD5BGb",!0)),Tibetan:()=>new p(D("g4DnCCjBFmBCjBCOCGFB",!0)),Tifinagh:()=>new p(D("wpL3BIBPA",!0)),Tirhuta:()=>new p(D("gklCnCJJ",!0)),Todhri:()=>new p(D("guhCzB",!0)),Tolong_Siki:()=>new p(D("wtnCrBFJ",!0)),Toto:()=>new p(D("w04De",!0)),Tulu_Tigalari:()=>new p(D("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB",!1)),Ugaritic:()=>new p(D("g8gCdCA",!0)),Unknown:()=>new p(D("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB",!1)),Vai:()=>new p(D("gopBrJ",!0)),Vithkuqi:()=>new p(D("wrhCKCOCGCBCKCOCGCB",!0)),Wancho:()=>new p(D("g24D5BGA",!0)),Warang_Citi:()=>new p(D("glmCyCNA",!0)),Yezidi:()=>new p(D("g0jCpBCCDB",!0)),Yi:()=>new p(D("ggoBskBE2B",!0)),Zanabazar_Square:()=>new p(D("gwmCnC",!0))});static FOLD_CATEGORIES=new A({L:()=>new p(D("laA",!0)),LC:()=>new p(D("laA",!0)),Ll:()=>new p(D("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Lt:()=>new p(D("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB",!1)),Lu:()=>new p(D("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1)),M:()=>new p(D("5cgBgBlgHAB",!1)),Mn:()=>new p(D("5cgBgBlgHAB",!1)),Emoji:()=>new p(D("8mJA",!0)),Extended_Pictographic:()=>new p(D("8mJA",!0)),Lowercase:()=>new p(D("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Math:()=>new p(D("ycGDCHHFMMDDDCHHFAB",!1)),Uppercase:()=>new p(D("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1))});static FOLD_SCRIPT=new A({Common:()=>new p(D("8cgBgB",!1)),Greek:()=>new p(D("1FwUwU",!1)),Inherited:()=>new p(D("5cgBgBlgHAB",!1))})},w=class B{static MAX_RUNE=1114111;static RUNE_ERROR=65533;static isUnsearchable(t){return t===B.RUNE_ERROR||t>=B.MIN_HIGH_SURROGATE&&t<=B.MAX_LOW_SURROGATE}static MAX_ASCII=127;static MAX_LATIN1=255;static MAX_BMP=65535;static MIN_FOLD=65;static MAX_FOLD=125251;static MIN_HIGH_SURROGATE=55296;static MAX_HIGH_SURROGATE=56319;static MIN_LOW_SURROGATE=56320;static MAX_LOW_SURROGATE=57343;static MIN_SUPPLEMENTARY_CODE_POINT=65536;static is32(B,t){let e=0,n=B.length;for(;e<n;){const r=e+Math.floor((n-e)/2),s=B.getLo(r),i=B.getHi(r);if(s<=t&&t<=i){return(t-s)%B.getStride(r)===0}t<s?n=r:e=r+1}return!1}static is(t,e){if(e<=B.MAX_LATIN1){for(let B=0;B<t.length;B++){if(e>t.getHi(B))continue;const n=t.getLo(B);if(e<n)return!1;return(e-n)%t.getStride(B)===0}return!1}return t.length>0&&e>=t.getLo(0)&&B.is32(t,e)}static isPrint(t){return t<=B.MAX_LATIN1?t>=32&&t<B.MAX_ASCII||t>=161&&173!==t:B.is(d.Print,t)}static simpleFold(t){if(d.CASE_ORBIT.has(t))return d.CASE_ORBIT.get(t);if(t<=B.MAX_ASCII){const B=h.toLowerCase(t);return B!==t?B:h.toUpperCase(t)}return t}static equalsIgnoreCase(t,e){if(t===e)return!0;if(t<0||e<0)return!1;if(t<=B.MAX_ASCII&&e<=B.MAX_ASCII)return 65<=t&&t<=90&&(t|=32),65<=e&&e<=90&&(e|=32),t===e;for(let n=B.simpleFold(t);n!==t;n=B.simpleFold(n))if(n===e)return!0;return!1}},I=class extends Error{constructor(B){super(B),this.name="RE2JSException"}},m=class extends I{constructor(B,t=null){let e=`error parsing regexp: ${B}`;t&&(e+=`: \`${t}\``),super(e),this.name="RE2JSSyntaxException",this.message=e,this.error=B,this.input=t}getDescription(){return this.error}getPattern(){return this.input}},F=class extends I{constructor(B){super(B),this.name="RE2JSCompileException"}},y=class extends I{constructor(B){super(B),this.name="RE2JSGroupException"}},b=class extends I{constructor(B){super(B),this.name="RE2JSFlagsException"}},O=class extends I{constructor(B){super(B),this.name="RE2JSInternalException"}};const L=new Uint8Array(256);for(let B=0;B<256;B++)L[B]=97<=B&&B<=122||65<=B&&B<=90||48<=B&&B<=57||95===B?1:0;let R=null,G=null;var N=class B{static METACHARACTERS="\\.+*?()|[]{}^$";static EMPTY_BEGIN_LINE=1;static EMPTY_END_LINE=2;static EMPTY_BEGIN_TEXT=4;static EMPTY_END_TEXT=8;static EMPTY_WORD_BOUNDARY=16;static EMPTY_NO_WORD_BOUNDARY=32;static EMPTY_ALL=-1;static emptyInts(){return[]}static isString(B){return"string"==typeof B||"[object String]"===Object.prototype.toString.call(B)}static typeName(B){return null===B||"object"!=typeof B&&"function"!=typeof B?null===B?"null":typeof B:Object.prototype.toString.call(B).slice(8,-1)}static checkPattern(t){if(!B.isString(t))throw new TypeError(`The pattern must be a string, not ${B.typeName(t)} (RE2JS.translateRegExp() converts a RegExp)`)}static checkInput(t){if(!B.isString(t)&&!B.isByteArray(t))throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${B.typeName(t)}`)}static checkFlags(B){const t=i|s|r|C|o|a;if(!Number.isInteger(B)||0!==(B&~t))throw new b("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS")}static isByteArray(B){return Array.isArray(B)||"[object Uint8Array]"===Object.prototype.toString.call(B)}static isalnum(B){return h.CODES[0]<=B&&B<=h.CODES[9]||h.CODES.a<=B&&B<=h.CODES.z||h.CODES.A<=B&&B<=h.CODES.Z}static unhex(B){return h.CODES[0]<=B&&B<=h.CODES[9]?B-h.CODES[0]:h.CODES.a<=B&&B<=h.CODES.f?B-h.CODES.a+10:h.CODES.A<=B&&B<=h.CODES.F?B-h.CODES.A+10:-1}static escapeRune(t){let e="";if(w.isPrint(t))B.METACHARACTERS.indexOf(String.fromCodePoint(t))>=0&&(e+="\\"),e+=String.fromCodePoint(t);else switch(t){case h.CODES['"']:e+='\\"';break;case h.CODES["\\"]:e+="\\\\";break;case h.CODES["\t"]:e+="\\t";break;case h.CODES["\n"]:e+="\\n";break;case h.CODES["\r"]:e+="\\r";break;case h.CODES["\b"]:e+="\\b";break;case h.CODES["\f"]:e+="\\f";break;default:{let B=t.toString(16);t<256?(e+="\\x",1===B.length&&(e+="0"),e+=B):e+=`\\x{${B}}`;break}}return e}static stringToRunes(B){const t=String(B),e=[];let n=0;for(;n<t.length;){const B=t.codePointAt(n);e.push(B),n+=B>w.MAX_BMP?2:1}return new Int32Array(e)}static runeToString(B){return String.fromCodePoint(B)}static isWordRune(B){return B<256&&1===L[B]}static emptyOpContext(t,e){let n=0;return t<0&&(n|=B.EMPTY_BEGIN_TEXT|B.EMPTY_BEGIN_LINE),10===t&&(n|=B.EMPTY_BEGIN_LINE),e<0&&(n|=B.EMPTY_END_TEXT|B.EMPTY_END_LINE),10===e&&(n|=B.EMPTY_END_LINE),B.isWordRune(t)!==B.isWordRune(e)?n|=B.EMPTY_WORD_BOUNDARY:n|=B.EMPTY_NO_WORD_BOUNDARY,n}static quoteMeta(t){return t.split("").map(t=>B.METACHARACTERS.indexOf(t)>=0?`\\${t}`:t).join("")}static charCount(B){return B>w.MAX_BMP?2:1}static toArray(B){const t=B.length,e=new Array(t);for(let n=0;n<t;n++)e[n]=B[n];return e}static stringToUtf8ByteArray(B){if(globalThis.TextEncoder)return R||(R=new TextEncoder),R.encode(B);{let t=[],e=0;for(let n=0;n<B.length;n++){let r=B.charCodeAt(n);r<128?t[e++]=r:r<2048?(t[e++]=r>>6|192,t[e++]=63&r|128):(64512&r)===w.MIN_HIGH_SURROGATE&&n+1<B.length&&(64512&B.charCodeAt(n+1))===w.MIN_LOW_SURROGATE?(r=w.MIN_SUPPLEMENTARY_CODE_POINT+((1023&r)<<10)+(1023&B.charCodeAt(++n)),t[e++]=r>>18|240,t[e++]=r>>12&63|128,t[e++]=r>>6&63|128,t[e++]=63&r|128):(t[e++]=r>>12|224,t[e++]=r>>6&63|128,t[e++]=63&r|128)}return t}}static utf8ByteArrayToString(B){if(globalThis.TextDecoder){G||(G=new TextDecoder("utf-8"));const t=B instanceof Uint8Array?B:new Uint8Array(B);return G.decode(t)}{let t=[],e=0,n=0;for(;e<B.length;){let r=B[e++];if(r<128)t[n++]=String.fromCharCode(r);else if(r>191&&r<224){let s=B[e++];t[n++]=String.fromCharCode((31&r)<<6|63&s)}else if(r>239&&r<365){let s=((7&r)<<18|(63&B[e++])<<12|(63&B[e++])<<6|63&B[e++])-w.MIN_SUPPLEMENTARY_CODE_POINT;t[n++]=String.fromCharCode(w.MIN_HIGH_SURROGATE+(s>>10)),t[n++]=String.fromCharCode(w.MIN_LOW_SURROGATE+(1023&s))}else{let s=B[e++],i=B[e++];t[n++]=String.fromCharCode((15&r)<<12|(63&s)<<6|63&i)}}return t.join("")}}};const T=(B=[],t=0)=>{const e=Object.create(null);for(let n=0;n<B.length;n++){const r=B[n],s=t+n;e[r]=s,e[s]=r}return Object.freeze(e)};var v=class B{static Encoding=T(["UTF_16","UTF_8"]);getEncoding(){throw Error("not implemented")}asCharSequence(){throw Error("not implemented")}asBytes(){throw Error("not implemented")}length(){throw Error("not implemented")}isUTF8Encoding(){return this.getEncoding()===B.Encoding.UTF_8}isUTF16Encoding(){return this.getEncoding()===B.Encoding.UTF_16}},H=class extends v{constructor(B=null){super(),this.bytes=B}getEncoding(){return v.Encoding.UTF_8}asCharSequence(){return N.utf8ByteArrayToString(this.bytes)}asBytes(){return this.bytes}length(){return this.bytes.length}},S=class extends v{constructor(B=null){super(),this.charSequence=B}getEncoding(){return v.Encoding.UTF_16}asCharSequence(){return this.charSequence}asBytes(){return N.stringToUtf8ByteArray(this.charSequence.toString())}length(){return this.charSequence.length}},x=class{static utf16(B){return N.checkInput(B),new S(B)}static utf8(B){return N.isByteArray(B)?new H(B):new H(N.stringToUtf8ByteArray(B))}},P=class{static EOF(){return-8}constructor(){this.start=0,this.end=0}canCheckPrefix(){return!0}endPos(){return this.end-this.start}hasString(){return!1}hasAnyString(){return!1}prefixLength(){return 0}},M=class B extends P{static RUNE_ERROR_STEP=w.RUNE_ERROR<<3|1;constructor(B,t=0,e=B.length){super(),this.bytes=B,this.start=t,this.end=e}hasString(B,t){const e=B.bytes;if(0===e.length)return!0;const n=this.indexOf(this.bytes,e,this.start+t);return-1!==n&&n<=this.end-e.length}hasAnyString(B,t){return B.automaton8().searchUTF8(this.bytes,this.start+t,this.end)}step(t){if((t+=this.start)>=this.end)return P.EOF();const e=255&this.bytes[t];if(e<128)return e<<3|1;let n,r,s=128,i=191;if(e>=194&&e<=223)n=2,r=31&e;else if(e>=224&&e<=239)n=3,r=15&e,224===e?s=160:237===e&&(i=159);else{if(!(e>=240&&e<=244))return B.RUNE_ERROR_STEP;n=4,r=7&e,240===e?s=144:244===e&&(i=143)}if(t+n>this.end)return B.RUNE_ERROR_STEP;const C=255&this.bytes[t+1];if(C<s||C>i)return B.RUNE_ERROR_STEP;if(r=r<<6|63&C,n>2){const e=255&this.bytes[t+2];if(128!=(192&e))return B.RUNE_ERROR_STEP;if(r=r<<6|63&e,n>3){const e=255&this.bytes[t+3];if(128!=(192&e))return B.RUNE_ERROR_STEP;r=r<<6|63&e}}return r<<3|n}index(B,t){t+=this.start;const e=this.indexOf(this.bytes,B.prefixUTF8,t);return e<0?e:e-t}context(B){let t=-1;if((B+=this.start)>this.start&&B<=this.end){let e=B-1;if(t=this.bytes[e--],t>=128){let n=B-4;for(n<this.start&&(n=this.start);e>=n&&128==(192&this.bytes[e]);)e--;e<this.start&&(e=this.start);const r=this.step(e-this.start);t=e+(7&r)===B?r>>3:w.RUNE_ERROR}}const e=B<this.end?this.step(B-this.start)>>3:-1;return N.emptyOpContext(t,e)}indexOf(B,t,e=0){let n=t.length;if(0===n)return e<=this.end?e:-1;const r=t[0];let s=this.end-n;const i="function"==typeof B.indexOf;let C=e;for(;C<=s;){if(i){if(C=B.indexOf(r,C),-1===C||C>s)return-1}else{for(;C<=s&&B[C]!==r;)C++;if(C>s)return-1}let e=!0;for(let r=1;r<n;r++)if(B[C+r]!==t[r]){e=!1;break}if(e)return C;C++}return-1}prefixLength(B){return B.prefixUTF8.length}},k=class extends P{constructor(B,t=0,e=B.length){super(),this.charSequence=B,this.start=t,this.end=e}hasString(B,t){const e=this.charSequence.indexOf(B.str,this.start+t);return-1!==e&&e<=this.end-B.str.length}hasAnyString(B,t){return B.automaton16().searchUTF16(this.charSequence,this.start+t,this.end)}step(B){if((B+=this.start)>=this.end)return P.EOF();const t=this.charSequence.charCodeAt(B);if(t<w.MIN_HIGH_SURROGATE||t>w.MAX_HIGH_SURROGATE||B+1>=this.end)return t<<3|1;const e=this.charSequence.charCodeAt(B+1);return e>=w.MIN_LOW_SURROGATE&&e<=w.MAX_LOW_SURROGATE?1024*(t-w.MIN_HIGH_SURROGATE)+(e-w.MIN_LOW_SURROGATE)+w.MIN_SUPPLEMENTARY_CODE_POINT<<3|2:t<<3|1}index(B,t){t+=this.start;const e=this.charSequence.indexOf(B.prefix,t);return e<0||e>this.end-B.prefix.length?-1:e-t}context(B){const t=(B+=this.start)>this.start&&B<=this.end?this.charSequence.charCodeAt(B-1):-1,e=B<this.end?this.charSequence.charCodeAt(B):-1;return N.emptyOpContext(t,e)}prefixLength(B){return B.prefix.length}},U=class{static fromUTF8(B,t=0,e=B.length){return new M(B,t,e)}static fromUTF16(B,t=0,e=void 0){return N.checkInput(B),new k(B,t,e??B.length)}},J=class B{static MAX_REPLACER_ARGS=65535;static quoteReplacement(B,t=!1){return t?B.indexOf("\\")<0&&B.indexOf("$")<0?B:B.split("").map(B=>{const t=B.codePointAt(0);return t===h.CODES["\\"]||t===h.CODES.$?`\\${B}`:B}).join(""):B.indexOf("$")<0?B:B.split("").map(B=>B.codePointAt(0)===h.CODES.$?"$$":B).join("")}constructor(B,t){if(null===B)throw new Error("pattern is null");this.patternInput=B;const e=this.patternInput.re2();this.patternGroupCount=e.numberOfCapturingGroups(),this.groups=[],this.namedGroups=e.namedGroups,this.hasNamedGroups=Object.keys(this.namedGroups).length>0,this.numberOfInstructions=e.numberOfInstructions(),this.lookbehindState=null,t instanceof v?this.resetMatcherInput(t):N.isByteArray(t)?this.resetMatcherInput(x.utf8(t)):this.resetMatcherInput(x.utf16(t))}pattern(){return this.patternInput}reset(){return this.matcherInputLength=this.matcherInput.length(),this.appendPos=0,this.hasMatch=!1,this.hasGroups=!1,this.anchorFlag=0,this}resetMatcherInput(B){if(null===B)throw new Error("input is null");return B instanceof v||(B=N.isByteArray(B)?x.utf8(B):x.utf16(B)),this.matcherInput=B,null!==this.lookbehindState?this.lookbehindState.reset():this.lookbehindState=this.patternInput.re2().createLookbehindState(),this.reset(),this}start(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new y(`group '${B}' not found`);B=t}return this.loadGroup(B),this.groups[2*B]}end(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new y(`group '${B}' not found`);B=t}return this.loadGroup(B),this.groups[2*B+1]}programSize(){return this.numberOfInstructions}group(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new y(`group '${B}' not found`);B=t}const t=this.start(B),e=this.end(B);return t<0&&e<0?null:this.substring(t,e)}getNamedGroups(){if(!this.hasMatch)throw new y("perhaps no match attempted");const B=Object.create(null);for(const t of Object.keys(this.namedGroups))B[t]=this.group(t);return B}groupCount(){return this.patternGroupCount}loadGroup(B){if(!Number.isInteger(B)||B<0||B>this.patternGroupCount)throw new y(`Group index out of bounds: ${B}`);if(!this.hasMatch)throw new y("perhaps no match attempted");if(0===B||this.hasGroups)return;const t=this.matcherInputLength,e=this.patternInput.re2().matchMachineInput(this.matcherInput,this.groups[0],t,this.anchorFlag,1+this.patternGroupCount,this.lookbehindState);if(!e[0])throw new y("inconsistency in matching group data");this.groups=e[1],this.hasGroups=!0}matches(){return this.genMatch(0,n.ANCHOR_BOTH)}lookingAt(){return this.genMatch(0,n.ANCHOR_START)}find(B=null){if(null!==B){if(!Number.isInteger(B)||B<0||B>this.matcherInputLength)throw new y(`start index out of bounds: ${B}`);return this.reset(),this.genMatch(B,0)}if(B=0,this.hasMatch&&(B=this.groups[1],this.groups[0]===this.groups[1])){const t=(this.matcherInput.isUTF16Encoding()?U.fromUTF16(this.matcherInput.asCharSequence(),0,this.matcherInputLength):U.fromUTF8(this.matcherInput.asBytes(),0,this.matcherInputLength)).step(B);t<0?B++:B+=7&t}return this.genMatch(B,n.UNANCHORED)}genMatch(B,t){const e=this.patternInput.re2().matchMachineInput(this.matcherInput,B,this.matcherInputLength,t,1,this.lookbehindState);return e[0]?(this.groups=e[1],this.hasMatch=!0,this.hasGroups=0===this.patternGroupCount,this.anchorFlag=t,!0):(this.hasMatch=!1,!1)}substring(B,t){return this.matcherInput.isUTF8Encoding()?N.utf8ByteArrayToString(this.matcherInput.asBytes().slice(B,t)):this.matcherInput.asCharSequence().substring(B,t).toString()}inputLength(){return this.matcherInputLength}appendReplacement(B,t=!1){let e="";const n=this.start(),r=this.end();return this.appendPos<n&&(e+=this.substring(this.appendPos,n)),this.appendPos=r,e+=t?this.appendReplacementInternalJava(B):this.appendReplacementInternalJs(B),e}appendReplacementInternalJava(B){let t="",e=0;const n=B.length;let r=0;for(;r<n;){const s=B.codePointAt(r);if(s!==h.CODES["\\"]){if(s===h.CODES.$){if(e<r&&(t+=B.substring(e,r)),r+1>=n)throw new y("Illegal group reference: group index is missing");const s=B.codePointAt(r+1);if(h.CODES[0]<=s&&s<=h.CODES[9]){let i=s-h.CODES[0],C=r+2;for(;C<n;C++){const t=B.codePointAt(C);if(t<h.CODES[0]||t>h.CODES[9]||10*i+t-h.CODES[0]>this.patternGroupCount)break;i=10*i+t-h.CODES[0]}if(i>this.patternGroupCount)throw new y(`n > number of groups: ${i}`);const o=this.group(i);null!==o&&(t+=o),r=C,e=r}else{if(s!==h.CODES["{"])throw new y("Illegal group reference");{let s=r+2;for(;s<n&&B.codePointAt(s)!==h.CODES["}"];)s++;if(s>=n)throw new y("named capture group is missing trailing '}'");const i=B.substring(r+2,s),C=this.group(i);null!==C&&(t+=C),r=s+1,e=r}}continue}r++}else{if(e<r&&(t+=B.substring(e,r)),r++,r>=n)throw new y("character to be escaped is missing");e=r,r++}}return e<n&&(t+=B.substring(e,n)),t}appendReplacementInternalJs(B){const t=B=>B>=48&&B<=57,e=this.patternGroupCount;let n="",r=0;for(;r<B.length;){const s=B.indexOf("$",r);if(s<0)break;n+=B.substring(r,s),r=s;const i=B.charCodeAt(r+1);if(i===h.CODES.$)n+="$",r+=2;else if(i===h.CODES["&"])n+=this.group(0),r+=2;else if(i===h.CODES["`"])n+=this.substring(0,this.start(0)),r+=2;else if(i===h.CODES["'"])n+=this.substring(this.end(0),this.matcherInputLength),r+=2;else if(t(i)){let s=1,C=i-48;const o=B.charCodeAt(r+2);if(t(o)&&10*C+o-48<=e&&(s=2,C=10*C+o-48),C>=1&&C<=e){const B=this.group(C);null!==B&&(n+=B)}else n+=B.substring(r,r+1+s);r+=1+s}else if(i===h.CODES["<"]&&this.hasNamedGroups){const t=B.indexOf(">",r+2);if(t<0)n+="$<",r+=2;else{const e=B.substring(r+2,t);if(Object.hasOwn(this.namedGroups,e)){const B=this.group(e);null!==B&&(n+=B)}r=t+1}}else n+="$",r+=1}return n+B.substring(r)}appendTail(){return this.substring(this.appendPos,this.matcherInputLength)}replaceAll(B,t=!1){return this.replace(B,!0,t)}replaceFirst(B,t=!1){return this.replace(B,!1,t)}replace(t,e=!0,n=!1){let r="";this.reset();const s="function"==typeof t;let i=null;if(s){if(this.groupCount()>=B.MAX_REPLACER_ARGS)throw new y("Too many capture groups to safely invoke replacer function");i=this.matcherInput.isUTF8Encoding()?this.matcherInput.asBytes():this.matcherInput.asCharSequence()}for(;this.find()&&(r+=s?this.appendReplacementFunc(t,i):this.appendReplacement(t,n),e););return r+=this.appendTail(),r}appendReplacementFunc(B,t){let e="";const n=this.start(),r=this.end();this.appendPos<n&&(e+=this.substring(this.appendPos,n)),this.appendPos=r;const s=this.matchArray();return s.push(n,t),this.hasNamedGroups&&s.push(this.namedGroupsObject()),e+=String(B(...s)),e}matchArray(){const B=[this.group(0)];for(let t=1;t<=this.patternGroupCount;t++){const e=this.group(t);B.push(null===e?void 0:e)}return B}namedGroupsObject(){if(!this.hasNamedGroups)return;const B=this.getNamedGroups();for(const t in B)null===B[t]&&(B[t]=void 0);return B}},_=class B{static ALT=1;static ALT_MATCH=2;static CAPTURE=3;static EMPTY_WIDTH=4;static FAIL=5;static MATCH=6;static NOP=7;static RUNE=8;static RUNE1=9;static RUNE_ANY=10;static RUNE_ANY_NOT_NL=11;static LB_WRITE=12;static LB_CHECK=13;static isRuneOp(t){return B.RUNE<=t&&t<=B.RUNE_ANY_NOT_NL}static escapeRunes(B){let t='"';for(let e of B)t+=N.escapeRune(e);return t+='"',t}constructor(B){this.op=B,this.out=0,this.arg=0,this.runes=new Int32Array(0),this.next=null}matchRune(B){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&n.FOLD_CASE)?w.equalsIgnoreCase(t,B):B===t}const t=this.runes.length;if(0===t)return!1;if(2===t||4===t||6===t||8===t){for(let e=0;e<t;e+=2){if(B<this.runes[e])return!1;if(B<=this.runes[e+1])return!0}return!1}let e=0,r=t>>1;for(;r>1;){const t=r>>1;e+=this.runes[e+t<<1]<=B?t:0,r-=t}e+=this.runes[e<<1]<=B?1:0;const s=e-1;return s>=0&&B<=this.runes[s<<1|1]}matchRunePos(B){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&n.FOLD_CASE)?w.equalsIgnoreCase(t,B)?0:-1:B===t?0:-1}const t=this.runes.length;if(0===t)return-1;if(2===t||4===t||6===t||8===t){for(let e=0;e<t;e+=2){if(B<this.runes[e])return-1;if(B<=this.runes[e+1])return Math.floor(e/2)}return-1}let e=0,r=t>>1;for(;r>1;){const t=r>>1;e+=this.runes[e+t<<1]<=B?t:0,r-=t}e+=this.runes[e<<1]<=B?1:0;const s=e-1;return s>=0&&B<=this.runes[s<<1|1]?s:-1}toString(){switch(this.op){case B.ALT:return`alt -> ${this.out}, ${this.arg}`;case B.ALT_MATCH:return`altmatch -> ${this.out}, ${this.arg}`;case B.CAPTURE:return`cap ${this.arg} -> ${this.out}`;case B.EMPTY_WIDTH:return`empty ${this.arg} -> ${this.out}`;case B.MATCH:return"match"+(0!==this.arg?` ${this.arg}`:"");case B.FAIL:return"fail";case B.NOP:return`nop -> ${this.out}`;case B.LB_WRITE:return`lbwrite ${this.arg} -> ${this.out}`;case B.LB_CHECK:return`lbcheck ${this.arg} -> ${this.out}`;case B.RUNE:return null===this.runes?"rune <null>":["rune ",B.escapeRunes(this.runes),0!==(this.arg&n.FOLD_CASE)?"/i":""," -> ",this.out].join("");case B.RUNE1:return`rune1 ${B.escapeRunes(this.runes)} -> ${this.out}`;case B.RUNE_ANY:return`any -> ${this.out}`;case B.RUNE_ANY_NOT_NL:return`anynotnl -> ${this.out}`;default:throw new Error("unhandled case in Inst.toString")}}},Q=class B{constructor(B){this.sparse=new Int32Array(B),this.densePcs=new Int32Array(B),this.denseCaps=null,this.size=0,this.ncap=0,this.mainThreads=0}static INITIAL_THREADS=32;init(t){this.ncap=t;const e=Math.min(this.densePcs.length,B.INITIAL_THREADS)*t;(!this.denseCaps||this.denseCaps.length<e)&&(this.denseCaps=new Int32Array(e))}growCaps(B){const t=this.densePcs.length*this.ncap,e=new Int32Array(Math.min(t,Math.max(B,2*this.denseCaps.length)));e.set(this.denseCaps),this.denseCaps=e}contains(B){const t=this.sparse[B];return t<this.size&&this.densePcs[t]===B}isEmpty(){return 0===this.size}add(B){const t=this.size++;return this.sparse[B]=t,this.densePcs[t]=B,t}clear(){this.size=0,this.mainThreads=0}toString(){let B="{";for(let t=0;t<this.size;t++)0!==t&&(B+=", "),B+=this.densePcs[t];return B+="}",B}},Y=class{constructor(B){this.pos=-1,this.pcs=new Int32Array(B.numInst()),this.size=0,this.lbTable=new Int32Array(B.numLb+1)}reset(){this.pos=-1,this.size=0}},K=class B{static fromRE2(t){const e=new B;return e.prog=t.prog,e.re2=t,e.q0=new Q(e.prog.numInst()),e.q1=new Q(e.prog.numInst()),e.addStack=new Int32Array(2*(e.prog.numInst()+1)),e.matched=!1,e.matchcap=new Int32Array(e.prog.numCap<2?2:e.prog.numCap),e.ncap=0,e}constructor(){this.prog=null,this.re2=null,this.q0=null,this.q1=null,this.addStack=null,this.matched=!1,this.matchcap=null,this.ncap=0,this.lbTable=null}init(B){this.ncap=B,B>this.matchcap.length?this.matchcap=new Int32Array(B).fill(-1):this.matchcap.fill(-1),this.q0.init(B),this.q1.init(B),this.prog.numLb>0&&((!this.lbTable||this.lbTable.length<this.prog.numLb+1)&&(this.lbTable=new Int32Array(this.prog.numLb+1)),this.lbTable.fill(-1))}submatches(){return 0===this.ncap?N.emptyInts():N.toArray(this.matchcap.subarray(0,this.ncap))}match(B,t,e,r=null){const s=this.re2.cond;if(s===N.EMPTY_ALL)return!1;if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==t)return!1;this.matched=!1,this.matchcap.fill(-1);const i=this.prog.numLb>0,C=t;let o=t,a=!1;i&&(null!==r&&r.pos>=0&&r.pos<=t?(o=r.pos,a=!0):o=0);let u,l=i&&null!==r,c=this.q0,f=this.q1,h=B.step(o),p=h>>3,g=7&h,E=-1,D=0;for(h!==P.EOF()&&(h=B.step(o+g),E=h>>3,D=7&h),u=0===o?N.emptyOpContext(-1,p):B.context(o),i&&(a?this.restoreLookbehinds(r,c,u):this.spawnLookbehinds(c,o,u));;){if(0===c.mainThreads){if(0!==(s&N.EMPTY_BEGIN_TEXT)&&0!==o)break;if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==o)break;if(this.matched)break;if(0===this.prog.numLb&&c.isEmpty()&&0!==this.re2.prefix.length&&E!==this.re2.prefixRune&&B.canCheckPrefix()){const t=B.index(this.re2,o);if(t<0)break;o+=t,h=B.step(o),p=h>>3,g=7&h,h=B.step(o+g),E=h>>3,D=7&h,u=B.context(o)}}o>=C&&(l&&(this.saveLookbehinds(r,c,o),l=!1),this.matched||0!==o&&e!==n.UNANCHORED||(this.ncap>0&&(this.matchcap[0]=o),this.add(c,this.prog.start,o,this.matchcap,0,u)));const t=o+g;if(u=B.context(t),this.step(c,f,o,t,p,u,e,o===B.endPos()),0===g)break;if(0===this.ncap&&this.matched)break;o+=g,p=E,g=D,-1!==p&&(h=B.step(o+g),E=h>>3,D=7&h);const i=c;c=f,f=i}return c.clear(),f.clear(),this.matched}matchSet(B,t,e){const r=this.re2.cond;if(r===N.EMPTY_ALL)return[];if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==t)return[];let s=this.prog.numLb>0?0:t,i=t,C=this.q0,o=this.q1,a=B.step(s),u=a>>3,l=7&a,c=-1,f=0;a!==P.EOF()&&(a=B.step(s+l),c=a>>3,f=7&a);let h=0===s?N.emptyOpContext(-1,u):B.context(s);const p=new Set;for(this.prog.numLb>0&&this.spawnLookbehinds(C,s,h);;){if(0===C.mainThreads){if(0!==(r&N.EMPTY_BEGIN_TEXT)&&0!==s)break;if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==s)break}0!==s&&e!==n.UNANCHORED||s>=i&&this.add(C,this.prog.start,s,this.matchcap,0,h);const t=s+l;h=B.context(t);for(let r=0;r<C.size;r++){const i=C.densePcs[r],a=this.prog.inst[i],l=r*this.ncap;let c=!1;switch(a.op){case _.MATCH:if(e===n.ANCHOR_BOTH&&s!==B.endPos())break;p.add(a.arg);break;case _.RUNE:c=a.matchRune(u);break;case _.RUNE1:c=u===a.runes[0];break;case _.RUNE_ANY:c=!0;break;case _.RUNE_ANY_NOT_NL:c=10!==u;break;default:continue}c&&this.add(o,a.out,t,C.denseCaps,l,h)}if(C.clear(),0===l)break;s+=l,u=c,l=f,-1!==u&&(a=B.step(s+l),c=a>>3,f=7&a);const g=C;C=o,o=g}return o.clear(),Array.from(p).sort((B,t)=>B-t)}step(B,t,e,r,s,i,C,o){const a=this.re2.longest;for(let u=0;u<B.size;u++){const l=B.densePcs[u],c=u*this.ncap;if(a&&this.matched&&this.ncap>0&&this.matchcap[0]<B.denseCaps[c])continue;const f=this.prog.inst[l];let h=!1;switch(f.op){case _.MATCH:if(C===n.ANCHOR_BOTH&&!o)break;if(this.ncap>0&&(!a||!this.matched||this.matchcap[1]<e)){B.denseCaps[c+1]=e;for(let t=0;t<this.ncap;t++)this.matchcap[t]=B.denseCaps[c+t]}a||(B.size=0),this.matched=!0;break;case _.RUNE:h=f.matchRune(s);break;case _.RUNE1:h=s===f.runes[0];break;case _.RUNE_ANY:h=!0;break;case _.RUNE_ANY_NOT_NL:h=10!==s;break;default:continue}h&&this.add(t,f.out,r,B.denseCaps,c,i)}B.clear()}spawnLookbehinds(B,t,e){for(let n=0;n<this.prog.lbStarts.length;n++)this.add(B,this.prog.lbStarts[n],t,this.matchcap,0,e)}restoreLookbehinds(B,t,e){this.lbTable.set(B.lbTable);for(let n=0;n<B.size;n++)this.add(t,B.pcs[n],B.pos,this.matchcap,0,e)}saveLookbehinds(B,t,e){let n=0;for(let e=0;e<t.size;e++){const r=t.densePcs[e];1===this.prog.lbInst[r]&&_.isRuneOp(this.prog.inst[r].op)&&(B.pcs[n++]=r)}B.size=n,B.pos=e,B.lbTable.set(this.lbTable)}add(B,t,e,n,r,s){const i=this.addStack;let C=0;for(;;){for(;0!==t&&!B.contains(t);){const o=B.add(t),a=this.prog.inst[t];switch(a.op){case _.FAIL:t=0;break;case _.ALT:case _.ALT_MATCH:i[C++]=a.arg,i[C++]=0,t=a.out;break;case _.EMPTY_WIDTH:t=0===(a.arg&~s)?a.out:0;break;case _.NOP:t=a.out;break;case _.CAPTURE:a.arg<this.ncap&&(i[C++]=-a.arg-1,i[C++]=n[r+a.arg],n[r+a.arg]=e),t=a.out;break;case _.LB_WRITE:this.lbTable[Math.abs(a.arg)]=e,t=a.out;break;case _.LB_CHECK:t=a.arg>0?this.lbTable[a.arg]===e?a.out:0:this.lbTable[-a.arg]!==e?a.out:0;break;case _.MATCH:case _.RUNE:case _.RUNE1:case _.RUNE_ANY:case _.RUNE_ANY_NOT_NL:if(0===this.prog.lbInst[t]&&B.mainThreads++,this.ncap>0){const t=o*this.ncap;t+this.ncap>B.denseCaps.length&&B.growCaps(t+this.ncap);for(let e=0;e<this.ncap;e++)B.denseCaps[t+e]=n[r+e]}t=0;break;default:throw new O("unhandled")}}if(0===C)return;C-=2;const o=i[C];o<0?(n[r-o-1]=i[C+1],t=0):t=o}}};const q=(B,t)=>{if(B.length!==t.length)return!1;for(let e=0;e<B.length;e++)if(B[e]!==t[e])return!1;return!0},W=(B,t,e,n)=>B.flag===e&&q(B.nfaStates,t)&&q(B.matchIDs,n),V=[];var j=class{constructor(B,t,e){this.nfaStates=B,this.flag=t,this.isMatch=0!==(t&z.FLAG_MATCH),this.matchIDs=e,this.next=null,this.nextAnchored=null}},z=class B{static FLAG_EMPTY_MASK=255;static FLAG_MATCH=256;static FLAG_LAST_WORD=512;static FLAG_NEED_SHIFT=16;static STATE_OVERHEAD=150;static ARRAY_OVERHEAD=40;static ELEMENT_SIZE=8;static TABLE_OVERHEAD=48;static PROGRESS_PER_STATE=10;constructor(B,t=8388608){this.prog=B,this.maxMem=t,this.stateCache=new Map,this.stateCount=0,this.startStates=new Map,this.failed=!1;for(let t=0;t<B.numInst();t++){const e=B.getInst(t).op;if(e===_.LB_WRITE||e===_.LB_CHECK){this.failed=!0;break}}this.computeRuneClasses(),this.stateBudget=t,this.memBudget=t}computeRuneClasses(){const B=new Set,t=(t,e)=>{B.add(t),B.add(e+1)};for(let B=0;B<this.prog.numInst();B++){const e=this.prog.getInst(B);switch(e.op){case _.RUNE:case _.RUNE1:if(1===e.runes.length){if(t(e.runes[0],e.runes[0]),0!==(e.arg&n.FOLD_CASE))for(let B=w.simpleFold(e.runes[0]);B!==e.runes[0];B=w.simpleFold(B))t(B,B)}else for(let B=0;B<e.runes.length;B+=2)t(e.runes[B],e.runes[B+1]);break;case _.RUNE_ANY_NOT_NL:t(10,10);break;case _.EMPTY_WIDTH:0!==(e.arg&(N.EMPTY_BEGIN_LINE|N.EMPTY_END_LINE))&&t(10,10),0!==(e.arg&(N.EMPTY_WORD_BOUNDARY|N.EMPTY_NO_WORD_BOUNDARY))&&(t(48,57),t(65,90),t(95,95),t(97,122))}}B.delete(0),this.classBounds=Int32Array.from(B).sort(),this.numClasses=this.classBounds.length+1;const e=new Int32Array(w.MAX_LATIN1+1);for(let B=0;B<=w.MAX_LATIN1;B++)e[B]=this.searchClass(B);this.latin1Class=e}runeClass(B){return B<=w.MAX_LATIN1?this.latin1Class[B]:this.searchClass(B)}searchClass(B){const t=this.classBounds;let e=0,n=t.length;for(;e<n;){const r=e+n>>1;t[r]<=B?e=r+1:n=r}return e}closure(B,t){const e=new Set,n=Array.from(B);let r=0;for(;n.length>0;){const B=n.pop();if(0===B||e.has(B))continue;e.add(B);const s=this.prog.getInst(B);switch(s.op){case _.ALT:case _.ALT_MATCH:n.push(s.out),n.push(s.arg);break;case _.NOP:case _.CAPTURE:n.push(s.out);break;case _.EMPTY_WIDTH:r|=s.arg,0===(s.arg&~t)&&n.push(s.out)}}return{pcs:Array.from(e).sort((B,t)=>B-t),needflags:r}}getState(t,e,n){const r=((B,t,e)=>{let n=-2128831035;for(let t=0;t<B.length;t++)n^=B[t],n=Math.imul(n,16777619);n^=t,n=Math.imul(n,16777619);for(let B=0;B<e.length;B++)n^=e[B],n=Math.imul(n,16777619);return n})(t,e,n),s=this.stateCache.get(r);if(s instanceof j){if(W(s,t,e,n))return s}else if(void 0!==s)for(let B=0;B<s.length;B++)if(W(s[B],t,e,n))return s[B];const i=B.stateCost(t,n);if(this.memBudget<i)return null;this.memBudget-=i;const C=new j(t,e,n);return void 0===s?this.stateCache.set(r,C):s instanceof j?this.stateCache.set(r,[s,C]):s.push(C),this.stateCount++,C}static stateCost(t,e){const n=0===e.length?0:B.ARRAY_OVERHEAD+B.ELEMENT_SIZE*e.length;return B.STATE_OVERHEAD+B.ELEMENT_SIZE*t.length+n}*cachedStates(){for(const B of this.stateCache.values())B instanceof j?yield B:yield*B}makeState(t,e,n){const r=this.closure(t,e&B.FLAG_EMPTY_MASK);let s=e;return 0===r.needflags&&(s&=B.FLAG_MATCH),s|=r.needflags<<B.FLAG_NEED_SHIFT,this.getState(r.pcs,s,n)}allocTable(t,e){const r=this.numClasses+1,s=B.TABLE_OVERHEAD+B.ELEMENT_SIZE*r;if(this.memBudget<s)return null;this.memBudget-=s;const i=new Array(r).fill(null);return e===n.UNANCHORED?t.next=i:t.nextAnchored=i,i}clearCache(){this.stateCache.clear(),this.stateCount=0,this.startStates.clear(),this.memBudget=this.stateBudget}resetCache(B){return this.clearCache(),this.getState(B.nfaStates,B.flag,B.matchIDs)}step(t,e,r,s){let i=s===n.UNANCHORED?t.next:t.nextAnchored;if(null!==i){const B=i[e];if(null!==B)return B}else if(i=this.allocTable(t,s),null===i)return null;const C=t.flag>>>B.FLAG_NEED_SHIFT,o=t.flag&B.FLAG_EMPTY_MASK;let a=o,u=0;10===r&&(a|=N.EMPTY_END_LINE,u|=N.EMPTY_BEGIN_LINE),-1===r&&(a|=N.EMPTY_END_LINE|N.EMPTY_END_TEXT);const l=0!==(t.flag&B.FLAG_LAST_WORD),c=-1!==r&&N.isWordRune(r);a|=c===l?N.EMPTY_NO_WORD_BOUNDARY:N.EMPTY_WORD_BOUNDARY;let f=t.nfaStates;0!==(a&~o&C)&&(f=this.closure(f,a).pcs);const h=[];let p=!1,g=V;for(let B=0;B<f.length;B++){const t=this.prog.getInst(f[B]);t.op===_.MATCH?(p||(p=!0,g=[]),g.push(t.arg)):-1!==r&&_.isRuneOp(t.op)&&t.matchRune(r)&&h.push(t.out)}g.length>1&&g.sort((B,t)=>B-t),s===n.UNANCHORED&&-1!==r&&h.push(this.prog.start);let E=u;p&&(E|=B.FLAG_MATCH),c&&(E|=B.FLAG_LAST_WORD);const D=this.makeState(h,E,g);return null===D?null:(i[e]=D,D)}start(t,e){const n=t.context(e);let r;if(0!==(n&N.EMPTY_BEGIN_TEXT))r=N.EMPTY_BEGIN_TEXT|N.EMPTY_BEGIN_LINE;else if(0!==(n&N.EMPTY_BEGIN_LINE))r=N.EMPTY_BEGIN_LINE;else{const s=t.step(e),i=s>=0&&N.isWordRune(s>>3);r=0!==(n&N.EMPTY_WORD_BOUNDARY)!==i?B.FLAG_LAST_WORD:0}let s=this.startStates.get(r);if(void 0===s){if(s=this.makeState([this.prog.start],r,V),null===s&&(this.clearCache(),s=this.makeState([this.prog.start],r,V),null===s))return null;this.startStates.set(r,s)}return s}stepOrReset(t,e,n,r,s,i){let C=this.step(t,e,n,r);if(null!==C)return C;if(i.resetPos>=0&&s-i.resetPos<B.PROGRESS_PER_STATE*this.stateCount)return null;i.resetPos=s;const o=this.resetCache(t);return null===o?null:(C=this.step(o,e,n,r),C)}run(B,t,e,r,s){const i=B.endPos(),C=this.latin1Class,o=e===n.UNANCHORED,a={resetPos:-1};let u=t;for(;u<i;){const t=B.step(u),n=t>>3,i=7&t;if(0===i)break;const l=n<=w.MAX_LATIN1?C[n]:this.runeClass(n);let c=o&&null!==r.next?r.next[l]:null;if(null===c&&(c=this.stepOrReset(r,l,n,e,u,a),null===c))return null;if((r=c).isMatch&&s(r,!1))return!0;if(!o&&0===r.nfaStates.length)return!1;u+=i}return null===(r=this.stepOrReset(r,this.numClasses,-1,e,u,a))?null:r.isMatch&&s(r,!0)}match(B,t,e){if(this.failed)return null;if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==t)return!1;const r=this.start(B,t);return null===r?null:this.run(B,t,e,r,(B,t)=>e!==n.ANCHOR_BOTH||t)}matchSet(B,t,e){if(this.failed)return null;if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==t)return[];const r=this.start(B,t);if(null===r)return null;const s=new Set;return null===this.run(B,t,e,r,(B,t)=>{if(e!==n.ANCHOR_BOTH||t)for(let t=0;t<B.matchIDs.length;t++)s.add(B.matchIDs[t]);return!1})?null:Array.from(s).sort((B,t)=>B-t)}};var Z=class{constructor(){this.end=0,this.cap=new Int32Array(0),this.matchcap=new Int32Array(0),this.ncap=0,this.jobPc=new Int32Array(256),this.jobArg=new Uint8Array(256),this.jobPos=new Int32Array(256),this.jobLen=0,this.visited=new Uint32Array(0)}reset(B,t,e){this.end=t,this.jobLen=0,this.ncap=e;const n=B.numInst()*(t+1)+32-1>>>5;this.visited.length<n?this.visited=new Uint32Array(n):this.visited.fill(0,0,n),this.cap.length<e?this.cap=new Int32Array(e).fill(-1):this.cap.fill(-1,0,e),this.matchcap.length<e?this.matchcap=new Int32Array(e).fill(-1):this.matchcap.fill(-1,0,e)}shouldVisit(B,t){const e=B*(this.end+1)+t,n=e>>>5,r=1<<(31&e);return 0===(this.visited[n]&r)&&(this.visited[n]|=r,!0)}push(B,t,e,n){if(B.prog.getInst(t).op!==_.FAIL&&(n||this.shouldVisit(t,e))){if(this.jobLen>=this.jobPc.length){const B=2*this.jobPc.length,t=new Int32Array(B);t.set(this.jobPc),this.jobPc=t;const e=new Uint8Array(B);e.set(this.jobArg),this.jobArg=e;const n=new Int32Array(B);n.set(this.jobPos),this.jobPos=n}this.jobPc[this.jobLen]=t,this.jobArg[this.jobLen]=n?1:0,this.jobPos[this.jobLen]=e,this.jobLen++}}tryBacktrack(B,t,e,r,s){const i=B.longest;for(this.push(B,e,r,!1);this.jobLen>0;){this.jobLen--;let e=this.jobPc[this.jobLen],r=1===this.jobArg[this.jobLen],C=this.jobPos[this.jobLen],o=!0;for(;o||this.shouldVisit(e,C);){o=!1;const a=B.prog.getInst(e);switch(a.op){case _.FAIL:break;case _.ALT:if(r){r=!1,e=a.arg;continue}this.push(B,e,C,!0),e=a.out;continue;case _.ALT_MATCH:{const t=B.prog.getInst(a.out);if(_.isRuneOp(t.op)){this.push(B,a.arg,C,!1),e=a.arg,C=this.end;continue}this.push(B,a.out,this.end,!1),e=a.out;continue}case _.RUNE:{const B=t.step(C);if(B===P.EOF())break;if(!a.matchRune(B>>3))break;C+=7&B,e=a.out;continue}case _.RUNE1:{const B=t.step(C);if(B===P.EOF())break;if(B>>3!==a.runes[0])break;C+=7&B,e=a.out;continue}case _.RUNE_ANY_NOT_NL:{const B=t.step(C);if(B===P.EOF())break;if(B>>3==10)break;C+=7&B,e=a.out;continue}case _.RUNE_ANY:{const B=t.step(C);if(B===P.EOF())break;C+=7&B,e=a.out;continue}case _.CAPTURE:if(r){this.cap[a.arg]=C;break}a.arg<this.ncap&&(this.push(B,e,this.cap[a.arg],!0),this.cap[a.arg]=C),e=a.out;continue;case _.EMPTY_WIDTH:{const B=t.context(C);if(0!==(a.arg&~B))break;e=a.out;continue}case _.NOP:e=a.out;continue;case _.MATCH:{if(s===n.ANCHOR_BOTH&&C!==this.end)break;if(0===this.ncap)return!0;this.ncap>1&&(this.cap[1]=C);const B=this.matchcap[1];if((-1===B||i&&C>0&&C>B)&&this.matchcap.set(this.cap),!i)return!0;if(C===this.end)return!0;break}case _.LB_WRITE:case _.LB_CHECK:throw new O("Backtracker cannot evaluate Lookbehind instructions");default:throw new O("bad inst")}break}}return i&&this.matchcap.length>1&&this.matchcap[1]>=0}};const X=[];var $=class B{static shouldBacktrack(B){return B.numInst()<=500}static maxBitStateLen(t){return B.shouldBacktrack(t)?Math.floor(262144/t.numInst()):0}static execute(B,t,e,r,s){const i=B.cond;if(i===N.EMPTY_ALL)return null;if((r===n.ANCHOR_START||r===n.ANCHOR_BOTH)&&0!==e)return null;if(0!==(i&N.EMPTY_BEGIN_TEXT)&&0!==e)return null;const C=X.length>0?X.pop():new Z,o=t.endPos();C.reset(B.prog,o,s);let a=!1;if(0!==(i&N.EMPTY_BEGIN_TEXT)||r===n.ANCHOR_START||r===n.ANCHOR_BOTH)C.ncap>0&&(C.cap[0]=e),C.tryBacktrack(B,t,B.prog.start,e,r)&&(a=!0);else{let n=-1;for(;e<=o&&0!==n;e+=n){if(B.prefix.length>0){const n=t.index(B,e);if(n<0)break;e+=n}if(C.ncap>0&&(C.cap[0]=e),C.tryBacktrack(B,t,B.prog.start,e,r)){a=!0;break}const s=t.step(e);n=s===P.EOF()?0:7&s}}if(!a)return X.push(C),null;const u=0===s?[]:N.toArray(C.matchcap.subarray(0,s));return X.push(C),u}},BB=class{constructor(B){this.sparse=new Uint32Array(B),this.dense=new Uint32Array(B),this.size=0,this.nextIndex=0}empty(){return this.nextIndex>=this.size}next(){return this.dense[this.nextIndex++]}clear(){this.size=0,this.nextIndex=0}contains(B){return B<this.sparse.length&&this.sparse[B]<this.size&&this.dense[this.sparse[B]]===B}insert(B){this.contains(B)||this.insertNew(B)}insertNew(B){B>=this.sparse.length||(this.sparse[B]=this.size,this.dense[this.size]=B,this.size++)}};var tB=class{constructor(B){this.start=B.start,this.numCap=B.numCap,this.inst=new Array(B.inst.length);for(let t=0;t<B.inst.length;t++){const e=B.inst[t],n=new _(e.op);n.out=e.out,n.arg=e.arg,n.runes=e.runes?new Int32Array(e.runes):new Int32Array(0),n.next=null,this.inst[t]=n}}};var eB=class B{static compile(B){if(0===B.start)return null;if(B.numLb>0)return null;const t=B.inst[B.start];if(t.op!==_.EMPTY_WIDTH||0===(t.arg&N.EMPTY_BEGIN_TEXT))return null;let e=!1;for(let t=0;t<B.inst.length;t++)if(B.inst[t].op===_.ALT||B.inst[t].op===_.ALT_MATCH){e=!0;break}for(let t=0;t<B.inst.length;t++){const n=B.inst[t],r=B.inst[n.out].op;switch(n.op){case _.ALT:case _.ALT_MATCH:if(r===_.MATCH||B.inst[n.arg].op===_.MATCH)return null;break;case _.EMPTY_WIDTH:if(r===_.MATCH){if((n.arg&N.EMPTY_END_TEXT)===N.EMPTY_END_TEXT)continue;return null}break;default:if(r===_.MATCH&&e)return null}}let r=(B=>{const t=new tB(B);for(let B=0;B<t.inst.length;B++){const e=t.inst[B];if(e.op!==_.ALT&&e.op!==_.ALT_MATCH)continue;let n="out",r="arg",s=t.inst[e[r]];if(s.op!==_.ALT&&s.op!==_.ALT_MATCH&&(n="arg",r="out",s=t.inst[e[r]],s.op!==_.ALT&&s.op!==_.ALT_MATCH))continue;const i=t.inst[e[n]];if(i.op===_.ALT||i.op===_.ALT_MATCH)continue;let C="out",o="arg",a=!1;s.out===B?a=!0:s.arg===B&&(a=!0,C="arg",o="out"),a&&(s[C]=e[n]),e[n]===s[C]&&(e[r]=s[o])}return t})(B);return r=(B=>{if(B.inst.length>=1e3)return null;const t=new BB(B.inst.length),e=new BB(B.inst.length),r=new Array(B.inst.length),s=new Array(B.inst.length).fill(!1),i=C=>{let o=!0;const a=B.inst[C];if(e.contains(C))return!0;switch(e.insert(C),a.op){case _.ALT:case _.ALT_MATCH:{o=i(a.out)&&i(a.arg);let B=s[a.out],t=s[a.arg];if(B&&t)return!1;if(t){const e=a.out;a.out=a.arg,a.arg=e;const n=B;B=t,t=n}B&&(s[C]=!0,a.op=_.ALT_MATCH);const e=((B,t,e,n)=>{const r=B.length,s=t.length;let i=0,C=0;const o=[],a=[];let u=!0,l=-1;const c=r=>{const s=r?B:t,u=r?i:C,c=r?e:n;return!(l>0&&s[u]<=o[l]||(o.push(s[u],s[u+1]),r?i+=2:C+=2,l+=2,a.push(c),0))};for(;i<r||C<s;)if(u=C>=s?c(!0):i>=r||t[C]<B[i]?c(!1):c(!0),!u)return null;return{merged:o,next:a}})(r[a.out]||[],r[a.arg]||[],a.out,a.arg);if(!e)return!1;r[C]=new Int32Array(e.merged),a.next=new Uint32Array(e.next);break}case _.CAPTURE:case _.EMPTY_WIDTH:case _.NOP:o=i(a.out),s[C]=s[a.out],r[C]=r[a.out]?new Int32Array(r[a.out]):new Int32Array(0),a.next=new Uint32Array(Math.floor(r[C].length/2)+1).fill(a.out);break;case _.MATCH:case _.FAIL:s[C]=a.op===_.MATCH;break;case _.RUNE:{if(s[C]=!1,a.next&&a.next.length>0)break;if(t.insert(a.out),!a.runes||0===a.runes.length){r[C]=new Int32Array(0),a.next=new Uint32Array([a.out]);break}let B=[];if(1===a.runes.length&&0!==(a.arg&n.FOLD_CASE)){const t=a.runes[0];B.push(t,t);for(let e=w.simpleFold(t);e!==t;e=w.simpleFold(e))B.push(e,e);B.sort((B,t)=>B-t)}else for(let t=0;t<a.runes.length;t++)B.push(a.runes[t]);r[C]=new Int32Array(B),a.next=new Uint32Array(Math.floor(B.length/2)+1).fill(a.out),a.op=_.RUNE;break}case _.RUNE1:{if(s[C]=!1,a.next&&a.next.length>0)break;t.insert(a.out);let B=[];if(0!==(a.arg&n.FOLD_CASE)){const t=a.runes[0];B.push(t,t);for(let e=w.simpleFold(t);e!==t;e=w.simpleFold(e))B.push(e,e);B.sort((B,t)=>B-t)}else B.push(a.runes[0],a.runes[0]);r[C]=new Int32Array(B),a.next=new Uint32Array(Math.floor(B.length/2)+1).fill(a.out),a.op=_.RUNE;break}case _.RUNE_ANY:if(s[C]=!1,a.next&&a.next.length>0)break;t.insert(a.out),r[C]=new Int32Array([0,w.MAX_RUNE]),a.next=new Uint32Array([a.out]);break;case _.RUNE_ANY_NOT_NL:if(s[C]=!1,a.next&&a.next.length>0)break;t.insert(a.out),r[C]=new Int32Array([0,9,11,w.MAX_RUNE]),a.next=new Uint32Array(Math.floor(r[C].length/2)+1).fill(a.out)}return o};for(t.clear(),t.insert(B.start);!t.empty();)if(e.clear(),!i(t.next()))return null;for(let t=0;t<B.inst.length;t++)r[t]&&(B.inst[t].runes=r[t]);return B})(r),null!==r&&((B,t)=>{for(let e=0;e<t.inst.length;e++){const n=t.inst[e];switch(n.op){case _.ALT:case _.ALT_MATCH:case _.RUNE:break;case _.CAPTURE:case _.EMPTY_WIDTH:case _.NOP:case _.MATCH:case _.FAIL:B.inst[e].next=null;break;case _.RUNE1:case _.RUNE_ANY:case _.RUNE_ANY_NOT_NL:B.inst[e].next=null,B.inst[e].op=n.op,B.inst[e].runes=n.runes?new Int32Array(n.runes):new Int32Array(0)}}})(r,B),r}static next(B,t){const e=B.matchRunePos(t);return e>=0?B.next[e]:B.op===_.ALT_MATCH?B.out:0}static execute(t,e,r,s,i){const C=t.onepass;if(!C)return null;const o=new Int32Array(i).fill(-1);let a=!1,u=e.step(r),l=u>>3,c=7&u,f=P.EOF(),h=-1,p=0;u!==P.EOF()&&(f=e.step(r+c),f!==P.EOF()&&(h=f>>3,p=7&f));let g,E=0===r?N.emptyOpContext(-1,l):e.context(r),D=C.start;for(;;){switch(g=C.inst[D],D=g.out,g.op){case _.MATCH:return s===n.ANCHOR_BOTH&&r!==e.endPos()?null:(a=!0,o.length>0&&(o[0]=0,o[1]=r),0===i?[]:N.toArray(o));case _.RUNE:if(!g.matchRune(l))return null;break;case _.RUNE1:if(l!==g.runes[0])return null;break;case _.RUNE_ANY:break;case _.RUNE_ANY_NOT_NL:if(10===l)return null;break;case _.ALT:case _.ALT_MATCH:D=B.next(g,l);continue;case _.FAIL:return null;case _.NOP:continue;case _.EMPTY_WIDTH:if(0!==(g.arg&~E))return null;continue;case _.CAPTURE:g.arg<o.length&&(o[g.arg]=r);continue;default:throw new O("bad inst")}if(0===c)break;E=N.emptyOpContext(l,h),r+=c,l=h,c=p,-1!==l&&(f=e.step(r+c),f!==P.EOF()?(h=f>>3,p=7&f):(h=-1,p=0))}return a?0===i?[]:N.toArray(o):null}},nB=class B{static Op=T(["NO_MATCH","EMPTY_MATCH","LITERAL","CHAR_CLASS","ANY_CHAR_NOT_NL","ANY_CHAR","BEGIN_LINE","END_LINE","BEGIN_TEXT","END_TEXT","WORD_BOUNDARY","NO_WORD_BOUNDARY","CAPTURE","STAR","PLUS","QUEST","REPEAT","CONCAT","ALTERNATE","PLB","NLB","LEFT_PAREN","VERTICAL_BAR"]);static isPseudoOp(t){return t>=B.Op.LEFT_PAREN}static emptySubs(){return[]}static quoteIfHyphen(B){return B===h.CODES["-"]?"\\":""}static fromRegexp(t){const e=new B(t.op);return e.flags=t.flags,e.subs=t.subs,e.runes=t.runes,e.cap=t.cap,e.min=t.min,e.max=t.max,e.name=t.name,e.namedGroups=t.namedGroups,e.lb=t.lb,e}constructor(t){this.op=t,this.flags=0,this.subs=B.emptySubs(),this.runes=new Int32Array(0),this.min=0,this.max=0,this.cap=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}reinit(){this.flags=0,this.subs=B.emptySubs(),this.runes=new Int32Array(0),this.cap=0,this.min=0,this.max=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}toString(){return this.appendTo()}appendTo(){let t="";switch(this.op){case B.Op.NO_MATCH:t+="[^\\x00-\\x{10FFFF}]";break;case B.Op.EMPTY_MATCH:t+="(?:)";break;case B.Op.STAR:case B.Op.PLUS:case B.Op.QUEST:case B.Op.REPEAT:{const e=this.subs[0];switch(e.op>B.Op.CAPTURE||e.op===B.Op.LITERAL&&e.runes.length>1?t+=`(?:${e.appendTo()})`:t+=e.appendTo(),this.op){case B.Op.STAR:t+="*";break;case B.Op.PLUS:t+="+";break;case B.Op.QUEST:t+="?";break;case B.Op.REPEAT:t+=`{${this.min}`,this.min!==this.max&&(t+=",",this.max>=0&&(t+=this.max)),t+="}"}0!==(this.flags&n.NON_GREEDY)&&(t+="?");break}case B.Op.CONCAT:for(let e of this.subs)e.op===B.Op.ALTERNATE?t+=`(?:${e.appendTo()})`:t+=e.appendTo();break;case B.Op.ALTERNATE:{let B="";for(let e of this.subs)t+=B,B="|",t+=e.appendTo();break}case B.Op.LITERAL:0!==(this.flags&n.FOLD_CASE)&&(t+="(?i:");for(let B of this.runes)t+=N.escapeRune(B);0!==(this.flags&n.FOLD_CASE)&&(t+=")");break;case B.Op.ANY_CHAR_NOT_NL:t+="(?-s:.)";break;case B.Op.ANY_CHAR:t+="(?s:.)";break;case B.Op.PLB:t+=`(?<=${this.subs[0].appendTo()})`;break;case B.Op.NLB:t+=`(?<!${this.subs[0].appendTo()})`;break;case B.Op.CAPTURE:null===this.name||0===this.name.length?t+="(":t+=`(?P<${this.name}>`,this.subs[0].op!==B.Op.EMPTY_MATCH&&(t+=this.subs[0].appendTo()),t+=")";break;case B.Op.BEGIN_TEXT:t+="\\A";break;case B.Op.END_TEXT:0!==(this.flags&n.WAS_DOLLAR)?t+="(?-m:$)":t+="\\z";break;case B.Op.BEGIN_LINE:t+="^";break;case B.Op.END_LINE:t+="$";break;case B.Op.WORD_BOUNDARY:t+="\\b";break;case B.Op.NO_WORD_BOUNDARY:t+="\\B";break;case B.Op.CHAR_CLASS:if(this.runes.length%2!=0){t+="[invalid char class]";break}if(t+="[",0===this.runes.length)t+="^\\x00-\\x{10FFFF}";else if(0===this.runes[0]&&this.runes[this.runes.length-1]===w.MAX_RUNE){t+="^";for(let e=1;e<this.runes.length-1;e+=2){const n=this.runes[e]+1,r=this.runes[e+1]-1;t+=B.quoteIfHyphen(n),t+=N.escapeRune(n),n!==r&&(t+="-",t+=B.quoteIfHyphen(r),t+=N.escapeRune(r))}}else for(let e=0;e<this.runes.length;e+=2){const n=this.runes[e],r=this.runes[e+1];t+=B.quoteIfHyphen(n),t+=N.escapeRune(n),n!==r&&(t+="-",t+=B.quoteIfHyphen(r),t+=N.escapeRune(r))}t+="]";break;default:t+=this.op}return t}maxCap(){let t=0;if(this.op===B.Op.CAPTURE&&(t=this.cap),null!==this.subs)for(let B of this.subs){const e=B.maxCap();t<e&&(t=e)}return t}equals(t){if(!(null!==t&&t instanceof B))return!1;if(this.op!==t.op)return!1;switch(this.op){case B.Op.END_TEXT:if((this.flags&n.WAS_DOLLAR)!==(t.flags&n.WAS_DOLLAR))return!1;break;case B.Op.LITERAL:case B.Op.CHAR_CLASS:if((this.flags&n.FOLD_CASE)!==(t.flags&n.FOLD_CASE))return!1;if(null===this.runes&&null===t.runes)break;if(null===this.runes||null===t.runes)return!1;if(this.runes.length!==t.runes.length)return!1;for(let B=0;B<this.runes.length;B++)if(this.runes[B]!==t.runes[B])return!1;break;case B.Op.ALTERNATE:case B.Op.CONCAT:if(this.subs.length!==t.subs.length)return!1;for(let B=0;B<this.subs.length;++B)if(!this.subs[B].equals(t.subs[B]))return!1;break;case B.Op.STAR:case B.Op.PLUS:case B.Op.QUEST:if((this.flags&n.NON_GREEDY)!==(t.flags&n.NON_GREEDY)||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.REPEAT:if((this.flags&n.NON_GREEDY)!==(t.flags&n.NON_GREEDY)||this.min!==t.min||this.max!==t.max||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.CAPTURE:if(this.cap!==t.cap||(null===this.name?null!==t.name:this.name!==t.name)||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.PLB:case B.Op.NLB:if(this.lb!==t.lb||!this.subs[0].equals(t.subs[0]))return!1}return!0}},rB=class{static walk(B,t){const e=[];let n,r=B;for(;;){if(0===r.subs.length)n=t.leaf(r);else{const B=t.enter(r);if(void 0===B.result){e.push({re:r,state:B,i:0}),r=r.subs[0];continue}n=B.result}for(;;){if(0===e.length)return n;const B=e[e.length-1];if(t.child(B.re,B.state,n,B.i),B.i++,void 0===B.state.result&&B.i<B.re.subs.length){r=B.re.subs[B.i];break}e.pop(),n=void 0!==B.state.result?B.state.result:t.leave(B.re,B.state)}}}},sB=class{constructor(B,t){const e=new Map,n=[0],r=[0],s=[0],i=[0];for(const C of B){let B=0;for(let o=0;o<C.length;o++){const a=B*t+C[o];let u=e.get(a);void 0===u&&(u=n.length,e.set(a,u),n.push(B),r.push(C[o]),s.push(s[B]+1),i.push(0)),B=u}i[B]=1}const C=n.length,o=new Int32Array(C-1);for(let B=1;B<C;B++)o[B-1]=B;o.sort((B,t)=>n[B]-n[t]||r[B]-r[t]);const a=new Int32Array(C+1);for(let B=1;B<C;B++)a[n[B]+1]++;for(let B=0;B<C;B++)a[B+1]+=a[B];const u=new Int32Array(C-1);for(let B=0;B<o.length;B++)u[B]=r[o[B]];this.childStart=a,this.childUnit=u,this.childNode=o;const l=new Int32Array(C);for(let B=0;B<C;B++)l[B]=B;l.sort((B,t)=>s[B]-s[t]);const c=new Int32Array(C),f=Uint8Array.from(i);for(let B=1;B<C;B++){const t=l[B],e=n[t];if(0!==e){let B=c[e],n=this.next(B,r[t]);for(;n<0&&0!==B;)B=c[B],n=this.next(B,r[t]);c[t]=n>=0?n:0}f[t]|=f[c[t]]}this.fail=c,this.match=f}next(B,t){let e=this.childStart[B],n=this.childStart[B+1];const r=this.childUnit;for(;e<n;){const B=e+n>>1,s=r[B];if(s===t)return this.childNode[B];s<t?e=B+1:n=B}return-1}advance(B,t){for(;;){const e=this.next(B,t);if(e>=0)return e;if(0===B)return 0;B=this.fail[B]}}searchUTF16(B,t,e){let n=0;for(let r=t;r<e;r++)if(n=this.advance(n,B.charCodeAt(r)),1===this.match[n])return!0;return!1}searchUTF8(B,t,e){let n=0;for(let r=t;r<e;r++)if(n=this.advance(n,B[r]),1===this.match[n])return!0;return!1}},iB=class B{static Type={NONE:0,EXACT:1,AND:2,OR:3};static MAX_SCANS=32;static MAX_AC_UNITS=1<<18;constructor(t){this.type=t,this.subs=[],this.str="",this.bytes=null,this.cost=t===B.Type.EXACT?1:0,this.allExact=!1,this.ac16=null,this.ac8=null}automaton16(){if(null===this.ac16){const B=this.subs.map(B=>{const t=new Array(B.str.length);for(let e=0;e<B.str.length;e++)t[e]=B.str.charCodeAt(e);return t});this.ac16=new sB(B,65536)}return this.ac16}automaton8(){return null===this.ac8&&(this.ac8=new sB(this.subs.map(B=>B.bytes),256)),this.ac8}eval(t,e){switch(this.type){case B.Type.NONE:return!0;case B.Type.EXACT:return t.hasString(this,e);case B.Type.AND:for(let B=0;B<this.subs.length;B++)if(!this.subs[B].eval(t,e))return!1;return!0;case B.Type.OR:if(this.allExact)return t.hasAnyString(this,e);for(let B=0;B<this.subs.length;B++)if(this.subs[B].eval(t,e))return!0;return!1;default:return!0}}},CB=class B{static build(t){return t?rB.walk(t,B.WALKER):new iB(iB.Type.NONE)}static WALKER={leaf:t=>B.leaf(t),enter:t=>B.enter(t),child:(t,e,n)=>B.child(t,e,n),leave:(t,e)=>B.leave(t,e)};static leaf(B){if(B.op!==nB.Op.LITERAL)return new iB(iB.Type.NONE);if(0===B.runes.length||0!==(B.flags&n.FOLD_CASE))return new iB(iB.Type.NONE);let t="";for(let e=0;e<B.runes.length;e++){if(w.isUnsearchable(B.runes[e]))return new iB(iB.Type.NONE);t+=String.fromCodePoint(B.runes[e])}const e=new iB(iB.Type.EXACT);return e.str=t,e.bytes=N.stringToUtf8ByteArray(e.str),e}static enter(B){switch(B.op){case nB.Op.CAPTURE:case nB.Op.PLUS:return{sub:null};case nB.Op.REPEAT:return B.min>=1?{sub:null}:{result:new iB(iB.Type.NONE)};case nB.Op.CONCAT:return{pf:new iB(iB.Type.AND),subs:[]};case nB.Op.ALTERNATE:return{pf:new iB(iB.Type.OR),subs:[]};default:return{result:new iB(iB.Type.NONE)}}}static child(B,t,e){if(void 0!==t.subs)if(t.pf.type!==iB.Type.AND)if(e.type!==iB.Type.NONE)if(e.type!==iB.Type.OR)t.subs.push(e);else for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);else t.result=new iB(iB.Type.NONE);else{if(e.type===iB.Type.NONE)return;if(e.type===iB.Type.AND){for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}t.subs.push(e)}else t.sub=e}static leave(B,t){if(void 0===t.subs)return t.sub;const e=t.pf,n=new Set,r=[];for(const B of t.subs){if(B.type===iB.Type.EXACT){if(n.has(B.str))continue;n.add(B.str)}r.push(B)}if(e.type===iB.Type.AND){const B=[];let t=0;for(const e of r)t+e.cost>iB.MAX_SCANS||(B.push(e),t+=e.cost);return 0===B.length?new iB(iB.Type.NONE):1===B.length?B[0]:(e.subs=B,e.cost=t,e)}if(0===r.length)return new iB(iB.Type.NONE);if(1===r.length)return r[0];e.subs=r;let s=!0,i=0,C=0;for(const B of r)B.type!==iB.Type.EXACT?s=!1:C+=B.bytes.length,i+=B.cost;return s?C>iB.MAX_AC_UNITS?new iB(iB.Type.NONE):(e.allExact=!0,e.cost=1,e):i>iB.MAX_SCANS?new iB(iB.Type.NONE):(e.cost=i,e)}},oB=class{constructor(B=0,t=0){this.head=B,this.tail=t}},aB=class{constructor(){this.inst=[],this.start=0,this.numCap=2,this.lbStarts=[],this.numLb=0,this.lbInst=null}getInst(B){return this.inst[B]}numInst(){return this.inst.length}addInst(B){this.inst.push(new _(B))}markLookbehindInsts(){const B=new Uint8Array(this.inst.length),t=this.lbStarts.slice();for(;t.length>0;){const e=t.pop();if(0===e||1===B[e])continue;B[e]=1;const n=this.inst[e];switch(n.op){case _.ALT:case _.ALT_MATCH:t.push(n.out,n.arg);break;case _.MATCH:case _.FAIL:break;default:t.push(n.out)}}this.lbInst=B}skipNop(B){let t=this.inst[B];for(;t.op===_.NOP||t.op===_.CAPTURE;)t=this.inst[B],B=t.out;return t}prefix(){let B="",t=this.skipNop(this.start);if(!_.isRuneOp(t.op)||1!==t.runes.length)return[t.op===_.MATCH,B];for(;_.isRuneOp(t.op)&&1===t.runes.length&&0===(t.arg&n.FOLD_CASE)&&!w.isUnsearchable(t.runes[0]);)B+=String.fromCodePoint(t.runes[0]),t=this.skipNop(t.out);return[t.op===_.MATCH,B]}startCond(){let B=0,t=this.start;B:for(;;){const e=this.inst[t];switch(e.op){case _.EMPTY_WIDTH:B|=e.arg;break;case _.FAIL:return-1;case _.CAPTURE:case _.NOP:break;default:break B}t=e.out}return B}patch(B,t){let e=B.head;for(;0!==e;){const B=this.inst[e>>1];1&e?(e=B.arg,B.arg=t):(e=B.out,B.out=t)}}append(B,t){if(0===B.head)return t;if(0===t.head)return B;const e=this.inst[B.tail>>1];return 1&B.tail?e.arg=t.head:e.out=t.head,new oB(B.head,t.tail)}toString(){let B="";for(let t=0;t<this.inst.length;t++){const e=B.length;B+=t,t===this.start&&(B+="*"),B+="        ".substring(B.length-e),B+=this.inst[t],B+="\n"}return B}};const uB=new Int32Array([0,h.CODES["\n"]-1,h.CODES["\n"]+1,w.MAX_RUNE]),lB=new Int32Array([0,w.MAX_RUNE]);var cB=class{constructor(B=0,t=new oB,e=!1){this.i=B,this.out=t,this.nullable=e}},fB=class B{static compileRegexp(t){const e=new B,n=e.compile(t);return e.prog.patch(n.out,e.newInst(_.MATCH).i),e.prog.start=n.i,e.prog.markLookbehindInsts(),e.prog}static compileSet(t){const e=new B;if(0===t.length)return e.prog.start=e.newInst(_.FAIL).i,e.prog.markLookbehindInsts(),e.prog;let n=[];for(let B=0;B<t.length;B++){e.lbOffset=e.prog.numLb;const r=e.compile(t[B]),s=e.newInst(_.MATCH);e.prog.getInst(s.i).arg=B,e.prog.patch(r.out,s.i),n.push(r.i)}let r=n[0];for(let B=1;B<n.length;B++){const t=e.newInst(_.ALT),s=e.prog.getInst(t.i);s.out=r,s.arg=n[B],r=t.i}return e.prog.start=r,e.prog.markLookbehindInsts(),e.prog}constructor(){this.prog=new aB,this.newInst(_.FAIL),this.lbOffset=0,this.runeCache=new Map,this.walker={leaf:B=>this.leaf(B),enter:B=>this.enter(B),child:(B,t,e)=>this.child(B,t,e),leave:(B,t)=>this.leave(B,t)}}newInst(B){return this.prog.addInst(B),new cB(this.prog.numInst()-1,new oB,!0)}nop(){const B=this.newInst(_.NOP);return B.out=new oB(B.i<<1,B.i<<1),B}fail(){return new cB}cap(B){const t=this.newInst(_.CAPTURE);return t.out=new oB(t.i<<1,t.i<<1),this.prog.getInst(t.i).arg=B,this.prog.numCap<B+1&&(this.prog.numCap=B+1),t}cat(B,t){return 0===B.i||0===t.i?(this.prog.patch(B.out,0),this.prog.patch(t.out,0),this.fail()):(this.prog.patch(B.out,t.i),new cB(B.i,t.out,B.nullable&&t.nullable))}alt(B,t){if(0===B.i)return t;if(0===t.i)return B;const e=this.newInst(_.ALT),n=this.prog.getInst(e.i);return n.out=B.i,n.arg=t.i,e.out=this.prog.append(B.out,t.out),e.nullable=B.nullable||t.nullable,e}loop(B,t){const e=this.newInst(_.ALT),n=this.prog.getInst(e.i);return t?(n.arg=B.i,e.out=new oB(e.i<<1,e.i<<1)):(n.out=B.i,e.out=new oB(e.i<<1|1,e.i<<1|1)),this.prog.patch(B.out,e.i),e}quest(B,t){if(0===B.i)return this.nop();const e=this.newInst(_.ALT),n=this.prog.getInst(e.i);return t?(n.arg=B.i,e.out=new oB(e.i<<1,e.i<<1)):(n.out=B.i,e.out=new oB(e.i<<1|1,e.i<<1|1)),e.out=this.prog.append(e.out,B.out),e}star(B,t){return 0===B.i?this.nop():B.nullable?this.quest(this.plus(B,t),t):this.loop(B,t)}plus(B,t){return 0===B.i?this.fail():new cB(B.i,this.loop(B,t).out,B.nullable)}empty(B){const t=this.newInst(_.EMPTY_WIDTH);return this.prog.getInst(t.i).arg=B,t.out=new oB(t.i<<1,t.i<<1),t}rune(B,t){const e=this.newInst(_.RUNE);e.nullable=!1;const r=this.prog.getInst(e.i);return r.runes=B,t&=n.FOLD_CASE,1===B.length&&w.simpleFold(B[0])!==B[0]||(t&=~n.FOLD_CASE),r.arg=t,e.out=new oB(e.i<<1,e.i<<1),0===(t&n.FOLD_CASE)&&1===B.length||2===B.length&&B[0]===B[1]?r.op=_.RUNE1:2===B.length&&0===B[0]&&B[1]===w.MAX_RUNE?r.op=_.RUNE_ANY:4===B.length&&0===B[0]&&B[1]===h.CODES["\n"]-1&&B[2]===h.CODES["\n"]+1&&B[3]===w.MAX_RUNE&&(r.op=_.RUNE_ANY_NOT_NL),e}lookBehind(B,t){const e=Math.sign(t)*(Math.abs(t)+this.lbOffset),n=this.newInst(_.LB_WRITE);this.prog.getInst(n.i).arg=e;const r=this.rune(lB,0),s=this.star(r,!0),i=this.cat(s,B);this.prog.patch(i.out,n.i);const C=this.newInst(_.LB_CHECK);return this.prog.getInst(C.i).arg=e,this.prog.lbStarts.push(i.i),Math.abs(e)>this.prog.numLb&&(this.prog.numLb=Math.abs(e)),C.out=new oB(C.i<<1,C.i<<1),C}compile(B){return rB.walk(B,this.walker)}leaf(B){switch(B.op){case nB.Op.NO_MATCH:return this.fail();case nB.Op.EMPTY_MATCH:return this.nop();case nB.Op.LITERAL:{if(0===B.runes.length)return this.nop();let t=null;for(let e of B.runes){let n=this.runeCache.get(e);void 0===n&&(n=new Int32Array([e]),this.runeCache.set(e,n));const r=this.rune(n,B.flags);t=null===t?r:this.cat(t,r)}return t}case nB.Op.CHAR_CLASS:return this.rune(B.runes,B.flags);case nB.Op.ANY_CHAR_NOT_NL:return this.rune(uB,0);case nB.Op.ANY_CHAR:return this.rune(lB,0);case nB.Op.BEGIN_LINE:return this.empty(N.EMPTY_BEGIN_LINE);case nB.Op.END_LINE:return this.empty(N.EMPTY_END_LINE);case nB.Op.BEGIN_TEXT:return this.empty(N.EMPTY_BEGIN_TEXT);case nB.Op.END_TEXT:return this.empty(N.EMPTY_END_TEXT);case nB.Op.WORD_BOUNDARY:return this.empty(N.EMPTY_WORD_BOUNDARY);case nB.Op.NO_WORD_BOUNDARY:return this.empty(N.EMPTY_NO_WORD_BOUNDARY);case nB.Op.CONCAT:case nB.Op.ALTERNATE:return this.nop();default:throw new F("regexp: unhandled case in compile")}}enter(B){switch(B.op){case nB.Op.PLB:case nB.Op.NLB:case nB.Op.STAR:case nB.Op.PLUS:case nB.Op.QUEST:return{sub:null};case nB.Op.CAPTURE:return{bra:this.cap(B.cap<<1),sub:null};case nB.Op.CONCAT:case nB.Op.ALTERNATE:return{f:null};default:throw new F("regexp: unhandled case in compile")}}child(B,t,e){B.op===nB.Op.CONCAT?t.f=null===t.f?e:this.cat(t.f,e):B.op===nB.Op.ALTERNATE?t.f=null===t.f?e:this.alt(t.f,e):t.sub=e}leave(B,t){switch(B.op){case nB.Op.PLB:case nB.Op.NLB:return this.lookBehind(t.sub,B.lb);case nB.Op.CAPTURE:{const e=this.cap(B.cap<<1|1);return this.cat(this.cat(t.bra,t.sub),e)}case nB.Op.STAR:return this.star(t.sub,0!==(B.flags&n.NON_GREEDY));case nB.Op.PLUS:return this.plus(t.sub,0!==(B.flags&n.NON_GREEDY));case nB.Op.QUEST:return this.quest(t.sub,0!==(B.flags&n.NON_GREEDY));case nB.Op.CONCAT:case nB.Op.ALTERNATE:return t.f;default:throw new F("regexp: unhandled case in compile")}}},hB=class B{static simplify(t){return null===t?null:rB.walk(t,B.WALKER)}static WALKER={leaf:t=>B.leaf(t),enter:t=>B.enter(t),child:(t,e,n,r)=>B.child(t,e,n,r),leave:(t,e)=>B.leave(t,e)};static leaf(B){if(B.op===nB.Op.CHAR_CLASS){if(null===B.runes)return B;if(0===B.runes.length)return new nB(nB.Op.NO_MATCH);if(2===B.runes.length&&0===B.runes[0]&&B.runes[1]===w.MAX_RUNE)return new nB(nB.Op.ANY_CHAR);if(4===B.runes.length&&0===B.runes[0]&&B.runes[1]===h.CODES["\n"]-1&&B.runes[2]===h.CODES["\n"]+1&&B.runes[3]===w.MAX_RUNE)return new nB(nB.Op.ANY_CHAR_NOT_NL)}return B}static enter(B){switch(B.op){case nB.Op.PLB:case nB.Op.NLB:case nB.Op.CAPTURE:case nB.Op.STAR:case nB.Op.PLUS:case nB.Op.QUEST:return{sub:null};case nB.Op.CONCAT:case nB.Op.ALTERNATE:return{subs:[],changed:!1};case nB.Op.REPEAT:return 0===B.min&&0===B.max?{result:new nB(nB.Op.EMPTY_MATCH)}:{sub:null};default:return{result:B}}}static child(B,t,e,n){if(void 0!==t.subs){if(e!==B.subs[n]&&(t.changed=!0),B.op===nB.Op.CONCAT){if(e.op===nB.Op.NO_MATCH)return void(t.result=new nB(nB.Op.NO_MATCH));if(e.op===nB.Op.EMPTY_MATCH)return void(t.changed=!0);if(e.op===nB.Op.CONCAT){t.changed=!0;for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}}else{if(e.op===nB.Op.NO_MATCH)return void(t.changed=!0);if(e.op===nB.Op.ALTERNATE){t.changed=!0;for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}}t.subs.push(e)}else t.sub=e}static leave(t,e){switch(t.op){case nB.Op.PLB:case nB.Op.NLB:case nB.Op.CAPTURE:{const B=e.sub;if(B!==t.subs[0]){const e=nB.fromRegexp(t);return e.runes=new Int32Array(0),e.subs=[B],e}return t}case nB.Op.CONCAT:case nB.Op.ALTERNATE:if(e.changed){const B=e.subs;if(0===B.length)return new nB(t.op===nB.Op.CONCAT?nB.Op.EMPTY_MATCH:nB.Op.NO_MATCH);if(1===B.length)return B[0];const n=nB.fromRegexp(t);return n.runes=new Int32Array(0),n.subs=B,n}return t;case nB.Op.STAR:case nB.Op.PLUS:case nB.Op.QUEST:return B.simplify1(t.op,t.flags,e.sub,t);case nB.Op.REPEAT:return B.simplifyRepeat(t,e.sub);default:return t}}static simplifyRepeat(t,e){if(-1===t.max){if(0===t.min)return B.simplify1(nB.Op.STAR,t.flags,e,null);if(1===t.min)return B.simplify1(nB.Op.PLUS,t.flags,e,null);const n=[];for(let B=0;B<t.min-1;B++)n.push(e);return n.push(B.simplify1(nB.Op.PLUS,t.flags,e,null)),B.concat(n)}if(1===t.min&&1===t.max)return e;let n=null;if(t.min>0){n=[];for(let B=0;B<t.min;B++)n.push(e)}if(t.max>t.min){let r=B.simplify1(nB.Op.QUEST,t.flags,e,null);for(let n=t.min+1;n<t.max;n++)r=B.simplify1(nB.Op.QUEST,t.flags,B.concat([e,r]),null);if(null===n)return r;n.push(r)}return null!==n?B.concat(n):new nB(nB.Op.NO_MATCH)}static concat(B){const t=[];for(let e=0;e<B.length;e++){const n=B[e];if(n.op===nB.Op.NO_MATCH)return new nB(nB.Op.NO_MATCH);if(n.op!==nB.Op.EMPTY_MATCH)if(n.op!==nB.Op.CONCAT)t.push(n);else for(let B=0;B<n.subs.length;B++)t.push(n.subs[B])}if(0===t.length)return new nB(nB.Op.EMPTY_MATCH);if(1===t.length)return t[0];const e=new nB(nB.Op.CONCAT);return e.subs=t,e}static simplify1(B,t,e,r){if(e.op===nB.Op.EMPTY_MATCH)return e;if(e.op===nB.Op.NO_MATCH)return B===nB.Op.PLUS?e:new nB(nB.Op.EMPTY_MATCH);if(B===e.op&&(t&n.NON_GREEDY)===(e.flags&n.NON_GREEDY))return e;if(null!==r&&r.op===B&&(r.flags&n.NON_GREEDY)===(t&n.NON_GREEDY)&&e===r.subs[0])return r;const s=new nB(B);return s.flags=t,s.subs=[e],s}},pB=class{constructor(B,t){this.sign=B,this.cls=t}};const gB=[48,57],EB=[9,10,12,13,32,32],DB=[48,57,65,90,95,95,97,122],AB=new Map([["\\d",new pB(1,gB)],["\\D",new pB(-1,gB)],["\\s",new pB(1,EB)],["\\S",new pB(-1,EB)],["\\w",new pB(1,DB)],["\\W",new pB(-1,DB)]]),dB=[48,57,65,90,97,122],wB=[65,90,97,122],IB=[0,127],mB=[9,9,32,32],FB=[0,31,127,127],yB=[48,57],bB=[33,126],OB=[97,122],LB=[32,126],RB=[33,47,58,64,91,96,123,126],GB=[9,13,32,32],NB=[65,90],TB=[48,57,65,90,95,95,97,122],vB=[48,57,65,70,97,102],HB=new Map([["[:alnum:]",new pB(1,dB)],["[:^alnum:]",new pB(-1,dB)],["[:alpha:]",new pB(1,wB)],["[:^alpha:]",new pB(-1,wB)],["[:ascii:]",new pB(1,IB)],["[:^ascii:]",new pB(-1,IB)],["[:blank:]",new pB(1,mB)],["[:^blank:]",new pB(-1,mB)],["[:cntrl:]",new pB(1,FB)],["[:^cntrl:]",new pB(-1,FB)],["[:digit:]",new pB(1,yB)],["[:^digit:]",new pB(-1,yB)],["[:graph:]",new pB(1,bB)],["[:^graph:]",new pB(-1,bB)],["[:lower:]",new pB(1,OB)],["[:^lower:]",new pB(-1,OB)],["[:print:]",new pB(1,LB)],["[:^print:]",new pB(-1,LB)],["[:punct:]",new pB(1,RB)],["[:^punct:]",new pB(-1,RB)],["[:space:]",new pB(1,GB)],["[:^space:]",new pB(-1,GB)],["[:upper:]",new pB(1,NB)],["[:^upper:]",new pB(-1,NB)],["[:word:]",new pB(1,TB)],["[:^word:]",new pB(-1,TB)],["[:xdigit:]",new pB(1,vB)],["[:^xdigit:]",new pB(-1,vB)]]);var SB=class B{static charClassToString(B,t){let e="[";for(let n=0;n<t;n+=2){n>0&&(e+=" ");const t=B[n],r=B[n+1];e+=t===r?`0x${t.toString(16)}`:`0x${t.toString(16)}-0x${r.toString(16)}`}return e+="]",e}static sortRanges(B,t){const e=t>>1,n=new Array(e);for(let B=0;B<e;B++)n[B]=B;n.sort((t,e)=>B[2*t]-B[2*e]||B[2*e+1]-B[2*t+1]);const r=B.slice(0,t);for(let t=0;t<e;t++)B[2*t]=r[2*n[t]],B[2*t+1]=r[2*n[t]+1]}constructor(B=N.emptyInts()){this.r=B,this.len=B.length}toArray(){return this.r instanceof Int32Array?this.len===this.r.length?this.r:this.r.subarray(0,this.len):new Int32Array(this.len===this.r.length?this.r:this.r.slice(0,this.len))}toGrowableArray(){return Array.isArray(this.r)?(this.r.length=this.len,this.r):Array.from(this.r.subarray(0,this.len))}cleanClass(){if(this.len<4)return this;B.sortRanges(this.r,this.len);let t=2;for(let B=2;B<this.len;B+=2){const e=this.r[B],n=this.r[B+1];e<=this.r[t-1]+1?n>this.r[t-1]&&(this.r[t-1]=n):(this.r[t]=e,this.r[t+1]=n,t+=2)}return this.len=t,this}appendLiteral(B,t){return 0!==(t&n.FOLD_CASE)?this.appendFoldedRange(B,B):this.appendRange(B,B)}appendRange(B,t){if(this.len>0)for(let e=2;e<=4;e+=2)if(this.len>=e){const n=this.r[this.len-e],r=this.r[this.len-e+1];if(B<=r+1&&n<=t+1)return B<n&&(this.r[this.len-e]=B),t>r&&(this.r[this.len-e+1]=t),this}return this.r[this.len++]=B,this.r[this.len++]=t,this}appendFoldedRange(B,t){if(B<=w.MIN_FOLD&&t>=w.MAX_FOLD)return this.appendRange(B,t);if(t<w.MIN_FOLD||B>w.MAX_FOLD)return this.appendRange(B,t);B<w.MIN_FOLD&&(this.appendRange(B,w.MIN_FOLD-1),B=w.MIN_FOLD),t>w.MAX_FOLD&&(this.appendRange(w.MAX_FOLD+1,t),t=w.MAX_FOLD);for(let e=B;e<=t;e++){this.appendRange(e,e);for(let B=w.simpleFold(e);B!==e;B=w.simpleFold(B))this.appendRange(B,B)}return this}appendClass(B){for(let t=0;t<B.length;t+=2)this.appendRange(B[t],B[t+1]);return this}appendFoldedClass(B){for(let t=0;t<B.length;t+=2)this.appendFoldedRange(B[t],B[t+1]);return this}appendNegatedClass(B){let t=0;for(let e=0;e<B.length;e+=2){const n=B[e],r=B[e+1];t<=n-1&&this.appendRange(t,n-1),t=r+1}return t<=w.MAX_RUNE&&this.appendRange(t,w.MAX_RUNE),this}appendTable(B){for(let t=0;t<B.length;++t){const e=B.getLo(t),n=B.getHi(t),r=B.getStride(t);if(1!==r)for(let B=e;B<=n;B+=r)this.appendRange(B,B);else this.appendRange(e,n)}return this}appendNegatedTable(B){let t=0;for(let e=0;e<B.length;++e){const n=B.getLo(e),r=B.getHi(e),s=B.getStride(e);if(1!==s)for(let B=n;B<=r;B+=s)t<=B-1&&this.appendRange(t,B-1),t=B+1;else t<=n-1&&this.appendRange(t,n-1),t=r+1}return t<=w.MAX_RUNE&&this.appendRange(t,w.MAX_RUNE),this}appendTableWithSign(B,t){return t<0?this.appendNegatedTable(B):this.appendTable(B)}negateClass(){let B=0,t=0;for(let e=0;e<this.len;e+=2){const n=this.r[e],r=this.r[e+1];B<=n-1&&(this.r[t]=B,this.r[t+1]=n-1,t+=2),B=r+1}return this.len=t,B<=w.MAX_RUNE&&(this.r[this.len++]=B,this.r[this.len++]=w.MAX_RUNE),this}appendClassWithSign(B,t){return t<0?this.appendNegatedClass(B):this.appendClass(B)}appendGroup(t,e){let n=t.cls;return e&&(n=(new B).appendFoldedClass(n).cleanClass().toArray()),this.appendClassWithSign(n,t.sign)}toString(){return B.charClassToString(this.r,this.len)}},xB=class{constructor(B){this.str=B,this.position=0}pos(){return this.position}rewindTo(B){this.position=B}more(){return this.position<this.str.length}peek(){return this.str.codePointAt(this.position)}skip(B){this.position+=B}skipString(B){this.position+=B.length}pop(){const B=this.str.codePointAt(this.position);return this.position+=N.charCount(B),B}lookingAt(B){return this.str.startsWith(B,this.position)}rest(){return this.str.substring(this.position)}from(B){return this.str.substring(B,this.position)}toString(){return this.rest()}},PB=class B{static ERR_INTERNAL_ERROR="regexp/syntax: internal error";static ERR_INVALID_CHAR_RANGE="invalid character class range";static ERR_INVALID_ESCAPE="invalid escape sequence";static ERR_INVALID_NAMED_CAPTURE="invalid named capture";static ERR_INVALID_PERL_OP="invalid or unsupported Perl syntax";static ERR_INVALID_REPEAT_OP="invalid nested repetition operator";static ERR_INVALID_REPEAT_SIZE="invalid repeat count";static ERR_MISSING_BRACKET="missing closing ]";static ERR_MISSING_PAREN="missing closing )";static ERR_MISSING_REPEAT_ARGUMENT="missing argument to repetition operator";static ERR_TRAILING_BACKSLASH="trailing backslash at end of expression";static ERR_DUPLICATE_NAMED_CAPTURE="duplicate capture group name";static ERR_UNEXPECTED_PAREN="unexpected )";static ERR_NESTING_DEPTH="expression nests too deeply";static ERR_LARGE="expression too large";static ERR_INVALID_CAPTURE_IN_LOOKBEHIND="invalid capture in lookbehind";static MAX_HEIGHT=1e3;static MAX_SIZE=1398101;static MAX_RUNES=33554432;static ANY_TABLE=new p(new Uint32Array([0,w.MAX_RUNE,1]));static ASCII_TABLE=new p(new Uint32Array([0,127,1]));static ASCII_FOLD_TABLE=new p(new Uint32Array([0,127,1,383,383,1,8490,8490,1]));static unicodeTable(t){return"Any"===t?{tab:B.ANY_TABLE,fold:B.ANY_TABLE,sign:1}:"Ascii"===t?{tab:B.ASCII_TABLE,fold:B.ASCII_FOLD_TABLE,sign:1}:"Assigned"===t?{tab:d.CATEGORIES.get("Cn"),fold:d.CATEGORIES.get("Cn"),sign:-1}:"Lc"===t?{tab:d.CATEGORIES.get("LC"),fold:d.FOLD_CATEGORIES.get("LC"),sign:1}:d.CATEGORIES.has(t)?{tab:d.CATEGORIES.get(t),fold:d.FOLD_CATEGORIES.get(t),sign:1}:d.SCRIPTS.has(t)?{tab:d.SCRIPTS.get(t),fold:d.FOLD_SCRIPT.get(t),sign:1}:null}static minFoldRune(B){if(B<w.MIN_FOLD||B>w.MAX_FOLD)return B;let t=B;const e=B;for(B=w.simpleFold(B);B!==e;B=w.simpleFold(B))t>B&&(t=B);return t}static leadingRegexp(B){if(B.op===nB.Op.EMPTY_MATCH)return null;if(B.op===nB.Op.CONCAT&&B.subs.length>0){const t=B.subs[0];return t.op===nB.Op.EMPTY_MATCH?null:t}return B}static literalRegexp(B,t){const e=new nB(nB.Op.LITERAL);return e.flags=t,e.runes=N.stringToRunes(B),e}static parse(t,e){return new B(t,e).parseInternal()}static parseRepeat(t){const e=t.pos();if(!t.more()||!t.lookingAt("{"))return-1;t.skip(1);const n=B.parseInt(t);if(-1===n)return-1;if(!t.more())return-1;let r;if(t.lookingAt(",")){if(t.skip(1),!t.more())return-1;if(t.lookingAt("}"))r=-1;else if(-1===(r=B.parseInt(t)))return-1}else r=n;if(!t.more()||!t.lookingAt("}"))return-1;if(t.skip(1),n<0||n>1e3||-2===r||r>1e3||r>=0&&n>r)throw new m(B.ERR_INVALID_REPEAT_SIZE,t.from(e));return n<<16|r&w.MAX_BMP}static isValidCaptureName(B){if(0===B.length)return!1;for(let t=0;t<B.length;t++){const e=B.codePointAt(t);if(e!==h.CODES._&&!N.isalnum(e))return!1}return!0}static parseInt(B){const t=B.pos();for(;B.more()&&B.peek()>=h.CODES[0]&&B.peek()<=h.CODES[9];)B.skip(1);const e=B.from(t);return 0===e.length||e.length>1&&e.codePointAt(0)===h.CODES[0]?-1:e.length>8?-2:parseInt(e,10)}static isCharClass(B){return B.op===nB.Op.LITERAL&&1===B.runes.length||B.op===nB.Op.CHAR_CLASS||B.op===nB.Op.ANY_CHAR_NOT_NL||B.op===nB.Op.ANY_CHAR}static matchRune(B,t){switch(B.op){case nB.Op.LITERAL:return 1===B.runes.length&&B.runes[0]===t;case nB.Op.CHAR_CLASS:for(let e=0;e<B.runes.length;e+=2)if(B.runes[e]<=t&&t<=B.runes[e+1])return!0;return!1;case nB.Op.ANY_CHAR_NOT_NL:return t!==h.CODES["\n"];case nB.Op.ANY_CHAR:return!0}return!1}static mergeCharClass(t,e){switch(t.op){case nB.Op.ANY_CHAR:break;case nB.Op.ANY_CHAR_NOT_NL:B.matchRune(e,h.CODES["\n"])&&(t.op=nB.Op.ANY_CHAR);break;case nB.Op.CHAR_CLASS:{const B=new SB(Array.isArray(t.runes)?t.runes:Array.from(t.runes));e.op===nB.Op.LITERAL?B.appendLiteral(e.runes[0],e.flags):B.appendClass(e.runes),t.runes=B.toGrowableArray();break}case nB.Op.LITERAL:if(e.runes[0]===t.runes[0]&&e.flags===t.flags)break;t.op=nB.Op.CHAR_CLASS,t.runes=(new SB).appendLiteral(t.runes[0],t.flags).appendLiteral(e.runes[0],e.flags).toGrowableArray()}}static parseEscape(t){const e=t.pos();if(t.skip(1),!t.more())throw new m(B.ERR_TRAILING_BACKSLASH);let n=t.pop();B:switch(n){case h.CODES[1]:case h.CODES[2]:case h.CODES[3]:case h.CODES[4]:case h.CODES[5]:case h.CODES[6]:case h.CODES[7]:if(!t.more()||t.peek()<h.CODES[0]||t.peek()>h.CODES[7])break;case h.CODES[0]:{let B=n-h.CODES[0];for(let e=1;e<3&&!(!t.more()||t.peek()<h.CODES[0]||t.peek()>h.CODES[7]);e++)B=8*B+t.peek()-h.CODES[0],t.skip(1);return B}case h.CODES.x:{if(!t.more())break;if(n=t.pop(),n===h.CODES["{"]){let B=0,e=0;for(;;){if(!t.more())break B;if(n=t.pop(),n===h.CODES["}"])break;const r=N.unhex(n);if(r<0)break B;if(e=16*e+r,e>w.MAX_RUNE)break B;B++}if(0===B)break B;return e}const B=N.unhex(n);if(!t.more())break;n=t.pop();const e=N.unhex(n);if(B<0||e<0)break;return 16*B+e}case h.CODES.a:return h.CODES[""];case h.CODES.f:return h.CODES["\f"];case h.CODES.n:return h.CODES["\n"];case h.CODES.r:return h.CODES["\r"];case h.CODES.t:return h.CODES["\t"];case h.CODES.v:return h.CODES["\v"];default:if(n<=w.MAX_ASCII&&!N.isalnum(n))return n}throw new m(B.ERR_INVALID_ESCAPE,t.from(e))}static parseClassChar(t,e){if(!t.more())throw new m(B.ERR_MISSING_BRACKET,t.from(e));return t.lookingAt("\\")?B.parseEscape(t):t.pop()}static hasCapture(t){if(null===t)return!1;if(t.op===nB.Op.CAPTURE)return!0;if(t.subs)for(let e of t.subs)if(B.hasCapture(e))return!0;return!1}constructor(B,t=0){this.wholeRegexp=B,this.flags=t,this.numCap=0,this.namedGroups=Object.create(null),this.stack=[],this.free=null,this.numRegexp=0,this.numRunes=0,this.repeats=0,this.height=null,this.size=null,this.nlb=0}newRegexp(B){let t=this.free;return null!==t&&null!==t.subs&&t.subs.length>0?(this.free=t.subs[0],t.reinit(),t.op=B):(t=new nB(B),this.numRegexp+=1),t}reuse(B){null!==this.height&&this.height.has(B)&&this.height.delete(B),null!==B.subs&&B.subs.length>0&&(B.subs[0]=this.free),this.free=B}checkLimits(t){if(this.numRunes>B.MAX_RUNES)throw new m(B.ERR_LARGE);this.checkSize(t),this.checkHeight(t)}checkSize(t){if(null===this.size){if(0===this.repeats&&(this.repeats=1),t.op===nB.Op.REPEAT){let e=t.max;-1===e&&(e=t.min),e<=0&&(e=1),e>Math.floor(B.MAX_SIZE/this.repeats)?this.repeats=B.MAX_SIZE:this.repeats*=e}if(this.numRegexp<Math.floor(B.MAX_SIZE/this.repeats))return;this.size=new Map;for(let B of this.stack)this.checkSize(B)}if(this.calcSize(t,!0)>B.MAX_SIZE)throw new m(B.ERR_LARGE)}calcSize(B,t=!1){if(!t&&null!==this.size&&this.size.has(B))return this.size.get(B);let e=0;switch(B.op){case nB.Op.LITERAL:e=B.runes.length;break;case nB.Op.PLB:case nB.Op.NLB:case nB.Op.CAPTURE:case nB.Op.STAR:e=2+this.calcSize(B.subs[0]);break;case nB.Op.PLUS:case nB.Op.QUEST:e=1+this.calcSize(B.subs[0]);break;case nB.Op.CONCAT:for(let t of B.subs)e+=this.calcSize(t);break;case nB.Op.ALTERNATE:for(let t of B.subs)e+=this.calcSize(t);B.subs.length>1&&(e=e+B.subs.length-1);break;case nB.Op.REPEAT:{let t=this.calcSize(B.subs[0]);if(-1===B.max){e=0===B.min?2+t:1+B.min*t;break}e=B.max*t+(B.max-B.min);break}}return e=Math.max(1,e),null===this.size&&(this.size=new Map),this.size.set(B,e),e}checkHeight(t){if(!(this.numRegexp<B.MAX_HEIGHT)){if(null===this.height){this.height=new Map;for(let B of this.stack)this.checkHeight(B)}if(this.calcHeight(t,!0)>B.MAX_HEIGHT)throw new m(B.ERR_NESTING_DEPTH)}}calcHeight(B,t=!1){if(!t&&null!==this.height&&this.height.has(B))return this.height.get(B);let e=1;for(let t of B.subs){const B=this.calcHeight(t);e<1+B&&(e=1+B)}return null===this.height&&(this.height=new Map),this.height.set(B,e),e}pop(){return this.stack.pop()}popToPseudo(){const B=this.stack.length;let t=B;for(;t>0&&!nB.isPseudoOp(this.stack[t-1].op);)t--;return this.stack.splice(t,B-t)}push(B){if(this.numRunes+=B.runes.length,B.op===nB.Op.CHAR_CLASS&&2===B.runes.length&&B.runes[0]===B.runes[1]){if(this.maybeConcat(B.runes[0],this.flags&~n.FOLD_CASE))return null;B.op=nB.Op.LITERAL,B.runes=[B.runes[0]],B.flags=this.flags&~n.FOLD_CASE}else if(B.op===nB.Op.CHAR_CLASS&&4===B.runes.length&&B.runes[0]===B.runes[1]&&B.runes[2]===B.runes[3]&&w.simpleFold(B.runes[0])===B.runes[2]&&w.simpleFold(B.runes[2])===B.runes[0]||B.op===nB.Op.CHAR_CLASS&&2===B.runes.length&&B.runes[0]+1===B.runes[1]&&w.simpleFold(B.runes[0])===B.runes[1]&&w.simpleFold(B.runes[1])===B.runes[0]){if(this.maybeConcat(B.runes[0],this.flags|n.FOLD_CASE))return null;B.op=nB.Op.LITERAL,B.runes=[B.runes[0]],B.flags=this.flags|n.FOLD_CASE}else this.maybeConcat(-1,0);return this.stack.push(B),this.checkLimits(B),B}maybeConcat(B,t){const e=this.stack.length;if(e<2)return!1;const r=this.stack[e-1],s=this.stack[e-2];if(r.op!==nB.Op.LITERAL||s.op!==nB.Op.LITERAL||(r.flags&n.FOLD_CASE)!==(s.flags&n.FOLD_CASE))return!1;Array.isArray(s.runes)||(s.runes=Array.from(s.runes));for(let B=0;B<r.runes.length;B++)s.runes.push(r.runes[B]);return B>=0?(r.runes=[B],r.flags=t,!0):(this.pop(),this.reuse(r),!1)}newLiteral(t,e){const r=this.newRegexp(nB.Op.LITERAL);return r.flags=e,0!==(e&n.FOLD_CASE)&&(t=B.minFoldRune(t)),r.runes=[t],r}literal(B){this.push(this.newLiteral(B,this.flags))}op(B){const t=this.newRegexp(B);return t.flags=this.flags,this.push(t)}repeat(t,e,r,s,i,C){let o=this.flags;if(0!==(o&n.PERL_X)&&(i.more()&&i.lookingAt("?")&&(i.skip(1),o^=n.NON_GREEDY),-1!==C))throw new m(B.ERR_INVALID_REPEAT_OP,i.from(C));const a=this.stack.length;if(0===a)throw new m(B.ERR_MISSING_REPEAT_ARGUMENT,i.from(s));const u=this.stack[a-1];if(nB.isPseudoOp(u.op))throw new m(B.ERR_MISSING_REPEAT_ARGUMENT,i.from(s));const l=this.newRegexp(t);if(l.min=e,l.max=r,l.flags=o,l.subs=[u],this.stack[a-1]=l,this.checkLimits(l),t===nB.Op.REPEAT&&(e>=2||r>=2)&&!this.repeatIsValid(l,1e3))throw new m(B.ERR_INVALID_REPEAT_SIZE,i.from(s))}repeatIsValid(B,t){if(B.op===nB.Op.REPEAT){let e=B.max;if(0===e)return!0;if(e<0&&(e=B.min),e>t)return!1;e>0&&(t=Math.trunc(t/e))}for(let e of B.subs)if(!this.repeatIsValid(e,t))return!1;return!0}concat(){this.maybeConcat(-1,0);const B=this.popToPseudo();return 0===B.length?this.push(this.newRegexp(nB.Op.EMPTY_MATCH)):this.push(this.collapse(B,nB.Op.CONCAT))}alternate(){const B=this.popToPseudo();return B.length>0&&this.cleanAlt(B[B.length-1]),0===B.length?this.push(this.newRegexp(nB.Op.NO_MATCH)):this.push(this.collapse(B,nB.Op.ALTERNATE))}cleanAlt(B){B.op===nB.Op.CHAR_CLASS&&(B.runes=new SB(Array.from(B.runes)).cleanClass().toArray(),2===B.runes.length&&0===B.runes[0]&&B.runes[1]===w.MAX_RUNE?(B.runes=new Int32Array(0),B.op=nB.Op.ANY_CHAR):4===B.runes.length&&0===B.runes[0]&&B.runes[1]===h.CODES["\n"]-1&&B.runes[2]===h.CODES["\n"]+1&&B.runes[3]===w.MAX_RUNE&&(B.runes=new Int32Array(0),B.op=nB.Op.ANY_CHAR_NOT_NL))}collapse(B,t){if(1===B.length)return B[0];let e=0;for(let n of B)e+=n.op===t?n.subs.length:1;let n=new Array(e).fill(null),r=0;for(let e of B)if(e.op===t){for(let B=0;B<e.subs.length;B++)n[r++]=e.subs[B];this.reuse(e)}else n[r++]=e;let s=this.newRegexp(t);if(s.subs=n,t===nB.Op.ALTERNATE&&(s.subs=this.factor(s.subs),1===s.subs.length)){const B=s;s=s.subs[0],this.reuse(B)}return s}factor(t){if(t.length<2)return t;let e=0,r=t.length,s=0,i=null,C=0,o=0,a=0;for(let B=0;B<=r;B++){let u=null,l=0,c=0;if(B<r){let r=t[e+B];if(r.op===nB.Op.CONCAT&&r.subs.length>0&&(r=r.subs[0]),r.op===nB.Op.LITERAL&&(u=r.runes,l=r.runes.length,c=r.flags&n.FOLD_CASE),c===o){let B=0;for(;B<C&&B<l&&i[B]===u[B];)B++;if(B>0){C=B;continue}}}if(B===a);else if(B===a+1)t[s++]=t[e+a];else{const n=this.newRegexp(nB.Op.LITERAL);n.flags=o,n.runes=i.slice(0,C);for(let n=a;n<B;n++)t[e+n]=this.removeLeadingString(t[e+n],C),this.checkLimits(t[e+n]);const r=this.collapse(t.slice(e+a,e+B),nB.Op.ALTERNATE),u=this.newRegexp(nB.Op.CONCAT);u.subs=[n,r],t[s++]=u}a=B,i=u,C=l,o=c}r=s,e=0,a=0,s=0;let u=null;for(let n=0;n<=r;n++){let i=null;if(!(n<r&&(i=B.leadingRegexp(t[e+n]),null!==u&&u.equals(i)&&(B.isCharClass(u)||u.op===nB.Op.REPEAT&&u.min===u.max&&B.isCharClass(u.subs[0]))))){if(n===a);else if(n===a+1)t[s++]=t[e+a];else{const B=u;for(let B=a;B<n;B++){const n=B!==a;t[e+B]=this.removeLeadingRegexp(t[e+B],n),this.checkLimits(t[e+B])}const r=this.collapse(t.slice(e+a,e+n),nB.Op.ALTERNATE),i=this.newRegexp(nB.Op.CONCAT);i.subs=[B,r],t[s++]=i}a=n,u=i}}r=s,e=0,a=0,s=0;for(let n=0;n<=r;n++)if(!(n<r&&B.isCharClass(t[e+n]))){if(n===a);else if(n===a+1)t[s++]=t[e+a];else{let r=a;for(let B=a+1;B<n;B++){const n=t[e+r],s=t[e+B];(n.op<s.op||n.op===s.op&&(null!==n.runes?n.runes.length:0)<(null!==s.runes?s.runes.length:0))&&(r=B)}const i=t[e+a];t[e+a]=t[e+r],t[e+r]=i;for(let r=a+1;r<n;r++)B.mergeCharClass(t[e+a],t[e+r]),this.reuse(t[e+r]);this.cleanAlt(t[e+a]),t[s++]=t[e+a]}n<r&&(t[s++]=t[e+n]),a=n+1}r=s,e=0,a=0,s=0;for(let B=0;B<r;++B)B+1<r&&t[e+B].op===nB.Op.EMPTY_MATCH&&t[e+B+1].op===nB.Op.EMPTY_MATCH||(t[s++]=t[e+B]);return r=s,e=0,t.slice(e,r)}removeLeadingString(B,t){if(B.op===nB.Op.CONCAT&&B.subs.length>0){const e=this.removeLeadingString(B.subs[0],t);if(B.subs[0]=e,e.op===nB.Op.EMPTY_MATCH)switch(this.reuse(e),B.subs.length){case 0:case 1:B.op=nB.Op.EMPTY_MATCH,B.subs=nB.emptySubs();break;case 2:{const t=B;B=B.subs[1],this.reuse(t);break}default:B.subs=B.subs.slice(1,B.subs.length)}return B}return B.op===nB.Op.LITERAL&&(B.runes=B.runes.slice(t,B.runes.length),0===B.runes.length&&(B.op=nB.Op.EMPTY_MATCH)),B}removeLeadingRegexp(B,t){if(B.op===nB.Op.CONCAT&&B.subs.length>0){switch(t&&this.reuse(B.subs[0]),B.subs=B.subs.slice(1,B.subs.length),B.subs.length){case 0:B.op=nB.Op.EMPTY_MATCH,B.subs=nB.emptySubs();break;case 1:{const t=B;B=B.subs[0],this.reuse(t);break}}return B}return t&&this.reuse(B),this.newRegexp(nB.Op.EMPTY_MATCH)}parseInternal(){if(0!==(this.flags&n.LITERAL))return B.literalRegexp(this.wholeRegexp,this.flags);let t=-1,e=-1,r=-1;const s=new xB(this.wholeRegexp);for(;s.more();){let i=-1;B:switch(s.peek()){case h.CODES["("]:if(0!==(this.flags&n.LOOKBEHIND)){if(s.lookingAt("(?<=")){this.parsePosLookBehind(),s.skip(4);break}if(s.lookingAt("(?<!")){this.parseNegLookBehind(),s.skip(4);break}}if(0!==(this.flags&n.PERL_X)&&s.lookingAt("(?")){this.parsePerlFlags(s);break}this.op(nB.Op.LEFT_PAREN).cap=++this.numCap,s.skip(1);break;case h.CODES["|"]:this.parseVerticalBar(),s.skip(1);break;case h.CODES[")"]:this.parseRightParen(),s.skip(1);break;case h.CODES["^"]:0!==(this.flags&n.ONE_LINE)?this.op(nB.Op.BEGIN_TEXT):this.op(nB.Op.BEGIN_LINE),s.skip(1);break;case h.CODES.$:0!==(this.flags&n.ONE_LINE)?this.op(nB.Op.END_TEXT).flags|=n.WAS_DOLLAR:this.op(nB.Op.END_LINE),s.skip(1);break;case h.CODES["."]:0!==(this.flags&n.DOT_NL)?this.op(nB.Op.ANY_CHAR):this.op(nB.Op.ANY_CHAR_NOT_NL),s.skip(1);break;case h.CODES["["]:this.parseClass(s);break;case h.CODES["*"]:case h.CODES["+"]:case h.CODES["?"]:{i=s.pos();let B=null;switch(s.pop()){case h.CODES["*"]:B=nB.Op.STAR;break;case h.CODES["+"]:B=nB.Op.PLUS;break;case h.CODES["?"]:B=nB.Op.QUEST}this.repeat(B,e,r,i,s,t);break}case h.CODES["{"]:{const n=s.pos(),C=B.parseRepeat(s);if(C<0){s.rewindTo(n),this.literal(s.pop());break}i=n,e=C>>16,r=(C&w.MAX_BMP)<<16>>16,this.repeat(nB.Op.REPEAT,e,r,i,s,t);break}case h.CODES["\\"]:{const t=s.pos();if(s.skip(1),0!==(this.flags&n.PERL_X)&&s.more())switch(s.pop()){case h.CODES.A:this.op(nB.Op.BEGIN_TEXT);break B;case h.CODES.b:this.op(nB.Op.WORD_BOUNDARY);break B;case h.CODES.B:this.op(nB.Op.NO_WORD_BOUNDARY);break B;case h.CODES.C:throw new m(B.ERR_INVALID_ESCAPE,"\\C");case h.CODES.Q:{let B=s.rest();const t=B.indexOf("\\E");t>=0?(B=B.substring(0,t),s.skipString(B),s.skipString("\\E")):s.skipString(B);let e=0;for(;e<B.length;){const t=B.codePointAt(e);this.literal(t),e+=N.charCount(t)}break B}case h.CODES.z:this.op(nB.Op.END_TEXT);break B;default:s.rewindTo(t)}else s.rewindTo(t);const e=this.newRegexp(nB.Op.CHAR_CLASS);if(e.flags=this.flags,s.lookingAt("\\p")||s.lookingAt("\\P")){const B=new SB;if(this.parseUnicodeClass(s,B)){e.runes=B.toArray(),this.push(e);break B}}const r=new SB;if(this.parsePerlClassEscape(s,r)){e.runes=r.toArray(),this.push(e);break B}s.rewindTo(t),this.reuse(e),this.literal(B.parseEscape(s));break}default:this.literal(s.pop())}t=i}if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),1!==this.stack.length)throw new m(B.ERR_MISSING_PAREN,this.wholeRegexp);return this.stack[0].namedGroups=this.namedGroups,this.stack[0]}parsePerlFlags(t){const e=t.pos(),r=t.rest();if(r.startsWith("(?P<")||r.startsWith("(?<")){const e="P"===r.charAt(2)?4:3,n=r.indexOf(">");if(n<0)throw new m(B.ERR_INVALID_NAMED_CAPTURE,r);const s=r.substring(e,n);if(t.skipString(s),t.skip(e+1),!B.isValidCaptureName(s))throw new m(B.ERR_INVALID_NAMED_CAPTURE,r.substring(0,n+1));const i=this.op(nB.Op.LEFT_PAREN);if(i.cap=++this.numCap,this.namedGroups[s])throw new m(B.ERR_DUPLICATE_NAMED_CAPTURE,s);return this.namedGroups[s]=this.numCap,void(i.name=s)}t.skip(2);let s=this.flags,i=1,C=!1;B:for(;t.more();){const B=t.pop();switch(B){case h.CODES.i:s|=n.FOLD_CASE,C=!0;break;case h.CODES.m:s&=~n.ONE_LINE,C=!0;break;case h.CODES.s:s|=n.DOT_NL,C=!0;break;case h.CODES.U:s|=n.NON_GREEDY,C=!0;break;case h.CODES["-"]:if(i<0)break B;i=-1,s=~s,C=!1;break;case h.CODES[":"]:case h.CODES[")"]:if(i<0){if(!C)break B;s=~s}return B===h.CODES[":"]&&this.op(nB.Op.LEFT_PAREN),void(this.flags=s);default:break B}}throw new m(B.ERR_INVALID_PERL_OP,t.from(e))}parsePosLookBehind(){const B=this.newRegexp(nB.Op.LEFT_PAREN);return B.flags=this.flags,B.lb=++this.nlb,this.push(B)}parseNegLookBehind(){const B=this.newRegexp(nB.Op.LEFT_PAREN);return B.flags=this.flags,B.lb=-++this.nlb,this.push(B)}parseVerticalBar(){this.concat(),this.swapVerticalBar()||this.op(nB.Op.VERTICAL_BAR)}swapVerticalBar(){const t=this.stack.length;if(t>=3&&this.stack[t-2].op===nB.Op.VERTICAL_BAR&&B.isCharClass(this.stack[t-1])&&B.isCharClass(this.stack[t-3])){let e=this.stack[t-1],n=this.stack[t-3];if(e.op>n.op){const B=n;n=e,e=B,this.stack[t-3]=n}return B.mergeCharClass(n,e),this.reuse(e),this.pop(),!0}if(t>=2){const B=this.stack[t-1],e=this.stack[t-2];if(e.op===nB.Op.VERTICAL_BAR)return t>=3&&this.cleanAlt(this.stack[t-3]),this.stack[t-2]=B,this.stack[t-1]=e,!0}return!1}parseRightParen(){if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),this.stack.length<2)throw new m(B.ERR_UNEXPECTED_PAREN,this.wholeRegexp);const t=this.pop(),e=this.pop();if(e.op!==nB.Op.LEFT_PAREN)throw new m(B.ERR_UNEXPECTED_PAREN,this.wholeRegexp);if(this.flags=e.flags,0!==e.lb){if(B.hasCapture(t))throw new m(B.ERR_INVALID_CAPTURE_IN_LOOKBEHIND,this.wholeRegexp);return e.lb>0?e.op=nB.Op.PLB:e.op=nB.Op.NLB,e.subs=[t],void this.push(e)}0===e.cap?this.push(t):(e.op=nB.Op.CAPTURE,e.subs=[t],this.push(e))}parsePerlClassEscape(B,t){const e=B.pos();if(0===(this.flags&n.PERL_X)||!B.more()||B.pop()!==h.CODES["\\"]||!B.more())return!1;B.pop();const r=B.from(e),s=AB.has(r)?AB.get(r):null;return null!==s&&(t.appendGroup(s,0!==(this.flags&n.FOLD_CASE)),!0)}parseNamedClass(t,e){const r=t.rest(),s=r.indexOf(":]");if(s<0)return!1;const i=r.substring(0,s+2);t.skipString(i);const C=HB.has(i)?HB.get(i):null;if(null===C)throw new m(B.ERR_INVALID_CHAR_RANGE,i);return e.appendGroup(C,0!==(this.flags&n.FOLD_CASE)),!0}parseUnicodeClass(t,e){const r=t.pos();if(0===(this.flags&n.UNICODE_GROUPS)||!t.lookingAt("\\p")&&!t.lookingAt("\\P"))return!1;t.skip(1);let s,i=1,C=t.pop();if(C===h.CODES.P&&(i=-1),!t.more())throw t.rewindTo(r),new m(B.ERR_INVALID_CHAR_RANGE,t.rest());if(C=t.pop(),C!==h.CODES["{"])s=N.runeToString(C);else{const e=t.rest(),n=e.indexOf("}");if(n<0)throw t.rewindTo(r),new m(B.ERR_INVALID_CHAR_RANGE,t.rest());s=e.substring(0,n),t.skipString(s),t.skip(1)}0!==s.length&&s.codePointAt(0)===h.CODES["^"]&&(i=0-i,s=s.substring(1));const o=B.unicodeTable(s);if(null===o)throw new m(B.ERR_INVALID_CHAR_RANGE,t.from(r));o.sign<0&&(i=0-i);const a=o.tab,u=o.fold;if(0===(this.flags&n.FOLD_CASE)||null===u)e.appendTableWithSign(a,i);else{const B=(new SB).appendTable(a).appendTable(u).cleanClass().toArray();e.appendClassWithSign(Array.from(B),i)}return!0}parseClass(t){const e=t.pos();t.skip(1);const r=this.newRegexp(nB.Op.CHAR_CLASS);r.flags=this.flags;const s=new SB;let i=1;t.more()&&t.lookingAt("^")&&(i=-1,t.skip(1),0===(this.flags&n.CLASS_NL)&&s.appendRange(h.CODES["\n"],h.CODES["\n"]));let C=!0;for(;!t.more()||t.peek()!==h.CODES["]"]||C;){if(t.more()&&t.lookingAt("-")&&0===(this.flags&n.PERL_X)&&!C){const n=t.rest();if("-"===n||!n.startsWith("-]"))throw t.rewindTo(e),new m(B.ERR_INVALID_CHAR_RANGE,t.rest())}C=!1;const r=t.pos();if(t.lookingAt("[:")){if(this.parseNamedClass(t,s))continue;t.rewindTo(r)}if(this.parseUnicodeClass(t,s))continue;if(this.parsePerlClassEscape(t,s))continue;t.rewindTo(r);const i=B.parseClassChar(t,e);let o=i;if(t.more()&&t.lookingAt("-"))if(t.skip(1),t.more()&&t.lookingAt("]"))t.skip(-1);else if(o=B.parseClassChar(t,e),o<i)throw new m(B.ERR_INVALID_CHAR_RANGE,t.from(r));0===(this.flags&n.FOLD_CASE)?s.appendRange(i,o):s.appendFoldedRange(i,o)}t.skip(1),s.cleanClass(),i<0&&s.negateClass(),r.runes=s.toArray(),this.push(r)}},MB=class B{static initTest(t){const e=B.compile(t),n=new B(e.expr,e.prog,e.numSubexp,e.longest);return n.cond=e.cond,n.prefix=e.prefix,n.prefixUTF8=e.prefixUTF8,n.prefixComplete=e.prefixComplete,n.prefixRune=e.prefixRune,n.prefilter=e.prefilter,n.namedGroups=e.namedGroups,n}static compile(t){return B.compileImpl(t,n.PERL,!1)}static compilePOSIX(t){return B.compileImpl(t,n.POSIX,!0)}static compileImpl(t,e,n){let r=PB.parse(t,e);const s=r.maxCap(),i=r.namedGroups;r=hB.simplify(r);const C=CB.build(r),o=fB.compileRegexp(r),a=new B(t,o,s,n);a.prefilter=C.type===iB.Type.NONE?null:C;const[u,l]=o.prefix();return a.prefixComplete=u,a.prefix=l,a.prefixUTF8=N.stringToUtf8ByteArray(a.prefix),a.prefix.length>0&&(a.prefixRune=a.prefix.codePointAt(0)),a.namedGroups=i,a}static match(t,e){return B.compile(t).match(e)}constructor(B,t,e=0,n=0){this.expr=B,this.prog=t,this.numSubexp=e,this.longest=n,this.cond=t.startCond(),this.prefix=null,this.prefixUTF8=null,this.prefixComplete=!1,this.prefixRune=0,this.namedGroups=Object.create(null),this.machinePool=[],this.lazyDFA=null,this.onepass=eB.compile(this.prog),this.prefilter=null}get dfa(){return null===this.lazyDFA&&(this.lazyDFA=new z(this.prog)),this.lazyDFA}matchPrefixComplete(B,t,e,r){if((e===n.ANCHOR_START||e===n.ANCHOR_BOTH)&&0!==t)return null;let s=-1,i=-1;const C=B.prefixLength(this);if(e===n.UNANCHORED){const e=B.index(this,t);if(e<0)return null;s=t+e,i=s+C}else if(e===n.ANCHOR_BOTH){if(B.endPos()!==C)return null;if(0!==B.index(this,0))return null;s=0,i=C}else if(e===n.ANCHOR_START){if(0!==B.index(this,0))return null;s=0,i=C}if(s<0)return null;if(r>0){const B=new Int32Array(r).fill(-1);return B[0]=s,B[1]=i,Array.from(B)}return[]}createLookbehindState(){return this.prog.numLb>0?new Y(this.prog):null}executeEngine(B,t,e,r,s=null){if(this.prefixComplete&&(0===r||0===this.numSubexp))return this.matchPrefixComplete(B,t,e,r);if(null!==this.prefilter&&e===n.UNANCHORED&&!this.prefilter.eval(B,t))return null;if(null!==this.onepass)return eB.execute(this,B,t,e,r);if(r>0)return 0===this.prog.numLb&&B.endPos()<=$.maxBitStateLen(this.prog)?$.execute(this,B,t,e,r):this.doExecuteNFA(B,t,e,r,s);if(0===this.prog.numLb){const n=this.dfa.match(B,t,e);if(null!==n)return n?[]:null;if(B.endPos()<=$.maxBitStateLen(this.prog))return $.execute(this,B,t,e,r)}return this.doExecuteNFA(B,t,e,r,s)}numberOfCapturingGroups(){return this.numSubexp}numberOfInstructions(){return this.prog.numInst()}get(){return this.machinePool.length>0?this.machinePool.pop():null}reset(){this.machinePool.length=0}put(B){this.machinePool.push(B)}toString(){return this.expr}doExecuteNFA(B,t,e,n,r=null){let s=this.get();s||(s=K.fromRE2(this)),s.init(n);const i=s.match(B,t,e,r)?s.submatches():null;return this.put(s),i}match(B){return null!==this.executeEngine(U.fromUTF16(B),0,n.UNANCHORED,0)}matchWithGroup(B,t,e,n,r,s=null){return B instanceof v||(B=N.isByteArray(B)?x.utf8(B):x.utf16(B)),this.matchMachineInput(B,t,e,n,r,s)}matchMachineInput(B,t,e,n,r,s=null){if(t>e)return[!1,null];const i=B.isUTF16Encoding()?U.fromUTF16(B.asCharSequence(),0,e):U.fromUTF8(B.asBytes(),0,e),C=this.executeEngine(i,t,n,2*r,s);return null===C?[!1,null]:[!0,C]}matchUTF8(B){return null!==this.executeEngine(U.fromUTF8(B),0,n.UNANCHORED,0)}replaceAll(B,t){return this.replaceAllFunc(B,()=>t,2*B.length+1)}replaceFirst(B,t){return this.replaceAllFunc(B,()=>t,1)}replaceAllFunc(B,t,e){let r=0,s=0,i="";const C=U.fromUTF16(B),o=this.createLookbehindState();let a=0;for(;s<=B.length;){const u=this.executeEngine(C,s,n.UNANCHORED,2,o);if(null===u||0===u.length)break;i+=B.substring(r,u[0]),(u[1]>r||0===u[0])&&(i+=t(B.substring(u[0],u[1])),a++),r=u[1];const l=7&C.step(s);if(s+l>u[1]?s+=l:s+1>u[1]?s++:s=u[1],a>=e)break}return i+=B.substring(r),i}pad(B){if(null===B)return null;let t=2*(1+this.numSubexp);if(B.length<t){let e=new Array(t).fill(-1);for(let t=0;t<B.length;t++)e[t]=B[t];B=e}return B}allMatches(B,t,e=B=>B){let r=[];const s=B.endPos();t<0&&(t=s+1);let i=0,C=0,o=-1;const a=this.createLookbehindState();for(;C<t&&i<=s;){const t=this.executeEngine(B,i,n.UNANCHORED,this.prog.numCap,a);if(null===t||0===t.length)break;let u=!0;if(t[1]===i){t[0]===o&&(u=!1);const e=B.step(i);e<0?i=s+1:i+=7&e}else i=t[1];o=t[1],u&&(r.push(e(this.pad(t))),C++)}return r}findUTF8(B){const t=this.executeEngine(U.fromUTF8(B),0,n.UNANCHORED,2);return null===t?null:B.slice(t[0],t[1])}findUTF8Index(B){const t=this.executeEngine(U.fromUTF8(B),0,n.UNANCHORED,2);return null===t?null:t.slice(0,2)}find(B){const t=this.executeEngine(U.fromUTF16(B),0,n.UNANCHORED,2);return null===t?"":B.substring(t[0],t[1])}findIndex(B){return this.executeEngine(U.fromUTF16(B),0,n.UNANCHORED,2)}findUTF8Submatch(B){const t=this.executeEngine(U.fromUTF8(B),0,n.UNANCHORED,this.prog.numCap);if(null===t)return null;const e=new Array(1+this.numSubexp).fill(null);for(let n=0;n<e.length;n++)2*n<t.length&&t[2*n]>=0&&(e[n]=B.slice(t[2*n],t[2*n+1]));return e}findUTF8SubmatchIndex(B){return this.pad(this.executeEngine(U.fromUTF8(B),0,n.UNANCHORED,this.prog.numCap))}findSubmatch(B){const t=this.executeEngine(U.fromUTF16(B),0,n.UNANCHORED,this.prog.numCap);if(null===t)return null;const e=new Array(1+this.numSubexp).fill(null);for(let n=0;n<e.length;n++)2*n<t.length&&t[2*n]>=0&&(e[n]=B.substring(t[2*n],t[2*n+1]));return e}findSubmatchIndex(B){return this.pad(this.executeEngine(U.fromUTF16(B),0,n.UNANCHORED,this.prog.numCap))}findAllUTF8(B,t){const e=this.allMatches(U.fromUTF8(B),t,t=>B.slice(t[0],t[1]));return 0===e.length?null:e}findAllUTF8Index(B,t){const e=this.allMatches(U.fromUTF8(B),t,B=>B.slice(0,2));return 0===e.length?null:e}findAll(B,t){const e=this.allMatches(U.fromUTF16(B),t,t=>B.substring(t[0],t[1]));return 0===e.length?null:e}findAllIndex(B,t){const e=this.allMatches(U.fromUTF16(B),t,B=>B.slice(0,2));return 0===e.length?null:e}findAllUTF8Submatch(B,t){const e=this.allMatches(U.fromUTF8(B),t,t=>{let e=new Array(t.length/2|0).fill(null);for(let n=0;n<e.length;n++)t[2*n]>=0&&(e[n]=B.slice(t[2*n],t[2*n+1]));return e});return 0===e.length?null:e}findAllUTF8SubmatchIndex(B,t){const e=this.allMatches(U.fromUTF8(B),t);return 0===e.length?null:e}findAllSubmatch(B,t){const e=this.allMatches(U.fromUTF16(B),t,t=>{let e=new Array(t.length/2|0).fill(null);for(let n=0;n<e.length;n++)t[2*n]>=0&&(e[n]=B.substring(t[2*n],t[2*n+1]));return e});return 0===e.length?null:e}findAllSubmatchIndex(B,t){const e=this.allMatches(U.fromUTF16(B),t);return 0===e.length?null:e}},kB=class B{static isHexadecimal(B){return"0"<=B&&B<="9"||"A"<=B&&B<="F"||"a"<=B&&B<="f"}static translate(t){let e="";if("[object RegExp]"===Object.prototype.toString.call(t)&&(t.ignoreCase&&(e+="i"),t.multiline&&(e+="m"),t.dotAll&&(e+="s"),t=t.source),"string"!=typeof t)return t;let n="",r=!1,s=t.length;0===s&&(n="(?:)",r=!0);let i=!1,C=0;for(;C<s;){let e=t[C];if("\\"===e){if(C+1<s)switch(e=t[C+1],e){case"\\":n+="\\\\",C+=2;continue;case"c":if(C+2<s){let B=t[C+2].charCodeAt(0);if(B>=65&&B<=90||B>=97&&B<=122){let t=B%32;n+="\\x",n+=(t>>4).toString(16).toUpperCase(),n+=(15&t).toString(16).toUpperCase(),C+=3,r=!0;continue}}n+="c",C+=2,r=!0;continue;case"u":if(C+2<s)if("{"===t[C+2]){let e=C+3,i=!1,o=!1;for(;e<s;){const n=t[e];if("}"===n){o=!0;break}if(!B.isHexadecimal(n))break;i=!0,e++}if(o&&i){n+="\\x",C+=2,r=!0;continue}}else if(C+5<s){let e=!0;for(let n=0;n<4;n++)if(!B.isHexadecimal(t[C+2+n])){e=!1;break}if(e){n+="\\x{"+t.substring(C+2,C+6)+"}",C+=6,r=!0;continue}}n+="u",C+=2,r=!0;continue;case"x":{let e=!1;if(C+2<s&&"{"===t[C+2]){let n=C+3,r=!1,i=!1;for(;n<s;){const e=t[n];if("}"===e){i=!0;break}if(!B.isHexadecimal(e))break;r=!0,n++}i&&r&&(e=!0)}else C+3<s&&B.isHexadecimal(t[C+2])&&B.isHexadecimal(t[C+3])&&(e=!0);e?(n+="\\x",C+=2):(n+="x",C+=2,r=!0);continue}case"n":case"r":case"t":case"a":case"f":case"v":case"d":case"D":case"s":case"S":case"w":case"W":case"b":case"B":case"p":case"P":case"A":case"z":case"Q":case"E":case"0":case"1":case"2":case"3":case"4":case"5":case"6":case"7":n+="\\"+e,C+=2;continue;default:{let B=t.codePointAt(C+1);if(B>=48&&B<=57||B>=65&&B<=90||B>=97&&B<=122){let e=N.charCount(B);n+=t.substring(C+1,C+1+e),C+=e+1,r=!0}else{n+="\\";let e=N.charCount(B);n+=t.substring(C+1,C+1+e),C+=e+1}continue}}}else{if("/"===e){n+="\\/",C+=1,r=!0;continue}if("["===e){if(!i&&"]"===t[C+1]){n+="[^\\x00-\\x{10FFFF}]",C+=2,r=!0;continue}if(!i&&"^"===t[C+1]&&"]"===t[C+2]){n+="[\\x00-\\x{10FFFF}]",C+=3,r=!0;continue}i=!0}else if("]"===e)i=!1;else if(!i&&"("===e&&C+2<s&&"?"===t[C+1]&&"<"===t[C+2]&&C+3<s&&!"=!>)".includes(t[C+3])){n+="(?P<",C+=3,r=!0;continue}}let o=t.codePointAt(C),a=N.charCount(o);n+=t.substring(C,C+a),C+=a}const o=r?n:t;return e.length>0?`(?${e})${o}`:o}};const UB=(B,t)=>{const e=B.matchArray();return e.index=B.start(0),e.input=t,e.groups=B.namedGroupsObject(),e};var JB=class B{static CASE_INSENSITIVE=r;static DOTALL=s;static MULTILINE=i;static DISABLE_UNICODE_GROUPS=C;static LONGEST_MATCH=o;static LOOKBEHINDS=a;static quote(B){return N.quoteMeta(B)}static quoteReplacement(B,t=!1){return J.quoteReplacement(B,t)}static translateRegExp(B){return kB.translate(B)}static compile(t,e=0){N.checkPattern(t),N.checkFlags(e);let r=t;0!==(e&B.CASE_INSENSITIVE)&&(r=`(?i)${r}`),0!==(e&B.DOTALL)&&(r=`(?s)${r}`),0!==(e&B.MULTILINE)&&(r=`(?m)${r}`);let s=n.PERL;0!==(e&B.DISABLE_UNICODE_GROUPS)&&(s&=~n.UNICODE_GROUPS),0!==(e&B.LOOKBEHINDS)&&(s|=n.LOOKBEHIND);const i=new B(t,e);return i.re2Input=MB.compileImpl(r,s,0!==(e&B.LONGEST_MATCH)),i}static matches(t,e){return B.compile(t).testExact(e)}static initTest(t,e,n){if(null==t)throw new Error("pattern is null");if(null==n)throw new Error("re2 is null");const r=new B(t,e);return r.re2Input=n,r}constructor(B,t){this.patternInput=B,this.flagsInput=t,this.re2Input=null}reset(){this.re2Input.reset()}flags(){return this.flagsInput}pattern(){return this.patternInput}re2(){return this.re2Input}matches(B){return this.testExact(B)}matcher(B){return N.isByteArray(B)&&(B=x.utf8(B)),new J(this,B)}test(B){return N.isByteArray(B)?this.re2Input.matchUTF8(B):this.re2Input.match(B)}testExact(B){const t=N.isByteArray(B)?U.fromUTF8(B):U.fromUTF16(B);return null!==this.re2Input.executeEngine(t,0,n.ANCHOR_BOTH,0)}exec(B){const t=this.matcher(B);return t.find()?UB(t,B):null}split(B,t=0){const e=this.matcher(B),n=[];let r=0,s=0;for(;e.find();)if(0!==s||0!==e.end()){if(t>0&&n.length===t-1)break;if(s===e.start()){if(0===t){r+=1,s=e.end();continue}}else for(;r>0;)n.push(""),r-=1;n.push(e.substring(s,e.start())),s=e.end()}else s=e.end();if(0===t&&s!==e.inputLength()){for(;r>0;)n.push(""),r-=1;n.push(e.substring(s,e.inputLength()))}return 0===t&&(0!==n.length||s===e.inputLength()&&s>0)||n.push(e.substring(s,e.inputLength())),n}*matchAll(B){const t=this.matcher(B);for(;t.find();)yield UB(t,B)}toString(){return this.patternInput}programSize(){return this.re2Input.numberOfInstructions()}groupCount(){return this.re2Input.numberOfCapturingGroups()}namedGroups(){return this.re2Input.namedGroups}equals(B){return this===B||null!==B&&this.constructor===B.constructor&&(this.flagsInput===B.flagsInput&&this.patternInput===B.patternInput)}}},73382:(B,t,e)=>{e.d(t,{TI:()=>yB,ey:()=>pB});var n=e(79896),r=e.t(n,2),s=e(16928),i=e(87016),C=(0,e(73339).createRequire)(import.meta.url);const o=/[\\/]/g;function a(B,t){return B.replace(o,t)}const u=/^[a-z]:[\\/]$/i;function l(B,t){const{resolvePaths:e,normalizePath:n,pathSeparator:r}=t,i="win32"===process.platform&&B.includes("/")||B.startsWith(".");if(e&&(B=(0,s.resolve)(B)),(n||i)&&(B=function(B){let t=(0,s.normalize)(B);return t.length>1&&t[t.length-1]===s.sep&&(t=t.substring(0,t.length-1)),t}(B)),"."===B)return"";return a(B[B.length-1]!==r?B+r:B,r)}function c(B,t){return t+B}function f(B){return B}function h(B,t,e){return t+B+e}function p(B,t){const{relativePaths:e,includeBasePath:n}=t;return e&&B?function(B,t){return function(e,n){return n.startsWith(B)?n.slice(B.length)+e:a((0,s.relative)(B,n),t.pathSeparator)+t.pathSeparator+e}}(B,t):n?c:f}const g=(B,t)=>{t.push(B||".")},E=(B,t,e)=>{const n=B||".";e.every(B=>B(n,!0))&&t.push(n)},D=()=>{};const A=(B,t,e,n)=>{n.every(t=>t(B,!1))&&e.files++},d=(B,t,e,n)=>{n.every(t=>t(B,!1))&&t.push(B)},w=(B,t,e,n)=>{e.files++},I=(B,t)=>{t.push(B)},m=()=>{};const F=B=>B,y=()=>[""].slice(0,0);const b=(B,t,e)=>{B.push({directory:t,files:e,dir:t})},O=()=>{};const L=function(B,t,e){const{queue:n,fs:r,options:{suppressErrors:s}}=t;n.enqueue(),r.realpath(B,(i,C)=>{if(i)return n.dequeue(s?null:i,t);r.stat(C,(r,i)=>r?n.dequeue(s?null:r,t):i.isDirectory()&&G(B,C,t)?n.dequeue(null,t):(e(i,C),void n.dequeue(null,t)))})},R=function(B,t,e){const{queue:n,fs:r,options:{suppressErrors:s}}=t;n.enqueue();try{const n=r.realpathSync(B),s=r.statSync(n);if(s.isDirectory()&&G(B,n,t))return;e(s,n)}catch(B){if(!s)throw B}};function G(B,t,e){if(e.options.useRealPaths)return function(B,t){return t.visited.includes(B+t.options.pathSeparator)}(t,e);let n=(0,s.dirname)(B),r=1;for(;n!==e.root&&r<2;){const B=e.symlinks.get(n);!!B&&(B===t||B.startsWith(t)||t.startsWith(B))?r++:n=(0,s.dirname)(n)}return e.symlinks.set(B,t),r>1}const N=B=>B.counts,T=B=>B.groups,v=B=>B.paths,H=B=>B.paths.slice(0,B.options.maxFiles),S=(B,t,e)=>(k(t,e,B.counts,B.options.suppressErrors),null),x=(B,t,e)=>(k(t,e,B.paths,B.options.suppressErrors),null),P=(B,t,e)=>(k(t,e,B.paths.slice(0,B.options.maxFiles),B.options.suppressErrors),null),M=(B,t,e)=>(k(t,e,B.groups,B.options.suppressErrors),null);function k(B,t,e,n){t(B&&!n?B:null,e)}const U={withFileTypes:!0},J=(B,t,e,n,r)=>{if(B.queue.enqueue(),n<0)return B.queue.dequeue(null,B);const{fs:s}=B;B.visited.push(t),B.counts.directories++,s.readdir(t||".",U,(t,s=[])=>{r(s,e,n),B.queue.dequeue(B.options.suppressErrors?null:t,B)})},_=(B,t,e,n,r)=>{const{fs:s}=B;if(n<0)return;B.visited.push(t),B.counts.directories++;let i=[];try{i=s.readdirSync(t||".",U)}catch(t){if(!B.options.suppressErrors)throw t}r(i,e,n)};var Q=class{count=0;constructor(B){this.onQueueEmpty=B}enqueue(){return this.count++,this.count}dequeue(B,t){this.onQueueEmpty&&(--this.count<=0||B)&&(this.onQueueEmpty(B,t),B&&(t.controller.abort(),this.onQueueEmpty=void 0))}},Y=class{_files=0;_directories=0;set files(B){this._files=B}get files(){return this._files}set directories(B){this._directories=B}get directories(){return this._directories}get dirs(){return this._directories}},K=class{aborted=!1;abort(){this.aborted=!0}},q=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(B,t,e){var n;this.isSynchronous=!e,this.callbackInvoker=function(B,t){const{onlyCounts:e,group:n,maxFiles:r}=B;return e?t?N:S:n?t?T:M:r?t?H:P:t?v:x}(t,this.isSynchronous),this.root=l(B,t),this.state={root:(n=this.root,"/"===n||u.test(n)?this.root:this.root.slice(0,-1)),paths:[""].slice(0,0),groups:[],counts:new Y,options:t,queue:new Q((B,t)=>this.callbackInvoker(t,B,e)),symlinks:new Map,visited:[""].slice(0,0),controller:new K,fs:t.fs||r},this.joinPath=p(this.root,t),this.pushDirectory=function(B,t){const{includeDirs:e,filters:n,relativePaths:r}=t;return e?r?n&&n.length?function(B){return function(t,e,n){const r=t.substring(B.length)||".";n.every(B=>B(r,!0))&&e.push(r)}}(B):function(B){return function(t,e){e.push(t.substring(B.length)||".")}}(B):n&&n.length?E:g:D}(this.root,t),this.pushFile=function(B){const{excludeFiles:t,filters:e,onlyCounts:n}=B;return t?m:e&&e.length?n?A:d:n?w:I}(t),this.getArray=function(B){return B.group?y:F}(t),this.groupFiles=function(B){return B.group?b:O}(t),this.resolveSymlink=function(B,t){return!B.resolveSymlinks||B.excludeSymlinks?null:t?R:L}(t,this.isSynchronous),this.walkDirectory=this.isSynchronous?_:J}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(B,t,e)=>{const{paths:n,options:{filters:r,resolveSymlinks:i,excludeSymlinks:C,exclude:o,maxFiles:a,signal:u,useRealPaths:f,pathSeparator:p},controller:g}=this.state;if(g.aborted||u&&u.aborted||a&&n.length>a)return;const E=this.getArray(this.state.paths);for(let a=0;a<B.length;++a){const u=B[a];if(u.isFile()||u.isSymbolicLink()&&!i&&!C){const B=this.joinPath(u.name,t);this.pushFile(B,E,this.state.counts,r)}else if(u.isDirectory()){let B=h(u.name,t,this.state.options.pathSeparator);if(o&&o(u.name,B))continue;this.pushDirectory(B,n,r),this.walkDirectory(this.state,B,B,e-1,this.walk)}else if(this.resolveSymlink&&u.isSymbolicLink()){let B=c(u.name,t);this.resolveSymlink(B,this.state,(t,n)=>{if(t.isDirectory()){if(n=l(n,this.state.options),o&&o(u.name,f?n:B+p))return;this.walkDirectory(this.state,n,f?n:B+p,e-1,this.walk)}else{n=f?n:B;const t=(0,s.basename)(n),e=l((0,s.dirname)(n),this.state.options);n=this.joinPath(t,e),this.pushFile(n,E,this.state.counts,r)}})}}this.groupFiles(this.state.groups,t,E)}};function W(B,t,e){new q(B,t,e).start()}var V=class{constructor(B,t){this.root=B,this.options=t}withPromise(){return B=this.root,t=this.options,new Promise((e,n)=>{W(B,t,(B,t)=>{if(B)return n(B);e(t)})});var B,t}withCallback(B){W(this.root,this.options,B)}sync(){return B=this.root,t=this.options,new q(B,t).start();var B,t}};let j=null;try{C.resolve("picomatch"),j=C("picomatch")}catch{}var z=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:s.sep,filters:[]};globFunction;constructor(B){this.options={...this.options,...B},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(B){return this.options.pathSeparator=B,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(B){return this.options.maxDepth=B,this}withMaxFiles(B){return this.options.maxFiles=B,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:B=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=B,this.withFullPaths()}withAbortSignal(B){return this.options.signal=B,this}normalize(){return this.options.normalizePath=!0,this}filter(B){return this.options.filters.push(B),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(B){return this.options.exclude=B,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(B){return new V(B||".",this.options)}withGlobFunction(B){return this.globFunction=B,this}crawlWithOptions(B,t){return this.options={...this.options,...t},new V(B||".",this.options)}glob(...B){return this.globFunction?this.globWithOptions(B):this.globWithOptions(B,{dot:!0})}globWithOptions(B,...t){const e=this.globFunction||j;if(!e)throw new Error("Please specify a glob function to use glob matching.");var n=this.globCache[B.join("\0")];return n||(n=e(B,...t),this.globCache[B.join("\0")]=n),this.options.filters.push(B=>n(B)),this}},Z=e(14006);const X=Array.isArray,$=/\\/g,BB=/^[A-Za-z]:$/,tB="win32"===process.platform,eB=/^(\/?\.\.)+$/;const nB=/^[A-Z]:\/$/i,rB=tB?B=>nB.test(B):B=>"/"===B;function sB(B,t,e){if(B===t||t.startsWith(`${B}/`)){if(e){const t=B.length+ +!rB(B);return(B,e)=>B.slice(t,e?-1:void 0)||"."}const n=t.slice(B.length+1);return n?(B,t)=>{if("."===B)return n;const e=`${n}/${B}`;return t?e.slice(0,-1):e}:(B,t)=>t&&"."!==B?B.slice(0,-1):B}return e?t=>s.posix.relative(B,t)||".":e=>s.posix.relative(B,`${t}/${e}`)||"."}function iB(B,t){if(t.startsWith(`${B}/`)){const e=t.slice(B.length+1);return B=>`${e}/${B}`}return e=>{const n=s.posix.relative(B,`${t}/${e}`);return"/"===e[e.length-1]&&""!==n?`${n}/`:n||"."}}function CB(B){return B.replace(BB,B=>`${B}/`)}const oB={parts:!0};function aB(B){var t;const e=Z.scan(B,oB);return(null===(t=e.parts)||void 0===t?void 0:t.length)?e.parts:[B]}const uB=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g,lB=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g,cB=B=>B.replace(uB,"\\$&"),fB=B=>B.replace(lB,"\\$&"),hB=tB?fB:cB;function pB(B,t){if(!1===(null==t?void 0:t.caseSensitiveMatch))return!0;const e=Z.scan(B);return e.isGlob||e.negated}function gB(...B){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...B)}function EB(B){return"string"==typeof B?[B]:null!=B?B:[]}const DB=/^(\/?\.\.)+/,AB=/\\(?=[()[\]{}!*+?@|])/g;function dB(B,t,e,n){var r;const i=t.cwd;let C=B;"/"===B[B.length-1]&&(C=B.slice(0,-1)),"*"!==C[C.length-1]&&t.expandDirectories&&(C+="/**");const o=hB(i);C=(0,s.isAbsolute)(C.replace(AB,""))?s.posix.relative(o,C):s.posix.normalize(C);const a=null===(r=DB.exec(C))||void 0===r?void 0:r[0],u=aB(C);if(a){const B=(a.length+1)/3;let t=0;const n=o.split("/");for(;t<B&&u[t+B]===n[n.length+t-B];)C=C.slice(0,3*(B-t-1))+C.slice(3*(B-t)+u[t+B].length+1)||".",t++;const r=s.posix.join(i,a.slice(3*t));"."!==r[0]&&e.root.length>r.length&&(e.root=CB(r),e.depthOffset=-B+t)}if(!n&&e.depthOffset>=0){var l;null!==(l=e.commonPath)&&void 0!==l||(e.commonPath=u);const B=[],t=Math.min(e.commonPath.length,u.length);for(let n=0;n<t;n++){const t=u[n];if("**"===t&&!u[n+1]){B.pop();break}if(n===u.length-1||t!==e.commonPath[n]||pB(t))break;B.push(t)}e.depthOffset=B.length,e.commonPath=B,e.root=CB(B.length>0?s.posix.join(i,...B):i)}return C}function wB(B,t){const e=B.cwd,n={root:e,depthOffset:0},r=function(B,t,e){const n=[],r=[];for(const t of B.ignore)t&&("!"===t[0]&&"("!==t[1]||r.push(dB(t,B,e,!0)));for(const s of t)s&&("!"!==s[0]||"("===s[1]?n.push(dB(s,B,e,!1)):"!"===s[1]&&"("!==s[2]||r.push(dB(s.slice(1),B,e,!0)));return{match:n,ignore:r}}(B,t,n);B.debug&&gB("internal processing patterns:",r);const{absolute:s,caseSensitiveMatch:i,debug:C,dot:o,followSymbolicLinks:a,onlyDirectories:u}=B,l=n.root.replace($,""),c={dot:o,nobrace:!1===B.braceExpansion,nocase:!i,noextglob:!1===B.extglob,noglobstar:!1===B.globstar,posix:!0},f=Z(r.match,c),h=Z(r.ignore,c),p=function(B,t={}){const e=B.length,n=Array(e),r=Array(e);let s,i;for(s=0;s<e;s++){const e=aB(B[s]);n[s]=e;const C=e.length,o=Array(C);for(i=0;i<C;i++)o[i]=Z(e[i],t);r[s]=o}return B=>{const C=B.split("/");if(".."===C[0]&&eB.test(B))return!0;for(s=0;s<e;s++){const B=n[s],e=r[s],o=C.length,a=Math.min(o,B.length);for(i=0;i<a;){const n=B[i];if(n.includes("/"))return!0;if(!e[i](C[i]))break;if(!t.noglobstar&&"**"===n)return!0;i++}if(i===o)return!0}return!1}}(r.match,c),g=sB(e,l,s),E=s?g:sB(e,l,!0),D=(B,t)=>{const e=E(t,!0);return"."!==e&&!p(e)||h(e)};let A;void 0!==B.deep&&(A=Math.round(B.deep-n.depthOffset));const d=new z({filters:[C?(B,t)=>{const e=g(B,t),n=f(e)&&!h(e);return n&&gB(`matched ${e}`),n}:(B,t)=>{const e=g(B,t);return f(e)&&!h(e)}],exclude:C?(B,t)=>{const e=D(0,t);return gB(`${e?"skipped":"crawling"} ${t}`),e}:D,fs:B.fs,pathSeparator:"/",relativePaths:!s,resolvePaths:s,includeBasePath:s,resolveSymlinks:a,excludeSymlinks:!a,excludeFiles:u,includeDirs:u||!B.onlyFiles,maxDepth:A,signal:B.signal}).crawl(l);return B.debug&&gB("internal properties:",{...n,root:l}),[d,e!==l&&!s&&iB(e,l)]}function IB(B,t){if(t)for(let e=B.length-1;e>=0;e--)B[e]=t(B[e]);return B}const mB={caseSensitiveMatch:!0,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:!0,followSymbolicLinks:!0,onlyFiles:!0};function FB(B,t={}){var e;if(B&&(null==t?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const r=X(B)||"string"==typeof B,C=EB(null!==(e=r?B:B.patterns)&&void 0!==e?e:"**/*"),o=function(B){const t=Object.assign({},B);for(const B in mB)void 0===t[B]&&Object.assign(t,{[B]:mB[B]});return t.cwd=(t.cwd instanceof URL?(0,i.fileURLToPath)(t.cwd):(0,s.resolve)(t.cwd||process.cwd())).replace($,"/"),t.ignore=EB(t.ignore),t.fs&&(t.fs={readdir:t.fs.readdir||n.readdir,readdirSync:t.fs.readdirSync||n.readdirSync,realpath:t.fs.realpath||n.realpath,realpathSync:t.fs.realpathSync||n.realpathSync,stat:t.fs.stat||n.stat,statSync:t.fs.statSync||n.statSync}),t.debug&&gB("globbing with options:",t),t}(r?t:B);return C.length>0?wB(o,C):[]}async function yB(B,t){const[e,n]=FB(B,t);return e?IB(await e.withPromise(),n):[]}}};