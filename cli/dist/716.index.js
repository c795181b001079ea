export const id=716;export const ids=[716];export const modules={68787:(B,t,e)=>{
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
var C=e(13742);B.exports=C},13742:B=>{B.exports=
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
function(B,t){var e,C;for(e=[],C=0;C<t;C++)e.push(B);return e}},21830:(B,t,e)=>{
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
var C=e(1401);B.exports=C},1401:(B,t,e)=>{
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
var C=e(68787);B.exports=function(B){return C(0,B)}},69979:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r=e(39714),n=e(15878),s=e(98520);C=r()?n:s,B.exports=C},15878:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C,r=e(55613),n=e(43405),s=e(40523);C=r()?n:s,B.exports=C},43405:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C,r=e(44171),n=e(62399),s=e(83689);C=r()?n:s,B.exports=C},62399:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C,r=e(4246),n=e(78570),s=e(97540);C=r()?n:s,B.exports=C},78570:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(16405);B.exports=C},16405:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(25672),r=e(5265);B.exports=function(){var B,t;if("function"!=typeof r)return!1;try{t=new r([1,3.14,-3.14,NaN]),B=C(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){B=!1}return B}},67640:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(43103);B.exports=C},43103:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(13595);B.exports=function(){var B;try{C('"use strict"; (function* () {})'),B=!0}catch(t){B=!1}return B}},31907:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(54270);B.exports=C},54270:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(166);B.exports=C},166:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(36284);B.exports=C},36284:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(75547)();B.exports=function(){return C&&"symbol"==typeof Symbol.toStringTag}},55613:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(62364);B.exports=C},62364:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(63599),r=e(26653),n=e(5929);B.exports=function(){var B,t;if("function"!=typeof n)return!1;try{t=new n(t=[1,3.14,-3.14,r+1,r+2]),B=C(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},5929:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(8950);B.exports=C},8950:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(13209),r=e(98035),n=e(22709);B.exports=function(){var B,t;if("function"!=typeof n)return!1;try{t=new n(t=[1,3.14,-3.14,r+1,r+2]),B=C(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},22709:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(90249);B.exports=C},90249:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(10228),r=e(92732),n=e(85545);B.exports=function(){var B,t;if("function"!=typeof n)return!1;try{t=new n(t=[1,3.14,-3.14,r+1,r+2]),B=C(t)&&1===t[0]&&3===t[1]&&t[2]===r-2&&0===t[3]&&1===t[4]}catch(t){B=!1}return B}},85545:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(87439);B.exports=C},87439:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(547),r="function"==typeof Float64Array;B.exports=function(B){return r&&B instanceof Float64Array||"[object Float64Array]"===C(B)}},57604:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(65183),r={uint16:e(14826),uint8:C};B.exports=r},40347:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(77158);B.exports=C},77158:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r,n=e(57604);(r=new n.uint16(1))[0]=4660,C=52===new n.uint8(r.buffer)[0],B.exports=C},63599:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(82394);B.exports=C},82394:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(547),r="function"==typeof Uint16Array;B.exports=function(B){return r&&B instanceof Uint16Array||"[object Uint16Array]"===C(B)}},13209:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(98168);B.exports=C},98168:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(547),r="function"==typeof Uint32Array;B.exports=function(B){return r&&B instanceof Uint32Array||"[object Uint32Array]"===C(B)}},10228:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(37755);B.exports=C},37755:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(547),r="function"==typeof Uint8Array;B.exports=function(B){return r&&B instanceof Uint8Array||"[object Uint8Array]"===C(B)}},28858:B=>{B.exports=11754943508222875e-54},20045:B=>{B.exports=2.718281828459045},55088:B=>{B.exports=2220446049250313e-31},82404:B=>{B.exports=.5772156649015329},11877:B=>{B.exports=1023},13822:B=>{B.exports=10.900511},29475:B=>{B.exports=.34657359027997264},43935:B=>{B.exports=2147483647},30222:B=>{B.exports=2146435072},45976:B=>{B.exports=2147483648},28910:B=>{B.exports=1048575},81239:B=>{B.exports=.6931471805599453},92656:B=>{B.exports=-1023},46276:B=>{B.exports=1023},74193:B=>{B.exports=709.782712893384},30313:B=>{B.exports=170},44241:B=>{B.exports=9007199254740991},83424:B=>{B.exports=17976931348623157e292},34862:B=>{B.exports=-1074},67999:B=>{B.exports=-708.3964185322641},81475:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(84241).NEGATIVE_INFINITY;B.exports=C},31277:B=>{B.exports=20},39701:B=>{B.exports=3.141592653589793},50469:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(74209);B.exports=C},74209:B=>{
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
var C=e(18085);B.exports=C},18085:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(2804);B.exports=function(B){return C(B/2)}},57234:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(50661);B.exports=C},50661:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(50469),r=e(81475);B.exports=function(B){return B===C||B===r}},2804:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(63835);B.exports=C},63835:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(42334);B.exports=function(B){return C(B)===B}},86523:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(49382);B.exports=C},49382:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(48121);B.exports=C},48121:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(81475);B.exports=function(B){return 0===B&&1/B===C}},97687:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(9106);B.exports=C},9106:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(20530);B.exports=function(B){return C(B>0?B-1:B+1)}},30866:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(7685);B.exports=C},7685:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(50469);B.exports=function(B){return 0===B&&1/B===C}},66260:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(76443);B.exports=C},76443:B=>{B.exports=
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
var C=e(67811);B.exports=C},67811:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(44241),r=e(50469),n=e(2804),s=e(86523),i=e(97687),a=e(42334),o=e(24370);B.exports=function B(t,e){var u,l,c,h,p,D,E;if(s(t)||s(e))return NaN;if(!n(t)||!n(e))return NaN;if(e<0)return 0;if(l=1,t<0&&(t=-t+e-1,i(e)&&(l*=-1)),e>t)return 0;if(0===e||e===t)return l;if(1===e||e===t-1)return l*t;for(t-e<e&&(e=t-e),E=a(C/t),u=1,p=1;p<=e&&!(u>E);p++)u*=t,u/=p,t-=1;return p>e?l*u:(c=B(t,e-p+1))===r?l*c:(h=B(e,e-p+1),l*(u/=h/=D=o(c,h))*(c/=D))}},3385:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(27640);B.exports=C},27640:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(39775);B.exports=C},39775:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(45976),r=e(43935),n=e(87949),s=e(2882),i=e(17844),a=[0,0];B.exports=function(B,t){var e,o;return n.assign(B,a,1,0),e=a[0],e&=r,o=s(t),i(e|=o&=C,a[1])}},99191:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(84274);B.exports=C},84274:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(2882),r=e(71567),n=e(70186),s=e(93982),i=e(43935),a=e(30222),o=[0,0];B.exports=function(B){var t;if(t=C(B),(t&=i)<=1072243195)return t<1044381696?1:r(B,0);if(t>=a)return NaN;switch(3&s(B,o)){case 0:return r(o[0],o[1]);case 1:return-n(o[0],o[1]);case 2:return-r(o[0],o[1]);default:return n(o[0],o[1])}}},30988:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(84387);B.exports=C},84387:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(31851),n=e(23786),s=e(50469),i=e(81475),a=e(48300),o=e(98018),u=e(60675),l=e(25266),c=e(98925),h=e(61332),p=e(516),D=e(99101),E=.8450629115104675;B.exports=function(B){var t,e,g,f,F,O,A,I;if(C(B))return NaN;if(B===s)return 0;if(B===i)return 2;if(0===B)return 1;if(B<0?(t=!0,e=-B):(t=!1,e=B),e<.84375)return e<13877787807814457e-33?1-B:(O=(f=.12837916709551256+(g=B*B)*a(g))/(F=1+g*o(g)),B<.25?1-(B+B*O):(f=B*O,.5-(f+=B-.5)));if(e<1.25)return A=(F=e-1)*u(F)-.0023621185607526594,I=1+F*l(F),t?1+E+A/I:1-E-A/I;if(e<28){if(F=1/(e*e),e<2.857142857142857)f=F*c(F)-.009864944034847148,F=1+F*h(F);else{if(B<-6)return 2;f=F*p(F)-.0098649429247001,F=1+F*D(F)}return g=n(e,0),f=r(-g*g-.5625)*r((g-e)*(g+e)+f/F),t?2-f/e:f/e}return t?2:0}},60675:B=>{B.exports=
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
var C=e(83291),r=e(71589);B.exports=function(B,t,e){var n,s,i;return i=(n=B-t)-(s=n*n)*r(s),C(1-(t-n*i/(2-i)-B),e)}},31851:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(81878);B.exports=C},81878:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(81262),n=e(81475),s=e(50469),i=e(36567),a=1.4426950408889634,o=1/(1<<28),u=-o;B.exports=function(B){var t;return C(B)||B===s?B:B===n?0:B>709.782712893384?s:B<-745.1332191019411?0:B>u&&B<o?1+B:(t=r(B<0?a*B-.5:a*B+.5),i(B-.6931471803691238*t,1.9082149292705877e-10*t,t))}},71589:B=>{B.exports=
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
var C=e(56172);B.exports=C},56172:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(2882),n=e(45990),s=e(17844),i=e(50469),a=e(81475),o=e(11877),u=e(29475),l=e(46736),c=.6931471803691238,h=1.9082149292705877e-10,p=1.4426950408889634;B.exports=function(B){var t,e,D,E,g,f,F,O,A,I,G,d,L;if(B===i||C(B))return B;if(B===a)return-1;if(0===B)return B;if(B<0?(D=!0,O=-B):(D=!1,O=B),O>=38.816242111356935){if(D)return-1;if(O>=709.782712893384)return i}if(f=0|r(O),O>u)O<1.0397207708399179?D?(E=B+c,g=-h,L=-1):(E=B-c,g=h,L=1):(L=D?p*B-.5:p*B+.5,E=B-(G=L|=0)*c,g=G*h),I=E-(B=E-g)-g;else{if(f<1016070144)return B;L=0}return d=(A=B*(t=.5*B))*(((F=1+A*l(A))-(G=3-F*t))/(6-B*G)),0===L?B-(B*d-A):(e=s(o+L<<20,0),d=B*(d-I)-I,d-=A,-1===L?.5*(B-d)-.5:1===L?B<-.25?-2*(d-(B+.5)):1+2*(B-d):L<=-2||L>56?(O=1-(d-B),1024===L?(E=r(O)+(L<<20)|0,O=n(O,E)):O*=e,O-1):(G=1,L<20?O=(G=n(G,E=1072693248-(2097152>>L)|0))-(d-B):(O=B-(d+(G=n(G,E=o-L<<20))),O+=1),O*=e))}},46736:B=>{B.exports=
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
var C=e(55681);B.exports=C},55681:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(62193);B.exports=C},62193:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(61878);B.exports=C},61878:B=>{B.exports=
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
var C=e(19848);B.exports=C},19848:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(2804),n=e(23270),s=e(66260),i=e(42334),a=e(61794),o=e(50469),u=e(81475),l=e(39701),c=e(90101),h=e(76630),p=e(63381);B.exports=function(B){var t,e,D,E;if(r(B)&&B<0||B===u||C(B))return NaN;if(0===B)return n(B)?u:o;if(B>171.61447887182297)return o;if(B<-170.5674972726612)return 0;if((e=s(B))>33)return B>=0?c(B):(t=1&(D=i(e))?1:-1,(E=e-D)>.5&&(E=e-(D+=1)),E=e*a(l*E),t*l/(s(E)*c(e)));for(E=1;B>=3;)E*=B-=1;for(;B<0;){if(B>-1e-9)return h(B,E);E/=B,B+=1}for(;B<2;){if(B<1e-9)return h(B,E);E/=B,B+=1}return 2===B?E:E*p(B-=2)}},6886:B=>{B.exports=
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
var C=e(82404);B.exports=function(B,t){return t/((1+C*B)*B)}},90101:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(62385),r=e(6310),n=e(31851),s=e(6886);B.exports=function(B){var t,e,i;return t=1+(t=1/B)*s(t),e=n(B),e=B>143.01608?(i=r(B,.5*B-.25))*(i/e):r(B,B-.5)/e,C*e*t}},27186:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(67013);B.exports=C},23256:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(51550),r=e(55088),n=e(38280),s=e(1440),i=e(87492);B.exports=function(B,t,e){var a,o,u;if(B<r)return-C(B);if(0===t||0===e)return 0;if(o=0,B>2){if(B>=3){do{e-=1,o+=C(B-=1)}while(B>=3);e=B-2}return o+=.15896368026733398*(u=e*(B+1))+u*n(e)}return B<1&&(o+=-C(B),e=t,t=B,B+=1),o+=B<=1.5?.5281534194946289*(a=t*e)+a*(u=s(t)):.45201730728149414*(u=e*t)+u*i(-e)}},67013:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(40905),r=e(40141),n=e(74879),s=e(86523),i=e(23256);B.exports=function(B){return s(B)?NaN:B<0?B<-.5?C(1+B)-1:r(-n(B)+i(B+2,B+1,B)):B<2?r(i(B+1,B,B-1)):C(1+B)-1}},38280:B=>{B.exports=
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
var C=e(31851);B.exports=function(B,t){var e,r,n;if(0!==(r=C(-t)))for(e=r,n=1;n<B;++n)e/=n,r+=e*=t;return r}},25120:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(30988),r=e(15478),n=e(31851),s=e(39701);B.exports=function(B,t){var e,i,a,o;if(0!==(a=C(r(t)))&&B>1){for(e=n(-t)/r(s*t),e*=t,i=e/=.5,o=2;o<B;++o)e/=o-.5,i+=e*=t;a+=i}return a}},85852:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(31851),r=e(6310),n=e(51550),s=e(74193),i=e(67999);B.exports=function(B,t){var e;return e=B*n(t),t>=1?e<s&&-t>i?r(t,B)*C(-t):B>=1?r(t/C(t/B),B):C(e-t):e>i?r(t,B)*C(-t):t/B<s?r(t/C(t/B),B):C(e-t)}},6144:(B,t,e)=>{
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
var C=e(42334),r=e(40905),n=e(66260),s=e(6310),i=e(51550),a=e(58159),o=e(83424),u=e(74193),l=e(23781),c=e(17078),h=e(25120),p=e(85852),D=e(10712),E=e(47178),g=e(94175),f=e(80097),F=e(20386);B.exports=function(B,t,e,O){var A,I,G,d,L,w,m,R,H,N,T,b;switch(w=0,m=O,t<30&&t<=B+1&&B<u?G=!(R=(T=C(t))===t)&&.5===n(T-t):(R=!1,G=!1),R&&B>.6?(m=!m,I=0):G&&B>.2?(m=!m,I=1):B<a&&t>1?I=6:B>1e3&&(t<B||n(t-50)/B<1)?(m=!m,I=7):B<.5?I=-.4/i(B)<t?2:3:B<1.1?I=.75*B<t?2:3:(L=!1,e&&t>20&&(H=n((B-t)/t),t>200?20/t>H*H&&(L=!0):H<.4&&(L=!0)),L?I=5:B-1/(3*B)<t?I=2:(I=4,m=!m)),I){case 0:w=c(t,B),!1===e&&(w*=r(t));break;case 1:w=h(t,B),!1===e&&(w*=r(t));break;case 2:0!==(w=e?g(t,B):p(t,B))&&(d=0,A=!1,m&&(d=e?1:r(t),e||w>=1||o*w>d?(d/=w,e||t<1||o/t>d?(d*=-t,A=!0):d=0):d=0),w*=E(t,B,d)/t,A&&(m=!1,w=-w));break;case 3:w=(N=f(t,B,m=!m))[0],b=N[1],m=!1,e&&(w/=b);break;case 4:0!==(w=e?g(t,B):p(t,B))&&(w*=F(t,B));break;case 5:w=D(t,B),B>=t&&(m=!m);break;case 6:w=e?s(B,t)/r(t+1):s(B,t)/t,w*=1-t*B/(t+1);break;case 7:w=e?g(t,B):p(t,B),0!==(w/=B)&&(w*=l(t,B))}return e&&w>1&&(w=1),m&&(w=(e?1:r(t))-w),w}},10712:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(62096),r=e(15430),n=e(30988),s=e(15478),i=e(31851),a=e(7120),o=e(4410),u=e(35273),l=e(50736),c=e(8135),h=e(36870),p=e(67589),D=e(3164),E=e(8099),g=e(81794),f=[0,0,0,0,0,0,0,0,0,0];B.exports=function(B,t){var e,F,O,A;return O=B*(F=-r((t-B)/B)),A=s(2*F),t<B&&(A=-A),f[0]=o(A),f[1]=u(A),f[2]=l(A),f[3]=c(A),f[4]=h(A),f[5]=p(A),f[6]=D(A),f[7]=E(A),f[8]=g(A),f[9]=-.0005967612901927463,e=C(f,1/B),e*=i(-O)/s(a*B),t<B&&(e=-e),e+=n(s(O))/2}},55479:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(63218);B.exports=C},47178:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(96491),r=e(53027);B.exports=function(B,t,e){var n;return e=e||0,n=r(B,t),C(n,{initialValue:e})}},53027:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(B,t){var e=1,C=B,r=t;return function(){var B=e;return e*=r/(C+=1),B}}},63218:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(67711),r=e(31851),n=e(51550),s=e(62385),i=e(74193),a=e(50469),o=e(30313),u=e(6144),l=e(47178),c=e(20386);B.exports=function(B,t,e,h){var p,D,E;return B<0||t<=0?NaN:(p=void 0===e||e,D=h,t>=o&&!p?(D&&4*t<B?(E=t*n(B)-B,E+=n(c(t,B))):!D&&t>4*B?(E=t*n(B)-B,E+=n(l(t,B,0)/t)):0===(E=u(B,t,!0,D))?D?(E=n(E=1+1/(12*t)+1/(288*t*t))-t+(t-.5)*n(t),E+=n(s)):(E=t*n(B)-B,E+=n(l(t,B,0)/t)):E=n(E)+C(t),E>i?a:r(E)):u(B,t,p,D))}},4410:B=>{B.exports=
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
var C=e(82638),r=e(67711),n=e(40905),s=e(15430),i=e(15478),a=e(66260),o=e(31851),u=e(6310),l=e(32974),c=e(38008),h=e(51550),p=e(83424),D=e(74193),E=e(67999),g=e(13822),f=e(20045);B.exports=function(B,t){var e,F,O,A,I,G,d;return d=(t-B-g+.5)/(O=B+g-.5),B<1?t<=E||B<1/p?o(B*h(t)-t-r(B)):u(t,B)*o(-t)/n(B):(a(d*d*B)<=100&&B>150?(e=B*s(d)+t*(.5-g)/O,e=o(e)):(A=B*h(t/O),c(A,I=B-t)<=E||l(A,I)>=D?(F=I/B,c(A,I)/2>E&&l(A,I)/2<D?e=(G=u(t/O,B/2)*o(I/2))*G:c(A,I)/4>E&&l(A,I)/4<D&&t>B?(e=(G=u(t/O,B/4)*o(I/4))*G,e*=e):e=F>E&&F<D?u(t*o(F)/O,B):o(A+I)):e=u(t/O,B)*o(I)),e*=i(O/f)/C(B))}},27708:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(B,t){var e,C,r,n;return e=-t,t=-t,C=B+1,r=1,function(){return n=e/C,e*=t,e/=r+=1,C+=1,n}}},23781:(B,t,e)=>{
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
var C=e(96491),r=e(94809);B.exports=function(B,t){var e;return e=r(B,t),C(e)}},94809:B=>{B.exports=
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
function(B,t){var e=1,C=B,r=t;return function(){var B=e;return e*=C/r,C-=1,B}}},80097:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(74756),r=e(96491),n=e(27186),s=e(27708);B.exports=function(B,t,e){var i,a,o,u;return a=((i=n(B))+1)/B,i-=o=C(t,B),i/=B,u=s(B,t),i=-(o+=1)*r(u,{initialValue:((e?a:0)-i)/o}),e&&(i=-i),[i,a]}},20386:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(30508),r=e(12923);B.exports=function(B,t){var e=r(B,t);return 1/(t-B+1+C(e))}},12923:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(B,t){var e=t-B+1,C=B,r=0;return function(){return[(r+=1)*(C-r),e+=2]}}},67711:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(28554);B.exports=C},28554:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(57234),n=e(66260),s=e(51550),i=e(81262),a=e(18901),o=e(39701),u=e(50469),l=e(89303),c=e(95690),h=e(71271),p=e(47120),D=e(62778),E=e(66503),g=e(42352),f=e(67942),F=e(45059),O=e(89596),A=1.4616321449683622,I=1.4616321449683622;B.exports=function(B){var t,e,G,d,L,w,m,R;if(C(B)||r(B))return B;if(0===B)return u;if(B<0?(t=!0,B=-B):t=!1,B<13877787807814457e-33)return-s(B);if(t){if(B>=4503599627370496)return u;if(0===(d=a(B)))return u;e=s(o/n(d*B))}if(1===B||2===B)return 0;if(B<2)switch(B<=.9?(R=-s(B),B>=A-1+.27?(w=1-B,G=0):B>=A-1-.27?(w=B-(I-1),G=1):(w=B,G=2)):(R=0,B>=A+.27?(w=2-B,G=0):B>=A-.27?(w=B-I,G=1):(w=B-1,G=2)),G){case 0:R+=w*(.07721566490153287+(m=w*w)*l(m))+m*(.3224670334241136+m*c(m))-.5*w;break;case 1:R+=-.12148629053584961+((m=w*w)*(.48383612272381005+(L=m*w)*D(L))-(-3638676997039505e-33-L*(L*E(L)-.1475877229945939+w*(.06462494023913339+L*g(L)))));break;case 2:R+=-.5*w+w*(w*f(w)-.07721566490153287)/(1+w*F(w))}else if(B<8)switch(R=.5*(w=B-(G=i(B)))+w*(w*p(w)-.07721566490153287)/(1+w*h(w)),m=1,G){case 7:m*=w+6;case 6:m*=w+5;case 5:m*=w+4;case 4:m*=w+3;case 3:R+=s(m*=w+2)}else R=B<72057594037927940?(B-.5)*((d=s(B))-1)+(L=.4189385332046727+(m=1/B)*O(w=m*m)):B*(s(B)-1);return t&&(R=e-R),R}},89303:B=>{B.exports=
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
function(B,t){var e,C=1;if(0===B)return t;if(0===t)return B;for(;B%2==0&&t%2==0;)B/=2,t/=2,C*=2;for(;B%2==0;)B/=2;for(;t;){for(;t%2==0;)t/=2;B>t&&(e=t,t=B,B=e),t-=B}return C*B}},19216:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(B,t){var e,C=0;if(0===B)return t;if(0===t)return B;for(;!(1&B||1&t);)B>>>=1,t>>>=1,C+=1;for(;!(1&B);)B>>>=1;for(;t;){for(;!(1&t);)t>>>=1;B>t&&(e=t,t=B,B=e),t-=B}return B<<C}},24370:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(21413);B.exports=C},21413:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(86523),r=e(2804),n=e(50469),s=e(81475),i=e(83960),a=e(19216),o=e(60512);B.exports=function(B,t){return C(B)||C(t)||B===n||t===n||B===s||t===s?NaN:r(B)&&r(t)?(B<0&&(B=-B),t<0&&(t=-t),B<=i&&t<=i?a(B,t):o(B,t)):NaN}},71567:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(94010);B.exports=C},94010:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(25732),r=e(53242);B.exports=function(B,t){var e,n,s,i;return s=(i=B*B)*i,n=i*C(i),n+=s*s*r(i),(s=1-(e=.5*i))+(1-s-e+(i*n-B*t))}},25732:B=>{B.exports=
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
var C=e(97485);B.exports=C},97485:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var t=-.16666666666666632;B.exports=function(B,e){var C,r,n;return C=.00833333333332249+(n=B*B)*(27557313707070068e-22*n-.0001984126982985795)+n*(n*n)*(1.58969099521155e-10*n-2.5050760253406863e-8),r=n*B,0===e?B+r*(t+n*C):B-(n*(.5*e-r*C)-e-r*t)}},83291:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(23078);B.exports=C},23078:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(50469),r=e(81475),n=e(11877),s=e(46276),i=e(92656),a=e(34862),o=e(86523),u=e(57234),l=e(35672),c=e(79335).assign,h=e(6075),p=e(87949),D=e(17844),E=[0,0],g=[0,0];B.exports=function(B,t){var e,f;return 0===t||0===B||o(B)||u(B)?B:(c(B,E,1,0),t+=E[1],(t+=h(B=E[0]))<a?l(0,B):t>s?B<0?r:C:(t<=i?(t+=52,f=2220446049250313e-31):f=1,p.assign(B,g,1,0),e=g[0],e&=2148532223,f*D(e|=t+n<<20,g[1])))}},51550:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(75553);B.exports=C},75553:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(2882),r=e(45990),n=e(86523),s=e(11877),i=e(81475),a=e(36488),o=e(71103),u=.6931471803691238,l=1.9082149292705877e-10,c=1048575;B.exports=function(B){var t,e,h,p,D,E,g,f,F,O,A;return 0===B?i:n(B)||B<0?NaN:(p=0,(e=C(B))<1048576&&(p-=54,e=C(B*=0x40000000000000)),e>=2146435072?B+B:(p+=(e>>20)-s|0,p+=(g=(e&=c)+614244&1048576)>>20,E=(B=r(B,e|1072693248^g))-1,(c&2+e)<3?0===E?0===p?0:p*u+p*l:(D=E*E*(.5-.3333333333333333*E),0===p?E-D:p*u-(D-p*l-E)):(g=e-398458|0,f=440401-e|0,h=(O=(A=(F=E/(2+E))*F)*A)*a(O),D=A*o(O)+h,(g|=f)>0?(t=.5*E*E,0===p?E-(t-F*(t+D)):p*u-(t-(F*(t+D)+p*l)-E)):0===p?E-F*(E-D):p*u-(F*(E-D)-p*l-E))))}},36488:B=>{B.exports=
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
var C=e(7306);B.exports=C},7306:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(2882),n=e(45990),s=e(50469),i=e(81475),a=e(11877),o=e(10897),u=.6931471803691238,l=1.9082149292705877e-10;B.exports=function(B){var t,e,c,h,p,D,E,g,f,F;if(B<-1||C(B))return NaN;if(-1===B)return i;if(B===s)return B;if(0===B)return B;if(F=1,(c=B<0?-B:B)<.41421356237309503){if(c<1.862645149230957e-9)return c<5551115123125783e-32?B:B-B*B*.5;B>-.2928932188134525&&(F=0,h=B,e=1)}return 0!==F&&(c<9007199254740992?(p=(F=((e=r(f=1+B))>>20)-a)>0?1-(f-B):B-(f-1),p/=f):(F=((e=r(f=B))>>20)-a,p=0),(e&=1048575)<434334?f=n(f,1072693248|e):(F+=1,f=n(f,1071644672|e),e=1048576-e>>2),h=f-1),t=.5*h*h,0===e?0===h?F*u+(p+=F*l):F*u-((g=t*(1-.6666666666666666*h))-(F*l+p)-h):(g=(E=(D=h/(2+h))*D)*o(E),0===F?h-(t-D*(t+g)):F*u-(t-(D*(t+g)+(F*l+p))-h))}},10897:B=>{B.exports=
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
var C=e(44473);B.exports=C},44781:B=>{B.exports=
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
function(B){var t=-B,e=-1,C=0;return function(){return(e*=t)/(C+=1)}}},44473:(B,t,e)=>{
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
var C=e(66260),r=e(51550),n=e(55088),s=e(96491),i=e(44781);B.exports=function(B){var t,e;return B<=-1?NaN:(e=C(B))>.95?r(1+B)-B:e<n?-B*B/2:(t={initialValue:-B},s(i(B),t))}},32974:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(78641);B.exports=C},78641:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(30866),r=e(86523),n=e(50469);B.exports=function(B,t){return r(B)||r(t)?NaN:B===n||t===n?n:B===t&&0===B?C(B)?B:t:B>t?B:t}},38008:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(29503);B.exports=C},29503:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(23270),r=e(86523),n=e(81475);B.exports=function(B,t){return r(B)||r(t)?NaN:B===n||t===n?n:B===t&&0===B?C(B)?B:t:B<t?B:t}},6310:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(87609);B.exports=C},59905:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(2882),r=e(23786),n=e(45990),s=e(11877),i=e(31277),a=e(53140),o=1048576,u=[1,1.5],l=[0,.5849624872207642],c=[0,1.350039202129749e-8];B.exports=function(B,t,e){var h,p,D,E,g,f,F,O,A,I,G,d,L,w,m,R,H,N,T,b;return N=0,e<o&&(N-=53,e=C(t*=9007199254740992)),N+=(e>>i)-s|0,e=1072693248|(T=1048575&e),T<=235662?b=0:T<767610?b=1:(b=0,N+=1,e-=o),h=524288+(e>>1|536870912),g=(H=1/((t=n(t,e))+(F=u[b])))*((R=t-F)-(E=r(p=R*H,0))*(f=n(0,h+=b<<18))-E*(t-(f-F))),m=(D=p*p)*D*a(D),f=r(f=3+(D=E*E)+(m+=g*(E+p)),0),L=(G=-7.028461650952758e-9*(A=r(A=(R=E*f)+(H=g*f+(m-(f-3-D))*p),0))+.9617966939259756*(H-(A-R))+c[b])-((d=r(d=(I=.9617967009544373*A)+G+(O=l[b])+(w=N),0))-w-O-I),B[0]=d,B[1]=L,B}},53726:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(23786),r=e(837);B.exports=function(B,t){var e,n,s,i,a;return e=(a=1.9259629911266175e-8*(s=t-1)-1.4426950408889634*(s*s*r(s)))-((n=C(n=(i=1.4426950216293335*s)+a,0))-i),B[0]=n,B[1]=e,B}},87609:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(97687),n=e(57234),s=e(2804),i=e(15478),a=e(66260),o=e(87949),u=e(23786),l=e(86519),c=e(81475),h=e(50469),p=e(43935),D=e(72122),E=e(30888),g=e(93355),f=e(59905),F=e(53726),O=e(55224),A=1083179008,I=1e300,G=1e-300,d=[0,0],L=[0,0];B.exports=function B(t,e){var w,m,R,H,N,T,b,_,x,S,y,v,P,M;if(C(t)||C(e))return NaN;if(o.assign(e,d,1,0),N=d[0],0===d[1]){if(0===e)return 1;if(1===e)return t;if(-1===e)return 1/t;if(.5===e)return i(t);if(-.5===e)return 1/i(t);if(2===e)return t*t;if(3===e)return t*t*t;if(4===e)return(t*=t)*t;if(n(e))return g(t,e)}if(o.assign(t,d,1,0),H=d[0],0===d[1]){if(0===H)return D(t,e);if(1===t)return 1;if(-1===t&&r(e))return-1;if(n(t))return t===c?B(-0,-e):e<0?0:h}if(t<0&&!1===s(e))return(t-t)/(t-t);if(R=a(t),w=H&p|0,m=N&p|0,b=N>>>31|0,T=(T=H>>>31|0)&&r(e)?-1:1,m>1105199104){if(m>1139802112)return E(t,e);if(w<1072693247)return 1===b?T*I*I:T*G*G;if(w>1072693248)return 0===b?T*I*I:T*G*G;y=F(L,R)}else y=f(L,R,w);if(v=(S=(e-(_=u(e,0)))*y[0]+e*y[1])+(x=_*y[0]),o.assign(v,d,1,0),P=l(d[0]),M=l(d[1]),P>=A){if(0!==(P-A|M))return T*I*I;if(S+8008566259537294e-32>v-x)return T*I*I}else if((P&p)>=1083231232){if(P-3230714880|M)return T*G*G;if(S<=v-x)return T*G*G}return T*(v=O(P,x,S))}},53140:B=>{B.exports=
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
var C=e(2882),r=e(45990),n=e(23786),s=e(86519),i=e(83291),a=e(81239),o=e(11877),u=e(43935),l=e(28910),c=e(31277),h=e(35568),p=1048576;B.exports=function(B,t,e){var D,E,g,f,F,O,A,I,G;return G=((I=B&u|0)>>c)-o|0,A=0,I>1071644672&&(E=r(0,((A=B+(p>>G+1)>>>0)&~(l>>(G=((A&u)>>c)-o|0)))>>>0),A=(A&l|p)>>c-G>>>0,B<0&&(A=-A),t-=E),F=(f=(e-((E=n(E=e+t,0))-t))*a+-1.904654299957768e-9*E)-((O=(g=.6931471824645996*E)+f)-g),D=O-(E=O*O)*h(E),B=C(O=1-(O*D/(D-2)-(F+O*F)-O)),B=s(B),O=(B+=A<<c>>>0)>>c<=0?i(O,A):r(O,B)}},72122:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(97687),r=e(35672),n=e(81475),s=e(50469);B.exports=function(B,t){return t===n?s:t===s?0:t>0?C(t)?B:0:C(t)?r(s,B):s}},30888:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(43935),r=e(2882);B.exports=function(B,t){return(r(B)&C)<=1072693247?t<0?1/0:0:t>0?1/0:0}},93355:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66260),r=e(50469);B.exports=function(B,t){return-1===B?(B-B)/(B-B):1===B?1:C(B)<1==(t===r)?0:r}},74756:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(2603);B.exports=C},2603:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(86523),r=e(57234),n=e(66260),s=e(40141),i=e(51550),a=e(6310),o=e(81262);B.exports=function(B,t){var e,u;if(C(B)||C(t))return NaN;if(0===t)return 0;if(0===B)return-1;if(B<0&&t%2==0&&(B=-B),B>0){if((n(t*(B-1))<.5||n(t)<.2)&&(u=i(B)*t)<.5)return s(u)}else if(o(t)!==t)return NaN;return e=a(B,t)-1,r(e)||C(e)?NaN:e}},93982:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(44385);B.exports=C},97236:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(42334),r=e(83291),n=e(21830),s=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],i=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],a=16777216,o=5.960464477539063e-8,u=n(20),l=n(20),c=n(20),h=n(20);function p(B,t,e,n,u,l,D,E,g){var f,F,O,A,I,G,d,L,w;for(A=l,w=n[e],L=e,I=0;L>0;I++)F=o*w|0,h[I]=w-a*F|0,w=n[L-1]+F,L-=1;if(w=r(w,u),w-=8*C(.125*w),w-=d=0|w,O=0,u>0?(d+=I=h[e-1]>>24-u,h[e-1]-=I<<24-u,O=h[e-1]>>23-u):0===u?O=h[e-1]>>23:w>=.5&&(O=2),O>0){for(d+=1,f=0,I=0;I<e;I++)L=h[I],0===f?0!==L&&(f=1,h[I]=16777216-L):h[I]=16777215-L;if(u>0)switch(u){case 1:h[e-1]&=8388607;break;case 2:h[e-1]&=4194303}2===O&&(w=1-w,0!==f&&(w-=r(1,u)))}if(0===w){for(L=0,I=e-1;I>=l;I--)L|=h[I];if(0===L){for(G=1;0===h[l-G];G++);for(I=e+1;I<=e+G;I++){for(g[E+I]=s[D+I],F=0,L=0;L<=E;L++)F+=B[L]*g[E+(I-L)];n[I]=F}return p(B,t,e+=G,n,u,l,D,E,g)}for(e-=1,u-=24;0===h[e];)e-=1,u-=24}else(w=r(w,-u))>=a?(F=o*w|0,h[e]=w-a*F|0,u+=24,h[e+=1]=F):h[e]=0|w;for(F=r(1,u),I=e;I>=0;I--)n[I]=F*h[I],F*=o;for(I=e;I>=0;I--){for(F=0,G=0;G<=A&&G<=e-I;G++)F+=i[G]*n[I+G];c[e-I]=F}for(F=0,I=e;I>=0;I--)F+=c[I];for(t[0]=0===O?F:-F,F=c[0]-F,I=1;I<=e;I++)F+=c[I];return t[1]=0===O?F:-F,7&d}B.exports=function(B,t,e,C){var r,n,i,a,o,c,h;for((n=(e-3)/24|0)<0&&(n=0),a=e-24*(n+1),c=n-(i=C-1),h=i+4,o=0;o<=h;o++)u[o]=c<0?0:s[c],c+=1;for(o=0;o<=4;o++){for(r=0,c=0;c<=i;c++)r+=B[c]*u[i+(o-c)];l[o]=r}return p(B,t,4,l,a,4,n,i,u)}},44385:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(43935),r=e(30222),n=e(28910),s=e(2882),i=e(31662),a=e(17844),o=e(97236),u=e(92880),l=1.5707963267341256,c=6077100506506192e-26,h=2*c,p=3*c,D=4*c,E=[0,0,0],g=[0,0];B.exports=function(B,t){var e,f,F,O,A,I,G,d;if((O=(F=0|s(B))&C|0)<=1072243195)return t[0]=B,t[1]=0,0;if(O<=1074752122)return 598523===(O&n)?u(B,O,t):O<=1073928572?F>0?(d=B-l,t[0]=d-c,t[1]=d-t[0]-c,1):(d=B+l,t[0]=d+c,t[1]=d-t[0]+c,-1):F>0?(d=B-2*l,t[0]=d-h,t[1]=d-t[0]-h,2):(d=B+2*l,t[0]=d+h,t[1]=d-t[0]+h,-2);if(O<=1075594811)return O<=1075183036?1074977148===O?u(B,O,t):F>0?(d=B-3*l,t[0]=d-p,t[1]=d-t[0]-p,3):(d=B+3*l,t[0]=d+p,t[1]=d-t[0]+p,-3):1075388923===O?u(B,O,t):F>0?(d=B-4*l,t[0]=d-D,t[1]=d-t[0]-D,4):(d=B+4*l,t[0]=d+D,t[1]=d-t[0]+D,-4);if(O<1094263291)return u(B,O,t);if(O>=r)return t[0]=NaN,t[1]=NaN,0;for(e=i(B),d=a(O-((f=(O>>20)-1046)<<20),e),I=0;I<2;I++)E[I]=0|d,d=16777216*(d-E[I]);for(E[2]=d,A=3;0===E[A-1];)A-=1;return G=o(E,g,f,A,1),F<0?(t[0]=-g[0],t[1]=-g[1],-G):(t[0]=g[0],t[1]=g[1],G)}},92880:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(18972),r=e(2882);B.exports=function(B,t,e){var n,s,i,a,o;return i=B-1.5707963267341256*(n=C(.6366197723675814*B)),a=6077100506506192e-26*n,o=t>>20,e[0]=i-a,o-(r(e[0])>>20&2047)>16&&(a=20222662487959506e-37*n-((s=i)-(i=s-(a=6077100506303966e-26*n))-a),e[0]=i-a,o-(r(e[0])>>20&2047)>49&&(a=84784276603689e-45*n-((s=i)-(i=s-(a=20222662487111665e-37*n))-a),e[0]=i-a)),e[1]=i-e[0]-a,n}},18972:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66547);B.exports=C},66547:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(53205);B.exports=C},53205:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var C=e(43935),r=e(30222),n=e(2882),s=e(71567),i=e(70186),a=e(93982),o=[0,0];B.exports=function(B){var t;if(t=n(B),(t&=C)<=1072243195)return t<1045430272?B:i(B,0);if(t>=r)return NaN;switch(3&a(B,o)){case 0:return i(o[0],o[1]);case 1:return s(o[0],o[1]);case 2:return-i(o[0],o[1]);default:return-s(o[0],o[1])}}},18901:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(83012);B.exports=C},83012:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(86523),r=e(57234),n=e(99191),s=e(61794),i=e(66260),a=e(35672),o=e(39701);B.exports=function(B){var t,e;return C(B)||r(B)?NaN:0===(t=i(e=B%2))||1===t?a(0,e):t<.25?s(o*e):t<.75?a(n(o*(t=.5-t)),e):t<1.25?(e=a(1,e)-e,s(o*e)):t<1.75?-a(n(o*(t-=1.5)),e):(e-=a(2,e),s(o*e))}},15478:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(91689);B.exports=C},91689:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(92657);B.exports=C},92657:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(42334),r=e(3385);B.exports=function(B){return B<0?r(B):C(B)}},13962:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66260),r=e(55088),n=e(28858);B.exports=function(B,t){var e,s,i;return s={},arguments.length>1&&(s=t),i=s.tolerance||r,e=s.maxIter||1e6,s.keep?function(B,t,e){var r,s,i,a,o;0===(a=(o=B())[1])&&(a=n),s=a,i=0;do{(o=B())&&(0===(i=o[1]+o[0]*i)&&(i=n),0===(s=o[1]+o[0]/s)&&(s=n),a*=r=s*(i=1/i))}while(o&&C(r-1)>t&&--e);return a}(B,i,e):function(B,t,e){var r,s,i,a,o,u;o=(u=B())[1],s=u[0],0===o&&(o=n),i=o,a=0;do{(u=B())&&(0===(a=u[1]+u[0]*a)&&(a=n),0===(i=u[1]+u[0]/i)&&(i=n),o*=r=i*(a=1/a))}while(u&&C(r-1)>t&&--e);return s/o}(B,i,e)}},57028:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66260),r=e(28858),n=e(55088);B.exports=function(B,t){var e,s,i;return s={},arguments.length>1&&(s=t),e=s.maxIter||1e6,i=s.tolerance||n,s.keep?function(B,t,e){var n,s,i,a,o,u;if(0===(i=(u=(n="function"==typeof B.next)?B.next().value:B())[1])&&(i=r),a=i,o=0,!0===n)do{(u=B.next().value)&&(0===(o=u[1]+u[0]*o)&&(o=r),0===(a=u[1]+u[0]/a)&&(a=r),i*=s=a*(o=1/o))}while(u&&C(s-1)>t&&--e);else do{(u=B())&&(0===(o=u[1]+u[0]*o)&&(o=r),0===(a=u[1]+u[0]/a)&&(a=r),i*=s=a*(o=1/o))}while(u&&C(s-1)>t&&--e);return i}(B,i,e):function(B,t,e){var n,s,i,a,o,u,l;if(a=(l=(n="function"==typeof B.next)?B.next().value:B())[1],i=l[0],0===a&&(a=r),o=a,u=0,!0===n)do{(l=B.next().value)&&(0===(u=l[1]+l[0]*u)&&(u=r),0===(o=l[1]+l[0]/o)&&(o=r),a*=s=o*(u=1/u))}while(C(s-1)>t&&--e);else do{(l=B())&&(0===(u=l[1]+l[0]*u)&&(u=r),0===(o=l[1]+l[0]/o)&&(o=r),a*=s=o*(u=1/u))}while(l&&C(s-1)>t&&--e);return i/a}(B,i,e)}},30508:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r=e(67640),n=e(57028),s=e(13962);C=r()?n:s,B.exports=C},71278:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(36990),r=e(93767);B.exports=function(B){var t,e,n,s;if(B.length>500)return function(t){return r(B,t)};if(t="return function evalpoly(x){",0===(e=B.length))t+="return 0.0;";else if(1===e)t+="return "+B[0]+";";else{for(t+="if(x===0.0){return "+B[0]+";}",t+="return "+B[0],n=e-1,s=1;s<e;s++)t+="+x*",s<n&&(t+="("),t+=B[s];for(s=0;s<n-1;s++)t+=")";t+=";"}return t+="}",new C(t+="//# sourceURL=evalpoly.factory.js")()}},62096:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(4568),r=e(93767);C(r,"factory",e(71278)),B.exports=r},93767:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(B,t){var e,C;if((C=B.length)<2||0===t)return 0===C?0:B[0];for(e=B[C-=1]*t+B[C-1],C-=2;C>=0;)e=e*t+B[C],C-=1;return e}},56049:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66260),r=e(55088);B.exports=function(B,t){var e,n,s,i,a;a={},arguments.length>1&&(a=t),e=a.tolerance||r,s=a.maxTerms||1e6,i=a.initialValue||0;do{i+=n=B()}while(C(e*i)<C(n)&&--s);return i}},13333:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(66260),r=e(55088);B.exports=function(B,t){var e,n,s,i,a;if(a={},arguments.length>1&&(a=t),e=a.tolerance||r,s=a.maxTerms||1e6,i=a.initialValue||0,!0===("function"==typeof B.next)){for(n of B)if(C(e*(i+=n))>=C(n)||0===--s)break}else do{i+=n=B()}while(C(e*i)<C(n)&&--s);return i}},96491:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r=e(67640),n=e(13333),s=e(56049);C=r()?n:s,B.exports=C},84241:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(97696);B.exports=C},97696:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(67014);B.exports=C},67014:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(2882),r=e(30222),n=e(11877);B.exports=function(B){var t=C(B);return(t=(t&r)>>>20)-n|0}},17844:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(15259);B.exports=C},99593:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r,n;!0===e(40347)?(r=1,n=0):(r=0,n=1),C={HIGH:r,LOW:n},B.exports=C},15259:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(99593),s=new r(1),i=new C(s.buffer),a=n.HIGH,o=n.LOW;B.exports=function(B,t){return i[a]=B,i[o]=t,s[0]}},69828:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C;C=!0===e(40347)?1:0,B.exports=C},2882:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(16053);B.exports=C},16053:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(69828),s=new r(1),i=new C(s.buffer);B.exports=function(B){return s[0]=B,i[n]}},31662:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(23761);B.exports=C},75844:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C;C=!0===e(40347)?0:1,B.exports=C},23761:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(75844),s=new r(1),i=new C(s.buffer);B.exports=function(B){return s[0]=B,i[n]}},40750:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(55417),r=e(57234),n=e(86523),s=e(66260);B.exports=function(B,t,e,i){return n(B)||r(B)?(t[i]=B,t[i+e]=0,t):0!==B&&s(B)<C?(t[i]=4503599627370496*B,t[i+e]=-52,t):(t[i]=B,t[i+e]=0,t)}},79335:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(4568),r=e(86754);C(r,"assign",e(40750)),B.exports=r},86754:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(40750);B.exports=function(B){return C(B,[0,0],1,0)}},72880:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C;C=!0===e(40347)?1:0,B.exports=C},45990:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(96921);B.exports=C},96921:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(72880),s=new r(1),i=new C(s.buffer);B.exports=function(B,t){return s[0]=B,i[n]=t>>>0,s[0]}},23786:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(10253);B.exports=C},79760:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C;C=!0===e(40347)?0:1,B.exports=C},10253:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(79760),s=new r(1),i=new C(s.buffer);B.exports=function(B,t){return s[0]=B,i[n]=t>>>0,s[0]}},65132:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(47096),r=e(69979),n=e(33808),s=new r(1),i=new C(s.buffer),a=n.HIGH,o=n.LOW;B.exports=function(B,t,e,C){return s[0]=B,t[C]=i[a],t[C+e]=i[o],t}},87949:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(4568),r=e(16364);C(r,"assign",e(65132)),B.exports=r},33808:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r,n;!0===e(40347)?(r=1,n=0):(r=0,n=1),C={HIGH:r,LOW:n},B.exports=C},16364:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(65132);B.exports=function(B){return C(B,[0,0],1,0)}},86519:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(73234);B.exports=C},73234:B=>{B.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=Math.abs,e=String.prototype.toLowerCase,C=String.prototype.toUpperCase,r=String.prototype.replace,n=/e\+(\d)$/,s=/e-(\d)$/,i=/^(\d+)$/,a=/^(\d+)e/,o=/\.0$/,u=/\.0*e/,l=/(\..*[^0])0*e/;B.exports=function(B,c){var h,p;switch(c.specifier){case"e":case"E":p=B.toExponential(c.precision);break;case"f":case"F":p=B.toFixed(c.precision);break;case"g":case"G":t(B)<1e-4?((h=c.precision)>0&&(h-=1),p=B.toExponential(h)):p=B.toPrecision(c.precision),c.alternate||(p=r.call(p,l,"$1e"),p=r.call(p,u,"e"),p=r.call(p,o,""));break;default:throw new Error("invalid double notation. Value: "+c.specifier)}return p=r.call(p,n,"e+0$1"),p=r.call(p,s,"e-0$1"),c.alternate&&(p=r.call(p,i,"$1."),p=r.call(p,a,"$1.e")),B>=0&&c.sign&&(p=c.sign+p),p=c.specifier===C.call(c.specifier)?C.call(p):e.call(p)}},91836:(B,t,e)=>{
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
var C=e(86392),r=e(20122),n=String.prototype.toLowerCase,s=String.prototype.toUpperCase;B.exports=function(B){var t,e,i;switch(B.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(e=B.arg,i=parseInt(e,10),!isFinite(i)){if(!C(e))throw new Error("invalid integer. Value: "+e);i=0}return i<0&&("u"===B.specifier||10!==t)&&(i=4294967295+i+1),i<0?(e=(-i).toString(t),B.precision&&(e=r(e,B.precision,B.padRight)),e="-"+e):(e=i.toString(t),i||B.precision?B.precision&&(e=r(e,B.precision,B.padRight)):e="",B.sign&&(e=B.sign+e)),16===t&&(B.alternate&&(e="0x"+e),e=B.specifier===s.call(B.specifier)?s.call(e):n.call(e)),8===t&&B.alternate&&"0"!==e.charAt(0)&&(e="0"+e),e}},50024:(B,t,e)=>{
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
var C=e(84879);B.exports=C},86392:B=>{B.exports=
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
var C=e(91836),r=e(97852),n=e(86392),s=e(92029),i=e(34484),a=e(20122),o=String.fromCharCode,u=Array.isArray;function l(B){return B!=B}function c(B){var t={};return t.specifier=B.specifier,t.precision=void 0===B.precision?1:B.precision,t.width=B.width,t.flags=B.flags||"",t.mapping=B.mapping,t}B.exports=function(B){var t,e,h,p,D,E,g,f,F,O;if(!u(B))throw new TypeError("invalid argument. First argument must be an array. Value: `"+B+"`.");for(E="",g=1,F=0;F<B.length;F++)if(h=B[F],r(h))E+=h;else{if(t=void 0!==h.precision,!(h=c(h)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+F+"`. Value: `"+h+"`.");for(h.mapping&&(g=h.mapping),e=h.flags,O=0;O<e.length;O++)switch(p=e.charAt(O)){case" ":h.sign=" ";break;case"+":h.sign="+";break;case"-":h.padRight=!0,h.padZeros=!1;break;case"0":h.padZeros=e.indexOf("-")<0;break;case"#":h.alternate=!0;break;default:throw new Error("invalid flag: "+p)}if("*"===h.width){if(h.width=parseInt(arguments[g],10),g+=1,l(h.width))throw new TypeError("the argument for * width at position "+g+" is not a number. Value: `"+h.width+"`.");h.width<0&&(h.padRight=!0,h.width=-h.width)}if(t&&"*"===h.precision){if(h.precision=parseInt(arguments[g],10),g+=1,l(h.precision))throw new TypeError("the argument for * precision at position "+g+" is not a number. Value: `"+h.precision+"`.");h.precision<0&&(h.precision=1,t=!1)}switch(h.arg=arguments[g],h.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(h.padZeros=!1),h.arg=C(h);break;case"s":h.maxWidth=t?h.precision:-1,h.arg=String(h.arg);break;case"c":if(!l(h.arg)){if((D=parseInt(h.arg,10))<0||D>127)throw new Error("invalid character code. Value: "+h.arg);h.arg=l(D)?String(h.arg):o(D)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(h.precision=6),f=parseFloat(h.arg),!isFinite(f)){if(!n(h.arg))throw new Error("invalid floating-point number. Value: "+E);f=h.arg,h.padZeros=!1}h.arg=s(f,h);break;default:throw new Error("invalid specifier: "+h.specifier)}h.maxWidth>=0&&h.arg.length>h.maxWidth&&(h.arg=h.arg.substring(0,h.maxWidth)),h.padZeros?h.arg=a(h.arg,h.width||h.precision,h.padRight):h.width&&(h.arg=i(h.arg,h.width,h.padRight)),E+=h.arg||"",g+=1}return E}},34484:B=>{
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
function t(B){var t,e="";for(t=0;t<B;t++)e+=" ";return e}B.exports=function(B,e,C){var r=e-B.length;return r<0?B:B=C?B+t(r):t(r)+B}},20122:B=>{function t(B){var t,e="";for(t=0;t<B;t++)e+="0";return e}B.exports=function(B,e,C){var r=!1,n=e-B.length;return n<0||(
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
function(B){return"-"===B[0]}(B)&&(r=!0,B=B.substr(1)),B=C?B+t(n):t(n)+B,r&&(B="-"+B)),B}},19340:(B,t,e)=>{
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
var C=e(58755);B.exports=C},58755:B=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function e(B){var t={mapping:B[1]?parseInt(B[1],10):void 0,flags:B[2],width:B[3],precision:B[5],specifier:B[6]};return"."===B[4]&&void 0===B[5]&&(t.precision="1"),t}B.exports=function(B){var C,r,n,s;for(r=[],s=0,n=t.exec(B);n;)(C=B.slice(s,t.lastIndex-n[0].length)).length&&r.push(C),"%"===n[6]?r.push("%"):r.push(e(n)),s=t.lastIndex,n=t.exec(B);return(C=B.slice(s)).length&&r.push(C),r}},17760:(B,t,e)=>{
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
var C=e(63191);B.exports=C},28676:B=>{B.exports=
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
var C=e(50024),r=e(19340),n=e(28676);B.exports=function B(t){var e,s;if(!n(t))throw new TypeError(B("invalid argument. First argument must be a string. Value: `%s`.",t));for(e=[r(t)],s=1;s<arguments.length;s++)e.push(arguments[s]);return C.apply(null,e)}},32038:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(62873);B.exports=C},62873:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(26239);B.exports=C},26239:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(50708);B.exports=function(B,t,e){C(B,t,{configurable:!1,enumerable:!1,writable:!1,value:e})}},97619:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(15141);B.exports=function(){try{return C({},"x",{}),!0}catch(B){return!1}}},50708:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C,r=e(32342),n=e(97619),s=e(80061);C=r()?n:s,B.exports=C},80061:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(17760),r=Object.prototype,n=r.toString,s=r.__defineGetter__,i=r.__defineSetter__,a=r.__lookupGetter__,o=r.__lookupSetter__;B.exports=function(B,t,e){var u,l,c,h;if("object"!=typeof B||null===B||"[object Array]"===n.call(B))throw new TypeError(C("invalid argument. First argument must be an object. Value: `%s`.",B));if("object"!=typeof e||null===e||"[object Array]"===n.call(e))throw new TypeError(C("invalid argument. Property descriptor must be an object. Value: `%s`.",e));if((l="value"in e)&&(a.call(B,t)||o.call(B,t)?(u=B.__proto__,B.__proto__=r,delete B[t],B[t]=e.value,B.__proto__=u):B[t]=e.value),c="get"in e,h="set"in e,l&&(c||h))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return c&&s&&s.call(B,t,e.get),h&&i&&i.call(B,t,e.set),B}},13595:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C,r=e(9501),n=e(31006),s=e(9728);C=r()?s:n,B.exports=C},31006:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(55763);B.exports=function(B){return C.call(B)}},9728:(B,t,e)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var C=e(31907),r=e(94499),n=e(55763);B.exports=function(B){var t,e,s;if(null==B)return n.call(B);e=B[r],t=C(B,r);try{B[r]=void 0}catch(t){return n.call(B)}return s=n.call(B),t?B[r]=e:delete B[r],s}},55763:B=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var C=e(32038),r="function"==typeof C?C.toStringTag:"";B.exports=r},14006:(B,t,e)=>{const C=e(98016),r=e(64059);function n(B,t,e=!1){return!t||null!==t.windows&&void 0!==t.windows||(t={...t,windows:r.isWindows()}),C(B,t,e)}Object.assign(n,C),B.exports=n},5595:B=>{const t="\\\\/",e=`[^${t}]`,C="\\.",r="\\/",n="[^/]",s=`(?:${r}|$)`,i=`(?:^|${r})`,a=`${C}{1,2}${s}`,o={DOT_LITERAL:C,PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:r,ONE_CHAR:"(?=.)",QMARK:n,END_ANCHOR:s,DOTS_SLASH:a,NO_DOT:`(?!${C})`,NO_DOTS:`(?!${i}${a})`,NO_DOT_SLASH:`(?!${C}{0,1}${s})`,NO_DOTS_SLASH:`(?!${a})`,QMARK_NO_DOT:`[^.${r}]`,STAR:`${n}*?`,START_ANCHOR:i,SEP:"/"},u={...o,SLASH_LITERAL:`[${t}]`,QMARK:e,STAR:`${e}*?`,DOTS_SLASH:`${C}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${C})`,NO_DOTS:`(?!(?:^|[${t}])${C}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${C}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${C}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};B.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:65536,POSIX_REGEX_SOURCE:{__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"},REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars:B=>({"!":{type:"negate",open:"(?:(?!(?:",close:`))${B.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}),globChars:B=>!0===B?u:o}},78265:(B,t,e)=>{const C=e(5595),r=e(64059),{MAX_LENGTH:n,POSIX_REGEX_SOURCE:s,REGEX_NON_SPECIAL_CHARS:i,REGEX_SPECIAL_CHARS_BACKREF:a,REPLACEMENTS:o}=C,u=(B,t)=>{if("function"==typeof t.expandRange)return t.expandRange(...B,t);B.sort();const e=`[${B.join("-")}]`;try{new RegExp(e)}catch(t){return B.map(B=>r.escapeRegex(B)).join("..")}return e},l=(B,t)=>`Missing ${B}: "${t}" - use "\\\\${t}" to match literal characters`,c=B=>{const t=[];let e=0,C=0,r=0,n="",s=!1;for(const i of B)if(!0!==s)if("\\"!==i)if('"'!==i){if(0===r)if("["===i)e++;else if("]"===i&&e>0)e--;else if(0===e)if("("===i)C++;else if(")"===i&&C>0)C--;else if("|"===i&&0===C){t.push(n),n="";continue}n+=i}else r=1===r?0:1,n+=i;else n+=i,s=!0;else n+=i,s=!1;return t.push(n),t},h=B=>{let t=B.trim(),e=!0;for(;!0===e;)e=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),e=!0);if((B=>{let t=!1;for(const e of B)if(!0!==t)if("\\"!==e){if(/[?*+@!()[\]{}]/.test(e))return!1}else t=!0;else t=!1;return!0})(t))return t.replace(/\\(.)/g,"$1")},p=(B,t=!0)=>{if("+"!==B[0]&&"*"!==B[0]||"("!==B[1])return;let e=0,C=0,r=0,n=!1;for(let s=1;s<B.length;s++){const i=B[s];if(!0!==n)if("\\"!==i)if('"'!==i){if(1!==r)if("["!==i){if("]"===i&&e>0)e--;else if(!(e>0))if("("!==i){if(")"===i&&(C--,0===C)){if(!0===t&&s!==B.length-1)return;return{type:B[0],body:B.slice(2,s),end:s}}}else C++}else e++}else r=1===r?0:1;else n=!0;else n=!1}},D=B=>{let t=0;const e=[];for(;t<B.length;){const C=p(B.slice(t),!1);if(!C||"*"!==C.type)return;const r=c(C.body).map(B=>B.trim());if(1!==r.length)return;const n=h(r[0]);if(!n||1!==n.length)return;e.push(n),t+=C.end+1}if(!(e.length<1))return e},E=B=>{let t=0,e=B.trim(),C=p(e);for(;C;)t++,e=C.body.trim(),C=p(e);return t},g=(B,t)=>{if(!1===t.maxExtglobRecursion)return{risky:!1};const e="number"==typeof t.maxExtglobRecursion?t.maxExtglobRecursion:C.DEFAULT_MAX_EXTGLOB_RECURSION,n=c(B).map(B=>B.trim());if(n.length>1&&(n.some(B=>""===B)||n.some(B=>/^[*?]+$/.test(B))||(B=>{const t=B.map(h).filter(Boolean);for(let B=0;B<t.length;B++)for(let e=B+1;e<t.length;e++){const C=t[B],r=t[e],n=C[0];if(n&&C===n.repeat(C.length)&&r===n.repeat(r.length)&&(C===r||C.startsWith(r)||r.startsWith(C)))return!0}return!1})(n)))return{risky:!0};const s=[];let i=!1,a=!0;for(const B of n){const t=D(B);if(t){i=!0,s.push(...t);continue}const C=h(B);if(C&&1===C.length)s.push(C);else if(a=!1,E(B)>e)return{risky:!0}}return i?a?{risky:!0,safeOutput:(o=[...new Set(s)],`${1===o.length?r.escapeRegex(o[0]):`[${o.map(B=>r.escapeRegex(B)).join("")}]`}*`)}:{risky:!0}:{risky:!1};var o},f=(B,t)=>{if("string"!=typeof B)throw new TypeError("Expected a string");B=o[B]||B;const e={...t},c="number"==typeof e.maxLength?Math.min(n,e.maxLength):n;let h=B.length;if(h>c)throw new SyntaxError(`Input length: ${h}, exceeds maximum allowed length: ${c}`);const p={type:"bos",value:"",output:e.prepend||""},D=[p],E=e.capture?"":"?:",F=C.globChars(e.windows),O=C.extglobChars(F),{DOT_LITERAL:A,PLUS_LITERAL:I,SLASH_LITERAL:G,ONE_CHAR:d,DOTS_SLASH:L,NO_DOT:w,NO_DOT_SLASH:m,NO_DOTS_SLASH:R,QMARK:H,QMARK_NO_DOT:N,STAR:T,START_ANCHOR:b}=F,_=B=>`(${E}(?:(?!${b}${B.dot?L:A}).)*?)`,x=e.dot?"":w,S=e.dot?H:N;let y=!0===e.bash?_(e):T;e.capture&&(y=`(${y})`),"boolean"==typeof e.noext&&(e.noextglob=e.noext);const v={input:B,index:-1,start:0,dot:!0===e.dot,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:D};B=r.removePrefix(B,v),h=B.length;const P=[],M=[],k=[];let J,U=p;const K=()=>v.index===h-1,Q=v.peek=(t=1)=>B[v.index+t],j=v.advance=()=>B[++v.index]||"",Y=()=>B.slice(v.index+1),q=(B="",t=0)=>{v.consumed+=B,v.index+=t},V=B=>{v.output+=null!=B.output?B.output:B.value,q(B.value)},z=()=>{let B=1;for(;"!"===Q()&&("("!==Q(2)||"?"===Q(3));)j(),v.start++,B++;return B%2!=0&&(v.negated=!0,v.start++,!0)},X=B=>{v[B]++,k.push(B)},W=B=>{v[B]--,k.pop()},Z=B=>{if("globstar"===U.type){const t=v.braces>0&&("comma"===B.type||"brace"===B.type),e=!0===B.extglob||P.length&&("pipe"===B.type||"paren"===B.type);"slash"===B.type||"paren"===B.type||t||e||(v.output=v.output.slice(0,-U.output.length),U.type="star",U.value="*",U.output=y,v.output+=U.output)}if(P.length&&"paren"!==B.type&&(P[P.length-1].inner+=B.value),(B.value||B.output)&&V(B),U&&"text"===U.type&&"text"===B.type)return U.output=(U.output||U.value)+B.value,void(U.value+=B.value);B.prev=U,D.push(B),U=B},$=(B,t)=>{const C={...O[t],conditions:1,inner:""};C.prev=U,C.parens=v.parens,C.output=v.output,C.startIndex=v.index,C.tokensIndex=D.length;const r=(e.capture?"(":"")+C.open;X("parens"),Z({type:B,value:t,output:v.output?"":d}),Z({type:"paren",extglob:!0,value:j(),output:r}),P.push(C)},BB=C=>{const n=B.slice(C.startIndex,v.index+1),s=B.slice(C.startIndex+2,v.index),i=g(s,e);if(("plus"===C.type||"star"===C.type)&&i.risky){const B=i.safeOutput?(C.output?"":d)+(e.capture?`(${i.safeOutput})`:i.safeOutput):void 0,t=D[C.tokensIndex];t.type="text",t.value=n,t.output=B||r.escapeRegex(n);for(let B=C.tokensIndex+1;B<D.length;B++)D[B].value="",D[B].output="",delete D[B].suffix;return v.output=C.output+t.output,v.backtrack=!0,Z({type:"paren",extglob:!0,value:J,output:""}),void W("parens")}let a,o=C.close+(e.capture?")":"");if("negate"===C.type){let B=y;if(C.inner&&C.inner.length>1&&C.inner.includes("/")&&(B=_(e)),(B!==y||K()||/^\)+$/.test(Y()))&&(o=C.close=`)$))${B}`),C.inner.includes("*")&&(a=Y())&&/^\.[^\\/.]+$/.test(a)){const e=f(a,{...t,fastpaths:!1}).output;o=C.close=`)${e})${B})`}"bos"===C.prev.type&&(v.negatedExtglob=!0)}Z({type:"paren",extglob:!0,value:J,output:o}),W("parens")};if(!1!==e.fastpaths&&!/(^[*!]|[/()[\]{}"])/.test(B)){let C=!1,n=B.replace(a,(B,t,e,r,n,s)=>"\\"===r?(C=!0,B):"?"===r?t?t+r+(n?H.repeat(n.length):""):0===s?S+(n?H.repeat(n.length):""):H.repeat(e.length):"."===r?A.repeat(e.length):"*"===r?t?t+r+(n?y:""):y:t?B:`\\${B}`);return!0===C&&(n=!0===e.unescape?n.replace(/\\/g,""):n.replace(/\\+/g,B=>B.length%2==0?"\\\\":B?"\\":"")),n===B&&!0===e.contains?(v.output=B,v):(v.output=r.wrapOutput(n,v,t),v)}for(;!K();){if(J=j(),"\0"===J)continue;if("\\"===J){const B=Q();if("/"===B&&!0!==e.bash)continue;if("."===B||";"===B)continue;if(!B){J+="\\",Z({type:"text",value:J});continue}const t=/^\\+/.exec(Y());let C=0;if(t&&t[0].length>2&&(C=t[0].length,v.index+=C,C%2!=0&&(J+="\\")),!0===e.unescape?J=j():J+=j(),0===v.brackets){Z({type:"text",value:J});continue}}if(v.brackets>0&&("]"!==J||"["===U.value||"[^"===U.value)){if(!1!==e.posix&&":"===J){const B=U.value.slice(1);if(B.includes("[")&&(U.posix=!0,B.includes(":"))){const B=U.value.lastIndexOf("["),t=U.value.slice(0,B),e=U.value.slice(B+2),C=s[e];if(C){U.value=t+C,v.backtrack=!0,j(),p.output||1!==D.indexOf(U)||(p.output=d);continue}}}("["===J&&":"!==Q()||"-"===J&&"]"===Q())&&(J=`\\${J}`),"]"!==J||"["!==U.value&&"[^"!==U.value||(J=`\\${J}`),!0===e.posix&&"!"===J&&"["===U.value&&(J="^"),U.value+=J,V({value:J});continue}if(1===v.quotes&&'"'!==J){J=r.escapeRegex(J),U.value+=J,V({value:J});continue}if('"'===J){v.quotes=1===v.quotes?0:1,!0===e.keepQuotes&&Z({type:"text",value:J});continue}if("("===J){X("parens"),Z({type:"paren",value:J});continue}if(")"===J){if(0===v.parens&&!0===e.strictBrackets)throw new SyntaxError(l("opening","("));const B=P[P.length-1];if(B&&v.parens===B.parens+1){BB(P.pop());continue}Z({type:"paren",value:J,output:v.parens?")":"\\)"}),W("parens");continue}if("["===J){if(!0!==e.nobracket&&Y().includes("]"))X("brackets");else{if(!0!==e.nobracket&&!0===e.strictBrackets)throw new SyntaxError(l("closing","]"));J=`\\${J}`}Z({type:"bracket",value:J});continue}if("]"===J){if(!0===e.nobracket||U&&"bracket"===U.type&&1===U.value.length){Z({type:"text",value:J,output:`\\${J}`});continue}if(0===v.brackets){if(!0===e.strictBrackets)throw new SyntaxError(l("opening","["));Z({type:"text",value:J,output:`\\${J}`});continue}W("brackets");const B=U.value.slice(1);if(!0===U.posix||"^"!==B[0]||B.includes("/")||(J=`/${J}`),U.value+=J,V({value:J}),!1===e.literalBrackets||r.hasRegexChars(B))continue;const t=r.escapeRegex(U.value);if(v.output=v.output.slice(0,-U.value.length),!0===e.literalBrackets){v.output+=t,U.value=t;continue}U.value=`(${E}${t}|${U.value})`,v.output+=U.value;continue}if("{"===J&&!0!==e.nobrace){X("braces");const B={type:"brace",value:J,output:"(",outputIndex:v.output.length,tokensIndex:v.tokens.length};M.push(B),Z(B);continue}if("}"===J){const B=M[M.length-1];if(!0===e.nobrace||!B){Z({type:"text",value:J,output:J});continue}let t=")";if(!0===B.dots){const B=D.slice(),C=[];for(let t=B.length-1;t>=0&&(D.pop(),"brace"!==B[t].type);t--)"dots"!==B[t].type&&C.unshift(B[t].value);t=u(C,e),v.backtrack=!0}if(!0!==B.comma&&!0!==B.dots){const e=v.output.slice(0,B.outputIndex),C=v.tokens.slice(B.tokensIndex);B.value=B.output="\\{",J=t="\\}",v.output=e;for(const B of C)v.output+=B.output||B.value}Z({type:"brace",value:J,output:t}),W("braces"),M.pop();continue}if("|"===J){P.length>0&&P[P.length-1].conditions++,Z({type:"text",value:J});continue}if(","===J){let B=J;const t=M[M.length-1];t&&"braces"===k[k.length-1]&&(t.comma=!0,B="|"),Z({type:"comma",value:J,output:B});continue}if("/"===J){if("dot"===U.type&&v.index===v.start+1){v.start=v.index+1,v.consumed="",v.output="",D.pop(),U=p;continue}Z({type:"slash",value:J,output:G});continue}if("."===J){if(v.braces>0&&"dot"===U.type){"."===U.value&&(U.output=A);const B=M[M.length-1];U.type="dots",U.output+=J,U.value+=J,B.dots=!0;continue}if(v.braces+v.parens===0&&"bos"!==U.type&&"slash"!==U.type){Z({type:"text",value:J,output:A});continue}Z({type:"dot",value:J,output:A});continue}if("?"===J){if(!(U&&"("===U.value)&&!0!==e.noextglob&&"("===Q()&&"?"!==Q(2)){$("qmark",J);continue}if(U&&"paren"===U.type){const B=Q();let t=J;("("===U.value&&!/[!=<:]/.test(B)||"<"===B&&!/<([!=]|\w+>)/.test(Y()))&&(t=`\\${J}`),Z({type:"text",value:J,output:t});continue}if(!0!==e.dot&&("slash"===U.type||"bos"===U.type)){Z({type:"qmark",value:J,output:N});continue}Z({type:"qmark",value:J,output:H});continue}if("!"===J){if(!0!==e.noextglob&&"("===Q()&&("?"!==Q(2)||!/[!=<:]/.test(Q(3)))){$("negate",J);continue}if(!0!==e.nonegate&&0===v.index){z();continue}}if("+"===J){if(!0!==e.noextglob&&"("===Q()&&"?"!==Q(2)){$("plus",J);continue}if(U&&"("===U.value||!1===e.regex){Z({type:"plus",value:J,output:I});continue}if(U&&("bracket"===U.type||"paren"===U.type||"brace"===U.type)||v.parens>0){Z({type:"plus",value:J});continue}Z({type:"plus",value:I});continue}if("@"===J){if(!0!==e.noextglob&&"("===Q()&&"?"!==Q(2)){Z({type:"at",extglob:!0,value:J,output:""});continue}Z({type:"text",value:J});continue}if("*"!==J){"$"!==J&&"^"!==J||(J=`\\${J}`);const B=i.exec(Y());B&&(J+=B[0],v.index+=B[0].length),Z({type:"text",value:J});continue}if(U&&("globstar"===U.type||!0===U.star)){U.type="star",U.star=!0,U.value+=J,U.output=y,v.backtrack=!0,v.globstar=!0,q(J);continue}let t=Y();if(!0!==e.noextglob&&/^\([^?]/.test(t)){$("star",J);continue}if("star"===U.type){if(!0===e.noglobstar){q(J);continue}const C=U.prev,r=C.prev,n="slash"===C.type||"bos"===C.type,s=r&&("star"===r.type||"globstar"===r.type);if(!0===e.bash&&(!n||t[0]&&"/"!==t[0])){Z({type:"star",value:J,output:""});continue}const i=v.braces>0&&("comma"===C.type||"brace"===C.type),a=P.length&&("pipe"===C.type||"paren"===C.type);if(!n&&"paren"!==C.type&&!i&&!a){Z({type:"star",value:J,output:""});continue}for(;"/**"===t.slice(0,3);){const e=B[v.index+4];if(e&&"/"!==e)break;t=t.slice(3),q("/**",3)}const o=K()||v.parens>0&&t===")".repeat(v.parens)&&!P.some(B=>"negate"===B.type);if("bos"===C.type&&K()){U.type="globstar",U.value+=J,U.output=_(e),v.output=U.output,v.globstar=!0,q(J);continue}if("slash"===C.type&&"bos"!==C.prev.type&&!s&&o){v.output=v.output.slice(0,-(C.output+U.output).length),C.output=`(?:${C.output}`,U.type="globstar",U.output=_(e)+(e.strictSlashes?")":"|$)"),U.value+=J,v.globstar=!0,v.output+=C.output+U.output,q(J);continue}if("slash"===C.type&&"bos"!==C.prev.type&&"/"===t[0]){const B=void 0!==t[1]?"|$":"";v.output=v.output.slice(0,-(C.output+U.output).length),C.output=`(?:${C.output}`,U.type="globstar",U.output=`${_(e)}${G}|${G}${B})`,U.value+=J,v.output+=C.output+U.output,v.globstar=!0,q(J+j()),Z({type:"slash",value:"/",output:""});continue}if("bos"===C.type&&"/"===t[0]){U.type="globstar",U.value+=J,U.output=`(?:^|${G}|${_(e)}${G})`,v.output=U.output,v.globstar=!0,q(J+j()),Z({type:"slash",value:"/",output:""});continue}v.output=v.output.slice(0,-U.output.length),U.type="globstar",U.output=_(e),U.value+=J,v.output+=U.output,v.globstar=!0,q(J);continue}const C={type:"star",value:J,output:y};!0!==e.bash?!U||"bracket"!==U.type&&"paren"!==U.type||!0!==e.regex?(v.index!==v.start&&"slash"!==U.type&&"dot"!==U.type||("dot"===U.type?(v.output+=m,U.output+=m):!0===e.dot?(v.output+=R,U.output+=R):(v.output+=x,U.output+=x),"*"!==Q()&&(v.output+=d,U.output+=d)),Z(C)):(C.output=J,Z(C)):(C.output=".*?","bos"!==U.type&&"slash"!==U.type||(C.output=x+C.output),Z(C))}for(;v.brackets>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing","]"));v.output=r.escapeLast(v.output,"["),W("brackets")}for(;v.parens>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing",")"));v.output=r.escapeLast(v.output,"("),W("parens")}for(;v.braces>0;){if(!0===e.strictBrackets)throw new SyntaxError(l("closing","}"));v.output=r.escapeLast(v.output,"{"),W("braces")}if(!0===e.strictSlashes||"star"!==U.type&&"bracket"!==U.type||Z({type:"maybe_slash",value:"",output:`${G}?`}),!0===v.backtrack){v.output="";for(const B of v.tokens)v.output+=null!=B.output?B.output:B.value,B.suffix&&(v.output+=B.suffix)}return v};f.fastpaths=(B,t)=>{const e={...t},s="number"==typeof e.maxLength?Math.min(n,e.maxLength):n,i=B.length;if(i>s)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${s}`);B=o[B]||B;const{DOT_LITERAL:a,SLASH_LITERAL:u,ONE_CHAR:l,DOTS_SLASH:c,NO_DOT:h,NO_DOTS:p,NO_DOTS_SLASH:D,STAR:E,START_ANCHOR:g}=C.globChars(e.windows),f=e.dot?p:h,F=e.dot?D:h,O=e.capture?"":"?:";let A=!0===e.bash?".*?":E;e.capture&&(A=`(${A})`);const I=B=>!0===B.noglobstar?A:`(${O}(?:(?!${g}${B.dot?c:a}).)*?)`,G=B=>{switch(B){case"*":return`${f}${l}${A}`;case".*":return`${a}${l}${A}`;case"*.*":return`${f}${A}${a}${l}${A}`;case"*/*":return`${f}${A}${u}${l}${F}${A}`;case"**":return f+I(e);case"**/*":return`(?:${f}${I(e)}${u})?${F}${l}${A}`;case"**/*.*":return`(?:${f}${I(e)}${u})?${F}${A}${a}${l}${A}`;case"**/.*":return`(?:${f}${I(e)}${u})?${a}${l}${A}`;default:{const t=/^(.*?)\.(\w+)$/.exec(B);if(!t)return;const e=G(t[1]);if(!e)return;return e+a+t[2]}}},d=r.removePrefix(B,{negated:!1,prefix:""});let L=G(d);return L&&!0!==e.strictSlashes&&(L+=`${u}?`),L},B.exports=f},98016:(B,t,e)=>{const C=e(31781),r=e(78265),n=e(64059),s=e(5595),i=(B,t,e=!1)=>{if(Array.isArray(B)){const C=B.map(B=>i(B,t,e)),r=B=>{for(const t of C){const e=t(B);if(e)return e}return!1};return r}const C=(r=B)&&"object"==typeof r&&!Array.isArray(r)&&B.tokens&&B.input;var r;if(""===B||"string"!=typeof B&&!C)throw new TypeError("Expected pattern to be a non-empty string");const n=t||{},s=n.windows,a=C?i.compileRe(B,t):i.makeRe(B,t,!1,!0),o=a.state;delete a.state;let u=()=>!1;if(n.ignore){const B={...t,ignore:null,onMatch:null,onResult:null};u=i(n.ignore,B,e)}const l=(e,C=!1)=>{const{isMatch:r,match:l,output:c}=i.test(e,a,t,{glob:B,posix:s}),h={glob:B,state:o,regex:a,posix:s,input:e,output:c,match:l,isMatch:r};return"function"==typeof n.onResult&&n.onResult(h),!1===r?(h.isMatch=!1,!!C&&h):u(e)?("function"==typeof n.onIgnore&&n.onIgnore(h),h.isMatch=!1,!!C&&h):("function"==typeof n.onMatch&&n.onMatch(h),!C||h)};return e&&(l.state=o),l};i.test=(B,t,e,{glob:C,posix:r}={})=>{if("string"!=typeof B)throw new TypeError("Expected input to be a string");if(""===B)return{isMatch:!1,output:""};const s=e||{},a=s.format||(r?n.toPosixSlashes:null);let o=B===C,u=o&&a?a(B):B;return!1===o&&(u=a?a(B):B,o=u===C),!1!==o&&!0!==s.capture||(o=!0===s.matchBase||!0===s.basename?i.matchBase(B,t,e,r):t.exec(u)),{isMatch:Boolean(o),match:o,output:u}},i.matchBase=(B,t,e,C=e&&e.windows)=>(t instanceof RegExp?t:i.makeRe(t,e)).test(n.basename(B,{windows:C})),i.isMatch=(B,t,e)=>i(t,e)(B),i.parse=(B,t)=>Array.isArray(B)?B.map(B=>i.parse(B,t)):r(B,{...t,fastpaths:!1}),i.scan=(B,t)=>C(B,t),i.compileRe=(B,t,e=!1,C=!1)=>{if(!0===e)return B.output;const r=t||{},n=r.contains?"":"^",s=r.contains?"":"$";let a=`${n}(?:${B.output})${s}`;B&&!0===B.negated&&(a=`^(?!${a}).*$`);const o=i.toRegex(a,t);return!0===C&&(o.state=B),o},i.makeRe=(B,t={},e=!1,C=!1)=>{if(!B||"string"!=typeof B)throw new TypeError("Expected a non-empty string");let n={negated:!1,fastpaths:!0};return!1===t.fastpaths||"."!==B[0]&&"*"!==B[0]||(n.output=r.fastpaths(B,t)),n.output||(n=r(B,t)),i.compileRe(n,t,e,C)},i.toRegex=(B,t)=>{try{const e=t||{};return new RegExp(B,e.flags||(e.nocase?"i":""))}catch(B){if(t&&!0===t.debug)throw B;return/$^/}},i.constants=s,B.exports=i},31781:(B,t,e)=>{const C=e(64059),{CHAR_ASTERISK:r,CHAR_AT:n,CHAR_BACKWARD_SLASH:s,CHAR_COMMA:i,CHAR_DOT:a,CHAR_EXCLAMATION_MARK:o,CHAR_FORWARD_SLASH:u,CHAR_LEFT_CURLY_BRACE:l,CHAR_LEFT_PARENTHESES:c,CHAR_LEFT_SQUARE_BRACKET:h,CHAR_PLUS:p,CHAR_QUESTION_MARK:D,CHAR_RIGHT_CURLY_BRACE:E,CHAR_RIGHT_PARENTHESES:g,CHAR_RIGHT_SQUARE_BRACKET:f}=e(5595),F=B=>B===u||B===s,O=B=>{!0!==B.isPrefix&&(B.depth=B.isGlobstar?1/0:1)};B.exports=(B,t)=>{const e=t||{},A=B.length-1,I=!0===e.parts||!0===e.tokens||!0===e.scanToEnd,G=[],d=[],L=[];let w,m,R=B,H=-1,N=0,T=0,b=!1,_=!1,x=!1,S=!1,y=!1,v=!1,P=!1,M=!1,k=!1,J=!1,U=0,K={value:"",depth:0,isGlob:!1};const Q=()=>H>=A,j=()=>R.charCodeAt(H+1),Y=()=>(w=m,R.charCodeAt(++H));for(;H<A;){let B;if(m=Y(),m!==s){if(!0===v||m===l){for(U++;!0!==Q()&&(m=Y());)if(m!==s)if(m!==l){if(!0!==v&&m===a&&(m=Y())===a){if(b=K.isBrace=!0,x=K.isGlob=!0,J=!0,!0===I)continue;break}if(!0!==v&&m===i){if(b=K.isBrace=!0,x=K.isGlob=!0,J=!0,!0===I)continue;break}if(m===E&&(U--,0===U)){v=!1,b=K.isBrace=!0,J=!0;break}}else U++;else P=K.backslashes=!0,Y();if(!0===I)continue;break}if(m!==u){if(!0!==e.noext){if(!0===(m===p||m===n||m===r||m===D||m===o)&&j()===c){if(x=K.isGlob=!0,S=K.isExtglob=!0,J=!0,m===o&&H===N&&(k=!0),!0===I){let B=0;for(;!0!==Q()&&(m=Y());)if(m!==s)if(m!==c){if(m===g&&0===--B){J=!0;break}}else B++;else P=K.backslashes=!0,Y();continue}break}}if(m===r){if(w===r&&(y=K.isGlobstar=!0),x=K.isGlob=!0,J=!0,!0===I)continue;break}if(m===D){if(x=K.isGlob=!0,J=!0,!0===I)continue;break}if(m===h){for(;!0!==Q()&&(B=Y());)if(B!==s){if(B===f){_=K.isBracket=!0,x=K.isGlob=!0,J=!0;break}}else P=K.backslashes=!0,Y();if(!0===I)continue;break}if(!0===e.nonegate||m!==o||H!==N){if(!0!==e.noparen&&m===c){if(x=K.isGlob=!0,!0===I){let B=1;for(;!0!==Q()&&(m=Y());)if(m!==s)if(m!==c){if(m===g&&0===--B){J=!0;break}}else B++;else P=K.backslashes=!0,Y();continue}break}if(!0===x){if(J=!0,!0===I)continue;break}}else M=K.negated=!0,N++}else{if(G.push(H),d.push(K),K={value:"",depth:0,isGlob:!1},!0===J)continue;if(w===a&&H===N+1){N+=2;continue}T=H+1}}else P=K.backslashes=!0,m=Y(),m===l&&(v=!0)}!0===e.noext&&(S=!1,x=!1);let q=R,V="",z="";N>0&&(V=R.slice(0,N),R=R.slice(N),T-=N),q&&!0===x&&T>0?(q=R.slice(0,T),z=R.slice(T)):!0===x?(q="",z=R):q=R,q&&""!==q&&"/"!==q&&q!==R&&F(q.charCodeAt(q.length-1))&&(q=q.slice(0,-1)),!0===e.unescape&&(z&&(z=C.removeBackslashes(z)),q&&!0===P&&(q=C.removeBackslashes(q)));const X={prefix:V,input:B,start:N,base:q,glob:z,isBrace:b,isBracket:_,isGlob:x,isExtglob:S,isGlobstar:y,negated:M,negatedExtglob:k};if(!0===e.tokens&&(X.maxDepth=0,F(m)||d.push(K),X.tokens=d),!0===e.parts||!0===e.tokens){let t;for(let C=0;C<G.length;C++){const r=void 0!==t?t+1:N,n=G[C],s=B.slice(r,n);e.tokens&&(0===C&&0!==N?(d[C].isPrefix=!0,d[C].value=V):d[C].value=s,O(d[C]),X.maxDepth+=d[C].depth),n>=N&&(L.push(s),t=n)}const C=void 0!==t?t+1:N,r=B.slice(C);L.push(r),e.tokens&&t&&t+1<B.length&&(d[d.length-1].value=r,O(d[d.length-1]),X.maxDepth+=d[d.length-1].depth),X.slashes=G,X.parts=L}return X}},64059:(B,t,e)=>{const{REGEX_BACKSLASH:C,REGEX_REMOVE_BACKSLASH:r,REGEX_SPECIAL_CHARS:n,REGEX_SPECIAL_CHARS_GLOBAL:s}=e(5595);t.isObject=B=>null!==B&&"object"==typeof B&&!Array.isArray(B),t.hasRegexChars=B=>n.test(B),t.isRegexChar=B=>1===B.length&&t.hasRegexChars(B),t.escapeRegex=B=>B.replace(s,"\\$1"),t.toPosixSlashes=B=>B.replace(C,"/"),t.isWindows=()=>{if("undefined"!=typeof navigator&&navigator.platform){const B=navigator.platform.toLowerCase();return"win32"===B||"windows"===B}return!("undefined"==typeof process||!process.platform)&&"win32"===process.platform},t.removeBackslashes=B=>B.replace(r,B=>"\\"===B?"":B),t.escapeLast=(B,e,C)=>{const r=B.lastIndexOf(e,C);return-1===r?B:"\\"===B[r-1]?t.escapeLast(B,e,r-1):`${B.slice(0,r)}\\${B.slice(r)}`},t.removePrefix=(B,t={})=>{let e=B;return e.startsWith("./")&&(e=e.slice(2),t.prefix="./"),e},t.wrapOutput=(B,t={},e={})=>{let C=`${e.contains?"":"^"}(?:${B})${e.contains?"":"$"}`;return!0===t.negated&&(C=`(?:^(?!${C}).*$)`),C},t.basename=(B,{windows:t}={})=>{const e=B.split(t?/[\\/]/:"/"),C=e[e.length-1];return""===C?e[e.length-2]:C}},2856:(B,t,e)=>{e.d(t,{L3:()=>JB});
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
var C=class B{static FOLD_CASE=1;static LITERAL=2;static CLASS_NL=4;static DOT_NL=8;static ONE_LINE=16;static NON_GREEDY=32;static PERL_X=64;static UNICODE_GROUPS=128;static WAS_DOLLAR=256;static LOOKBEHIND=512;static MATCH_NL=B.CLASS_NL|B.DOT_NL;static PERL=B.CLASS_NL|B.ONE_LINE|B.PERL_X|B.UNICODE_GROUPS;static POSIX=0;static UNANCHORED=0;static ANCHOR_START=1;static ANCHOR_BOTH=2};const r=1,n=2,s=4,i=8,a=16,o=512,u=128,l=new Int32Array(u),c=new Int32Array(u),h=65535;for(let B=0;B<u;B++)l[B]=B>=97&&B<=122?B-32:B,c[B]=B>=65&&B<=90?B+32:B;var p=class{static CODES=Object.freeze({"":7,"\b":8,"\t":9,"\n":10,"\v":11,"\f":12,"\r":13," ":32,'"':34,$:36,"&":38,"'":39,"(":40,")":41,"*":42,"+":43,"-":45,".":46,0:48,1:49,2:50,3:51,4:52,5:53,6:54,7:55,8:56,9:57,":":58,"<":60,">":62,"?":63,A:65,B:66,C:67,F:70,P:80,Q:81,U:85,Z:90,"[":91,"\\":92,"]":93,"^":94,_:95,"`":96,a:97,b:98,f:102,i:105,m:109,n:110,r:114,s:115,t:116,v:118,x:120,z:122,"{":123,"|":124,"}":125});static toUpperCase(B){if(B<u)return l[B];const t=String.fromCodePoint(B).toUpperCase(),e=t.codePointAt(0)>h?2:1;if(t.length>e)return B;const C=String.fromCodePoint(t.codePointAt(0)).toLowerCase(),r=C.codePointAt(0)>h?2:1;return C.length>r||C.codePointAt(0)!==B?B:t.codePointAt(0)}static toLowerCase(B){if(B<u)return c[B];const t=String.fromCodePoint(B).toLowerCase(),e=t.codePointAt(0)>h?2:1;if(t.length>e)return B;const C=String.fromCodePoint(t.codePointAt(0)).toUpperCase(),r=C.codePointAt(0)>h?2:1;return C.length>r||C.codePointAt(0)!==B?B:t.codePointAt(0)}},D=class{constructor(B,t=!1){this.data=B,this.isStride1=t,this.SIZE=t?2:3}getLo(B){return this.data[B*this.SIZE]}getHi(B){return this.data[B*this.SIZE+1]}getStride(B){return this.isStride1?1:this.data[B*this.SIZE+2]}get length(){return this.data.length/this.SIZE}};const E=new Uint8Array(256);for(let B=0;B<64;B++)E["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-".charCodeAt(B)]=B;const g=B=>{const t=[];let e=0,C=0;for(let r=0;r<B.length;r++){const n=E[B.charCodeAt(r)];e|=(31&n)<<C,32&n?C+=5:(t.push(e),e=0,C=0)}return t},f=(B,t)=>{const e=g(B),C=t?e.length/2:e.length/3,r=new Uint32Array(3*C);let n=0,s=0;for(let B=0;B<C;B++)n+=e[s++],r[3*B]=n,n+=e[s++],r[3*B+1]=n,r[3*B+2]=t?1:e[s++];return r};var F=class{constructor(B){this.initializer=B,this.cache=new Map}has(B){return Object.hasOwn(this.initializer,B)}get(B){if(this.cache.has(B))return this.cache.get(B);const t=this.has(B)?this.initializer[B]():null;return this.cache.set(B,t),t}},O=class{static _CASE_ORBIT=null;static get CASE_ORBIT(){return this._CASE_ORBIT||(this._CASE_ORBIT=(B=>{const t=g(B),e=new Map;let C=0;for(let B=0;B<t.length;B+=2){C+=t[B];const r=t[B+1],n=r>>>1^-(1&r);e.set(C,C+n)}return e})("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC")),this._CASE_ORBIT}static _Print=null;static get Print(){return this._Print||(this._Print=new D(f("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB",!1))),this._Print}static CATEGORIES=new F({C:()=>new D(f("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB",!1)),Cc:()=>new D(f("AfgDgB",!0)),Cf:()=>new D(f("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB",!1)),Cn:()=>new D(f("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB",!1)),Co:()=>new D(f("gg4B-nGh4hc9--BD9--B",!0)),Cs:()=>new D(f("gg2B--B",!0)),L:()=>new D(f("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),LC:()=>new D(f("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB",!1)),Ll:()=>new D(f("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB",!1)),Lm:()=>new D(f("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB",!1)),Lo:()=>new D(f("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Lt:()=>new D(f("lOGDnB2sH2sHBGBJHBJHBNQQwBAB",!1)),Lu:()=>new D(f("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB",!1)),M:()=>new D(f("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),Mc:()=>new D(f("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB",!1)),Me:()=>new D(f("okBBB1xF-wB-wBBCBCCBsshBCB",!1)),Mn:()=>new D(f("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",!1)),N:()=>new D(f("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB",!1)),Nd:()=>new D(f("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ",!0)),Nl:()=>new D(f("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB",!1)),No:()=>new D(f("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB",!1)),P:()=>new D(f("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Pc:()=>new D(f("-Cg-Hg-HBUU-u3BBBZCBwHAB",!1)),Pd:()=>new D(f("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Pe:()=>new D(f("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD",!1)),Pf:()=>new D(f("7F+6H+6HEddpuDCCFDDQEE",!1)),Pi:()=>new D(f("rFt7Ht7HDBBDaapuDCCFDDQEE",!1)),Po:()=>new D(f("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",!1)),Ps:()=>new D(f("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB",!1)),S:()=>new D(f("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Sc:()=>new D(f("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC",!1)),Sk:()=>new D(f("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB",!1)),Sm:()=>new D(f("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB",!1)),So:()=>new D(f("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",!1)),Z:()=>new D(f("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB",!1)),Zl:()=>new D(f("ohIA",!0)),Zp:()=>new D(f("phIA",!0)),Zs:()=>new D(f("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB",!1)),ASCII_Hex_Digit:()=>new D(f("wBJIFbF",!0)),Alphabetic:()=>new D(f("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Dash:()=>new D(f("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",!1)),Emoji:()=>new D(f("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Emoji_Component:()=>new D(f("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB",!1)),Emoji_Modifier:()=>new D(f("7-8DE",!0)),Emoji_Modifier_Base:()=>new D(f("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB",!1)),Emoji_Presentation:()=>new D(f("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",!1)),Extended_Pictographic:()=>new D(f("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB",!1)),Hex_Digit:()=>new D(f("wBJIFbFq1-BJIFbF",!0)),Lowercase:()=>new D(f("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB",!1)),Math:()=>new D(f("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB",!1)),Quotation_Mark:()=>new D(f("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB",!1)),Terminal_Punctuation:()=>new D(f("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB",!1)),Uppercase:()=>new D(f("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB",!1)),White_Space:()=>new D(f("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB",!1))});static SCRIPTS=new F({Adlam:()=>new D(f("go6DrCFJFB",!0)),Ahom:()=>new D(f("g4lCaDOFW",!0)),Anatolian_Hieroglyphs:()=>new D(f("ggxCmS",!0)),Arabic:()=>new D(f("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB",!1)),Armenian:()=>new D(f("xpBlBDxBDCks9BE",!0)),Avestan:()=>new D(f("g4iC1BEG",!0)),Balinese:()=>new D(f("g4GsCCxB",!0)),Bamum:()=>new D(f("g1pB3CpowB4R",!0)),Bassa_Vah:()=>new D(f("w26CdDF",!0)),Batak:()=>new D(f("g+GzBJD",!0)),Bengali:()=>new D(f("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB",!1)),Beria_Erfe:()=>new D(f("g17CYDY",!0)),Bhaiksuki:()=>new D(f("ggnCICsBCNLc",!0)),Bopomofo:()=>new D(f("qXB6wLqBxDf",!0)),Brahmi:()=>new D(f("ggkCtCFjBKA",!0)),Braille:()=>new D(f("ggK-H",!0)),Buginese:()=>new D(f("gwGbDB",!0)),Buhid:()=>new D(f("g6FT",!0)),Canadian_Aboriginal:()=>new D(f("ggF-TxRlC7tgCP",!0)),Carian:()=>new D(f("g1gCwB",!0)),Caucasian_Albanian:()=>new D(f("wphCzBMA",!0)),Chakma:()=>new D(f("gokC0BCR",!0)),Cham:()=>new D(f("gwqB2BKNDJDD",!0)),Cherokee:()=>new D(f("g9E1CDFz7lBvC",!0)),Chorasmian:()=>new D(f("w9jCb",!0)),Common:()=>new D(f("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB",!1)),Coptic:()=>new D(f("ifNxkKzDGG",!0)),Cuneiform:()=>new D(f("ggoC5cnDuDCEMjG",!0)),Cypriot:()=>new D(f("ggiCFBDCCBqBBCBBEDD",!1)),Cypro_Minoan:()=>new D(f("w8rCiD",!0)),Cyrillic:()=>new D(f("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB",!1)),Deseret:()=>new D(f("gghCvC",!0)),Devanagari:()=>new D(f("goCwCFODZh7nBfhwcJ",!0)),Dives_Akuru:()=>new D(f("gomCGBDDDBGBCBBCdBCBBDLBKJB",!1)),Dogra:()=>new D(f("ggmC7B",!0)),Duployan:()=>new D(f("ggvDqDGMEIIJDD",!0)),Egyptian_Hieroglyphs:()=>new D(f("ggsC1iBL68D",!0)),Elbasan:()=>new D(f("gohCnB",!0)),Elymaic:()=>new D(f("g-jCW",!0)),Ethiopic:()=>new D(f("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB",!1)),Garay:()=>new D(f("gqjClBEcJB",!0)),Georgian:()=>new D(f("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG",!1)),Glagolitic:()=>new D(f("ggL-Ch9sDGCQDGCBCE",!0)),Gothic:()=>new D(f("w5gCa",!0)),Grantha:()=>new D(f("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB",!1)),Greek:()=>new D(f("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB",!1)),Gujarati:()=>new D(f("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB",!1)),Gunjala_Gondi:()=>new D(f("grnCFCBCkBCBCFIJ",!0)),Gurmukhi:()=>new D(f("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB",!1)),Gurung_Khema:()=>new D(f("go4C5B",!0)),Han:()=>new D(f("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",!1)),Hangul:()=>new D(f("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC",!0)),Hanifi_Rohingya:()=>new D(f("gojCnBJJ",!0)),Hanunoo:()=>new D(f("g5FU",!0)),Hatran:()=>new D(f("gniCSCBGE",!0)),Hebrew:()=>new D(f("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB",!1)),Hiragana:()=>new D(f("hiM1CBHCBi7-C+IBTeeBBBulQAB",!1)),Imperial_Aramaic:()=>new D(f("giiCVCI",!0)),Inherited:()=>new D(f("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB",!1)),Inscriptional_Pahlavi:()=>new D(f("g7iCSGH",!0)),Inscriptional_Parthian:()=>new D(f("g6iCVDH",!0)),Javanese:()=>new D(f("gsqBtCDJFB",!0)),Kaithi:()=>new D(f("gkkCiCLA",!0)),Kannada:()=>new D(f("gkDMCCCWCJCEDICCCDIBGCCDDJCC",!0)),Katakana:()=>new D(f("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB",!1)),Kawi:()=>new D(f("g4nCQCoBEc",!0)),Kayah_Li:()=>new D(f("goqBtBCA",!0)),Kharoshthi:()=>new D(f("gwiCDCBGHCCCcDCFJII",!0)),Khitan_Small_Script:()=>new D(f("k-7C84G84GB0OBqBAB",!1)),Khmer:()=>new D(f("g8F9CDJHJnPf",!0)),Khojki:()=>new D(f("gwkCRCuB",!0)),Khudawadi:()=>new D(f("w1kC6BGJ",!0)),Kirat_Rai:()=>new D(f("gq7C5B",!0)),Lao:()=>new D(f("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB",!1)),Latin:()=>new D(f("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB",!1)),Lepcha:()=>new D(f("ggH3BEOEC",!0)),Limbu:()=>new D(f("goGeBCLBFLBFEEBKB",!1)),Linear_A:()=>new D(f("gwhC2JKVLH",!0)),Linear_B:()=>new D(f("gggCLCZCSCBCODNjB6D",!0)),Lisu:()=>new D(f("wmpBvBx1eA",!0)),Lycian:()=>new D(f("g0gCc",!0)),Lydian:()=>new D(f("gpiCZGA",!0)),Mahajani:()=>new D(f("wqkCmB",!0)),Makasar:()=>new D(f("g3nCY",!0)),Malayalam:()=>new D(f("goDMCCCyBCCCFFPDZ",!0)),Mandaic:()=>new D(f("giCbDA",!0)),Manichaean:()=>new D(f("g2iCmBFL",!0)),Marchen:()=>new D(f("wjnCfDVCN",!0)),Masaram_Gondi:()=>new D(f("gonCGBCBBCrBBECCBCCBHBJJB",!1)),Medefaidrin:()=>new D(f("gy7C6C",!0)),Meetei_Mayek:()=>new D(f("g3qBWqGtBDJ",!0)),Mende_Kikakui:()=>new D(f("gg6DkGDP",!0)),Meroitic_Cursive:()=>new D(f("gtiCXFTDtB",!0)),Meroitic_Hieroglyphs:()=>new D(f("gsiCf",!0)),Miao:()=>new D(f("g47CqCF4BIQ",!0)),Modi:()=>new D(f("gwlCkCMJ",!0)),Mongolian:()=>new D(f("ggGBBDCCBSBH4CBIqBB2t-BMB",!1)),Mro:()=>new D(f("gy6CeCJFB",!0)),Multani:()=>new D(f("g0kCGBCCCBCBCOBCKB",!1)),Myanmar:()=>new D(f("ggE-EhqmBeiDfxibT",!0)),Nabataean:()=>new D(f("gkiCeJI",!0)),Nag_Mundari:()=>new D(f("wm5DpB",!0)),Nandinagari:()=>new D(f("gtmCHDtBDK",!0)),New_Tai_Lue:()=>new D(f("gsGrBFZHKEB",!0)),Newa:()=>new D(f("gglC7CCE",!0)),Nko:()=>new D(f("g+B6BDC",!0)),Nushu:()=>new D(f("h-7CvsQvsQBqMB",!1)),Nyiakeng_Puachue_Hmong:()=>new D(f("go4DsBENDJFB",!0)),Ogham:()=>new D(f("g0Fc",!0)),Ol_Chiki:()=>new D(f("wiHvB",!0)),Ol_Onal:()=>new D(f("wu5DqBFA",!0)),Old_Hungarian:()=>new D(f("gkjCyBOyBIF",!0)),Old_Italic:()=>new D(f("g4gCjBKC",!0)),Old_North_Arabian:()=>new D(f("g0iCf",!0)),Old_Permic:()=>new D(f("w6gCqB",!0)),Old_Persian:()=>new D(f("g9gCjBFN",!0)),Old_Sogdian:()=>new D(f("g4jCnB",!0)),Old_South_Arabian:()=>new D(f("gziCf",!0)),Old_Turkic:()=>new D(f("ggjCoC",!0)),Old_Uyghur:()=>new D(f("w7jCZ",!0)),Oriya:()=>new D(f("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR",!0)),Osage:()=>new D(f("wlhCjBFjB",!0)),Osmanya:()=>new D(f("gkhCdDJ",!0)),Pahawh_Hmong:()=>new D(f("g46ClCLJCGCUGS",!0)),Palmyrene:()=>new D(f("gjiCf",!0)),Pau_Cin_Hau:()=>new D(f("g2mC4B",!0)),Phags_Pa:()=>new D(f("giqB3B",!0)),Phoenician:()=>new D(f("goiCbEA",!0)),Psalter_Pahlavi:()=>new D(f("g8iCRIDNG",!0)),Rejang:()=>new D(f("wpqBjBMA",!0)),Runic:()=>new D(f("g1FqCEK",!0)),Samaritan:()=>new D(f("ggCtBDO",!0)),Saurashtra:()=>new D(f("gkqBlCJL",!0)),Sharada:()=>new D(f("gskC-ChsCH",!0)),Shavian:()=>new D(f("wihCvB",!0)),Siddham:()=>new D(f("gslC1BDlB",!0)),Sidetic:()=>new D(f("gqiCZ",!0)),SignWriting:()=>new D(f("gg2DrUQECO",!0)),Sinhala:()=>new D(f("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB",!1)),Sogdian:()=>new D(f("w5jCpB",!0)),Sora_Sompeng:()=>new D(f("wmkCYIJ",!0)),Soyombo:()=>new D(f("wymCyC",!0)),Sundanese:()=>new D(f("g8G-BhIH",!0)),Sunuwar:()=>new D(f("g+mChBPJ",!0)),Syloti_Nagri:()=>new D(f("ggqBsB",!0)),Syriac:()=>new D(f("g4BNC7BDCxIK",!0)),Tagalog:()=>new D(f("g4FVKA",!0)),Tagbanwa:()=>new D(f("g7FMCCCB",!0)),Tai_Le:()=>new D(f("wqGdDE",!0)),Tai_Tham:()=>new D(f("gxG+BCcDKHJHN",!0)),Tai_Viet:()=>new D(f("g0qBiCZE",!0)),Tai_Yo:()=>new D(f("g25DeCVJB",!0)),Takri:()=>new D(f("g0lC5BHJ",!0)),Tamil:()=>new D(f("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB",!1)),Tangsa:()=>new D(f("wz6CuCCJ",!0)),Tangut:()=>new D(f("g-7CgBgBB+3GBhQeBiDyDB",!1)),Telugu:()=>new D(f("ggDMCCCWCPDICCCDIBCCCBDDDJII",!0)),Thaana:()=>new D(f("g8BxB",!0)),Thai:()=>new D(f("hwD5BGb",!0)),Tibetan:()=>new D(f("g4DnCCjBFmBCjBCOCGFB",!0)),Tifinagh:()=>new D(f("wpL3BIBPA",!0)),Tirhuta:()=>new D(f("gklCnCJJ",!0)),Todhri:()=>new D(f("guhCzB",!0)),Tolong_Siki:()=>new D(f("wtnCrBFJ",!0)),Toto:()=>new D(f("w04De",!0)),Tulu_Tigalari:()=>new D(f("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB",!1)),Ugaritic:()=>new D(f("g8gCdCA",!0)),Unknown:()=>new D(f("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB",!1)),Vai:()=>new D(f("gopBrJ",!0)),Vithkuqi:()=>new D(f("wrhCKCOCGCBCKCOCGCB",!0)),Wancho:()=>new D(f("g24D5BGA",!0)),Warang_Citi:()=>new D(f("glmCyCNA",!0)),Yezidi:()=>new D(f("g0jCpBCCDB",!0)),Yi:()=>new D(f("ggoBskBE2B",!0)),Zanabazar_Square:()=>new D(f("gwmCnC",!0))});static FOLD_CATEGORIES=new F({L:()=>new D(f("laA",!0)),LC:()=>new D(f("laA",!0)),Ll:()=>new D(f("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Lt:()=>new D(f("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB",!1)),Lu:()=>new D(f("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1)),M:()=>new D(f("5cgBgBlgHAB",!1)),Mn:()=>new D(f("5cgBgBlgHAB",!1)),Emoji:()=>new D(f("8mJA",!0)),Extended_Pictographic:()=>new D(f("8mJA",!0)),Lowercase:()=>new D(f("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",!1)),Math:()=>new D(f("ycGDCHHFMMDDDCHHFAB",!1)),Uppercase:()=>new D(f("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",!1))});static FOLD_SCRIPT=new F({Common:()=>new D(f("8cgBgB",!1)),Greek:()=>new D(f("1FwUwU",!1)),Inherited:()=>new D(f("5cgBgBlgHAB",!1))})},A=class B{static MAX_RUNE=1114111;static RUNE_ERROR=65533;static isUnsearchable(t){return t===B.RUNE_ERROR||t>=B.MIN_HIGH_SURROGATE&&t<=B.MAX_LOW_SURROGATE}static MAX_ASCII=127;static MAX_LATIN1=255;static MAX_BMP=65535;static MIN_FOLD=65;static MAX_FOLD=125251;static MIN_HIGH_SURROGATE=55296;static MAX_HIGH_SURROGATE=56319;static MIN_LOW_SURROGATE=56320;static MAX_LOW_SURROGATE=57343;static MIN_SUPPLEMENTARY_CODE_POINT=65536;static is32(B,t){let e=0,C=B.length;for(;e<C;){const r=e+Math.floor((C-e)/2),n=B.getLo(r),s=B.getHi(r);if(n<=t&&t<=s){return(t-n)%B.getStride(r)===0}t<n?C=r:e=r+1}return!1}static is(t,e){if(e<=B.MAX_LATIN1){for(let B=0;B<t.length;B++){if(e>t.getHi(B))continue;const C=t.getLo(B);if(e<C)return!1;return(e-C)%t.getStride(B)===0}return!1}return t.length>0&&e>=t.getLo(0)&&B.is32(t,e)}static isPrint(t){return t<=B.MAX_LATIN1?t>=32&&t<B.MAX_ASCII||t>=161&&173!==t:B.is(O.Print,t)}static simpleFold(t){if(O.CASE_ORBIT.has(t))return O.CASE_ORBIT.get(t);if(t<=B.MAX_ASCII){const B=p.toLowerCase(t);return B!==t?B:p.toUpperCase(t)}return t}static equalsIgnoreCase(t,e){if(t===e)return!0;if(t<0||e<0)return!1;if(t<=B.MAX_ASCII&&e<=B.MAX_ASCII)return 65<=t&&t<=90&&(t|=32),65<=e&&e<=90&&(e|=32),t===e;for(let C=B.simpleFold(t);C!==t;C=B.simpleFold(C))if(C===e)return!0;return!1}},I=class extends Error{constructor(B){super(B),this.name="RE2JSException"}},G=class extends I{constructor(B,t=null){let e=`error parsing regexp: ${B}`;t&&(e+=`: \`${t}\``),super(e),this.name="RE2JSSyntaxException",this.message=e,this.error=B,this.input=t}getDescription(){return this.error}getPattern(){return this.input}},d=class extends I{constructor(B){super(B),this.name="RE2JSCompileException"}},L=class extends I{constructor(B){super(B),this.name="RE2JSGroupException"}},w=class extends I{constructor(B){super(B),this.name="RE2JSFlagsException"}},m=class extends I{constructor(B){super(B),this.name="RE2JSInternalException"}};const R=new Uint8Array(256);for(let B=0;B<256;B++)R[B]=97<=B&&B<=122||65<=B&&B<=90||48<=B&&B<=57||95===B?1:0;let H=null,N=null;var T=class B{static METACHARACTERS="\\.+*?()|[]{}^$";static EMPTY_BEGIN_LINE=1;static EMPTY_END_LINE=2;static EMPTY_BEGIN_TEXT=4;static EMPTY_END_TEXT=8;static EMPTY_WORD_BOUNDARY=16;static EMPTY_NO_WORD_BOUNDARY=32;static EMPTY_ALL=-1;static emptyInts(){return[]}static isString(B){return"string"==typeof B||"[object String]"===Object.prototype.toString.call(B)}static typeName(B){return null===B||"object"!=typeof B&&"function"!=typeof B?null===B?"null":typeof B:Object.prototype.toString.call(B).slice(8,-1)}static checkPattern(t){if(!B.isString(t))throw new TypeError(`The pattern must be a string, not ${B.typeName(t)} (RE2JS.translateRegExp() converts a RegExp)`)}static checkInput(t){if(!B.isString(t)&&!B.isByteArray(t))throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${B.typeName(t)}`)}static checkFlags(B){const t=s|n|r|i|a|o;if(!Number.isInteger(B)||0!==(B&~t))throw new w("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS")}static isByteArray(B){return Array.isArray(B)||"[object Uint8Array]"===Object.prototype.toString.call(B)}static isalnum(B){return p.CODES[0]<=B&&B<=p.CODES[9]||p.CODES.a<=B&&B<=p.CODES.z||p.CODES.A<=B&&B<=p.CODES.Z}static unhex(B){return p.CODES[0]<=B&&B<=p.CODES[9]?B-p.CODES[0]:p.CODES.a<=B&&B<=p.CODES.f?B-p.CODES.a+10:p.CODES.A<=B&&B<=p.CODES.F?B-p.CODES.A+10:-1}static escapeRune(t){let e="";if(A.isPrint(t))B.METACHARACTERS.indexOf(String.fromCodePoint(t))>=0&&(e+="\\"),e+=String.fromCodePoint(t);else switch(t){case p.CODES['"']:e+='\\"';break;case p.CODES["\\"]:e+="\\\\";break;case p.CODES["\t"]:e+="\\t";break;case p.CODES["\n"]:e+="\\n";break;case p.CODES["\r"]:e+="\\r";break;case p.CODES["\b"]:e+="\\b";break;case p.CODES["\f"]:e+="\\f";break;default:{let B=t.toString(16);t<256?(e+="\\x",1===B.length&&(e+="0"),e+=B):e+=`\\x{${B}}`;break}}return e}static stringToRunes(B){const t=String(B),e=[];let C=0;for(;C<t.length;){const B=t.codePointAt(C);e.push(B),C+=B>A.MAX_BMP?2:1}return new Int32Array(e)}static runeToString(B){return String.fromCodePoint(B)}static isWordRune(B){return B<256&&1===R[B]}static emptyOpContext(t,e){let C=0;return t<0&&(C|=B.EMPTY_BEGIN_TEXT|B.EMPTY_BEGIN_LINE),10===t&&(C|=B.EMPTY_BEGIN_LINE),e<0&&(C|=B.EMPTY_END_TEXT|B.EMPTY_END_LINE),10===e&&(C|=B.EMPTY_END_LINE),B.isWordRune(t)!==B.isWordRune(e)?C|=B.EMPTY_WORD_BOUNDARY:C|=B.EMPTY_NO_WORD_BOUNDARY,C}static quoteMeta(t){return t.split("").map(t=>B.METACHARACTERS.indexOf(t)>=0?`\\${t}`:t).join("")}static charCount(B){return B>A.MAX_BMP?2:1}static toArray(B){const t=B.length,e=new Array(t);for(let C=0;C<t;C++)e[C]=B[C];return e}static stringToUtf8ByteArray(B){if(globalThis.TextEncoder)return H||(H=new TextEncoder),H.encode(B);{let t=[],e=0;for(let C=0;C<B.length;C++){let r=B.charCodeAt(C);r<128?t[e++]=r:r<2048?(t[e++]=r>>6|192,t[e++]=63&r|128):(64512&r)===A.MIN_HIGH_SURROGATE&&C+1<B.length&&(64512&B.charCodeAt(C+1))===A.MIN_LOW_SURROGATE?(r=A.MIN_SUPPLEMENTARY_CODE_POINT+((1023&r)<<10)+(1023&B.charCodeAt(++C)),t[e++]=r>>18|240,t[e++]=r>>12&63|128,t[e++]=r>>6&63|128,t[e++]=63&r|128):(t[e++]=r>>12|224,t[e++]=r>>6&63|128,t[e++]=63&r|128)}return t}}static utf8ByteArrayToString(B){if(globalThis.TextDecoder){N||(N=new TextDecoder("utf-8"));const t=B instanceof Uint8Array?B:new Uint8Array(B);return N.decode(t)}{let t=[],e=0,C=0;for(;e<B.length;){let r=B[e++];if(r<128)t[C++]=String.fromCharCode(r);else if(r>191&&r<224){let n=B[e++];t[C++]=String.fromCharCode((31&r)<<6|63&n)}else if(r>239&&r<365){let n=((7&r)<<18|(63&B[e++])<<12|(63&B[e++])<<6|63&B[e++])-A.MIN_SUPPLEMENTARY_CODE_POINT;t[C++]=String.fromCharCode(A.MIN_HIGH_SURROGATE+(n>>10)),t[C++]=String.fromCharCode(A.MIN_LOW_SURROGATE+(1023&n))}else{let n=B[e++],s=B[e++];t[C++]=String.fromCharCode((15&r)<<12|(63&n)<<6|63&s)}}return t.join("")}}};const b=(B=[],t=0)=>{const e=Object.create(null);for(let C=0;C<B.length;C++){const r=B[C],n=t+C;e[r]=n,e[n]=r}return Object.freeze(e)};var _=class B{static Encoding=b(["UTF_16","UTF_8"]);getEncoding(){throw Error("not implemented")}asCharSequence(){throw Error("not implemented")}asBytes(){throw Error("not implemented")}length(){throw Error("not implemented")}isUTF8Encoding(){return this.getEncoding()===B.Encoding.UTF_8}isUTF16Encoding(){return this.getEncoding()===B.Encoding.UTF_16}},x=class extends _{constructor(B=null){super(),this.bytes=B}getEncoding(){return _.Encoding.UTF_8}asCharSequence(){return T.utf8ByteArrayToString(this.bytes)}asBytes(){return this.bytes}length(){return this.bytes.length}},S=class extends _{constructor(B=null){super(),this.charSequence=B}getEncoding(){return _.Encoding.UTF_16}asCharSequence(){return this.charSequence}asBytes(){return T.stringToUtf8ByteArray(this.charSequence.toString())}length(){return this.charSequence.length}},y=class{static utf16(B){return T.checkInput(B),new S(B)}static utf8(B){return T.isByteArray(B)?new x(B):new x(T.stringToUtf8ByteArray(B))}},v=class{static EOF(){return-8}constructor(){this.start=0,this.end=0}canCheckPrefix(){return!0}endPos(){return this.end-this.start}hasString(){return!1}hasAnyString(){return!1}prefixLength(){return 0}},P=class B extends v{static RUNE_ERROR_STEP=A.RUNE_ERROR<<3|1;constructor(B,t=0,e=B.length){super(),this.bytes=B,this.start=t,this.end=e}hasString(B,t){const e=B.bytes;if(0===e.length)return!0;const C=this.indexOf(this.bytes,e,this.start+t);return-1!==C&&C<=this.end-e.length}hasAnyString(B,t){return B.automaton8().searchUTF8(this.bytes,this.start+t,this.end)}step(t){if((t+=this.start)>=this.end)return v.EOF();const e=255&this.bytes[t];if(e<128)return e<<3|1;let C,r,n=128,s=191;if(e>=194&&e<=223)C=2,r=31&e;else if(e>=224&&e<=239)C=3,r=15&e,224===e?n=160:237===e&&(s=159);else{if(!(e>=240&&e<=244))return B.RUNE_ERROR_STEP;C=4,r=7&e,240===e?n=144:244===e&&(s=143)}if(t+C>this.end)return B.RUNE_ERROR_STEP;const i=255&this.bytes[t+1];if(i<n||i>s)return B.RUNE_ERROR_STEP;if(r=r<<6|63&i,C>2){const e=255&this.bytes[t+2];if(128!=(192&e))return B.RUNE_ERROR_STEP;if(r=r<<6|63&e,C>3){const e=255&this.bytes[t+3];if(128!=(192&e))return B.RUNE_ERROR_STEP;r=r<<6|63&e}}return r<<3|C}index(B,t){t+=this.start;const e=this.indexOf(this.bytes,B.prefixUTF8,t);return e<0?e:e-t}context(B){let t=-1;if((B+=this.start)>this.start&&B<=this.end){let e=B-1;if(t=this.bytes[e--],t>=128){let C=B-4;for(C<this.start&&(C=this.start);e>=C&&128==(192&this.bytes[e]);)e--;e<this.start&&(e=this.start);const r=this.step(e-this.start);t=e+(7&r)===B?r>>3:A.RUNE_ERROR}}const e=B<this.end?this.step(B-this.start)>>3:-1;return T.emptyOpContext(t,e)}indexOf(B,t,e=0){let C=t.length;if(0===C)return e<=this.end?e:-1;const r=t[0];let n=this.end-C;const s="function"==typeof B.indexOf;let i=e;for(;i<=n;){if(s){if(i=B.indexOf(r,i),-1===i||i>n)return-1}else{for(;i<=n&&B[i]!==r;)i++;if(i>n)return-1}let e=!0;for(let r=1;r<C;r++)if(B[i+r]!==t[r]){e=!1;break}if(e)return i;i++}return-1}prefixLength(B){return B.prefixUTF8.length}},M=class extends v{constructor(B,t=0,e=B.length){super(),this.charSequence=B,this.start=t,this.end=e}hasString(B,t){const e=this.charSequence.indexOf(B.str,this.start+t);return-1!==e&&e<=this.end-B.str.length}hasAnyString(B,t){return B.automaton16().searchUTF16(this.charSequence,this.start+t,this.end)}step(B){if((B+=this.start)>=this.end)return v.EOF();const t=this.charSequence.charCodeAt(B);if(t<A.MIN_HIGH_SURROGATE||t>A.MAX_HIGH_SURROGATE||B+1>=this.end)return t<<3|1;const e=this.charSequence.charCodeAt(B+1);return e>=A.MIN_LOW_SURROGATE&&e<=A.MAX_LOW_SURROGATE?1024*(t-A.MIN_HIGH_SURROGATE)+(e-A.MIN_LOW_SURROGATE)+A.MIN_SUPPLEMENTARY_CODE_POINT<<3|2:t<<3|1}index(B,t){t+=this.start;const e=this.charSequence.indexOf(B.prefix,t);return e<0||e>this.end-B.prefix.length?-1:e-t}context(B){const t=(B+=this.start)>this.start&&B<=this.end?this.charSequence.charCodeAt(B-1):-1,e=B<this.end?this.charSequence.charCodeAt(B):-1;return T.emptyOpContext(t,e)}prefixLength(B){return B.prefix.length}},k=class{static fromUTF8(B,t=0,e=B.length){return new P(B,t,e)}static fromUTF16(B,t=0,e=void 0){return T.checkInput(B),new M(B,t,e??B.length)}},J=class B{static MAX_REPLACER_ARGS=65535;static quoteReplacement(B,t=!1){return t?B.indexOf("\\")<0&&B.indexOf("$")<0?B:B.split("").map(B=>{const t=B.codePointAt(0);return t===p.CODES["\\"]||t===p.CODES.$?`\\${B}`:B}).join(""):B.indexOf("$")<0?B:B.split("").map(B=>B.codePointAt(0)===p.CODES.$?"$$":B).join("")}constructor(B,t){if(null===B)throw new Error("pattern is null");this.patternInput=B;const e=this.patternInput.re2();this.patternGroupCount=e.numberOfCapturingGroups(),this.groups=[],this.namedGroups=e.namedGroups,this.hasNamedGroups=Object.keys(this.namedGroups).length>0,this.numberOfInstructions=e.numberOfInstructions(),this.lookbehindState=null,t instanceof _?this.resetMatcherInput(t):T.isByteArray(t)?this.resetMatcherInput(y.utf8(t)):this.resetMatcherInput(y.utf16(t))}pattern(){return this.patternInput}reset(){return this.matcherInputLength=this.matcherInput.length(),this.appendPos=0,this.hasMatch=!1,this.hasGroups=!1,this.anchorFlag=0,this}resetMatcherInput(B){if(null===B)throw new Error("input is null");return B instanceof _||(B=T.isByteArray(B)?y.utf8(B):y.utf16(B)),this.matcherInput=B,null!==this.lookbehindState?this.lookbehindState.reset():this.lookbehindState=this.patternInput.re2().createLookbehindState(),this.reset(),this}start(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new L(`group '${B}' not found`);B=t}return this.loadGroup(B),this.groups[2*B]}end(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new L(`group '${B}' not found`);B=t}return this.loadGroup(B),this.groups[2*B+1]}programSize(){return this.numberOfInstructions}group(B=0){if("string"==typeof B){const t=this.namedGroups[B];if(!Number.isFinite(t))throw new L(`group '${B}' not found`);B=t}const t=this.start(B),e=this.end(B);return t<0&&e<0?null:this.substring(t,e)}getNamedGroups(){if(!this.hasMatch)throw new L("perhaps no match attempted");const B=Object.create(null);for(const t of Object.keys(this.namedGroups))B[t]=this.group(t);return B}groupCount(){return this.patternGroupCount}loadGroup(B){if(!Number.isInteger(B)||B<0||B>this.patternGroupCount)throw new L(`Group index out of bounds: ${B}`);if(!this.hasMatch)throw new L("perhaps no match attempted");if(0===B||this.hasGroups)return;const t=this.matcherInputLength,e=this.patternInput.re2().matchMachineInput(this.matcherInput,this.groups[0],t,this.anchorFlag,1+this.patternGroupCount,this.lookbehindState);if(!e[0])throw new L("inconsistency in matching group data");this.groups=e[1],this.hasGroups=!0}matches(){return this.genMatch(0,C.ANCHOR_BOTH)}lookingAt(){return this.genMatch(0,C.ANCHOR_START)}find(B=null){if(null!==B){if(!Number.isInteger(B)||B<0||B>this.matcherInputLength)throw new L(`start index out of bounds: ${B}`);return this.reset(),this.genMatch(B,0)}if(B=0,this.hasMatch&&(B=this.groups[1],this.groups[0]===this.groups[1])){const t=(this.matcherInput.isUTF16Encoding()?k.fromUTF16(this.matcherInput.asCharSequence(),0,this.matcherInputLength):k.fromUTF8(this.matcherInput.asBytes(),0,this.matcherInputLength)).step(B);t<0?B++:B+=7&t}return this.genMatch(B,C.UNANCHORED)}genMatch(B,t){const e=this.patternInput.re2().matchMachineInput(this.matcherInput,B,this.matcherInputLength,t,1,this.lookbehindState);return e[0]?(this.groups=e[1],this.hasMatch=!0,this.hasGroups=0===this.patternGroupCount,this.anchorFlag=t,!0):(this.hasMatch=!1,!1)}substring(B,t){return this.matcherInput.isUTF8Encoding()?T.utf8ByteArrayToString(this.matcherInput.asBytes().slice(B,t)):this.matcherInput.asCharSequence().substring(B,t).toString()}inputLength(){return this.matcherInputLength}appendReplacement(B,t=!1){let e="";const C=this.start(),r=this.end();return this.appendPos<C&&(e+=this.substring(this.appendPos,C)),this.appendPos=r,e+=t?this.appendReplacementInternalJava(B):this.appendReplacementInternalJs(B),e}appendReplacementInternalJava(B){let t="",e=0;const C=B.length;let r=0;for(;r<C;){const n=B.codePointAt(r);if(n!==p.CODES["\\"]){if(n===p.CODES.$){if(e<r&&(t+=B.substring(e,r)),r+1>=C)throw new L("Illegal group reference: group index is missing");const n=B.codePointAt(r+1);if(p.CODES[0]<=n&&n<=p.CODES[9]){let s=n-p.CODES[0],i=r+2;for(;i<C;i++){const t=B.codePointAt(i);if(t<p.CODES[0]||t>p.CODES[9]||10*s+t-p.CODES[0]>this.patternGroupCount)break;s=10*s+t-p.CODES[0]}if(s>this.patternGroupCount)throw new L(`n > number of groups: ${s}`);const a=this.group(s);null!==a&&(t+=a),r=i,e=r}else{if(n!==p.CODES["{"])throw new L("Illegal group reference");{let n=r+2;for(;n<C&&B.codePointAt(n)!==p.CODES["}"];)n++;if(n>=C)throw new L("named capture group is missing trailing '}'");const s=B.substring(r+2,n),i=this.group(s);null!==i&&(t+=i),r=n+1,e=r}}continue}r++}else{if(e<r&&(t+=B.substring(e,r)),r++,r>=C)throw new L("character to be escaped is missing");e=r,r++}}return e<C&&(t+=B.substring(e,C)),t}appendReplacementInternalJs(B){const t=B=>B>=48&&B<=57,e=this.patternGroupCount;let C="",r=0;for(;r<B.length;){const n=B.indexOf("$",r);if(n<0)break;C+=B.substring(r,n),r=n;const s=B.charCodeAt(r+1);if(s===p.CODES.$)C+="$",r+=2;else if(s===p.CODES["&"])C+=this.group(0),r+=2;else if(s===p.CODES["`"])C+=this.substring(0,this.start(0)),r+=2;else if(s===p.CODES["'"])C+=this.substring(this.end(0),this.matcherInputLength),r+=2;else if(t(s)){let n=1,i=s-48;const a=B.charCodeAt(r+2);if(t(a)&&10*i+a-48<=e&&(n=2,i=10*i+a-48),i>=1&&i<=e){const B=this.group(i);null!==B&&(C+=B)}else C+=B.substring(r,r+1+n);r+=1+n}else if(s===p.CODES["<"]&&this.hasNamedGroups){const t=B.indexOf(">",r+2);if(t<0)C+="$<",r+=2;else{const e=B.substring(r+2,t);if(Object.hasOwn(this.namedGroups,e)){const B=this.group(e);null!==B&&(C+=B)}r=t+1}}else C+="$",r+=1}return C+B.substring(r)}appendTail(){return this.substring(this.appendPos,this.matcherInputLength)}replaceAll(B,t=!1){return this.replace(B,!0,t)}replaceFirst(B,t=!1){return this.replace(B,!1,t)}replace(t,e=!0,C=!1){let r="";this.reset();const n="function"==typeof t;let s=null;if(n){if(this.groupCount()>=B.MAX_REPLACER_ARGS)throw new L("Too many capture groups to safely invoke replacer function");s=this.matcherInput.isUTF8Encoding()?this.matcherInput.asBytes():this.matcherInput.asCharSequence()}for(;this.find()&&(r+=n?this.appendReplacementFunc(t,s):this.appendReplacement(t,C),e););return r+=this.appendTail(),r}appendReplacementFunc(B,t){let e="";const C=this.start(),r=this.end();this.appendPos<C&&(e+=this.substring(this.appendPos,C)),this.appendPos=r;const n=this.matchArray();return n.push(C,t),this.hasNamedGroups&&n.push(this.namedGroupsObject()),e+=String(B(...n)),e}matchArray(){const B=[this.group(0)];for(let t=1;t<=this.patternGroupCount;t++){const e=this.group(t);B.push(null===e?void 0:e)}return B}namedGroupsObject(){if(!this.hasNamedGroups)return;const B=this.getNamedGroups();for(const t in B)null===B[t]&&(B[t]=void 0);return B}},U=class B{static ALT=1;static ALT_MATCH=2;static CAPTURE=3;static EMPTY_WIDTH=4;static FAIL=5;static MATCH=6;static NOP=7;static RUNE=8;static RUNE1=9;static RUNE_ANY=10;static RUNE_ANY_NOT_NL=11;static LB_WRITE=12;static LB_CHECK=13;static isRuneOp(t){return B.RUNE<=t&&t<=B.RUNE_ANY_NOT_NL}static escapeRunes(B){let t='"';for(let e of B)t+=T.escapeRune(e);return t+='"',t}constructor(B){this.op=B,this.out=0,this.arg=0,this.runes=new Int32Array(0),this.next=null}matchRune(B){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&C.FOLD_CASE)?A.equalsIgnoreCase(t,B):B===t}const t=this.runes.length;if(0===t)return!1;if(2===t||4===t||6===t||8===t){for(let e=0;e<t;e+=2){if(B<this.runes[e])return!1;if(B<=this.runes[e+1])return!0}return!1}let e=0,r=t>>1;for(;r>1;){const t=r>>1;e+=this.runes[e+t<<1]<=B?t:0,r-=t}e+=this.runes[e<<1]<=B?1:0;const n=e-1;return n>=0&&B<=this.runes[n<<1|1]}matchRunePos(B){if(1===this.runes.length){const t=this.runes[0];return 0!==(this.arg&C.FOLD_CASE)?A.equalsIgnoreCase(t,B)?0:-1:B===t?0:-1}const t=this.runes.length;if(0===t)return-1;if(2===t||4===t||6===t||8===t){for(let e=0;e<t;e+=2){if(B<this.runes[e])return-1;if(B<=this.runes[e+1])return Math.floor(e/2)}return-1}let e=0,r=t>>1;for(;r>1;){const t=r>>1;e+=this.runes[e+t<<1]<=B?t:0,r-=t}e+=this.runes[e<<1]<=B?1:0;const n=e-1;return n>=0&&B<=this.runes[n<<1|1]?n:-1}toString(){switch(this.op){case B.ALT:return`alt -> ${this.out}, ${this.arg}`;case B.ALT_MATCH:return`altmatch -> ${this.out}, ${this.arg}`;case B.CAPTURE:return`cap ${this.arg} -> ${this.out}`;case B.EMPTY_WIDTH:return`empty ${this.arg} -> ${this.out}`;case B.MATCH:return"match"+(0!==this.arg?` ${this.arg}`:"");case B.FAIL:return"fail";case B.NOP:return`nop -> ${this.out}`;case B.LB_WRITE:return`lbwrite ${this.arg} -> ${this.out}`;case B.LB_CHECK:return`lbcheck ${this.arg} -> ${this.out}`;case B.RUNE:return null===this.runes?"rune <null>":["rune ",B.escapeRunes(this.runes),0!==(this.arg&C.FOLD_CASE)?"/i":""," -> ",this.out].join("");case B.RUNE1:return`rune1 ${B.escapeRunes(this.runes)} -> ${this.out}`;case B.RUNE_ANY:return`any -> ${this.out}`;case B.RUNE_ANY_NOT_NL:return`anynotnl -> ${this.out}`;default:throw new Error("unhandled case in Inst.toString")}}},K=class B{constructor(B){this.sparse=new Int32Array(B),this.densePcs=new Int32Array(B),this.denseCaps=null,this.size=0,this.ncap=0,this.mainThreads=0}static INITIAL_THREADS=32;init(t){this.ncap=t;const e=Math.min(this.densePcs.length,B.INITIAL_THREADS)*t;(!this.denseCaps||this.denseCaps.length<e)&&(this.denseCaps=new Int32Array(e))}growCaps(B){const t=this.densePcs.length*this.ncap,e=new Int32Array(Math.min(t,Math.max(B,2*this.denseCaps.length)));e.set(this.denseCaps),this.denseCaps=e}contains(B){const t=this.sparse[B];return t<this.size&&this.densePcs[t]===B}isEmpty(){return 0===this.size}add(B){const t=this.size++;return this.sparse[B]=t,this.densePcs[t]=B,t}clear(){this.size=0,this.mainThreads=0}toString(){let B="{";for(let t=0;t<this.size;t++)0!==t&&(B+=", "),B+=this.densePcs[t];return B+="}",B}},Q=class{constructor(B){this.pos=-1,this.pcs=new Int32Array(B.numInst()),this.size=0,this.lbTable=new Int32Array(B.numLb+1)}reset(){this.pos=-1,this.size=0}},j=class B{static fromRE2(t){const e=new B;return e.prog=t.prog,e.re2=t,e.q0=new K(e.prog.numInst()),e.q1=new K(e.prog.numInst()),e.addStack=new Int32Array(2*(e.prog.numInst()+1)),e.matched=!1,e.matchcap=new Int32Array(e.prog.numCap<2?2:e.prog.numCap),e.ncap=0,e}constructor(){this.prog=null,this.re2=null,this.q0=null,this.q1=null,this.addStack=null,this.matched=!1,this.matchcap=null,this.ncap=0,this.lbTable=null}init(B){this.ncap=B,B>this.matchcap.length?this.matchcap=new Int32Array(B).fill(-1):this.matchcap.fill(-1),this.q0.init(B),this.q1.init(B),this.prog.numLb>0&&((!this.lbTable||this.lbTable.length<this.prog.numLb+1)&&(this.lbTable=new Int32Array(this.prog.numLb+1)),this.lbTable.fill(-1))}submatches(){return 0===this.ncap?T.emptyInts():T.toArray(this.matchcap.subarray(0,this.ncap))}match(B,t,e,r=null){const n=this.re2.cond;if(n===T.EMPTY_ALL)return!1;if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==t)return!1;this.matched=!1,this.matchcap.fill(-1);const s=this.prog.numLb>0,i=t;let a=t,o=!1;s&&(null!==r&&r.pos>=0&&r.pos<=t?(a=r.pos,o=!0):a=0);let u,l=s&&null!==r,c=this.q0,h=this.q1,p=B.step(a),D=p>>3,E=7&p,g=-1,f=0;for(p!==v.EOF()&&(p=B.step(a+E),g=p>>3,f=7&p),u=0===a?T.emptyOpContext(-1,D):B.context(a),s&&(o?this.restoreLookbehinds(r,c,u):this.spawnLookbehinds(c,a,u));;){if(0===c.mainThreads){if(0!==(n&T.EMPTY_BEGIN_TEXT)&&0!==a)break;if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==a)break;if(this.matched)break;if(0===this.prog.numLb&&c.isEmpty()&&0!==this.re2.prefix.length&&g!==this.re2.prefixRune&&B.canCheckPrefix()){const t=B.index(this.re2,a);if(t<0)break;a+=t,p=B.step(a),D=p>>3,E=7&p,p=B.step(a+E),g=p>>3,f=7&p,u=B.context(a)}}a>=i&&(l&&(this.saveLookbehinds(r,c,a),l=!1),this.matched||0!==a&&e!==C.UNANCHORED||(this.ncap>0&&(this.matchcap[0]=a),this.add(c,this.prog.start,a,this.matchcap,0,u)));const t=a+E;if(u=B.context(t),this.step(c,h,a,t,D,u,e,a===B.endPos()),0===E)break;if(0===this.ncap&&this.matched)break;a+=E,D=g,E=f,-1!==D&&(p=B.step(a+E),g=p>>3,f=7&p);const s=c;c=h,h=s}return c.clear(),h.clear(),this.matched}matchSet(B,t,e){const r=this.re2.cond;if(r===T.EMPTY_ALL)return[];if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==t)return[];let n=this.prog.numLb>0?0:t,s=t,i=this.q0,a=this.q1,o=B.step(n),u=o>>3,l=7&o,c=-1,h=0;o!==v.EOF()&&(o=B.step(n+l),c=o>>3,h=7&o);let p=0===n?T.emptyOpContext(-1,u):B.context(n);const D=new Set;for(this.prog.numLb>0&&this.spawnLookbehinds(i,n,p);;){if(0===i.mainThreads){if(0!==(r&T.EMPTY_BEGIN_TEXT)&&0!==n)break;if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==n)break}0!==n&&e!==C.UNANCHORED||n>=s&&this.add(i,this.prog.start,n,this.matchcap,0,p);const t=n+l;p=B.context(t);for(let r=0;r<i.size;r++){const s=i.densePcs[r],o=this.prog.inst[s],l=r*this.ncap;let c=!1;switch(o.op){case U.MATCH:if(e===C.ANCHOR_BOTH&&n!==B.endPos())break;D.add(o.arg);break;case U.RUNE:c=o.matchRune(u);break;case U.RUNE1:c=u===o.runes[0];break;case U.RUNE_ANY:c=!0;break;case U.RUNE_ANY_NOT_NL:c=10!==u;break;default:continue}c&&this.add(a,o.out,t,i.denseCaps,l,p)}if(i.clear(),0===l)break;n+=l,u=c,l=h,-1!==u&&(o=B.step(n+l),c=o>>3,h=7&o);const E=i;i=a,a=E}return a.clear(),Array.from(D).sort((B,t)=>B-t)}step(B,t,e,r,n,s,i,a){const o=this.re2.longest;for(let u=0;u<B.size;u++){const l=B.densePcs[u],c=u*this.ncap;if(o&&this.matched&&this.ncap>0&&this.matchcap[0]<B.denseCaps[c])continue;const h=this.prog.inst[l];let p=!1;switch(h.op){case U.MATCH:if(i===C.ANCHOR_BOTH&&!a)break;if(this.ncap>0&&(!o||!this.matched||this.matchcap[1]<e)){B.denseCaps[c+1]=e;for(let t=0;t<this.ncap;t++)this.matchcap[t]=B.denseCaps[c+t]}o||(B.size=0),this.matched=!0;break;case U.RUNE:p=h.matchRune(n);break;case U.RUNE1:p=n===h.runes[0];break;case U.RUNE_ANY:p=!0;break;case U.RUNE_ANY_NOT_NL:p=10!==n;break;default:continue}p&&this.add(t,h.out,r,B.denseCaps,c,s)}B.clear()}spawnLookbehinds(B,t,e){for(let C=0;C<this.prog.lbStarts.length;C++)this.add(B,this.prog.lbStarts[C],t,this.matchcap,0,e)}restoreLookbehinds(B,t,e){this.lbTable.set(B.lbTable);for(let C=0;C<B.size;C++)this.add(t,B.pcs[C],B.pos,this.matchcap,0,e)}saveLookbehinds(B,t,e){let C=0;for(let e=0;e<t.size;e++){const r=t.densePcs[e];1===this.prog.lbInst[r]&&U.isRuneOp(this.prog.inst[r].op)&&(B.pcs[C++]=r)}B.size=C,B.pos=e,B.lbTable.set(this.lbTable)}add(B,t,e,C,r,n){const s=this.addStack;let i=0;for(;;){for(;0!==t&&!B.contains(t);){const a=B.add(t),o=this.prog.inst[t];switch(o.op){case U.FAIL:t=0;break;case U.ALT:case U.ALT_MATCH:s[i++]=o.arg,s[i++]=0,t=o.out;break;case U.EMPTY_WIDTH:t=0===(o.arg&~n)?o.out:0;break;case U.NOP:t=o.out;break;case U.CAPTURE:o.arg<this.ncap&&(s[i++]=-o.arg-1,s[i++]=C[r+o.arg],C[r+o.arg]=e),t=o.out;break;case U.LB_WRITE:this.lbTable[Math.abs(o.arg)]=e,t=o.out;break;case U.LB_CHECK:t=o.arg>0?this.lbTable[o.arg]===e?o.out:0:this.lbTable[-o.arg]!==e?o.out:0;break;case U.MATCH:case U.RUNE:case U.RUNE1:case U.RUNE_ANY:case U.RUNE_ANY_NOT_NL:if(0===this.prog.lbInst[t]&&B.mainThreads++,this.ncap>0){const t=a*this.ncap;t+this.ncap>B.denseCaps.length&&B.growCaps(t+this.ncap);for(let e=0;e<this.ncap;e++)B.denseCaps[t+e]=C[r+e]}t=0;break;default:throw new m("unhandled")}}if(0===i)return;i-=2;const a=s[i];a<0?(C[r-a-1]=s[i+1],t=0):t=a}}};const Y=(B,t)=>{if(B.length!==t.length)return!1;for(let e=0;e<B.length;e++)if(B[e]!==t[e])return!1;return!0},q=(B,t,e,C)=>B.flag===e&&Y(B.nfaStates,t)&&Y(B.matchIDs,C),V=[];var z=class{constructor(B,t,e){this.nfaStates=B,this.flag=t,this.isMatch=0!==(t&X.FLAG_MATCH),this.matchIDs=e,this.next=null,this.nextAnchored=null}},X=class B{static FLAG_EMPTY_MASK=255;static FLAG_MATCH=256;static FLAG_LAST_WORD=512;static FLAG_NEED_SHIFT=16;static STATE_OVERHEAD=150;static ARRAY_OVERHEAD=40;static ELEMENT_SIZE=8;static TABLE_OVERHEAD=48;static PROGRESS_PER_STATE=10;constructor(B,t=8388608){this.prog=B,this.maxMem=t,this.stateCache=new Map,this.stateCount=0,this.startStates=new Map,this.failed=!1;for(let t=0;t<B.numInst();t++){const e=B.getInst(t).op;if(e===U.LB_WRITE||e===U.LB_CHECK){this.failed=!0;break}}this.computeRuneClasses(),this.stateBudget=t,this.memBudget=t}computeRuneClasses(){const B=new Set,t=(t,e)=>{B.add(t),B.add(e+1)};for(let B=0;B<this.prog.numInst();B++){const e=this.prog.getInst(B);switch(e.op){case U.RUNE:case U.RUNE1:if(1===e.runes.length){if(t(e.runes[0],e.runes[0]),0!==(e.arg&C.FOLD_CASE))for(let B=A.simpleFold(e.runes[0]);B!==e.runes[0];B=A.simpleFold(B))t(B,B)}else for(let B=0;B<e.runes.length;B+=2)t(e.runes[B],e.runes[B+1]);break;case U.RUNE_ANY_NOT_NL:t(10,10);break;case U.EMPTY_WIDTH:0!==(e.arg&(T.EMPTY_BEGIN_LINE|T.EMPTY_END_LINE))&&t(10,10),0!==(e.arg&(T.EMPTY_WORD_BOUNDARY|T.EMPTY_NO_WORD_BOUNDARY))&&(t(48,57),t(65,90),t(95,95),t(97,122))}}B.delete(0),this.classBounds=Int32Array.from(B).sort(),this.numClasses=this.classBounds.length+1;const e=new Int32Array(A.MAX_LATIN1+1);for(let B=0;B<=A.MAX_LATIN1;B++)e[B]=this.searchClass(B);this.latin1Class=e}runeClass(B){return B<=A.MAX_LATIN1?this.latin1Class[B]:this.searchClass(B)}searchClass(B){const t=this.classBounds;let e=0,C=t.length;for(;e<C;){const r=e+C>>1;t[r]<=B?e=r+1:C=r}return e}closure(B,t){const e=new Set,C=Array.from(B);let r=0;for(;C.length>0;){const B=C.pop();if(0===B||e.has(B))continue;e.add(B);const n=this.prog.getInst(B);switch(n.op){case U.ALT:case U.ALT_MATCH:C.push(n.out),C.push(n.arg);break;case U.NOP:case U.CAPTURE:C.push(n.out);break;case U.EMPTY_WIDTH:r|=n.arg,0===(n.arg&~t)&&C.push(n.out)}}return{pcs:Array.from(e).sort((B,t)=>B-t),needflags:r}}getState(t,e,C){const r=((B,t,e)=>{let C=-2128831035;for(let t=0;t<B.length;t++)C^=B[t],C=Math.imul(C,16777619);C^=t,C=Math.imul(C,16777619);for(let B=0;B<e.length;B++)C^=e[B],C=Math.imul(C,16777619);return C})(t,e,C),n=this.stateCache.get(r);if(n instanceof z){if(q(n,t,e,C))return n}else if(void 0!==n)for(let B=0;B<n.length;B++)if(q(n[B],t,e,C))return n[B];const s=B.stateCost(t,C);if(this.memBudget<s)return null;this.memBudget-=s;const i=new z(t,e,C);return void 0===n?this.stateCache.set(r,i):n instanceof z?this.stateCache.set(r,[n,i]):n.push(i),this.stateCount++,i}static stateCost(t,e){const C=0===e.length?0:B.ARRAY_OVERHEAD+B.ELEMENT_SIZE*e.length;return B.STATE_OVERHEAD+B.ELEMENT_SIZE*t.length+C}*cachedStates(){for(const B of this.stateCache.values())B instanceof z?yield B:yield*B}makeState(t,e,C){const r=this.closure(t,e&B.FLAG_EMPTY_MASK);let n=e;return 0===r.needflags&&(n&=B.FLAG_MATCH),n|=r.needflags<<B.FLAG_NEED_SHIFT,this.getState(r.pcs,n,C)}allocTable(t,e){const r=this.numClasses+1,n=B.TABLE_OVERHEAD+B.ELEMENT_SIZE*r;if(this.memBudget<n)return null;this.memBudget-=n;const s=new Array(r).fill(null);return e===C.UNANCHORED?t.next=s:t.nextAnchored=s,s}clearCache(){this.stateCache.clear(),this.stateCount=0,this.startStates.clear(),this.memBudget=this.stateBudget}resetCache(B){return this.clearCache(),this.getState(B.nfaStates,B.flag,B.matchIDs)}step(t,e,r,n){let s=n===C.UNANCHORED?t.next:t.nextAnchored;if(null!==s){const B=s[e];if(null!==B)return B}else if(s=this.allocTable(t,n),null===s)return null;const i=t.flag>>>B.FLAG_NEED_SHIFT,a=t.flag&B.FLAG_EMPTY_MASK;let o=a,u=0;10===r&&(o|=T.EMPTY_END_LINE,u|=T.EMPTY_BEGIN_LINE),-1===r&&(o|=T.EMPTY_END_LINE|T.EMPTY_END_TEXT);const l=0!==(t.flag&B.FLAG_LAST_WORD),c=-1!==r&&T.isWordRune(r);o|=c===l?T.EMPTY_NO_WORD_BOUNDARY:T.EMPTY_WORD_BOUNDARY;let h=t.nfaStates;0!==(o&~a&i)&&(h=this.closure(h,o).pcs);const p=[];let D=!1,E=V;for(let B=0;B<h.length;B++){const t=this.prog.getInst(h[B]);t.op===U.MATCH?(D||(D=!0,E=[]),E.push(t.arg)):-1!==r&&U.isRuneOp(t.op)&&t.matchRune(r)&&p.push(t.out)}E.length>1&&E.sort((B,t)=>B-t),n===C.UNANCHORED&&-1!==r&&p.push(this.prog.start);let g=u;D&&(g|=B.FLAG_MATCH),c&&(g|=B.FLAG_LAST_WORD);const f=this.makeState(p,g,E);return null===f?null:(s[e]=f,f)}start(t,e){const C=t.context(e);let r;if(0!==(C&T.EMPTY_BEGIN_TEXT))r=T.EMPTY_BEGIN_TEXT|T.EMPTY_BEGIN_LINE;else if(0!==(C&T.EMPTY_BEGIN_LINE))r=T.EMPTY_BEGIN_LINE;else{const n=t.step(e),s=n>=0&&T.isWordRune(n>>3);r=0!==(C&T.EMPTY_WORD_BOUNDARY)!==s?B.FLAG_LAST_WORD:0}let n=this.startStates.get(r);if(void 0===n){if(n=this.makeState([this.prog.start],r,V),null===n&&(this.clearCache(),n=this.makeState([this.prog.start],r,V),null===n))return null;this.startStates.set(r,n)}return n}stepOrReset(t,e,C,r,n,s){let i=this.step(t,e,C,r);if(null!==i)return i;if(s.resetPos>=0&&n-s.resetPos<B.PROGRESS_PER_STATE*this.stateCount)return null;s.resetPos=n;const a=this.resetCache(t);return null===a?null:(i=this.step(a,e,C,r),i)}run(B,t,e,r,n){const s=B.endPos(),i=this.latin1Class,a=e===C.UNANCHORED,o={resetPos:-1};let u=t;for(;u<s;){const t=B.step(u),C=t>>3,s=7&t;if(0===s)break;const l=C<=A.MAX_LATIN1?i[C]:this.runeClass(C);let c=a&&null!==r.next?r.next[l]:null;if(null===c&&(c=this.stepOrReset(r,l,C,e,u,o),null===c))return null;if((r=c).isMatch&&n(r,!1))return!0;if(!a&&0===r.nfaStates.length)return!1;u+=s}return null===(r=this.stepOrReset(r,this.numClasses,-1,e,u,o))?null:r.isMatch&&n(r,!0)}match(B,t,e){if(this.failed)return null;if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==t)return!1;const r=this.start(B,t);return null===r?null:this.run(B,t,e,r,(B,t)=>e!==C.ANCHOR_BOTH||t)}matchSet(B,t,e){if(this.failed)return null;if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==t)return[];const r=this.start(B,t);if(null===r)return null;const n=new Set;return null===this.run(B,t,e,r,(B,t)=>{if(e!==C.ANCHOR_BOTH||t)for(let t=0;t<B.matchIDs.length;t++)n.add(B.matchIDs[t]);return!1})?null:Array.from(n).sort((B,t)=>B-t)}};var W=class{constructor(){this.end=0,this.cap=new Int32Array(0),this.matchcap=new Int32Array(0),this.ncap=0,this.jobPc=new Int32Array(256),this.jobArg=new Uint8Array(256),this.jobPos=new Int32Array(256),this.jobLen=0,this.visited=new Uint32Array(0)}reset(B,t,e){this.end=t,this.jobLen=0,this.ncap=e;const C=B.numInst()*(t+1)+32-1>>>5;this.visited.length<C?this.visited=new Uint32Array(C):this.visited.fill(0,0,C),this.cap.length<e?this.cap=new Int32Array(e).fill(-1):this.cap.fill(-1,0,e),this.matchcap.length<e?this.matchcap=new Int32Array(e).fill(-1):this.matchcap.fill(-1,0,e)}shouldVisit(B,t){const e=B*(this.end+1)+t,C=e>>>5,r=1<<(31&e);return 0===(this.visited[C]&r)&&(this.visited[C]|=r,!0)}push(B,t,e,C){if(B.prog.getInst(t).op!==U.FAIL&&(C||this.shouldVisit(t,e))){if(this.jobLen>=this.jobPc.length){const B=2*this.jobPc.length,t=new Int32Array(B);t.set(this.jobPc),this.jobPc=t;const e=new Uint8Array(B);e.set(this.jobArg),this.jobArg=e;const C=new Int32Array(B);C.set(this.jobPos),this.jobPos=C}this.jobPc[this.jobLen]=t,this.jobArg[this.jobLen]=C?1:0,this.jobPos[this.jobLen]=e,this.jobLen++}}tryBacktrack(B,t,e,r,n){const s=B.longest;for(this.push(B,e,r,!1);this.jobLen>0;){this.jobLen--;let e=this.jobPc[this.jobLen],r=1===this.jobArg[this.jobLen],i=this.jobPos[this.jobLen],a=!0;for(;a||this.shouldVisit(e,i);){a=!1;const o=B.prog.getInst(e);switch(o.op){case U.FAIL:break;case U.ALT:if(r){r=!1,e=o.arg;continue}this.push(B,e,i,!0),e=o.out;continue;case U.ALT_MATCH:{const t=B.prog.getInst(o.out);if(U.isRuneOp(t.op)){this.push(B,o.arg,i,!1),e=o.arg,i=this.end;continue}this.push(B,o.out,this.end,!1),e=o.out;continue}case U.RUNE:{const B=t.step(i);if(B===v.EOF())break;if(!o.matchRune(B>>3))break;i+=7&B,e=o.out;continue}case U.RUNE1:{const B=t.step(i);if(B===v.EOF())break;if(B>>3!==o.runes[0])break;i+=7&B,e=o.out;continue}case U.RUNE_ANY_NOT_NL:{const B=t.step(i);if(B===v.EOF())break;if(B>>3==10)break;i+=7&B,e=o.out;continue}case U.RUNE_ANY:{const B=t.step(i);if(B===v.EOF())break;i+=7&B,e=o.out;continue}case U.CAPTURE:if(r){this.cap[o.arg]=i;break}o.arg<this.ncap&&(this.push(B,e,this.cap[o.arg],!0),this.cap[o.arg]=i),e=o.out;continue;case U.EMPTY_WIDTH:{const B=t.context(i);if(0!==(o.arg&~B))break;e=o.out;continue}case U.NOP:e=o.out;continue;case U.MATCH:{if(n===C.ANCHOR_BOTH&&i!==this.end)break;if(0===this.ncap)return!0;this.ncap>1&&(this.cap[1]=i);const B=this.matchcap[1];if((-1===B||s&&i>0&&i>B)&&this.matchcap.set(this.cap),!s)return!0;if(i===this.end)return!0;break}case U.LB_WRITE:case U.LB_CHECK:throw new m("Backtracker cannot evaluate Lookbehind instructions");default:throw new m("bad inst")}break}}return s&&this.matchcap.length>1&&this.matchcap[1]>=0}};const Z=[];var $=class B{static shouldBacktrack(B){return B.numInst()<=500}static maxBitStateLen(t){return B.shouldBacktrack(t)?Math.floor(262144/t.numInst()):0}static execute(B,t,e,r,n){const s=B.cond;if(s===T.EMPTY_ALL)return null;if((r===C.ANCHOR_START||r===C.ANCHOR_BOTH)&&0!==e)return null;if(0!==(s&T.EMPTY_BEGIN_TEXT)&&0!==e)return null;const i=Z.length>0?Z.pop():new W,a=t.endPos();i.reset(B.prog,a,n);let o=!1;if(0!==(s&T.EMPTY_BEGIN_TEXT)||r===C.ANCHOR_START||r===C.ANCHOR_BOTH)i.ncap>0&&(i.cap[0]=e),i.tryBacktrack(B,t,B.prog.start,e,r)&&(o=!0);else{let C=-1;for(;e<=a&&0!==C;e+=C){if(B.prefix.length>0){const C=t.index(B,e);if(C<0)break;e+=C}if(i.ncap>0&&(i.cap[0]=e),i.tryBacktrack(B,t,B.prog.start,e,r)){o=!0;break}const n=t.step(e);C=n===v.EOF()?0:7&n}}if(!o)return Z.push(i),null;const u=0===n?[]:T.toArray(i.matchcap.subarray(0,n));return Z.push(i),u}},BB=class{constructor(B){this.sparse=new Uint32Array(B),this.dense=new Uint32Array(B),this.size=0,this.nextIndex=0}empty(){return this.nextIndex>=this.size}next(){return this.dense[this.nextIndex++]}clear(){this.size=0,this.nextIndex=0}contains(B){return B<this.sparse.length&&this.sparse[B]<this.size&&this.dense[this.sparse[B]]===B}insert(B){this.contains(B)||this.insertNew(B)}insertNew(B){B>=this.sparse.length||(this.sparse[B]=this.size,this.dense[this.size]=B,this.size++)}};var tB=class{constructor(B){this.start=B.start,this.numCap=B.numCap,this.inst=new Array(B.inst.length);for(let t=0;t<B.inst.length;t++){const e=B.inst[t],C=new U(e.op);C.out=e.out,C.arg=e.arg,C.runes=e.runes?new Int32Array(e.runes):new Int32Array(0),C.next=null,this.inst[t]=C}}};var eB=class B{static compile(B){if(0===B.start)return null;if(B.numLb>0)return null;const t=B.inst[B.start];if(t.op!==U.EMPTY_WIDTH||0===(t.arg&T.EMPTY_BEGIN_TEXT))return null;let e=!1;for(let t=0;t<B.inst.length;t++)if(B.inst[t].op===U.ALT||B.inst[t].op===U.ALT_MATCH){e=!0;break}for(let t=0;t<B.inst.length;t++){const C=B.inst[t],r=B.inst[C.out].op;switch(C.op){case U.ALT:case U.ALT_MATCH:if(r===U.MATCH||B.inst[C.arg].op===U.MATCH)return null;break;case U.EMPTY_WIDTH:if(r===U.MATCH){if((C.arg&T.EMPTY_END_TEXT)===T.EMPTY_END_TEXT)continue;return null}break;default:if(r===U.MATCH&&e)return null}}let r=(B=>{const t=new tB(B);for(let B=0;B<t.inst.length;B++){const e=t.inst[B];if(e.op!==U.ALT&&e.op!==U.ALT_MATCH)continue;let C="out",r="arg",n=t.inst[e[r]];if(n.op!==U.ALT&&n.op!==U.ALT_MATCH&&(C="arg",r="out",n=t.inst[e[r]],n.op!==U.ALT&&n.op!==U.ALT_MATCH))continue;const s=t.inst[e[C]];if(s.op===U.ALT||s.op===U.ALT_MATCH)continue;let i="out",a="arg",o=!1;n.out===B?o=!0:n.arg===B&&(o=!0,i="arg",a="out"),o&&(n[i]=e[C]),e[C]===n[i]&&(e[r]=n[a])}return t})(B);return r=(B=>{if(B.inst.length>=1e3)return null;const t=new BB(B.inst.length),e=new BB(B.inst.length),r=new Array(B.inst.length),n=new Array(B.inst.length).fill(!1),s=i=>{let a=!0;const o=B.inst[i];if(e.contains(i))return!0;switch(e.insert(i),o.op){case U.ALT:case U.ALT_MATCH:{a=s(o.out)&&s(o.arg);let B=n[o.out],t=n[o.arg];if(B&&t)return!1;if(t){const e=o.out;o.out=o.arg,o.arg=e;const C=B;B=t,t=C}B&&(n[i]=!0,o.op=U.ALT_MATCH);const e=((B,t,e,C)=>{const r=B.length,n=t.length;let s=0,i=0;const a=[],o=[];let u=!0,l=-1;const c=r=>{const n=r?B:t,u=r?s:i,c=r?e:C;return!(l>0&&n[u]<=a[l]||(a.push(n[u],n[u+1]),r?s+=2:i+=2,l+=2,o.push(c),0))};for(;s<r||i<n;)if(u=i>=n?c(!0):s>=r||t[i]<B[s]?c(!1):c(!0),!u)return null;return{merged:a,next:o}})(r[o.out]||[],r[o.arg]||[],o.out,o.arg);if(!e)return!1;r[i]=new Int32Array(e.merged),o.next=new Uint32Array(e.next);break}case U.CAPTURE:case U.EMPTY_WIDTH:case U.NOP:a=s(o.out),n[i]=n[o.out],r[i]=r[o.out]?new Int32Array(r[o.out]):new Int32Array(0),o.next=new Uint32Array(Math.floor(r[i].length/2)+1).fill(o.out);break;case U.MATCH:case U.FAIL:n[i]=o.op===U.MATCH;break;case U.RUNE:{if(n[i]=!1,o.next&&o.next.length>0)break;if(t.insert(o.out),!o.runes||0===o.runes.length){r[i]=new Int32Array(0),o.next=new Uint32Array([o.out]);break}let B=[];if(1===o.runes.length&&0!==(o.arg&C.FOLD_CASE)){const t=o.runes[0];B.push(t,t);for(let e=A.simpleFold(t);e!==t;e=A.simpleFold(e))B.push(e,e);B.sort((B,t)=>B-t)}else for(let t=0;t<o.runes.length;t++)B.push(o.runes[t]);r[i]=new Int32Array(B),o.next=new Uint32Array(Math.floor(B.length/2)+1).fill(o.out),o.op=U.RUNE;break}case U.RUNE1:{if(n[i]=!1,o.next&&o.next.length>0)break;t.insert(o.out);let B=[];if(0!==(o.arg&C.FOLD_CASE)){const t=o.runes[0];B.push(t,t);for(let e=A.simpleFold(t);e!==t;e=A.simpleFold(e))B.push(e,e);B.sort((B,t)=>B-t)}else B.push(o.runes[0],o.runes[0]);r[i]=new Int32Array(B),o.next=new Uint32Array(Math.floor(B.length/2)+1).fill(o.out),o.op=U.RUNE;break}case U.RUNE_ANY:if(n[i]=!1,o.next&&o.next.length>0)break;t.insert(o.out),r[i]=new Int32Array([0,A.MAX_RUNE]),o.next=new Uint32Array([o.out]);break;case U.RUNE_ANY_NOT_NL:if(n[i]=!1,o.next&&o.next.length>0)break;t.insert(o.out),r[i]=new Int32Array([0,9,11,A.MAX_RUNE]),o.next=new Uint32Array(Math.floor(r[i].length/2)+1).fill(o.out)}return a};for(t.clear(),t.insert(B.start);!t.empty();)if(e.clear(),!s(t.next()))return null;for(let t=0;t<B.inst.length;t++)r[t]&&(B.inst[t].runes=r[t]);return B})(r),null!==r&&((B,t)=>{for(let e=0;e<t.inst.length;e++){const C=t.inst[e];switch(C.op){case U.ALT:case U.ALT_MATCH:case U.RUNE:break;case U.CAPTURE:case U.EMPTY_WIDTH:case U.NOP:case U.MATCH:case U.FAIL:B.inst[e].next=null;break;case U.RUNE1:case U.RUNE_ANY:case U.RUNE_ANY_NOT_NL:B.inst[e].next=null,B.inst[e].op=C.op,B.inst[e].runes=C.runes?new Int32Array(C.runes):new Int32Array(0)}}})(r,B),r}static next(B,t){const e=B.matchRunePos(t);return e>=0?B.next[e]:B.op===U.ALT_MATCH?B.out:0}static execute(t,e,r,n,s){const i=t.onepass;if(!i)return null;const a=new Int32Array(s).fill(-1);let o=!1,u=e.step(r),l=u>>3,c=7&u,h=v.EOF(),p=-1,D=0;u!==v.EOF()&&(h=e.step(r+c),h!==v.EOF()&&(p=h>>3,D=7&h));let E,g=0===r?T.emptyOpContext(-1,l):e.context(r),f=i.start;for(;;){switch(E=i.inst[f],f=E.out,E.op){case U.MATCH:return n===C.ANCHOR_BOTH&&r!==e.endPos()?null:(o=!0,a.length>0&&(a[0]=0,a[1]=r),0===s?[]:T.toArray(a));case U.RUNE:if(!E.matchRune(l))return null;break;case U.RUNE1:if(l!==E.runes[0])return null;break;case U.RUNE_ANY:break;case U.RUNE_ANY_NOT_NL:if(10===l)return null;break;case U.ALT:case U.ALT_MATCH:f=B.next(E,l);continue;case U.FAIL:return null;case U.NOP:continue;case U.EMPTY_WIDTH:if(0!==(E.arg&~g))return null;continue;case U.CAPTURE:E.arg<a.length&&(a[E.arg]=r);continue;default:throw new m("bad inst")}if(0===c)break;g=T.emptyOpContext(l,p),r+=c,l=p,c=D,-1!==l&&(h=e.step(r+c),h!==v.EOF()?(p=h>>3,D=7&h):(p=-1,D=0))}return o?0===s?[]:T.toArray(a):null}},CB=class B{static Op=b(["NO_MATCH","EMPTY_MATCH","LITERAL","CHAR_CLASS","ANY_CHAR_NOT_NL","ANY_CHAR","BEGIN_LINE","END_LINE","BEGIN_TEXT","END_TEXT","WORD_BOUNDARY","NO_WORD_BOUNDARY","CAPTURE","STAR","PLUS","QUEST","REPEAT","CONCAT","ALTERNATE","PLB","NLB","LEFT_PAREN","VERTICAL_BAR"]);static isPseudoOp(t){return t>=B.Op.LEFT_PAREN}static emptySubs(){return[]}static quoteIfHyphen(B){return B===p.CODES["-"]?"\\":""}static fromRegexp(t){const e=new B(t.op);return e.flags=t.flags,e.subs=t.subs,e.runes=t.runes,e.cap=t.cap,e.min=t.min,e.max=t.max,e.name=t.name,e.namedGroups=t.namedGroups,e.lb=t.lb,e}constructor(t){this.op=t,this.flags=0,this.subs=B.emptySubs(),this.runes=new Int32Array(0),this.min=0,this.max=0,this.cap=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}reinit(){this.flags=0,this.subs=B.emptySubs(),this.runes=new Int32Array(0),this.cap=0,this.min=0,this.max=0,this.name=null,this.namedGroups=Object.create(null),this.lb=0}toString(){return this.appendTo()}appendTo(){let t="";switch(this.op){case B.Op.NO_MATCH:t+="[^\\x00-\\x{10FFFF}]";break;case B.Op.EMPTY_MATCH:t+="(?:)";break;case B.Op.STAR:case B.Op.PLUS:case B.Op.QUEST:case B.Op.REPEAT:{const e=this.subs[0];switch(e.op>B.Op.CAPTURE||e.op===B.Op.LITERAL&&e.runes.length>1?t+=`(?:${e.appendTo()})`:t+=e.appendTo(),this.op){case B.Op.STAR:t+="*";break;case B.Op.PLUS:t+="+";break;case B.Op.QUEST:t+="?";break;case B.Op.REPEAT:t+=`{${this.min}`,this.min!==this.max&&(t+=",",this.max>=0&&(t+=this.max)),t+="}"}0!==(this.flags&C.NON_GREEDY)&&(t+="?");break}case B.Op.CONCAT:for(let e of this.subs)e.op===B.Op.ALTERNATE?t+=`(?:${e.appendTo()})`:t+=e.appendTo();break;case B.Op.ALTERNATE:{let B="";for(let e of this.subs)t+=B,B="|",t+=e.appendTo();break}case B.Op.LITERAL:0!==(this.flags&C.FOLD_CASE)&&(t+="(?i:");for(let B of this.runes)t+=T.escapeRune(B);0!==(this.flags&C.FOLD_CASE)&&(t+=")");break;case B.Op.ANY_CHAR_NOT_NL:t+="(?-s:.)";break;case B.Op.ANY_CHAR:t+="(?s:.)";break;case B.Op.PLB:t+=`(?<=${this.subs[0].appendTo()})`;break;case B.Op.NLB:t+=`(?<!${this.subs[0].appendTo()})`;break;case B.Op.CAPTURE:null===this.name||0===this.name.length?t+="(":t+=`(?P<${this.name}>`,this.subs[0].op!==B.Op.EMPTY_MATCH&&(t+=this.subs[0].appendTo()),t+=")";break;case B.Op.BEGIN_TEXT:t+="\\A";break;case B.Op.END_TEXT:0!==(this.flags&C.WAS_DOLLAR)?t+="(?-m:$)":t+="\\z";break;case B.Op.BEGIN_LINE:t+="^";break;case B.Op.END_LINE:t+="$";break;case B.Op.WORD_BOUNDARY:t+="\\b";break;case B.Op.NO_WORD_BOUNDARY:t+="\\B";break;case B.Op.CHAR_CLASS:if(this.runes.length%2!=0){t+="[invalid char class]";break}if(t+="[",0===this.runes.length)t+="^\\x00-\\x{10FFFF}";else if(0===this.runes[0]&&this.runes[this.runes.length-1]===A.MAX_RUNE){t+="^";for(let e=1;e<this.runes.length-1;e+=2){const C=this.runes[e]+1,r=this.runes[e+1]-1;t+=B.quoteIfHyphen(C),t+=T.escapeRune(C),C!==r&&(t+="-",t+=B.quoteIfHyphen(r),t+=T.escapeRune(r))}}else for(let e=0;e<this.runes.length;e+=2){const C=this.runes[e],r=this.runes[e+1];t+=B.quoteIfHyphen(C),t+=T.escapeRune(C),C!==r&&(t+="-",t+=B.quoteIfHyphen(r),t+=T.escapeRune(r))}t+="]";break;default:t+=this.op}return t}maxCap(){let t=0;if(this.op===B.Op.CAPTURE&&(t=this.cap),null!==this.subs)for(let B of this.subs){const e=B.maxCap();t<e&&(t=e)}return t}equals(t){if(!(null!==t&&t instanceof B))return!1;if(this.op!==t.op)return!1;switch(this.op){case B.Op.END_TEXT:if((this.flags&C.WAS_DOLLAR)!==(t.flags&C.WAS_DOLLAR))return!1;break;case B.Op.LITERAL:case B.Op.CHAR_CLASS:if((this.flags&C.FOLD_CASE)!==(t.flags&C.FOLD_CASE))return!1;if(null===this.runes&&null===t.runes)break;if(null===this.runes||null===t.runes)return!1;if(this.runes.length!==t.runes.length)return!1;for(let B=0;B<this.runes.length;B++)if(this.runes[B]!==t.runes[B])return!1;break;case B.Op.ALTERNATE:case B.Op.CONCAT:if(this.subs.length!==t.subs.length)return!1;for(let B=0;B<this.subs.length;++B)if(!this.subs[B].equals(t.subs[B]))return!1;break;case B.Op.STAR:case B.Op.PLUS:case B.Op.QUEST:if((this.flags&C.NON_GREEDY)!==(t.flags&C.NON_GREEDY)||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.REPEAT:if((this.flags&C.NON_GREEDY)!==(t.flags&C.NON_GREEDY)||this.min!==t.min||this.max!==t.max||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.CAPTURE:if(this.cap!==t.cap||(null===this.name?null!==t.name:this.name!==t.name)||!this.subs[0].equals(t.subs[0]))return!1;break;case B.Op.PLB:case B.Op.NLB:if(this.lb!==t.lb||!this.subs[0].equals(t.subs[0]))return!1}return!0}},rB=class{static walk(B,t){const e=[];let C,r=B;for(;;){if(0===r.subs.length)C=t.leaf(r);else{const B=t.enter(r);if(void 0===B.result){e.push({re:r,state:B,i:0}),r=r.subs[0];continue}C=B.result}for(;;){if(0===e.length)return C;const B=e[e.length-1];if(t.child(B.re,B.state,C,B.i),B.i++,void 0===B.state.result&&B.i<B.re.subs.length){r=B.re.subs[B.i];break}e.pop(),C=void 0!==B.state.result?B.state.result:t.leave(B.re,B.state)}}}},nB=class{constructor(B,t){const e=new Map,C=[0],r=[0],n=[0],s=[0];for(const i of B){let B=0;for(let a=0;a<i.length;a++){const o=B*t+i[a];let u=e.get(o);void 0===u&&(u=C.length,e.set(o,u),C.push(B),r.push(i[a]),n.push(n[B]+1),s.push(0)),B=u}s[B]=1}const i=C.length,a=new Int32Array(i-1);for(let B=1;B<i;B++)a[B-1]=B;a.sort((B,t)=>C[B]-C[t]||r[B]-r[t]);const o=new Int32Array(i+1);for(let B=1;B<i;B++)o[C[B]+1]++;for(let B=0;B<i;B++)o[B+1]+=o[B];const u=new Int32Array(i-1);for(let B=0;B<a.length;B++)u[B]=r[a[B]];this.childStart=o,this.childUnit=u,this.childNode=a;const l=new Int32Array(i);for(let B=0;B<i;B++)l[B]=B;l.sort((B,t)=>n[B]-n[t]);const c=new Int32Array(i),h=Uint8Array.from(s);for(let B=1;B<i;B++){const t=l[B],e=C[t];if(0!==e){let B=c[e],C=this.next(B,r[t]);for(;C<0&&0!==B;)B=c[B],C=this.next(B,r[t]);c[t]=C>=0?C:0}h[t]|=h[c[t]]}this.fail=c,this.match=h}next(B,t){let e=this.childStart[B],C=this.childStart[B+1];const r=this.childUnit;for(;e<C;){const B=e+C>>1,n=r[B];if(n===t)return this.childNode[B];n<t?e=B+1:C=B}return-1}advance(B,t){for(;;){const e=this.next(B,t);if(e>=0)return e;if(0===B)return 0;B=this.fail[B]}}searchUTF16(B,t,e){let C=0;for(let r=t;r<e;r++)if(C=this.advance(C,B.charCodeAt(r)),1===this.match[C])return!0;return!1}searchUTF8(B,t,e){let C=0;for(let r=t;r<e;r++)if(C=this.advance(C,B[r]),1===this.match[C])return!0;return!1}},sB=class B{static Type={NONE:0,EXACT:1,AND:2,OR:3};static MAX_SCANS=32;static MAX_AC_UNITS=1<<18;constructor(t){this.type=t,this.subs=[],this.str="",this.bytes=null,this.cost=t===B.Type.EXACT?1:0,this.allExact=!1,this.ac16=null,this.ac8=null}automaton16(){if(null===this.ac16){const B=this.subs.map(B=>{const t=new Array(B.str.length);for(let e=0;e<B.str.length;e++)t[e]=B.str.charCodeAt(e);return t});this.ac16=new nB(B,65536)}return this.ac16}automaton8(){return null===this.ac8&&(this.ac8=new nB(this.subs.map(B=>B.bytes),256)),this.ac8}eval(t,e){switch(this.type){case B.Type.NONE:return!0;case B.Type.EXACT:return t.hasString(this,e);case B.Type.AND:for(let B=0;B<this.subs.length;B++)if(!this.subs[B].eval(t,e))return!1;return!0;case B.Type.OR:if(this.allExact)return t.hasAnyString(this,e);for(let B=0;B<this.subs.length;B++)if(this.subs[B].eval(t,e))return!0;return!1;default:return!0}}},iB=class B{static build(t){return t?rB.walk(t,B.WALKER):new sB(sB.Type.NONE)}static WALKER={leaf:t=>B.leaf(t),enter:t=>B.enter(t),child:(t,e,C)=>B.child(t,e,C),leave:(t,e)=>B.leave(t,e)};static leaf(B){if(B.op!==CB.Op.LITERAL)return new sB(sB.Type.NONE);if(0===B.runes.length||0!==(B.flags&C.FOLD_CASE))return new sB(sB.Type.NONE);let t="";for(let e=0;e<B.runes.length;e++){if(A.isUnsearchable(B.runes[e]))return new sB(sB.Type.NONE);t+=String.fromCodePoint(B.runes[e])}const e=new sB(sB.Type.EXACT);return e.str=t,e.bytes=T.stringToUtf8ByteArray(e.str),e}static enter(B){switch(B.op){case CB.Op.CAPTURE:case CB.Op.PLUS:return{sub:null};case CB.Op.REPEAT:return B.min>=1?{sub:null}:{result:new sB(sB.Type.NONE)};case CB.Op.CONCAT:return{pf:new sB(sB.Type.AND),subs:[]};case CB.Op.ALTERNATE:return{pf:new sB(sB.Type.OR),subs:[]};default:return{result:new sB(sB.Type.NONE)}}}static child(B,t,e){if(void 0!==t.subs)if(t.pf.type!==sB.Type.AND)if(e.type!==sB.Type.NONE)if(e.type!==sB.Type.OR)t.subs.push(e);else for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);else t.result=new sB(sB.Type.NONE);else{if(e.type===sB.Type.NONE)return;if(e.type===sB.Type.AND){for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}t.subs.push(e)}else t.sub=e}static leave(B,t){if(void 0===t.subs)return t.sub;const e=t.pf,C=new Set,r=[];for(const B of t.subs){if(B.type===sB.Type.EXACT){if(C.has(B.str))continue;C.add(B.str)}r.push(B)}if(e.type===sB.Type.AND){const B=[];let t=0;for(const e of r)t+e.cost>sB.MAX_SCANS||(B.push(e),t+=e.cost);return 0===B.length?new sB(sB.Type.NONE):1===B.length?B[0]:(e.subs=B,e.cost=t,e)}if(0===r.length)return new sB(sB.Type.NONE);if(1===r.length)return r[0];e.subs=r;let n=!0,s=0,i=0;for(const B of r)B.type!==sB.Type.EXACT?n=!1:i+=B.bytes.length,s+=B.cost;return n?i>sB.MAX_AC_UNITS?new sB(sB.Type.NONE):(e.allExact=!0,e.cost=1,e):s>sB.MAX_SCANS?new sB(sB.Type.NONE):(e.cost=s,e)}},aB=class{constructor(B=0,t=0){this.head=B,this.tail=t}},oB=class{constructor(){this.inst=[],this.start=0,this.numCap=2,this.lbStarts=[],this.numLb=0,this.lbInst=null}getInst(B){return this.inst[B]}numInst(){return this.inst.length}addInst(B){this.inst.push(new U(B))}markLookbehindInsts(){const B=new Uint8Array(this.inst.length),t=this.lbStarts.slice();for(;t.length>0;){const e=t.pop();if(0===e||1===B[e])continue;B[e]=1;const C=this.inst[e];switch(C.op){case U.ALT:case U.ALT_MATCH:t.push(C.out,C.arg);break;case U.MATCH:case U.FAIL:break;default:t.push(C.out)}}this.lbInst=B}skipNop(B){let t=this.inst[B];for(;t.op===U.NOP||t.op===U.CAPTURE;)t=this.inst[B],B=t.out;return t}prefix(){let B="",t=this.skipNop(this.start);if(!U.isRuneOp(t.op)||1!==t.runes.length)return[t.op===U.MATCH,B];for(;U.isRuneOp(t.op)&&1===t.runes.length&&0===(t.arg&C.FOLD_CASE)&&!A.isUnsearchable(t.runes[0]);)B+=String.fromCodePoint(t.runes[0]),t=this.skipNop(t.out);return[t.op===U.MATCH,B]}startCond(){let B=0,t=this.start;B:for(;;){const e=this.inst[t];switch(e.op){case U.EMPTY_WIDTH:B|=e.arg;break;case U.FAIL:return-1;case U.CAPTURE:case U.NOP:break;default:break B}t=e.out}return B}patch(B,t){let e=B.head;for(;0!==e;){const B=this.inst[e>>1];1&e?(e=B.arg,B.arg=t):(e=B.out,B.out=t)}}append(B,t){if(0===B.head)return t;if(0===t.head)return B;const e=this.inst[B.tail>>1];return 1&B.tail?e.arg=t.head:e.out=t.head,new aB(B.head,t.tail)}toString(){let B="";for(let t=0;t<this.inst.length;t++){const e=B.length;B+=t,t===this.start&&(B+="*"),B+="        ".substring(B.length-e),B+=this.inst[t],B+="\n"}return B}};const uB=new Int32Array([0,p.CODES["\n"]-1,p.CODES["\n"]+1,A.MAX_RUNE]),lB=new Int32Array([0,A.MAX_RUNE]);var cB=class{constructor(B=0,t=new aB,e=!1){this.i=B,this.out=t,this.nullable=e}},hB=class B{static compileRegexp(t){const e=new B,C=e.compile(t);return e.prog.patch(C.out,e.newInst(U.MATCH).i),e.prog.start=C.i,e.prog.markLookbehindInsts(),e.prog}static compileSet(t){const e=new B;if(0===t.length)return e.prog.start=e.newInst(U.FAIL).i,e.prog.markLookbehindInsts(),e.prog;let C=[];for(let B=0;B<t.length;B++){e.lbOffset=e.prog.numLb;const r=e.compile(t[B]),n=e.newInst(U.MATCH);e.prog.getInst(n.i).arg=B,e.prog.patch(r.out,n.i),C.push(r.i)}let r=C[0];for(let B=1;B<C.length;B++){const t=e.newInst(U.ALT),n=e.prog.getInst(t.i);n.out=r,n.arg=C[B],r=t.i}return e.prog.start=r,e.prog.markLookbehindInsts(),e.prog}constructor(){this.prog=new oB,this.newInst(U.FAIL),this.lbOffset=0,this.runeCache=new Map,this.walker={leaf:B=>this.leaf(B),enter:B=>this.enter(B),child:(B,t,e)=>this.child(B,t,e),leave:(B,t)=>this.leave(B,t)}}newInst(B){return this.prog.addInst(B),new cB(this.prog.numInst()-1,new aB,!0)}nop(){const B=this.newInst(U.NOP);return B.out=new aB(B.i<<1,B.i<<1),B}fail(){return new cB}cap(B){const t=this.newInst(U.CAPTURE);return t.out=new aB(t.i<<1,t.i<<1),this.prog.getInst(t.i).arg=B,this.prog.numCap<B+1&&(this.prog.numCap=B+1),t}cat(B,t){return 0===B.i||0===t.i?(this.prog.patch(B.out,0),this.prog.patch(t.out,0),this.fail()):(this.prog.patch(B.out,t.i),new cB(B.i,t.out,B.nullable&&t.nullable))}alt(B,t){if(0===B.i)return t;if(0===t.i)return B;const e=this.newInst(U.ALT),C=this.prog.getInst(e.i);return C.out=B.i,C.arg=t.i,e.out=this.prog.append(B.out,t.out),e.nullable=B.nullable||t.nullable,e}loop(B,t){const e=this.newInst(U.ALT),C=this.prog.getInst(e.i);return t?(C.arg=B.i,e.out=new aB(e.i<<1,e.i<<1)):(C.out=B.i,e.out=new aB(e.i<<1|1,e.i<<1|1)),this.prog.patch(B.out,e.i),e}quest(B,t){if(0===B.i)return this.nop();const e=this.newInst(U.ALT),C=this.prog.getInst(e.i);return t?(C.arg=B.i,e.out=new aB(e.i<<1,e.i<<1)):(C.out=B.i,e.out=new aB(e.i<<1|1,e.i<<1|1)),e.out=this.prog.append(e.out,B.out),e}star(B,t){return 0===B.i?this.nop():B.nullable?this.quest(this.plus(B,t),t):this.loop(B,t)}plus(B,t){return 0===B.i?this.fail():new cB(B.i,this.loop(B,t).out,B.nullable)}empty(B){const t=this.newInst(U.EMPTY_WIDTH);return this.prog.getInst(t.i).arg=B,t.out=new aB(t.i<<1,t.i<<1),t}rune(B,t){const e=this.newInst(U.RUNE);e.nullable=!1;const r=this.prog.getInst(e.i);return r.runes=B,t&=C.FOLD_CASE,1===B.length&&A.simpleFold(B[0])!==B[0]||(t&=~C.FOLD_CASE),r.arg=t,e.out=new aB(e.i<<1,e.i<<1),0===(t&C.FOLD_CASE)&&1===B.length||2===B.length&&B[0]===B[1]?r.op=U.RUNE1:2===B.length&&0===B[0]&&B[1]===A.MAX_RUNE?r.op=U.RUNE_ANY:4===B.length&&0===B[0]&&B[1]===p.CODES["\n"]-1&&B[2]===p.CODES["\n"]+1&&B[3]===A.MAX_RUNE&&(r.op=U.RUNE_ANY_NOT_NL),e}lookBehind(B,t){const e=Math.sign(t)*(Math.abs(t)+this.lbOffset),C=this.newInst(U.LB_WRITE);this.prog.getInst(C.i).arg=e;const r=this.rune(lB,0),n=this.star(r,!0),s=this.cat(n,B);this.prog.patch(s.out,C.i);const i=this.newInst(U.LB_CHECK);return this.prog.getInst(i.i).arg=e,this.prog.lbStarts.push(s.i),Math.abs(e)>this.prog.numLb&&(this.prog.numLb=Math.abs(e)),i.out=new aB(i.i<<1,i.i<<1),i}compile(B){return rB.walk(B,this.walker)}leaf(B){switch(B.op){case CB.Op.NO_MATCH:return this.fail();case CB.Op.EMPTY_MATCH:return this.nop();case CB.Op.LITERAL:{if(0===B.runes.length)return this.nop();let t=null;for(let e of B.runes){let C=this.runeCache.get(e);void 0===C&&(C=new Int32Array([e]),this.runeCache.set(e,C));const r=this.rune(C,B.flags);t=null===t?r:this.cat(t,r)}return t}case CB.Op.CHAR_CLASS:return this.rune(B.runes,B.flags);case CB.Op.ANY_CHAR_NOT_NL:return this.rune(uB,0);case CB.Op.ANY_CHAR:return this.rune(lB,0);case CB.Op.BEGIN_LINE:return this.empty(T.EMPTY_BEGIN_LINE);case CB.Op.END_LINE:return this.empty(T.EMPTY_END_LINE);case CB.Op.BEGIN_TEXT:return this.empty(T.EMPTY_BEGIN_TEXT);case CB.Op.END_TEXT:return this.empty(T.EMPTY_END_TEXT);case CB.Op.WORD_BOUNDARY:return this.empty(T.EMPTY_WORD_BOUNDARY);case CB.Op.NO_WORD_BOUNDARY:return this.empty(T.EMPTY_NO_WORD_BOUNDARY);case CB.Op.CONCAT:case CB.Op.ALTERNATE:return this.nop();default:throw new d("regexp: unhandled case in compile")}}enter(B){switch(B.op){case CB.Op.PLB:case CB.Op.NLB:case CB.Op.STAR:case CB.Op.PLUS:case CB.Op.QUEST:return{sub:null};case CB.Op.CAPTURE:return{bra:this.cap(B.cap<<1),sub:null};case CB.Op.CONCAT:case CB.Op.ALTERNATE:return{f:null};default:throw new d("regexp: unhandled case in compile")}}child(B,t,e){B.op===CB.Op.CONCAT?t.f=null===t.f?e:this.cat(t.f,e):B.op===CB.Op.ALTERNATE?t.f=null===t.f?e:this.alt(t.f,e):t.sub=e}leave(B,t){switch(B.op){case CB.Op.PLB:case CB.Op.NLB:return this.lookBehind(t.sub,B.lb);case CB.Op.CAPTURE:{const e=this.cap(B.cap<<1|1);return this.cat(this.cat(t.bra,t.sub),e)}case CB.Op.STAR:return this.star(t.sub,0!==(B.flags&C.NON_GREEDY));case CB.Op.PLUS:return this.plus(t.sub,0!==(B.flags&C.NON_GREEDY));case CB.Op.QUEST:return this.quest(t.sub,0!==(B.flags&C.NON_GREEDY));case CB.Op.CONCAT:case CB.Op.ALTERNATE:return t.f;default:throw new d("regexp: unhandled case in compile")}}},pB=class B{static simplify(t){return null===t?null:rB.walk(t,B.WALKER)}static WALKER={leaf:t=>B.leaf(t),enter:t=>B.enter(t),child:(t,e,C,r)=>B.child(t,e,C,r),leave:(t,e)=>B.leave(t,e)};static leaf(B){if(B.op===CB.Op.CHAR_CLASS){if(null===B.runes)return B;if(0===B.runes.length)return new CB(CB.Op.NO_MATCH);if(2===B.runes.length&&0===B.runes[0]&&B.runes[1]===A.MAX_RUNE)return new CB(CB.Op.ANY_CHAR);if(4===B.runes.length&&0===B.runes[0]&&B.runes[1]===p.CODES["\n"]-1&&B.runes[2]===p.CODES["\n"]+1&&B.runes[3]===A.MAX_RUNE)return new CB(CB.Op.ANY_CHAR_NOT_NL)}return B}static enter(B){switch(B.op){case CB.Op.PLB:case CB.Op.NLB:case CB.Op.CAPTURE:case CB.Op.STAR:case CB.Op.PLUS:case CB.Op.QUEST:return{sub:null};case CB.Op.CONCAT:case CB.Op.ALTERNATE:return{subs:[],changed:!1};case CB.Op.REPEAT:return 0===B.min&&0===B.max?{result:new CB(CB.Op.EMPTY_MATCH)}:{sub:null};default:return{result:B}}}static child(B,t,e,C){if(void 0!==t.subs){if(e!==B.subs[C]&&(t.changed=!0),B.op===CB.Op.CONCAT){if(e.op===CB.Op.NO_MATCH)return void(t.result=new CB(CB.Op.NO_MATCH));if(e.op===CB.Op.EMPTY_MATCH)return void(t.changed=!0);if(e.op===CB.Op.CONCAT){t.changed=!0;for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}}else{if(e.op===CB.Op.NO_MATCH)return void(t.changed=!0);if(e.op===CB.Op.ALTERNATE){t.changed=!0;for(let B=0;B<e.subs.length;B++)t.subs.push(e.subs[B]);return}}t.subs.push(e)}else t.sub=e}static leave(t,e){switch(t.op){case CB.Op.PLB:case CB.Op.NLB:case CB.Op.CAPTURE:{const B=e.sub;if(B!==t.subs[0]){const e=CB.fromRegexp(t);return e.runes=new Int32Array(0),e.subs=[B],e}return t}case CB.Op.CONCAT:case CB.Op.ALTERNATE:if(e.changed){const B=e.subs;if(0===B.length)return new CB(t.op===CB.Op.CONCAT?CB.Op.EMPTY_MATCH:CB.Op.NO_MATCH);if(1===B.length)return B[0];const C=CB.fromRegexp(t);return C.runes=new Int32Array(0),C.subs=B,C}return t;case CB.Op.STAR:case CB.Op.PLUS:case CB.Op.QUEST:return B.simplify1(t.op,t.flags,e.sub,t);case CB.Op.REPEAT:return B.simplifyRepeat(t,e.sub);default:return t}}static simplifyRepeat(t,e){if(-1===t.max){if(0===t.min)return B.simplify1(CB.Op.STAR,t.flags,e,null);if(1===t.min)return B.simplify1(CB.Op.PLUS,t.flags,e,null);const C=[];for(let B=0;B<t.min-1;B++)C.push(e);return C.push(B.simplify1(CB.Op.PLUS,t.flags,e,null)),B.concat(C)}if(1===t.min&&1===t.max)return e;let C=null;if(t.min>0){C=[];for(let B=0;B<t.min;B++)C.push(e)}if(t.max>t.min){let r=B.simplify1(CB.Op.QUEST,t.flags,e,null);for(let C=t.min+1;C<t.max;C++)r=B.simplify1(CB.Op.QUEST,t.flags,B.concat([e,r]),null);if(null===C)return r;C.push(r)}return null!==C?B.concat(C):new CB(CB.Op.NO_MATCH)}static concat(B){const t=[];for(let e=0;e<B.length;e++){const C=B[e];if(C.op===CB.Op.NO_MATCH)return new CB(CB.Op.NO_MATCH);if(C.op!==CB.Op.EMPTY_MATCH)if(C.op!==CB.Op.CONCAT)t.push(C);else for(let B=0;B<C.subs.length;B++)t.push(C.subs[B])}if(0===t.length)return new CB(CB.Op.EMPTY_MATCH);if(1===t.length)return t[0];const e=new CB(CB.Op.CONCAT);return e.subs=t,e}static simplify1(B,t,e,r){if(e.op===CB.Op.EMPTY_MATCH)return e;if(e.op===CB.Op.NO_MATCH)return B===CB.Op.PLUS?e:new CB(CB.Op.EMPTY_MATCH);if(B===e.op&&(t&C.NON_GREEDY)===(e.flags&C.NON_GREEDY))return e;if(null!==r&&r.op===B&&(r.flags&C.NON_GREEDY)===(t&C.NON_GREEDY)&&e===r.subs[0])return r;const n=new CB(B);return n.flags=t,n.subs=[e],n}},DB=class{constructor(B,t){this.sign=B,this.cls=t}};const EB=[48,57],gB=[9,10,12,13,32,32],fB=[48,57,65,90,95,95,97,122],FB=new Map([["\\d",new DB(1,EB)],["\\D",new DB(-1,EB)],["\\s",new DB(1,gB)],["\\S",new DB(-1,gB)],["\\w",new DB(1,fB)],["\\W",new DB(-1,fB)]]),OB=[48,57,65,90,97,122],AB=[65,90,97,122],IB=[0,127],GB=[9,9,32,32],dB=[0,31,127,127],LB=[48,57],wB=[33,126],mB=[97,122],RB=[32,126],HB=[33,47,58,64,91,96,123,126],NB=[9,13,32,32],TB=[65,90],bB=[48,57,65,90,95,95,97,122],_B=[48,57,65,70,97,102],xB=new Map([["[:alnum:]",new DB(1,OB)],["[:^alnum:]",new DB(-1,OB)],["[:alpha:]",new DB(1,AB)],["[:^alpha:]",new DB(-1,AB)],["[:ascii:]",new DB(1,IB)],["[:^ascii:]",new DB(-1,IB)],["[:blank:]",new DB(1,GB)],["[:^blank:]",new DB(-1,GB)],["[:cntrl:]",new DB(1,dB)],["[:^cntrl:]",new DB(-1,dB)],["[:digit:]",new DB(1,LB)],["[:^digit:]",new DB(-1,LB)],["[:graph:]",new DB(1,wB)],["[:^graph:]",new DB(-1,wB)],["[:lower:]",new DB(1,mB)],["[:^lower:]",new DB(-1,mB)],["[:print:]",new DB(1,RB)],["[:^print:]",new DB(-1,RB)],["[:punct:]",new DB(1,HB)],["[:^punct:]",new DB(-1,HB)],["[:space:]",new DB(1,NB)],["[:^space:]",new DB(-1,NB)],["[:upper:]",new DB(1,TB)],["[:^upper:]",new DB(-1,TB)],["[:word:]",new DB(1,bB)],["[:^word:]",new DB(-1,bB)],["[:xdigit:]",new DB(1,_B)],["[:^xdigit:]",new DB(-1,_B)]]);var SB=class B{static charClassToString(B,t){let e="[";for(let C=0;C<t;C+=2){C>0&&(e+=" ");const t=B[C],r=B[C+1];e+=t===r?`0x${t.toString(16)}`:`0x${t.toString(16)}-0x${r.toString(16)}`}return e+="]",e}static sortRanges(B,t){const e=t>>1,C=new Array(e);for(let B=0;B<e;B++)C[B]=B;C.sort((t,e)=>B[2*t]-B[2*e]||B[2*e+1]-B[2*t+1]);const r=B.slice(0,t);for(let t=0;t<e;t++)B[2*t]=r[2*C[t]],B[2*t+1]=r[2*C[t]+1]}constructor(B=T.emptyInts()){this.r=B,this.len=B.length}toArray(){return this.r instanceof Int32Array?this.len===this.r.length?this.r:this.r.subarray(0,this.len):new Int32Array(this.len===this.r.length?this.r:this.r.slice(0,this.len))}toGrowableArray(){return Array.isArray(this.r)?(this.r.length=this.len,this.r):Array.from(this.r.subarray(0,this.len))}cleanClass(){if(this.len<4)return this;B.sortRanges(this.r,this.len);let t=2;for(let B=2;B<this.len;B+=2){const e=this.r[B],C=this.r[B+1];e<=this.r[t-1]+1?C>this.r[t-1]&&(this.r[t-1]=C):(this.r[t]=e,this.r[t+1]=C,t+=2)}return this.len=t,this}appendLiteral(B,t){return 0!==(t&C.FOLD_CASE)?this.appendFoldedRange(B,B):this.appendRange(B,B)}appendRange(B,t){if(this.len>0)for(let e=2;e<=4;e+=2)if(this.len>=e){const C=this.r[this.len-e],r=this.r[this.len-e+1];if(B<=r+1&&C<=t+1)return B<C&&(this.r[this.len-e]=B),t>r&&(this.r[this.len-e+1]=t),this}return this.r[this.len++]=B,this.r[this.len++]=t,this}appendFoldedRange(B,t){if(B<=A.MIN_FOLD&&t>=A.MAX_FOLD)return this.appendRange(B,t);if(t<A.MIN_FOLD||B>A.MAX_FOLD)return this.appendRange(B,t);B<A.MIN_FOLD&&(this.appendRange(B,A.MIN_FOLD-1),B=A.MIN_FOLD),t>A.MAX_FOLD&&(this.appendRange(A.MAX_FOLD+1,t),t=A.MAX_FOLD);for(let e=B;e<=t;e++){this.appendRange(e,e);for(let B=A.simpleFold(e);B!==e;B=A.simpleFold(B))this.appendRange(B,B)}return this}appendClass(B){for(let t=0;t<B.length;t+=2)this.appendRange(B[t],B[t+1]);return this}appendFoldedClass(B){for(let t=0;t<B.length;t+=2)this.appendFoldedRange(B[t],B[t+1]);return this}appendNegatedClass(B){let t=0;for(let e=0;e<B.length;e+=2){const C=B[e],r=B[e+1];t<=C-1&&this.appendRange(t,C-1),t=r+1}return t<=A.MAX_RUNE&&this.appendRange(t,A.MAX_RUNE),this}appendTable(B){for(let t=0;t<B.length;++t){const e=B.getLo(t),C=B.getHi(t),r=B.getStride(t);if(1!==r)for(let B=e;B<=C;B+=r)this.appendRange(B,B);else this.appendRange(e,C)}return this}appendNegatedTable(B){let t=0;for(let e=0;e<B.length;++e){const C=B.getLo(e),r=B.getHi(e),n=B.getStride(e);if(1!==n)for(let B=C;B<=r;B+=n)t<=B-1&&this.appendRange(t,B-1),t=B+1;else t<=C-1&&this.appendRange(t,C-1),t=r+1}return t<=A.MAX_RUNE&&this.appendRange(t,A.MAX_RUNE),this}appendTableWithSign(B,t){return t<0?this.appendNegatedTable(B):this.appendTable(B)}negateClass(){let B=0,t=0;for(let e=0;e<this.len;e+=2){const C=this.r[e],r=this.r[e+1];B<=C-1&&(this.r[t]=B,this.r[t+1]=C-1,t+=2),B=r+1}return this.len=t,B<=A.MAX_RUNE&&(this.r[this.len++]=B,this.r[this.len++]=A.MAX_RUNE),this}appendClassWithSign(B,t){return t<0?this.appendNegatedClass(B):this.appendClass(B)}appendGroup(t,e){let C=t.cls;return e&&(C=(new B).appendFoldedClass(C).cleanClass().toArray()),this.appendClassWithSign(C,t.sign)}toString(){return B.charClassToString(this.r,this.len)}},yB=class{constructor(B){this.str=B,this.position=0}pos(){return this.position}rewindTo(B){this.position=B}more(){return this.position<this.str.length}peek(){return this.str.codePointAt(this.position)}skip(B){this.position+=B}skipString(B){this.position+=B.length}pop(){const B=this.str.codePointAt(this.position);return this.position+=T.charCount(B),B}lookingAt(B){return this.str.startsWith(B,this.position)}rest(){return this.str.substring(this.position)}from(B){return this.str.substring(B,this.position)}toString(){return this.rest()}},vB=class B{static ERR_INTERNAL_ERROR="regexp/syntax: internal error";static ERR_INVALID_CHAR_RANGE="invalid character class range";static ERR_INVALID_ESCAPE="invalid escape sequence";static ERR_INVALID_NAMED_CAPTURE="invalid named capture";static ERR_INVALID_PERL_OP="invalid or unsupported Perl syntax";static ERR_INVALID_REPEAT_OP="invalid nested repetition operator";static ERR_INVALID_REPEAT_SIZE="invalid repeat count";static ERR_MISSING_BRACKET="missing closing ]";static ERR_MISSING_PAREN="missing closing )";static ERR_MISSING_REPEAT_ARGUMENT="missing argument to repetition operator";static ERR_TRAILING_BACKSLASH="trailing backslash at end of expression";static ERR_DUPLICATE_NAMED_CAPTURE="duplicate capture group name";static ERR_UNEXPECTED_PAREN="unexpected )";static ERR_NESTING_DEPTH="expression nests too deeply";static ERR_LARGE="expression too large";static ERR_INVALID_CAPTURE_IN_LOOKBEHIND="invalid capture in lookbehind";static MAX_HEIGHT=1e3;static MAX_SIZE=1398101;static MAX_RUNES=33554432;static ANY_TABLE=new D(new Uint32Array([0,A.MAX_RUNE,1]));static ASCII_TABLE=new D(new Uint32Array([0,127,1]));static ASCII_FOLD_TABLE=new D(new Uint32Array([0,127,1,383,383,1,8490,8490,1]));static unicodeTable(t){return"Any"===t?{tab:B.ANY_TABLE,fold:B.ANY_TABLE,sign:1}:"Ascii"===t?{tab:B.ASCII_TABLE,fold:B.ASCII_FOLD_TABLE,sign:1}:"Assigned"===t?{tab:O.CATEGORIES.get("Cn"),fold:O.CATEGORIES.get("Cn"),sign:-1}:"Lc"===t?{tab:O.CATEGORIES.get("LC"),fold:O.FOLD_CATEGORIES.get("LC"),sign:1}:O.CATEGORIES.has(t)?{tab:O.CATEGORIES.get(t),fold:O.FOLD_CATEGORIES.get(t),sign:1}:O.SCRIPTS.has(t)?{tab:O.SCRIPTS.get(t),fold:O.FOLD_SCRIPT.get(t),sign:1}:null}static minFoldRune(B){if(B<A.MIN_FOLD||B>A.MAX_FOLD)return B;let t=B;const e=B;for(B=A.simpleFold(B);B!==e;B=A.simpleFold(B))t>B&&(t=B);return t}static leadingRegexp(B){if(B.op===CB.Op.EMPTY_MATCH)return null;if(B.op===CB.Op.CONCAT&&B.subs.length>0){const t=B.subs[0];return t.op===CB.Op.EMPTY_MATCH?null:t}return B}static literalRegexp(B,t){const e=new CB(CB.Op.LITERAL);return e.flags=t,e.runes=T.stringToRunes(B),e}static parse(t,e){return new B(t,e).parseInternal()}static parseRepeat(t){const e=t.pos();if(!t.more()||!t.lookingAt("{"))return-1;t.skip(1);const C=B.parseInt(t);if(-1===C)return-1;if(!t.more())return-1;let r;if(t.lookingAt(",")){if(t.skip(1),!t.more())return-1;if(t.lookingAt("}"))r=-1;else if(-1===(r=B.parseInt(t)))return-1}else r=C;if(!t.more()||!t.lookingAt("}"))return-1;if(t.skip(1),C<0||C>1e3||-2===r||r>1e3||r>=0&&C>r)throw new G(B.ERR_INVALID_REPEAT_SIZE,t.from(e));return C<<16|r&A.MAX_BMP}static isValidCaptureName(B){if(0===B.length)return!1;for(let t=0;t<B.length;t++){const e=B.codePointAt(t);if(e!==p.CODES._&&!T.isalnum(e))return!1}return!0}static parseInt(B){const t=B.pos();for(;B.more()&&B.peek()>=p.CODES[0]&&B.peek()<=p.CODES[9];)B.skip(1);const e=B.from(t);return 0===e.length||e.length>1&&e.codePointAt(0)===p.CODES[0]?-1:e.length>8?-2:parseInt(e,10)}static isCharClass(B){return B.op===CB.Op.LITERAL&&1===B.runes.length||B.op===CB.Op.CHAR_CLASS||B.op===CB.Op.ANY_CHAR_NOT_NL||B.op===CB.Op.ANY_CHAR}static matchRune(B,t){switch(B.op){case CB.Op.LITERAL:return 1===B.runes.length&&B.runes[0]===t;case CB.Op.CHAR_CLASS:for(let e=0;e<B.runes.length;e+=2)if(B.runes[e]<=t&&t<=B.runes[e+1])return!0;return!1;case CB.Op.ANY_CHAR_NOT_NL:return t!==p.CODES["\n"];case CB.Op.ANY_CHAR:return!0}return!1}static mergeCharClass(t,e){switch(t.op){case CB.Op.ANY_CHAR:break;case CB.Op.ANY_CHAR_NOT_NL:B.matchRune(e,p.CODES["\n"])&&(t.op=CB.Op.ANY_CHAR);break;case CB.Op.CHAR_CLASS:{const B=new SB(Array.isArray(t.runes)?t.runes:Array.from(t.runes));e.op===CB.Op.LITERAL?B.appendLiteral(e.runes[0],e.flags):B.appendClass(e.runes),t.runes=B.toGrowableArray();break}case CB.Op.LITERAL:if(e.runes[0]===t.runes[0]&&e.flags===t.flags)break;t.op=CB.Op.CHAR_CLASS,t.runes=(new SB).appendLiteral(t.runes[0],t.flags).appendLiteral(e.runes[0],e.flags).toGrowableArray()}}static parseEscape(t){const e=t.pos();if(t.skip(1),!t.more())throw new G(B.ERR_TRAILING_BACKSLASH);let C=t.pop();B:switch(C){case p.CODES[1]:case p.CODES[2]:case p.CODES[3]:case p.CODES[4]:case p.CODES[5]:case p.CODES[6]:case p.CODES[7]:if(!t.more()||t.peek()<p.CODES[0]||t.peek()>p.CODES[7])break;case p.CODES[0]:{let B=C-p.CODES[0];for(let e=1;e<3&&!(!t.more()||t.peek()<p.CODES[0]||t.peek()>p.CODES[7]);e++)B=8*B+t.peek()-p.CODES[0],t.skip(1);return B}case p.CODES.x:{if(!t.more())break;if(C=t.pop(),C===p.CODES["{"]){let B=0,e=0;for(;;){if(!t.more())break B;if(C=t.pop(),C===p.CODES["}"])break;const r=T.unhex(C);if(r<0)break B;if(e=16*e+r,e>A.MAX_RUNE)break B;B++}if(0===B)break B;return e}const B=T.unhex(C);if(!t.more())break;C=t.pop();const e=T.unhex(C);if(B<0||e<0)break;return 16*B+e}case p.CODES.a:return p.CODES[""];case p.CODES.f:return p.CODES["\f"];case p.CODES.n:return p.CODES["\n"];case p.CODES.r:return p.CODES["\r"];case p.CODES.t:return p.CODES["\t"];case p.CODES.v:return p.CODES["\v"];default:if(C<=A.MAX_ASCII&&!T.isalnum(C))return C}throw new G(B.ERR_INVALID_ESCAPE,t.from(e))}static parseClassChar(t,e){if(!t.more())throw new G(B.ERR_MISSING_BRACKET,t.from(e));return t.lookingAt("\\")?B.parseEscape(t):t.pop()}static hasCapture(t){if(null===t)return!1;if(t.op===CB.Op.CAPTURE)return!0;if(t.subs)for(let e of t.subs)if(B.hasCapture(e))return!0;return!1}constructor(B,t=0){this.wholeRegexp=B,this.flags=t,this.numCap=0,this.namedGroups=Object.create(null),this.stack=[],this.free=null,this.numRegexp=0,this.numRunes=0,this.repeats=0,this.height=null,this.size=null,this.nlb=0}newRegexp(B){let t=this.free;return null!==t&&null!==t.subs&&t.subs.length>0?(this.free=t.subs[0],t.reinit(),t.op=B):(t=new CB(B),this.numRegexp+=1),t}reuse(B){null!==this.height&&this.height.has(B)&&this.height.delete(B),null!==B.subs&&B.subs.length>0&&(B.subs[0]=this.free),this.free=B}checkLimits(t){if(this.numRunes>B.MAX_RUNES)throw new G(B.ERR_LARGE);this.checkSize(t),this.checkHeight(t)}checkSize(t){if(null===this.size){if(0===this.repeats&&(this.repeats=1),t.op===CB.Op.REPEAT){let e=t.max;-1===e&&(e=t.min),e<=0&&(e=1),e>Math.floor(B.MAX_SIZE/this.repeats)?this.repeats=B.MAX_SIZE:this.repeats*=e}if(this.numRegexp<Math.floor(B.MAX_SIZE/this.repeats))return;this.size=new Map;for(let B of this.stack)this.checkSize(B)}if(this.calcSize(t,!0)>B.MAX_SIZE)throw new G(B.ERR_LARGE)}calcSize(B,t=!1){if(!t&&null!==this.size&&this.size.has(B))return this.size.get(B);let e=0;switch(B.op){case CB.Op.LITERAL:e=B.runes.length;break;case CB.Op.PLB:case CB.Op.NLB:case CB.Op.CAPTURE:case CB.Op.STAR:e=2+this.calcSize(B.subs[0]);break;case CB.Op.PLUS:case CB.Op.QUEST:e=1+this.calcSize(B.subs[0]);break;case CB.Op.CONCAT:for(let t of B.subs)e+=this.calcSize(t);break;case CB.Op.ALTERNATE:for(let t of B.subs)e+=this.calcSize(t);B.subs.length>1&&(e=e+B.subs.length-1);break;case CB.Op.REPEAT:{let t=this.calcSize(B.subs[0]);if(-1===B.max){e=0===B.min?2+t:1+B.min*t;break}e=B.max*t+(B.max-B.min);break}}return e=Math.max(1,e),null===this.size&&(this.size=new Map),this.size.set(B,e),e}checkHeight(t){if(!(this.numRegexp<B.MAX_HEIGHT)){if(null===this.height){this.height=new Map;for(let B of this.stack)this.checkHeight(B)}if(this.calcHeight(t,!0)>B.MAX_HEIGHT)throw new G(B.ERR_NESTING_DEPTH)}}calcHeight(B,t=!1){if(!t&&null!==this.height&&this.height.has(B))return this.height.get(B);let e=1;for(let t of B.subs){const B=this.calcHeight(t);e<1+B&&(e=1+B)}return null===this.height&&(this.height=new Map),this.height.set(B,e),e}pop(){return this.stack.pop()}popToPseudo(){const B=this.stack.length;let t=B;for(;t>0&&!CB.isPseudoOp(this.stack[t-1].op);)t--;return this.stack.splice(t,B-t)}push(B){if(this.numRunes+=B.runes.length,B.op===CB.Op.CHAR_CLASS&&2===B.runes.length&&B.runes[0]===B.runes[1]){if(this.maybeConcat(B.runes[0],this.flags&~C.FOLD_CASE))return null;B.op=CB.Op.LITERAL,B.runes=[B.runes[0]],B.flags=this.flags&~C.FOLD_CASE}else if(B.op===CB.Op.CHAR_CLASS&&4===B.runes.length&&B.runes[0]===B.runes[1]&&B.runes[2]===B.runes[3]&&A.simpleFold(B.runes[0])===B.runes[2]&&A.simpleFold(B.runes[2])===B.runes[0]||B.op===CB.Op.CHAR_CLASS&&2===B.runes.length&&B.runes[0]+1===B.runes[1]&&A.simpleFold(B.runes[0])===B.runes[1]&&A.simpleFold(B.runes[1])===B.runes[0]){if(this.maybeConcat(B.runes[0],this.flags|C.FOLD_CASE))return null;B.op=CB.Op.LITERAL,B.runes=[B.runes[0]],B.flags=this.flags|C.FOLD_CASE}else this.maybeConcat(-1,0);return this.stack.push(B),this.checkLimits(B),B}maybeConcat(B,t){const e=this.stack.length;if(e<2)return!1;const r=this.stack[e-1],n=this.stack[e-2];if(r.op!==CB.Op.LITERAL||n.op!==CB.Op.LITERAL||(r.flags&C.FOLD_CASE)!==(n.flags&C.FOLD_CASE))return!1;Array.isArray(n.runes)||(n.runes=Array.from(n.runes));for(let B=0;B<r.runes.length;B++)n.runes.push(r.runes[B]);return B>=0?(r.runes=[B],r.flags=t,!0):(this.pop(),this.reuse(r),!1)}newLiteral(t,e){const r=this.newRegexp(CB.Op.LITERAL);return r.flags=e,0!==(e&C.FOLD_CASE)&&(t=B.minFoldRune(t)),r.runes=[t],r}literal(B){this.push(this.newLiteral(B,this.flags))}op(B){const t=this.newRegexp(B);return t.flags=this.flags,this.push(t)}repeat(t,e,r,n,s,i){let a=this.flags;if(0!==(a&C.PERL_X)&&(s.more()&&s.lookingAt("?")&&(s.skip(1),a^=C.NON_GREEDY),-1!==i))throw new G(B.ERR_INVALID_REPEAT_OP,s.from(i));const o=this.stack.length;if(0===o)throw new G(B.ERR_MISSING_REPEAT_ARGUMENT,s.from(n));const u=this.stack[o-1];if(CB.isPseudoOp(u.op))throw new G(B.ERR_MISSING_REPEAT_ARGUMENT,s.from(n));const l=this.newRegexp(t);if(l.min=e,l.max=r,l.flags=a,l.subs=[u],this.stack[o-1]=l,this.checkLimits(l),t===CB.Op.REPEAT&&(e>=2||r>=2)&&!this.repeatIsValid(l,1e3))throw new G(B.ERR_INVALID_REPEAT_SIZE,s.from(n))}repeatIsValid(B,t){if(B.op===CB.Op.REPEAT){let e=B.max;if(0===e)return!0;if(e<0&&(e=B.min),e>t)return!1;e>0&&(t=Math.trunc(t/e))}for(let e of B.subs)if(!this.repeatIsValid(e,t))return!1;return!0}concat(){this.maybeConcat(-1,0);const B=this.popToPseudo();return 0===B.length?this.push(this.newRegexp(CB.Op.EMPTY_MATCH)):this.push(this.collapse(B,CB.Op.CONCAT))}alternate(){const B=this.popToPseudo();return B.length>0&&this.cleanAlt(B[B.length-1]),0===B.length?this.push(this.newRegexp(CB.Op.NO_MATCH)):this.push(this.collapse(B,CB.Op.ALTERNATE))}cleanAlt(B){B.op===CB.Op.CHAR_CLASS&&(B.runes=new SB(Array.from(B.runes)).cleanClass().toArray(),2===B.runes.length&&0===B.runes[0]&&B.runes[1]===A.MAX_RUNE?(B.runes=new Int32Array(0),B.op=CB.Op.ANY_CHAR):4===B.runes.length&&0===B.runes[0]&&B.runes[1]===p.CODES["\n"]-1&&B.runes[2]===p.CODES["\n"]+1&&B.runes[3]===A.MAX_RUNE&&(B.runes=new Int32Array(0),B.op=CB.Op.ANY_CHAR_NOT_NL))}collapse(B,t){if(1===B.length)return B[0];let e=0;for(let C of B)e+=C.op===t?C.subs.length:1;let C=new Array(e).fill(null),r=0;for(let e of B)if(e.op===t){for(let B=0;B<e.subs.length;B++)C[r++]=e.subs[B];this.reuse(e)}else C[r++]=e;let n=this.newRegexp(t);if(n.subs=C,t===CB.Op.ALTERNATE&&(n.subs=this.factor(n.subs),1===n.subs.length)){const B=n;n=n.subs[0],this.reuse(B)}return n}factor(t){if(t.length<2)return t;let e=0,r=t.length,n=0,s=null,i=0,a=0,o=0;for(let B=0;B<=r;B++){let u=null,l=0,c=0;if(B<r){let r=t[e+B];if(r.op===CB.Op.CONCAT&&r.subs.length>0&&(r=r.subs[0]),r.op===CB.Op.LITERAL&&(u=r.runes,l=r.runes.length,c=r.flags&C.FOLD_CASE),c===a){let B=0;for(;B<i&&B<l&&s[B]===u[B];)B++;if(B>0){i=B;continue}}}if(B===o);else if(B===o+1)t[n++]=t[e+o];else{const C=this.newRegexp(CB.Op.LITERAL);C.flags=a,C.runes=s.slice(0,i);for(let C=o;C<B;C++)t[e+C]=this.removeLeadingString(t[e+C],i),this.checkLimits(t[e+C]);const r=this.collapse(t.slice(e+o,e+B),CB.Op.ALTERNATE),u=this.newRegexp(CB.Op.CONCAT);u.subs=[C,r],t[n++]=u}o=B,s=u,i=l,a=c}r=n,e=0,o=0,n=0;let u=null;for(let C=0;C<=r;C++){let s=null;if(!(C<r&&(s=B.leadingRegexp(t[e+C]),null!==u&&u.equals(s)&&(B.isCharClass(u)||u.op===CB.Op.REPEAT&&u.min===u.max&&B.isCharClass(u.subs[0]))))){if(C===o);else if(C===o+1)t[n++]=t[e+o];else{const B=u;for(let B=o;B<C;B++){const C=B!==o;t[e+B]=this.removeLeadingRegexp(t[e+B],C),this.checkLimits(t[e+B])}const r=this.collapse(t.slice(e+o,e+C),CB.Op.ALTERNATE),s=this.newRegexp(CB.Op.CONCAT);s.subs=[B,r],t[n++]=s}o=C,u=s}}r=n,e=0,o=0,n=0;for(let C=0;C<=r;C++)if(!(C<r&&B.isCharClass(t[e+C]))){if(C===o);else if(C===o+1)t[n++]=t[e+o];else{let r=o;for(let B=o+1;B<C;B++){const C=t[e+r],n=t[e+B];(C.op<n.op||C.op===n.op&&(null!==C.runes?C.runes.length:0)<(null!==n.runes?n.runes.length:0))&&(r=B)}const s=t[e+o];t[e+o]=t[e+r],t[e+r]=s;for(let r=o+1;r<C;r++)B.mergeCharClass(t[e+o],t[e+r]),this.reuse(t[e+r]);this.cleanAlt(t[e+o]),t[n++]=t[e+o]}C<r&&(t[n++]=t[e+C]),o=C+1}r=n,e=0,o=0,n=0;for(let B=0;B<r;++B)B+1<r&&t[e+B].op===CB.Op.EMPTY_MATCH&&t[e+B+1].op===CB.Op.EMPTY_MATCH||(t[n++]=t[e+B]);return r=n,e=0,t.slice(e,r)}removeLeadingString(B,t){if(B.op===CB.Op.CONCAT&&B.subs.length>0){const e=this.removeLeadingString(B.subs[0],t);if(B.subs[0]=e,e.op===CB.Op.EMPTY_MATCH)switch(this.reuse(e),B.subs.length){case 0:case 1:B.op=CB.Op.EMPTY_MATCH,B.subs=CB.emptySubs();break;case 2:{const t=B;B=B.subs[1],this.reuse(t);break}default:B.subs=B.subs.slice(1,B.subs.length)}return B}return B.op===CB.Op.LITERAL&&(B.runes=B.runes.slice(t,B.runes.length),0===B.runes.length&&(B.op=CB.Op.EMPTY_MATCH)),B}removeLeadingRegexp(B,t){if(B.op===CB.Op.CONCAT&&B.subs.length>0){switch(t&&this.reuse(B.subs[0]),B.subs=B.subs.slice(1,B.subs.length),B.subs.length){case 0:B.op=CB.Op.EMPTY_MATCH,B.subs=CB.emptySubs();break;case 1:{const t=B;B=B.subs[0],this.reuse(t);break}}return B}return t&&this.reuse(B),this.newRegexp(CB.Op.EMPTY_MATCH)}parseInternal(){if(0!==(this.flags&C.LITERAL))return B.literalRegexp(this.wholeRegexp,this.flags);let t=-1,e=-1,r=-1;const n=new yB(this.wholeRegexp);for(;n.more();){let s=-1;B:switch(n.peek()){case p.CODES["("]:if(0!==(this.flags&C.LOOKBEHIND)){if(n.lookingAt("(?<=")){this.parsePosLookBehind(),n.skip(4);break}if(n.lookingAt("(?<!")){this.parseNegLookBehind(),n.skip(4);break}}if(0!==(this.flags&C.PERL_X)&&n.lookingAt("(?")){this.parsePerlFlags(n);break}this.op(CB.Op.LEFT_PAREN).cap=++this.numCap,n.skip(1);break;case p.CODES["|"]:this.parseVerticalBar(),n.skip(1);break;case p.CODES[")"]:this.parseRightParen(),n.skip(1);break;case p.CODES["^"]:0!==(this.flags&C.ONE_LINE)?this.op(CB.Op.BEGIN_TEXT):this.op(CB.Op.BEGIN_LINE),n.skip(1);break;case p.CODES.$:0!==(this.flags&C.ONE_LINE)?this.op(CB.Op.END_TEXT).flags|=C.WAS_DOLLAR:this.op(CB.Op.END_LINE),n.skip(1);break;case p.CODES["."]:0!==(this.flags&C.DOT_NL)?this.op(CB.Op.ANY_CHAR):this.op(CB.Op.ANY_CHAR_NOT_NL),n.skip(1);break;case p.CODES["["]:this.parseClass(n);break;case p.CODES["*"]:case p.CODES["+"]:case p.CODES["?"]:{s=n.pos();let B=null;switch(n.pop()){case p.CODES["*"]:B=CB.Op.STAR;break;case p.CODES["+"]:B=CB.Op.PLUS;break;case p.CODES["?"]:B=CB.Op.QUEST}this.repeat(B,e,r,s,n,t);break}case p.CODES["{"]:{const C=n.pos(),i=B.parseRepeat(n);if(i<0){n.rewindTo(C),this.literal(n.pop());break}s=C,e=i>>16,r=(i&A.MAX_BMP)<<16>>16,this.repeat(CB.Op.REPEAT,e,r,s,n,t);break}case p.CODES["\\"]:{const t=n.pos();if(n.skip(1),0!==(this.flags&C.PERL_X)&&n.more())switch(n.pop()){case p.CODES.A:this.op(CB.Op.BEGIN_TEXT);break B;case p.CODES.b:this.op(CB.Op.WORD_BOUNDARY);break B;case p.CODES.B:this.op(CB.Op.NO_WORD_BOUNDARY);break B;case p.CODES.C:throw new G(B.ERR_INVALID_ESCAPE,"\\C");case p.CODES.Q:{let B=n.rest();const t=B.indexOf("\\E");t>=0?(B=B.substring(0,t),n.skipString(B),n.skipString("\\E")):n.skipString(B);let e=0;for(;e<B.length;){const t=B.codePointAt(e);this.literal(t),e+=T.charCount(t)}break B}case p.CODES.z:this.op(CB.Op.END_TEXT);break B;default:n.rewindTo(t)}else n.rewindTo(t);const e=this.newRegexp(CB.Op.CHAR_CLASS);if(e.flags=this.flags,n.lookingAt("\\p")||n.lookingAt("\\P")){const B=new SB;if(this.parseUnicodeClass(n,B)){e.runes=B.toArray(),this.push(e);break B}}const r=new SB;if(this.parsePerlClassEscape(n,r)){e.runes=r.toArray(),this.push(e);break B}n.rewindTo(t),this.reuse(e),this.literal(B.parseEscape(n));break}default:this.literal(n.pop())}t=s}if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),1!==this.stack.length)throw new G(B.ERR_MISSING_PAREN,this.wholeRegexp);return this.stack[0].namedGroups=this.namedGroups,this.stack[0]}parsePerlFlags(t){const e=t.pos(),r=t.rest();if(r.startsWith("(?P<")||r.startsWith("(?<")){const e="P"===r.charAt(2)?4:3,C=r.indexOf(">");if(C<0)throw new G(B.ERR_INVALID_NAMED_CAPTURE,r);const n=r.substring(e,C);if(t.skipString(n),t.skip(e+1),!B.isValidCaptureName(n))throw new G(B.ERR_INVALID_NAMED_CAPTURE,r.substring(0,C+1));const s=this.op(CB.Op.LEFT_PAREN);if(s.cap=++this.numCap,this.namedGroups[n])throw new G(B.ERR_DUPLICATE_NAMED_CAPTURE,n);return this.namedGroups[n]=this.numCap,void(s.name=n)}t.skip(2);let n=this.flags,s=1,i=!1;B:for(;t.more();){const B=t.pop();switch(B){case p.CODES.i:n|=C.FOLD_CASE,i=!0;break;case p.CODES.m:n&=~C.ONE_LINE,i=!0;break;case p.CODES.s:n|=C.DOT_NL,i=!0;break;case p.CODES.U:n|=C.NON_GREEDY,i=!0;break;case p.CODES["-"]:if(s<0)break B;s=-1,n=~n,i=!1;break;case p.CODES[":"]:case p.CODES[")"]:if(s<0){if(!i)break B;n=~n}return B===p.CODES[":"]&&this.op(CB.Op.LEFT_PAREN),void(this.flags=n);default:break B}}throw new G(B.ERR_INVALID_PERL_OP,t.from(e))}parsePosLookBehind(){const B=this.newRegexp(CB.Op.LEFT_PAREN);return B.flags=this.flags,B.lb=++this.nlb,this.push(B)}parseNegLookBehind(){const B=this.newRegexp(CB.Op.LEFT_PAREN);return B.flags=this.flags,B.lb=-++this.nlb,this.push(B)}parseVerticalBar(){this.concat(),this.swapVerticalBar()||this.op(CB.Op.VERTICAL_BAR)}swapVerticalBar(){const t=this.stack.length;if(t>=3&&this.stack[t-2].op===CB.Op.VERTICAL_BAR&&B.isCharClass(this.stack[t-1])&&B.isCharClass(this.stack[t-3])){let e=this.stack[t-1],C=this.stack[t-3];if(e.op>C.op){const B=C;C=e,e=B,this.stack[t-3]=C}return B.mergeCharClass(C,e),this.reuse(e),this.pop(),!0}if(t>=2){const B=this.stack[t-1],e=this.stack[t-2];if(e.op===CB.Op.VERTICAL_BAR)return t>=3&&this.cleanAlt(this.stack[t-3]),this.stack[t-2]=B,this.stack[t-1]=e,!0}return!1}parseRightParen(){if(this.concat(),this.swapVerticalBar()&&this.pop(),this.alternate(),this.stack.length<2)throw new G(B.ERR_UNEXPECTED_PAREN,this.wholeRegexp);const t=this.pop(),e=this.pop();if(e.op!==CB.Op.LEFT_PAREN)throw new G(B.ERR_UNEXPECTED_PAREN,this.wholeRegexp);if(this.flags=e.flags,0!==e.lb){if(B.hasCapture(t))throw new G(B.ERR_INVALID_CAPTURE_IN_LOOKBEHIND,this.wholeRegexp);return e.lb>0?e.op=CB.Op.PLB:e.op=CB.Op.NLB,e.subs=[t],void this.push(e)}0===e.cap?this.push(t):(e.op=CB.Op.CAPTURE,e.subs=[t],this.push(e))}parsePerlClassEscape(B,t){const e=B.pos();if(0===(this.flags&C.PERL_X)||!B.more()||B.pop()!==p.CODES["\\"]||!B.more())return!1;B.pop();const r=B.from(e),n=FB.has(r)?FB.get(r):null;return null!==n&&(t.appendGroup(n,0!==(this.flags&C.FOLD_CASE)),!0)}parseNamedClass(t,e){const r=t.rest(),n=r.indexOf(":]");if(n<0)return!1;const s=r.substring(0,n+2);t.skipString(s);const i=xB.has(s)?xB.get(s):null;if(null===i)throw new G(B.ERR_INVALID_CHAR_RANGE,s);return e.appendGroup(i,0!==(this.flags&C.FOLD_CASE)),!0}parseUnicodeClass(t,e){const r=t.pos();if(0===(this.flags&C.UNICODE_GROUPS)||!t.lookingAt("\\p")&&!t.lookingAt("\\P"))return!1;t.skip(1);let n,s=1,i=t.pop();if(i===p.CODES.P&&(s=-1),!t.more())throw t.rewindTo(r),new G(B.ERR_INVALID_CHAR_RANGE,t.rest());if(i=t.pop(),i!==p.CODES["{"])n=T.runeToString(i);else{const e=t.rest(),C=e.indexOf("}");if(C<0)throw t.rewindTo(r),new G(B.ERR_INVALID_CHAR_RANGE,t.rest());n=e.substring(0,C),t.skipString(n),t.skip(1)}0!==n.length&&n.codePointAt(0)===p.CODES["^"]&&(s=0-s,n=n.substring(1));const a=B.unicodeTable(n);if(null===a)throw new G(B.ERR_INVALID_CHAR_RANGE,t.from(r));a.sign<0&&(s=0-s);const o=a.tab,u=a.fold;if(0===(this.flags&C.FOLD_CASE)||null===u)e.appendTableWithSign(o,s);else{const B=(new SB).appendTable(o).appendTable(u).cleanClass().toArray();e.appendClassWithSign(Array.from(B),s)}return!0}parseClass(t){const e=t.pos();t.skip(1);const r=this.newRegexp(CB.Op.CHAR_CLASS);r.flags=this.flags;const n=new SB;let s=1;t.more()&&t.lookingAt("^")&&(s=-1,t.skip(1),0===(this.flags&C.CLASS_NL)&&n.appendRange(p.CODES["\n"],p.CODES["\n"]));let i=!0;for(;!t.more()||t.peek()!==p.CODES["]"]||i;){if(t.more()&&t.lookingAt("-")&&0===(this.flags&C.PERL_X)&&!i){const C=t.rest();if("-"===C||!C.startsWith("-]"))throw t.rewindTo(e),new G(B.ERR_INVALID_CHAR_RANGE,t.rest())}i=!1;const r=t.pos();if(t.lookingAt("[:")){if(this.parseNamedClass(t,n))continue;t.rewindTo(r)}if(this.parseUnicodeClass(t,n))continue;if(this.parsePerlClassEscape(t,n))continue;t.rewindTo(r);const s=B.parseClassChar(t,e);let a=s;if(t.more()&&t.lookingAt("-"))if(t.skip(1),t.more()&&t.lookingAt("]"))t.skip(-1);else if(a=B.parseClassChar(t,e),a<s)throw new G(B.ERR_INVALID_CHAR_RANGE,t.from(r));0===(this.flags&C.FOLD_CASE)?n.appendRange(s,a):n.appendFoldedRange(s,a)}t.skip(1),n.cleanClass(),s<0&&n.negateClass(),r.runes=n.toArray(),this.push(r)}},PB=class B{static initTest(t){const e=B.compile(t),C=new B(e.expr,e.prog,e.numSubexp,e.longest);return C.cond=e.cond,C.prefix=e.prefix,C.prefixUTF8=e.prefixUTF8,C.prefixComplete=e.prefixComplete,C.prefixRune=e.prefixRune,C.prefilter=e.prefilter,C.namedGroups=e.namedGroups,C}static compile(t){return B.compileImpl(t,C.PERL,!1)}static compilePOSIX(t){return B.compileImpl(t,C.POSIX,!0)}static compileImpl(t,e,C){let r=vB.parse(t,e);const n=r.maxCap(),s=r.namedGroups;r=pB.simplify(r);const i=iB.build(r),a=hB.compileRegexp(r),o=new B(t,a,n,C);o.prefilter=i.type===sB.Type.NONE?null:i;const[u,l]=a.prefix();return o.prefixComplete=u,o.prefix=l,o.prefixUTF8=T.stringToUtf8ByteArray(o.prefix),o.prefix.length>0&&(o.prefixRune=o.prefix.codePointAt(0)),o.namedGroups=s,o}static match(t,e){return B.compile(t).match(e)}constructor(B,t,e=0,C=0){this.expr=B,this.prog=t,this.numSubexp=e,this.longest=C,this.cond=t.startCond(),this.prefix=null,this.prefixUTF8=null,this.prefixComplete=!1,this.prefixRune=0,this.namedGroups=Object.create(null),this.machinePool=[],this.lazyDFA=null,this.onepass=eB.compile(this.prog),this.prefilter=null}get dfa(){return null===this.lazyDFA&&(this.lazyDFA=new X(this.prog)),this.lazyDFA}matchPrefixComplete(B,t,e,r){if((e===C.ANCHOR_START||e===C.ANCHOR_BOTH)&&0!==t)return null;let n=-1,s=-1;const i=B.prefixLength(this);if(e===C.UNANCHORED){const e=B.index(this,t);if(e<0)return null;n=t+e,s=n+i}else if(e===C.ANCHOR_BOTH){if(B.endPos()!==i)return null;if(0!==B.index(this,0))return null;n=0,s=i}else if(e===C.ANCHOR_START){if(0!==B.index(this,0))return null;n=0,s=i}if(n<0)return null;if(r>0){const B=new Int32Array(r).fill(-1);return B[0]=n,B[1]=s,Array.from(B)}return[]}createLookbehindState(){return this.prog.numLb>0?new Q(this.prog):null}executeEngine(B,t,e,r,n=null){if(this.prefixComplete&&(0===r||0===this.numSubexp))return this.matchPrefixComplete(B,t,e,r);if(null!==this.prefilter&&e===C.UNANCHORED&&!this.prefilter.eval(B,t))return null;if(null!==this.onepass)return eB.execute(this,B,t,e,r);if(r>0)return 0===this.prog.numLb&&B.endPos()<=$.maxBitStateLen(this.prog)?$.execute(this,B,t,e,r):this.doExecuteNFA(B,t,e,r,n);if(0===this.prog.numLb){const C=this.dfa.match(B,t,e);if(null!==C)return C?[]:null;if(B.endPos()<=$.maxBitStateLen(this.prog))return $.execute(this,B,t,e,r)}return this.doExecuteNFA(B,t,e,r,n)}numberOfCapturingGroups(){return this.numSubexp}numberOfInstructions(){return this.prog.numInst()}get(){return this.machinePool.length>0?this.machinePool.pop():null}reset(){this.machinePool.length=0}put(B){this.machinePool.push(B)}toString(){return this.expr}doExecuteNFA(B,t,e,C,r=null){let n=this.get();n||(n=j.fromRE2(this)),n.init(C);const s=n.match(B,t,e,r)?n.submatches():null;return this.put(n),s}match(B){return null!==this.executeEngine(k.fromUTF16(B),0,C.UNANCHORED,0)}matchWithGroup(B,t,e,C,r,n=null){return B instanceof _||(B=T.isByteArray(B)?y.utf8(B):y.utf16(B)),this.matchMachineInput(B,t,e,C,r,n)}matchMachineInput(B,t,e,C,r,n=null){if(t>e)return[!1,null];const s=B.isUTF16Encoding()?k.fromUTF16(B.asCharSequence(),0,e):k.fromUTF8(B.asBytes(),0,e),i=this.executeEngine(s,t,C,2*r,n);return null===i?[!1,null]:[!0,i]}matchUTF8(B){return null!==this.executeEngine(k.fromUTF8(B),0,C.UNANCHORED,0)}replaceAll(B,t){return this.replaceAllFunc(B,()=>t,2*B.length+1)}replaceFirst(B,t){return this.replaceAllFunc(B,()=>t,1)}replaceAllFunc(B,t,e){let r=0,n=0,s="";const i=k.fromUTF16(B),a=this.createLookbehindState();let o=0;for(;n<=B.length;){const u=this.executeEngine(i,n,C.UNANCHORED,2,a);if(null===u||0===u.length)break;s+=B.substring(r,u[0]),(u[1]>r||0===u[0])&&(s+=t(B.substring(u[0],u[1])),o++),r=u[1];const l=7&i.step(n);if(n+l>u[1]?n+=l:n+1>u[1]?n++:n=u[1],o>=e)break}return s+=B.substring(r),s}pad(B){if(null===B)return null;let t=2*(1+this.numSubexp);if(B.length<t){let e=new Array(t).fill(-1);for(let t=0;t<B.length;t++)e[t]=B[t];B=e}return B}allMatches(B,t,e=B=>B){let r=[];const n=B.endPos();t<0&&(t=n+1);let s=0,i=0,a=-1;const o=this.createLookbehindState();for(;i<t&&s<=n;){const t=this.executeEngine(B,s,C.UNANCHORED,this.prog.numCap,o);if(null===t||0===t.length)break;let u=!0;if(t[1]===s){t[0]===a&&(u=!1);const e=B.step(s);e<0?s=n+1:s+=7&e}else s=t[1];a=t[1],u&&(r.push(e(this.pad(t))),i++)}return r}findUTF8(B){const t=this.executeEngine(k.fromUTF8(B),0,C.UNANCHORED,2);return null===t?null:B.slice(t[0],t[1])}findUTF8Index(B){const t=this.executeEngine(k.fromUTF8(B),0,C.UNANCHORED,2);return null===t?null:t.slice(0,2)}find(B){const t=this.executeEngine(k.fromUTF16(B),0,C.UNANCHORED,2);return null===t?"":B.substring(t[0],t[1])}findIndex(B){return this.executeEngine(k.fromUTF16(B),0,C.UNANCHORED,2)}findUTF8Submatch(B){const t=this.executeEngine(k.fromUTF8(B),0,C.UNANCHORED,this.prog.numCap);if(null===t)return null;const e=new Array(1+this.numSubexp).fill(null);for(let C=0;C<e.length;C++)2*C<t.length&&t[2*C]>=0&&(e[C]=B.slice(t[2*C],t[2*C+1]));return e}findUTF8SubmatchIndex(B){return this.pad(this.executeEngine(k.fromUTF8(B),0,C.UNANCHORED,this.prog.numCap))}findSubmatch(B){const t=this.executeEngine(k.fromUTF16(B),0,C.UNANCHORED,this.prog.numCap);if(null===t)return null;const e=new Array(1+this.numSubexp).fill(null);for(let C=0;C<e.length;C++)2*C<t.length&&t[2*C]>=0&&(e[C]=B.substring(t[2*C],t[2*C+1]));return e}findSubmatchIndex(B){return this.pad(this.executeEngine(k.fromUTF16(B),0,C.UNANCHORED,this.prog.numCap))}findAllUTF8(B,t){const e=this.allMatches(k.fromUTF8(B),t,t=>B.slice(t[0],t[1]));return 0===e.length?null:e}findAllUTF8Index(B,t){const e=this.allMatches(k.fromUTF8(B),t,B=>B.slice(0,2));return 0===e.length?null:e}findAll(B,t){const e=this.allMatches(k.fromUTF16(B),t,t=>B.substring(t[0],t[1]));return 0===e.length?null:e}findAllIndex(B,t){const e=this.allMatches(k.fromUTF16(B),t,B=>B.slice(0,2));return 0===e.length?null:e}findAllUTF8Submatch(B,t){const e=this.allMatches(k.fromUTF8(B),t,t=>{let e=new Array(t.length/2|0).fill(null);for(let C=0;C<e.length;C++)t[2*C]>=0&&(e[C]=B.slice(t[2*C],t[2*C+1]));return e});return 0===e.length?null:e}findAllUTF8SubmatchIndex(B,t){const e=this.allMatches(k.fromUTF8(B),t);return 0===e.length?null:e}findAllSubmatch(B,t){const e=this.allMatches(k.fromUTF16(B),t,t=>{let e=new Array(t.length/2|0).fill(null);for(let C=0;C<e.length;C++)t[2*C]>=0&&(e[C]=B.substring(t[2*C],t[2*C+1]));return e});return 0===e.length?null:e}findAllSubmatchIndex(B,t){const e=this.allMatches(k.fromUTF16(B),t);return 0===e.length?null:e}},MB=class B{static isHexadecimal(B){return"0"<=B&&B<="9"||"A"<=B&&B<="F"||"a"<=B&&B<="f"}static translate(t){let e="";if("[object RegExp]"===Object.prototype.toString.call(t)&&(t.ignoreCase&&(e+="i"),t.multiline&&(e+="m"),t.dotAll&&(e+="s"),t=t.source),"string"!=typeof t)return t;let C="",r=!1,n=t.length;0===n&&(C="(?:)",r=!0);let s=!1,i=0;for(;i<n;){let e=t[i];if("\\"===e){if(i+1<n)switch(e=t[i+1],e){case"\\":C+="\\\\",i+=2;continue;case"c":if(i+2<n){let B=t[i+2].charCodeAt(0);if(B>=65&&B<=90||B>=97&&B<=122){let t=B%32;C+="\\x",C+=(t>>4).toString(16).toUpperCase(),C+=(15&t).toString(16).toUpperCase(),i+=3,r=!0;continue}}C+="c",i+=2,r=!0;continue;case"u":if(i+2<n)if("{"===t[i+2]){let e=i+3,s=!1,a=!1;for(;e<n;){const C=t[e];if("}"===C){a=!0;break}if(!B.isHexadecimal(C))break;s=!0,e++}if(a&&s){C+="\\x",i+=2,r=!0;continue}}else if(i+5<n){let e=!0;for(let C=0;C<4;C++)if(!B.isHexadecimal(t[i+2+C])){e=!1;break}if(e){C+="\\x{"+t.substring(i+2,i+6)+"}",i+=6,r=!0;continue}}C+="u",i+=2,r=!0;continue;case"x":{let e=!1;if(i+2<n&&"{"===t[i+2]){let C=i+3,r=!1,s=!1;for(;C<n;){const e=t[C];if("}"===e){s=!0;break}if(!B.isHexadecimal(e))break;r=!0,C++}s&&r&&(e=!0)}else i+3<n&&B.isHexadecimal(t[i+2])&&B.isHexadecimal(t[i+3])&&(e=!0);e?(C+="\\x",i+=2):(C+="x",i+=2,r=!0);continue}case"n":case"r":case"t":case"a":case"f":case"v":case"d":case"D":case"s":case"S":case"w":case"W":case"b":case"B":case"p":case"P":case"A":case"z":case"Q":case"E":case"0":case"1":case"2":case"3":case"4":case"5":case"6":case"7":C+="\\"+e,i+=2;continue;default:{let B=t.codePointAt(i+1);if(B>=48&&B<=57||B>=65&&B<=90||B>=97&&B<=122){let e=T.charCount(B);C+=t.substring(i+1,i+1+e),i+=e+1,r=!0}else{C+="\\";let e=T.charCount(B);C+=t.substring(i+1,i+1+e),i+=e+1}continue}}}else{if("/"===e){C+="\\/",i+=1,r=!0;continue}if("["===e){if(!s&&"]"===t[i+1]){C+="[^\\x00-\\x{10FFFF}]",i+=2,r=!0;continue}if(!s&&"^"===t[i+1]&&"]"===t[i+2]){C+="[\\x00-\\x{10FFFF}]",i+=3,r=!0;continue}s=!0}else if("]"===e)s=!1;else if(!s&&"("===e&&i+2<n&&"?"===t[i+1]&&"<"===t[i+2]&&i+3<n&&!"=!>)".includes(t[i+3])){C+="(?P<",i+=3,r=!0;continue}}let a=t.codePointAt(i),o=T.charCount(a);C+=t.substring(i,i+o),i+=o}const a=r?C:t;return e.length>0?`(?${e})${a}`:a}};const kB=(B,t)=>{const e=B.matchArray();return e.index=B.start(0),e.input=t,e.groups=B.namedGroupsObject(),e};var JB=class B{static CASE_INSENSITIVE=r;static DOTALL=n;static MULTILINE=s;static DISABLE_UNICODE_GROUPS=i;static LONGEST_MATCH=a;static LOOKBEHINDS=o;static quote(B){return T.quoteMeta(B)}static quoteReplacement(B,t=!1){return J.quoteReplacement(B,t)}static translateRegExp(B){return MB.translate(B)}static compile(t,e=0){T.checkPattern(t),T.checkFlags(e);let r=t;0!==(e&B.CASE_INSENSITIVE)&&(r=`(?i)${r}`),0!==(e&B.DOTALL)&&(r=`(?s)${r}`),0!==(e&B.MULTILINE)&&(r=`(?m)${r}`);let n=C.PERL;0!==(e&B.DISABLE_UNICODE_GROUPS)&&(n&=~C.UNICODE_GROUPS),0!==(e&B.LOOKBEHINDS)&&(n|=C.LOOKBEHIND);const s=new B(t,e);return s.re2Input=PB.compileImpl(r,n,0!==(e&B.LONGEST_MATCH)),s}static matches(t,e){return B.compile(t).testExact(e)}static initTest(t,e,C){if(null==t)throw new Error("pattern is null");if(null==C)throw new Error("re2 is null");const r=new B(t,e);return r.re2Input=C,r}constructor(B,t){this.patternInput=B,this.flagsInput=t,this.re2Input=null}reset(){this.re2Input.reset()}flags(){return this.flagsInput}pattern(){return this.patternInput}re2(){return this.re2Input}matches(B){return this.testExact(B)}matcher(B){return T.isByteArray(B)&&(B=y.utf8(B)),new J(this,B)}test(B){return T.isByteArray(B)?this.re2Input.matchUTF8(B):this.re2Input.match(B)}testExact(B){const t=T.isByteArray(B)?k.fromUTF8(B):k.fromUTF16(B);return null!==this.re2Input.executeEngine(t,0,C.ANCHOR_BOTH,0)}exec(B){const t=this.matcher(B);return t.find()?kB(t,B):null}split(B,t=0){const e=this.matcher(B),C=[];let r=0,n=0;for(;e.find();)if(0!==n||0!==e.end()){if(t>0&&C.length===t-1)break;if(n===e.start()){if(0===t){r+=1,n=e.end();continue}}else for(;r>0;)C.push(""),r-=1;C.push(e.substring(n,e.start())),n=e.end()}else n=e.end();if(0===t&&n!==e.inputLength()){for(;r>0;)C.push(""),r-=1;C.push(e.substring(n,e.inputLength()))}return 0===t&&(0!==C.length||n===e.inputLength()&&n>0)||C.push(e.substring(n,e.inputLength())),C}*matchAll(B){const t=this.matcher(B);for(;t.find();)yield kB(t,B)}toString(){return this.patternInput}programSize(){return this.re2Input.numberOfInstructions()}groupCount(){return this.re2Input.numberOfCapturingGroups()}namedGroups(){return this.re2Input.namedGroups}equals(B){return this===B||null!==B&&this.constructor===B.constructor&&(this.flagsInput===B.flagsInput&&this.patternInput===B.patternInput)}}},73382:(B,t,e)=>{e.d(t,{TI:()=>LB,ey:()=>DB});var C=e(79896),r=e.t(C,2),n=e(16928),s=e(87016),i=(0,e(73339).createRequire)(import.meta.url);const a=/[\\/]/g;function o(B,t){return B.replace(a,t)}const u=/^[a-z]:[\\/]$/i;function l(B,t){const{resolvePaths:e,normalizePath:C,pathSeparator:r}=t,s="win32"===process.platform&&B.includes("/")||B.startsWith(".");if(e&&(B=(0,n.resolve)(B)),(C||s)&&(B=function(B){let t=(0,n.normalize)(B);return t.length>1&&t[t.length-1]===n.sep&&(t=t.substring(0,t.length-1)),t}(B)),"."===B)return"";return o(B[B.length-1]!==r?B+r:B,r)}function c(B,t){return t+B}function h(B){return B}function p(B,t,e){return t+B+e}function D(B,t){const{relativePaths:e,includeBasePath:C}=t;return e&&B?function(B,t){return function(e,C){return C.startsWith(B)?C.slice(B.length)+e:o((0,n.relative)(B,C),t.pathSeparator)+t.pathSeparator+e}}(B,t):C?c:h}const E=(B,t)=>{t.push(B||".")},g=(B,t,e)=>{const C=B||".";e.every(B=>B(C,!0))&&t.push(C)},f=()=>{};const F=(B,t,e,C)=>{C.every(t=>t(B,!1))&&e.files++},O=(B,t,e,C)=>{C.every(t=>t(B,!1))&&t.push(B)},A=(B,t,e,C)=>{e.files++},I=(B,t)=>{t.push(B)},G=()=>{};const d=B=>B,L=()=>[""].slice(0,0);const w=(B,t,e)=>{B.push({directory:t,files:e,dir:t})},m=()=>{};const R=function(B,t,e){const{queue:C,fs:r,options:{suppressErrors:n}}=t;C.enqueue(),r.realpath(B,(s,i)=>{if(s)return C.dequeue(n?null:s,t);r.stat(i,(r,s)=>r?C.dequeue(n?null:r,t):s.isDirectory()&&N(B,i,t)?C.dequeue(null,t):(e(s,i),void C.dequeue(null,t)))})},H=function(B,t,e){const{queue:C,fs:r,options:{suppressErrors:n}}=t;C.enqueue();try{const C=r.realpathSync(B),n=r.statSync(C);if(n.isDirectory()&&N(B,C,t))return;e(n,C)}catch(B){if(!n)throw B}};function N(B,t,e){if(e.options.useRealPaths)return function(B,t){return t.visited.includes(B+t.options.pathSeparator)}(t,e);let C=(0,n.dirname)(B),r=1;for(;C!==e.root&&r<2;){const B=e.symlinks.get(C);!!B&&(B===t||B.startsWith(t)||t.startsWith(B))?r++:C=(0,n.dirname)(C)}return e.symlinks.set(B,t),r>1}const T=B=>B.counts,b=B=>B.groups,_=B=>B.paths,x=B=>B.paths.slice(0,B.options.maxFiles),S=(B,t,e)=>(M(t,e,B.counts,B.options.suppressErrors),null),y=(B,t,e)=>(M(t,e,B.paths,B.options.suppressErrors),null),v=(B,t,e)=>(M(t,e,B.paths.slice(0,B.options.maxFiles),B.options.suppressErrors),null),P=(B,t,e)=>(M(t,e,B.groups,B.options.suppressErrors),null);function M(B,t,e,C){t(B&&!C?B:null,e)}const k={withFileTypes:!0},J=(B,t,e,C,r)=>{if(B.queue.enqueue(),C<0)return B.queue.dequeue(null,B);const{fs:n}=B;B.visited.push(t),B.counts.directories++,n.readdir(t||".",k,(t,n=[])=>{r(n,e,C),B.queue.dequeue(B.options.suppressErrors?null:t,B)})},U=(B,t,e,C,r)=>{const{fs:n}=B;if(C<0)return;B.visited.push(t),B.counts.directories++;let s=[];try{s=n.readdirSync(t||".",k)}catch(t){if(!B.options.suppressErrors)throw t}r(s,e,C)};var K=class{count=0;constructor(B){this.onQueueEmpty=B}enqueue(){return this.count++,this.count}dequeue(B,t){this.onQueueEmpty&&(--this.count<=0||B)&&(this.onQueueEmpty(B,t),B&&(t.controller.abort(),this.onQueueEmpty=void 0))}},Q=class{_files=0;_directories=0;set files(B){this._files=B}get files(){return this._files}set directories(B){this._directories=B}get directories(){return this._directories}get dirs(){return this._directories}},j=class{aborted=!1;abort(){this.aborted=!0}},Y=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(B,t,e){var C;this.isSynchronous=!e,this.callbackInvoker=function(B,t){const{onlyCounts:e,group:C,maxFiles:r}=B;return e?t?T:S:C?t?b:P:r?t?x:v:t?_:y}(t,this.isSynchronous),this.root=l(B,t),this.state={root:(C=this.root,"/"===C||u.test(C)?this.root:this.root.slice(0,-1)),paths:[""].slice(0,0),groups:[],counts:new Q,options:t,queue:new K((B,t)=>this.callbackInvoker(t,B,e)),symlinks:new Map,visited:[""].slice(0,0),controller:new j,fs:t.fs||r},this.joinPath=D(this.root,t),this.pushDirectory=function(B,t){const{includeDirs:e,filters:C,relativePaths:r}=t;return e?r?C&&C.length?function(B){return function(t,e,C){const r=t.substring(B.length)||".";C.every(B=>B(r,!0))&&e.push(r)}}(B):function(B){return function(t,e){e.push(t.substring(B.length)||".")}}(B):C&&C.length?g:E:f}(this.root,t),this.pushFile=function(B){const{excludeFiles:t,filters:e,onlyCounts:C}=B;return t?G:e&&e.length?C?F:O:C?A:I}(t),this.getArray=function(B){return B.group?L:d}(t),this.groupFiles=function(B){return B.group?w:m}(t),this.resolveSymlink=function(B,t){return!B.resolveSymlinks||B.excludeSymlinks?null:t?H:R}(t,this.isSynchronous),this.walkDirectory=this.isSynchronous?U:J}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(B,t,e)=>{const{paths:C,options:{filters:r,resolveSymlinks:s,excludeSymlinks:i,exclude:a,maxFiles:o,signal:u,useRealPaths:h,pathSeparator:D},controller:E}=this.state;if(E.aborted||u&&u.aborted||o&&C.length>o)return;const g=this.getArray(this.state.paths);for(let o=0;o<B.length;++o){const u=B[o];if(u.isFile()||u.isSymbolicLink()&&!s&&!i){const B=this.joinPath(u.name,t);this.pushFile(B,g,this.state.counts,r)}else if(u.isDirectory()){let B=p(u.name,t,this.state.options.pathSeparator);if(a&&a(u.name,B))continue;this.pushDirectory(B,C,r),this.walkDirectory(this.state,B,B,e-1,this.walk)}else if(this.resolveSymlink&&u.isSymbolicLink()){let B=c(u.name,t);this.resolveSymlink(B,this.state,(t,C)=>{if(t.isDirectory()){if(C=l(C,this.state.options),a&&a(u.name,h?C:B+D))return;this.walkDirectory(this.state,C,h?C:B+D,e-1,this.walk)}else{C=h?C:B;const t=(0,n.basename)(C),e=l((0,n.dirname)(C),this.state.options);C=this.joinPath(t,e),this.pushFile(C,g,this.state.counts,r)}})}}this.groupFiles(this.state.groups,t,g)}};function q(B,t,e){new Y(B,t,e).start()}var V=class{constructor(B,t){this.root=B,this.options=t}withPromise(){return B=this.root,t=this.options,new Promise((e,C)=>{q(B,t,(B,t)=>{if(B)return C(B);e(t)})});var B,t}withCallback(B){q(this.root,this.options,B)}sync(){return B=this.root,t=this.options,new Y(B,t).start();var B,t}};let z=null;try{i.resolve("picomatch"),z=i("picomatch")}catch{}var X=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:n.sep,filters:[]};globFunction;constructor(B){this.options={...this.options,...B},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(B){return this.options.pathSeparator=B,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(B){return this.options.maxDepth=B,this}withMaxFiles(B){return this.options.maxFiles=B,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:B=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=B,this.withFullPaths()}withAbortSignal(B){return this.options.signal=B,this}normalize(){return this.options.normalizePath=!0,this}filter(B){return this.options.filters.push(B),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(B){return this.options.exclude=B,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(B){return new V(B||".",this.options)}withGlobFunction(B){return this.globFunction=B,this}crawlWithOptions(B,t){return this.options={...this.options,...t},new V(B||".",this.options)}glob(...B){return this.globFunction?this.globWithOptions(B):this.globWithOptions(B,{dot:!0})}globWithOptions(B,...t){const e=this.globFunction||z;if(!e)throw new Error("Please specify a glob function to use glob matching.");var C=this.globCache[B.join("\0")];return C||(C=e(B,...t),this.globCache[B.join("\0")]=C),this.options.filters.push(B=>C(B)),this}},W=e(14006);const Z=Array.isArray,$=/\\/g,BB=/^[A-Za-z]:$/,tB="win32"===process.platform,eB=/^(\/?\.\.)+$/;const CB=/^[A-Z]:\/$/i,rB=tB?B=>CB.test(B):B=>"/"===B;function nB(B,t,e){if(B===t||t.startsWith(`${B}/`)){if(e){const t=B.length+ +!rB(B);return(B,e)=>B.slice(t,e?-1:void 0)||"."}const C=t.slice(B.length+1);return C?(B,t)=>{if("."===B)return C;const e=`${C}/${B}`;return t?e.slice(0,-1):e}:(B,t)=>t&&"."!==B?B.slice(0,-1):B}return e?t=>n.posix.relative(B,t)||".":e=>n.posix.relative(B,`${t}/${e}`)||"."}function sB(B,t){if(t.startsWith(`${B}/`)){const e=t.slice(B.length+1);return B=>`${e}/${B}`}return e=>{const C=n.posix.relative(B,`${t}/${e}`);return"/"===e[e.length-1]&&""!==C?`${C}/`:C||"."}}function iB(B){return B.replace(BB,B=>`${B}/`)}const aB={parts:!0};function oB(B){var t;const e=W.scan(B,aB);return(null===(t=e.parts)||void 0===t?void 0:t.length)?e.parts:[B]}const uB=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g,lB=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g,cB=B=>B.replace(uB,"\\$&"),hB=B=>B.replace(lB,"\\$&"),pB=tB?hB:cB;function DB(B,t){if(!1===(null==t?void 0:t.caseSensitiveMatch))return!0;const e=W.scan(B);return e.isGlob||e.negated}function EB(...B){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...B)}function gB(B){return"string"==typeof B?[B]:null!=B?B:[]}const fB=/^(\/?\.\.)+/,FB=/\\(?=[()[\]{}!*+?@|])/g;function OB(B,t,e,C){var r;const s=t.cwd;let i=B;"/"===B[B.length-1]&&(i=B.slice(0,-1)),"*"!==i[i.length-1]&&t.expandDirectories&&(i+="/**");const a=pB(s);i=(0,n.isAbsolute)(i.replace(FB,""))?n.posix.relative(a,i):n.posix.normalize(i);const o=null===(r=fB.exec(i))||void 0===r?void 0:r[0],u=oB(i);if(o){const B=(o.length+1)/3;let t=0;const C=a.split("/");for(;t<B&&u[t+B]===C[C.length+t-B];)i=i.slice(0,3*(B-t-1))+i.slice(3*(B-t)+u[t+B].length+1)||".",t++;const r=n.posix.join(s,o.slice(3*t));"."!==r[0]&&e.root.length>r.length&&(e.root=iB(r),e.depthOffset=-B+t)}if(!C&&e.depthOffset>=0){var l;null!==(l=e.commonPath)&&void 0!==l||(e.commonPath=u);const B=[],t=Math.min(e.commonPath.length,u.length);for(let C=0;C<t;C++){const t=u[C];if("**"===t&&!u[C+1]){B.pop();break}if(C===u.length-1||t!==e.commonPath[C]||DB(t))break;B.push(t)}e.depthOffset=B.length,e.commonPath=B,e.root=iB(B.length>0?n.posix.join(s,...B):s)}return i}function AB(B,t){const e=B.cwd,C={root:e,depthOffset:0},r=function(B,t,e){const C=[],r=[];for(const t of B.ignore)t&&("!"===t[0]&&"("!==t[1]||r.push(OB(t,B,e,!0)));for(const n of t)n&&("!"!==n[0]||"("===n[1]?C.push(OB(n,B,e,!1)):"!"===n[1]&&"("!==n[2]||r.push(OB(n.slice(1),B,e,!0)));return{match:C,ignore:r}}(B,t,C);B.debug&&EB("internal processing patterns:",r);const{absolute:n,caseSensitiveMatch:s,debug:i,dot:a,followSymbolicLinks:o,onlyDirectories:u}=B,l=C.root.replace($,""),c={dot:a,nobrace:!1===B.braceExpansion,nocase:!s,noextglob:!1===B.extglob,noglobstar:!1===B.globstar,posix:!0},h=W(r.match,c),p=W(r.ignore,c),D=function(B,t={}){const e=B.length,C=Array(e),r=Array(e);let n,s;for(n=0;n<e;n++){const e=oB(B[n]);C[n]=e;const i=e.length,a=Array(i);for(s=0;s<i;s++)a[s]=W(e[s],t);r[n]=a}return B=>{const i=B.split("/");if(".."===i[0]&&eB.test(B))return!0;for(n=0;n<e;n++){const B=C[n],e=r[n],a=i.length,o=Math.min(a,B.length);for(s=0;s<o;){const C=B[s];if(C.includes("/"))return!0;if(!e[s](i[s]))break;if(!t.noglobstar&&"**"===C)return!0;s++}if(s===a)return!0}return!1}}(r.match,c),E=nB(e,l,n),g=n?E:nB(e,l,!0),f=(B,t)=>{const e=g(t,!0);return"."!==e&&!D(e)||p(e)};let F;void 0!==B.deep&&(F=Math.round(B.deep-C.depthOffset));const O=new X({filters:[i?(B,t)=>{const e=E(B,t),C=h(e)&&!p(e);return C&&EB(`matched ${e}`),C}:(B,t)=>{const e=E(B,t);return h(e)&&!p(e)}],exclude:i?(B,t)=>{const e=f(0,t);return EB(`${e?"skipped":"crawling"} ${t}`),e}:f,fs:B.fs,pathSeparator:"/",relativePaths:!n,resolvePaths:n,includeBasePath:n,resolveSymlinks:o,excludeSymlinks:!o,excludeFiles:u,includeDirs:u||!B.onlyFiles,maxDepth:F,signal:B.signal}).crawl(l);return B.debug&&EB("internal properties:",{...C,root:l}),[O,e!==l&&!n&&sB(e,l)]}function IB(B,t){if(t)for(let e=B.length-1;e>=0;e--)B[e]=t(B[e]);return B}const GB={caseSensitiveMatch:!0,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:!0,followSymbolicLinks:!0,onlyFiles:!0};function dB(B,t={}){var e;if(B&&(null==t?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const r=Z(B)||"string"==typeof B,i=gB(null!==(e=r?B:B.patterns)&&void 0!==e?e:"**/*"),a=function(B){const t=Object.assign({},B);for(const B in GB)void 0===t[B]&&Object.assign(t,{[B]:GB[B]});return t.cwd=(t.cwd instanceof URL?(0,s.fileURLToPath)(t.cwd):(0,n.resolve)(t.cwd||process.cwd())).replace($,"/"),t.ignore=gB(t.ignore),t.fs&&(t.fs={readdir:t.fs.readdir||C.readdir,readdirSync:t.fs.readdirSync||C.readdirSync,realpath:t.fs.realpath||C.realpath,realpathSync:t.fs.realpathSync||C.realpathSync,stat:t.fs.stat||C.stat,statSync:t.fs.statSync||C.statSync}),t.debug&&EB("globbing with options:",t),t}(r?t:B);return i.length>0?AB(a,i):[]}async function LB(B,t){const[e,C]=dB(B,t);return e?IB(await e.withPromise(),C):[]}}};