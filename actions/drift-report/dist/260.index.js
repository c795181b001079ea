export const id=260;export const ids=[260];export const modules={8787:(e,t,n)=>{
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
var r=n(3742);e.exports=r},3742:e=>{e.exports=
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
function(e,t){var n,r;for(n=[],r=0;r<t;r++)n.push(e);return n}},1830:(e,t,n)=>{
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
var r=n(8787);e.exports=function(e){return r(0,e)}},9979:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(9714),i=n(5878),o=n(8520);r=s()?i:o,e.exports=r},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Float64Array?Float64Array:void 0;e.exports=t},8520:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},4826:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(5613),i=n(3405),o=n(523);r=s()?i:o,e.exports=r},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:void 0;e.exports=t},523:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},7096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(4171),i=n(2399),o=n(3689);r=s()?i:o,e.exports=r},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint32Array?Uint32Array:void 0;e.exports=t},3689:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},5183:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(4246),i=n(8570),o=n(7540);r=s()?i:o,e.exports=r},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:void 0;e.exports=t},7540:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t="function"==typeof Float64Array?Float64Array:null;e.exports=t},9714:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6405);e.exports=r},6405:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5672),s=n(5265);e.exports=function(){var e,t;if("function"!=typeof s)return!1;try{t=new s([1,3.14,-3.14,NaN]),e=r(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){e=!1}return e}},2878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3103);e.exports=r},3103:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3595);e.exports=function(){var e;try{r('"use strict"; (function* () {})'),e=!0}catch(t){e=!1}return e}},1907:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4270);e.exports=r},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;e.exports=function(e,n){return null!=e&&t.call(e,n)}},5547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6284);e.exports=r},6284:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5547)();e.exports=function(){return r&&"symbol"==typeof Symbol.toStringTag}},5613:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2364);e.exports=r},2364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3599),s=n(6653),i=n(5929);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:null;e.exports=t},4171:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3209),s=n(8035),i=n(2709);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(249);e.exports=r},249:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(228),s=n(2732),i=n(5545);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,s+1,s+2]),e=r(t)&&1===t[0]&&3===t[1]&&t[2]===s-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:null;e.exports=t},5672:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7439);e.exports=r},7439:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Float64Array;e.exports=function(e){return s&&e instanceof Float64Array||"[object Float64Array]"===r(e)}},7604:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5183),s={uint16:n(4826),uint8:r};e.exports=s},347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7158);e.exports=r},7158:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i=n(7604);(s=new i.uint16(1))[0]=4660,r=52===new i.uint8(s.buffer)[0],e.exports=r},3599:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2394);e.exports=r},2394:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint16Array;e.exports=function(e){return s&&e instanceof Uint16Array||"[object Uint16Array]"===r(e)}},3209:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8168);e.exports=r},8168:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint32Array;e.exports=function(e){return s&&e instanceof Uint32Array||"[object Uint32Array]"===r(e)}},228:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7755);e.exports=r},7755:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547),s="function"==typeof Uint8Array;e.exports=function(e){return s&&e instanceof Uint8Array||"[object Uint8Array]"===r(e)}},8858:e=>{e.exports=11754943508222875e-54},45:e=>{e.exports=2.718281828459045},5088:e=>{e.exports=2220446049250313e-31},23:e=>{e.exports=.5772156649015329},1877:e=>{e.exports=1023},3822:e=>{e.exports=10.900511},9475:e=>{e.exports=.34657359027997264},3935:e=>{e.exports=2147483647},222:e=>{e.exports=2146435072},5976:e=>{e.exports=2147483648},8910:e=>{e.exports=1048575},1239:e=>{e.exports=.6931471805599453},2656:e=>{e.exports=-1023},6276:e=>{e.exports=1023},4193:e=>{e.exports=709.782712893384},313:e=>{e.exports=170},6622:e=>{e.exports=9007199254740991},3424:e=>{e.exports=17976931348623157e292},4862:e=>{e.exports=-1074},7999:e=>{e.exports=-708.3964185322641},1475:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4241).NEGATIVE_INFINITY;e.exports=r},1277:e=>{e.exports=20},9701:e=>{e.exports=3.141592653589793},469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},5417:e=>{e.exports=22250738585072014e-324},8159:e=>{e.exports=1.4901161193847656e-8},2385:e=>{e.exports=2.5066282746310007},4739:e=>{e.exports=6.283185307179586},3960:e=>{e.exports=2147483647},6653:e=>{e.exports=65535},8035:e=>{e.exports=4294967295},2732:e=>{e.exports=255},6990:(e,t,n)=>{
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
var r=n(4209);e.exports=r},4209:e=>{
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
var t=Function;e.exports=t},530:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8085);e.exports=r},8085:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2804);e.exports=function(e){return r(e/2)}},7234:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(661);e.exports=r},661:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(469),s=n(1475);e.exports=function(e){return e===r||e===s}},2804:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3835);e.exports=r},3835:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2334);e.exports=function(e){return r(e)===e}},6523:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9382);e.exports=r},9382:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return e!=e}},3270:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8121);e.exports=r},8121:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1475);e.exports=function(e){return 0===e&&1/e===r}},7687:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(530);e.exports=function(e){return r(e>0?e-1:e+1)}},866:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);e.exports=function(e){return 0===e&&1/e===r}},6260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6443);e.exports=r},6443:e=>{e.exports=
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
function(e){return Math.abs(e)}},7548:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7811);e.exports=r},7811:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6622),s=n(469),i=n(2804),o=n(6523),a=n(7687),c=n(2334),u=n(4370);e.exports=function e(t,n){var l,f,p,h,d,m,g;if(o(t)||o(n))return NaN;if(!i(t)||!i(n))return NaN;if(n<0)return 0;if(f=1,t<0&&(t=-t+n-1,a(n)&&(f*=-1)),n>t)return 0;if(0===n||n===t)return f;if(1===n||n===t-1)return f*t;for(t-n<n&&(n=t-n),g=c(r/t),l=1,d=1;d<=n&&!(l>g);d++)l*=t,l/=d,t-=1;return d>n?f*l:(p=e(t,n-d+1))===s?f*p:(h=e(n,n-d+1),f*(l/=h/=m=u(p,h))*(p/=m))}},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7640);e.exports=r},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},910:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9775);e.exports=r},9775:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5976),s=n(3935),i=n(7949),o=n(2882),a=n(7844),c=[0,0];e.exports=function(e,t){var n,u;return i.assign(e,c,1,0),n=c[0],n&=s,u=o(t),a(n|=u&=r,c[1])}},9191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4274);e.exports=r},4274:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2882),s=n(1567),i=n(186),o=n(3982),a=n(3935),c=n(222),u=[0,0];e.exports=function(e){var t;if(t=r(e),(t&=a)<=1072243195)return t<1044381696?1:s(e,0);if(t>=c)return NaN;switch(3&o(e,u)){case 0:return s(u[0],u[1]);case 1:return-i(u[0],u[1]);case 2:return-s(u[0],u[1]);default:return i(u[0],u[1])}}},988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4387);e.exports=r},4387:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(1851),i=n(3786),o=n(469),a=n(1475),c=n(8300),u=n(8018),l=n(675),f=n(5266),p=n(8925),h=n(1332),d=n(516),m=n(9101),g=.8450629115104675;e.exports=function(e){var t,n,y,v,b,_,w,k;if(r(e))return NaN;if(e===o)return 0;if(e===a)return 2;if(0===e)return 1;if(e<0?(t=!0,n=-e):(t=!1,n=e),n<.84375)return n<13877787807814457e-33?1-e:(_=(v=.12837916709551256+(y=e*e)*c(y))/(b=1+y*u(y)),e<.25?1-(e+e*_):(v=e*_,.5-(v+=e-.5)));if(n<1.25)return w=(b=n-1)*l(b)-.0023621185607526594,k=1+b*f(b),t?1+g+w/k:1-g-w/k;if(n<28){if(b=1/(n*n),n<2.857142857142857)v=b*p(b)-.009864944034847148,b=1+b*h(b);else{if(e<-6)return 2;v=b*d(b)-.0098649429247001,b=1+b*m(b)}return y=i(n,0),v=s(-y*y-.5625)*s((y-n)*(y+n)+v/b),t?2-v/n:v/n}return t?2:0}},675:e=>{e.exports=
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
function(e){return 0===e?.41485611868374833:.41485611868374833+e*(e*(.31834661990116175+e*(e*(.035478304325618236+-.002166375594868791*e)-.11089469428239668))-.3722078760357013)}},8300:e=>{e.exports=
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
function(e){return 0===e?-.3250421072470015:e*(e*(-23763016656650163e-21*e-.005770270296489442)-.02848174957559851)-.3250421072470015}},5266:e=>{e.exports=
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
function(e){return 0===e?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+.011984499846799107*e))))}},8018:e=>{e.exports=
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
function(e){return 0===e?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+-3960228278775368e-21*e)))}},8925:e=>{e.exports=
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
function(e){return 0===e?-.799283237680523:e*(e*(e*(e*(-483.5191916086514*e-1025.0951316110772)-637.5664433683896)-160.63638485582192)-17.757954917754752)-.799283237680523}},1332:e=>{e.exports=
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
function(e){return 0===e?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+-.0604244152148581*e))))))}},9101:e=>{e.exports=
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
function(e){return 0===e?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+-22.44095244658582*e)))))}},6567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3291),s=n(1589);e.exports=function(e,t,n){var i,o,a;return a=(i=e-t)-(o=i*i)*s(o),r(1-(t-i*a/(2-a)-e),n)}},1851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1878);e.exports=r},1878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(1262),i=n(1475),o=n(469),a=n(6567),c=1.4426950408889634,u=1/(1<<28),l=-u;e.exports=function(e){var t;return r(e)||e===o?e:e===i?0:e>709.782712893384?o:e<-745.1332191019411?0:e>l&&e<u?1+e:(t=s(e<0?c*e-.5:c*e+.5),a(e-.6931471803691238*t,1.9082149292705877e-10*t,t))}},1589:e=>{e.exports=
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
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},141:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6172);e.exports=r},6172:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(2882),i=n(5990),o=n(7844),a=n(469),c=n(1475),u=n(1877),l=n(9475),f=n(6736),p=.6931471803691238,h=1.9082149292705877e-10,d=1.4426950408889634;e.exports=function(e){var t,n,m,g,y,v,b,_,w,k,x,S,A;if(e===a||r(e))return e;if(e===c)return-1;if(0===e)return e;if(e<0?(m=!0,_=-e):(m=!1,_=e),_>=38.816242111356935){if(m)return-1;if(_>=709.782712893384)return a}if(v=0|s(_),_>l)_<1.0397207708399179?m?(g=e+p,y=-h,A=-1):(g=e-p,y=h,A=1):(A=m?d*e-.5:d*e+.5,g=e-(x=A|=0)*p,y=x*h),k=g-(e=g-y)-y;else{if(v<1016070144)return e;A=0}return S=(w=e*(t=.5*e))*(((b=1+w*f(w))-(x=3-b*t))/(6-e*x)),0===A?e-(e*S-w):(n=o(u+A<<20,0),S=e*(S-k)-k,S-=w,-1===A?.5*(e-S)-.5:1===A?e<-.25?-2*(S-(e+.5)):1+2*(e-S):A<=-2||A>56?(_=1-(S-e),1024===A?(g=s(_)+(A<<20)|0,_=i(_,g)):_*=n,_-1):(x=1,A<20?_=(x=i(x,g=1072693248-(2097152>>A)|0))-(S-e):(_=e-(S+(x=i(x,g=u-A<<20))),_+=1),_*=n))}},6736:e=>{e.exports=
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
function(e){return 0===e?-.03333333333333313:e*(.0015873015872548146+e*(e*(4008217827329362e-21+-2.0109921818362437e-7*e)-793650757867488e-19))-.03333333333333313}},2334:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5681);e.exports=r},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},2638:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2193);e.exports=r},2193:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(9497);e.exports=r},9497:e=>{e.exports=
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
function(e){var t,n;return 0===e?1/0:((e<0?-e:e)<=1?(t=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+4624429436045379e-20*e))))))))),n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+1*e)))))))))):(t=4624429436045379e-20+(e=1/e)*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+709811.662581658*e))))))))),n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+0*e)))))))))),t/n)}},905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9848);e.exports=r},9848:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(2804),i=n(3270),o=n(6260),a=n(2334),c=n(1794),u=n(469),l=n(1475),f=n(9701),p=n(2482),h=n(6630),d=n(3381);e.exports=function(e){var t,n,m,g;if(s(e)&&e<0||e===l||r(e))return NaN;if(0===e)return i(e)?l:u;if(e>171.61447887182297)return u;if(e<-170.5674972726612)return 0;if((n=o(e))>33)return e>=0?p(e):(t=1&(m=a(n))?1:-1,(g=n-m)>.5&&(g=n-(m+=1)),g=n*c(f*g),t*f/(o(g)*p(n)));for(g=1;e>=3;)g*=e-=1;for(;e<0;){if(e>-1e-9)return h(e,g);g/=e,e+=1}for(;e<2;){if(e<1e-9)return h(e,g);g/=e,e+=1}return 2===e?g:g*d(e-=2)}},6886:e=>{e.exports=
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
function(e){return 0===e?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(e*(.0007873113957930937*e-.00022954996161337813)-.0026813261780578124))}},3381:e=>{e.exports=
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
function(e){var t,n;return 0===e?1:((e<0?-e:e)<=1?(t=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+0*e)))))),n=1+e*(.0714304917030273+e*(e*(.035823639860549865+e*(.011813978522206043+e*(e*(.0005396055804933034+-23158187332412014e-21*e)-.004456419138517973)))-.23459179571824335))):(t=0+(e=1/e)*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+1*e)))))),n=e*(.0005396055804933034+e*(e*(.011813978522206043+e*(.035823639860549865+e*(e*(.0714304917030273+1*e)-.23459179571824335)))-.004456419138517973))-23158187332412014e-21),t/n)}},6630:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(23);e.exports=function(e,t){return t/((1+r*e)*e)}},2482:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2385),s=n(6310),i=n(1851),o=n(6886);e.exports=function(e){var t,n,a;return t=1+(t=1/e)*o(t),n=i(e),n=e>143.01608?(a=s(e,.5*e-.25))*(a/n):s(e,e-.5)/n,r*n*t}},7186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7013);e.exports=r},3256:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1550),s=n(5088),i=n(8280),o=n(1440),a=n(7492);e.exports=function(e,t,n){var c,u,l;if(e<s)return-r(e);if(0===t||0===n)return 0;if(u=0,e>2){if(e>=3){do{n-=1,u+=r(e-=1)}while(e>=3);n=e-2}return u+=.15896368026733398*(l=n*(e+1))+l*i(n)}return e<1&&(u+=-r(e),n=t,t=e,e+=1),u+=e<=1.5?.5281534194946289*(c=t*n)+c*(l=o(t)):.45201730728149414*(l=n*t)+l*a(-n)}},7013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(905),s=n(141),i=n(7260),o=n(6523),a=n(3256);e.exports=function(e){return o(e)?NaN:e<0?e<-.5?r(1+e)-1:s(-i(e)+a(e+2,e+1,e)):e<2?s(a(e+1,e,e-1)):r(1+e)-1}},8280:e=>{e.exports=
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
function(e){var t,n;return 0===e?.04906224540690395:((e<0?-e:e)<=1?(t=.04906224540690395+e*(e*(e*(e*(e*(-.0010034668769627955*e-.024014982064857155)-.1584135863906922)-.4065671242119384)-.4149833583594954)-.09691175301595212),n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+.001957681026011072*e)))))):(t=(e=1/e)*(e*(e*(e*(e*(.04906224540690395*e-.09691175301595212)-.4149833583594954)-.4065671242119384)-.1584135863906922)-.024014982064857155)-.0010034668769627955,n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+1*e)))))),t/n)}},7492:e=>{e.exports=
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
function(e){var t,n;return 0===e?-.029232972183027003:((e<0?-e:e)<=1?(t=e*(.14421626775719232+e*(e*(.05428096940550536+e*(e*(.0004311713426792973+0*e)-.008505359768683364))-.14244039073863127))-.029232972183027003,n=1+e*(e*(.846973248876495+e*(e*(.02558279715597587+e*(-8.271935218912905e-7*e-.0010066679553914337))-.22009515181499575))-1.5016935605448505)):(t=0+(e=1/e)*(.0004311713426792973+e*(e*(.05428096940550536+e*(e*(.14421626775719232+-.029232972183027003*e)-.14244039073863127))-.008505359768683364)),n=e*(e*(.02558279715597587+e*(e*(.846973248876495+e*(1*e-1.5016935605448505))-.22009515181499575))-.0010066679553914337)-8.271935218912905e-7),t/n)}},7078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1851);e.exports=function(e,t){var n,s,i;if(0!==(s=r(-t)))for(n=s,i=1;i<e;++i)n/=i,s+=n*=t;return s}},5120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(988),s=n(5478),i=n(1851),o=n(9701);e.exports=function(e,t){var n,a,c,u;if(0!==(c=r(s(t)))&&e>1){for(n=i(-t)/s(o*t),n*=t,a=n/=.5,u=2;u<e;++u)n/=u-.5,a+=n*=t;c+=a}return c}},5852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1851),s=n(6310),i=n(1550),o=n(4193),a=n(7999);e.exports=function(e,t){var n;return n=e*i(t),t>=1?n<o&&-t>a?s(t,e)*r(-t):e>=1?s(t/r(t/e),e):r(n-t):n>a?s(t,e)*r(-t):t/e<o?s(t/r(t/e),e):r(n-t)}},6144:(e,t,n)=>{
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
var r=n(2334),s=n(905),i=n(6260),o=n(6310),a=n(1550),c=n(8159),u=n(3424),l=n(4193),f=n(3781),p=n(7078),h=n(5120),d=n(5852),m=n(712),g=n(7178),y=n(4175),v=n(97),b=n(386);e.exports=function(e,t,n,_){var w,k,x,S,A,E,O,$,N,I,T,C;switch(E=0,O=_,t<30&&t<=e+1&&e<l?x=!($=(T=r(t))===t)&&.5===i(T-t):($=!1,x=!1),$&&e>.6?(O=!O,k=0):x&&e>.2?(O=!O,k=1):e<c&&t>1?k=6:e>1e3&&(t<e||i(t-50)/e<1)?(O=!O,k=7):e<.5?k=-.4/a(e)<t?2:3:e<1.1?k=.75*e<t?2:3:(A=!1,n&&t>20&&(N=i((e-t)/t),t>200?20/t>N*N&&(A=!0):N<.4&&(A=!0)),A?k=5:e-1/(3*e)<t?k=2:(k=4,O=!O)),k){case 0:E=p(t,e),!1===n&&(E*=s(t));break;case 1:E=h(t,e),!1===n&&(E*=s(t));break;case 2:0!==(E=n?y(t,e):d(t,e))&&(S=0,w=!1,O&&(S=n?1:s(t),n||E>=1||u*E>S?(S/=E,n||t<1||u/t>S?(S*=-t,w=!0):S=0):S=0),E*=g(t,e,S)/t,w&&(O=!1,E=-E));break;case 3:E=(I=v(t,e,O=!O))[0],C=I[1],O=!1,n&&(E/=C);break;case 4:0!==(E=n?y(t,e):d(t,e))&&(E*=b(t,e));break;case 5:E=m(t,e),e>=t&&(O=!O);break;case 6:E=n?o(e,t)/s(t+1):o(e,t)/t,E*=1-t*e/(t+1);break;case 7:E=n?y(t,e):d(t,e),0!==(E/=e)&&(E*=f(t,e))}return n&&E>1&&(E=1),O&&(E=(n?1:s(t))-E),E}},712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2096),s=n(5430),i=n(988),o=n(5478),a=n(1851),c=n(4739),u=n(4410),l=n(5273),f=n(736),p=n(8135),h=n(6870),d=n(7589),m=n(3164),g=n(8099),y=n(9413),v=[0,0,0,0,0,0,0,0,0,0];e.exports=function(e,t){var n,b,_,w;return _=e*(b=-s((t-e)/e)),w=o(2*b),t<e&&(w=-w),v[0]=u(w),v[1]=l(w),v[2]=f(w),v[3]=p(w),v[4]=h(w),v[5]=d(w),v[6]=m(w),v[7]=g(w),v[8]=y(w),v[9]=-.0005967612901927463,n=r(v,1/e),n*=a(-_)/o(c*e),t<e&&(n=-n),n+=i(o(_))/2}},5479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3218);e.exports=r},7178:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6491),s=n(3027);e.exports=function(e,t,n){var i;return n=n||0,i=s(e,t),r(i,{initialValue:n})}},3027:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(e,t){var n=1,r=e,s=t;return function(){var e=n;return n*=s/(r+=1),e}}},3218:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7711),s=n(1851),i=n(1550),o=n(2385),a=n(4193),c=n(469),u=n(313),l=n(6144),f=n(7178),p=n(386);e.exports=function(e,t,n,h){var d,m,g;return e<0||t<=0?NaN:(d=void 0===n||n,m=h,t>=u&&!d?(m&&4*t<e?(g=t*i(e)-e,g+=i(p(t,e))):!m&&t>4*e?(g=t*i(e)-e,g+=i(f(t,e,0)/t)):0===(g=l(e,t,!0,m))?m?(g=i(g=1+1/(12*t)+1/(288*t*t))-t+(t-.5)*i(t),g+=i(o)):(g=t*i(e)-e,g+=i(f(t,e,0)/t)):g=i(g)+r(t),g>a?c:s(g)):l(e,t,d,m))}},4410:e=>{e.exports=
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
function(e){return 0===e?-.3333333333333333:e*(.08333333333333333+e*(e*(.0011574074074074073+e*(.0003527336860670194+e*(e*(3919263178522438e-20+e*(e*(e*(8.296711340953087e-7+e*(e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(9.14769958223679e-10*e-4.382036018453353e-9)))-1.7665952736826078e-7))-185406221071516e-20)-21854485106799924e-22))-.0001787551440329218)))-.014814814814814815))-.3333333333333333}},5273:e=>{e.exports=
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
function(e){return 0===e?-.001851851851851852:e*(e*(.0026455026455026454+e*(e*(.00020576131687242798+e*(e*(e*(764916091608111e-20+e*(e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(1.1951628599778148e-8*e-5.752545603517705e-8)))-16120900894563446e-22))-18098550334489977e-21)-4.018775720164609e-7))-.0009902263374485596))-.003472222222222222)-.001851851851851852}},736:e=>{e.exports=
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
function(e){return 0===e?.0006494341563786008:.0006494341563786008+e*(.00022947209362139917+e*(e*(.00026772063206283885+e*(e*(e*(11082654115347302e-21+e*(14230900732435883e-22*e-56749528269915965e-22))-2.396505113867297e-7)-7561801671883977e-20))-.0004691894943952557))}},6870:e=>{e.exports=
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
function(e){return 0===e?-.0008618882909167117:e*(.0007840392217200666+e*(e*(e*(6641498215465122e-20+e*(11375726970678419e-21*e-3968365047179435e-20))-14638452578843418e-22)-.0002990724803031902))-.0008618882909167117}},7589:e=>{e.exports=
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
function(e){return 0===e?.00034436760689237765:.00034436760689237765+e*(5171790908260592e-20+e*(e*(.0002812695154763237+-.00010976582244684731*e)-.00033493161081142234))}},9413:e=>{e.exports=
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
function(e){return 0===e?-.0006526239185953094:e*(.0008394987206720873+-.000438297098541721*e)-.0006526239185953094}},4175:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2638),s=n(7711),i=n(905),o=n(5430),a=n(5478),c=n(6260),u=n(1851),l=n(6310),f=n(2974),p=n(8008),h=n(1550),d=n(3424),m=n(4193),g=n(7999),y=n(3822),v=n(45);e.exports=function(e,t){var n,b,_,w,k,x,S;return S=(t-e-y+.5)/(_=e+y-.5),e<1?t<=g||e<1/d?u(e*h(t)-t-s(e)):l(t,e)*u(-t)/i(e):(c(S*S*e)<=100&&e>150?(n=e*o(S)+t*(.5-y)/_,n=u(n)):(w=e*h(t/_),p(w,k=e-t)<=g||f(w,k)>=m?(b=k/e,p(w,k)/2>g&&f(w,k)/2<m?n=(x=l(t/_,e/2)*u(k/2))*x:p(w,k)/4>g&&f(w,k)/4<m&&t>e?(n=(x=l(t/_,e/4)*u(k/4))*x,n*=n):n=b>g&&b<m?l(t*u(b)/_,e):u(w+k)):n=l(t/_,e)*u(k)),n*=a(_/v)/r(e))}},7708:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(e,t){var n,r,s,i;return n=-t,t=-t,r=e+1,s=1,function(){return i=n/r,n*=t,n/=s+=1,r+=1,i}}},3781:(e,t,n)=>{
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
var r=n(6491),s=n(4809);e.exports=function(e,t){var n;return n=s(e,t),r(n)}},4809:e=>{e.exports=
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
function(e,t){var n=1,r=e,s=t;return function(){var e=n;return n*=r/s,r-=1,e}}},97:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(4756),s=n(6491),i=n(7186),o=n(7708);e.exports=function(e,t,n){var a,c,u,l;return c=((a=i(e))+1)/e,a-=u=r(t,e),a/=e,l=o(e,t),a=-(u+=1)*s(l,{initialValue:((n?c:0)-a)/u}),n&&(a=-a),[a,c]}},386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(508),s=n(2923);e.exports=function(e,t){var n=s(e,t);return 1/(t-e+1+r(n))}},2923:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function(e,t){var n=t-e+1,r=e,s=0;return function(){return[(s+=1)*(r-s),n+=2]}}},7711:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8554);e.exports=r},8554:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(7234),i=n(6260),o=n(1550),a=n(1262),c=n(8901),u=n(9701),l=n(469),f=n(9303),p=n(5690),h=n(1271),d=n(7120),m=n(2778),g=n(6503),y=n(2352),v=n(7942),b=n(5059),_=n(9596),w=1.4616321449683622,k=1.4616321449683622;e.exports=function(e){var t,n,x,S,A,E,O,$;if(r(e)||s(e))return e;if(0===e)return l;if(e<0?(t=!0,e=-e):t=!1,e<13877787807814457e-33)return-o(e);if(t){if(e>=4503599627370496)return l;if(0===(S=c(e)))return l;n=o(u/i(S*e))}if(1===e||2===e)return 0;if(e<2)switch(e<=.9?($=-o(e),e>=w-1+.27?(E=1-e,x=0):e>=w-1-.27?(E=e-(k-1),x=1):(E=e,x=2)):($=0,e>=w+.27?(E=2-e,x=0):e>=w-.27?(E=e-k,x=1):(E=e-1,x=2)),x){case 0:$+=E*(.07721566490153287+(O=E*E)*f(O))+O*(.3224670334241136+O*p(O))-.5*E;break;case 1:$+=-.12148629053584961+((O=E*E)*(.48383612272381005+(A=O*E)*m(A))-(-3638676997039505e-33-A*(A*g(A)-.1475877229945939+E*(.06462494023913339+A*y(A)))));break;case 2:$+=-.5*E+E*(E*v(E)-.07721566490153287)/(1+E*b(E))}else if(e<8)switch($=.5*(E=e-(x=a(e)))+E*(E*d(E)-.07721566490153287)/(1+E*h(E)),O=1,x){case 7:O*=E+6;case 6:O*=E+5;case 5:O*=E+4;case 4:O*=E+3;case 3:$+=o(O*=E+2)}else $=e<72057594037927940?(e-.5)*((S=o(e))-1)+(A=.4189385332046727+(O=1/e)*_(E=O*O)):e*(o(e)-1);return t&&($=n-$),$}},9303:e=>{e.exports=
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
function(e){return 0===e?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+25214456545125733e-21*e)))}},5690:e=>{e.exports=
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
function(e){return 0===e?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+44864094961891516e-21*e)))}},1271:e=>{e.exports=
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
function(e){return 0===e?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+7326684307446256e-21*e))))}},7120:e=>{e.exports=
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
function(e){return 0===e?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+3194753265841009e-20*e))))}},2778:e=>{e.exports=
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
function(e){return 0===e?-.032788541075985965:e*(.006100538702462913+e*(.00031563207090362595*e-.0014034646998923284))-.032788541075985965}},6503:e=>{e.exports=
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
function(e){return 0===e?.01797067508118204:.01797067508118204+e*(e*(.000881081882437654+-.00031275416837512086*e)-.0036845201678113826)}},2352:e=>{e.exports=
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
function(e){return 0===e?-.010314224129834144:e*(.0022596478090061247+e*(.0003355291926355191*e-.0005385953053567405))-.010314224129834144}},7942:e=>{e.exports=
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
function(e){return 0===e?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+.013381091853678766*e)))}},5059:e=>{e.exports=
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
function(e){return 0===e?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+.003217092422824239*e)))}},9596:e=>{e.exports=
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
function(e){return 0===e?.08333333333333297:.08333333333333297+e*(e*(.0007936505586430196+e*(e*(.0008363399189962821+-.0016309293409657527*e)-.00059518755745034))-.0027777777772877554)}},512:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r=1;if(0===e)return t;if(0===t)return e;for(;e%2==0&&t%2==0;)e/=2,t/=2,r*=2;for(;e%2==0;)e/=2;for(;t;){for(;t%2==0;)t/=2;e>t&&(n=t,t=e,e=n),t-=e}return r*e}},9216:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r=0;if(0===e)return t;if(0===t)return e;for(;!(1&e||1&t);)e>>>=1,t>>>=1,r+=1;for(;!(1&e);)e>>>=1;for(;t;){for(;!(1&t);)t>>>=1;e>t&&(n=t,t=e,e=n),t-=e}return e<<r}},4370:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1413);e.exports=r},1413:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523),s=n(2804),i=n(469),o=n(1475),a=n(3960),c=n(9216),u=n(512);e.exports=function(e,t){return r(e)||r(t)||e===i||t===i||e===o||t===o?NaN:s(e)&&s(t)?(e<0&&(e=-e),t<0&&(t=-t),e<=a&&t<=a?c(e,t):u(e,t)):NaN}},1567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4010);e.exports=r},4010:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(5732),s=n(3242);e.exports=function(e,t){var n,i,o,a;return o=(a=e*e)*a,i=a*r(a),i+=o*o*s(a),(o=1-(n=.5*a))+(1-o-n+(a*i-e*t))}},5732:e=>{e.exports=
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
function(e){return 0===e?.0416666666666666:.0416666666666666+e*(2480158728947673e-20*e-.001388888888887411)}},3242:e=>{e.exports=
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
function(e){return 0===e?-2.7557314351390663e-7:e*(2.087572321298175e-9+-11359647557788195e-27*e)-2.7557314351390663e-7}},186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7485);e.exports=r},7485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var t=-.16666666666666632;e.exports=function(e,n){var r,s,i;return r=.00833333333332249+(i=e*e)*(27557313707070068e-22*i-.0001984126982985795)+i*(i*i)*(1.58969099521155e-10*i-2.5050760253406863e-8),s=i*e,0===n?e+s*(t+i*r):e-(i*(.5*n-s*r)-n-s*t)}},3291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3078);e.exports=r},3078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(469),s=n(1475),i=n(1877),o=n(6276),a=n(2656),c=n(4862),u=n(6523),l=n(7234),f=n(910),p=n(9335).assign,h=n(6075),d=n(7949),m=n(7844),g=[0,0],y=[0,0];e.exports=function(e,t){var n,v;return 0===t||0===e||u(e)||l(e)?e:(p(e,g,1,0),t+=g[1],(t+=h(e=g[0]))<c?f(0,e):t>o?e<0?s:r:(t<=a?(t+=52,v=2220446049250313e-31):v=1,d.assign(e,y,1,0),n=y[0],n&=2148532223,v*m(n|=t+i<<20,y[1])))}},1550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5553);e.exports=r},5553:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2882),s=n(5990),i=n(6523),o=n(1877),a=n(1475),c=n(6488),u=n(1103),l=.6931471803691238,f=1.9082149292705877e-10,p=1048575;e.exports=function(e){var t,n,h,d,m,g,y,v,b,_,w;return 0===e?a:i(e)||e<0?NaN:(d=0,(n=r(e))<1048576&&(d-=54,n=r(e*=0x40000000000000)),n>=2146435072?e+e:(d+=(n>>20)-o|0,d+=(y=(n&=p)+614244&1048576)>>20,g=(e=s(e,n|1072693248^y))-1,(p&2+n)<3?0===g?0===d?0:d*l+d*f:(m=g*g*(.5-.3333333333333333*g),0===d?g-m:d*l-(m-d*f-g)):(y=n-398458|0,v=440401-n|0,h=(_=(w=(b=g/(2+g))*b)*w)*c(_),m=w*u(_)+h,(y|=v)>0?(t=.5*g*g,0===d?g-(t-b*(t+m)):d*l-(t-(b*(t+m)+d*f)-g)):0===d?g-b*(g-m):d*l-(b*(g-m)-d*f-g))))}},6488:e=>{e.exports=
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
function(e){return 0===e?.3999999999940942:.3999999999940942+e*(.22222198432149784+.15313837699209373*e)}},1103:e=>{e.exports=
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
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+.14798198605116586*e))}},7260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523),s=n(2882),i=n(5990),o=n(469),a=n(1475),c=n(1877),u=n(897),l=.6931471803691238,f=1.9082149292705877e-10;e.exports=function(e){var t,n,p,h,d,m,g,y,v,b;if(e<-1||r(e))return NaN;if(-1===e)return a;if(e===o)return e;if(0===e)return e;if(b=1,(p=e<0?-e:e)<.41421356237309503){if(p<1.862645149230957e-9)return p<5551115123125783e-32?e:e-e*e*.5;e>-.2928932188134525&&(b=0,h=e,n=1)}return 0!==b&&(p<9007199254740992?(d=(b=((n=s(v=1+e))>>20)-c)>0?1-(v-e):e-(v-1),d/=v):(b=((n=s(v=e))>>20)-c,d=0),(n&=1048575)<434334?v=i(v,1072693248|n):(b+=1,v=i(v,1071644672|n),n=1048576-n>>2),h=v-1),t=.5*h*h,0===n?0===h?b*l+(d+=b*f):b*l-((y=t*(1-.6666666666666666*h))-(b*f+d)-h):(y=(g=(m=h/(2+h))*m)*u(g),0===b?h-(t-m*(t+y)):b*l-(t-(m*(t+y)+(b*f+d))-h))}},897:e=>{e.exports=
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
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+.14798198605116586*e)))))}},5430:(e,t,n)=>{
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
var r=n(4473);e.exports=r},4781:e=>{e.exports=
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
function(e){var t=-e,n=-1,r=0;return function(){return(n*=t)/(r+=1)}}},4473:(e,t,n)=>{
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
var r=n(6260),s=n(1550),i=n(5088),o=n(6491),a=n(4781);e.exports=function(e){var t,n;return e<=-1?NaN:(n=r(e))>.95?s(1+e)-e:n<i?-e*e/2:(t={initialValue:-e},o(a(e),t))}},2974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8641);e.exports=r},8641:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(866),s=n(6523),i=n(469);e.exports=function(e,t){return s(e)||s(t)?NaN:e===i||t===i?i:e===t&&0===e?r(e)?e:t:e>t?e:t}},8008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9503);e.exports=r},9503:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3270),s=n(6523),i=n(1475);e.exports=function(e,t){return s(e)||s(t)?NaN:e===i||t===i?i:e===t&&0===e?r(e)?e:t:e<t?e:t}},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7609);e.exports=r},9905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2882),s=n(3786),i=n(5990),o=n(1877),a=n(1277),c=n(3140),u=1048576,l=[1,1.5],f=[0,.5849624872207642],p=[0,1.350039202129749e-8];e.exports=function(e,t,n){var h,d,m,g,y,v,b,_,w,k,x,S,A,E,O,$,N,I,T,C;return I=0,n<u&&(I-=53,n=r(t*=9007199254740992)),I+=(n>>a)-o|0,n=1072693248|(T=1048575&n),T<=235662?C=0:T<767610?C=1:(C=0,I+=1,n-=u),h=524288+(n>>1|536870912),y=(N=1/((t=i(t,n))+(b=l[C])))*(($=t-b)-(g=s(d=$*N,0))*(v=i(0,h+=C<<18))-g*(t-(v-b))),O=(m=d*d)*m*c(m),v=s(v=3+(m=g*g)+(O+=y*(g+d)),0),A=(x=-7.028461650952758e-9*(w=s(w=($=g*v)+(N=y*v+(O-(v-3-m))*d),0))+.9617966939259756*(N-(w-$))+p[C])-((S=s(S=(k=.9617967009544373*w)+x+(_=f[C])+(E=I),0))-E-_-k),e[0]=S,e[1]=A,e}},3726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3786),s=n(837);e.exports=function(e,t){var n,i,o,a,c;return n=(c=1.9259629911266175e-8*(o=t-1)-1.4426950408889634*(o*o*s(o)))-((i=r(i=(a=1.4426950216293335*o)+c,0))-a),e[0]=i,e[1]=n,e}},7609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523),s=n(7687),i=n(7234),o=n(2804),a=n(5478),c=n(6260),u=n(7949),l=n(3786),f=n(6519),p=n(1475),h=n(469),d=n(3935),m=n(2122),g=n(888),y=n(3355),v=n(9905),b=n(3726),_=n(5224),w=1083179008,k=1e300,x=1e-300,S=[0,0],A=[0,0];e.exports=function e(t,n){var E,O,$,N,I,T,C,R,P,L,j,z,D,M;if(r(t)||r(n))return NaN;if(u.assign(n,S,1,0),I=S[0],0===S[1]){if(0===n)return 1;if(1===n)return t;if(-1===n)return 1/t;if(.5===n)return a(t);if(-.5===n)return 1/a(t);if(2===n)return t*t;if(3===n)return t*t*t;if(4===n)return(t*=t)*t;if(i(n))return y(t,n)}if(u.assign(t,S,1,0),N=S[0],0===S[1]){if(0===N)return m(t,n);if(1===t)return 1;if(-1===t&&s(n))return-1;if(i(t))return t===p?e(-0,-n):n<0?0:h}if(t<0&&!1===o(n))return(t-t)/(t-t);if($=c(t),E=N&d|0,O=I&d|0,C=I>>>31|0,T=(T=N>>>31|0)&&s(n)?-1:1,O>1105199104){if(O>1139802112)return g(t,n);if(E<1072693247)return 1===C?T*k*k:T*x*x;if(E>1072693248)return 0===C?T*k*k:T*x*x;j=b(A,$)}else j=v(A,$,E);if(z=(L=(n-(R=l(n,0)))*j[0]+n*j[1])+(P=R*j[0]),u.assign(z,S,1,0),D=f(S[0]),M=f(S[1]),D>=w){if(0!==(D-w|M))return T*k*k;if(L+8008566259537294e-32>z-P)return T*k*k}else if((D&d)>=1083231232){if(D-3230714880|M)return T*x*x;if(L<=z-P)return T*x*x}return T*(z=_(D,P,L))}},3140:e=>{e.exports=
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
function(e){return 0===e?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+.20697501780033842*e))))}},5568:e=>{e.exports=
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
function(e){return 0===e?.5:.5+e*(.25*e-.3333333333333333)}},5224:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2882),s=n(5990),i=n(3786),o=n(6519),a=n(3291),c=n(1239),u=n(1877),l=n(3935),f=n(8910),p=n(1277),h=n(5568),d=1048576;e.exports=function(e,t,n){var m,g,y,v,b,_,w,k,x;return x=((k=e&l|0)>>p)-u|0,w=0,k>1071644672&&(g=s(0,((w=e+(d>>x+1)>>>0)&~(f>>(x=((w&l)>>p)-u|0)))>>>0),w=(w&f|d)>>p-x>>>0,e<0&&(w=-w),t-=g),b=(v=(n-((g=i(g=n+t,0))-t))*c+-1.904654299957768e-9*g)-((_=(y=.6931471824645996*g)+v)-y),m=_-(g=_*_)*h(g),e=r(_=1-(_*m/(m-2)-(b+_*b)-_)),e=o(e),_=(e+=w<<p>>>0)>>p<=0?a(_,w):s(_,e)}},2122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7687),s=n(910),i=n(1475),o=n(469);e.exports=function(e,t){return t===i?o:t===o?0:t>0?r(t)?e:0:r(t)?s(o,e):o}},888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935),s=n(2882);e.exports=function(e,t){return(s(e)&r)<=1072693247?t<0?1/0:0:t>0?1/0:0}},3355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260),s=n(469);e.exports=function(e,t){return-1===e?(e-e)/(e-e):1===e?1:r(e)<1==(t===s)?0:s}},4756:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523),s=n(7234),i=n(6260),o=n(141),a=n(1550),c=n(6310),u=n(1262);e.exports=function(e,t){var n,l;if(r(e)||r(t))return NaN;if(0===t)return 0;if(0===e)return-1;if(e<0&&t%2==0&&(e=-e),e>0){if((i(t*(e-1))<.5||i(t)<.2)&&(l=a(e)*t)<.5)return o(l)}else if(u(t)!==t)return NaN;return n=c(e,t)-1,s(n)||r(n)?NaN:n}},3982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4385);e.exports=r},7236:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2334),s=n(3291),i=n(1830),o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],c=16777216,u=5.960464477539063e-8,l=i(20),f=i(20),p=i(20),h=i(20);function d(e,t,n,i,l,f,m,g,y){var v,b,_,w,k,x,S,A,E;for(w=f,E=i[n],A=n,k=0;A>0;k++)b=u*E|0,h[k]=E-c*b|0,E=i[A-1]+b,A-=1;if(E=s(E,l),E-=8*r(.125*E),E-=S=0|E,_=0,l>0?(S+=k=h[n-1]>>24-l,h[n-1]-=k<<24-l,_=h[n-1]>>23-l):0===l?_=h[n-1]>>23:E>=.5&&(_=2),_>0){for(S+=1,v=0,k=0;k<n;k++)A=h[k],0===v?0!==A&&(v=1,h[k]=16777216-A):h[k]=16777215-A;if(l>0)switch(l){case 1:h[n-1]&=8388607;break;case 2:h[n-1]&=4194303}2===_&&(E=1-E,0!==v&&(E-=s(1,l)))}if(0===E){for(A=0,k=n-1;k>=f;k--)A|=h[k];if(0===A){for(x=1;0===h[f-x];x++);for(k=n+1;k<=n+x;k++){for(y[g+k]=o[m+k],b=0,A=0;A<=g;A++)b+=e[A]*y[g+(k-A)];i[k]=b}return d(e,t,n+=x,i,l,f,m,g,y)}for(n-=1,l-=24;0===h[n];)n-=1,l-=24}else(E=s(E,-l))>=c?(b=u*E|0,h[n]=E-c*b|0,l+=24,h[n+=1]=b):h[n]=0|E;for(b=s(1,l),k=n;k>=0;k--)i[k]=b*h[k],b*=u;for(k=n;k>=0;k--){for(b=0,x=0;x<=w&&x<=n-k;x++)b+=a[x]*i[k+x];p[n-k]=b}for(b=0,k=n;k>=0;k--)b+=p[k];for(t[0]=0===_?b:-b,b=p[0]-b,k=1;k<=n;k++)b+=p[k];return t[1]=0===_?b:-b,7&S}e.exports=function(e,t,n,r){var s,i,a,c,u,p,h;for((i=(n-3)/24|0)<0&&(i=0),c=n-24*(i+1),p=i-(a=r-1),h=a+4,u=0;u<=h;u++)l[u]=p<0?0:o[p],p+=1;for(u=0;u<=4;u++){for(s=0,p=0;p<=a;p++)s+=e[p]*l[a+(u-p)];f[u]=s}return d(e,t,4,f,c,4,i,a,l)}},4385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935),s=n(222),i=n(8910),o=n(2882),a=n(1662),c=n(7844),u=n(7236),l=n(499),f=1.5707963267341256,p=6077100506506192e-26,h=2*p,d=3*p,m=4*p,g=[0,0,0],y=[0,0];e.exports=function(e,t){var n,v,b,_,w,k,x,S;if((_=(b=0|o(e))&r|0)<=1072243195)return t[0]=e,t[1]=0,0;if(_<=1074752122)return 598523===(_&i)?l(e,_,t):_<=1073928572?b>0?(S=e-f,t[0]=S-p,t[1]=S-t[0]-p,1):(S=e+f,t[0]=S+p,t[1]=S-t[0]+p,-1):b>0?(S=e-2*f,t[0]=S-h,t[1]=S-t[0]-h,2):(S=e+2*f,t[0]=S+h,t[1]=S-t[0]+h,-2);if(_<=1075594811)return _<=1075183036?1074977148===_?l(e,_,t):b>0?(S=e-3*f,t[0]=S-d,t[1]=S-t[0]-d,3):(S=e+3*f,t[0]=S+d,t[1]=S-t[0]+d,-3):1075388923===_?l(e,_,t):b>0?(S=e-4*f,t[0]=S-m,t[1]=S-t[0]-m,4):(S=e+4*f,t[0]=S+m,t[1]=S-t[0]+m,-4);if(_<1094263291)return l(e,_,t);if(_>=s)return t[0]=NaN,t[1]=NaN,0;for(n=a(e),S=c(_-((v=(_>>20)-1046)<<20),n),k=0;k<2;k++)g[k]=0|S,S=16777216*(S-g[k]);for(g[2]=S,w=3;0===g[w-1];)w-=1;return x=u(g,y,v,w,1),b<0?(t[0]=-y[0],t[1]=-y[1],-x):(t[0]=y[0],t[1]=y[1],x)}},499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(8972),s=n(2882);e.exports=function(e,t,n){var i,o,a,c,u;return a=e-1.5707963267341256*(i=r(.6366197723675814*e)),c=6077100506506192e-26*i,u=t>>20,n[0]=a-c,u-(s(n[0])>>20&2047)>16&&(c=20222662487959506e-37*i-((o=a)-(a=o-(c=6077100506303966e-26*i))-c),n[0]=a-c,u-(s(n[0])>>20&2047)>49&&(c=84784276603689e-45*i-((o=a)-(a=o-(c=20222662487111665e-37*i))-c),n[0]=a-c)),n[1]=a-n[0]-c,i}},8972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6547);e.exports=r},6547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},1794:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3205);e.exports=r},3205:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935),s=n(222),i=n(2882),o=n(1567),a=n(186),c=n(3982),u=[0,0];e.exports=function(e){var t;if(t=i(e),(t&=r)<=1072243195)return t<1045430272?e:a(e,0);if(t>=s)return NaN;switch(3&c(e,u)){case 0:return a(u[0],u[1]);case 1:return o(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return-o(u[0],u[1])}}},8901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3012);e.exports=r},3012:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523),s=n(7234),i=n(9191),o=n(1794),a=n(6260),c=n(910),u=n(9701);e.exports=function(e){var t,n;return r(e)||s(e)?NaN:0===(t=a(n=e%2))||1===t?c(0,n):t<.25?o(u*n):t<.75?c(i(u*(t=.5-t)),n):t<1.25?(n=c(1,n)-n,o(u*n)):t<1.75?-c(i(u*(t-=1.5)),n):(n-=c(2,n),o(u*n))}},5478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1689);e.exports=r},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},1262:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2657);e.exports=r},2657:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2334),s=n(3385);e.exports=function(e){return e<0?s(e):r(e)}},3962:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260),s=n(5088),i=n(8858);e.exports=function(e,t){var n,o,a;return o={},arguments.length>1&&(o=t),a=o.tolerance||s,n=o.maxIter||1e6,o.keep?function(e,t,n){var s,o,a,c,u;0===(c=(u=e())[1])&&(c=i),o=c,a=0;do{(u=e())&&(0===(a=u[1]+u[0]*a)&&(a=i),0===(o=u[1]+u[0]/o)&&(o=i),c*=s=o*(a=1/a))}while(u&&r(s-1)>t&&--n);return c}(e,a,n):function(e,t,n){var s,o,a,c,u,l;u=(l=e())[1],o=l[0],0===u&&(u=i),a=u,c=0;do{(l=e())&&(0===(c=l[1]+l[0]*c)&&(c=i),0===(a=l[1]+l[0]/a)&&(a=i),u*=s=a*(c=1/c))}while(l&&r(s-1)>t&&--n);return o/u}(e,a,n)}},7028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260),s=n(8858),i=n(5088);e.exports=function(e,t){var n,o,a;return o={},arguments.length>1&&(o=t),n=o.maxIter||1e6,a=o.tolerance||i,o.keep?function(e,t,n){var i,o,a,c,u,l;if(0===(a=(l=(i="function"==typeof e.next)?e.next().value:e())[1])&&(a=s),c=a,u=0,!0===i)do{(l=e.next().value)&&(0===(u=l[1]+l[0]*u)&&(u=s),0===(c=l[1]+l[0]/c)&&(c=s),a*=o=c*(u=1/u))}while(l&&r(o-1)>t&&--n);else do{(l=e())&&(0===(u=l[1]+l[0]*u)&&(u=s),0===(c=l[1]+l[0]/c)&&(c=s),a*=o=c*(u=1/u))}while(l&&r(o-1)>t&&--n);return a}(e,a,n):function(e,t,n){var i,o,a,c,u,l,f;if(c=(f=(i="function"==typeof e.next)?e.next().value:e())[1],a=f[0],0===c&&(c=s),u=c,l=0,!0===i)do{(f=e.next().value)&&(0===(l=f[1]+f[0]*l)&&(l=s),0===(u=f[1]+f[0]/u)&&(u=s),c*=o=u*(l=1/l))}while(r(o-1)>t&&--n);else do{(f=e())&&(0===(l=f[1]+f[0]*l)&&(l=s),0===(u=f[1]+f[0]/u)&&(u=s),c*=o=u*(l=1/l))}while(f&&r(o-1)>t&&--n);return a/c}(e,a,n)}},508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(2878),i=n(7028),o=n(3962);r=s()?i:o,e.exports=r},1278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6990),s=n(3767);e.exports=function(e){var t,n,i,o;if(e.length>500)return function(t){return s(e,t)};if(t="return function evalpoly(x){",0===(n=e.length))t+="return 0.0;";else if(1===n)t+="return "+e[0]+";";else{for(t+="if(x===0.0){return "+e[0]+";}",t+="return "+e[0],i=n-1,o=1;o<n;o++)t+="+x*",o<i&&(t+="("),t+=e[o];for(o=0;o<i-1;o++)t+=")";t+=";"}return t+="}",new r(t+="//# sourceURL=evalpoly.factory.js")()}},2096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(3767);r(s,"factory",n(1278)),e.exports=s},3767:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,t){var n,r;if((r=e.length)<2||0===t)return 0===r?0:e[0];for(n=e[r-=1]*t+e[r-1],r-=2;r>=0;)n=n*t+e[r],r-=1;return n}},6049:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260),s=n(5088);e.exports=function(e,t){var n,i,o,a,c;c={},arguments.length>1&&(c=t),n=c.tolerance||s,o=c.maxTerms||1e6,a=c.initialValue||0;do{a+=i=e()}while(r(n*a)<r(i)&&--o);return a}},3333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260),s=n(5088);e.exports=function(e,t){var n,i,o,a,c;if(c={},arguments.length>1&&(c=t),n=c.tolerance||s,o=c.maxTerms||1e6,a=c.initialValue||0,!0===("function"==typeof e.next)){for(i of e)if(r(n*(a+=i))>=r(i)||0===--o)break}else do{a+=i=e()}while(r(n*a)<r(i)&&--o);return a}},6491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(2878),i=n(3333),o=n(6049);r=s()?i:o,e.exports=r},4241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7696);e.exports=r},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7014);e.exports=r},7014:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2882),s=n(222),i=n(1877);e.exports=function(e){var t=r(e);return(t=(t&s)>>>20)-i|0}},7844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5259);e.exports=r},9593:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i;!0===n(347)?(s=1,i=0):(s=0,i=1),r={HIGH:s,LOW:i},e.exports=r},5259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(9593),o=new s(1),a=new r(o.buffer),c=i.HIGH,u=i.LOW;e.exports=function(e,t){return a[c]=e,a[u]=t,o[0]}},9828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(347)?1:0,e.exports=r},2882:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6053);e.exports=r},6053:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(9828),o=new s(1),a=new r(o.buffer);e.exports=function(e){return o[0]=e,a[i]}},1662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3761);e.exports=r},5844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(347)?0:1,e.exports=r},3761:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(5844),o=new s(1),a=new r(o.buffer);e.exports=function(e){return o[0]=e,a[i]}},750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5417),s=n(7234),i=n(6523),o=n(6260);e.exports=function(e,t,n,a){return i(e)||s(e)?(t[a]=e,t[a+n]=0,t):0!==e&&o(e)<r?(t[a]=4503599627370496*e,t[a+n]=-52,t):(t[a]=e,t[a+n]=0,t)}},9335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(6754);r(s,"assign",n(750)),e.exports=s},6754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(750);e.exports=function(e){return r(e,[0,0],1,0)}},2880:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(347)?1:0,e.exports=r},5990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6921);e.exports=r},6921:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(2880),o=new s(1),a=new r(o.buffer);e.exports=function(e,t){return o[0]=e,a[i]=t>>>0,o[0]}},3786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(253);e.exports=r},9760:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r;r=!0===n(347)?0:1,e.exports=r},253:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(9760),o=new s(1),a=new r(o.buffer);e.exports=function(e,t){return o[0]=e,a[i]=t>>>0,o[0]}},5132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096),s=n(9979),i=n(3808),o=new s(1),a=new r(o.buffer),c=i.HIGH,u=i.LOW;e.exports=function(e,t,n,r){return o[0]=e,t[r]=a[c],t[r+n]=a[u],t}},7949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568),s=n(6364);r(s,"assign",n(5132)),e.exports=s},3808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s,i;!0===n(347)?(s=1,i=0):(s=0,i=1),r={HIGH:s,LOW:i},e.exports=r},6364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5132);e.exports=function(e){return r(e,[0,0],1,0)}},6519:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3234);e.exports=r},3234:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0|e}},2029:e=>{
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
var t=Math.abs,n=String.prototype.toLowerCase,r=String.prototype.toUpperCase,s=String.prototype.replace,i=/e\+(\d)$/,o=/e-(\d)$/,a=/^(\d+)$/,c=/^(\d+)e/,u=/\.0$/,l=/\.0*e/,f=/(\..*[^0])0*e/;e.exports=function(e,p){var h,d;switch(p.specifier){case"e":case"E":d=e.toExponential(p.precision);break;case"f":case"F":d=e.toFixed(p.precision);break;case"g":case"G":t(e)<1e-4?((h=p.precision)>0&&(h-=1),d=e.toExponential(h)):d=e.toPrecision(p.precision),p.alternate||(d=s.call(d,f,"$1e"),d=s.call(d,l,"e"),d=s.call(d,u,""));break;default:throw new Error("invalid double notation. Value: "+p.specifier)}return d=s.call(d,i,"e+0$1"),d=s.call(d,o,"e-0$1"),p.alternate&&(d=s.call(d,a,"$1."),d=s.call(d,c,"$1.e")),e>=0&&p.sign&&(d=p.sign+d),d=p.specifier===r.call(p.specifier)?r.call(d):n.call(d)}},1836:(e,t,n)=>{
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
var r=n(6392),s=n(122),i=String.prototype.toLowerCase,o=String.prototype.toUpperCase;e.exports=function(e){var t,n,a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(n=e.arg,a=parseInt(n,10),!isFinite(a)){if(!r(n))throw new Error("invalid integer. Value: "+n);a=0}return a<0&&("u"===e.specifier||10!==t)&&(a=4294967295+a+1),a<0?(n=(-a).toString(t),e.precision&&(n=s(n,e.precision,e.padRight)),n="-"+n):(n=a.toString(t),a||e.precision?e.precision&&(n=s(n,e.precision,e.padRight)):n="",e.sign&&(n=e.sign+n)),16===t&&(e.alternate&&(n="0x"+n),n=e.specifier===o.call(e.specifier)?o.call(n):i.call(n)),8===t&&e.alternate&&"0"!==n.charAt(0)&&(n="0"+n),n}},24:(e,t,n)=>{
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
var r=n(4879);e.exports=r},6392:e=>{e.exports=
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
function(e){return"number"==typeof e}},7852:e=>{e.exports=
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
function(e){return"string"==typeof e}},4879:(e,t,n)=>{
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
var r=n(1836),s=n(7852),i=n(6392),o=n(2029),a=n(4484),c=n(122),u=String.fromCharCode,l=Array.isArray;function f(e){return e!=e}function p(e){var t={};return t.specifier=e.specifier,t.precision=void 0===e.precision?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}e.exports=function(e){var t,n,h,d,m,g,y,v,b,_;if(!l(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(g="",y=1,b=0;b<e.length;b++)if(h=e[b],s(h))g+=h;else{if(t=void 0!==h.precision,!(h=p(h)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+b+"`. Value: `"+h+"`.");for(h.mapping&&(y=h.mapping),n=h.flags,_=0;_<n.length;_++)switch(d=n.charAt(_)){case" ":h.sign=" ";break;case"+":h.sign="+";break;case"-":h.padRight=!0,h.padZeros=!1;break;case"0":h.padZeros=n.indexOf("-")<0;break;case"#":h.alternate=!0;break;default:throw new Error("invalid flag: "+d)}if("*"===h.width){if(h.width=parseInt(arguments[y],10),y+=1,f(h.width))throw new TypeError("the argument for * width at position "+y+" is not a number. Value: `"+h.width+"`.");h.width<0&&(h.padRight=!0,h.width=-h.width)}if(t&&"*"===h.precision){if(h.precision=parseInt(arguments[y],10),y+=1,f(h.precision))throw new TypeError("the argument for * precision at position "+y+" is not a number. Value: `"+h.precision+"`.");h.precision<0&&(h.precision=1,t=!1)}switch(h.arg=arguments[y],h.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(h.padZeros=!1),h.arg=r(h);break;case"s":h.maxWidth=t?h.precision:-1,h.arg=String(h.arg);break;case"c":if(!f(h.arg)){if((m=parseInt(h.arg,10))<0||m>127)throw new Error("invalid character code. Value: "+h.arg);h.arg=f(m)?String(h.arg):u(m)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(h.precision=6),v=parseFloat(h.arg),!isFinite(v)){if(!i(h.arg))throw new Error("invalid floating-point number. Value: "+g);v=h.arg,h.padZeros=!1}h.arg=o(v,h);break;default:throw new Error("invalid specifier: "+h.specifier)}h.maxWidth>=0&&h.arg.length>h.maxWidth&&(h.arg=h.arg.substring(0,h.maxWidth)),h.padZeros?h.arg=c(h.arg,h.width||h.precision,h.padRight):h.width&&(h.arg=a(h.arg,h.width,h.padRight)),g+=h.arg||"",y+=1}return g}},4484:e=>{
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
function t(e){var t,n="";for(t=0;t<e;t++)n+=" ";return n}e.exports=function(e,n,r){var s=n-e.length;return s<0?e:e=r?e+t(s):t(s)+e}},122:e=>{function t(e){var t,n="";for(t=0;t<e;t++)n+="0";return n}e.exports=function(e,n,r){var s=!1,i=n-e.length;return i<0||(
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
function(e){return"-"===e[0]}(e)&&(s=!0,e=e.substr(1)),e=r?e+t(i):t(i)+e,s&&(e="-"+e)),e}},9340:(e,t,n)=>{
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
var r=n(8755);e.exports=r},8755:e=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function n(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return"."===e[4]&&void 0===e[5]&&(t.precision="1"),t}e.exports=function(e){var r,s,i,o;for(s=[],o=0,i=t.exec(e);i;)(r=e.slice(o,t.lastIndex-i[0].length)).length&&s.push(r),"%"===i[6]?s.push("%"):s.push(n(i)),o=t.lastIndex,i=t.exec(e);return(r=e.slice(o)).length&&s.push(r),s}},7760:(e,t,n)=>{
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
var r=n(3191);e.exports=r},8676:e=>{e.exports=
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
function(e){return"string"==typeof e}},3191:(e,t,n)=>{
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
var r=n(24),s=n(9340),i=n(8676);e.exports=function e(t){var n,o;if(!i(t))throw new TypeError(e("invalid argument. First argument must be a string. Value: `%s`.",t));for(n=[s(t)],o=1;o<arguments.length;o++)n.push(arguments[o]);return r.apply(null,n)}},2038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2873);e.exports=r},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6239);e.exports=r},6239:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(708);e.exports=function(e,t,n){r(e,t,{configurable:!1,enumerable:!1,writable:!1,value:n})}},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},5141:e=>{
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
var t="function"==typeof Object.defineProperty?Object.defineProperty:null;e.exports=t},2342:(e,t,n)=>{
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
var r=n(5141);e.exports=function(){try{return r({},"x",{}),!0}catch(e){return!1}}},708:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r,s=n(2342),i=n(7619),o=n(61);r=s()?i:o,e.exports=r},61:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7760),s=Object.prototype,i=s.toString,o=s.__defineGetter__,a=s.__defineSetter__,c=s.__lookupGetter__,u=s.__lookupSetter__;e.exports=function(e,t,n){var l,f,p,h;if("object"!=typeof e||null===e||"[object Array]"===i.call(e))throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e));if("object"!=typeof n||null===n||"[object Array]"===i.call(n))throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n));if((f="value"in n)&&(c.call(e,t)||u.call(e,t)?(l=e.__proto__,e.__proto__=s,delete e[t],e[t]=n.value,e.__proto__=l):e[t]=n.value),p="get"in n,h="set"in n,f&&(p||h))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return p&&o&&o.call(e,t,n.get),h&&a&&a.call(e,t,n.set),e}},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r,s=n(9501),i=n(1006),o=n(9728);r=s()?o:i,e.exports=r},1006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5763);e.exports=function(e){return r.call(e)}},9728:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1907),s=n(4499),i=n(5763);e.exports=function(e){var t,n,o;if(null==e)return i.call(e);n=e[s],t=r(e,s);try{e[s]=void 0}catch(t){return i.call(e)}return o=i.call(e),t?e[s]=n:delete e[s],o}},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},4499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2038),s="function"==typeof r?r.toStringTag:"";e.exports=s},3251:function(e){var t;t=function(){var e,t,n="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof window?window:"undefined"!=typeof global?global:"undefined"!=typeof self?self:{},r={load:function(e,t,n={}){var r,s,i;for(r in t)i=t[r],n[r]=null!=(s=e[r])?s:i;return n},overwrite:function(e,t,n={}){var r,s;for(r in e)s=e[r],void 0!==t[r]&&(n[r]=s);return n}},s=class{constructor(e,t){this.incr=e,this.decr=t,this._first=null,this._last=null,this.length=0}push(e){var t;this.length++,"function"==typeof this.incr&&this.incr(),t={value:e,prev:this._last,next:null},null!=this._last?(this._last.next=t,this._last=t):this._first=this._last=t}shift(){var e;if(null!=this._first)return this.length--,"function"==typeof this.decr&&this.decr(),e=this._first.value,null!=(this._first=this._first.next)?this._first.prev=null:this._last=null,e}first(){if(null!=this._first)return this._first.value}getArray(){var e,t,n;for(e=this._first,n=[];null!=e;)n.push((t=e,e=e.next,t.value));return n}forEachShift(e){var t;for(t=this.shift();null!=t;)e(t),t=this.shift()}debug(){var e,t,n,r,s;for(e=this._first,s=[];null!=e;)s.push((t=e,e=e.next,{value:t.value,prev:null!=(n=t.prev)?n.value:void 0,next:null!=(r=t.next)?r.value:void 0}));return s}},i=class{constructor(e){if(this.instance=e,this._events={},null!=this.instance.on||null!=this.instance.once||null!=this.instance.removeAllListeners)throw new Error("An Emitter already exists for this object");this.instance.on=(e,t)=>this._addListener(e,"many",t),this.instance.once=(e,t)=>this._addListener(e,"once",t),this.instance.removeAllListeners=(e=null)=>null!=e?delete this._events[e]:this._events={}}_addListener(e,t,n){var r;return null==(r=this._events)[e]&&(r[e]=[]),this._events[e].push({cb:n,status:t}),this.instance}listenerCount(e){return null!=this._events[e]?this._events[e].length:0}async trigger(e,...t){var n,r;try{if("debug"!==e&&this.trigger("debug",`Event triggered: ${e}`,t),null==this._events[e])return;return this._events[e]=this._events[e].filter(function(e){return"none"!==e.status}),r=this._events[e].map(async e=>{var n,r;if("none"!==e.status){"once"===e.status&&(e.status="none");try{return"function"==typeof(null!=(r="function"==typeof e.cb?e.cb(...t):void 0)?r.then:void 0)?await r:r}catch(e){return n=e,this.trigger("error",n),null}}}),(await Promise.all(r)).find(function(e){return null!=e})}catch(e){return n=e,this.trigger("error",n),null}}};e=s,t=i;var o,a,c,u=class{constructor(n){this.Events=new t(this),this._length=0,this._lists=function(){var t,r,s;for(s=[],t=1,r=n;1<=r?t<=r:t>=r;1<=r?++t:--t)s.push(new e(()=>this.incr(),()=>this.decr()));return s}.call(this)}incr(){if(0===this._length++)return this.Events.trigger("leftzero")}decr(){if(0===--this._length)return this.Events.trigger("zero")}push(e){return this._lists[e.options.priority].push(e)}queued(e){return null!=e?this._lists[e].length:this._length}shiftAll(e){return this._lists.forEach(function(t){return t.forEachShift(e)})}getFirst(e=this._lists){var t,n,r;for(t=0,n=e.length;t<n;t++)if((r=e[t]).length>0)return r;return[]}shiftLastFrom(e){return this.getFirst(this._lists.slice(e).reverse()).shift()}},l=class extends Error{};c=r,o=l,a=class{constructor(e,t,n,r,s,i,o,a){this.task=e,this.args=t,this.rejectOnDrop=s,this.Events=i,this._states=o,this.Promise=a,this.options=c.load(n,r),this.options.priority=this._sanitizePriority(this.options.priority),this.options.id===r.id&&(this.options.id=`${this.options.id}-${this._randomIndex()}`),this.promise=new this.Promise((e,t)=>{this._resolve=e,this._reject=t}),this.retryCount=0}_sanitizePriority(e){var t;return(t=~~e!==e?5:e)<0?0:t>9?9:t}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:e,message:t="This job has been dropped by Bottleneck"}={}){return!!this._states.remove(this.options.id)&&(this.rejectOnDrop&&this._reject(null!=e?e:new o(t)),this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise}),!0)}_assertStatus(e){var t;if((t=this._states.jobStatus(this.options.id))!==e&&("DONE"!==e||null!==t))throw new o(`Invalid job status ${t}, expected ${e}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}doReceive(){return this._states.start(this.options.id),this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(e,t){return this._assertStatus("RECEIVED"),this._states.next(this.options.id),this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:e,blocked:t})}doRun(){return 0===this.retryCount?(this._assertStatus("QUEUED"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(e,t,n,r){var s,i,o;0===this.retryCount?(this._assertStatus("RUNNING"),this._states.next(this.options.id)):this._assertStatus("EXECUTING"),i={args:this.args,options:this.options,retryCount:this.retryCount},this.Events.trigger("executing",i);try{if(o=await(null!=e?e.schedule(this.options,this.task,...this.args):this.task(...this.args)),t())return this.doDone(i),await r(this.options,i),this._assertStatus("DONE"),this._resolve(o)}catch(e){return s=e,this._onFailure(s,i,t,n,r)}}doExpire(e,t,n){var r,s;return this._states.jobStatus("RUNNING"===this.options.id)&&this._states.next(this.options.id),this._assertStatus("EXECUTING"),s={args:this.args,options:this.options,retryCount:this.retryCount},r=new o(`This job timed out after ${this.options.expiration} ms.`),this._onFailure(r,s,e,t,n)}async _onFailure(e,t,n,r,s){var i,o;if(n())return null!=(i=await this.Events.trigger("failed",e,t))?(o=~~i,this.Events.trigger("retry",`Retrying ${this.options.id} after ${o} ms`,t),this.retryCount++,r(o)):(this.doDone(t),await s(this.options,t),this._assertStatus("DONE"),this._reject(e))}doDone(e){return this._assertStatus("EXECUTING"),this._states.next(this.options.id),this.Events.trigger("done",e)}};var f,p,h=a;p=r,f=l;var d,m,g=class{constructor(e,t,n){this.instance=e,this.storeOptions=t,this.clientId=this.instance._randomIndex(),p.load(n,n,this),this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now(),this._running=0,this._done=0,this._unblockTime=0,this.ready=this.Promise.resolve(),this.clients={},this._startHeartbeat()}_startHeartbeat(){var e;return null==this.heartbeat&&(null!=this.storeOptions.reservoirRefreshInterval&&null!=this.storeOptions.reservoirRefreshAmount||null!=this.storeOptions.reservoirIncreaseInterval&&null!=this.storeOptions.reservoirIncreaseAmount)?"function"==typeof(e=this.heartbeat=setInterval(()=>{var e,t,n,r,s;if(r=Date.now(),null!=this.storeOptions.reservoirRefreshInterval&&r>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval&&(this._lastReservoirRefresh=r,this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount,this.instance._drainAll(this.computeCapacity())),null!=this.storeOptions.reservoirIncreaseInterval&&r>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval&&(({reservoirIncreaseAmount:e,reservoirIncreaseMaximum:n,reservoir:s}=this.storeOptions),this._lastReservoirIncrease=r,(t=null!=n?Math.min(e,n-s):e)>0))return this.storeOptions.reservoir+=t,this.instance._drainAll(this.computeCapacity())},this.heartbeatInterval)).unref?e.unref():void 0:clearInterval(this.heartbeat)}async __publish__(e){return await this.yieldLoop(),this.instance.Events.trigger("message",e.toString())}async __disconnect__(e){return await this.yieldLoop(),clearInterval(this.heartbeat),this.Promise.resolve()}yieldLoop(e=0){return new this.Promise(function(t,n){return setTimeout(t,e)})}computePenalty(){var e;return null!=(e=this.storeOptions.penalty)?e:15*this.storeOptions.minTime||5e3}async __updateSettings__(e){return await this.yieldLoop(),p.overwrite(e,e,this.storeOptions),this._startHeartbeat(),this.instance._drainAll(this.computeCapacity()),!0}async __running__(){return await this.yieldLoop(),this._running}async __queued__(){return await this.yieldLoop(),this.instance.queued()}async __done__(){return await this.yieldLoop(),this._done}async __groupCheck__(e){return await this.yieldLoop(),this._nextRequest+this.timeout<e}computeCapacity(){var e,t;return({maxConcurrent:e,reservoir:t}=this.storeOptions),null!=e&&null!=t?Math.min(e-this._running,t):null!=e?e-this._running:null!=t?t:null}conditionsCheck(e){var t;return null==(t=this.computeCapacity())||e<=t}async __incrementReservoir__(e){var t;return await this.yieldLoop(),t=this.storeOptions.reservoir+=e,this.instance._drainAll(this.computeCapacity()),t}async __currentReservoir__(){return await this.yieldLoop(),this.storeOptions.reservoir}isBlocked(e){return this._unblockTime>=e}check(e,t){return this.conditionsCheck(e)&&this._nextRequest-t<=0}async __check__(e){var t;return await this.yieldLoop(),t=Date.now(),this.check(e,t)}async __register__(e,t,n){var r,s;return await this.yieldLoop(),r=Date.now(),this.conditionsCheck(t)?(this._running+=t,null!=this.storeOptions.reservoir&&(this.storeOptions.reservoir-=t),s=Math.max(this._nextRequest-r,0),this._nextRequest=r+s+this.storeOptions.minTime,{success:!0,wait:s,reservoir:this.storeOptions.reservoir}):{success:!1}}strategyIsBlock(){return 3===this.storeOptions.strategy}async __submit__(e,t){var n,r,s;if(await this.yieldLoop(),null!=this.storeOptions.maxConcurrent&&t>this.storeOptions.maxConcurrent)throw new f(`Impossible to add a job having a weight of ${t} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);return r=Date.now(),s=null!=this.storeOptions.highWater&&e===this.storeOptions.highWater&&!this.check(t,r),(n=this.strategyIsBlock()&&(s||this.isBlocked(r)))&&(this._unblockTime=r+this.computePenalty(),this._nextRequest=this._unblockTime+this.storeOptions.minTime,this.instance._dropAllQueued()),{reachedHWM:s,blocked:n,strategy:this.storeOptions.strategy}}async __free__(e,t){return await this.yieldLoop(),this._running-=t,this._done+=t,this.instance._drainAll(this.computeCapacity()),{running:this._running}}};d=l,m=class{constructor(e){this.status=e,this._jobs={},this.counts=this.status.map(function(){return 0})}next(e){var t,n;return n=(t=this._jobs[e])+1,null!=t&&n<this.status.length?(this.counts[t]--,this.counts[n]++,this._jobs[e]++):null!=t?(this.counts[t]--,delete this._jobs[e]):void 0}start(e){return this._jobs[e]=0,this.counts[0]++}remove(e){var t;return null!=(t=this._jobs[e])&&(this.counts[t]--,delete this._jobs[e]),null!=t}jobStatus(e){var t;return null!=(t=this.status[this._jobs[e]])?t:null}statusJobs(e){var t,n,r,s;if(null!=e){if((n=this.status.indexOf(e))<0)throw new d(`status must be one of ${this.status.join(", ")}`);for(t in s=[],r=this._jobs)r[t]===n&&s.push(t);return s}return Object.keys(this._jobs)}statusCounts(){return this.counts.reduce((e,t,n)=>(e[this.status[n]]=t,e),{})}};var y,v=m;y=s;var b,_,w,k,x,S=class{constructor(e,t){this.schedule=this.schedule.bind(this),this.name=e,this.Promise=t,this._running=0,this._queue=new y}isEmpty(){return 0===this._queue.length}async _tryToRun(){var e,t,n,r,s,i,o;if(this._running<1&&this._queue.length>0)return this._running++,({task:o,args:e,resolve:s,reject:r}=this._queue.shift()),t=await async function(){try{return i=await o(...e),function(){return s(i)}}catch(e){return n=e,function(){return r(n)}}}(),this._running--,this._tryToRun(),t()}schedule(e,...t){var n,r,s;return s=r=null,n=new this.Promise(function(e,t){return s=e,r=t}),this._queue.push({task:e,args:t,resolve:s,reject:r}),this._tryToRun(),n}},A="2.19.5",E={version:A},O=Object.freeze({version:A,default:E}),$=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),N=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");x=r,b=i,w=$,_=N,k=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var I,T,C=function(){class e{constructor(e={}){this.deleteKey=this.deleteKey.bind(this),this.limiterOptions=e,x.load(this.limiterOptions,this.defaults,this),this.Events=new b(this),this.instances={},this.Bottleneck=Z,this._startAutoCleanup(),this.sharedConnection=null!=this.connection,null==this.connection&&("redis"===this.limiterOptions.datastore?this.connection=new w(Object.assign({},this.limiterOptions,{Events:this.Events})):"ioredis"===this.limiterOptions.datastore&&(this.connection=new _(Object.assign({},this.limiterOptions,{Events:this.Events}))))}key(e=""){var t;return null!=(t=this.instances[e])?t:(()=>{var t;return t=this.instances[e]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${e}`,timeout:this.timeout,connection:this.connection})),this.Events.trigger("created",t,e),t})()}async deleteKey(e=""){var t,n;return n=this.instances[e],this.connection&&(t=await this.connection.__runCommand__(["del",...k.allKeys(`${this.id}-${e}`)])),null!=n&&(delete this.instances[e],await n.disconnect()),null!=n||t>0}limiters(){var e,t,n,r;for(e in n=[],t=this.instances)r=t[e],n.push({key:e,limiter:r});return n}keys(){return Object.keys(this.instances)}async clusterKeys(){var e,t,n,r,s,i,o,a;if(null==this.connection)return this.Promise.resolve(this.keys());for(s=[],e=null,a=`b_${this.id}-`.length;0!==e;)for([o,t]=await this.connection.__runCommand__(["scan",null!=e?e:0,"match",`b_${this.id}-*_settings`,"count",1e4]),e=~~o,n=0,i=t.length;n<i;n++)r=t[n],s.push(r.slice(a,-9));return s}_startAutoCleanup(){var e;return clearInterval(this.interval),"function"==typeof(e=this.interval=setInterval(async()=>{var e,t,n,r,s,i;for(t in s=Date.now(),r=[],n=this.instances){i=n[t];try{await i._store.__groupCheck__(s)?r.push(this.deleteKey(t)):r.push(void 0)}catch(t){e=t,r.push(i.Events.trigger("error",e))}}return r},this.timeout/2)).unref?e.unref():void 0}updateSettings(e={}){if(x.overwrite(e,this.defaults,this),x.overwrite(e,e,this.limiterOptions),null!=e.timeout)return this._startAutoCleanup()}disconnect(e=!0){var t;if(!this.sharedConnection)return null!=(t=this.connection)?t.disconnect(e):void 0}}return e.prototype.defaults={timeout:3e5,connection:null,Promise:Promise,id:"group-key"},e}.call(n);T=r,I=i;var R,P,L,j,z,D,M,q,F,B,U=function(){class e{constructor(e={}){this.options=e,T.load(this.options,this.defaults,this),this.Events=new I(this),this._arr=[],this._resetPromise(),this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((e,t)=>this._resolve=e)}_flush(){return clearTimeout(this._timeout),this._lastFlush=Date.now(),this._resolve(),this.Events.trigger("batch",this._arr),this._arr=[],this._resetPromise()}add(e){var t;return this._arr.push(e),t=this._promise,this._arr.length===this.maxSize?this._flush():null!=this.maxTime&&1===this._arr.length&&(this._timeout=setTimeout(()=>this._flush(),this.maxTime)),t}}return e.prototype.defaults={maxTime:null,maxSize:null,Promise:Promise},e}.call(n),K=(R=O)&&R.default||R,H=[].splice;B=r,D=u,j=h,z=g,M=()=>console.log("You must import the full version of Bottleneck in order to use this feature."),L=i,q=v,F=S,P=function(){class e{constructor(t={},...n){var r,s;this._addToQueue=this._addToQueue.bind(this),this._validateOptions(t,n),B.load(t,this.instanceDefaults,this),this._queues=new D(10),this._scheduled={},this._states=new q(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[])),this._limiter=null,this.Events=new L(this),this._submitLock=new F("submit",this.Promise),this._registerLock=new F("register",this.Promise),s=B.load(t,this.storeDefaults,{}),this._store=function(){if("redis"===this.datastore||"ioredis"===this.datastore||null!=this.connection)return r=B.load(t,this.redisStoreDefaults,{}),new M(this,s,r);if("local"===this.datastore)return r=B.load(t,this.localStoreDefaults,{}),new z(this,s,r);throw new e.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}.call(this),this._queues.on("leftzero",()=>{var e;return null!=(e=this._store.heartbeat)&&"function"==typeof e.ref?e.ref():void 0}),this._queues.on("zero",()=>{var e;return null!=(e=this._store.heartbeat)&&"function"==typeof e.unref?e.unref():void 0})}_validateOptions(t,n){if(null==t||"object"!=typeof t||0!==n.length)throw new e.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(e){return this._store.__publish__(e)}disconnect(e=!0){return this._store.__disconnect__(e)}chain(e){return this._limiter=e,this}queued(e){return this._queues.queued(e)}clusterQueued(){return this._store.__queued__()}empty(){return 0===this.queued()&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(e){return this._states.jobStatus(e)}jobs(e){return this._states.statusJobs(e)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(e=1){return this._store.__check__(e)}_clearGlobalState(e){return null!=this._scheduled[e]&&(clearTimeout(this._scheduled[e].expiration),delete this._scheduled[e],!0)}async _free(e,t,n,r){var s,i;try{if(({running:i}=await this._store.__free__(e,n.weight)),this.Events.trigger("debug",`Freed ${n.id}`,r),0===i&&this.empty())return this.Events.trigger("idle")}catch(e){return s=e,this.Events.trigger("error",s)}}_run(e,t,n){var r,s,i;return t.doRun(),r=this._clearGlobalState.bind(this,e),i=this._run.bind(this,e,t),s=this._free.bind(this,e,t),this._scheduled[e]={timeout:setTimeout(()=>t.doExecute(this._limiter,r,i,s),n),expiration:null!=t.options.expiration?setTimeout(function(){return t.doExpire(r,i,s)},n+t.options.expiration):void 0,job:t}}_drainOne(e){return this._registerLock.schedule(()=>{var t,n,r,s,i;return 0===this.queued()?this.Promise.resolve(null):(i=this._queues.getFirst(),({options:s,args:t}=r=i.first()),null!=e&&s.weight>e?this.Promise.resolve(null):(this.Events.trigger("debug",`Draining ${s.id}`,{args:t,options:s}),n=this._randomIndex(),this._store.__register__(n,s.weight,s.expiration).then(({success:e,wait:o,reservoir:a})=>{var c;return this.Events.trigger("debug",`Drained ${s.id}`,{success:e,args:t,options:s}),e?(i.shift(),(c=this.empty())&&this.Events.trigger("empty"),0===a&&this.Events.trigger("depleted",c),this._run(n,r,o),this.Promise.resolve(s.weight)):this.Promise.resolve(null)})))})}_drainAll(e,t=0){return this._drainOne(e).then(n=>{var r;return null!=n?(r=null!=e?e-n:e,this._drainAll(r,t+n)):this.Promise.resolve(t)}).catch(e=>this.Events.trigger("error",e))}_dropAllQueued(e){return this._queues.shiftAll(function(t){return t.doDrop({message:e})})}stop(t={}){var n,r;return t=B.load(t,this.stopDefaults),r=e=>{var t;return t=()=>{var t;return(t=this._states.counts)[0]+t[1]+t[2]+t[3]===e},new this.Promise((e,n)=>t()?e():this.on("done",()=>{if(t())return this.removeAllListeners("done"),e()}))},n=t.dropWaitingJobs?(this._run=function(e,n){return n.doDrop({message:t.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var e,n,s;for(e in n=this._scheduled)s=n[e],"RUNNING"===this.jobStatus(s.job.options.id)&&(clearTimeout(s.timeout),clearTimeout(s.expiration),s.job.doDrop({message:t.dropErrorMessage}));return this._dropAllQueued(t.dropErrorMessage),r(0)}))):this.schedule({priority:9,weight:0},()=>r(1)),this._receive=function(n){return n._reject(new e.prototype.BottleneckError(t.enqueueErrorMessage))},this.stop=()=>this.Promise.reject(new e.prototype.BottleneckError("stop() has already been called")),n}async _addToQueue(t){var n,r,s,i,o,a,c;({args:n,options:i}=t);try{({reachedHWM:o,blocked:r,strategy:c}=await this._store.__submit__(this.queued(),i.weight))}catch(e){return s=e,this.Events.trigger("debug",`Could not queue ${i.id}`,{args:n,options:i,error:s}),t.doDrop({error:s}),!1}return r?(t.doDrop(),!0):o&&(null!=(a=c===e.prototype.strategy.LEAK?this._queues.shiftLastFrom(i.priority):c===e.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(i.priority+1):c===e.prototype.strategy.OVERFLOW?t:void 0)&&a.doDrop(),null==a||c===e.prototype.strategy.OVERFLOW)?(null==a&&t.doDrop(),o):(t.doQueue(o,r),this._queues.push(t),await this._drainAll(),o)}_receive(t){return null!=this._states.jobStatus(t.options.id)?(t._reject(new e.prototype.BottleneckError(`A job with the same id already exists (id=${t.options.id})`)),!1):(t.doReceive(),this._submitLock.schedule(this._addToQueue,t))}submit(...e){var t,n,r,s,i,o,a;return"function"==typeof e[0]?(i=e,[n,...e]=i,[t]=H.call(e,-1),s=B.load({},this.jobDefaults)):(o=e,[s,n,...e]=o,[t]=H.call(e,-1),s=B.load(s,this.jobDefaults)),a=(...e)=>new this.Promise(function(t,r){return n(...e,function(...e){return(null!=e[0]?r:t)(e)})}),(r=new j(a,e,s,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise)).promise.then(function(e){return"function"==typeof t?t(...e):void 0}).catch(function(e){return Array.isArray(e)?"function"==typeof t?t(...e):void 0:"function"==typeof t?t(e):void 0}),this._receive(r)}schedule(...e){var t,n,r;return"function"==typeof e[0]?([r,...e]=e,n={}):[n,r,...e]=e,t=new j(r,e,n,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise),this._receive(t),t.promise}wrap(e){var t,n;return t=this.schedule.bind(this),(n=function(...n){return t(e.bind(this),...n)}).withOptions=function(n,...r){return t(n,e,...r)},n}async updateSettings(e={}){return await this._store.__updateSettings__(B.overwrite(e,this.storeDefaults)),B.overwrite(e,this.instanceDefaults,this),this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(e=0){return this._store.__incrementReservoir__(e)}}return e.default=e,e.Events=L,e.version=e.prototype.version=K.version,e.strategy=e.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3},e.BottleneckError=e.prototype.BottleneckError=l,e.Group=e.prototype.Group=C,e.RedisConnection=e.prototype.RedisConnection=$,e.IORedisConnection=e.prototype.IORedisConnection=N,e.Batcher=e.prototype.Batcher=U,e.prototype.jobDefaults={priority:5,weight:1,expiration:null,id:"<no-id>"},e.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:e.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null},e.prototype.localStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:250},e.prototype.redisStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:!1,connection:null},e.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:!0,trackDoneStatus:!1,Promise:Promise},e.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:!0,dropErrorMessage:"This limiter has been stopped."},e}.call(n);var Z=P;return Z},e.exports=t()},1916:(e,t)=>{t.Io=void 0;var n=new Uint32Array(65536),r=function(e,t){if(e.length<t.length){var r=t;t=e,e=r}return 0===t.length?e.length:e.length<=32?function(e,t){for(var r=e.length,s=t.length,i=1<<r-1,o=-1,a=0,c=r,u=r;u--;)n[e.charCodeAt(u)]|=1<<u;for(u=0;u<s;u++){var l=n[t.charCodeAt(u)],f=l|a;(a|=~((l|=(l&o)+o^o)|o))&i&&c++,(o&=l)&i&&c--,o=o<<1|~(f|(a=a<<1|1)),a&=f}for(u=r;u--;)n[e.charCodeAt(u)]=0;return c}(e,t):function(e,t){for(var r=t.length,s=e.length,i=[],o=[],a=Math.ceil(r/32),c=Math.ceil(s/32),u=0;u<a;u++)o[u]=-1,i[u]=0;for(var l=0;l<c-1;l++){for(var f=0,p=-1,h=32*l,d=Math.min(32,s)+h,m=h;m<d;m++)n[e.charCodeAt(m)]|=1<<m;for(u=0;u<r;u++){var g=n[t.charCodeAt(u)],y=o[u/32|0]>>>u&1,v=g|f,b=p&(E=((g|(A=i[u/32|0]>>>u&1))&p)+p^p|g|A);(O=f|~(E|p))>>>31^y&&(o[u/32|0]^=1<<u),b>>>31^A&&(i[u/32|0]^=1<<u),p=(b=b<<1|A)|~(v|(O=O<<1|y)),f=O&v}for(m=h;m<d;m++)n[e.charCodeAt(m)]=0}var _=0,w=-1,k=32*l,x=Math.min(32,s-k)+k;for(m=k;m<x;m++)n[e.charCodeAt(m)]|=1<<m;var S=s;for(u=0;u<r;u++){var A,E,O;g=n[t.charCodeAt(u)],y=o[u/32|0]>>>u&1,v=g|_,S+=(O=_|~((E=((g|(A=i[u/32|0]>>>u&1))&w)+w^w|g|A)|w))>>>s-1&1,S-=(b=w&E)>>>s-1&1,O>>>31^y&&(o[u/32|0]^=1<<u),b>>>31^A&&(i[u/32|0]^=1<<u),w=(b=b<<1|A)|~(v|(O=O<<1|y)),_=O&v}for(m=k;m<x;m++)n[e.charCodeAt(m)]=0;return S}(e,t)};t.Io=r},4006:(e,t,n)=>{const r=n(8016),s=n(4059);function i(e,t,n=!1){return!t||null!==t.windows&&void 0!==t.windows||(t={...t,windows:s.isWindows()}),r(e,t,n)}Object.assign(i,r),e.exports=i},5595:e=>{const t="\\\\/",n=`[^${t}]`,r="\\.",s="\\/",i="[^/]",o=`(?:${s}|$)`,a=`(?:^|${s})`,c=`${r}{1,2}${o}`,u={DOT_LITERAL:r,PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:s,ONE_CHAR:"(?=.)",QMARK:i,END_ANCHOR:o,DOTS_SLASH:c,NO_DOT:`(?!${r})`,NO_DOTS:`(?!${a}${c})`,NO_DOT_SLASH:`(?!${r}{0,1}${o})`,NO_DOTS_SLASH:`(?!${c})`,QMARK_NO_DOT:`[^.${s}]`,STAR:`${i}*?`,START_ANCHOR:a,SEP:"/"},l={...u,SLASH_LITERAL:`[${t}]`,QMARK:n,STAR:`${n}*?`,DOTS_SLASH:`${r}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${r})`,NO_DOTS:`(?!(?:^|[${t}])${r}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${r}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${r}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:65536,POSIX_REGEX_SOURCE:{__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"},REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars:e=>({"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}),globChars:e=>!0===e?l:u}},8265:(e,t,n)=>{const r=n(5595),s=n(4059),{MAX_LENGTH:i,POSIX_REGEX_SOURCE:o,REGEX_NON_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_BACKREF:c,REPLACEMENTS:u}=r,l=(e,t)=>{if("function"==typeof t.expandRange)return t.expandRange(...e,t);e.sort();const n=`[${e.join("-")}]`;try{new RegExp(n)}catch(t){return e.map(e=>s.escapeRegex(e)).join("..")}return n},f=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,p=e=>{const t=[];let n=0,r=0,s=0,i="",o=!1;for(const a of e)if(!0!==o)if("\\"!==a)if('"'!==a){if(0===s)if("["===a)n++;else if("]"===a&&n>0)n--;else if(0===n)if("("===a)r++;else if(")"===a&&r>0)r--;else if("|"===a&&0===r){t.push(i),i="";continue}i+=a}else s=1===s?0:1,i+=a;else i+=a,o=!0;else i+=a,o=!1;return t.push(i),t},h=e=>{let t=e.trim(),n=!0;for(;!0===n;)n=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),n=!0);if((e=>{let t=!1;for(const n of e)if(!0!==t)if("\\"!==n){if(/[?*+@!()[\]{}]/.test(n))return!1}else t=!0;else t=!1;return!0})(t))return t.replace(/\\(.)/g,"$1")},d=(e,t=!0)=>{if("+"!==e[0]&&"*"!==e[0]||"("!==e[1])return;let n=0,r=0,s=0,i=!1;for(let o=1;o<e.length;o++){const a=e[o];if(!0!==i)if("\\"!==a)if('"'!==a){if(1!==s)if("["!==a){if("]"===a&&n>0)n--;else if(!(n>0))if("("!==a){if(")"===a&&(r--,0===r)){if(!0===t&&o!==e.length-1)return;return{type:e[0],body:e.slice(2,o),end:o}}}else r++}else n++}else s=1===s?0:1;else i=!0;else i=!1}},m=e=>{let t=0;const n=[];for(;t<e.length;){const r=d(e.slice(t),!1);if(!r||"*"!==r.type)return;const s=p(r.body).map(e=>e.trim());if(1!==s.length)return;const i=h(s[0]);if(!i||1!==i.length)return;n.push(i),t+=r.end+1}if(!(n.length<1))return n},g=e=>{let t=0,n=e.trim(),r=d(n);for(;r;)t++,n=r.body.trim(),r=d(n);return t},y=(e,t)=>{if(!1===t.maxExtglobRecursion)return{risky:!1};const n="number"==typeof t.maxExtglobRecursion?t.maxExtglobRecursion:r.DEFAULT_MAX_EXTGLOB_RECURSION,i=p(e).map(e=>e.trim());if(i.length>1&&(i.some(e=>""===e)||i.some(e=>/^[*?]+$/.test(e))||(e=>{const t=e.map(h).filter(Boolean);for(let e=0;e<t.length;e++)for(let n=e+1;n<t.length;n++){const r=t[e],s=t[n],i=r[0];if(i&&r===i.repeat(r.length)&&s===i.repeat(s.length)&&(r===s||r.startsWith(s)||s.startsWith(r)))return!0}return!1})(i)))return{risky:!0};const o=[];let a=!1,c=!0;for(const e of i){const t=m(e);if(t){a=!0,o.push(...t);continue}const r=h(e);if(r&&1===r.length)o.push(r);else if(c=!1,g(e)>n)return{risky:!0}}return a?c?{risky:!0,safeOutput:(u=[...new Set(o)],`${1===u.length?s.escapeRegex(u[0]):`[${u.map(e=>s.escapeRegex(e)).join("")}]`}*`)}:{risky:!0}:{risky:!1};var u},v=(e,t)=>{if("string"!=typeof e)throw new TypeError("Expected a string");e=u[e]||e;const n={...t},p="number"==typeof n.maxLength?Math.min(i,n.maxLength):i;let h=e.length;if(h>p)throw new SyntaxError(`Input length: ${h}, exceeds maximum allowed length: ${p}`);const d={type:"bos",value:"",output:n.prepend||""},m=[d],g=n.capture?"":"?:",b=r.globChars(n.windows),_=r.extglobChars(b),{DOT_LITERAL:w,PLUS_LITERAL:k,SLASH_LITERAL:x,ONE_CHAR:S,DOTS_SLASH:A,NO_DOT:E,NO_DOT_SLASH:O,NO_DOTS_SLASH:$,QMARK:N,QMARK_NO_DOT:I,STAR:T,START_ANCHOR:C}=b,R=e=>`(${g}(?:(?!${C}${e.dot?A:w}).)*?)`,P=n.dot?"":E,L=n.dot?N:I;let j=!0===n.bash?R(n):T;n.capture&&(j=`(${j})`),"boolean"==typeof n.noext&&(n.noextglob=n.noext);const z={input:e,index:-1,start:0,dot:!0===n.dot,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:m};e=s.removePrefix(e,z),h=e.length;const D=[],M=[],q=[];let F,B=d;const U=()=>z.index===h-1,K=z.peek=(t=1)=>e[z.index+t],H=z.advance=()=>e[++z.index]||"",Z=()=>e.slice(z.index+1),G=(e="",t=0)=>{z.consumed+=e,z.index+=t},J=e=>{z.output+=null!=e.output?e.output:e.value,G(e.value)},W=()=>{let e=1;for(;"!"===K()&&("("!==K(2)||"?"===K(3));)H(),z.start++,e++;return e%2!=0&&(z.negated=!0,z.start++,!0)},V=e=>{z[e]++,q.push(e)},Y=e=>{z[e]--,q.pop()},Q=e=>{if("globstar"===B.type){const t=z.braces>0&&("comma"===e.type||"brace"===e.type),n=!0===e.extglob||D.length&&("pipe"===e.type||"paren"===e.type);"slash"===e.type||"paren"===e.type||t||n||(z.output=z.output.slice(0,-B.output.length),B.type="star",B.value="*",B.output=j,z.output+=B.output)}if(D.length&&"paren"!==e.type&&(D[D.length-1].inner+=e.value),(e.value||e.output)&&J(e),B&&"text"===B.type&&"text"===e.type)return B.output=(B.output||B.value)+e.value,void(B.value+=e.value);e.prev=B,m.push(e),B=e},X=(e,t)=>{const r={..._[t],conditions:1,inner:""};r.prev=B,r.parens=z.parens,r.output=z.output,r.startIndex=z.index,r.tokensIndex=m.length;const s=(n.capture?"(":"")+r.open;V("parens"),Q({type:e,value:t,output:z.output?"":S}),Q({type:"paren",extglob:!0,value:H(),output:s}),D.push(r)},ee=r=>{const i=e.slice(r.startIndex,z.index+1),o=e.slice(r.startIndex+2,z.index),a=y(o,n);if(("plus"===r.type||"star"===r.type)&&a.risky){const e=a.safeOutput?(r.output?"":S)+(n.capture?`(${a.safeOutput})`:a.safeOutput):void 0,t=m[r.tokensIndex];t.type="text",t.value=i,t.output=e||s.escapeRegex(i);for(let e=r.tokensIndex+1;e<m.length;e++)m[e].value="",m[e].output="",delete m[e].suffix;return z.output=r.output+t.output,z.backtrack=!0,Q({type:"paren",extglob:!0,value:F,output:""}),void Y("parens")}let c,u=r.close+(n.capture?")":"");if("negate"===r.type){let e=j;if(r.inner&&r.inner.length>1&&r.inner.includes("/")&&(e=R(n)),(e!==j||U()||/^\)+$/.test(Z()))&&(u=r.close=`)$))${e}`),r.inner.includes("*")&&(c=Z())&&/^\.[^\\/.]+$/.test(c)){const n=v(c,{...t,fastpaths:!1}).output;u=r.close=`)${n})${e})`}"bos"===r.prev.type&&(z.negatedExtglob=!0)}Q({type:"paren",extglob:!0,value:F,output:u}),Y("parens")};if(!1!==n.fastpaths&&!/(^[*!]|[/()[\]{}"])/.test(e)){let r=!1,i=e.replace(c,(e,t,n,s,i,o)=>"\\"===s?(r=!0,e):"?"===s?t?t+s+(i?N.repeat(i.length):""):0===o?L+(i?N.repeat(i.length):""):N.repeat(n.length):"."===s?w.repeat(n.length):"*"===s?t?t+s+(i?j:""):j:t?e:`\\${e}`);return!0===r&&(i=!0===n.unescape?i.replace(/\\/g,""):i.replace(/\\+/g,e=>e.length%2==0?"\\\\":e?"\\":"")),i===e&&!0===n.contains?(z.output=e,z):(z.output=s.wrapOutput(i,z,t),z)}for(;!U();){if(F=H(),"\0"===F)continue;if("\\"===F){const e=K();if("/"===e&&!0!==n.bash)continue;if("."===e||";"===e)continue;if(!e){F+="\\",Q({type:"text",value:F});continue}const t=/^\\+/.exec(Z());let r=0;if(t&&t[0].length>2&&(r=t[0].length,z.index+=r,r%2!=0&&(F+="\\")),!0===n.unescape?F=H():F+=H(),0===z.brackets){Q({type:"text",value:F});continue}}if(z.brackets>0&&("]"!==F||"["===B.value||"[^"===B.value)){if(!1!==n.posix&&":"===F){const e=B.value.slice(1);if(e.includes("[")&&(B.posix=!0,e.includes(":"))){const e=B.value.lastIndexOf("["),t=B.value.slice(0,e),n=B.value.slice(e+2),r=o[n];if(r){B.value=t+r,z.backtrack=!0,H(),d.output||1!==m.indexOf(B)||(d.output=S);continue}}}("["===F&&":"!==K()||"-"===F&&"]"===K())&&(F=`\\${F}`),"]"!==F||"["!==B.value&&"[^"!==B.value||(F=`\\${F}`),!0===n.posix&&"!"===F&&"["===B.value&&(F="^"),B.value+=F,J({value:F});continue}if(1===z.quotes&&'"'!==F){F=s.escapeRegex(F),B.value+=F,J({value:F});continue}if('"'===F){z.quotes=1===z.quotes?0:1,!0===n.keepQuotes&&Q({type:"text",value:F});continue}if("("===F){V("parens"),Q({type:"paren",value:F});continue}if(")"===F){if(0===z.parens&&!0===n.strictBrackets)throw new SyntaxError(f("opening","("));const e=D[D.length-1];if(e&&z.parens===e.parens+1){ee(D.pop());continue}Q({type:"paren",value:F,output:z.parens?")":"\\)"}),Y("parens");continue}if("["===F){if(!0!==n.nobracket&&Z().includes("]"))V("brackets");else{if(!0!==n.nobracket&&!0===n.strictBrackets)throw new SyntaxError(f("closing","]"));F=`\\${F}`}Q({type:"bracket",value:F});continue}if("]"===F){if(!0===n.nobracket||B&&"bracket"===B.type&&1===B.value.length){Q({type:"text",value:F,output:`\\${F}`});continue}if(0===z.brackets){if(!0===n.strictBrackets)throw new SyntaxError(f("opening","["));Q({type:"text",value:F,output:`\\${F}`});continue}Y("brackets");const e=B.value.slice(1);if(!0===B.posix||"^"!==e[0]||e.includes("/")||(F=`/${F}`),B.value+=F,J({value:F}),!1===n.literalBrackets||s.hasRegexChars(e))continue;const t=s.escapeRegex(B.value);if(z.output=z.output.slice(0,-B.value.length),!0===n.literalBrackets){z.output+=t,B.value=t;continue}B.value=`(${g}${t}|${B.value})`,z.output+=B.value;continue}if("{"===F&&!0!==n.nobrace){V("braces");const e={type:"brace",value:F,output:"(",outputIndex:z.output.length,tokensIndex:z.tokens.length};M.push(e),Q(e);continue}if("}"===F){const e=M[M.length-1];if(!0===n.nobrace||!e){Q({type:"text",value:F,output:F});continue}let t=")";if(!0===e.dots){const e=m.slice(),r=[];for(let t=e.length-1;t>=0&&(m.pop(),"brace"!==e[t].type);t--)"dots"!==e[t].type&&r.unshift(e[t].value);t=l(r,n),z.backtrack=!0}if(!0!==e.comma&&!0!==e.dots){const n=z.output.slice(0,e.outputIndex),r=z.tokens.slice(e.tokensIndex);e.value=e.output="\\{",F=t="\\}",z.output=n;for(const e of r)z.output+=e.output||e.value}Q({type:"brace",value:F,output:t}),Y("braces"),M.pop();continue}if("|"===F){D.length>0&&D[D.length-1].conditions++,Q({type:"text",value:F});continue}if(","===F){let e=F;const t=M[M.length-1];t&&"braces"===q[q.length-1]&&(t.comma=!0,e="|"),Q({type:"comma",value:F,output:e});continue}if("/"===F){if("dot"===B.type&&z.index===z.start+1){z.start=z.index+1,z.consumed="",z.output="",m.pop(),B=d;continue}Q({type:"slash",value:F,output:x});continue}if("."===F){if(z.braces>0&&"dot"===B.type){"."===B.value&&(B.output=w);const e=M[M.length-1];B.type="dots",B.output+=F,B.value+=F,e.dots=!0;continue}if(z.braces+z.parens===0&&"bos"!==B.type&&"slash"!==B.type){Q({type:"text",value:F,output:w});continue}Q({type:"dot",value:F,output:w});continue}if("?"===F){if(!(B&&"("===B.value)&&!0!==n.noextglob&&"("===K()&&"?"!==K(2)){X("qmark",F);continue}if(B&&"paren"===B.type){const e=K();let t=F;("("===B.value&&!/[!=<:]/.test(e)||"<"===e&&!/<([!=]|\w+>)/.test(Z()))&&(t=`\\${F}`),Q({type:"text",value:F,output:t});continue}if(!0!==n.dot&&("slash"===B.type||"bos"===B.type)){Q({type:"qmark",value:F,output:I});continue}Q({type:"qmark",value:F,output:N});continue}if("!"===F){if(!0!==n.noextglob&&"("===K()&&("?"!==K(2)||!/[!=<:]/.test(K(3)))){X("negate",F);continue}if(!0!==n.nonegate&&0===z.index){W();continue}}if("+"===F){if(!0!==n.noextglob&&"("===K()&&"?"!==K(2)){X("plus",F);continue}if(B&&"("===B.value||!1===n.regex){Q({type:"plus",value:F,output:k});continue}if(B&&("bracket"===B.type||"paren"===B.type||"brace"===B.type)||z.parens>0){Q({type:"plus",value:F});continue}Q({type:"plus",value:k});continue}if("@"===F){if(!0!==n.noextglob&&"("===K()&&"?"!==K(2)){Q({type:"at",extglob:!0,value:F,output:""});continue}Q({type:"text",value:F});continue}if("*"!==F){"$"!==F&&"^"!==F||(F=`\\${F}`);const e=a.exec(Z());e&&(F+=e[0],z.index+=e[0].length),Q({type:"text",value:F});continue}if(B&&("globstar"===B.type||!0===B.star)){B.type="star",B.star=!0,B.value+=F,B.output=j,z.backtrack=!0,z.globstar=!0,G(F);continue}let t=Z();if(!0!==n.noextglob&&/^\([^?]/.test(t)){X("star",F);continue}if("star"===B.type){if(!0===n.noglobstar){G(F);continue}const r=B.prev,s=r.prev,i="slash"===r.type||"bos"===r.type,o=s&&("star"===s.type||"globstar"===s.type);if(!0===n.bash&&(!i||t[0]&&"/"!==t[0])){Q({type:"star",value:F,output:""});continue}const a=z.braces>0&&("comma"===r.type||"brace"===r.type),c=D.length&&("pipe"===r.type||"paren"===r.type);if(!i&&"paren"!==r.type&&!a&&!c){Q({type:"star",value:F,output:""});continue}for(;"/**"===t.slice(0,3);){const n=e[z.index+4];if(n&&"/"!==n)break;t=t.slice(3),G("/**",3)}const u=U()||z.parens>0&&t===")".repeat(z.parens)&&!D.some(e=>"negate"===e.type);if("bos"===r.type&&U()){B.type="globstar",B.value+=F,B.output=R(n),z.output=B.output,z.globstar=!0,G(F);continue}if("slash"===r.type&&"bos"!==r.prev.type&&!o&&u){z.output=z.output.slice(0,-(r.output+B.output).length),r.output=`(?:${r.output}`,B.type="globstar",B.output=R(n)+(n.strictSlashes?")":"|$)"),B.value+=F,z.globstar=!0,z.output+=r.output+B.output,G(F);continue}if("slash"===r.type&&"bos"!==r.prev.type&&"/"===t[0]){const e=void 0!==t[1]?"|$":"";z.output=z.output.slice(0,-(r.output+B.output).length),r.output=`(?:${r.output}`,B.type="globstar",B.output=`${R(n)}${x}|${x}${e})`,B.value+=F,z.output+=r.output+B.output,z.globstar=!0,G(F+H()),Q({type:"slash",value:"/",output:""});continue}if("bos"===r.type&&"/"===t[0]){B.type="globstar",B.value+=F,B.output=`(?:^|${x}|${R(n)}${x})`,z.output=B.output,z.globstar=!0,G(F+H()),Q({type:"slash",value:"/",output:""});continue}z.output=z.output.slice(0,-B.output.length),B.type="globstar",B.output=R(n),B.value+=F,z.output+=B.output,z.globstar=!0,G(F);continue}const r={type:"star",value:F,output:j};!0!==n.bash?!B||"bracket"!==B.type&&"paren"!==B.type||!0!==n.regex?(z.index!==z.start&&"slash"!==B.type&&"dot"!==B.type||("dot"===B.type?(z.output+=O,B.output+=O):!0===n.dot?(z.output+=$,B.output+=$):(z.output+=P,B.output+=P),"*"!==K()&&(z.output+=S,B.output+=S)),Q(r)):(r.output=F,Q(r)):(r.output=".*?","bos"!==B.type&&"slash"!==B.type||(r.output=P+r.output),Q(r))}for(;z.brackets>0;){if(!0===n.strictBrackets)throw new SyntaxError(f("closing","]"));z.output=s.escapeLast(z.output,"["),Y("brackets")}for(;z.parens>0;){if(!0===n.strictBrackets)throw new SyntaxError(f("closing",")"));z.output=s.escapeLast(z.output,"("),Y("parens")}for(;z.braces>0;){if(!0===n.strictBrackets)throw new SyntaxError(f("closing","}"));z.output=s.escapeLast(z.output,"{"),Y("braces")}if(!0===n.strictSlashes||"star"!==B.type&&"bracket"!==B.type||Q({type:"maybe_slash",value:"",output:`${x}?`}),!0===z.backtrack){z.output="";for(const e of z.tokens)z.output+=null!=e.output?e.output:e.value,e.suffix&&(z.output+=e.suffix)}return z};v.fastpaths=(e,t)=>{const n={...t},o="number"==typeof n.maxLength?Math.min(i,n.maxLength):i,a=e.length;if(a>o)throw new SyntaxError(`Input length: ${a}, exceeds maximum allowed length: ${o}`);e=u[e]||e;const{DOT_LITERAL:c,SLASH_LITERAL:l,ONE_CHAR:f,DOTS_SLASH:p,NO_DOT:h,NO_DOTS:d,NO_DOTS_SLASH:m,STAR:g,START_ANCHOR:y}=r.globChars(n.windows),v=n.dot?d:h,b=n.dot?m:h,_=n.capture?"":"?:";let w=!0===n.bash?".*?":g;n.capture&&(w=`(${w})`);const k=e=>!0===e.noglobstar?w:`(${_}(?:(?!${y}${e.dot?p:c}).)*?)`,x=e=>{switch(e){case"*":return`${v}${f}${w}`;case".*":return`${c}${f}${w}`;case"*.*":return`${v}${w}${c}${f}${w}`;case"*/*":return`${v}${w}${l}${f}${b}${w}`;case"**":return v+k(n);case"**/*":return`(?:${v}${k(n)}${l})?${b}${f}${w}`;case"**/*.*":return`(?:${v}${k(n)}${l})?${b}${w}${c}${f}${w}`;case"**/.*":return`(?:${v}${k(n)}${l})?${c}${f}${w}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const n=x(t[1]);if(!n)return;return n+c+t[2]}}},S=s.removePrefix(e,{negated:!1,prefix:""});let A=x(S);return A&&!0!==n.strictSlashes&&(A+=`${l}?`),A},e.exports=v},8016:(e,t,n)=>{const r=n(1781),s=n(8265),i=n(4059),o=n(5595),a=(e,t,n=!1)=>{if(Array.isArray(e)){const r=e.map(e=>a(e,t,n)),s=e=>{for(const t of r){const n=t(e);if(n)return n}return!1};return s}const r=(s=e)&&"object"==typeof s&&!Array.isArray(s)&&e.tokens&&e.input;var s;if(""===e||"string"!=typeof e&&!r)throw new TypeError("Expected pattern to be a non-empty string");const i=t||{},o=i.windows,c=r?a.compileRe(e,t):a.makeRe(e,t,!1,!0),u=c.state;delete c.state;let l=()=>!1;if(i.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};l=a(i.ignore,e,n)}const f=(n,r=!1)=>{const{isMatch:s,match:f,output:p}=a.test(n,c,t,{glob:e,posix:o}),h={glob:e,state:u,regex:c,posix:o,input:n,output:p,match:f,isMatch:s};return"function"==typeof i.onResult&&i.onResult(h),!1===s?(h.isMatch=!1,!!r&&h):l(n)?("function"==typeof i.onIgnore&&i.onIgnore(h),h.isMatch=!1,!!r&&h):("function"==typeof i.onMatch&&i.onMatch(h),!r||h)};return n&&(f.state=u),f};a.test=(e,t,n,{glob:r,posix:s}={})=>{if("string"!=typeof e)throw new TypeError("Expected input to be a string");if(""===e)return{isMatch:!1,output:""};const o=n||{},c=o.format||(s?i.toPosixSlashes:null);let u=e===r,l=u&&c?c(e):e;return!1===u&&(l=c?c(e):e,u=l===r),!1!==u&&!0!==o.capture||(u=!0===o.matchBase||!0===o.basename?a.matchBase(e,t,n,s):t.exec(l)),{isMatch:Boolean(u),match:u,output:l}},a.matchBase=(e,t,n,r=n&&n.windows)=>(t instanceof RegExp?t:a.makeRe(t,n)).test(i.basename(e,{windows:r})),a.isMatch=(e,t,n)=>a(t,n)(e),a.parse=(e,t)=>Array.isArray(e)?e.map(e=>a.parse(e,t)):s(e,{...t,fastpaths:!1}),a.scan=(e,t)=>r(e,t),a.compileRe=(e,t,n=!1,r=!1)=>{if(!0===n)return e.output;const s=t||{},i=s.contains?"":"^",o=s.contains?"":"$";let c=`${i}(?:${e.output})${o}`;e&&!0===e.negated&&(c=`^(?!${c}).*$`);const u=a.toRegex(c,t);return!0===r&&(u.state=e),u},a.makeRe=(e,t={},n=!1,r=!1)=>{if(!e||"string"!=typeof e)throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return!1===t.fastpaths||"."!==e[0]&&"*"!==e[0]||(i.output=s.fastpaths(e,t)),i.output||(i=s(e,t)),a.compileRe(i,t,n,r)},a.toRegex=(e,t)=>{try{const n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(e){if(t&&!0===t.debug)throw e;return/$^/}},a.constants=o,e.exports=a},1781:(e,t,n)=>{const r=n(4059),{CHAR_ASTERISK:s,CHAR_AT:i,CHAR_BACKWARD_SLASH:o,CHAR_COMMA:a,CHAR_DOT:c,CHAR_EXCLAMATION_MARK:u,CHAR_FORWARD_SLASH:l,CHAR_LEFT_CURLY_BRACE:f,CHAR_LEFT_PARENTHESES:p,CHAR_LEFT_SQUARE_BRACKET:h,CHAR_PLUS:d,CHAR_QUESTION_MARK:m,CHAR_RIGHT_CURLY_BRACE:g,CHAR_RIGHT_PARENTHESES:y,CHAR_RIGHT_SQUARE_BRACKET:v}=n(5595),b=e=>e===l||e===o,_=e=>{!0!==e.isPrefix&&(e.depth=e.isGlobstar?1/0:1)};e.exports=(e,t)=>{const n=t||{},w=e.length-1,k=!0===n.parts||!0===n.tokens||!0===n.scanToEnd,x=[],S=[],A=[];let E,O,$=e,N=-1,I=0,T=0,C=!1,R=!1,P=!1,L=!1,j=!1,z=!1,D=!1,M=!1,q=!1,F=!1,B=0,U={value:"",depth:0,isGlob:!1};const K=()=>N>=w,H=()=>$.charCodeAt(N+1),Z=()=>(E=O,$.charCodeAt(++N));for(;N<w;){let e;if(O=Z(),O!==o){if(!0===z||O===f){for(B++;!0!==K()&&(O=Z());)if(O!==o)if(O!==f){if(!0!==z&&O===c&&(O=Z())===c){if(C=U.isBrace=!0,P=U.isGlob=!0,F=!0,!0===k)continue;break}if(!0!==z&&O===a){if(C=U.isBrace=!0,P=U.isGlob=!0,F=!0,!0===k)continue;break}if(O===g&&(B--,0===B)){z=!1,C=U.isBrace=!0,F=!0;break}}else B++;else D=U.backslashes=!0,Z();if(!0===k)continue;break}if(O!==l){if(!0!==n.noext){if(!0===(O===d||O===i||O===s||O===m||O===u)&&H()===p){if(P=U.isGlob=!0,L=U.isExtglob=!0,F=!0,O===u&&N===I&&(q=!0),!0===k){let e=0;for(;!0!==K()&&(O=Z());)if(O!==o)if(O!==p){if(O===y&&0===--e){F=!0;break}}else e++;else D=U.backslashes=!0,Z();continue}break}}if(O===s){if(E===s&&(j=U.isGlobstar=!0),P=U.isGlob=!0,F=!0,!0===k)continue;break}if(O===m){if(P=U.isGlob=!0,F=!0,!0===k)continue;break}if(O===h){for(;!0!==K()&&(e=Z());)if(e!==o){if(e===v){R=U.isBracket=!0,P=U.isGlob=!0,F=!0;break}}else D=U.backslashes=!0,Z();if(!0===k)continue;break}if(!0===n.nonegate||O!==u||N!==I){if(!0!==n.noparen&&O===p){if(P=U.isGlob=!0,!0===k){let e=1;for(;!0!==K()&&(O=Z());)if(O!==o)if(O!==p){if(O===y&&0===--e){F=!0;break}}else e++;else D=U.backslashes=!0,Z();continue}break}if(!0===P){if(F=!0,!0===k)continue;break}}else M=U.negated=!0,I++}else{if(x.push(N),S.push(U),U={value:"",depth:0,isGlob:!1},!0===F)continue;if(E===c&&N===I+1){I+=2;continue}T=N+1}}else D=U.backslashes=!0,O=Z(),O===f&&(z=!0)}!0===n.noext&&(L=!1,P=!1);let G=$,J="",W="";I>0&&(J=$.slice(0,I),$=$.slice(I),T-=I),G&&!0===P&&T>0?(G=$.slice(0,T),W=$.slice(T)):!0===P?(G="",W=$):G=$,G&&""!==G&&"/"!==G&&G!==$&&b(G.charCodeAt(G.length-1))&&(G=G.slice(0,-1)),!0===n.unescape&&(W&&(W=r.removeBackslashes(W)),G&&!0===D&&(G=r.removeBackslashes(G)));const V={prefix:J,input:e,start:I,base:G,glob:W,isBrace:C,isBracket:R,isGlob:P,isExtglob:L,isGlobstar:j,negated:M,negatedExtglob:q};if(!0===n.tokens&&(V.maxDepth=0,b(O)||S.push(U),V.tokens=S),!0===n.parts||!0===n.tokens){let t;for(let r=0;r<x.length;r++){const s=void 0!==t?t+1:I,i=x[r],o=e.slice(s,i);n.tokens&&(0===r&&0!==I?(S[r].isPrefix=!0,S[r].value=J):S[r].value=o,_(S[r]),V.maxDepth+=S[r].depth),i>=I&&(A.push(o),t=i)}const r=void 0!==t?t+1:I,s=e.slice(r);A.push(s),n.tokens&&t&&t+1<e.length&&(S[S.length-1].value=s,_(S[S.length-1]),V.maxDepth+=S[S.length-1].depth),V.slashes=x,V.parts=A}return V}},4059:(e,t,n)=>{const{REGEX_BACKSLASH:r,REGEX_REMOVE_BACKSLASH:s,REGEX_SPECIAL_CHARS:i,REGEX_SPECIAL_CHARS_GLOBAL:o}=n(5595);t.isObject=e=>null!==e&&"object"==typeof e&&!Array.isArray(e),t.hasRegexChars=e=>i.test(e),t.isRegexChar=e=>1===e.length&&t.hasRegexChars(e),t.escapeRegex=e=>e.replace(o,"\\$1"),t.toPosixSlashes=e=>e.replace(r,"/"),t.isWindows=()=>{if("undefined"!=typeof navigator&&navigator.platform){const e=navigator.platform.toLowerCase();return"win32"===e||"windows"===e}return!("undefined"==typeof process||!process.platform)&&"win32"===process.platform},t.removeBackslashes=e=>e.replace(s,e=>"\\"===e?"":e),t.escapeLast=(e,n,r)=>{const s=e.lastIndexOf(n,r);return-1===s?e:"\\"===e[s-1]?t.escapeLast(e,n,s-1):`${e.slice(0,s)}\\${e.slice(s)}`},t.removePrefix=(e,t={})=>{let n=e;return n.startsWith("./")&&(n=n.slice(2),t.prefix="./"),n},t.wrapOutput=(e,t={},n={})=>{let r=`${n.contains?"":"^"}(?:${e})${n.contains?"":"$"}`;return!0===t.negated&&(r=`(?:^(?!${r}).*$)`),r},t.basename=(e,{windows:t}={})=>{const n=e.split(t?/[\\/]/:"/"),r=n[n.length-1];return""===r?n[n.length-2]:r}},7349:(e,t,n)=>{var r=n(1127),s=n(3301),i=n(4454),o=n(2223),a=n(7103),c=n(334),u=n(3142);function l(e,t,n,r,s,i){const o="block-map"===n.type?a.resolveBlockMap(e,t,n,r,i):"block-seq"===n.type?c.resolveBlockSeq(e,t,n,r,i):u.resolveFlowCollection(e,t,n,r,i),l=o.constructor;return"!"===s||s===l.tagName?(o.tag=l.tagName,o):(s&&(o.tag=s),o)}t.composeCollection=function(e,t,n,a,c){const u=a.tag,f=u?t.directives.tagName(u.source,e=>c(u,"TAG_RESOLVE_FAILED",e)):null;if("block-seq"===n.type){const{anchor:e,newlineAfterProp:t}=a,n=e&&u?e.offset>u.offset?e:u:e??u;if(n&&(!t||t.offset<n.offset)){c(n,"MISSING_CHAR","Missing newline after block sequence props")}}const p="block-map"===n.type?"map":"block-seq"===n.type?"seq":"{"===n.start.source?"map":"seq";if(!u||!f||"!"===f||f===i.YAMLMap.tagName&&"map"===p||f===o.YAMLSeq.tagName&&"seq"===p)return l(e,t,n,c,f);let h=t.schema.tags.find(e=>e.tag===f&&e.collection===p);if(!h){const r=t.schema.knownTags[f];if(r?.collection!==p)return r?c(u,"BAD_COLLECTION_TYPE",`${r.tag} used for ${p} collection, but expects ${r.collection??"scalar"}`,!0):c(u,"TAG_RESOLVE_FAILED",`Unresolved tag: ${f}`,!0),l(e,t,n,c,f);t.schema.tags.push(Object.assign({},r,{default:!1})),h=r}const d=l(e,t,n,c,f,h),m=h.resolve?.(d,e=>c(u,"TAG_RESOLVE_FAILED",e),t.options)??d,g=r.isNode(m)?m:new s.Scalar(m);return g.range=d.range,g.tag=f,h?.format&&(g.format=h.format),g}},3683:(e,t,n)=>{var r=n(3021),s=n(5937),i=n(7788),o=n(4631);t.composeDoc=function(e,t,{offset:n,start:a,value:c,end:u},l){const f=Object.assign({_directives:t},e),p=new r.Document(void 0,f),h={atKey:!1,atRoot:!0,directives:p.directives,options:p.options,schema:p.schema},d=o.resolveProps(a,{indicator:"doc-start",next:c??u?.[0],offset:n,onError:l,parentIndent:0,startOnNewline:!0});d.found&&(p.directives.docStart=!0,!c||"block-map"!==c.type&&"block-seq"!==c.type||d.hasNewline||l(d.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),p.contents=c?s.composeNode(h,c,d,l):s.composeEmptyNode(h,d.end,a,null,d,l);const m=p.contents.range[2],g=i.resolveEnd(u,m,!1,l);return g.comment&&(p.comment=g.comment),p.range=[n,m,g.offset],p}},5937:(e,t,n)=>{var r=n(4065),s=n(1127),i=n(7349),o=n(5413),a=n(7788),c=n(2599);const u={composeNode:l,composeEmptyNode:f};function l(e,t,n,c){const l=e.atKey,{spaceBefore:p,comment:h,anchor:d,tag:m}=n;let g,y=!0;switch(t.type){case"alias":g=function({options:e},{offset:t,source:n,end:s},i){const o=new r.Alias(n.substring(1));""===o.source&&i(t,"BAD_ALIAS","Alias cannot be an empty string");o.source.endsWith(":")&&i(t+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);const c=t+n.length,u=a.resolveEnd(s,c,e.strict,i);o.range=[t,c,u.offset],u.comment&&(o.comment=u.comment);return o}(e,t,c),(d||m)&&c(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":g=o.composeScalar(e,t,m,c),d&&(g.anchor=d.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{g=i.composeCollection(u,e,t,n,c),d&&(g.anchor=d.source.substring(1))}catch(e){c(t,"RESOURCE_EXHAUSTION",e instanceof Error?e.message:String(e))}break;default:c(t,"UNEXPECTED_TOKEN","error"===t.type?t.message:`Unsupported token (type: ${t.type})`),y=!1}if(g??(g=f(e,t.offset,void 0,null,n,c)),d&&""===g.anchor&&c(d,"BAD_ALIAS","Anchor cannot be an empty string"),l&&e.options.stringKeys&&(!s.isScalar(g)||"string"!=typeof g.value||g.tag&&"tag:yaml.org,2002:str"!==g.tag)){c(m??t,"NON_STRING_KEY","With stringKeys, all keys must be strings")}return p&&(g.spaceBefore=!0),h&&("scalar"===t.type&&""===t.source?g.comment=h:g.commentBefore=h),e.options.keepSourceTokens&&y&&(g.srcToken=t),g}function f(e,t,n,r,{spaceBefore:s,comment:i,anchor:a,tag:u,end:l},f){const p={type:"scalar",offset:c.emptyScalarPosition(t,n,r),indent:-1,source:""},h=o.composeScalar(e,p,u,f);return a&&(h.anchor=a.source.substring(1),""===h.anchor&&f(a,"BAD_ALIAS","Anchor cannot be an empty string")),s&&(h.spaceBefore=!0),i&&(h.comment=i,h.range[2]=l),h}t.composeEmptyNode=f,t.composeNode=l},5413:(e,t,n)=>{var r=n(1127),s=n(3301),i=n(8913),o=n(6842);t.composeScalar=function(e,t,n,a){const{value:c,type:u,comment:l,range:f}="block-scalar"===t.type?i.resolveBlockScalar(e,t,a):o.resolveFlowScalar(t,e.options.strict,a),p=n?e.directives.tagName(n.source,e=>a(n,"TAG_RESOLVE_FAILED",e)):null;let h,d;h=e.options.stringKeys&&e.atKey?e.schema[r.SCALAR]:p?function(e,t,n,s,i){if("!"===n)return e[r.SCALAR];const o=[];for(const t of e.tags)if(!t.collection&&t.tag===n){if(!t.default||!t.test)return t;o.push(t)}for(const e of o)if(e.test?.test(t))return e;const a=e.knownTags[n];if(a&&!a.collection)return e.tags.push(Object.assign({},a,{default:!1,test:void 0})),a;return i(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,"tag:yaml.org,2002:str"!==n),e[r.SCALAR]}(e.schema,c,p,n,a):"scalar"===t.type?function({atKey:e,directives:t,schema:n},s,i,o){const a=n.tags.find(t=>(!0===t.default||e&&"key"===t.default)&&t.test?.test(s))||n[r.SCALAR];if(n.compat){const e=n.compat.find(e=>e.default&&e.test?.test(s))??n[r.SCALAR];if(a.tag!==e.tag){o(i,"TAG_RESOLVE_FAILED",`Value may be parsed as either ${t.tagString(a.tag)} or ${t.tagString(e.tag)}`,!0)}}return a}(e,c,t,a):e.schema[r.SCALAR];try{const i=h.resolve(c,e=>a(n??t,"TAG_RESOLVE_FAILED",e),e.options);d=r.isScalar(i)?i:new s.Scalar(i)}catch(e){const r=e instanceof Error?e.message:String(e);a(n??t,"TAG_RESOLVE_FAILED",r),d=new s.Scalar(c)}return d.range=f,d.source=c,u&&(d.type=u),p&&(d.tag=p),h.format&&(d.format=h.format),l&&(d.comment=l),d}},9984:(e,t,n)=>{var r=n(932),s=n(1342),i=n(3021),o=n(1464),a=n(1127),c=n(3683),u=n(7788);function l(e){if("number"==typeof e)return[e,e+1];if(Array.isArray(e))return 2===e.length?e:[e[0],e[1]];const{offset:t,source:n}=e;return[t,t+("string"==typeof n?n.length:1)]}function f(e){let t="",n=!1,r=!1;for(let s=0;s<e.length;++s){const i=e[s];switch(i[0]){case"#":t+=(""===t?"":r?"\n\n":"\n")+(i.substring(1)||" "),n=!0,r=!1;break;case"%":"#"!==e[s+1]?.[0]&&(s+=1),n=!1;break;default:n||(r=!0),n=!1}}return{comment:t,afterEmptyLine:r}}t.Composer=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(e,t,n,r)=>{const s=l(e);r?this.warnings.push(new o.YAMLWarning(s,t,n)):this.errors.push(new o.YAMLParseError(s,t,n))},this.directives=new s.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){const{comment:n,afterEmptyLine:r}=f(this.prelude);if(n){const s=e.contents;if(t)e.comment=e.comment?`${e.comment}\n${n}`:n;else if(r||e.directives.docStart||!s)e.commentBefore=n;else if(a.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];a.isPair(e)&&(e=e.key);const t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{const e=s.commentBefore;s.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:f(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,n=-1){for(const t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){switch(r.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,n,r)=>{const s=l(e);s[0]+=t,this.onError(s,"BAD_DIRECTIVE",n,r)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,n=new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(n):this.doc.errors.push(n);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=!0;const t=u.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){const e=Object.assign({_directives:this.directives},this.options),n=new i.Document(void 0,e);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),n.range=[0,t,t],this.decorate(n,!1),yield n}}}},7103:(e,t,n)=>{var r=n(7165),s=n(4454),i=n(4631),o=n(9499),a=n(4051),c=n(1187);const u="All mapping items must start at the same column";t.resolveBlockMap=function({composeNode:e,composeEmptyNode:t},n,l,f,p){const h=new(p?.nodeClass??s.YAMLMap)(n.schema);n.atRoot&&(n.atRoot=!1);let d=l.offset,m=null;for(const s of l.items){const{start:p,key:g,sep:y,value:v}=s,b=i.resolveProps(p,{indicator:"explicit-key-ind",next:g??y?.[0],offset:d,onError:f,parentIndent:l.indent,startOnNewline:!0}),_=!b.found;if(_){if(g&&("block-seq"===g.type?f(d,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in g&&g.indent!==l.indent&&f(d,"BAD_INDENT",u)),!b.anchor&&!b.tag&&!y){m=b.end,b.comment&&(h.comment?h.comment+="\n"+b.comment:h.comment=b.comment);continue}(b.newlineAfterProp||o.containsNewline(g))&&f(g??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else b.found?.indent!==l.indent&&f(d,"BAD_INDENT",u);n.atKey=!0;const w=b.end,k=g?e(n,g,b,f):t(n,w,p,null,b,f);n.schema.compat&&a.flowIndentCheck(l.indent,g,f),n.atKey=!1,c.mapIncludes(n,h.items,k)&&f(w,"DUPLICATE_KEY","Map keys must be unique");const x=i.resolveProps(y??[],{indicator:"map-value-ind",next:v,offset:k.range[2],onError:f,parentIndent:l.indent,startOnNewline:!g||"block-scalar"===g.type});if(d=x.end,x.found){_&&("block-map"!==v?.type||x.hasNewline||f(d,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),n.options.strict&&b.start<x.found.offset-1024&&f(k.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));const i=v?e(n,v,x,f):t(n,d,y,null,x,f);n.schema.compat&&a.flowIndentCheck(l.indent,v,f),d=i.range[2];const o=new r.Pair(k,i);n.options.keepSourceTokens&&(o.srcToken=s),h.items.push(o)}else{_&&f(k.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),x.comment&&(k.comment?k.comment+="\n"+x.comment:k.comment=x.comment);const e=new r.Pair(k);n.options.keepSourceTokens&&(e.srcToken=s),h.items.push(e)}}return m&&m<d&&f(m,"IMPOSSIBLE","Map comment with trailing content"),h.range=[l.offset,d,m??d],h}},8913:(e,t,n)=>{var r=n(3301);t.resolveBlockScalar=function(e,t,n){const s=t.offset,i=function({offset:e,props:t},n,r){if("block-scalar-header"!==t[0].type)return r(t[0],"IMPOSSIBLE","Block scalar header not found"),null;const{source:s}=t[0],i=s[0];let o=0,a="",c=-1;for(let t=1;t<s.length;++t){const n=s[t];if(a||"-"!==n&&"+"!==n){const r=Number(n);!o&&r?o=r:-1===c&&(c=e+t)}else a=n}-1!==c&&r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let u=!1,l="",f=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":u=!0;case"newline":f+=s.source.length;break;case"comment":if(n&&!u){r(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters")}f+=s.source.length,l=s.source.substring(1);break;case"error":r(s,"UNEXPECTED_TOKEN",s.message),f+=s.source.length;break;default:{r(s,"UNEXPECTED_TOKEN",`Unexpected token in block scalar header: ${s.type}`);const e=s.source;e&&"string"==typeof e&&(f+=e.length)}}}return{mode:i,indent:o,chomp:a,comment:l,length:f}}(t,e.options.strict,n);if(!i)return{value:"",type:null,comment:"",range:[s,s,s]};const o=">"===i.mode?r.Scalar.BLOCK_FOLDED:r.Scalar.BLOCK_LITERAL,a=t.source?function(e){const t=e.split(/\n( *)/),n=t[0],r=n.match(/^( *)/),s=[r?.[1]?[r[1],n.slice(r[1].length)]:["",n]];for(let e=1;e<t.length;e+=2)s.push([t[e],t[e+1]]);return s}(t.source):[];let c=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(""!==t&&"\r"!==t)break;c=e}if(0===c){const e="+"===i.chomp&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let n=s+i.length;return t.source&&(n+=t.source.length),{value:e,type:o,comment:i.comment,range:[s,n,n]}}let u=t.indent+i.indent,l=t.offset+i.length,f=0;for(let t=0;t<c;++t){const[r,s]=a[t];if(""!==s&&"\r"!==s){if(r.length<u){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";n(l+r.length,"MISSING_CHAR",e)}if(0===i.indent&&(u=r.length),f=t,0===u&&!e.atRoot){n(l,"BAD_INDENT","Block scalar values in collections must be indented")}break}0===i.indent&&r.length>u&&(u=r.length),l+=r.length+s.length+1}for(let e=a.length-1;e>=c;--e)a[e][0].length>u&&(c=e+1);let p="",h="",d=!1;for(let e=0;e<f;++e)p+=a[e][0].slice(u)+"\n";for(let e=f;e<c;++e){let[t,s]=a[e];l+=t.length+s.length+1;const c="\r"===s[s.length-1];if(c&&(s=s.slice(0,-1)),s&&t.length<u){const e=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;n(l-s.length-(c?2:1),"BAD_INDENT",e),t=""}o===r.Scalar.BLOCK_LITERAL?(p+=h+t.slice(u)+s,h="\n"):t.length>u||"\t"===s[0]?(" "===h?h="\n":d||"\n"!==h||(h="\n\n"),p+=h+t.slice(u)+s,h="\n",d=!0):""===s?"\n"===h?p+="\n":h="\n":(p+=h+s,h=" ",d=!1)}switch(i.chomp){case"-":break;case"+":for(let e=c;e<a.length;++e)p+="\n"+a[e][0].slice(u);"\n"!==p[p.length-1]&&(p+="\n");break;default:p+="\n"}const m=s+i.length+t.source.length;return{value:p,type:o,comment:i.comment,range:[s,m,m]}}},334:(e,t,n)=>{var r=n(2223),s=n(4631),i=n(4051);t.resolveBlockSeq=function({composeNode:e,composeEmptyNode:t},n,o,a,c){const u=new(c?.nodeClass??r.YAMLSeq)(n.schema);n.atRoot&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let l=o.offset,f=null;for(const{start:r,value:c}of o.items){const p=s.resolveProps(r,{indicator:"seq-item-ind",next:c,offset:l,onError:a,parentIndent:o.indent,startOnNewline:!0});if(!p.found){if(!(p.anchor||p.tag||c)){f=p.end,p.comment&&(u.comment=p.comment);continue}"block-seq"===c?.type?a(p.end,"BAD_INDENT","All sequence items must start at the same column"):a(l,"MISSING_CHAR","Sequence item without - indicator")}const h=c?e(n,c,p,a):t(n,p.end,r,null,p,a);n.schema.compat&&i.flowIndentCheck(o.indent,c,a),l=h.range[2],u.items.push(h)}return u.range=[o.offset,l,f??l],u}},7788:(e,t)=>{t.resolveEnd=function(e,t,n,r){let s="";if(e){let i=!1,o="";for(const a of e){const{source:e,type:c}=a;switch(c){case"space":i=!0;break;case"comment":{n&&!i&&r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";s?s+=o+t:s=t,o="";break}case"newline":s&&(o+=e),i=!0;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:s,offset:t}}},3142:(e,t,n)=>{var r=n(1127),s=n(7165),i=n(4454),o=n(2223),a=n(7788),c=n(4631),u=n(9499),l=n(1187);const f="Block collections are not allowed within flow collections",p=e=>e&&("block-map"===e.type||"block-seq"===e.type);t.resolveFlowCollection=function({composeNode:e,composeEmptyNode:t},n,h,d,m){const g="{"===h.start.source,y=g?"flow map":"flow sequence",v=new(m?.nodeClass??(g?i.YAMLMap:o.YAMLSeq))(n.schema);v.flow=!0;const b=n.atRoot;b&&(n.atRoot=!1),n.atKey&&(n.atKey=!1);let _=h.offset+h.start.source.length;for(let o=0;o<h.items.length;++o){const a=h.items[o],{start:m,key:b,sep:w,value:k}=a,x=c.resolveProps(m,{flow:y,indicator:"explicit-key-ind",next:b??w?.[0],offset:_,onError:d,parentIndent:h.indent,startOnNewline:!1});if(!x.found){if(!(x.anchor||x.tag||w||k)){0===o&&x.comma?d(x.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${y}`):o<h.items.length-1&&d(x.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${y}`),x.comment&&(v.comment?v.comment+="\n"+x.comment:v.comment=x.comment),_=x.end;continue}!g&&n.options.strict&&u.containsNewline(b)&&d(b,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(0===o)x.comma&&d(x.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${y}`);else if(x.comma||d(x.start,"MISSING_CHAR",`Missing , between ${y} items`),x.comment){let e="";e:for(const t of m)switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}if(e){let t=v.items[v.items.length-1];r.isPair(t)&&(t=t.value??t.key),t.comment?t.comment+="\n"+e:t.comment=e,x.comment=x.comment.substring(e.length+1)}}if(g||w||x.found){n.atKey=!0;const r=x.end,o=b?e(n,b,x,d):t(n,r,m,null,x,d);p(b)&&d(o.range,"BLOCK_IN_FLOW",f),n.atKey=!1;const u=c.resolveProps(w??[],{flow:y,indicator:"map-value-ind",next:k,offset:o.range[2],onError:d,parentIndent:h.indent,startOnNewline:!1});if(u.found){if(!g&&!x.found&&n.options.strict){if(w)for(const e of w){if(e===u.found)break;if("newline"===e.type){d(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}x.start<u.found.offset-1024&&d(u.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else k&&("source"in k&&":"===k.source?.[0]?d(k,"MISSING_CHAR",`Missing space after : in ${y}`):d(u.start,"MISSING_CHAR",`Missing , or : between ${y} items`));const S=k?e(n,k,u,d):u.found?t(n,u.end,w,null,u,d):null;S?p(k)&&d(S.range,"BLOCK_IN_FLOW",f):u.comment&&(o.comment?o.comment+="\n"+u.comment:o.comment=u.comment);const A=new s.Pair(o,S);if(n.options.keepSourceTokens&&(A.srcToken=a),g){const e=v;l.mapIncludes(n,e.items,o)&&d(r,"DUPLICATE_KEY","Map keys must be unique"),e.items.push(A)}else{const e=new i.YAMLMap(n.schema);e.flow=!0,e.items.push(A);const t=(S??o).range;e.range=[o.range[0],t[1],t[2]],v.items.push(e)}_=S?S.range[2]:u.end}else{const r=k?e(n,k,x,d):t(n,x.end,w,null,x,d);v.items.push(r),_=r.range[2],p(k)&&d(r.range,"BLOCK_IN_FLOW",f)}}const w=g?"}":"]",[k,...x]=h.end;let S=_;if(k?.source===w)S=k.offset+k.source.length;else{const e=y[0].toUpperCase()+y.substring(1);d(_,b?"MISSING_CHAR":"BAD_INDENT",b?`${e} must end with a ${w}`:`${e} in block collection must be sufficiently indented and end with a ${w}`),k&&1!==k.source.length&&x.unshift(k)}if(x.length>0){const e=a.resolveEnd(x,S,n.options.strict,d);e.comment&&(v.comment?v.comment+="\n"+e.comment:v.comment=e.comment),v.range=[h.offset,S,e.offset]}else v.range=[h.offset,S,S];return v}},6842:(e,t,n)=>{var r=n(3301),s=n(7788);function i(e){const t=/(.*?)\r?\n/sy;let n,r,s=t.exec(e);if(!s)return e;try{n=new RegExp("(?<![ \t])[ \t]+$"),r=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{n=/[ \t]+$/,r=/^[ \t]+|[ \t]+$/g}let i=s[1].replace(n,""),o=" ",a=t.lastIndex;for(;s=t.exec(e);){const e=s[1].replace(r,"");""===e?"\n"===o?i+=o:o="\n":(i+=o+e,o=" "),a=t.lastIndex}const c=/[ \t]*(.*)/sy;return c.lastIndex=a,s=c.exec(e),i+o+(s?.[1]??"")}function o(e,t){let n="",r=e[t+1];for(;!(" "!==r&&"\t"!==r&&"\n"!==r&&"\r"!==r||"\r"===r&&"\n"!==e[t+2]);)"\n"===r&&(n+="\n"),r=e[(t+=1)+1];return n||(n=" "),{fold:n,offset:t}}const a={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function c(e,t,n,r){const s=e.substr(t,n),i=s.length===n&&/^[0-9a-fA-F]+$/.test(s)?parseInt(s,16):NaN;try{return String.fromCodePoint(i)}catch{const s=e.substr(t-2,n+2);return r(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),s}}t.resolveFlowScalar=function(e,t,n){const{offset:u,type:l,source:f,end:p}=e;let h,d;const m=(e,t,r)=>n(u+e,t,r);switch(l){case"scalar":h=r.Scalar.PLAIN,d=function(e,t){let n="";switch(e[0]){case"\t":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":n=`block scalar indicator ${e[0]}`;break;case"@":case"`":n=`reserved character ${e[0]}`}n&&t(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`);return i(e)}(f,m);break;case"single-quoted-scalar":h=r.Scalar.QUOTE_SINGLE,d=function(e,t){"'"===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR","Missing closing 'quote");return i(e.slice(1,-1)).replace(/''/g,"'")}(f,m);break;case"double-quoted-scalar":h=r.Scalar.QUOTE_DOUBLE,d=function(e,t){let n="";for(let r=1;r<e.length-1;++r){const s=e[r];if("\r"!==s||"\n"!==e[r+1])if("\n"===s){const{fold:t,offset:s}=o(e,r);n+=t,r=s}else if("\\"===s){let s=e[++r];const i=a[s];if(i)n+=i;else if("\n"===s)for(s=e[r+1];" "===s||"\t"===s;)s=e[1+ ++r];else if("\r"===s&&"\n"===e[r+1])for(s=e[1+ ++r];" "===s||"\t"===s;)s=e[1+ ++r];else if("x"===s||"u"===s||"U"===s){const i="x"===s?2:"u"===s?4:8;n+=c(e,r+1,i,t),r+=i}else{const s=e.substr(r-1,2);t(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),n+=s}}else if(" "===s||"\t"===s){const t=r;let i=e[r+1];for(;" "===i||"\t"===i;)i=e[1+ ++r];"\n"===i||"\r"===i&&"\n"===e[r+2]||(n+=r>t?e.slice(t,r+1):s)}else n+=s}'"'===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR",'Missing closing "quote');return n}(f,m);break;default:return n(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${l}`),{value:"",type:null,comment:"",range:[u,u+f.length,u+f.length]}}const g=u+f.length,y=s.resolveEnd(p,g,t,n);return{value:d,type:h,comment:y.comment,range:[u,g,y.offset]}}},4631:(e,t)=>{t.resolveProps=function(e,{flow:t,indicator:n,next:r,offset:s,onError:i,parentIndent:o,startOnNewline:a}){let c=!1,u=a,l=a,f="",p="",h=!1,d=!1,m=null,g=null,y=null,v=null,b=null,_=null,w=null;for(const s of e)switch(d&&("space"!==s.type&&"newline"!==s.type&&"comma"!==s.type&&i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),d=!1),m&&(u&&"comment"!==s.type&&"newline"!==s.type&&i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),m=null),s.type){case"space":t||"doc-start"===n&&"flow-collection"===r?.type||!s.source.includes("\t")||(m=s),l=!0;break;case"comment":{l||i(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";f?f+=p+e:f=e,p="",u=!1;break}case"newline":u?f?f+=s.source:_&&"seq-item-ind"===n||(c=!0):p+=s.source,u=!0,h=!0,(g||y)&&(v=s),l=!0;break;case"anchor":g&&i(s,"MULTIPLE_ANCHORS","A node can have at most one anchor"),s.source.endsWith(":")&&i(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),g=s,w??(w=s.offset),u=!1,l=!1,d=!0;break;case"tag":y&&i(s,"MULTIPLE_TAGS","A node can have at most one tag"),y=s,w??(w=s.offset),u=!1,l=!1,d=!0;break;case n:(g||y)&&i(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`),_&&i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`),_=s,u="seq-item-ind"===n||"explicit-key-ind"===n,l=!1;break;case"comma":if(t){b&&i(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`),b=s,u=!1,l=!1;break}default:i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`),u=!1,l=!1}const k=e[e.length-1],x=k?k.offset+k.source.length:s;return d&&r&&"space"!==r.type&&"newline"!==r.type&&"comma"!==r.type&&("scalar"!==r.type||""!==r.source)&&i(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),m&&(u&&m.indent<=o||"block-map"===r?.type||"block-seq"===r?.type)&&i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:b,found:_,spaceBefore:c,comment:f,hasNewline:h,anchor:g,tag:y,newlineAfterProp:v,end:x,start:w??x}}},9499:(e,t)=>{t.containsNewline=function e(t){if(!t)return null;switch(t.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(t.source.includes("\n"))return!0;if(t.end)for(const e of t.end)if("newline"===e.type)return!0;return!1;case"flow-collection":for(const n of t.items){for(const e of n.start)if("newline"===e.type)return!0;if(n.sep)for(const e of n.sep)if("newline"===e.type)return!0;if(e(n.key)||e(n.value))return!0}return!1;default:return!0}}},2599:(e,t)=>{t.emptyScalarPosition=function(e,t,n){if(t){n??(n=t.length);for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case"space":case"comment":case"newline":e-=n.source.length;continue}for(n=t[++r];"space"===n?.type;)e+=n.source.length,n=t[++r];break}}return e}},4051:(e,t,n)=>{var r=n(9499);t.flowIndentCheck=function(e,t,n){if("flow-collection"===t?.type){const s=t.end[0];if(s.indent===e&&("]"===s.source||"}"===s.source)&&r.containsNewline(t)){n(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}}},1187:(e,t,n)=>{var r=n(1127);t.mapIncludes=function(e,t,n){const{uniqueKeys:s}=e.options;if(!1===s)return!1;const i="function"==typeof s?s:(e,t)=>e===t||r.isScalar(e)&&r.isScalar(t)&&e.value===t.value;return t.some(e=>i(e.key,n))}},3021:(e,t,n)=>{var r=n(4065),s=n(101),i=n(1127),o=n(7165),a=n(4043),c=n(5840),u=n(6829),l=n(1596),f=n(3661),p=n(2404),h=n(1342);class d{constructor(e,t,n){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,i.NODE_TYPE,{value:i.DOC});let r=null;"function"==typeof t||Array.isArray(t)?r=t:void 0===n&&t&&(n=t,t=void 0);const s=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},n);this.options=s;let{version:o}=s;n?._directives?(this.directives=n._directives.atDocument(),this.directives.yaml.explicit&&(o=this.directives.yaml.version)):this.directives=new h.Directives({version:o}),this.setSchema(o,n),this.contents=void 0===e?null:this.createNode(e,r,n)}clone(){const e=Object.create(d.prototype,{[i.NODE_TYPE]:{value:i.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=i.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){m(this.contents)&&this.contents.add(e)}addIn(e,t){m(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const n=l.anchorNames(this);e.anchor=!t||n.has(t)?l.findNewAnchor(t||"a",n):t}return new r.Alias(e.anchor)}createNode(e,t,n){let r;if("function"==typeof t)e=t.call({"":e},"",e),r=t;else if(Array.isArray(t)){const e=e=>"number"==typeof e||e instanceof String||e instanceof Number,n=t.filter(e).map(String);n.length>0&&(t=t.concat(n)),r=t}else void 0===n&&t&&(n=t,t=void 0);const{aliasDuplicateObjects:s,anchorPrefix:o,flow:a,keepUndefined:c,onTagObj:u,tag:f}=n??{},{onAnchor:h,setAnchors:d,sourceObjects:m}=l.createNodeAnchors(this,o||"a"),g={aliasDuplicateObjects:s??!0,keepUndefined:c??!1,onAnchor:h,onTagObj:u,replacer:r,schema:this.schema,sourceObjects:m},y=p.createNode(e,f,g);return a&&i.isCollection(y)&&(y.flow=!0),d(),y}createPair(e,t,n={}){const r=this.createNode(e,null,n),s=this.createNode(t,null,n);return new o.Pair(r,s)}delete(e){return!!m(this.contents)&&this.contents.delete(e)}deleteIn(e){return s.isEmptyPath(e)?null!=this.contents&&(this.contents=null,!0):!!m(this.contents)&&this.contents.deleteIn(e)}get(e,t){return i.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return s.isEmptyPath(e)?!t&&i.isScalar(this.contents)?this.contents.value:this.contents:i.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return!!i.isCollection(this.contents)&&this.contents.has(e)}hasIn(e){return s.isEmptyPath(e)?void 0!==this.contents:!!i.isCollection(this.contents)&&this.contents.hasIn(e)}set(e,t){null==this.contents?this.contents=s.collectionFromPath(this.schema,[e],t):m(this.contents)&&this.contents.set(e,t)}setIn(e,t){s.isEmptyPath(e)?this.contents=t:null==this.contents?this.contents=s.collectionFromPath(this.schema,Array.from(e),t):m(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){let n;switch("number"==typeof e&&(e=String(e)),e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new h.Directives({version:"1.1"}),n={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new h.Directives({version:e}),n={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,n=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else{if(!n)throw new Error("With a null YAML version, the { schema: Schema } option is required");this.schema=new c.Schema(Object.assign(n,t))}}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:s,reviver:i}={}){const o={anchors:new Map,doc:this,keep:!e,mapAsMap:!0===n,mapKeyWarned:!1,maxAliasCount:"number"==typeof r?r:100},c=a.toJS(this.contents,t??"",o);if("function"==typeof s)for(const{count:e,res:t}of o.anchors.values())s(t,e);return"function"==typeof i?f.applyReviver(i,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return u.stringifyDocument(this,e)}}function m(e){if(i.isCollection(e))return!0;throw new Error("Expected a YAML collection as document contents")}t.Document=d},1596:(e,t,n)=>{var r=n(1127),s=n(204);function i(e){const t=new Set;return s.visit(e,{Value(e,n){n.anchor&&t.add(n.anchor)}}),t}function o(e,t){for(let n=1;;++n){const r=`${e}${n}`;if(!t.has(r))return r}}t.anchorIsValid=function(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);throw new Error(`Anchor must not contain whitespace or control characters: ${t}`)}return!0},t.anchorNames=i,t.createNodeAnchors=function(e,t){const n=[],s=new Map;let a=null;return{onAnchor:r=>{n.push(r),a??(a=i(e));const s=o(t,a);return a.add(s),s},setAnchors:()=>{for(const e of n){const t=s.get(e);if("object"!=typeof t||!t.anchor||!r.isScalar(t.node)&&!r.isCollection(t.node)){const t=new Error("Failed to resolve repeated object (this should not happen)");throw t.source=e,t}t.node.anchor=t.anchor}},sourceObjects:s}},t.findNewAnchor=o},3661:(e,t)=>{t.applyReviver=function e(t,n,r,s){if(s&&"object"==typeof s)if(Array.isArray(s))for(let n=0,r=s.length;n<r;++n){const r=s[n],i=e(t,s,String(n),r);void 0===i?delete s[n]:i!==r&&(s[n]=i)}else if(s instanceof Map)for(const n of Array.from(s.keys())){const r=s.get(n),i=e(t,s,n,r);void 0===i?s.delete(n):i!==r&&s.set(n,i)}else if(s instanceof Set)for(const n of Array.from(s)){const r=e(t,s,n,n);void 0===r?s.delete(n):r!==n&&(s.delete(n),s.add(r))}else for(const[n,r]of Object.entries(s)){const i=e(t,s,n,r);void 0===i?delete s[n]:i!==r&&(s[n]=i)}return t.call(n,r,s)}},2404:(e,t,n)=>{var r=n(4065),s=n(1127),i=n(3301);t.createNode=function(e,t,n){if(s.isDocument(e)&&(e=e.contents),s.isNode(e))return e;if(s.isPair(e)){const t=n.schema[s.MAP].createNode?.(n.schema,null,n);return t.items.push(e),t}(e instanceof String||e instanceof Number||e instanceof Boolean||"undefined"!=typeof BigInt&&e instanceof BigInt)&&(e=e.valueOf());const{aliasDuplicateObjects:o,onAnchor:a,onTagObj:c,schema:u,sourceObjects:l}=n;let f;if(o&&e&&"object"==typeof e){if(f=l.get(e),f)return f.anchor??(f.anchor=a(e)),new r.Alias(f.anchor);f={anchor:null,node:null},l.set(e,f)}t?.startsWith("!!")&&(t="tag:yaml.org,2002:"+t.slice(2));let p=function(e,t,n){if(t){const e=n.filter(e=>e.tag===t),r=e.find(e=>!e.format)??e[0];if(!r)throw new Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}(e,t,u.tags);if(!p){if(e&&"function"==typeof e.toJSON&&(e=e.toJSON()),!e||"object"!=typeof e){const t=new i.Scalar(e);return f&&(f.node=t),t}p=e instanceof Map?u[s.MAP]:Symbol.iterator in Object(e)?u[s.SEQ]:u[s.MAP]}c&&(c(p),delete n.onTagObj);const h=p?.createNode?p.createNode(n.schema,e,n):"function"==typeof p?.nodeClass?.from?p.nodeClass.from(n.schema,e,n):new i.Scalar(e);return t?h.tag=t:p.default||(h.tag=p.tag),f&&(f.node=h),h}},1342:(e,t,n)=>{var r=n(1127),s=n(204);const i={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},o=e=>e.replace(/[!,[\]{}]/g,e=>i[e]);class a{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},a.defaultYaml,e),this.tags=Object.assign({},a.defaultTags,t)}clone(){const e=new a(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){const e=new a(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:a.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},a.defaultTags)}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:a.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},a.defaultTags),this.atNextDocument=!1);const n=e.trim().split(/[ \t]+/),r=n.shift();switch(r){case"%TAG":{if(2!==n.length&&(t(0,"%TAG directive should contain exactly two parts"),n.length<2))return!1;const[e,r]=n;return this.tags[e]=r,!0}case"%YAML":{if(this.yaml.explicit=!0,1!==n.length)return t(0,"%YAML directive should contain exactly one part"),!1;const[e]=n;if("1.1"===e||"1.2"===e)return this.yaml.version=e,!0;return t(6,`Unsupported YAML version ${e}`,/^\d+\.\d+$/.test(e)),!1}default:return t(0,`Unknown directive ${r}`,!0),!1}}tagName(e,t){if("!"===e)return"!";if("!"!==e[0])return t(`Not a valid tag: ${e}`),null;if("<"===e[1]){const n=e.slice(2,-1);return"!"===n||"!!"===n?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(">"!==e[e.length-1]&&t("Verbatim tags must end with a >"),n)}const[,n,r]=e.match(/^(.*!)([^!]*)$/s);r||t(`The ${e} tag has no suffix`);const s=this.tags[n];if(s)try{return s+decodeURIComponent(r)}catch(e){return t(String(e)),null}return"!"===n?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(const[t,n]of Object.entries(this.tags))if(e.startsWith(n))return t+o(e.substring(n.length));return"!"===e[0]?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],n=Object.entries(this.tags);let i;if(e&&n.length>0&&r.isNode(e.contents)){const t={};s.visit(e.contents,(e,n)=>{r.isNode(n)&&n.tag&&(t[n.tag]=!0)}),i=Object.keys(t)}else i=[];for(const[r,s]of n)"!!"===r&&"tag:yaml.org,2002:"===s||e&&!i.some(e=>e.startsWith(s))||t.push(`%TAG ${r} ${s}`);return t.join("\n")}}a.defaultYaml={explicit:!1,version:"1.2"},a.defaultTags={"!!":"tag:yaml.org,2002:"},t.Directives=a},1464:(e,t)=>{class n extends Error{constructor(e,t,n,r){super(),this.name=e,this.code=n,this.message=r,this.pos=t}}t.YAMLError=n,t.YAMLParseError=class extends n{constructor(e,t,n){super("YAMLParseError",e,t,n)}},t.YAMLWarning=class extends n{constructor(e,t,n){super("YAMLWarning",e,t,n)}},t.prettifyError=(e,t)=>n=>{if(-1===n.pos[0])return;n.linePos=n.pos.map(e=>t.linePos(e));const{line:r,col:s}=n.linePos[0];n.message+=` at line ${r}, column ${s}`;let i=s-1,o=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,"");if(i>=60&&o.length>80){const e=Math.min(i-39,o.length-79);o="…"+o.substring(e),i-=e-1}if(o.length>80&&(o=o.substring(0,79)+"…"),r>1&&/^ *$/.test(o.substring(0,i))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);n.length>80&&(n=n.substring(0,79)+"…\n"),o=n+o}if(/[^ ]/.test(o)){let e=1;const t=n.linePos[1];t?.line===r&&t.col>s&&(e=Math.max(1,Math.min(t.col-s,80-i)));const a=" ".repeat(i)+"^".repeat(e);n.message+=`:\n\n${o}\n${a}\n`}}},8815:(e,t,n)=>{var r=n(9984),s=n(3021),i=n(5840),o=n(1464),a=n(4065),c=n(1127),u=n(7165),l=n(3301),f=n(4454),p=n(2223),h=n(3461),d=n(361),m=n(6628),g=n(3456),y=n(4047),v=n(204);r.Composer,s.Document,i.Schema,o.YAMLError,o.YAMLParseError,o.YAMLWarning,a.Alias,t.Vj=c.isAlias,c.isCollection,c.isDocument,t.jh=c.isMap,c.isNode,t.tO=c.isPair,t.jn=c.isScalar,t.oP=c.isSeq,u.Pair,l.Scalar,f.YAMLMap,p.YAMLSeq,d.Lexer,t.HN=m.LineCounter,g.Parser,y.parse,y.parseAllDocuments,t.Tp=y.parseDocument,y.stringify,t.YR=v.visit,v.visitAsync},7249:(e,t,n)=>{var r=n(932);t.debug=function(e,...t){"debug"===e&&console.log(...t)},t.warn=function(e,t){"debug"!==e&&"warn"!==e||("function"==typeof r.emitWarning?r.emitWarning(t):console.warn(t))}},4065:(e,t,n)=>{var r=n(1596),s=n(204),i=n(1127),o=n(6673),a=n(4043);class c extends o.NodeBase{constructor(e){super(i.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(0===t?.maxAliasCount)throw new ReferenceError("Alias resolution is disabled");let n,r;t?.aliasResolveCache?n=t.aliasResolveCache:(n=[],s.visit(e,{Node:(e,t)=>{(i.isAlias(t)||i.hasAnchor(t))&&n.push(t)}}),t&&(t.aliasResolveCache=n));for(const e of n){if(e===this)break;e.anchor===this.source&&(r=e)}if(r&&t){const{anchors:e,doc:n,maxAliasCount:s}=t;let i=e.get(r);if(i||(a.toJS(r,null,t),i=e.get(r)),void 0===i?.res){throw new ReferenceError("This should not happen: Alias anchor was not resolved?")}if(s>=0&&(i.count+=1,0===i.aliasCount&&(i.aliasCount=u(n,r,e)),i.count*i.aliasCount>s)){throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack")}}return r}toJSON(e,t){if(!t)return{source:this.source};const n=this.resolve(t.doc,t);if(!n){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){const s=`*${this.source}`;if(e){if(r.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function u(e,t,n){if(i.isAlias(t)){const r=t.resolve(e),s=n&&r&&n.get(r);return s?s.count*s.aliasCount:0}if(i.isCollection(t)){let r=0;for(const s of t.items){const t=u(e,s,n);t>r&&(r=t)}return r}if(i.isPair(t)){const r=u(e,t.key,n),s=u(e,t.value,n);return Math.max(r,s)}return 1}t.Alias=c},101:(e,t,n)=>{var r=n(2404),s=n(1127),i=n(6673);function o(e,t,n){let s=n;for(let e=t.length-1;e>=0;--e){const n=t[e];if("number"==typeof n&&Number.isInteger(n)&&n>=0){const e=[];e[n]=s,s=e}else s=new Map([[n,s]])}return r.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const a=e=>null==e||"object"==typeof e&&!!e[Symbol.iterator]().next().done;class c extends i.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(a(e))this.add(t);else{const[n,...r]=e,i=this.get(n,!0);if(s.isCollection(i))i.addIn(r,t);else{if(void 0!==i||!this.schema)throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`);this.set(n,o(this.schema,r,t))}}}deleteIn(e){const[t,...n]=e;if(0===n.length)return this.delete(t);const r=this.get(t,!0);if(s.isCollection(r))return r.deleteIn(n);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){const[n,...r]=e,i=this.get(n,!0);return 0===r.length?!t&&s.isScalar(i)?i.value:i:s.isCollection(i)?i.getIn(r,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return!1;const n=t.value;return null==n||e&&s.isScalar(n)&&null==n.value&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){const[t,...n]=e;if(0===n.length)return this.has(t);const r=this.get(t,!0);return!!s.isCollection(r)&&r.hasIn(n)}setIn(e,t){const[n,...r]=e;if(0===r.length)this.set(n,t);else{const e=this.get(n,!0);if(s.isCollection(e))e.setIn(r,t);else{if(void 0!==e||!this.schema)throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`);this.set(n,o(this.schema,r,t))}}}}t.Collection=c,t.collectionFromPath=o,t.isEmptyPath=a},6673:(e,t,n)=>{var r=n(3661),s=n(1127),i=n(4043);t.NodeBase=class{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:o,reviver:a}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:!0,mapAsMap:!0===t,mapKeyWarned:!1,maxAliasCount:"number"==typeof n?n:100},u=i.toJS(this,"",c);if("function"==typeof o)for(const{count:e,res:t}of c.anchors.values())o(t,e);return"function"==typeof a?r.applyReviver(a,{"":u},"",u):u}}},7165:(e,t,n)=>{var r=n(2404),s=n(9748),i=n(7104),o=n(1127);class a{constructor(e,t=null){Object.defineProperty(this,o.NODE_TYPE,{value:o.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:n}=this;return o.isNode(t)&&(t=t.clone(e)),o.isNode(n)&&(n=n.clone(e)),new a(t,n)}toJSON(e,t){const n=t?.mapAsMap?new Map:{};return i.addPairToJSMap(t,n,this)}toString(e,t,n){return e?.doc?s.stringifyPair(this,e,t,n):JSON.stringify(this)}}t.Pair=a,t.createPair=function(e,t,n){const s=r.createNode(e,void 0,n),i=r.createNode(t,void 0,n);return new a(s,i)}},3301:(e,t,n)=>{var r=n(1127),s=n(6673),i=n(4043);class o extends s.NodeBase{constructor(e){super(r.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:i.toJS(this.value,e,t)}toString(){return String(this.value)}}o.BLOCK_FOLDED="BLOCK_FOLDED",o.BLOCK_LITERAL="BLOCK_LITERAL",o.PLAIN="PLAIN",o.QUOTE_DOUBLE="QUOTE_DOUBLE",o.QUOTE_SINGLE="QUOTE_SINGLE",t.Scalar=o,t.isScalarValue=e=>!e||"function"!=typeof e&&"object"!=typeof e},4454:(e,t,n)=>{var r=n(1212),s=n(7104),i=n(101),o=n(1127),a=n(7165),c=n(3301);function u(e,t){const n=o.isScalar(t)?t.value:t;for(const r of e)if(o.isPair(r)){if(r.key===t||r.key===n)return r;if(o.isScalar(r.key)&&r.key.value===n)return r}}class l extends i.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(o.MAP,e),this.items=[]}static from(e,t,n){const{keepUndefined:r,replacer:s}=n,i=new this(e),o=(e,o)=>{if("function"==typeof s)o=s.call(t,e,o);else if(Array.isArray(s)&&!s.includes(e))return;(void 0!==o||r)&&i.items.push(a.createPair(e,o,n))};if(t instanceof Map)for(const[e,n]of t)o(e,n);else if(t&&"object"==typeof t)for(const e of Object.keys(t))o(e,t[e]);return"function"==typeof e.sortMapEntries&&i.items.sort(e.sortMapEntries),i}add(e,t){let n;n=o.isPair(e)?e:e&&"object"==typeof e&&"key"in e?new a.Pair(e.key,e.value):new a.Pair(e,e?.value);const r=u(this.items,n.key),s=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${n.key} already set`);o.isScalar(r.value)&&c.isScalarValue(n.value)?r.value.value=n.value:r.value=n.value}else if(s){const e=this.items.findIndex(e=>s(n,e)<0);-1===e?this.items.push(n):this.items.splice(e,0,n)}else this.items.push(n)}delete(e){const t=u(this.items,e);if(!t)return!1;return this.items.splice(this.items.indexOf(t),1).length>0}get(e,t){const n=u(this.items,e),r=n?.value;return(!t&&o.isScalar(r)?r.value:r)??void 0}has(e){return!!u(this.items,e)}set(e,t){this.add(new a.Pair(e,t),!0)}toJSON(e,t,n){const r=n?new n:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(r);for(const e of this.items)s.addPairToJSMap(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(const e of this.items)if(!o.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),r.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:n,onComment:t})}}t.YAMLMap=l,t.findPair=u},2223:(e,t,n)=>{var r=n(2404),s=n(1212),i=n(101),o=n(1127),a=n(3301),c=n(4043);class u extends i.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(o.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){const t=l(e);if("number"!=typeof t)return!1;return this.items.splice(t,1).length>0}get(e,t){const n=l(e);if("number"!=typeof n)return;const r=this.items[n];return!t&&o.isScalar(r)?r.value:r}has(e){const t=l(e);return"number"==typeof t&&t<this.items.length}set(e,t){const n=l(e);if("number"!=typeof n)throw new Error(`Expected a valid index, not ${e}.`);const r=this.items[n];o.isScalar(r)&&a.isScalarValue(t)?r.value=t:this.items[n]=t}toJSON(e,t){const n=[];t?.onCreate&&t.onCreate(n);let r=0;for(const e of this.items)n.push(c.toJS(e,String(r++),t));return n}toString(e,t,n){return e?s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:n,onComment:t}):JSON.stringify(this)}static from(e,t,n){const{replacer:s}=n,i=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let o of t){if("function"==typeof s){const n=t instanceof Set?o:String(e++);o=s.call(t,n,o)}i.items.push(r.createNode(o,void 0,n))}}return i}}function l(e){let t=o.isScalar(e)?e.value:e;return t&&"string"==typeof t&&(t=Number(t)),"number"==typeof t&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=u},7104:(e,t,n)=>{var r=n(7249),s=n(452),i=n(2148),o=n(1127),a=n(4043);t.addPairToJSMap=function(e,t,{key:n,value:c}){if(o.isNode(n)&&n.addToJSMap)n.addToJSMap(e,t,c);else if(s.isMergeKey(e,n))s.addMergeToJSMap(e,t,c);else{const s=a.toJS(n,"",e);if(t instanceof Map)t.set(s,a.toJS(c,s,e));else if(t instanceof Set)t.add(s);else{const u=function(e,t,n){if(null===t)return"";if("object"!=typeof t)return String(t);if(o.isNode(e)&&n?.doc){const t=i.createStringifyContext(n.doc,{});t.anchors=new Set;for(const e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=!0,t.inStringifyKey=!0;const s=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(s);e.length>40&&(e=e.substring(0,36)+'..."'),r.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`),n.mapKeyWarned=!0}return s}return JSON.stringify(t)}(n,s,e),l=a.toJS(c,u,e);u in t?Object.defineProperty(t,u,{value:l,writable:!0,enumerable:!0,configurable:!0}):t[u]=l}}return t}},1127:(e,t)=>{const n=Symbol.for("yaml.alias"),r=Symbol.for("yaml.document"),s=Symbol.for("yaml.map"),i=Symbol.for("yaml.pair"),o=Symbol.for("yaml.scalar"),a=Symbol.for("yaml.seq"),c=Symbol.for("yaml.node.type"),u=e=>!!e&&"object"==typeof e&&e[c]===o;function l(e){if(e&&"object"==typeof e)switch(e[c]){case s:case a:return!0}return!1}t.ALIAS=n,t.DOC=r,t.MAP=s,t.NODE_TYPE=c,t.PAIR=i,t.SCALAR=o,t.SEQ=a,t.hasAnchor=e=>(u(e)||l(e))&&!!e.anchor,t.isAlias=e=>!!e&&"object"==typeof e&&e[c]===n,t.isCollection=l,t.isDocument=e=>!!e&&"object"==typeof e&&e[c]===r,t.isMap=e=>!!e&&"object"==typeof e&&e[c]===s,t.isNode=function(e){if(e&&"object"==typeof e)switch(e[c]){case n:case s:case o:case a:return!0}return!1},t.isPair=e=>!!e&&"object"==typeof e&&e[c]===i,t.isScalar=u,t.isSeq=e=>!!e&&"object"==typeof e&&e[c]===a},4043:(e,t,n)=>{var r=n(1127);t.toJS=function e(t,n,s){if(Array.isArray(t))return t.map((t,n)=>e(t,String(n),s));if(t&&"function"==typeof t.toJSON){if(!s||!r.hasAnchor(t))return t.toJSON(n,s);const e={aliasCount:0,count:1,res:void 0};s.anchors.set(t,e),s.onCreate=t=>{e.res=t,delete s.onCreate};const i=t.toJSON(n,s);return s.onCreate&&s.onCreate(i),i}return"bigint"!=typeof t||s?.keep?t:Number(t)}},110:(e,t,n)=>{var r=n(8913),s=n(6842),i=n(1464),o=n(3069);function a(e,t){if(t)for(const n of t)switch(n.type){case"space":case"comment":e.push(n);break;case"newline":return e.push(n),!0}return!1}function c(e,t,n){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=n,e.source=t;break;case"block-scalar":{const r=e.props.slice(1);let s=t.length;"block-scalar-header"===e.props[0].type&&(s-=e.props[0].source.length);for(const e of r)e.offset+=s;delete e.props,Object.assign(e,{type:n,source:t,end:r});break}case"block-map":case"block-seq":{const r={type:"newline",offset:e.offset+t.length,indent:e.indent,source:"\n"};delete e.items,Object.assign(e,{type:n,source:t,end:[r]});break}default:{const r="indent"in e?e.indent:-1,s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>"space"===e.type||"comment"===e.type||"newline"===e.type):[];for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t];Object.assign(e,{type:n,indent:r,source:t,end:s})}}}t.createScalarToken=function(e,t){const{implicitKey:n=!1,indent:r,inFlow:s=!1,offset:i=-1,type:c="PLAIN"}=t,u=o.stringifyString({type:c,value:e},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:s,options:{blockQuote:!0,lineWidth:-1}}),l=t.end??[{type:"newline",offset:-1,indent:r,source:"\n"}];switch(u[0]){case"|":case">":{const e=u.indexOf("\n"),t=u.substring(0,e),n=u.substring(e+1)+"\n",s=[{type:"block-scalar-header",offset:i,indent:r,source:t}];return a(s,l)||s.push({type:"newline",offset:-1,indent:r,source:"\n"}),{type:"block-scalar",offset:i,indent:r,props:s,source:n}}case'"':return{type:"double-quoted-scalar",offset:i,indent:r,source:u,end:l};case"'":return{type:"single-quoted-scalar",offset:i,indent:r,source:u,end:l};default:return{type:"scalar",offset:i,indent:r,source:u,end:l}}},t.resolveAsScalar=function(e,t=!0,n){if(e){const o=(e,t,r)=>{const s="number"==typeof e?e:Array.isArray(e)?e[0]:e.offset;if(!n)throw new i.YAMLParseError([s,s+1],t,r);n(s,t,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,o);case"block-scalar":return r.resolveBlockScalar({options:{strict:t}},e,o)}}return null},t.setScalarValue=function(e,t,n={}){let{afterKey:r=!1,implicitKey:s=!1,inFlow:i=!1,type:u}=n,l="indent"in e?e.indent:null;if(r&&"number"==typeof l&&(l+=2),!u)switch(e.type){case"single-quoted-scalar":u="QUOTE_SINGLE";break;case"double-quoted-scalar":u="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header");u=">"===t.source[0]?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:u="PLAIN"}const f=o.stringifyString({type:u,value:t},{implicitKey:s||null===l,indent:null!==l&&l>0?" ".repeat(l):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}});switch(f[0]){case"|":case">":!function(e,t){const n=t.indexOf("\n"),r=t.substring(0,n),s=t.substring(n+1)+"\n";if("block-scalar"===e.type){const t=e.props[0];if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header");t.source=r,e.source=s}else{const{offset:t}=e,n="indent"in e?e.indent:-1,i=[{type:"block-scalar-header",offset:t,indent:n,source:r}];a(i,"end"in e?e.end:void 0)||i.push({type:"newline",offset:-1,indent:n,source:"\n"});for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t];Object.assign(e,{type:"block-scalar",indent:n,props:i,source:s})}}(e,f);break;case'"':c(e,f,"double-quoted-scalar");break;case"'":c(e,f,"single-quoted-scalar");break;default:c(e,f,"scalar")}}},1733:(e,t)=>{function n(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=n(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const n of e.items)t+=r(n);return t}case"flow-collection":{let t=e.start.source;for(const n of e.items)t+=r(n);for(const n of e.end)t+=n.source;return t}case"document":{let t=r(e);if(e.end)for(const n of e.end)t+=n.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const n of e.end)t+=n.source;return t}}}function r({start:e,key:t,sep:r,value:s}){let i="";for(const t of e)i+=t.source;if(t&&(i+=n(t)),r)for(const e of r)i+=e.source;return s&&(i+=n(s)),i}t.stringify=e=>"type"in e?n(e):r(e)},7715:(e,t)=>{const n=Symbol("break visit"),r=Symbol("skip children"),s=Symbol("remove item");function i(e,t){"type"in e&&"document"===e.type&&(e={start:e.start,value:e.value}),o(Object.freeze([]),e,t)}function o(e,t,r){let i=r(t,e);if("symbol"==typeof i)return i;for(const a of["key","value"]){const c=t[a];if(c&&"items"in c){for(let t=0;t<c.items.length;++t){const i=o(Object.freeze(e.concat([[a,t]])),c.items[t],r);if("number"==typeof i)t=i-1;else{if(i===n)return n;i===s&&(c.items.splice(t,1),t-=1)}}"function"==typeof i&&"key"===a&&(i=i(t,e))}}return"function"==typeof i?i(t,e):i}i.BREAK=n,i.SKIP=r,i.REMOVE=s,i.itemAtPath=(e,t)=>{let n=e;for(const[e,r]of t){const t=n?.[e];if(!t||!("items"in t))return;n=t.items[r]}return n},i.parentCollection=(e,t)=>{const n=i.itemAtPath(e,t.slice(0,-1)),r=t[t.length-1][0],s=n?.[r];if(s&&"items"in s)return s;throw new Error("Parent collection not found")},t.visit=i},3461:(e,t,n)=>{var r=n(110),s=n(1733),i=n(7715);t.createScalarToken=r.createScalarToken,t.resolveAsScalar=r.resolveAsScalar,t.setScalarValue=r.setScalarValue,t.stringify=s.stringify,t.visit=i.visit,t.BOM="\ufeff",t.DOCUMENT="",t.FLOW_END="",t.SCALAR="",t.isCollection=e=>!!e&&"items"in e,t.isScalar=e=>!!e&&("scalar"===e.type||"single-quoted-scalar"===e.type||"double-quoted-scalar"===e.type||"block-scalar"===e.type),t.prettyToken=function(e){switch(e){case"\ufeff":return"<BOM>";case"":return"<DOC>";case"":return"<FLOW_END>";case"":return"<SCALAR>";default:return JSON.stringify(e)}},t.tokenType=function(e){switch(e){case"\ufeff":return"byte-order-mark";case"":return"doc-mode";case"":return"flow-error-end";case"":return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}},361:(e,t,n)=>{var r=n(3461);function s(e){switch(e){case void 0:case" ":case"\n":case"\r":case"\t":return!0;default:return!1}}const i=new Set("0123456789ABCDEFabcdef"),o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),a=new Set(",[]{}"),c=new Set(" ,[]{}\n\r\t"),u=e=>!e||c.has(e);t.Lexer=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if("string"!=typeof e)throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let n=this.next??"stream";for(;n&&(t||this.hasChars(1));)n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;" "===t||"\t"===t;)t=this.buffer[++e];return!t||"#"===t||"\n"===t||"\r"===t&&"\n"===this.buffer[e+1]}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;for(;" "===t;)t=this.buffer[++n+e];if("\r"===t){const t=this.buffer[n+e+1];if("\n"===t||!t&&!this.atEnd)return e+n+1}return"\n"===t||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if("-"===t||"."===t){const t=this.buffer.substr(e,3);if(("---"===t||"..."===t)&&s(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return("number"!=typeof e||-1!==e&&e<this.pos)&&(e=this.buffer.indexOf("\n",this.pos),this.lineEndPos=e),-1===e?this.atEnd?this.buffer.substring(this.pos):null:("\r"===this.buffer[e-1]&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(null===e)return this.setNext("stream");if(e[0]===r.BOM&&(yield*this.pushCount(1),e=e.substring(1)),"%"===e[0]){let t=e.length,n=e.indexOf("#");for(;-1!==n;){const r=e[n-1];if(" "===r||"\t"===r){t=n-1;break}n=e.indexOf("#",n+1)}for(;;){const n=e[t-1];if(" "!==n&&"\t"!==n)break;t-=1}const r=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-r),this.pushNewline(),"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield r.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if("-"===e||"."===e){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if(("---"===e||"..."===e)&&s(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,"---"===e?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!s(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if(("-"===e||"?"===e||":"===e)&&s(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=e,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);const e=this.getLine();if(null===e)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(u),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=(yield*this.parseBlockScalarHeader()),t+=(yield*this.pushSpaces(!0)),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,n=-1;do{e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=n=t):t=0,t+=(yield*this.pushSpaces(!0))}while(e+t>0);const i=this.getLine();if(null===i)return this.setNext("flow");if(-1!==n&&n<this.indentNext&&"#"!==i[0]||0===n&&(i.startsWith("---")||i.startsWith("..."))&&s(i[3])){if(!(n===this.indentNext-1&&1===this.flowLevel&&("]"===i[0]||"}"===i[0])))return this.flowLevel=0,yield r.FLOW_END,yield*this.parseLineStart()}let o=0;for(;","===i[o];)o+=(yield*this.pushCount(1)),o+=(yield*this.pushSpaces(!0)),this.flowKey=!1;switch(o+=(yield*this.pushIndicators()),i[o]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-o),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(u),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||s(e)||","===e)return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if("'"===e)for(;-1!==t&&"'"===this.buffer[t+1];)t=this.buffer.indexOf("'",t+2);else for(;-1!==t;){let e=0;for(;"\\"===this.buffer[t-1-e];)e+=1;if(e%2==0)break;t=this.buffer.indexOf('"',t+1)}const n=this.buffer.substring(0,t);let r=n.indexOf("\n",this.pos);if(-1!==r){for(;-1!==r;){const e=this.continueScalar(r+1);if(-1===e)break;r=n.indexOf("\n",e)}-1!==r&&(t=r-("\r"===n[r-1]?2:1))}if(-1===t){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){const t=this.buffer[++e];if("+"===t)this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if("-"!==t)break}return yield*this.pushUntil(e=>s(e)||"#"===e)}*parseBlockScalar(){let e,t=this.pos-1,n=0;e:for(let r=this.pos;e=this.buffer[r];++r)switch(e){case" ":n+=1;break;case"\n":t=r,n=0;break;case"\r":{const e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if("\n"===e)break}default:break e}if(!e&&!this.atEnd)return this.setNext("block-scalar");if(n>=this.indentNext){-1===this.blockScalarIndent?this.indentNext=n:this.indentNext=this.blockScalarIndent+(0===this.indentNext?1:this.indentNext);do{const e=this.continueScalar(t+1);if(-1===e)break;t=this.buffer.indexOf("\n",e)}while(-1!==t);if(-1===t){if(!this.atEnd)return this.setNext("block-scalar");t=this.buffer.length}}let s=t+1;for(e=this.buffer[s];" "===e;)e=this.buffer[++s];if("\t"===e){for(;"\t"===e||" "===e||"\r"===e||"\n"===e;)e=this.buffer[++s];t=s-1}else if(!this.blockScalarKeep)for(;;){let e=t-1,r=this.buffer[e];"\r"===r&&(r=this.buffer[--e]);const s=e;for(;" "===r;)r=this.buffer[--e];if(!("\n"===r&&e>=this.pos&&e+1+n>s))break;t=e}return yield r.SCALAR,yield*this.pushToIndex(t+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t,n=this.pos-1,i=this.pos-1;for(;t=this.buffer[++i];)if(":"===t){const t=this.buffer[i+1];if(s(t)||e&&a.has(t))break;n=i}else if(s(t)){let r=this.buffer[i+1];if("\r"===t&&("\n"===r?(i+=1,t="\n",r=this.buffer[i+1]):n=i),"#"===r||e&&a.has(r))break;if("\n"===t){const e=this.continueScalar(i+1);if(-1===e)break;i=Math.max(i,e-2)}}else{if(e&&a.has(t))break;n=i}return t||this.atEnd?(yield r.SCALAR,yield*this.pushToIndex(n+1,!0),e?"flow":"doc"):this.setNext("plain-scalar")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){const n=this.buffer.slice(this.pos,e);return n?(yield n,this.pos+=n.length,n.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag()),e+=(yield*this.pushSpaces(!0));continue e;case"&":e+=(yield*this.pushUntil(u)),e+=(yield*this.pushSpaces(!0));continue e;case"-":case"?":case":":{const t=this.flowLevel>0,n=this.charAt(1);if(s(n)||t&&a.has(n)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=(yield*this.pushCount(1)),e+=(yield*this.pushSpaces(!0));continue e}}}break e}return e}*pushTag(){if("<"===this.charAt(1)){let e=this.pos+2,t=this.buffer[e];for(;!s(t)&&">"!==t;)t=this.buffer[++e];return yield*this.pushToIndex(">"===t?e+1:e,!1)}{let e=this.pos+1,t=this.buffer[e];for(;t;)if(o.has(t))t=this.buffer[++e];else{if("%"!==t||!i.has(this.buffer[e+1])||!i.has(this.buffer[e+2]))break;t=this.buffer[e+=3]}return yield*this.pushToIndex(e,!1)}}*pushNewline(){const e=this.buffer[this.pos];return"\n"===e?yield*this.pushCount(1):"\r"===e&&"\n"===this.charAt(1)?yield*this.pushCount(2):0}*pushSpaces(e){let t,n=this.pos-1;do{t=this.buffer[++n]}while(" "===t||e&&"\t"===t);const r=n-this.pos;return r>0&&(yield this.buffer.substr(this.pos,r),this.pos=n),r}*pushUntil(e){let t=this.pos,n=this.buffer[t];for(;!e(n);)n=this.buffer[++t];return yield*this.pushToIndex(t,!1)}}},6628:(e,t)=>{t.LineCounter=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,n=this.lineStarts.length;for(;t<n;){const r=t+n>>1;this.lineStarts[r]<e?t=r+1:n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(0===t)return{line:0,col:e};return{line:t,col:e-this.lineStarts[t-1]+1}}}}},3456:(e,t,n)=>{var r=n(932),s=n(3461),i=n(361);function o(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return!0;return!1}function a(e){for(let t=0;t<e.length;++t)switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}return-1}function c(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function u(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function l(e){if(0===e.length)return[];let t=e.length;e:for(;--t>=0;)switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;"space"===e[++t]?.type;);return e.splice(t,e.length)}function f(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function p(e){if("flow-seq-start"===e.start.type)for(const t of e.items)!t.sep||t.value||o(t.start,"explicit-key-ind")||o(t.sep,"map-value-ind")||(t.key&&(t.value=t.key),delete t.key,c(t.value)?t.value.end?f(t.value.end,t.sep):t.value.end=t.sep:f(t.start,t.sep),delete t.sep)}t.Parser=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new i.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&0===this.offset&&this.onNewLine(0);for(const n of this.lexer.lex(e,t))yield*this.next(n);t||(yield*this.end())}*next(e){if(this.source=e,r.env.LOG_TOKENS&&console.log("|",s.prettyToken(e)),this.atScalar)return this.atScalar=!1,yield*this.step(),void(this.offset+=e.length);const t=s.tokenType(e);if(t)if("scalar"===t)this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&" "===e[0]&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){const e=this.peek(1);if("doc-end"!==this.type||"doc-end"===e?.type){if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}else{for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source})}}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(t)if(0===this.stack.length)yield t;else{const e=this.peek(1);switch("block-scalar"===t.type?t.indent="indent"in e?e.indent:0:"flow-collection"===t.type&&"document"===e.type&&(t.indent=0),"flow-collection"===t.type&&p(t),e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const n=e.items[e.items.length-1];if(n.value)return e.items.push({start:[],key:t,sep:[]}),void(this.onKeyLine=!0);if(!n.sep)return Object.assign(n,{key:t,sep:[]}),void(this.onKeyLine=!n.explicitKey);n.value=t;break}case"block-seq":{const n=e.items[e.items.length-1];n.value?e.items.push({start:[],value:t}):n.value=t;break}case"flow-collection":{const n=e.items[e.items.length-1];return void(!n||n.value?e.items.push({start:[],key:t,sep:[]}):n.sep?n.value=t:Object.assign(n,{key:t,sep:[]}))}default:yield*this.pop(),yield*this.pop(t)}if(!("document"!==e.type&&"block-map"!==e.type&&"block-seq"!==e.type||"block-map"!==t.type&&"block-seq"!==t.type)){const n=t.items[t.items.length-1];n&&!n.sep&&!n.value&&n.start.length>0&&-1===a(n.start)&&(0===t.indent||n.start.every(e=>"comment"!==e.type||e.indent<t.indent))&&("document"===e.type?e.end=n.start:e.items.push({start:n.start}),t.items.splice(-1,1))}}else{const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}}*stream(){switch(this.type){case"directive-line":return void(yield{type:"directive",offset:this.offset,source:this.source});case"byte-order-mark":case"space":case"comment":case"newline":return void(yield this.sourceToken);case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};return"doc-start"===this.type&&e.start.push(this.sourceToken),void this.stack.push(e)}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":return void(-1!==a(e.start)?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken));case"anchor":case"tag":case"space":case"comment":case"newline":return void e.start.push(this.sourceToken)}const t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if("map-value-ind"===this.type){const t=l(u(this.peek(2)));let n;e.end?(n=e.end,n.push(this.sourceToken),delete e.end):n=[this.sourceToken];const r={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:t,key:e,sep:n}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=r}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":return void e.props.push(this.sourceToken);case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let e=this.source.indexOf("\n")+1;for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){const n="end"in t.value?t.value.end:void 0,r=Array.isArray(n)?n[n.length-1]:void 0;"comment"===r?.type?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2],r=n?.value?.end;if(Array.isArray(r))return f(r,t.start),r.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const n=!this.onKeyLine&&this.indent===e.indent,r=n&&(t.sep||t.explicitKey)&&"seq-item-ind"!==this.type;let s=[];if(r&&t.sep&&!t.value){const n=[];for(let r=0;r<t.sep.length;++r){const s=t.sep[r];switch(s.type){case"newline":n.push(r);break;case"space":break;case"comment":s.indent>e.indent&&(n.length=0);break;default:n.length=0}}n.length>=2&&(s=t.sep.splice(n[1]))}switch(this.type){case"anchor":case"tag":return void(r||t.value?(s.push(this.sourceToken),e.items.push({start:s}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken));case"explicit-key-ind":return t.sep||t.explicitKey?r||t.value?(s.push(this.sourceToken),e.items.push({start:s,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}):(t.start.push(this.sourceToken),t.explicitKey=!0),void(this.onKeyLine=!0);case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(o(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]});else if(c(t.key)&&!o(t.sep,"newline")){const e=l(t.start),n=t.key,r=t.sep;r.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else s.length>0?t.sep=t.sep.concat(s,this.sourceToken):t.sep.push(this.sourceToken);else if(o(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{const e=l(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||r?e.items.push({start:s,key:null,sep:[this.sourceToken]}):o(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return void(this.onKeyLine=!0);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);return void(r||t.value?(e.items.push({start:s,key:n,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(n):(Object.assign(t,{key:n,sep:[]}),this.onKeyLine=!0))}default:{const r=this.startBlockValue(e);if(r){if("block-seq"===r.type){if(!t.explicitKey&&t.sep&&!o(t.sep,"newline"))return void(yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source}))}else n&&e.items.push({start:s});return void this.stack.push(r)}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const n="end"in t.value?t.value.end:void 0,r=Array.isArray(n)?n[n.length-1]:void 0;"comment"===r?.type?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2],r=n?.value?.end;if(Array.isArray(r))return f(r,t.start),r.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;return void t.start.push(this.sourceToken);case"seq-item-ind":if(this.indent!==e.indent)break;return void(t.value||o(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken))}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t)return void this.stack.push(t)}yield*this.pop(),yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if("flow-error-end"===this.type){let e;do{yield*this.pop(),e=this.peek(1)}while("flow-collection"===e?.type)}else if(0===e.end.length){switch(this.type){case"comma":case"explicit-key-ind":return void(!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken));case"map-value-ind":return void(!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]}));case"space":case"comment":case"newline":case"anchor":case"tag":return void(!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken));case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);return void(!t||t.value?e.items.push({start:[],key:n,sep:[]}):t.sep?this.stack.push(n):Object.assign(t,{key:n,sep:[]}))}case"flow-map-end":case"flow-seq-end":return void e.end.push(this.sourceToken)}const n=this.startBlockValue(e);n?this.stack.push(n):(yield*this.pop(),yield*this.step())}else{const t=this.peek(2);if("block-map"===t.type&&("map-value-ind"===this.type&&t.indent===e.indent||"newline"===this.type&&!t.items[t.items.length-1].sep))yield*this.pop(),yield*this.step();else if("map-value-ind"===this.type&&"flow-collection"!==t.type){const n=l(u(t));p(e);const r=e.end.splice(1,e.end.length);r.push(this.sourceToken);const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;const t=l(u(e));return t.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;const t=l(u(e));return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return"comment"===this.type&&(!(this.indent<=t)&&e.every(e=>"newline"===e.type||"space"===e.type))}*documentEnd(e){"doc-mode"!==this.type&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop())}}}},4047:(e,t,n)=>{var r=n(9984),s=n(3021),i=n(1464),o=n(7249),a=n(1127),c=n(6628),u=n(3456);function l(e){const t=!1!==e.prettyErrors;return{lineCounter:e.lineCounter||t&&new c.LineCounter||null,prettyErrors:t}}function f(e,t={}){const{lineCounter:n,prettyErrors:s}=l(t),o=new u.Parser(n?.addNewLine),a=new r.Composer(t);let c=null;for(const t of a.compose(o.parse(e),!0,e.length))if(c){if("silent"!==c.options.logLevel){c.errors.push(new i.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}else c=t;return s&&n&&(c.errors.forEach(i.prettifyError(e,n)),c.warnings.forEach(i.prettifyError(e,n))),c}t.parse=function(e,t,n){let r;"function"==typeof t?r=t:void 0===n&&t&&"object"==typeof t&&(n=t);const s=f(e,n);if(!s)return null;if(s.warnings.forEach(e=>o.warn(s.options.logLevel,e)),s.errors.length>0){if("silent"!==s.options.logLevel)throw s.errors[0];s.errors=[]}return s.toJS(Object.assign({reviver:r},n))},t.parseAllDocuments=function(e,t={}){const{lineCounter:n,prettyErrors:s}=l(t),o=new u.Parser(n?.addNewLine),a=new r.Composer(t),c=Array.from(a.compose(o.parse(e)));if(s&&n)for(const t of c)t.errors.forEach(i.prettifyError(e,n)),t.warnings.forEach(i.prettifyError(e,n));return c.length>0?c:Object.assign([],{empty:!0},a.streamInfo())},t.parseDocument=f,t.stringify=function(e,t,n){let r=null;if("function"==typeof t||Array.isArray(t)?r=t:void 0===n&&t&&(n=t),"string"==typeof n&&(n=n.length),"number"==typeof n){const e=Math.round(n);n=e<1?void 0:e>8?{indent:8}:{indent:e}}if(void 0===e){const{keepUndefined:e}=n??t??{};if(!e)return}return a.isDocument(e)&&!r?e.toString(n):new s.Document(e,r,n).toString(n)}},5840:(e,t,n)=>{var r=n(1127),s=n(7451),i=n(1706),o=n(6464),a=n(18);const c=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class u{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:u,schema:l,sortMapEntries:f,toStringDefaults:p}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null,this.name="string"==typeof l&&l||"core",this.knownTags=u?a.coreKnownTags:{},this.tags=a.getTags(t,this.name,n),this.toStringOptions=p??null,Object.defineProperty(this,r.MAP,{value:s.map}),Object.defineProperty(this,r.SCALAR,{value:o.string}),Object.defineProperty(this,r.SEQ,{value:i.seq}),this.sortMapEntries="function"==typeof f?f:!0===f?c:null}clone(){const e=Object.create(u.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}}t.Schema=u},7451:(e,t,n)=>{var r=n(1127),s=n(4454);const i={collection:"map",default:!0,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve:(e,t)=>(r.isMap(e)||t("Expected a mapping for this tag"),e),createNode:(e,t,n)=>s.YAMLMap.from(e,t,n)};t.map=i},3632:(e,t,n)=>{var r=n(3301);const s={identify:e=>null==e,createNode:()=>new r.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new r.Scalar(null),stringify:({source:e},t)=>"string"==typeof e&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,n)=>{var r=n(1127),s=n(2223);const i={collection:"seq",default:!0,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve:(e,t)=>(r.isSeq(e)||t("Expected a sequence for this tag"),e),createNode:(e,t,n)=>s.YAMLSeq.from(e,t,n)};t.seq=i},6464:(e,t,n)=>{var r=n(3069);const s={identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:(e,t,n,s)=>(t=Object.assign({actualString:!0},t),r.stringifyString(e,t,n,s))};t.string=s},3959:(e,t,n)=>{var r=n(3301);const s={identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new r.Scalar("t"===e[0]||"T"===e[0]),stringify({source:e,value:t},n){if(e&&s.test.test(e)){if(t===("t"===e[0]||"T"===e[0]))return e}return t?n.options.trueStr:n.options.falseStr}};t.boolTag=s},8405:(e,t,n)=>{var r=n(3301),s=n(8689);const i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new r.Scalar(parseFloat(e)),n=e.indexOf(".");return-1!==n&&"0"===e[e.length-1]&&(t.minFractionDigits=e.length-n-1),t},stringify:s.stringifyNumber};t.float=a,t.floatExp=o,t.floatNaN=i},7493:(e,t,n)=>{var r=n(8689);const s=e=>"bigint"==typeof e||Number.isInteger(e),i=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function o(e,t,n){const{value:i}=e;return s(i)&&i>=0?n+i.toString(t):r.stringifyNumber(e)}const a={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,n)=>i(e,2,8,n),stringify:e=>o(e,8,"0o")},c={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>i(e,0,10,n),stringify:r.stringifyNumber},u={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>i(e,2,16,n),stringify:e=>o(e,16,"0x")};t.int=c,t.intHex=u,t.intOct=a},896:(e,t,n)=>{var r=n(7451),s=n(3632),i=n(1706),o=n(6464),a=n(3959),c=n(8405),u=n(7493);const l=[r.map,i.seq,o.string,s.nullTag,a.boolTag,u.intOct,u.int,u.intHex,c.floatNaN,c.floatExp,c.float];t.schema=l},3559:(e,t,n)=>{var r=n(3301),s=n(7451),i=n(1706);function o(e){return"bigint"==typeof e||Number.isInteger(e)}const a=({value:e})=>JSON.stringify(e),c=[{identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:a},{identify:e=>null==e,createNode:()=>new r.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:a},{identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>"true"===e,stringify:a},{identify:o,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>o(e)?e.toString():JSON.stringify(e)},{identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:a}],u={default:!0,tag:"",test:/^/,resolve:(e,t)=>(t(`Unresolved plain scalar ${JSON.stringify(e)}`),e)},l=[s.map,i.seq].concat(c,u);t.schema=l},18:(e,t,n)=>{var r=n(7451),s=n(3632),i=n(1706),o=n(6464),a=n(3959),c=n(8405),u=n(7493),l=n(896),f=n(3559),p=n(6083),h=n(452),d=n(303),m=n(8385),g=n(5913),y=n(1528),v=n(6752);const b=new Map([["core",l.schema],["failsafe",[r.map,i.seq,o.string]],["json",f.schema],["yaml11",g.schema],["yaml-1.1",g.schema]]),_={binary:p.binary,bool:a.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:v.floatTime,int:u.int,intHex:u.intHex,intOct:u.intOct,intTime:v.intTime,map:r.map,merge:h.merge,null:s.nullTag,omap:d.omap,pairs:m.pairs,seq:i.seq,set:y.set,timestamp:v.timestamp},w={"tag:yaml.org,2002:binary":p.binary,"tag:yaml.org,2002:merge":h.merge,"tag:yaml.org,2002:omap":d.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":y.set,"tag:yaml.org,2002:timestamp":v.timestamp};t.coreKnownTags=w,t.getTags=function(e,t,n){const r=b.get(t);if(r&&!e)return n&&!r.includes(h.merge)?r.concat(h.merge):r.slice();let s=r;if(!s){if(!Array.isArray(e)){const e=Array.from(b.keys()).filter(e=>"yaml11"!==e).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}s=[]}if(Array.isArray(e))for(const t of e)s=s.concat(t);else"function"==typeof e&&(s=e(s.slice()));return n&&(s=s.concat(h.merge)),s.reduce((e,t)=>{const n="string"==typeof t?_[t]:t;if(!n){const e=JSON.stringify(t),n=Object.keys(_).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${n}`)}return e.includes(n)||e.push(n),e},[])}},6083:(e,t,n)=>{var r=n(181),s=n(3301),i=n(3069);const o={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,t){if("function"==typeof r.Buffer)return r.Buffer.from(e,"base64");if("function"==typeof atob){const t=atob(e.replace(/[\n\r]/g,"")),n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}return t("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:t,value:n},o,a,c){if(!n)return"";const u=n;let l;if("function"==typeof r.Buffer)l=u instanceof r.Buffer?u.toString("base64"):r.Buffer.from(u.buffer).toString("base64");else{if("function"!=typeof btoa)throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");{let e="";for(let t=0;t<u.length;++t)e+=String.fromCharCode(u[t]);l=btoa(e)}}if(t??(t=s.Scalar.BLOCK_LITERAL),t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(o.options.lineWidth-o.indent.length,o.options.minContentWidth),n=Math.ceil(l.length/e),r=new Array(n);for(let t=0,s=0;t<n;++t,s+=e)r[t]=l.substr(s,e);l=r.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return i.stringifyString({comment:e,type:t,value:l},o,a,c)}};t.binary=o},8398:(e,t,n)=>{var r=n(3301);function s({value:e,source:t},n){return t&&(e?i:o).test.test(t)?t:e?n.options.trueStr:n.options.falseStr}const i={identify:e=>!0===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new r.Scalar(!0),stringify:s},o={identify:e=>!1===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new r.Scalar(!1),stringify:s};t.falseTag=o,t.trueTag=i},5782:(e,t,n)=>{var r=n(3301),s=n(8689);const i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new r.Scalar(parseFloat(e.replace(/_/g,""))),n=e.indexOf(".");if(-1!==n){const r=e.substring(n+1).replace(/_/g,"");"0"===r[r.length-1]&&(t.minFractionDigits=r.length)}return t},stringify:s.stringifyNumber};t.float=a,t.floatExp=o,t.floatNaN=i},873:(e,t,n)=>{var r=n(8689);const s=e=>"bigint"==typeof e||Number.isInteger(e);function i(e,t,n,{intAsBigInt:r}){const s=e[0];if("-"!==s&&"+"!==s||(t+=1),e=e.substring(t).replace(/_/g,""),r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`}const t=BigInt(e);return"-"===s?BigInt(-1)*t:t}const i=parseInt(e,n);return"-"===s?-1*i:i}function o(e,t,n){const{value:i}=e;if(s(i)){const e=i.toString(t);return i<0?"-"+n+e.substr(1):n+e}return r.stringifyNumber(e)}const a={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>i(e,2,2,n),stringify:e=>o(e,2,"0b")},c={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>i(e,1,8,n),stringify:e=>o(e,8,"0")},u={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>i(e,0,10,n),stringify:r.stringifyNumber},l={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>i(e,2,16,n),stringify:e=>o(e,16,"0x")};t.int=u,t.intBin=a,t.intHex=l,t.intOct=c},452:(e,t,n)=>{var r=n(1127),s=n(3301);const i="<<",o={identify:e=>e===i||"symbol"==typeof e&&e.description===i,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(i)),{addToJSMap:a}),stringify:()=>i};function a(e,t,n){const s=u(e,n);if(r.isSeq(s))for(const n of s.items)c(e,t,n);else if(Array.isArray(s))for(const n of s)c(e,t,n);else c(e,t,s)}function c(e,t,n){const s=u(e,n);if(!r.isMap(s))throw new Error("Merge sources must be maps or map aliases");const i=s.toJSON(null,e,Map);for(const[e,n]of i)t instanceof Map?t.has(e)||t.set(e,n):t instanceof Set?t.add(e):Object.prototype.hasOwnProperty.call(t,e)||Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0});return t}function u(e,t){return e&&r.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=a,t.isMergeKey=(e,t)=>(o.identify(t)||r.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&o.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===o.tag&&e.default),t.merge=o},303:(e,t,n)=>{var r=n(1127),s=n(4043),i=n(4454),o=n(2223),a=n(8385);class c extends o.YAMLSeq{constructor(){super(),this.add=i.YAMLMap.prototype.add.bind(this),this.delete=i.YAMLMap.prototype.delete.bind(this),this.get=i.YAMLMap.prototype.get.bind(this),this.has=i.YAMLMap.prototype.has.bind(this),this.set=i.YAMLMap.prototype.set.bind(this),this.tag=c.tag}toJSON(e,t){if(!t)return super.toJSON(e);const n=new Map;t?.onCreate&&t.onCreate(n);for(const e of this.items){let i,o;if(r.isPair(e)?(i=s.toJS(e.key,"",t),o=s.toJS(e.value,i,t)):i=s.toJS(e,"",t),n.has(i))throw new Error("Ordered maps must not include duplicate keys");n.set(i,o)}return n}static from(e,t,n){const r=a.createPairs(e,t,n),s=new this;return s.items=r.items,s}}c.tag="tag:yaml.org,2002:omap";const u={collection:"seq",identify:e=>e instanceof Map,nodeClass:c,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,t){const n=a.resolvePairs(e,t),s=[];for(const{key:e}of n.items)r.isScalar(e)&&(s.includes(e.value)?t(`Ordered maps must not include duplicate keys: ${e.value}`):s.push(e.value));return Object.assign(new c,n)},createNode:(e,t,n)=>c.from(e,t,n)};t.YAMLOMap=c,t.omap=u},8385:(e,t,n)=>{var r=n(1127),s=n(7165),i=n(3301),o=n(2223);function a(e,t){if(r.isSeq(e))for(let n=0;n<e.items.length;++n){let o=e.items[n];if(!r.isPair(o)){if(r.isMap(o)){o.items.length>1&&t("Each pair must have its own sequence indicator");const e=o.items[0]||new s.Pair(new i.Scalar(null));if(o.commentBefore&&(e.key.commentBefore=e.key.commentBefore?`${o.commentBefore}\n${e.key.commentBefore}`:o.commentBefore),o.comment){const t=e.value??e.key;t.comment=t.comment?`${o.comment}\n${t.comment}`:o.comment}o=e}e.items[n]=r.isPair(o)?o:new s.Pair(o)}}else t("Expected a sequence for this tag");return e}function c(e,t,n){const{replacer:r}=n,i=new o.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){let o,c;if("function"==typeof r&&(e=r.call(t,String(a++),e)),Array.isArray(e)){if(2!==e.length)throw new TypeError(`Expected [key, value] tuple: ${e}`);o=e[0],c=e[1]}else if(e&&e instanceof Object){const t=Object.keys(e);if(1!==t.length)throw new TypeError(`Expected tuple with one key, not ${t.length} keys`);o=t[0],c=e[o]}else o=e;i.items.push(s.createPair(o,c,n))}return i}const u={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:a,createNode:c};t.createPairs=c,t.pairs=u,t.resolvePairs=a},5913:(e,t,n)=>{var r=n(7451),s=n(3632),i=n(1706),o=n(6464),a=n(6083),c=n(8398),u=n(5782),l=n(873),f=n(452),p=n(303),h=n(8385),d=n(1528),m=n(6752);const g=[r.map,i.seq,o.string,s.nullTag,c.trueTag,c.falseTag,l.intBin,l.intOct,l.int,l.intHex,u.floatNaN,u.floatExp,u.float,a.binary,f.merge,p.omap,h.pairs,d.set,m.intTime,m.floatTime,m.timestamp];t.schema=g},1528:(e,t,n)=>{var r=n(1127),s=n(7165),i=n(4454);class o extends i.YAMLMap{constructor(e){super(e),this.tag=o.tag}add(e){let t;t=r.isPair(e)?e:e&&"object"==typeof e&&"key"in e&&"value"in e&&null===e.value?new s.Pair(e.key,null):new s.Pair(e,null);i.findPair(this.items,t.key)||this.items.push(t)}get(e,t){const n=i.findPair(this.items,e);return!t&&r.isPair(n)?r.isScalar(n.key)?n.key.value:n.key:n}set(e,t){if("boolean"!=typeof t)throw new Error("Expected boolean value for set(key, value) in a YAML set, not "+typeof t);const n=i.findPair(this.items,e);n&&!t?this.items.splice(this.items.indexOf(n),1):!n&&t&&this.items.push(new s.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,n);throw new Error("Set items must all have null values")}static from(e,t,n){const{replacer:r}=n,i=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t)"function"==typeof r&&(e=r.call(t,e,e)),i.items.push(s.createPair(e,null,n));return i}}o.tag="tag:yaml.org,2002:set";const a={collection:"map",identify:e=>e instanceof Set,nodeClass:o,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,t,n)=>o.from(e,t,n),resolve(e,t){if(r.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new o,e);t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=o,t.set=a},6752:(e,t,n)=>{var r=n(8689);function s(e,t){const n=e[0],r="-"===n||"+"===n?e.substring(1):e,s=e=>t?BigInt(e):Number(e),i=r.replace(/_/g,"").split(":").reduce((e,t)=>e*s(60)+s(t),s(0));return"-"===n?s(-1)*i:i}function i(e){let{value:t}=e,n=e=>e;if("bigint"==typeof t)n=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return r.stringifyNumber(e);let s="";t<0&&(s="-",t*=n(-1));const i=n(60),o=[t%i];return t<60?o.unshift(0):(t=(t-o[0])/i,o.unshift(t%i),t>=60&&(t=(t-o[0])/i,o.unshift(t))),s+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const o={identify:e=>"bigint"==typeof e||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>s(e,n),stringify:i},a={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>s(e,!1),stringify:i},c={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){const t=e.match(c.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,n,r,i,o,a,u]=t.map(Number),l=t[7]?Number((t[7]+"00").substr(1,3)):0;let f=Date.UTC(n,r-1,i,o||0,a||0,u||0,l);const p=t[8];if(p&&"Z"!==p){let e=s(p,!1);Math.abs(e)<30&&(e*=60),f-=6e4*e}return new Date(f)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=a,t.intTime=o,t.timestamp=c},4475:(e,t)=>{const n="block",r="quoted";function s(e,t,n){let r=t,s=t+1,i=e[s];for(;" "===i||"\t"===i;)if(t<s+n)i=e[++t];else{do{i=e[++t]}while(i&&"\n"!==i);r=t,s=t+1,i=e[s]}return r}t.FOLD_BLOCK=n,t.FOLD_FLOW="flow",t.FOLD_QUOTED=r,t.foldFlowLines=function(e,t,i="flow",{indentAtStart:o,lineWidth:a=80,minContentWidth:c=20,onFold:u,onOverflow:l}={}){if(!a||a<0)return e;a<c&&(c=0);const f=Math.max(1+c,1+a-t.length);if(e.length<=f)return e;const p=[],h={};let d,m,g=a-t.length;"number"==typeof o&&(o>a-Math.max(2,c)?p.push(0):g=a-o);let y=!1,v=-1,b=-1,_=-1;i===n&&(v=s(e,v,t.length),-1!==v&&(g=v+f));for(let o;o=e[v+=1];){if(i===r&&"\\"===o){switch(b=v,e[v+1]){case"x":v+=3;break;case"u":v+=5;break;case"U":v+=9;break;default:v+=1}_=v}if("\n"===o)i===n&&(v=s(e,v,t.length)),g=v+t.length+f,d=void 0;else{if(" "===o&&m&&" "!==m&&"\n"!==m&&"\t"!==m){const t=e[v+1];t&&" "!==t&&"\n"!==t&&"\t"!==t&&(d=v)}if(v>=g)if(d)p.push(d),g=d+f,d=void 0;else if(i===r){for(;" "===m||"\t"===m;)m=o,o=e[v+=1],y=!0;const t=v>_+1?v-2:b-1;if(h[t])return e;p.push(t),h[t]=!0,g=t+f,d=void 0}else y=!0}m=o}if(y&&l&&l(),0===p.length)return e;u&&u();let w=e.slice(0,p[0]);for(let n=0;n<p.length;++n){const s=p[n],o=p[n+1]||e.length;0===s?w=`\n${t}${e.slice(0,o)}`:(i===r&&h[s]&&(w+=`${e[s]}\\`),w+=`\n${t}${e.slice(s+1,o)}`)}return w}},2148:(e,t,n)=>{var r=n(1596),s=n(1127),i=n(9799),o=n(3069);t.createStringifyContext=function(e,t){const n=Object.assign({blockQuote:!0,commentString:i.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,t);let r;switch(n.collectionStyle){case"block":r=!1;break;case"flow":r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:"number"==typeof n.indent?" ".repeat(n.indent):"  ",inFlow:r,options:n}},t.stringify=function(e,t,n,i){if(s.isPair(e))return e.toString(t,n,i);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes");t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let a;const c=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>a=e});a??(a=function(e,t){if(t.tag){const n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n,r;if(s.isScalar(t)){r=t.value;let s=e.filter(e=>e.identify?.(r));if(s.length>1){const e=s.filter(e=>e.test);e.length>0&&(s=e)}n=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else r=t,n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass);if(!n)throw new Error(`Tag not resolved for ${r?.constructor?.name??(null===r?"null":typeof r)} value`);return n}(t.doc.schema.tags,c));const u=function(e,t,{anchors:n,doc:i}){if(!i.directives)return"";const o=[],a=(s.isScalar(e)||s.isCollection(e))&&e.anchor;a&&r.anchorIsValid(a)&&(n.add(a),o.push(`&${a}`));const c=e.tag??(t.default?null:t.tag);return c&&o.push(i.directives.tagString(c)),o.join(" ")}(c,a,t);u.length>0&&(t.indentAtStart=(t.indentAtStart??0)+u.length+1);const l="function"==typeof a.stringify?a.stringify(c,t,n,i):s.isScalar(c)?o.stringifyString(c,t,n,i):c.toString(t,n,i);return u?s.isScalar(c)||"{"===l[0]||"["===l[0]?`${u} ${l}`:`${u}\n${t.indent}${l}`:l}},1212:(e,t,n)=>{var r=n(1127),s=n(2148),i=n(9799);function o({comment:e,items:t},n,{blockItemPrefix:o,flowChars:a,itemIndent:u,onChompKeep:l,onComment:f}){const{indent:p,options:{commentString:h}}=n,d=Object.assign({},n,{indent:u,type:null});let m=!1;const g=[];for(let e=0;e<t.length;++e){const a=t[e];let l=null;if(r.isNode(a))!m&&a.spaceBefore&&g.push(""),c(n,g,a.commentBefore,m),a.comment&&(l=a.comment);else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;e&&(!m&&e.spaceBefore&&g.push(""),c(n,g,e.commentBefore,m))}m=!1;let f=s.stringify(a,d,()=>l=null,()=>m=!0);l&&(f+=i.lineComment(f,u,h(l))),m&&l&&(m=!1),g.push(o+f)}let y;if(0===g.length)y=a.start+a.end;else{y=g[0];for(let e=1;e<g.length;++e){const t=g[e];y+=t?`\n${p}${t}`:"\n"}}return e?(y+="\n"+i.indentComment(h(e),p),f&&f()):m&&l&&l(),y}function a({items:e},t,{flowChars:n,itemIndent:o}){const{indent:a,indentStep:u,flowCollectionPadding:l,options:{commentString:f}}=t;o+=u;const p=Object.assign({},t,{indent:o,inFlow:!0,type:null});let h=!1,d=0;const m=[];for(let n=0;n<e.length;++n){const a=e[n];let u=null;if(r.isNode(a))a.spaceBefore&&m.push(""),c(t,m,a.commentBefore,!1),a.comment&&(u=a.comment);else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;e&&(e.spaceBefore&&m.push(""),c(t,m,e.commentBefore,!1),e.comment&&(h=!0));const n=r.isNode(a.value)?a.value:null;n?(n.comment&&(u=n.comment),n.commentBefore&&(h=!0)):null==a.value&&e?.comment&&(u=e.comment)}u&&(h=!0);let l=s.stringify(a,p,()=>u=null);h||(h=m.length>d||l.includes("\n")),n<e.length-1?l+=",":t.options.trailingComma&&(t.options.lineWidth>0&&(h||(h=m.reduce((e,t)=>e+t.length+2,2)+(l.length+2)>t.options.lineWidth)),h&&(l+=",")),u&&(l+=i.lineComment(l,o,f(u))),m.push(l),d=m.length}const{start:g,end:y}=n;if(0===m.length)return g+y;if(!h){const e=m.reduce((e,t)=>e+t.length+2,2);h=t.options.lineWidth>0&&e>t.options.lineWidth}if(h){let e=g;for(const t of m)e+=t?`\n${u}${a}${t}`:"\n";return`${e}\n${a}${y}`}return`${g}${l}${m.join(" ")}${l}${y}`}function c({indent:e,options:{commentString:t}},n,r,s){if(r&&s&&(r=r.replace(/^\n+/,"")),r){const s=i.indentComment(t(r),e);n.push(s.trimStart())}}t.stringifyCollection=function(e,t,n){return(t.inFlow??e.flow?a:o)(e,t,n)}},9799:(e,t)=>{function n(e,t){return/^\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}t.indentComment=n,t.lineComment=(e,t,r)=>e.endsWith("\n")?n(r,t):r.includes("\n")?"\n"+n(r,t):(e.endsWith(" ")?"":" ")+r,t.stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#")},6829:(e,t,n)=>{var r=n(1127),s=n(2148),i=n(9799);t.stringifyDocument=function(e,t){const n=[];let o=!0===t.directives;if(!1!==t.directives&&e.directives){const t=e.directives.toString(e);t?(n.push(t),o=!0):e.directives.docStart&&(o=!0)}o&&n.push("---");const a=s.createStringifyContext(e,t),{commentString:c}=a.options;if(e.commentBefore){1!==n.length&&n.unshift("");const t=c(e.commentBefore);n.unshift(i.indentComment(t,""))}let u=!1,l=null;if(e.contents){if(r.isNode(e.contents)){if(e.contents.spaceBefore&&o&&n.push(""),e.contents.commentBefore){const t=c(e.contents.commentBefore);n.push(i.indentComment(t,""))}a.forceBlockIndent=!!e.comment,l=e.contents.comment}const t=l?void 0:()=>u=!0;let f=s.stringify(e.contents,a,()=>l=null,t);l&&(f+=i.lineComment(f,"",c(l))),"|"!==f[0]&&">"!==f[0]||"---"!==n[n.length-1]?n.push(f):n[n.length-1]=`--- ${f}`}else n.push(s.stringify(e.contents,a));if(e.directives?.docEnd)if(e.comment){const t=c(e.comment);t.includes("\n")?(n.push("..."),n.push(i.indentComment(t,""))):n.push(`... ${t}`)}else n.push("...");else{let t=e.comment;t&&u&&(t=t.replace(/^\n+/,"")),t&&(u&&!l||""===n[n.length-1]||n.push(""),n.push(i.indentComment(c(t),"")))}return n.join("\n")+"\n"}},8689:(e,t)=>{t.stringifyNumber=function({format:e,minFractionDigits:t,tag:n,value:r}){if("bigint"==typeof r)return String(r);const s="number"==typeof r?r:Number(r);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let i=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&t&&(!n||"tag:yaml.org,2002:float"===n)&&/^-?\d/.test(i)&&!i.includes("e")){let e=i.indexOf(".");e<0&&(e=i.length,i+=".");let n=t-(i.length-e-1);for(;n-- >0;)i+="0"}return i}},9748:(e,t,n)=>{var r=n(1127),s=n(3301),i=n(2148),o=n(9799);t.stringifyPair=function({key:e,value:t},n,a,c){const{allNullValues:u,doc:l,indent:f,indentStep:p,options:{commentString:h,indentSeq:d,simpleKeys:m}}=n;let g=r.isNode(e)&&e.comment||null;if(m){if(g)throw new Error("With simple keys, key nodes cannot have comments");if(r.isCollection(e)||!r.isNode(e)&&"object"==typeof e){throw new Error("With simple keys, collection cannot be used as a key value")}}let y=!m&&(!e||g&&null==t&&!n.inFlow||r.isCollection(e)||(r.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:"object"==typeof e));n=Object.assign({},n,{allNullValues:!1,implicitKey:!y&&(m||!u),indent:f+p});let v,b,_,w=!1,k=!1,x=i.stringify(e,n,()=>w=!0,()=>k=!0);if(!y&&!n.inFlow&&x.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");y=!0}if(n.inFlow){if(u||null==t)return w&&a&&a(),""===x?"?":y?`? ${x}`:x}else if(u&&!m||null==t&&y)return x=`? ${x}`,g&&!w?x+=o.lineComment(x,n.indent,h(g)):k&&c&&c(),x;w&&(g=null),y?(g&&(x+=o.lineComment(x,n.indent,h(g))),x=`? ${x}\n${f}:`):(x=`${x}:`,g&&(x+=o.lineComment(x,n.indent,h(g)))),r.isNode(t)?(v=!!t.spaceBefore,b=t.commentBefore,_=t.comment):(v=!1,b=null,_=null,t&&"object"==typeof t&&(t=l.createNode(t))),n.implicitKey=!1,y||g||!r.isScalar(t)||(n.indentAtStart=x.length+1),k=!1,d||!(p.length>=2)||n.inFlow||y||!r.isSeq(t)||t.flow||t.tag||t.anchor||(n.indent=n.indent.substring(2));let S=!1;const A=i.stringify(t,n,()=>S=!0,()=>k=!0);let E=" ";if(g||v||b){if(E=v?"\n":"",b){const e=h(b);E+=`\n${o.indentComment(e,n.indent)}`}""!==A||n.inFlow?E+=`\n${n.indent}`:"\n"===E&&_&&(E="\n\n")}else if(!y&&r.isCollection(t)){const e=A[0],r=A.indexOf("\n"),s=-1!==r,i=n.inFlow??t.flow??0===t.items.length;if(s||!i){let t=!1;if(s&&("&"===e||"!"===e)){let n=A.indexOf(" ");"&"===e&&-1!==n&&n<r&&"!"===A[n+1]&&(n=A.indexOf(" ",n+1)),(-1===n||r<n)&&(t=!0)}t||(E=`\n${n.indent}`)}}else""!==A&&"\n"!==A[0]||(E="");return x+=E+A,n.inFlow?S&&a&&a():_&&!S?x+=o.lineComment(x,n.indent,h(_)):k&&c&&c(),x}},3069:(e,t,n)=>{var r=n(3301),s=n(4475);const i=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),o=e=>/^(%|---|\.\.\.)/m.test(e);function a(e,t){const n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;const{implicitKey:r}=t,a=t.options.doubleQuotedMinMultiLineLength,c=t.indent||(o(e)?"  ":"");let u="",l=0;for(let e=0,t=n[e];t;t=n[++e])if(" "===t&&"\\"===n[e+1]&&"n"===n[e+2]&&(u+=n.slice(l,e)+"\\ ",e+=1,l=e,t="\\"),"\\"===t)switch(n[e+1]){case"u":{u+=n.slice(l,e);const t=n.substr(e+2,4);switch(t){case"0000":u+="\\0";break;case"0007":u+="\\a";break;case"000b":u+="\\v";break;case"001b":u+="\\e";break;case"0085":u+="\\N";break;case"00a0":u+="\\_";break;case"2028":u+="\\L";break;case"2029":u+="\\P";break;default:"00"===t.substr(0,2)?u+="\\x"+t.substr(2):u+=n.substr(e,6)}e+=5,l=e+1}break;case"n":if(r||'"'===n[e+2]||n.length<a)e+=1;else{for(u+=n.slice(l,e)+"\n\n";"\\"===n[e+2]&&"n"===n[e+3]&&'"'!==n[e+4];)u+="\n",e+=2;u+=c," "===n[e+2]&&(u+="\\"),e+=1,l=e+1}break;default:e+=1}return u=l?u+n.slice(l):n,r?u:s.foldFlowLines(u,c,s.FOLD_QUOTED,i(t,!1))}function c(e,t){if(!1===t.options.singleQuote||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return a(e,t);const n=t.indent||(o(e)?"  ":""),r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${n}`)+"'";return t.implicitKey?r:s.foldFlowLines(r,n,s.FOLD_FLOW,i(t,!1))}function u(e,t){const{singleQuote:n}=t.options;let r;if(!1===n)r=a;else{const t=e.includes('"'),s=e.includes("'");r=t&&!s?c:s&&!t?a:n?c:a}return r(e,t)}let l;try{l=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{l=/\n+(?!\n|$)/g}function f({comment:e,type:t,value:n},a,c,f){const{blockQuote:p,commentString:h,lineWidth:d}=a.options;if(!p||/\n[\t ]+$/.test(n))return u(n,a);const m=a.indent||(a.forceBlockIndent||o(n)?"  ":""),g="literal"===p||"folded"!==p&&t!==r.Scalar.BLOCK_FOLDED&&(t===r.Scalar.BLOCK_LITERAL||!function(e,t,n){if(!t||t<0)return!1;const r=t-n,s=e.length;if(s<=r)return!1;for(let t=0,n=0;t<s;++t)if("\n"===e[t]){if(t-n>r)return!0;if(n=t+1,s-n<=r)return!1}return!0}(n,d,m.length));if(!n)return g?"|\n":">\n";let y,v;for(v=n.length;v>0;--v){const e=n[v-1];if("\n"!==e&&"\t"!==e&&" "!==e)break}let b=n.substring(v);const _=b.indexOf("\n");-1===_?y="-":n===b||_!==b.length-1?(y="+",f&&f()):y="",b&&(n=n.slice(0,-b.length),"\n"===b[b.length-1]&&(b=b.slice(0,-1)),b=b.replace(l,`$&${m}`));let w,k=!1,x=-1;for(w=0;w<n.length;++w){const e=n[w];if(" "===e)k=!0;else{if("\n"!==e)break;x=w}}let S=n.substring(0,x<w?x+1:w);S&&(n=n.substring(S.length),S=S.replace(/\n+/g,`$&${m}`));let A=(k?m?"2":"1":"")+y;if(e&&(A+=" "+h(e.replace(/ ?[\r\n]+/g," ")),c&&c()),!g){const e=n.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${m}`);let o=!1;const c=i(a,!0);"folded"!==p&&t!==r.Scalar.BLOCK_FOLDED&&(c.onOverflow=()=>{o=!0});const u=s.foldFlowLines(`${S}${e}${b}`,m,s.FOLD_BLOCK,c);if(!o)return`>${A}\n${m}${u}`}return`|${A}\n${m}${S}${n=n.replace(/\n+/g,`$&${m}`)}${b}`}t.stringifyString=function(e,t,n,l){const{implicitKey:p,inFlow:h}=t,d="string"==typeof e.value?e:Object.assign({},e,{value:String(e.value)});let{type:m}=e;m!==r.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(d.value)&&(m=r.Scalar.QUOTE_DOUBLE);const g=e=>{switch(e){case r.Scalar.BLOCK_FOLDED:case r.Scalar.BLOCK_LITERAL:return p||h?u(d.value,t):f(d,t,n,l);case r.Scalar.QUOTE_DOUBLE:return a(d.value,t);case r.Scalar.QUOTE_SINGLE:return c(d.value,t);case r.Scalar.PLAIN:return function(e,t,n,a){const{type:c,value:l}=e,{actualString:p,implicitKey:h,indent:d,indentStep:m,inFlow:g}=t;if(h&&l.includes("\n")||g&&/[[\]{},]/.test(l))return u(l,t);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(l))return h||g||!l.includes("\n")?u(l,t):f(e,t,n,a);if(!h&&!g&&c!==r.Scalar.PLAIN&&l.includes("\n"))return f(e,t,n,a);if(o(l)){if(""===d)return t.forceBlockIndent=!0,f(e,t,n,a);if(h&&d===m)return u(l,t)}const y=l.replace(/\n+/g,`$&\n${d}`);if(p){const e=e=>e.default&&"tag:yaml.org,2002:str"!==e.tag&&e.test?.test(y),{compat:n,tags:r}=t.doc.schema;if(r.some(e)||n?.some(e))return u(l,t)}return h?y:s.foldFlowLines(y,d,s.FOLD_FLOW,i(t,!1))}(d,t,n,l);default:return null}};let y=g(m);if(null===y){const{defaultKeyType:e,defaultStringType:n}=t.options,r=p&&e||n;if(y=g(r),null===y)throw new Error(`Unsupported default string type ${r}`)}return y}},204:(e,t,n)=>{var r=n(1127);const s=Symbol("break visit"),i=Symbol("skip children"),o=Symbol("remove node");function a(e,t){const n=f(t);if(r.isDocument(e)){c(null,e.contents,n,Object.freeze([e]))===o&&(e.contents=null)}else c(null,e,n,Object.freeze([]))}function c(e,t,n,i){const a=p(e,t,n,i);if(r.isNode(a)||r.isPair(a))return h(e,i,a),c(e,a,n,i);if("symbol"!=typeof a)if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=c(e,t.items[e],n,i);if("number"==typeof r)e=r-1;else{if(r===s)return s;r===o&&(t.items.splice(e,1),e-=1)}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=c("key",t.key,n,i);if(e===s)return s;e===o&&(t.key=null);const r=c("value",t.value,n,i);if(r===s)return s;r===o&&(t.value=null)}return a}async function u(e,t){const n=f(t);if(r.isDocument(e)){await l(null,e.contents,n,Object.freeze([e]))===o&&(e.contents=null)}else await l(null,e,n,Object.freeze([]))}async function l(e,t,n,i){const a=await p(e,t,n,i);if(r.isNode(a)||r.isPair(a))return h(e,i,a),l(e,a,n,i);if("symbol"!=typeof a)if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=await l(e,t.items[e],n,i);if("number"==typeof r)e=r-1;else{if(r===s)return s;r===o&&(t.items.splice(e,1),e-=1)}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=await l("key",t.key,n,i);if(e===s)return s;e===o&&(t.key=null);const r=await l("value",t.value,n,i);if(r===s)return s;r===o&&(t.value=null)}return a}function f(e){return"object"==typeof e&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function p(e,t,n,s){return"function"==typeof n?n(e,t,s):r.isMap(t)?n.Map?.(e,t,s):r.isSeq(t)?n.Seq?.(e,t,s):r.isPair(t)?n.Pair?.(e,t,s):r.isScalar(t)?n.Scalar?.(e,t,s):r.isAlias(t)?n.Alias?.(e,t,s):void 0}function h(e,t,n){const s=t[t.length-1];if(r.isCollection(s))s.items[e]=n;else if(r.isPair(s))"key"===e?s.key=n:s.value=n;else{if(!r.isDocument(s)){const e=r.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}s.contents=n}}a.BREAK=s,a.SKIP=i,a.REMOVE=o,u.BREAK=s,u.SKIP=i,u.REMOVE=o,t.visit=a,t.visitAsync=u},4730:(e,t,n)=>{function r(){return"object"==typeof navigator&&"userAgent"in navigator?navigator.userAgent:"object"==typeof process&&void 0!==process.version?`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`:"<environment undetectable>"}function s(e,t,n,r){if("function"!=typeof n)throw new Error("method for before hook must be a function");return r||(r={}),Array.isArray(t)?t.reverse().reduce((t,n)=>s.bind(null,e,n,t,r),n)():Promise.resolve().then(()=>e.registry[t]?e.registry[t].reduce((e,t)=>t.hook.bind(null,e,r),n)():n(r))}function i(e,t,n,r){const s=r;e.registry[n]||(e.registry[n]=[]),"before"===t&&(r=(e,t)=>Promise.resolve().then(s.bind(null,t)).then(e.bind(null,t))),"after"===t&&(r=(e,t)=>{let n;return Promise.resolve().then(e.bind(null,t)).then(e=>(n=e,s(n,t))).then(()=>n)}),"error"===t&&(r=(e,t)=>Promise.resolve().then(e.bind(null,t)).catch(e=>s(e,t))),e.registry[n].push({hook:r,orig:s})}function o(e,t,n){if(!e.registry[t])return;const r=e.registry[t].map(e=>e.orig).indexOf(n);-1!==r&&e.registry[t].splice(r,1)}n.d(t,{E:()=>ve});const a=Function.bind,c=a.bind(a);function u(e,t,n){const r=c(o,null).apply(null,n?[t,n]:[t]);e.api={remove:r},e.remove=r,["before","error","after","wrap"].forEach(r=>{const s=n?[t,r,n]:[t,r];e[r]=e.api[r]=c(i,null).apply(null,s)})}const l={Singular:function(){const e=Symbol("Singular"),t={registry:{}},n=s.bind(null,t,e);return u(n,t,e),n},Collection:function(){const e={registry:{}},t=s.bind(null,e);return u(t,e),t}};var f=`octokit-endpoint.js/0.0.0-development ${r()}`;function p(e,t){const n=Object.assign({},e);return Object.keys(t).forEach(r=>{!function(e){if("object"!=typeof e||null===e)return!1;if("[object Object]"!==Object.prototype.toString.call(e))return!1;const t=Object.getPrototypeOf(e);if(null===t)return!0;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return"function"==typeof n&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}(t[r])?Object.assign(n,{[r]:t[r]}):r in e?n[r]=p(e[r],t[r]):Object.assign(n,{[r]:t[r]})}),n}function h(e){for(const t in e)void 0===e[t]&&delete e[t];return e}function d(e,t,n){if("string"==typeof t){let[e,r]=t.split(" ");n=Object.assign(r?{method:e,url:r}:{url:e},n)}else n=Object.assign({},t);var r;n.headers=(r=n.headers)?Object.keys(r).reduce((e,t)=>(e[t.toLowerCase()]=r[t],e),{}):{},h(n),h(n.headers);const s=p(e||{},n);return"/graphql"===n.url&&(e&&e.mediaType.previews?.length&&(s.mediaType.previews=e.mediaType.previews.filter(e=>!s.mediaType.previews.includes(e)).concat(s.mediaType.previews)),s.mediaType.previews=(s.mediaType.previews||[]).map(e=>e.replace(/-preview/,""))),s}var m=/\{[^{}}]+\}/g;function g(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function y(e,t){const n={__proto__:null};for(const r of Object.keys(e))-1===t.indexOf(r)&&(n[r]=e[r]);return n}function v(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(e){return/%[0-9A-Fa-f]/.test(e)||(e=encodeURI(e).replace(/%5B/g,"[").replace(/%5D/g,"]")),e}).join("")}function b(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}function _(e,t,n){return t="+"===e||"#"===e?v(t):b(t),n?b(n)+"="+t:t}function w(e){return null!=e}function k(e){return";"===e||"&"===e||"?"===e}function x(e,t){var n=["+","#",".","/",";","?","&"];return e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(e,r,s){if(r){let e="";const s=[];if(-1!==n.indexOf(r.charAt(0))&&(e=r.charAt(0),r=r.substr(1)),r.split(/,/g).forEach(function(n){var r=/([^:\*]*)(?::(\d+)|(\*))?/.exec(n);s.push(function(e,t,n,r){var s=e[n],i=[];if(w(s)&&""!==s)if("string"==typeof s||"number"==typeof s||"bigint"==typeof s||"boolean"==typeof s)s=s.toString(),r&&"*"!==r&&(s=s.substring(0,parseInt(r,10))),i.push(_(t,s,k(t)?n:""));else if("*"===r)Array.isArray(s)?s.filter(w).forEach(function(e){i.push(_(t,e,k(t)?n:""))}):Object.keys(s).forEach(function(e){w(s[e])&&i.push(_(t,s[e],e))});else{const e=[];Array.isArray(s)?s.filter(w).forEach(function(n){e.push(_(t,n))}):Object.keys(s).forEach(function(n){w(s[n])&&(e.push(b(n)),e.push(_(t,s[n].toString())))}),k(t)?i.push(b(n)+"="+e.join(",")):0!==e.length&&i.push(e.join(","))}else";"===t?w(s)&&i.push(b(n)):""!==s||"&"!==t&&"?"!==t?""===s&&i.push(""):i.push(b(n)+"=");return i}(t,e,r[1],r[2]||r[3]))}),e&&"+"!==e){var i=",";return"?"===e?i="&":"#"!==e&&(i=e),(0!==s.length?e:"")+s.join(i)}return s.join(",")}return v(s)}),"/"===e?e:e.replace(/\/$/,"")}function S(e){let t,n=e.method.toUpperCase(),r=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}"),s=Object.assign({},e.headers),i=y(e,["method","baseUrl","url","headers","request","mediaType"]);const o=function(e){const t=e.match(m);return t?t.map(g).reduce((e,t)=>e.concat(t),[]):[]}(r);var a;r=(a=r,{expand:x.bind(null,a)}).expand(i),/^http/.test(r)||(r=e.baseUrl+r);const c=y(i,Object.keys(e).filter(e=>o.includes(e)).concat("baseUrl"));if(!/application\/octet-stream/i.test(s.accept)&&(e.mediaType.format&&(s.accept=s.accept.split(/,/).map(t=>t.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")),r.endsWith("/graphql")&&e.mediaType.previews?.length)){const t=s.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];s.accept=t.concat(e.mediaType.previews).map(t=>`application/vnd.github.${t}-preview${e.mediaType.format?`.${e.mediaType.format}`:"+json"}`).join(",")}return["GET","HEAD"].includes(n)?r=function(e,t){const n=/\?/.test(e)?"&":"?",r=Object.keys(t);return 0===r.length?e:e+n+r.map(e=>"q"===e?"q="+t.q.split("+").map(encodeURIComponent).join("+"):`${e}=${encodeURIComponent(t[e])}`).join("&")}(r,c):"data"in c?t=c.data:Object.keys(c).length&&(t=c),s["content-type"]||void 0===t||(s["content-type"]="application/json; charset=utf-8"),["PATCH","PUT"].includes(n)&&void 0===t&&(t=""),Object.assign({method:n,url:r,headers:s},void 0!==t?{body:t}:null,e.request?{request:e.request}:null)}function A(e,t,n){return S(d(e,t,n))}var E=function e(t,n){const r=d(t,n),s=A.bind(null,r);return Object.assign(s,{DEFAULTS:r,defaults:e.bind(null,r),merge:d.bind(null,r),parse:S})}(null,{method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":f},mediaType:{format:""}});
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const O=65280,$=65281,N=new Uint8Array(256);N[9]|=2,N[32]|=2,N[59]|=4,N[44]|=8;for(let e=128;e<=255;e++)N[e]|=1;for(const e of"!#$%&'*+-.^_`|~")N[e.charCodeAt(0)]|=16;for(let e=48;e<=57;e++)N[e]|=16;for(let e=65;e<=90;e++)N[e]|=17;for(let e=97;e<=122;e++)N[e]|=16;const I=(()=>{const e=function(){};return e.prototype=Object.create(null),e})();function T(e,t){const n=4|(!0===t?.comma?8:0),r=e.length;let s=t?.start??0;for(;2&N[e.charCodeAt(s)];)s++;let i=s,o=0,a=-1,c=!1===t?.parameters?8:0;for(;i<r;){const t=e.charCodeAt(i),r=N[t];if(0!==(r&n)){c|=8&r;break}2&r?-1===a&&(a=i):a=-1,o|=t&O|r,i++}const u=-1===a?i:a,l=e.slice(s,u),f=65281&o?l.toLowerCase():l;return i===r||0!==c?{type:f,index:i,parameters:new I}:function(e,t,n,r,s){const i=new I;e:for(;n<r;){for(n++;2&N[e.charCodeAt(n)];)n++;const t=n;let o=0,a=-1;for(;n<r;){const c=e.charCodeAt(n),u=N[c];if(0!==(u&s)){if(8&u)break e;continue e}if(61===c){const c=-1===a?n:a,u=e.slice(t,c),l=0===(o&$)?u:u.toLowerCase();for(n++;2&N[e.charCodeAt(n)];)n++;if(n<r&&34===e.charCodeAt(n)){const t=++n;let o=!1;for(;n<r;){const a=e.charCodeAt(n);if(34===a){void 0===i[l]&&(i[l]=o?C(e,t,n):e.slice(t,n)),n++;let a=0;for(;n<r;){const t=e.charCodeAt(n),r=N[t];if(0!==(r&s)){a=8&r;break}n++}if(0!==a)break e;continue e}92===a&&n+1<r?(o=!0,n+=2):n++}continue e}const f=n;let p=0,h=-1;for(;n<r;){const t=e.charCodeAt(n),r=N[t];if(0!==(r&s)){p=8&r;break}2&r?-1===h&&(h=n):h=-1,n++}if(void 0===i[l]){const t=-1===h?n:h;i[l]=e.slice(f,t)}if(0!==p)break e;continue e}2&u?-1===a&&(a=n):a=-1,o|=c&O|u,n++}}return{type:t,index:n,parameters:i}}(e,f,i,r,n)}function C(e,t,n){let r="";for(let s=t;s<n;s++)92===e.charCodeAt(s)&&(r+=e.slice(t,s),t=++s);return r+e.slice(t,n)}const R=/^-?\d+$/,P=/^-?\d+n+$/,L=JSON.stringify,j=JSON.parse,z=/^-?\d+n$/,D=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g,M=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g,q=e=>void 0===e||"function"==typeof e||"symbol"==typeof e,F=e=>null!==e&&"object"==typeof e&&e.constructor&&"RawJSON"===e.constructor.name,B=(e,t,n)=>{try{if("rawJSON"in JSON)return L(e,(e,n)=>{if("bigint"==typeof n)return JSON.rawJSON(n.toString());if("function"==typeof t)return t(e,n);Array.isArray(t)&&t.includes(e);return n},n);if(!e)return L(e,t,n);const r=L(e,(e,n)=>{if("string"==typeof n&&P.test(n))return n.toString()+"n";if("bigint"==typeof n)return n.toString()+"n";if("function"==typeof t)return t(e,n);Array.isArray(t)&&t.includes(e);return n},n).replace(D,"$1$2$3");return r.replace(M,"$1$2$3")}catch(r){if(r instanceof RangeError){const r=((e,t,n)=>{let r="";"number"==typeof n?r=" ".repeat(Math.min(10,Math.max(0,Math.floor(n)))):"string"==typeof n&&(r=n.slice(0,10));const s="function"==typeof t,i=Array.isArray(t)?new Set(t.map(String)):null,o=(e,n,r)=>(null!==r&&"object"==typeof r&&"function"==typeof r.toJSON&&(r=r.toJSON(n)),"string"==typeof r&&P.test(r)?r+"n":"bigint"==typeof r?"rawJSON"in JSON?JSON.rawJSON(r.toString()):r.toString()+"n":(s&&(r=t.call(e,n,r)),null!==r&&"object"==typeof r&&(r instanceof Number||r instanceof String||r instanceof Boolean)&&(r=r.valueOf()),r)),a=o({"":e},"",e);if(q(a))return;const c=null===a||"object"!=typeof a,u=F(a);if(c||u)return L(a);const l=[];let f=0;const p=[{parent:{"":a},key:"",val:a,isArray:Array.isArray(a),keys:Array.isArray(a)?null:Object.keys(a),index:0,first:!0}],h=new WeakSet([a]);for(;p.length>0;){const e=p[p.length-1];0===e.index&&(l.push(e.isArray?"[":"{"),f++);let t=!1;if(e.isArray)if(e.index<e.val.length){e.first||l.push(","),r&&l.push("\n"+r.repeat(f));const t=e.val[e.index],n=o(e.val,String(e.index),t);if(q(n))l.push("null"),e.first=!1,e.index++;else{const t=null!==n&&"object"==typeof n,r=F(n);if(t&&!r){if(h.has(n))throw new TypeError("Converting circular structure to JSON");h.add(n),p.push({parent:e.val,key:String(e.index),val:n,isArray:Array.isArray(n),keys:Array.isArray(n)?null:Object.keys(n),index:0,first:!0}),e.first=!1,e.index++}else l.push(L(n)),e.first=!1,e.index++}}else t=!0;else{for(;e.index<e.keys.length;){const t=e.keys[e.index++];if(i&&!i.has(t))continue;const n=e.val[t],s=o(e.val,t,n);if(q(s))continue;e.first||l.push(","),r?l.push("\n"+r.repeat(f)+L(t)+": "):l.push(L(t)+":");const a=null!==s&&"object"==typeof s,c=F(s);if(a&&!c){if(h.has(s))throw new TypeError("Converting circular structure to JSON");h.add(s),p.push({parent:e.val,key:t,val:s,isArray:Array.isArray(s),keys:Array.isArray(s)?null:Object.keys(s),index:0,first:!0}),e.first=!1;break}l.push(L(s)),e.first=!1}e.index>=e.keys.length&&p[p.length-1]===e&&(t=!0)}t&&(f--,!e.first&&r&&l.push("\n"+r.repeat(f)),l.push(e.isArray?"]":"}"),h.delete(e.val),p.pop())}return l.join("")})(e,t,n);if(void 0===r)return;if("rawJSON"in JSON)return r;return r.replace(D,"$1$2$3").replace(M,"$1$2$3")}throw r}},U=new Map,K=Number.MAX_SAFE_INTEGER.toString(),H=K.length,Z=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g,G=/^"-?\d+n+"$/,J=e=>e.replace(Z,(e,t,n,r)=>{const s='"'===e[0];if(s&&G.test(e))return e.substring(0,e.length-1)+'n"';const i=n||r,o=t&&(t.length<H||t.length===H&&t<=K);return s||i||o?e:'"'+e+'n"'}),W=(e,t)=>{if(!e)return j(e,t);try{if((()=>{const e=JSON.parse.toString();if(U.has(e))return U.get(e);try{const t=JSON.parse("1",(e,t,n)=>!!n?.source&&"1"===n.source);return U.set(e,t),t}catch{return U.set(e,!1),!1}})())return((e,t)=>JSON.parse(e,(e,n,r)=>{const s="number"==typeof n,i=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER,o=s&&i,a=r&&R.test(r.source);return o&&a?BigInt(r.source):"function"==typeof t?t(e,n,r):n}))(e,t);const n=J(e);return j(n,(e,n,r)=>((e,t,n,r)=>"string"==typeof t&&z.test(t)?BigInt(t.slice(0,-1)):"string"==typeof t&&P.test(t)?t.slice(0,-1):"function"==typeof r?r(e,t,n):t)(e,n,r,t))}catch(n){if(n instanceof RangeError){const n=J(e);return((e,t)=>{const n={"":e},r=[{parent:n,key:"",visited:!1}];for(;r.length>0;){const e=r[r.length-1];if(e.visited){const{parent:n,key:s}=e;let i=n[s];"string"==typeof i&&(z.test(i)?i=BigInt(i.slice(0,-1)):P.test(i)&&(i=i.slice(0,-1))),"function"==typeof t&&(i=t.call(n,s,i)),void 0===i?delete n[s]:n[s]=i,r.pop()}else{e.visited=!0;const t=e.parent[e.key];if(null!==t&&"object"==typeof t){const e=Object.keys(t);for(let n=e.length-1;n>=0;n--)r.push({parent:t,key:e[n],visited:!1})}}}return n[""]})(j(n),t)}throw n}};var V=n(1015),Y={headers:{"user-agent":`octokit-request.js/10.0.16 ${r()}`}};var Q=()=>"";async function X(e){const t=e.request?.fetch||globalThis.fetch;if(!t)throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");const n=e.request?.log||console,r=!1!==e.request?.parseSuccessResponseBody,s=function(e){if("object"!=typeof e||null===e)return!1;if("[object Object]"!==Object.prototype.toString.call(e))return!1;const t=Object.getPrototypeOf(e);if(null===t)return!0;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return"function"==typeof n&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}(e.body)||Array.isArray(e.body)?B(e.body):e.body,i=Object.fromEntries(Object.entries(e.headers).map(([e,t])=>[e,String(t)]));let o;try{o=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(t){let n="Unknown Error";if(t instanceof Error){if("AbortError"===t.name)throw t.status=500,t;n=t.message,"TypeError"===t.name&&"cause"in t&&(t.cause instanceof Error?n=t.cause.message:"string"==typeof t.cause&&(n=t.cause))}const r=new V.G(n,500,{request:e});throw r.cause=t,r}const a=o.status,c=o.url,u={};for(const[e,t]of o.headers)u[e]=t;const l={url:c,status:a,headers:u,data:""};if("deprecation"in u){const t=u.link&&u.link.match(/<([^<>]+)>; rel="deprecation"/),r=t&&t.pop();n.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${u.sunset}${r?`. See ${r}`:""}`)}if(204===a||205===a)return l;if("HEAD"===e.method){if(a<400)return l;throw new V.G(o.statusText,a,{response:l,request:e})}if(304===a)throw l.data=await ee(o),new V.G("Not modified",a,{response:l,request:e});if(a>=400)throw l.data=await ee(o),new V.G(function(e){if("string"==typeof e)return e;if(e instanceof ArrayBuffer)return"Unknown error";if("object"==typeof e&&null!==e&&"message"in e){const t=e,n="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(e=>JSON.stringify(e)).join(", ")}${n}`:`${t.message}${n}`}return`Unknown error: ${JSON.stringify(e)}`}(l.data),a,{response:l,request:e});return l.data=r?await ee(o):o.body,l}async function ee(e){const t=e.headers.get("content-type");if(!t)return e.text().catch(Q);const n=T(t);if(!function(e){return"application/json"===e.type||"application/scim+json"===e.type}(n))return n.type.startsWith("text/")||"utf-8"===n.parameters.charset?.toLowerCase()&&"application/octet-stream"!==n.type?e.text().catch(Q):e.arrayBuffer().catch(
/* v8 ignore next -- @preserve */
()=>new ArrayBuffer(0));{let t="";try{return t=await e.text(),W(t)}catch(e){return t}}}var te=function e(t,n){const r=t.defaults(n);return Object.assign(function(t,n){const s=r.merge(t,n);if(!s.request||!s.request.hook)return X(r.parse(s));const i=(e,t)=>X(r.parse(r.merge(e,t)));return Object.assign(i,{endpoint:r,defaults:e.bind(null,r)}),s.request.hook(i,s)},{endpoint:r,defaults:e.bind(null,r)})}(E,Y);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */var ne=class extends Error{constructor(e,t,n){super("Request failed due to following response errors:\n"+n.errors.map(e=>` - ${e.message}`).join("\n")),this.request=e,this.headers=t,this.response=n,this.errors=n.errors,this.data=n.data,Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}request;headers;response;name="GraphqlResponseError";errors;data},re=["method","baseUrl","url","headers","request","query","mediaType","operationName"],se=["query","method","url"],ie=/\/api\/v3\/?$/;function oe(e,t){const n=e.defaults(t);return Object.assign((e,t)=>function(e,t,n){if(n){if("string"==typeof t&&"query"in n)return Promise.reject(new Error('[@octokit/graphql] "query" cannot be used as variable name'));for(const e in n)if(se.includes(e))return Promise.reject(new Error(`[@octokit/graphql] "${e}" cannot be used as variable name`))}const r="string"==typeof t?Object.assign({query:t},n):t,s=Object.keys(r).reduce((e,t)=>re.includes(t)?(e[t]=r[t],e):(e.variables||(e.variables={}),e.variables[t]=r[t],e),{}),i=r.baseUrl||e.endpoint.DEFAULTS.baseUrl;return ie.test(i)&&(s.url=i.replace(ie,"/api/graphql")),e(s).then(e=>{if(e.data.errors){const t={};for(const n of Object.keys(e.headers))t[n]=e.headers[n];throw new ne(s,t,e.data)}return e.data.data})}(n,e,t),{defaults:oe.bind(null,n),endpoint:n.endpoint})}oe(te,{headers:{"user-agent":`octokit-graphql.js/0.0.0-development ${r()}`},method:"POST",url:"/graphql"});var ae="(?:[a-zA-Z0-9_-]+)",ce=new RegExp(`^${ae}\\.${ae}\\.${ae}$`),ue=ce.test.bind(ce);async function le(e){const t=ue(e),n=e.startsWith("v1.")||e.startsWith("ghs_"),r=e.startsWith("ghu_");return{type:"token",token:e,tokenType:t?"app":n?"installation":r?"user-to-server":"oauth"}}async function fe(e,t,n,r){const s=t.endpoint.merge(n,r);return s.headers.authorization=function(e){return 3===e.split(/\./).length?`bearer ${e}`:`token ${e}`}(e),t(s)}var pe=function(e){if(!e)throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");if("string"!=typeof e)throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");return e=e.replace(/^(token|bearer) +/i,""),Object.assign(le.bind(null,e),{hook:fe.bind(null,e)})};const he="7.0.8",de=()=>{},me=console.warn.bind(console),ge=console.error.bind(console);const ye=`octokit-core.js/${he} ${r()}`;class ve{static VERSION=he;static defaults(e){return class extends(this){constructor(...t){const n=t[0]||{};super("function"!=typeof e?Object.assign({},e,n,n.userAgent&&e.userAgent?{userAgent:`${n.userAgent} ${e.userAgent}`}:null):e(n))}}}static plugins=[];static plugin(...e){const t=this.plugins;return class extends(this){static plugins=t.concat(e.filter(e=>!t.includes(e)))}}constructor(e={}){const t=new l.Collection,n={baseUrl:te.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},e.request,{hook:t.bind(null,"request")}),mediaType:{previews:[],format:""}};var r;
/* v8 ignore if -- @preserve */if(n.headers["user-agent"]=e.userAgent?`${e.userAgent} ${ye}`:ye,e.baseUrl&&(n.baseUrl=e.baseUrl),e.previews&&(n.mediaType.previews=e.previews),e.timeZone&&(n.headers["time-zone"]=e.timeZone),this.request=te.defaults(n),this.graphql=(r=this.request,oe(r,{method:"POST",url:"/graphql"})).defaults(n),this.log=function(e={}){return"function"!=typeof e.debug&&(e.debug=de),"function"!=typeof e.info&&(e.info=de),"function"!=typeof e.warn&&(e.warn=me),"function"!=typeof e.error&&(e.error=ge),e}(e.log),this.hook=t,e.authStrategy){const{authStrategy:n,...r}=e,s=n(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:r},e.auth));t.wrap("request",s.hook),this.auth=s}else if(e.auth){const n=pe(e.auth);t.wrap("request",n.hook),this.auth=n}else this.auth=async()=>({type:"unauthenticated"});const s=this.constructor;for(let t=0;t<s.plugins.length;++t)Object.assign(this,s.plugins[t](this,e))}request;graphql;log;hook;auth}},9735:(e,t,n)=>{n.d(t,{L:()=>c});var r=n(3251),s=n(1015);async function i(e,t,n,r){if(!function(e){return void 0!==e.request}(n)||!n?.request.request)throw n;if(n.status>=400&&!e.doNotRetry.includes(n.status)){const s=null!=r.request.retries?r.request.retries:e.retries,i=Math.pow((r.request.retryCount||0)+1,2);throw t.retry.retryRequest(n,s,i)}throw n}async function o(e,t,n,s){const i=new r;return i.on("failed",function(t,n){const r=~~t.request.request?.retries,i=~~t.request.request?.retryAfter;if(s.request.retryCount=n.retryCount+1,r>n.retryCount)return i*e.retryAfterBaseValue}),i.schedule(a.bind(null,e,t,n),s)}async function a(e,t,n,r){const o=await n(r);if(o.data&&o.data.errors&&o.data.errors.length>0&&/Something went wrong while executing your query/.test(o.data.errors[0].message)){return i(e,t,new s.G(o.data.errors[0].message,500,{request:r,response:o}),r)}return o}function c(e,t){const n=Object.assign({enabled:!0,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry),r={retry:{retryRequest:(e,t,n)=>(e.request.request=Object.assign({},e.request.request,{retries:t,retryAfter:n}),e)}};return n.enabled&&(e.hook.error("request",i.bind(null,n,r)),e.hook.wrap("request",o.bind(null,n,r))),r}c.VERSION="0.0.0-development"},6856:(e,t,n)=>{n.d(t,{A:()=>l});var r=n(3251),s=()=>Promise.resolve();async function i(e,t,n){const{pathname:r}=new URL(n.url,"http://github.test"),i=function(e,t){return"PATCH"===e&&/^\/applications\/[^/]+\/token\/scoped$/.test(t)||"POST"===e&&(/^\/applications\/[^/]+\/token$/.test(t)||/^\/app\/installations\/[^/]+\/access_tokens$/.test(t)||"/login/oauth/access_token"===t)}(n.method,r),o=!i&&"GET"!==n.method&&"HEAD"!==n.method,a="GET"===n.method&&r.startsWith("/search/"),c=r.startsWith("/graphql"),u=~~t.retryCount>0?{priority:0,weight:0}:{};e.clustering&&(u.expiration=6e4),(o||c)&&await e.write.key(e.id).schedule(u,s),o&&e.triggersNotification(r)&&await e.notifications.key(e.id).schedule(u,s),a&&await e.search.key(e.id).schedule(u,s);const l=(i?e.auth:e.global).key(e.id).schedule(u,t,n);if(c){const e=await l;if(null!=e.data.errors&&e.data.errors.some(e=>"RATE_LIMITED"===e.type)){throw Object.assign(new Error("GraphQL Rate Limit Exceeded"),{response:e,data:e.data})}}return l}var o=function(e){const t=`^(?:${e.map(e=>e.split("/").map(e=>e.startsWith("{")?"(?:.+?)":e).join("/")).map(e=>`(?:${e})`).join("|")})[^/]*$`;return new RegExp(t,"i")}(["/orgs/{org}/invitations","/orgs/{org}/invitations/{invitation_id}","/orgs/{org}/teams/{team_slug}/discussions","/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments","/repos/{owner}/{repo}/collaborators/{username}","/repos/{owner}/{repo}/commits/{commit_sha}/comments","/repos/{owner}/{repo}/issues","/repos/{owner}/{repo}/issues/{issue_number}/comments","/repos/{owner}/{repo}/issues/{issue_number}/sub_issue","/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority","/repos/{owner}/{repo}/pulls","/repos/{owner}/{repo}/pulls/{pull_number}/comments","/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies","/repos/{owner}/{repo}/pulls/{pull_number}/merge","/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","/repos/{owner}/{repo}/pulls/{pull_number}/reviews","/repos/{owner}/{repo}/releases","/teams/{team_id}/discussions","/teams/{team_id}/discussions/{discussion_number}/comments"]),a=o.test.bind(o),c={},u=function(e,t){c.global=new e.Group({id:"octokit-global",maxConcurrent:10,...t}),c.auth=new e.Group({id:"octokit-auth",maxConcurrent:1,...t}),c.search=new e.Group({id:"octokit-search",maxConcurrent:1,minTime:2e3,...t}),c.write=new e.Group({id:"octokit-write",maxConcurrent:1,minTime:1e3,...t}),c.notifications=new e.Group({id:"octokit-notifications",maxConcurrent:1,minTime:3e3,...t})};function l(e,t){const{enabled:n=!0,Bottleneck:s=r,id:o="no-id",timeout:l=12e4,connection:f}=t.throttle||{};if(!n)return{};const p={timeout:l};void 0!==f&&(p.connection=f);const h=Object.assign({clustering:null!=f,triggersNotification:a,fallbackSecondaryRateRetryAfter:60,retryAfterBaseValue:1e3,id:o},t.throttle);if("function"!=typeof h.onSecondaryRateLimit||"function"!=typeof h.onRateLimit)throw new Error("octokit/plugin-throttling error:\n        You must pass the onSecondaryRateLimit and onRateLimit error handlers.\n        See https://octokit.github.io/rest.js/#throttling\n\n        const octokit = new Octokit({\n          throttle: {\n            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},\n            onRateLimit: (retryAfter, options) => {/* ... */}\n          }\n        })\n    ");let d=!1;return e.hook.wrap("request",(t,n)=>((()=>{if(d)return;d=!0,null==c.global&&u(s,p),h.global=h.global??c.global,h.auth=h.auth??c.auth,h.search=h.search??c.search,h.write=h.write??c.write,h.notifications=h.notifications??c.notifications,h.retryLimiter=h.retryLimiter??new s;const t={},n=new s.Events(t);t.on("secondary-limit",h.onSecondaryRateLimit),t.on("rate-limit",h.onRateLimit),t.on("error",t=>e.log.warn("Error in throttling-plugin limit handler",t)),h.retryLimiter.on("failed",async function(t,r){const[s,i,o]=r.args,{pathname:a}=new URL(o.url,"http://github.test");if((!a.startsWith("/graphql")||401===t.status)&&403!==t.status&&429!==t.status)return;const c=~~i.retryCount;i.retryCount=c,o.request.retryCount=c;const{wantRetry:u,retryAfter:l=0}=await async function(){if(/\bsecondary rate\b/i.test(t.message)){const r=Number(t.response.headers["retry-after"])||s.fallbackSecondaryRateRetryAfter;return{wantRetry:await n.trigger("secondary-limit",r,o,e,c),retryAfter:r}}if(null!=t.response.headers&&"0"===t.response.headers["x-ratelimit-remaining"]||(t.response.data?.errors??[]).some(e=>"RATE_LIMITED"===e.type)){const r=new Date(1e3*~~t.response.headers["x-ratelimit-reset"]).getTime(),s=Math.max(Math.ceil((r-Date.now())/1e3)+1,0);return{wantRetry:await n.trigger("rate-limit",s,o,e,c),retryAfter:s}}return{}}();return u?(i.retryCount++,l*s.retryAfterBaseValue):void 0})})(),function(e,t,n){return e.retryLimiter.schedule(i,e,t,n)}(h,t,n))),{}}l.VERSION="0.0.0-development",l.triggersNotification=a},1015:(e,t,n)=>{n.d(t,{G:()=>r});class r extends Error{name;status;request;response;constructor(e,t,n){super(e,{cause:n.cause}),this.name="HttpError",this.status=Number.parseInt(t),Number.isNaN(this.status)&&(this.status=0)
/* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */,"response"in n&&(this.response=n.response);const r=Object.assign({},n.request);n.request.headers.authorization&&(r.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})),r.url=r.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]"),this.request=r}}},3382:(e,t,n)=>{n.d(t,{TI:()=>Ae,ey:()=>me});var r=n(9896),s=n.t(r,2),i=n(6928),o=n(7016),a=(0,n(3339).createRequire)(import.meta.url);const c=/[\\/]/g;function u(e,t){return e.replace(c,t)}const l=/^[a-z]:[\\/]$/i;function f(e,t){const{resolvePaths:n,normalizePath:r,pathSeparator:s}=t,o="win32"===process.platform&&e.includes("/")||e.startsWith(".");if(n&&(e=(0,i.resolve)(e)),(r||o)&&(e=function(e){let t=(0,i.normalize)(e);return t.length>1&&t[t.length-1]===i.sep&&(t=t.substring(0,t.length-1)),t}(e)),"."===e)return"";return u(e[e.length-1]!==s?e+s:e,s)}function p(e,t){return t+e}function h(e){return e}function d(e,t,n){return t+e+n}function m(e,t){const{relativePaths:n,includeBasePath:r}=t;return n&&e?function(e,t){return function(n,r){return r.startsWith(e)?r.slice(e.length)+n:u((0,i.relative)(e,r),t.pathSeparator)+t.pathSeparator+n}}(e,t):r?p:h}const g=(e,t)=>{t.push(e||".")},y=(e,t,n)=>{const r=e||".";n.every(e=>e(r,!0))&&t.push(r)},v=()=>{};const b=(e,t,n,r)=>{r.every(t=>t(e,!1))&&n.files++},_=(e,t,n,r)=>{r.every(t=>t(e,!1))&&t.push(e)},w=(e,t,n,r)=>{n.files++},k=(e,t)=>{t.push(e)},x=()=>{};const S=e=>e,A=()=>[""].slice(0,0);const E=(e,t,n)=>{e.push({directory:t,files:n,dir:t})},O=()=>{};const $=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue(),s.realpath(e,(o,a)=>{if(o)return r.dequeue(i?null:o,t);s.stat(a,(s,o)=>s?r.dequeue(i?null:s,t):o.isDirectory()&&I(e,a,t)?r.dequeue(null,t):(n(o,a),void r.dequeue(null,t)))})},N=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue();try{const r=s.realpathSync(e),i=s.statSync(r);if(i.isDirectory()&&I(e,r,t))return;n(i,r)}catch(e){if(!i)throw e}};function I(e,t,n){if(n.options.useRealPaths)return function(e,t){return t.visited.includes(e+t.options.pathSeparator)}(t,n);let r=(0,i.dirname)(e),s=1;for(;r!==n.root&&s<2;){const e=n.symlinks.get(r);!!e&&(e===t||e.startsWith(t)||t.startsWith(e))?s++:r=(0,i.dirname)(r)}return n.symlinks.set(e,t),s>1}const T=e=>e.counts,C=e=>e.groups,R=e=>e.paths,P=e=>e.paths.slice(0,e.options.maxFiles),L=(e,t,n)=>(M(t,n,e.counts,e.options.suppressErrors),null),j=(e,t,n)=>(M(t,n,e.paths,e.options.suppressErrors),null),z=(e,t,n)=>(M(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),D=(e,t,n)=>(M(t,n,e.groups,e.options.suppressErrors),null);function M(e,t,n,r){t(e&&!r?e:null,n)}const q={withFileTypes:!0},F=(e,t,n,r,s)=>{if(e.queue.enqueue(),r<0)return e.queue.dequeue(null,e);const{fs:i}=e;e.visited.push(t),e.counts.directories++,i.readdir(t||".",q,(t,i=[])=>{s(i,n,r),e.queue.dequeue(e.options.suppressErrors?null:t,e)})},B=(e,t,n,r,s)=>{const{fs:i}=e;if(r<0)return;e.visited.push(t),e.counts.directories++;let o=[];try{o=i.readdirSync(t||".",q)}catch(t){if(!e.options.suppressErrors)throw t}s(o,n,r)};var U=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},K=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},H=class{aborted=!1;abort(){this.aborted=!0}},Z=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){var r;this.isSynchronous=!n,this.callbackInvoker=function(e,t){const{onlyCounts:n,group:r,maxFiles:s}=e;return n?t?T:L:r?t?C:D:s?t?P:z:t?R:j}(t,this.isSynchronous),this.root=f(e,t),this.state={root:(r=this.root,"/"===r||l.test(r)?this.root:this.root.slice(0,-1)),paths:[""].slice(0,0),groups:[],counts:new K,options:t,queue:new U((e,t)=>this.callbackInvoker(t,e,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new H,fs:t.fs||s},this.joinPath=m(this.root,t),this.pushDirectory=function(e,t){const{includeDirs:n,filters:r,relativePaths:s}=t;return n?s?r&&r.length?function(e){return function(t,n,r){const s=t.substring(e.length)||".";r.every(e=>e(s,!0))&&n.push(s)}}(e):function(e){return function(t,n){n.push(t.substring(e.length)||".")}}(e):r&&r.length?y:g:v}(this.root,t),this.pushFile=function(e){const{excludeFiles:t,filters:n,onlyCounts:r}=e;return t?x:n&&n.length?r?b:_:r?w:k}(t),this.getArray=function(e){return e.group?A:S}(t),this.groupFiles=function(e){return e.group?E:O}(t),this.resolveSymlink=function(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?N:$}(t,this.isSynchronous),this.walkDirectory=this.isSynchronous?B:F}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{const{paths:r,options:{filters:s,resolveSymlinks:o,excludeSymlinks:a,exclude:c,maxFiles:u,signal:l,useRealPaths:h,pathSeparator:m},controller:g}=this.state;if(g.aborted||l&&l.aborted||u&&r.length>u)return;const y=this.getArray(this.state.paths);for(let u=0;u<e.length;++u){const l=e[u];if(l.isFile()||l.isSymbolicLink()&&!o&&!a){const e=this.joinPath(l.name,t);this.pushFile(e,y,this.state.counts,s)}else if(l.isDirectory()){let e=d(l.name,t,this.state.options.pathSeparator);if(c&&c(l.name,e))continue;this.pushDirectory(e,r,s),this.walkDirectory(this.state,e,e,n-1,this.walk)}else if(this.resolveSymlink&&l.isSymbolicLink()){let e=p(l.name,t);this.resolveSymlink(e,this.state,(t,r)=>{if(t.isDirectory()){if(r=f(r,this.state.options),c&&c(l.name,h?r:e+m))return;this.walkDirectory(this.state,r,h?r:e+m,n-1,this.walk)}else{r=h?r:e;const t=(0,i.basename)(r),n=f((0,i.dirname)(r),this.state.options);r=this.joinPath(t,n),this.pushFile(r,y,this.state.counts,s)}})}}this.groupFiles(this.state.groups,t,y)}};function G(e,t,n){new Z(e,t,n).start()}var J=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return e=this.root,t=this.options,new Promise((n,r)=>{G(e,t,(e,t)=>{if(e)return r(e);n(t)})});var e,t}withCallback(e){G(this.root,this.options,e)}sync(){return e=this.root,t=this.options,new Z(e,t).start();var e,t}};let W=null;try{a.resolve("picomatch"),W=a("picomatch")}catch{}var V=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:i.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new J(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new J(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){const n=this.globFunction||W;if(!n)throw new Error("Please specify a glob function to use glob matching.");var r=this.globCache[e.join("\0")];return r||(r=n(e,...t),this.globCache[e.join("\0")]=r),this.options.filters.push(e=>r(e)),this}},Y=n(4006);const Q=Array.isArray,X=/\\/g,ee=/^[A-Za-z]:$/,te="win32"===process.platform,ne=/^(\/?\.\.)+$/;const re=/^[A-Z]:\/$/i,se=te?e=>re.test(e):e=>"/"===e;function ie(e,t,n){if(e===t||t.startsWith(`${e}/`)){if(n){const t=e.length+ +!se(e);return(e,n)=>e.slice(t,n?-1:void 0)||"."}const r=t.slice(e.length+1);return r?(e,t)=>{if("."===e)return r;const n=`${r}/${e}`;return t?n.slice(0,-1):n}:(e,t)=>t&&"."!==e?e.slice(0,-1):e}return n?t=>i.posix.relative(e,t)||".":n=>i.posix.relative(e,`${t}/${n}`)||"."}function oe(e,t){if(t.startsWith(`${e}/`)){const n=t.slice(e.length+1);return e=>`${n}/${e}`}return n=>{const r=i.posix.relative(e,`${t}/${n}`);return"/"===n[n.length-1]&&""!==r?`${r}/`:r||"."}}function ae(e){return e.replace(ee,e=>`${e}/`)}const ce={parts:!0};function ue(e){var t;const n=Y.scan(e,ce);return(null===(t=n.parts)||void 0===t?void 0:t.length)?n.parts:[e]}const le=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g,fe=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g,pe=e=>e.replace(le,"\\$&"),he=e=>e.replace(fe,"\\$&"),de=te?he:pe;function me(e,t){if(!1===(null==t?void 0:t.caseSensitiveMatch))return!0;const n=Y.scan(e);return n.isGlob||n.negated}function ge(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ye(e){return"string"==typeof e?[e]:null!=e?e:[]}const ve=/^(\/?\.\.)+/,be=/\\(?=[()[\]{}!*+?@|])/g;function _e(e,t,n,r){var s;const o=t.cwd;let a=e;"/"===e[e.length-1]&&(a=e.slice(0,-1)),"*"!==a[a.length-1]&&t.expandDirectories&&(a+="/**");const c=de(o);a=(0,i.isAbsolute)(a.replace(be,""))?i.posix.relative(c,a):i.posix.normalize(a);const u=null===(s=ve.exec(a))||void 0===s?void 0:s[0],l=ue(a);if(u){const e=(u.length+1)/3;let t=0;const r=c.split("/");for(;t<e&&l[t+e]===r[r.length+t-e];)a=a.slice(0,3*(e-t-1))+a.slice(3*(e-t)+l[t+e].length+1)||".",t++;const s=i.posix.join(o,u.slice(3*t));"."!==s[0]&&n.root.length>s.length&&(n.root=ae(s),n.depthOffset=-e+t)}if(!r&&n.depthOffset>=0){var f;null!==(f=n.commonPath)&&void 0!==f||(n.commonPath=l);const e=[],t=Math.min(n.commonPath.length,l.length);for(let r=0;r<t;r++){const t=l[r];if("**"===t&&!l[r+1]){e.pop();break}if(r===l.length-1||t!==n.commonPath[r]||me(t))break;e.push(t)}n.depthOffset=e.length,n.commonPath=e,n.root=ae(e.length>0?i.posix.join(o,...e):o)}return a}function we(e,t){const n=e.cwd,r={root:n,depthOffset:0},s=function(e,t,n){const r=[],s=[];for(const t of e.ignore)t&&("!"===t[0]&&"("!==t[1]||s.push(_e(t,e,n,!0)));for(const i of t)i&&("!"!==i[0]||"("===i[1]?r.push(_e(i,e,n,!1)):"!"===i[1]&&"("!==i[2]||s.push(_e(i.slice(1),e,n,!0)));return{match:r,ignore:s}}(e,t,r);e.debug&&ge("internal processing patterns:",s);const{absolute:i,caseSensitiveMatch:o,debug:a,dot:c,followSymbolicLinks:u,onlyDirectories:l}=e,f=r.root.replace(X,""),p={dot:c,nobrace:!1===e.braceExpansion,nocase:!o,noextglob:!1===e.extglob,noglobstar:!1===e.globstar,posix:!0},h=Y(s.match,p),d=Y(s.ignore,p),m=function(e,t={}){const n=e.length,r=Array(n),s=Array(n);let i,o;for(i=0;i<n;i++){const n=ue(e[i]);r[i]=n;const a=n.length,c=Array(a);for(o=0;o<a;o++)c[o]=Y(n[o],t);s[i]=c}return e=>{const a=e.split("/");if(".."===a[0]&&ne.test(e))return!0;for(i=0;i<n;i++){const e=r[i],n=s[i],c=a.length,u=Math.min(c,e.length);for(o=0;o<u;){const r=e[o];if(r.includes("/"))return!0;if(!n[o](a[o]))break;if(!t.noglobstar&&"**"===r)return!0;o++}if(o===c)return!0}return!1}}(s.match,p),g=ie(n,f,i),y=i?g:ie(n,f,!0),v=(e,t)=>{const n=y(t,!0);return"."!==n&&!m(n)||d(n)};let b;void 0!==e.deep&&(b=Math.round(e.deep-r.depthOffset));const _=new V({filters:[a?(e,t)=>{const n=g(e,t),r=h(n)&&!d(n);return r&&ge(`matched ${n}`),r}:(e,t)=>{const n=g(e,t);return h(n)&&!d(n)}],exclude:a?(e,t)=>{const n=v(0,t);return ge(`${n?"skipped":"crawling"} ${t}`),n}:v,fs:e.fs,pathSeparator:"/",relativePaths:!i,resolvePaths:i,includeBasePath:i,resolveSymlinks:u,excludeSymlinks:!u,excludeFiles:l,includeDirs:l||!e.onlyFiles,maxDepth:b,signal:e.signal}).crawl(f);return e.debug&&ge("internal properties:",{...r,root:f}),[_,n!==f&&!i&&oe(n,f)]}function ke(e,t){if(t)for(let n=e.length-1;n>=0;n--)e[n]=t(e[n]);return e}const xe={caseSensitiveMatch:!0,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:!0,followSymbolicLinks:!0,onlyFiles:!0};function Se(e,t={}){var n;if(e&&(null==t?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const s=Q(e)||"string"==typeof e,a=ye(null!==(n=s?e:e.patterns)&&void 0!==n?n:"**/*"),c=function(e){const t=Object.assign({},e);for(const e in xe)void 0===t[e]&&Object.assign(t,{[e]:xe[e]});return t.cwd=(t.cwd instanceof URL?(0,o.fileURLToPath)(t.cwd):(0,i.resolve)(t.cwd||process.cwd())).replace(X,"/"),t.ignore=ye(t.ignore),t.fs&&(t.fs={readdir:t.fs.readdir||r.readdir,readdirSync:t.fs.readdirSync||r.readdirSync,realpath:t.fs.realpath||r.realpath,realpathSync:t.fs.realpathSync||r.realpathSync,stat:t.fs.stat||r.stat,statSync:t.fs.statSync||r.statSync}),t.debug&&ge("globbing with options:",t),t}(s?t:e);return a.length>0?we(c,a):[]}async function Ae(e,t){const[n,r]=Se(e,t);return n?ke(await n.withPromise(),r):[]}},4377:(e,t,n)=>{n.d(t,{w$:()=>i});var r=n(3759),s=n(2857);function i(e){return r.G1(s.You,e)}},2857:(e,t,n)=>{n.d(t,{You:()=>Gn,YOg:()=>Ir,zMY:()=>kr,gMt:()=>Dr,k5n:()=>Kr,Whr:()=>_r,Pq9:()=>us,euz:()=>Zr,_H3:()=>Pr,ZmZ:()=>$r,chJ:()=>Sr,aig:()=>vr,Ikc:()=>Cr,jgl:()=>Br,g1P:()=>Fr,rej:()=>Rr,YjP:()=>Hn,KCZ:()=>jr,OZ5:()=>tr});var r=n(8532),s=n(4723);class i extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}}const o="~memo",a=[];function c(e){return null!==e&&"object"==typeof e}function u(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const l=new WeakMap;function f(e,t,n){const r=l.get(e);if(void 0!==r)return r?2:0;if(t.has(e))return 2;t.add(e);let i=0;const o=e=>{if(2!==i&&e?._zod){const r=f(e,t,n);r>i&&(i=r)}},a=e=>{e>i&&(i=e)},c=e._zod.def,u=c.type;switch(u){case"object":{const e=s.MO(c);a(e?((e,r)=>{let s=0;for(const i of Reflect.ownKeys(e)){const o=Object.getOwnPropertyDescriptor(e,i);if(r&&!o.enumerable)continue;const a=o.get?1:o.value?._zod?f(o.value,t,n):0;a>s&&(s=a)}return s})(e,!0):1),o(c.catchall);break}case"array":o(c.element);break;case"tuple":for(const e of c.items)o(e);o(c.rest);break;case"record":case"map":o(c.keyType),o(c.valueType);break;case"set":o(c.valueType);break;case"union":for(const e of c.options)o(e);break;case"intersection":o(c.left),o(c.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(c.innerType);break;case"pipe":o(c.in),o(c.out);break;case"function":o(c.input),o(c.output);break;case"lazy":{const r=c._cachedInner??(n?e._zod.innerType:void 0);a(r?f(r,t,!1):1);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(const e in c){const t=Object.getOwnPropertyDescriptor(c,e);if(!t||t.get)continue;const n=t.value;if(n&&"object"==typeof n)if(n._zod)o(n);else if(Array.isArray(n))for(const e of n)o(e)}}return t.delete(e),function(e,t){1!==t&&l.set(e,2===t);return t}(e,i)}let p;const h=[],d={alloc(e,t,n){const r=p;if(!r)return n;p=void 0;const s={value:n,issues:null};return r.set(t.value,s),h.push(s),n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,n=(e,n)=>{if("backward"!==n.direction&&function(e,t){const n=e[o]?.backEdges;return void 0!==n&&c(t)&&n.has(t)}(n,e.value))throw new i;return t(e,n)};e._zod.parse=n,e._zod.run===t&&(e._zod.run=n)})},attach(e){var t;let n,r,s,i=!1;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,l=(d,m)=>{if(void 0===n){const r=f(e,new Set,!1);if(0===r)return e._zod.parse=t,e._zod.run===l&&(e._zod.run=t),t(d,m);2===r||i?n=!0:i=!0}const g=d.value;if(!c(g))return t(d,m);let y,v=m[o];v||(v={buckets:new WeakMap,backEdges:void 0},m[o]=v),r===m?y=s:(y=function(e,t){let n=e.buckets.get(t);return n||(n=new WeakMap,e.buckets.set(t,n)),n}(v,e),r=m,s=y);const b=y.get(g);if(b)return d.value=b.value,b.issues?b.issues.length&&d.issues.push(...u(b.issues)):(d.memo=!0,v.backEdges??(v.backEdges=new WeakSet),v.backEdges.add(b.value)),d;p=y;const _=h.length,w=t(d,m);p=void 0;const k=h.length>_?h.pop():void 0;return w instanceof Promise?w.then(e=>(k&&(k.issues=e.issues.length?u(e.issues):a),e)):(k&&(k.issues=w.issues.length?u(w.issues):a),w)};e._zod.parse=l,e._zod.run===t&&(e._zod.run=l)})}};var m=n(4890);class g{constructor(e=[],t={}){this.content=[],this.indent=0,this.args=e,this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if("function"==typeof e)return e(this,{execution:"sync"}),void e(this,{execution:"async"});const t=e.split("\n").filter(e=>e),n=Math.min(...t.map(e=>e.length-e.trimStart().length)),r=t.map(e=>e.slice(n)).map(e=>" ".repeat(2*this.indent)+e);for(const e of r)this.content.push(e)}compile(){const e=Function,t=this?.content??[""];return new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed))}}var y=n(3908);const v={major:4,minor:6,patch:7},b=r.xI("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=v;const i=e._zod.def.checks,o=e._zod.traits.has("$ZodCheck")?[e,...i??[]]:i?.length?[...i]:[];for(const t of o)for(const n of t._zod.onattach)n(e);if(0===o.length)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{const t=(t,n,i)=>{if(t.memo)return t;let o,a=s.QH(t);for(const c of n){if(c._zod.def.when){if(s.rL(t))continue;if(!c._zod.def.when(t))continue}else if(a)continue;const n=t.issues.length,u=c._zod.check(t);if(u instanceof Promise&&!1===i?.async)throw new r.GT;if(o||u instanceof Promise)o=(o??Promise.resolve()).then(async()=>{await u;t.issues.length!==n&&(s.d3(t.issues,n,e),a||(a=s.QH(t,n)))});else{if(t.issues.length===n)continue;s.d3(t.issues,n,e),a||(a=s.QH(t,n))}}return o?o.then(()=>t):t},n=(n,i,a)=>{if(s.QH(n))return n.aborted=!0,n;const c=t(i,o,a);if(c instanceof Promise){if(!1===a.async)throw new r.GT;return c.then(t=>e._zod.parse(t,a))}return e._zod.parse(c,a)};e._zod.run=(s,i)=>{if(i.skipChecks)return e._zod.parse(s,i);if("backward"===i.direction){const t=e._zod.parse({value:s.value,issues:[]},{...i,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,s,i)):n(t,s,i)}const a=e._zod.parse(s,i);if(a instanceof Promise){if(!1===i.async)throw new r.GT;return a.then(e=>t(e,o,i))}return t(a,o,i)}}},{get"~standard"(){return s.jD(this,"~standard",w(this))},set"~standard"(e){s.qh(this,"~standard",e)}}),_=(e,t)=>e.issues.length?{issues:e.issues.map(e=>s.iR(e,t,r.$W()))}:{value:e.value};function w(e){return{validate:t=>{const n={async:!1};try{const r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return _(r,n)}catch(e){}return async function(e,t){const n={async:!0};return _(await e._zod.run({value:t,issues:[]},n),n)}(e,t)},vendor:"zod",version:1}}const k=r.xI("$ZodString",(e,t)=>{b.init(e,t),e._zod.pattern=t.pattern??y.gp,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch(r){}return"string"==typeof n.value||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),x=r.xI("$ZodStringFormat",(e,t)=>{m.ql.init(e,t),k.init(e,t)}),S=r.xI("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=y.Os),x.init(e,t)}),A=r.xI("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(void 0===e)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=y.uR(e))}else t.pattern??(t.pattern=y.uR());x.init(e,t)}),E=r.xI("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=y.Rp),x.init(e,t)});function O(e){try{return"undefined"!=typeof URL&&"function"==typeof URL.canParse?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function $(e,t){return"normalize"in t||"hostname"in t||"protocol"in t?function(e,t){if(!t.normalize&&t.protocol?.source===y.F.source&&!/^https?:\/\//i.test(e))return 1;try{if("undefined"!=typeof URL){const t=URL;if("function"==typeof t.parse)return t.parse(e)??2}return new URL(e)}catch{return 2}}(e,t):O(e)||2}const N=/[\t\n\r]/g;function I(e){return e.replace(N,"")}const T=r.xI("$ZodURL",(e,t)=>{x.init(e,t),e._zod.check=n=>{try{const r=n.value.trim(),s=$(r,t);return 1===s?void n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort}):2===s?void n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort}):!0===s?void(n.value=I(r)):(t.hostname&&!function(e,t){return t.lastIndex=0,t.test(e.hostname)}(s,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!function(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}(s,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),void(n.value=t.normalize?s.href:I(r)))}catch(r){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),C=r.xI("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=y.Zg()),x.init(e,t)}),R=r.xI("$ZodNanoID",(e,t)=>{if(void 0!==t.length&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=void 0===t.length?y.Ak:y.D2(t.length)),x.init(e,t)}),P=r.xI("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=y.gF),x.init(e,t)}),L=r.xI("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=y.Gl),x.init(e,t)}),j=r.xI("$ZodULID",(e,t)=>{t.pattern??(t.pattern=y.Z0),x.init(e,t)}),z=r.xI("$ZodXID",(e,t)=>{t.pattern??(t.pattern=y.kM),x.init(e,t)}),D=r.xI("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=y.fO),x.init(e,t)}),M=r.xI("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=y.w$(t)),x.init(e,t)}),q=r.xI("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=y.p6),x.init(e,t)}),F=r.xI("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=y.kB(t)),x.init(e,t)}),B=r.xI("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=y.p0),x.init(e,t)}),U=r.xI("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=y.uX),x.init(e,t)}),K=/^[0-9a-fA-F:.]+$/;function H(e){return!!K.test(e)&&O(`http://[${e}]`)}const Z=r.xI("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=y.ug),x.init(e,t),e._zod.check=n=>{H(n.value)||n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}),G=r.xI("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=y.zr),x.init(e,t)});const J=r.xI("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=y.l7),x.init(e,t),e._zod.check=n=>{(function(e){const t=e.split("/");if(2!==t.length)return!1;const[n,r]=t;if(!r)return!1;const s=Number(r);return`${s}`===r&&!(s<0||s>128)&&H(n)})(n.value)||n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}});function W(e){if(""===e)return!0;if(/\s/.test(e))return!1;if(e.length%4!=0)return!1;try{return atob(e),!0}catch{return!1}}const V=/^[0-9a-zA-Z+/]*={0,2}$/,Y=r.xI("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=V),x.init(e,t),e._zod.check=n=>{W(n.value)||n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}}),Q=/^[A-Za-z0-9_-]*$/;const X=r.xI("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Q),x.init(e,t),e._zod.check=n=>{(function(e){if(!Q.test(e))return!1;const t=e.replace(/[-_]/g,e=>"-"===e?"+":"/");return W(t.padEnd(4*Math.ceil(t.length/4),"="))})(n.value)||n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}}),ee=r.xI("$ZodE164",(e,t)=>{t.pattern??(t.pattern=y.hQ),x.init(e,t)});const te=r.xI("$ZodJWT",(e,t)=>{x.init(e,t),e._zod.check=n=>{(function(e,t=null){try{const n=e.split(".");if(3!==n.length)return!1;const[r]=n;if(!r)return!1;const s=JSON.parse(atob(r));return!("typ"in s&&"JWT"!==s?.typ||!s.alg||t&&(!("alg"in s)||s.alg!==t))}catch{return!1}})(n.value,t.alg)||n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}}),ne=r.xI("$ZodNumber",(e,t)=>{b.init(e,t),e._zod.pattern=y.ai,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if("number"==typeof s&&!Number.isNaN(s)&&Number.isFinite(s))return n;const i="number"==typeof s?Number.isNaN(s)?"NaN":Number.isFinite(s)?void 0:String(s):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...i?{received:i}:{}}),n}}),re=r.xI("$ZodNumberFormat",(e,t)=>{m.KH.init(e,t),ne.init(e,t)}),se=r.xI("$ZodBoolean",(e,t)=>{b.init(e,t),e._zod.pattern=y.zM,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;return"boolean"==typeof s||n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e}),n}}),ie=r.xI("$ZodNull",(e,t)=>{b.init(e,t),e._zod.pattern=y.ch,e._zod.values=new Set([null]),e._zod.parse=(t,n)=>{const r=t.value;return null===r||t.issues.push({expected:"null",code:"invalid_type",input:r,inst:e}),t}}),oe=r.xI("$ZodUnknown",(e,t)=>{b.init(e,t),e._zod.parse=e=>e}),ae=r.xI("$ZodNever",(e,t)=>{b.init(e,t),e._zod.parse=(t,n)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)});function ce(e,t){const n=s.hi(e._zod.def.checks);if(!n.length)return;const r=Math.min(...n.map(e=>e[0])),i=e._zod.parse;e._zod.parse=(n,o)=>{const a=t(n.value);if(a>r&&!o?.skipChecks&&"backward"!==o?.direction)for(const[t,r]of s.hi(e._zod.def.checks))if(a>t&&r._zod.def.when(n)){const t=n.issues.length;return r._zod.check(n),n.issues[t].continue=!1,s.d3(n.issues,t,e),n}return i(n,o)}}const ue=e=>Array.isArray(e)?e.length:-1;function le(e,t,n){e.issues.length&&t.issues.push(...s.lQ(n,e.issues)),t.value[n]=e.value}const fe=r.xI("$ZodArray",(e,t)=>{b.init(e,t);const n=r.cr.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{const o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),r;r.value=n?n.alloc(e,r,Array(o.length),i):Array(o.length);const a=[],c=i?.abortEarly;for(let e=0;e<o.length;e++){const n=o[e],u=t.element._zod.run({value:n,issues:[]},i);if(u instanceof Promise)a.push(u.then(t=>le(t,r,e)));else if(le(u,r,e),c&&0!==u.issues.length&&s.QH(u))break}return a.length?Promise.all(a).then(()=>r):r},ce(e,ue)});function pe(e,t,n,r,i,o){const a=n in r,c="optional"===o;if(a||!c||"optional"!==i){if(e.issues.length){if(void 0!==i&&c&&!a)return;t.issues.push(...s.lQ(n,e.issues))}a||void 0!==i?void 0===e.value?(a||"defaulted"===i&&!c)&&(t.value[n]=void 0):t.value[n]=e.value:e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]})}}const he=[];function de(e){const t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:he,i=r.length?[...t,...r]:t;for(const t of i)if(!e.shape?.[t]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);const o=s.NM(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function me(e,t,n,r,i,o,a){const c=[],u=i.keySet,l=i.catchall._zod,f=l.def.type,p=l.optin,h=l.optout;let d=0;for(const i in t){if(a&&n.issues.length!==d){if(s.QH(n,d))break;d=n.issues.length}if(u.has(i))continue;if("__proto__"===i){"never"===f&&c.push(i);continue}if("never"===f){c.push(i);continue}const o=l.run({value:t[i],issues:[]},r);o instanceof Promise?e.push(o.then(e=>pe(e,n,i,t,p,h))):pe(o,n,i,t,p,h)}return c.length&&n.issues.push({code:"unrecognized_keys",keys:c,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>n):n}const ge=r.xI("$ZodObject",(e,t)=>{b.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape"),i=n?.get?n.get.raw:t.shape??{};if(i){const e=()=>{const n={...i};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=i,Object.defineProperty(t,"shape",{get:e})}const o=s.PO(()=>de(t));s.v5(e,"propValues",e=>{const t=e.def.shape,n={};for(const e in t){const r=t[e]._zod;if(r.values){Object.prototype.hasOwnProperty.call(n,e)||s.Vy(n,e,new Set);for(const t of r.values)n[e].add(t);void 0!==r.optin&&n[e].add(void 0)}}return n});const a=s.Gv,c=t.catchall;let u;const l=r.cr.memoizer;l?.attach(e),e._zod.parse=(t,n)=>{u??(u=o.value);const r=t.value;if(!a(r))return t.issues.push({expected:"object",code:"invalid_type",input:r,inst:e}),t;t.value=l?l.alloc(e,t,{},n):{};const i=[],f=u.shape,p=n?.abortEarly;let h=t.issues.length;for(const e of u.allKeys){if(p&&t.issues.length!==h){if(s.QH(t,h))break;h=t.issues.length}if("__proto__"===e)continue;const o=f[e],a=o._zod.optin,c=o._zod.optout,u=o._zod.run({value:r[e],issues:[]},n);u instanceof Promise?i.push(u.then(n=>pe(n,t,e,r,a,c))):pe(u,t,e,r,a,c)}return c?me(i,r,t,n,o.value,e,!0===p):i.length?Promise.all(i).then(()=>t):t}}),ye=r.xI("$ZodObjectJIT",(e,t)=>{ge.init(e,t);const n=e._zod.parse,i=s.PO(()=>de(t)),o=r.cr.memoizer;let a;const c=s.Gv,u=!r.cr.jitless,l=s.hI,f=u&&l.value,p=t.catchall;let h;e._zod.parse=(r,l)=>{h??(h=i.value);const d=r.value;return c(d)?u&&f&&!1===l?.async&&!0!==l.jitless?(a||(a=(t=>{const n=i.value,r=n.symbolKeys,a=new g(["payload","ctx"],{shape:t,inst:e,memo:o,syms:r}),c=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,u=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;a.write("const input = payload.value;");const l=Object.create(null);let f=0;for(const e of n.allKeys)l[e]="key_"+f++;a.write(o?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(const e of n.allKeys){if("__proto__"===e)continue;const n=l[e],i="symbol"==typeof e?`syms[${r.indexOf(e)}]`:s.UQ(e),o=`${i} in input`,f=t[e],p=f?._zod?.optin,h=void 0!==p,d="optional"===f?._zod?.optout;if(a.write(`const ${n} = ${c(i)};`),h&&d){const e="optional"===p?`${n}_present`:`${n}.value !== undefined || ${n}_present`;a.write(`\n        const ${n}_present = ${o};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${u(n,i)}\n          }\n\n          if (${e}) {\n            newResult[${i}] = ${n}.value;\n          }\n        }\n\n      `)}else h?(a.write(`\n        if (${n}.issues.length) {${u(n,i)}\n        }\n      `),"defaulted"===p?a.write(`newResult[${i}] = ${n}.value;`):a.write(`\n        if (${n}.value !== undefined || ${o}) {\n          newResult[${i}] = ${n}.value;\n        }\n      `)):a.write(`\n        const ${n}_present = ${o};\n        if (${n}.issues.length) {${u(n,i)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${i}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${i}] = ${n}.value;\n        }\n\n      `)}return a.write("payload.value = newResult;"),a.write("return payload;"),a.compile()})(t.shape)),r=a(r,l),p?me([],d,r,l,h,e,!0===l?.abortEarly):r):n(r,l):(r.issues.push({expected:"object",code:"invalid_type",input:d,inst:e}),r)}});function ve(e,t,n,i){for(const n of e)if(0===n.issues.length)return t.value=n.value,t;const o=e.filter(e=>!s.QH(e));return 1===o.length?(t.value=o[0].value,o[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>s.iR(e,i,r.$W())))}),t)}const be=r.xI("$ZodUnion",(e,t)=>{b.init(e,t),s.v5(e,"optin",e=>e.def.options.some(e=>"defaulted"===e._zod.optin)?"defaulted":e.def.options.some(e=>void 0!==e._zod.optin)?"optional":void 0),s.v5(e,"optout",e=>e.def.options.some(e=>"optional"===e._zod.optout)?"optional":void 0),s.v5(e,"values",e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),s.v5(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>s.p6(e.source)).join("|")})$`)}});const n=1===t.options.length?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n)return n(r,s);let i=!1;const o=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise)o.push(t),i=!0;else{if(0===t.issues.length)return t;o.push(t)}}return i?Promise.all(o).then(t=>ve(t,r,e,s)):ve(o,r,e,s)}});function _e(e){const t=new Map;for(const n of e.options){const r=n._zod.propValues?.[e.discriminator];if(!r||0===r.size)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(const e of r)if(t.has(e)){if(void 0!==e)throw new Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else t.set(e,n)}return t}const we=r.xI("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,be.init(e,t);const n=e._zod.parse;s.v5(e,"propValues",e=>{const t={};let n=0;for(const r of e.def.options){const i=r._zod.propValues;if(!i||0===Object.keys(i).length)throw new Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);i[e.def.discriminator]?.has(void 0)&&n++;for(const[e,n]of Object.entries(i)){Object.prototype.hasOwnProperty.call(t,e)||s.Vy(t,e,new Set);for(const r of n)t[e].add(r)}}return!e.def.unionFallback&&n>1&&t[e.def.discriminator]?.delete(void 0),t}),t.options.forEach((e,n)=>{const r=s.MO(e._zod.def);if(r&&!Object.prototype.hasOwnProperty.call(r,t.discriminator))throw new Error(`Invalid discriminated union option at index "${n}"`)});const r=s.PO(()=>_e(t));e._zod.parse=(i,o)=>{const a=i.value;if(!s.Gv(a))return i.issues.push({code:"invalid_type",expected:"object",input:a,inst:e}),i;const c=a?.[t.discriminator],u=r.value.get(c);return!u||void 0===c&&"backward"===o.direction?t.unionFallback||"backward"===o.direction?n(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(e=>null!==r.value.get(e)),input:a,path:[t.discriminator],inst:e}),i):u._zod.run(i,o)}}),ke=r.xI("$ZodIntersection",(e,t)=>{b.init(e,t),e._zod.parse=(e,n)=>{const r=e.value,s=t.left._zod.run({value:r,issues:[]},n),i=t.right._zod.run({value:r,issues:[]},n);return s instanceof Promise||i instanceof Promise?Promise.all([s,i]).then(([t,n])=>Se(e,t,n)):Se(e,s,i)}});function xe(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e===+t)return{valid:!0,data:e};if(s.Qd(e)&&s.Qd(t)){const n=Object.keys(t),r=Object.keys(e).filter(e=>-1!==n.indexOf(e)),s={...e,...t};Object.prototype.hasOwnProperty.call(s,"__proto__")&&delete s.__proto__;for(const n of r){if("__proto__"===n)continue;const r=xe(e[n],t[n]);if(!r.valid)return{valid:!1,mergeErrorPath:[n,...r.mergeErrorPath]};s[n]=r.data}return{valid:!0,data:s}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};const n=[];for(let r=0;r<e.length;r++){const s=xe(e[r],t[r]);if(!s.valid)return{valid:!1,mergeErrorPath:[r,...s.mergeErrorPath]};n.push(s.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function Se(e,t,n){const r=new Map;let i;const o=new Map,a=(e,t)=>{let n;if("unrecognized_keys"!==e.code||e.path?.length){if("invalid_key"!==e.code||"record"!==e.origin||1!==e.path?.length)return!1;{const t=String(e.path[0]);o.has(t)||o.set(t,e),n=[t]}}else i??(i=e),n=e.keys;for(const e of n)r.has(e)||r.set(e,{}),r.get(e)[t]=!0;return!0};for(const n of t.issues)a(n,"l")||e.issues.push(n);for(const t of n.issues)a(t,"r")||e.issues.push(t);const c=[...r].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(c.length){const t=i?c.filter(e=>i.keys.includes(e)):[];t.length&&e.issues.push({...i,keys:t});for(const n of c)!t.includes(n)&&o.has(n)&&e.issues.push(o.get(n))}const u=xe(t.value,n.value);if(!u.valid){if(s.QH(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(u.mergeErrorPath)}`)}return e.value=u.data,e}const Ae=r.xI("$ZodRecord",(e,t)=>{b.init(e,t);const n=r.cr.memoizer;n?.attach(e),e._zod.parse=(i,o)=>{const a=i.value;if(!s.Qd(a))return i.issues.push({expected:"record",code:"invalid_type",input:a,inst:e}),i;const c=[],u=t.keyType._zod.values;if(u&&!t.partial){i.value=n?n.alloc(e,i,{},o):{};const l=new Set;for(const n of u)if("string"==typeof n||"number"==typeof n||"symbol"==typeof n){if(l.add("number"==typeof n?n.toString():n),"__proto__"===n)continue;const u=t.keyType._zod.run({value:n,issues:[]},o);if(u instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(u.issues.length){i.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(e=>s.iR(e,o,r.$W())),input:n,path:[n],inst:e});continue}const f=u.value;if("__proto__"===f)continue;const p=t.valueType._zod.run({value:a[n],issues:[]},o);p instanceof Promise?c.push(p.then(e=>{e.issues.length&&i.issues.push(...s.lQ(n,e.issues)),i.value[f]=e.value})):(p.issues.length&&i.issues.push(...s.lQ(n,p.issues)),i.value[f]=p.value)}let f;for(const e in a)if(!l.has(e))if("loose"===t.mode){if("__proto__"===e)continue;i.value[e]=a[e]}else f=f??[],f.push(e);f&&f.length>0&&i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:f,continue:!0})}else{let l;i.value=n?n.alloc(e,i,{},o):{};for(const n of Reflect.ownKeys(a)){if("__proto__"===n)continue;if(!Object.prototype.propertyIsEnumerable.call(a,n))continue;let f=t.keyType._zod.run({value:n,issues:[]},o);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if("string"==typeof n&&y.ai.test(n)&&f.issues.length){const e=t.keyType._zod.run({value:Number(n),issues:[]},o);if(e instanceof Promise)throw new Error("Async schemas not supported in object keys currently");0===e.issues.length&&(f=e)}if(f.issues.length){"loose"===t.mode?i.value[n]=a[n]:u?(l=l??[],l.push(n)):i.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(e=>s.iR(e,o,r.$W())),input:n,path:[n],inst:e});continue}const p=f.value;if("__proto__"===p)continue;const h=t.valueType._zod.run({value:a[n],issues:[]},o);h instanceof Promise?c.push(h.then(e=>{e.issues.length&&i.issues.push(...s.lQ(n,e.issues)),i.value[p]=e.value})):(h.issues.length&&i.issues.push(...s.lQ(n,h.issues)),i.value[p]=h.value)}l&&l.length>0&&i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:l,continue:!0})}return c.length?Promise.all(c).then(()=>i):i}});const Ee=r.xI("$ZodEnum",(e,t)=>{b.init(e,t);const n=s.w5(t.entries),r=new Set(n);e._zod.values=r,s.v5(e,"pattern",e=>{const t=s.w5(e.def.entries).filter(e=>s.qQ.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>s.sD(e.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(t,s)=>{const i=t.value;return r.has(i)||t.issues.push({code:"invalid_value",values:n,input:i,inst:e}),t}}),Oe=r.xI("$ZodLiteral",(e,t)=>{b.init(e,t);const n=new Set(t.values);e._zod.values=n,s.v5(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>"string"==typeof e?s.sD(e):e?s.sD(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,s)=>{const i=r.value;return n.has(i)||r.issues.push({code:"invalid_value",values:t.values,input:i,inst:e}),r}}),$e=r.xI("$ZodTransform",(e,t)=>{b.init(e,t),e._zod.optin="optional",r.cr.memoizer?.guard(e),e._zod.parse=(n,s)=>{if("backward"===s.direction)throw new r.cV(e.constructor.name);const i=t.transform(n.value,n);if(s.async){return(i instanceof Promise?i:Promise.resolve(i)).then(e=>(n.value=e,n))}if(i instanceof Promise)throw new r.GT;return n.value=i,n}});function Ne(e,t){return e.value=t.issues.length?void 0:t.value,e}const Ie=r.xI("$ZodOptional",(e,t)=>{b.init(e,t),s.v5(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),e._zod.optout="optional",s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(void 0===e.value){if("defaulted"!==t.innerType._zod.optin)return e;const r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(t=>Ne(e,t)):Ne(e,r)}return t.innerType._zod.run(e,n)}}),Te=r.xI("$ZodExactOptional",(e,t)=>{Ie.init(e,t),s.v5(e,"values",e=>e.def.innerType._zod.values),s.v5(e,"pattern",e=>e.def.innerType._zod.pattern),e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)}),Ce=r.xI("$ZodNullable",(e,t)=>{b.init(e,t),s.v5(e,"optin",e=>e.def.innerType._zod.optin),s.v5(e,"optout",e=>e.def.innerType._zod.optout),s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)}|null)$`):void 0}),s.v5(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>null===e.value?e:t.innerType._zod.run(e,n)}),Re=r.xI("$ZodDefault",(e,t)=>{b.init(e,t),e._zod.optin="defaulted",s.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);if(void 0===e.value)return e.value=t.defaultValue,e;const r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(e=>Pe(e,t)):Pe(r,t)}});function Pe(e,t){return void 0===e.value&&(e.value=t.defaultValue),e}const Le=r.xI("$ZodPrefault",(e,t)=>{b.init(e,t),e._zod.optin="defaulted",s.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>("backward"===n.direction||void 0===e.value&&(e.value=t.defaultValue),t.innerType._zod.run(e,n))}),je=r.xI("$ZodNonOptional",(e,t)=>{b.init(e,t),s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>void 0!==e)):void 0}),e._zod.parse=(n,r)=>{const s=t.innerType._zod.run(n,r);return s instanceof Promise?s.then(t=>ze(t,e)):ze(s,e)}});function ze(e,t){return e.issues.length||void 0!==e.value||e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}function De(e,t,n,i){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>s.iR(e,i,r.$W()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}const Me=r.xI("$ZodCatch",(e,t)=>{b.init(e,t),s.v5(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),s.v5(e,"optout",e=>e.def.innerType._zod.optout),s.v5(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(r=>De(e,r,t,n)):De(e,r,t,n)}}),qe=r.xI("$ZodPipe",(e,t)=>{b.init(e,t),s.v5(e,"values",e=>e.def.in._zod.values),s.v5(e,"optin",e=>e.def.in._zod.optin),s.v5(e,"optout",e=>e.def.out._zod.optout),s.v5(e,"propValues",e=>e.def.in._zod.propValues),e._zod.parse=(e,n)=>{if("backward"===n.direction){const r=t.out._zod.run(e,n);return r instanceof Promise?r.then(e=>Fe(e,t.in,n)):Fe(r,t.in,n)}const r=t.in._zod.run(e,n);return r instanceof Promise?r.then(e=>Fe(e,t.out,n)):Fe(r,t.out,n)}});function Fe(e,t,n){return e.issues.some(e=>"unrecognized_keys"!==e.code)?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}const Be=r.xI("$ZodReadonly",(e,t)=>{b.init(e,t),s.v5(e,"propValues",e=>e.def.innerType._zod.propValues),s.v5(e,"values",e=>e.def.innerType._zod.values),s.v5(e,"optin",e=>e.def.innerType?._zod?.optin),s.v5(e,"optout",e=>e.def.innerType?._zod?.optout),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(Ue):Ue(r)}});function Ue(e){return e.memo||(e.value=Object.freeze(e.value)),e}const Ke=r.xI("$ZodLazy",(e,t)=>{b.init(e,t),s.gJ(e._zod,"innerType",()=>{const e=t;return e._cachedInner||(e._cachedInner=t.getter()),e._cachedInner}),s.v5(e,"pattern",e=>e.innerType?._zod?.pattern),s.v5(e,"propValues",e=>e.innerType?._zod?.propValues),s.v5(e,"optin",e=>e.innerType?._zod?.optin??void 0),s.v5(e,"optout",e=>e.innerType?._zod?.optout??void 0),e._zod.parse=(t,n)=>e._zod.innerType._zod.run(t,n)}),He=r.xI("$ZodCustom",(e,t)=>{m.QP.init(e,t),b.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{const r=n.value,s=t.fn(r);if(s instanceof Promise)return s.then(t=>Ze(t,n,r,e));Ze(s,n,r,e)}});function Ze(e,t,n,r){if(!e){const e={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(e.params=r._zod.def.params),t.issues.push(s.sn(e))}}var Ge=n(9396),Je=n(3759);function We(e,...t){for(const n of t)for(const t of Reflect.ownKeys(n))Object.prototype.propertyIsEnumerable.call(n,t)&&(0,s.Vy)(e,t,n[t]);return e}function Ve(e){let t=e?.target??"draft-2020-12";return"draft-4"===t&&(t="draft-04"),"draft-7"===t&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??Ge.fd,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ye(e,t,n,r,s){const i="function"==typeof t.unrepresentable?t.unrepresentable({zodSchema:e,path:r.path,message:s}):t.unrepresentable;if("any"===i)return!1;if(void 0===i||"throw"===i)throw new Error(s);return Object.assign(n,i),!0}function Qe(e,t,n={path:[],schemaPath:[]}){var r;const s=e._zod.def,i=t.seen.get(e);if(i){i.count++;return n.schemaPath.includes(e)&&(i.cycle=n.path),i.schema}const o={schema:{},count:1,cycle:void 0,path:n.path};t.seen.set(e,o),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;const a=e._zod.toJSONSchema?.();if(a)o.schema=a;else{const r={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,o.schema,r);else{const n=o.schema,i=t.processors[s.type];if(!i)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`);i(e,t,n,r)}const i=e._zod.parent;i&&(o.ref||(o.ref=i),Qe(i,t,r),t.seen.get(i).isParent=!0)}const c=t.metadataRegistry.get(e);c&&We(o.schema,c),"input"===t.io&&ct(e)&&(delete o.schema.examples,delete o.schema.default),"input"===t.io&&"_prefault"in o.schema&&((r=o.schema).default??(r.default=o.schema._prefault)),delete o.schema._prefault;return t.seen.get(e).schema}function Xe(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function et(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const r=new Map;for(const t of e.seen.entries()){const n=e.metadataRegistry.get(t[0])?.id;if(n){const e=r.get(n);if(e&&e!==t[0])throw new Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);r.set(n,t[0])}}const s=t=>{if(t[1].schema.$ref)return;const r=t[1],{ref:s,defId:i}=(t=>{const r="draft-2020-12"===e.target?"$defs":"definitions";if(e.external){const n=e.external.registry.get(t[0])?.id,s=e.external.uri??(e=>e);if(n)return{ref:s(n)};const i=t[1].defId??t[1].schema.id??"schema"+e.counter++;return t[1].defId=i,{defId:i,ref:`${s("__shared")}#/${r}/${Xe(i)}`}}const s=`#/${r}/`;if(t[1]===n&&!t[1].schema.id)return{ref:"#"};const i=t[1].schema.id??"__schema"+e.counter++;return{defId:i,ref:s+Xe(i)}})(t);r.def={...r.schema},i&&(r.defId=i);const o=r.schema;for(const e in o)delete o[e];o.$ref=s};if("throw"===e.cycles)for(const t of e.seen.entries()){const e=t[1];if(e.cycle)throw new Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>\n\nSet the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(const n of e.seen.entries()){const r=n[1];if(t===n[0]){s(n);continue}if(e.external){const r=e.external.registry.get(n[0])?.id;if(t!==n[0]&&r){s(n);continue}}const i=e.metadataRegistry.get(n[0])?.id;i?s(n):(r.cycle||r.count>1&&"ref"===e.reused)&&s(n)}e.external&&(e.sharedDefsExtractedFor=e.external)}function tt(e){const t=e.anyOf;if(!Array.isArray(t)||0===t.length||void 0!==e.type)return;const n=[];for(const e of t){if(!e||"object"!=typeof e)return;tt(e);const t=Object.keys(e);if(1!==t.length||"type"!==t[0])return;const r=e.type;for(const e of Array.isArray(r)?r:[r]){if("string"!=typeof e)return;n.includes(e)||n.push(e)}}delete e.anyOf,e.type=1===n.length?n[0]:n}const nt=new Set(["type","properties","required","additionalProperties"]),rt=["oneOf","anyOf"];function st(e){const t=e.additionalProperties;return void 0===t||!1===t||"object"!=typeof t||null===t?null:Object.keys(t).length?t:null}function it(e){const t=[];for(const n of e){if("object"!=typeof n||"object"!==n.type)return null;for(const e in n)if(!nt.has(e))return null;t.push(n)}const n={},r=new Set;for(const e of t){for(const r in e.properties){if(Object.prototype.hasOwnProperty.call(n,r))continue;const e=[];for(const n of t){const t=n.properties?.[r]??st(n);null!=t&&(e.some(e=>JSON.stringify(e)===JSON.stringify(t))||e.push(t))}const i=1===e.length?e[0]:it(e)??{allOf:e};(0,s.Vy)(n,r,i)}for(const t of e.required??[])r.add(t)}const i={type:"object",properties:n};if(r.size&&(i.required=[...r]),t.every(e=>!1===e.additionalProperties))i.additionalProperties=!1;else{const e=[];for(const n of t){const t=st(n);t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t))&&e.push(t)}1===e.length?i.additionalProperties=e[0]:e.length>1&&(i.additionalProperties={allOf:e})}return i}function ot(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of nt)if(t in e)return;const n=t.filter(e=>rt.some(t=>Array.isArray(e[t])));let r=null;if(n.length){const e=n[0],s=rt.find(t=>Array.isArray(e[t]));if(1!==Object.keys(e).length)return;const i=t.filter(t=>t!==e),o=e[s].map(e=>it([...i,e]));if(o.some(e=>!e))return;r={[s]:o}}else r=it(t);r&&(delete e.allOf,We(e,r))}function at(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");const r=t=>{const n=e.seen.get(t);if(null===n.ref)return;const s=n.def??n.schema,i={...s},o=n.ref;if(n.ref=null,o){r(o);const n=e.seen.get(o),a=n.schema;!a.$ref||"draft-07"!==e.target&&"draft-04"!==e.target&&"openapi-3.0"!==e.target?We(s,a):(s.allOf=s.allOf??[],s.allOf.push(a)),We(s,i);if(t._zod.parent===o)for(const e in s)"$ref"!==e&&"allOf"!==e&&(e in i||delete s[e]);if(a.$ref&&n.def)for(const e in s)"$ref"!==e&&"allOf"!==e&&e in n.def&&JSON.stringify(s[e])===JSON.stringify(n.def[e])&&delete s[e]}const a=t._zod.parent;if(a&&a!==o){r(a);const t=e.seen.get(a);if(t?.schema.$ref&&(s.$ref=t.schema.$ref,t.def))for(const e in s)"$ref"!==e&&"allOf"!==e&&e in t.def&&JSON.stringify(s[e])===JSON.stringify(t.def[e])&&delete s[e]}e.override({zodSchema:t,jsonSchema:s,path:n.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse())r(t[0]);if("openapi-3.0"!==e.target)for(const t of e.seen.entries())tt(t[1].def??t[1].schema);for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const n of e.seen.values())for(const e of[n.schema,n.def]){const n=e?.allOf;if(!Array.isArray(n))continue;const r=t.get(n);r?r.push(e):t.set(n,[e])}for(const n of e.intersections)for(const e of t.get(n)??[])ot(e)}}const i={};if("draft-2020-12"===e.target?i.$schema="https://json-schema.org/draft/2020-12/schema":"draft-07"===e.target?i.$schema="http://json-schema.org/draft-07/schema#":"draft-04"===e.target?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){const n=e.external.registry.get(t)?.id;if(!n)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(n)}We(i,n.defId?n.schema:n.def??n.schema);const o=e.metadataRegistry.get(t)?.id;void 0!==o&&i.id===o&&delete i.id;const a=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(const t of e.seen.entries()){const e=t[1];e.def&&e.defId&&(e.def.id===e.defId&&delete e.def.id,(0,s.Vy)(a,e.defId,e.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(a).length>0&&("draft-2020-12"===e.target?i.$defs=a:i.definitions=a);try{const n=JSON.parse(JSON.stringify(i));return Object.defineProperty(n,"~standard",{value:{...t["~standard"],jsonSchema:{input:ut(t,"input",e.processors),output:ut(t,"output",e.processors)}},enumerable:!1,writable:!1}),n}catch(e){throw new Error("Error converting schema to JSON.")}}function ct(e,t){const n=t??{seen:new Set};if(n.seen.has(e))return!1;n.seen.add(e);const r=e._zod.def;if("transform"===r.type)return!0;if("array"===r.type)return ct(r.element,n);if("set"===r.type)return ct(r.valueType,n);if("lazy"===r.type)return ct(r.getter(),n);if("promise"===r.type||"optional"===r.type||"nonoptional"===r.type||"nullable"===r.type||"readonly"===r.type||"default"===r.type||"prefault"===r.type||"catch"===r.type)return ct(r.innerType,n);if("intersection"===r.type)return ct(r.left,n)||ct(r.right,n);if("record"===r.type||"map"===r.type)return ct(r.keyType,n)||ct(r.valueType,n);if("pipe"===r.type)return!!e._zod.traits.has("$ZodCodec")||(ct(r.in,n)||ct(r.out,n));if("object"===r.type){for(const e in r.shape)if(ct(r.shape[e],n))return!0;return!1}if("union"===r.type){for(const e of r.options)if(ct(e,n))return!0;return!1}if("tuple"===r.type){for(const e of r.items)if(ct(e,n))return!0;return!(!r.rest||!ct(r.rest,n))}return!1}const ut=(e,t,n={})=>r=>{const{libraryOptions:s,target:i}=r??{},o=Ve({...s??{},target:i,io:t,processors:n});return Qe(e,o),et(o,e),at(o,e)},lt=(e,t,n)=>{(void 0===e[t]||n>e[t])&&(e[t]=n)},ft=(e,t,n)=>{(void 0===e[t]||n<e[t])&&(e[t]=n)},pt=(e,t)=>{lt(e,"minimum",t),ft(e,"maximum",t)},ht=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},dt=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},mt=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]},gt=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},yt=(e,t)=>lt(e,"minimum",t.minimum),vt=(e,t)=>ft(e,"maximum",t.maximum),bt=e=>(t,n)=>{gt(t,n.format);const[r,s]=e[n.format];lt(t,"minimum",r),ft(t,"maximum",s)},_t={greater_than:(e,t)=>lt(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>ft(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>ht(e,t.value),number_format:bt(s.zH),bigint_format:bt(s.NR),min_length:yt,max_length:vt,length_equals:(e,t)=>pt(e,t.length),min_size:yt,max_size:vt,size_equals:(e,t)=>pt(e,t.size),string_format:(e,t)=>{gt(e,t.format),t.pattern&&dt(e,t.pattern),"base64"!==t.format&&"base64url"!==t.format||(e.contentEncoding=t.format),(t.local||-1===t.precision)&&(e.laxFormat=!0)},mime_type:(e,t)=>mt(e,t.mime)};function wt(e){const t={},n=e._zod.def,r=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(const e of r)_t[e._zod.def.check]?.(t,e._zod.def);const s=e._zod.bag;void 0!==s.minimum&&lt(t,"minimum",s.minimum),void 0!==s.exclusiveMinimum&&lt(t,"exclusiveMinimum",s.exclusiveMinimum),void 0!==s.maximum&&ft(t,"maximum",s.maximum),void 0!==s.exclusiveMaximum&&ft(t,"exclusiveMaximum",s.exclusiveMaximum),void 0!==s.multipleOf&&ht(t,s.multipleOf),void 0!==s.format&&(t.format??(t.format=s.format),s.format.includes("int")&&(t.isInt=!0)),s.mime&&mt(t,s.mime);for(const e of s.patterns??[])dt(t,e);return t}const kt={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},xt=new Map([[V,y.K3],[Q,y.r0]]),St=e=>xt.get(e)??e,At=(e,t,n,r)=>{const s=n;s.type="string";const{minimum:i,maximum:o,format:a,patterns:c,contentEncoding:u,laxFormat:l}=wt(e);if("number"==typeof i&&(s.minLength=i),"number"==typeof o&&(s.maxLength=o),a&&(s.format=kt[a]??a,""===s.format&&delete s.format,("time"===a||l)&&delete s.format),u&&(s.contentEncoding=u),c&&c.size>0){const e=[...c].map(St);1===e.length?s.pattern=e[0].source:e.length>1&&(s.allOf=[...e.map(e=>({..."draft-07"===t.target||"draft-04"===t.target||"openapi-3.0"===t.target?{type:"string"}:{},pattern:e.source}))])}},Et=(e,t,n,r)=>{const s=n,{minimum:i,maximum:o,multipleOf:a,exclusiveMaximum:c,exclusiveMinimum:u,isInt:l}=wt(e);s.type=l?"integer":"number";const f="number"==typeof u&&u>=(i??Number.NEGATIVE_INFINITY),p="number"==typeof c&&c<=(o??Number.POSITIVE_INFINITY),h="draft-04"===t.target||"openapi-3.0"===t.target;if(f?h?(s.minimum=u,s.exclusiveMinimum=!0):s.exclusiveMinimum=u:"number"==typeof i&&(s.minimum=i),p?h?(s.maximum=c,s.exclusiveMaximum=!0):s.exclusiveMaximum=c:"number"==typeof o&&(s.maximum=o),a){const n=new Set;for(const i of a)Number.isFinite(i)&&0!==i?n.add(Math.abs(i)):Ye(e,t,s,r,`A multipleOf divisor of ${i} cannot be represented in JSON Schema`);const[i,...o]=n;void 0!==i&&(s.multipleOf=i),o.length&&(s.allOf=[...s.allOf??[],...o.map(e=>({multipleOf:e}))])}},Ot=(e,t,n,r)=>{n.type="boolean"},$t=(e,t,n,r)=>{"openapi-3.0"===t.target?(n.type="string",n.nullable=!0,n.enum=[null]):n.type="null"},Nt=(e,t,n,r)=>{n.not={}},It=(e,t,n,r)=>{const i=e._zod.def,o=(0,s.w5)(i.entries);0!==o.length?(o.every(e=>"number"==typeof e)&&(n.type="number"),o.every(e=>"string"==typeof e)&&(n.type="string"),n.enum=o):n.not={}},Tt=(e,t,n,r)=>{const s=e._zod.def;if(0===s.values.length)return void(n.not={});const i=[];for(const o of s.values)if(void 0===o){if(Ye(e,t,n,r,"Literal `undefined` cannot be represented in JSON Schema"))return}else if("bigint"==typeof o){if(Ye(e,t,n,r,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(o))}else i.push(o);if(0===i.length);else if(1===i.length){const e=i[0];n.type=null===e?"null":typeof e,"draft-04"===t.target||"openapi-3.0"===t.target?n.enum=[e]:n.const=e}else i.every(e=>"number"==typeof e)&&(n.type="number"),i.every(e=>"string"==typeof e)&&(n.type="string"),i.every(e=>"boolean"==typeof e)&&(n.type="boolean"),i.every(e=>null===e)&&(n.type="null"),n.enum=i},Ct=(e,t,n,r)=>{Ye(e,t,n,r,"Custom types cannot be represented in JSON Schema")},Rt=(e,t,n,r)=>{Ye(e,t,n,r,"Transforms cannot be represented in JSON Schema")},Pt=(e,t,n,r)=>{const s=n,i=e._zod.def,{minimum:o,maximum:a}=wt(e);"number"==typeof o&&(s.minItems=o),"number"==typeof a&&(s.maxItems=a),s.type="array",s.items=Qe(i.element,t,{...r,path:[...r.path,"items"]})};function Lt(e){const t=e._zod.def;return"pipe"===t.type&&t.in._zod.traits.has("$ZodTransform")?Lt(t.out):"catch"===t.type?Lt(t.innerType):e._zod.optin}const jt=(e,t,n,r)=>{const i=n,o=e._zod.def,a=o.shape;if(Object.getOwnPropertySymbols(a).length&&Ye(e,t,i,r,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(const e in a)(0,s.Vy)(i.properties,e,Qe(a[e],t,{...r,path:[...r.path,"properties",e]}));const c=[];for(const e of Object.keys(a)){const n=o.shape[e];("input"===t.io?void 0===Lt(n):void 0===n._zod.optout)&&c.push(e)}c.length>0&&(i.required=c),"never"===o.catchall?._zod.def.type?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Qe(o.catchall,t,{...r,path:[...r.path,"additionalProperties"]})):"output"===t.io&&(i.additionalProperties=!1)},zt=(e,t,n,r)=>{const s=e._zod.def,i=!1===s.inclusive,o=s.options.map((e,n)=>Qe(e,t,{...r,path:[...r.path,i?"oneOf":"anyOf",n]}));i?n.oneOf=o:n.anyOf=o},Dt=(e,t,n,r)=>{const s=e._zod.def,i=Qe(s.left,t,{...r,path:[...r.path,"allOf",0]}),o=Qe(s.right,t,{...r,path:[...r.path,"allOf",1]}),a=e=>"allOf"in e&&1===Object.keys(e).length,c=[...a(i)?i.allOf:[i],...a(o)?o.allOf:[o]];n.allOf=c,t.intersections.push(c)};function Mt(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);const r=e.get(t)?.def;if(!r)return t;const s=Mt(e,r,n);return s===r?t:s}for(const r of["anyOf","oneOf"]){const s=t[r];if(!Array.isArray(s))continue;const i=s.map(t=>Mt(e,t,n));i.some((e,t)=>e!==s[t])&&(t={...t,[r]:i})}const r=Array.isArray(t.type)?t.type:[t.type],s=!r.includes("string")&&r.some(e=>"number"===e||"integer"===e),i=t.enum??(void 0!==t.const?[t.const]:void 0);if(!s&&!i?.some(e=>"number"==typeof e))return t;const{minimum:o,maximum:a,exclusiveMinimum:c,exclusiveMaximum:u,multipleOf:l,format:f,id:p,...h}=t;return h.enum?h.enum=h.enum.map(e=>"number"==typeof e?String(e):e):"number"==typeof h.const&&(h.const=String(h.const)),s?(h.type="string",i||(h.pattern=(r.includes("number")?y.ai:y.nd).source),h):h}const qt=new WeakMap;const Ft=(e,t,n,r)=>{const i=n,o=e._zod.def;i.type="object";const a=o.keyType,c=wt(a).patterns;if("loose"===o.mode&&c&&c.size>0){const e=Qe(o.valueType,t,{...r,path:[...r.path,"patternProperties","*"]});i.patternProperties={};for(const t of c)(0,s.Vy)(i.patternProperties,St(t).source,e)}else{if("draft-07"===t.target||"draft-2020-12"===t.target){i.propertyNames=Qe(o.keyType,t,{...r,path:[...r.path,"propertyNames"]});let n=qt.get(t);n||(n=[],qt.set(t,n),t.deferred.push(()=>function(e){const t=new Map;for(const n of e.seen.values())n.def&&!t.has(n.schema)&&t.set(n.schema,n);const n=new Map;for(const r of qt.get(e)??[]){const s=e.seen.get(r),i=(s?.def??s?.schema)?.propertyNames;if(!i||!0===i||n.has(i))continue;const o=Mt(t,i,new Set);o!==i&&n.set(i,o)}if(n.size)for(const t of e.seen.values())for(const e of[t.schema,t.def]){const t=e&&n.get(e.propertyNames);t&&(e.propertyNames=t)}}(t))),n.push(e)}i.additionalProperties=Qe(o.valueType,t,{...r,path:[...r.path,"additionalProperties"]})}const u=a._zod.values,l="input"===t.io&&void 0!==Lt(o.valueType);if(u&&!o.partial&&!l){const e=[...u].filter(e=>"string"==typeof e||"number"==typeof e);e.length>0&&(i.required=e.map(String))}},Bt=(e,t,n,r)=>{const s=e._zod.def,i=Qe(s.innerType,t,r),o=t.seen.get(e);"openapi-3.0"===t.target?(o.ref=s.innerType,n.nullable=!0):n.anyOf=[i,{type:"null"}]},Ut=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);t.seen.get(e).ref=s.innerType},Kt=Symbol();function Ht(e,t,n,r,s){let i=!1;const o=JSON.stringify(e,(e,t)=>"bigint"!=typeof t?t:(i=!0,null));return i?(Ye(t,n,r,s,"BigInt defaults cannot be represented in JSON Schema"),Kt):JSON.parse(o)}const Zt=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);t.seen.get(e).ref=s.innerType;const i=Ht(s.defaultValue,e,t,n,r);i!==Kt&&(n.default=i)},Gt=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);if(t.seen.get(e).ref=s.innerType,"input"!==t.io)return;const i=Ht(s.defaultValue,e,t,n,r);i!==Kt&&(n._prefault=i)},Jt=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);let i;t.seen.get(e).ref=s.innerType;try{i=s.catchValue(void 0)}catch{return void Ye(e,t,n,r,"Dynamic catch values are not supported in JSON Schema")}n.default=i},Wt=(e,t,n,r)=>{const s=e._zod.def,i=s.in._zod.traits.has("$ZodTransform"),o="input"===t.io?i?s.out:s.in:s.out;Qe(o,t,r);t.seen.get(e).ref=o},Vt=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);t.seen.get(e).ref=s.innerType,n.readOnly=!0},Yt=(e,t,n,r)=>{const s=e._zod.def;Qe(s.innerType,t,r);t.seen.get(e).ref=s.innerType},Qt=(e,t,n,r)=>{const s=e._zod.innerType;Qe(s,t,r);t.seen.get(e).ref=s};const Xt=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(t){return e[t]??null}const n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},r={nan:"NaN"};function i(e,t){return"number"!==e||"number"!=typeof t||Number.isFinite(t)?r[e]??e:String(t)}return e=>{switch(e.code){case"invalid_type":return`Invalid input: expected ${i(e.expected)}, received ${i(s.GW(e.input),e.input)}`;case"invalid_value":return 1===e.values.length?`Invalid input: expected ${s.B7(e.values[0])}`:`Invalid option: expected one of ${s.jw(e.values,"|")}`;case"too_big":{const n=e.exact?"exactly ":e.inclusive?"<=":"<",r=t(e.origin);return r?`Too big: expected ${e.origin??"value"} to have ${n}${e.maximum.toString()} ${r.unit??"elements"}`:`Too big: expected ${e.origin??"value"} to be ${n}${e.maximum.toString()}`}case"too_small":{const n=e.exact?"exactly ":e.inclusive?">=":">",r=t(e.origin);return r?`Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`:`Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`}case"invalid_format":{const t=e;return"starts_with"===t.format?`Invalid string: must start with "${t.prefix}"`:"ends_with"===t.format?`Invalid string: must end with "${t.suffix}"`:"includes"===t.format?`Invalid string: must include "${t.includes}"`:"regex"===t.format?`Invalid string: must match pattern ${t.pattern}`:`Invalid ${n[t.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${s.jw(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){return`Invalid discriminator value. Expected ${e.options.map(e=>`'${e}'`).join(" | ")}`}return!1===e.inclusive?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return"Invalid input"}}};const en={get:function(){const e=this._zod;return e.message??(e.message=JSON.stringify(e.def,s.k8,2)),e.message},set:function(e){this._zod.message=e},enumerable:!0,configurable:!0},tn={value:void 0,enumerable:!1},nn=new WeakSet([Object.prototype,Error.prototype]),rn=(e,t)=>{e.name="$ZodError",tn.value=t,Object.defineProperty(e,"issues",tn),tn.value=void 0,Object.defineProperty(e,"message",en);const n=Object.getPrototypeOf(e);nn.has(n)||(nn.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){const e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},sn=(0,r.xI)("$ZodError",rn);(0,r.xI)("$ZodError",rn,void 0,{Parent:Error});function on(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||("__proto__"===t?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function an(e,t){return{callee:t?.callee??e,Err:t?.Err}}const cn=e=>{const t=(n,i,o,a)=>{const c=o?{...o,async:!1}:{async:!1},u=n._zod.run({value:i,issues:[]},c);if(u instanceof Promise)throw new r.GT;if(u.issues.length){const n=new(a?.Err??e)(u.issues.map(e=>s.iR(e,c,r.$W())));throw s.gx(n,a?.callee??t),n}return u.value};return t},un=e=>{const t=async(n,i,o,a)=>{const c=o?{...o,async:!0}:{async:!0};let u=n._zod.run({value:i,issues:[]},c);if(u instanceof Promise&&(u=await u),u.issues.length){const n=new(a?.Err??e)(u.issues.map(e=>s.iR(e,c,r.$W())));throw s.gx(n,a?.callee??t),n}return u.value};return t},ln=e=>(t,n,s)=>{const i=s?{...s,async:!1}:{async:!1},o=t._zod.run({value:n,issues:[]},i);if(o instanceof Promise)throw new r.GT;return o.issues.length?fn(e,o.issues,i):{success:!0,data:o.value}};function fn(e,t,n){let i;return{success:!1,get error(){return i||(i=new e(t.map(e=>s.iR(e,n,r.$W()))),t=void 0,n=void 0),i},set error(e){i=e,t=void 0,n=void 0}}}const pn=e=>async(t,n,r)=>{const s=r?{...r,async:!0}:{async:!0};let i=t._zod.run({value:n,issues:[]},s);return i instanceof Promise&&(i=await i),i.issues.length?fn(e,i.issues,s):{success:!0,data:i.value}},hn=Symbol.for("zod.compile.invalid"),dn=Symbol.for("zod.compile.fallback"),mn=(e,t,n)=>{const s=e._zod.bag.validator;if(void 0!==s){if(s(t)!==hn)return!0;if(!0===s.definite&&void 0===n)return!1}return function(e,t,n){const s=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun;let o;i?(s[dn]=!0,o=i({value:t,issues:[]},s)):o=e._zod.run({value:t,issues:[]},s);if(o instanceof Promise)throw new r.GT;return 0===o.issues.length}(e,t,n)};const gn=e=>{const t=cn(e),n=(e,r,s,i)=>{const o=s?{...s,direction:"backward"}:{direction:"backward"};return t(e,r,o,an(n,i))};return n},yn=e=>{const t=cn(e),n=(e,r,s,i)=>t(e,r,s,an(n,i));return n},vn=e=>{const t=un(e),n=async(e,r,s,i)=>{const o=s?{...s,direction:"backward"}:{direction:"backward"};return await t(e,r,o,an(n,i))};return n},bn=e=>{const t=un(e),n=async(e,r,s,i)=>await t(e,r,s,an(n,i));return n},_n=e=>(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return ln(e)(t,n,s)},wn=e=>(t,n,r)=>ln(e)(t,n,r),kn=e=>async(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return pn(e)(t,n,s)},xn=e=>async(t,n,r)=>pn(e)(t,n,r),Sn=new WeakSet([Object.prototype,Error.prototype]);function An(e,t,n){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){const e=n(this);return Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0})}})}const En=(e,t)=>{sn.init(e,t),e.name="ZodError";const n=Object.getPrototypeOf(e);Sn.has(n)||(Sn.add(n),An(n,"format",e=>t=>function(e,t=e=>e.message){const n={_errors:[]},r=(e,s=[])=>{for(const i of e.issues)if("invalid_union"===i.code&&i.errors.length)i.errors.map(e=>r({issues:e},[...s,...i.path]));else if("invalid_key"===i.code)r({issues:i.issues},[...s,...i.path]);else if("invalid_element"===i.code)r({issues:i.issues},[...s,...i.path]);else{const e=[...s,...i.path];if(0===e.length)n._errors.push(t(i));else{let r=n,s=0;for(;s<e.length;){const n=e[s],o=s===e.length-1;if("_errors"===n){o&&r._errors.push(t(i)),s++;continue}Object.prototype.hasOwnProperty.call(r,n)||Object.defineProperty(r,n,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});const a=r[n];o&&a._errors.push(t(i)),r=a,s++}}}};return r(e),n}(e,t)),An(n,"flatten",e=>t=>function(e,t=e=>e.message){const n={},r=[];for(const s of e.issues)s.path.length>0?on(n,s.path[0],()=>[]).push(t(s)):r.push(t(s));return{formErrors:r,fieldErrors:n}}(e,t)),An(n,"addIssue",e=>t=>{e.issues.push(t),e.message=JSON.stringify(e.issues,s.k8,2)}),An(n,"addIssues",e=>t=>{e.issues.push(...t),e.message=JSON.stringify(e.issues,s.k8,2)}),Object.defineProperty(n,"isEmpty",{configurable:!0,enumerable:!1,get(){return 0===this.issues.length}}))},On=r.xI("ZodError",En,void 0,{Parent:Error}),$n=cn(On),Nn=un(On),In=ln(On),Tn=pn(On),Cn=gn(On),Rn=yn(On),Pn=vn(On),Ln=bn(On),jn=_n(On),zn=wn(On),Dn=kn(On),Mn=xn(On);function qn(){r.cr.localeError||r.$W({localeError:Xt()})}function Fn(){r.cr.memoizer||r.$W({memoizer:d})}const Bn=r.xI("ZodType",(e,t)=>(qn(),b.init(e,t),e.def=t,e.type=t.type,e),{check(...e){const t=this.def;return this.clone(s.zM(t,{checks:[...t.checks??[],...e.map(e=>"function"==typeof e?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return s.o8(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(function(e,t={}){return Je.fU(cs,e,t)}(e,t))},superRefine(e,t){return this.check(function(e,t){return Je.MB(e,t)}(e,t))},overwrite(e){return this.check(Je.bS(e))},optional(){return Vr(this)},exactOptional(){return new Yr({type:"optional",innerType:this})},nullable(){return Xr(this)},nullish(){return Vr(Xr(this))},nonoptional(e){return function(e,t){return new ns({type:"nonoptional",innerType:e,...s.A2(t)})}(this,e)},array(){return Ir(this)},or(e){return jr([this,e])},and(e){return new Mr({type:"intersection",left:this,right:e})},transform(e){return is(this,Jr(e))},default(e){return t=e,new es({type:"default",innerType:this,get defaultValue(){return"function"==typeof t?t():s.yG(t)}});var t},prefault(e){return t=e,new ts({type:"prefault",innerType:this,get defaultValue(){return"function"==typeof t?t():s.yG(t)}});var t},catch(e){return new rs({type:"catch",innerType:this,catchValue:"function"==typeof(t=e)?t:s.SS(t)});var t},pipe(e){return is(this,e)},readonly(){return new os({type:"readonly",innerType:this})},describe(e){const t=this.clone();return Ge.fd.add(t,{description:e}),t},meta(...e){if(0===e.length)return Ge.fd.get(this);const t=this.clone();return Ge.fd.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return 0===t.length?e(this):e(this,...t)},get"~standard"(){return s.jD(this,"~standard",{...w(this),jsonSchema:{input:ut(this,"input"),output:ut(this,"output")}})},set"~standard"(e){s.qh(this,"~standard",e)},parse:function e(t,n){return $n(this,t,n,{callee:e})},parseAsync:async function e(t,n){return await Nn(this,t,n,{callee:e})},safeParse(e,t){return In(this,e,t)},async safeParseAsync(e,t){return Tn(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){s.qh(this,"spa",e)},validate(e,t){return mn(this,e,t)},validateAsync(e,t){return(async(e,t,n)=>{const r=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0};let s=e._zod.run({value:t,issues:[]},r);return s instanceof Promise&&(s=await s),0===s.issues.length})(this,e,t)},encode:function e(t,n){return Cn(this,t,n,{callee:e})},decode:function e(t,n){return Rn(this,t,n,{callee:e})},encodeAsync:async function e(t,n){return await Pn(this,t,n,{callee:e})},decodeAsync:async function e(t,n){return await Ln(this,t,n,{callee:e})},safeEncode(e,t){return jn(this,e,t)},safeDecode(e,t){return zn(this,e,t)},async safeEncodeAsync(e,t){return Dn(this,e,t)},async safeDecodeAsync(e,t){return Mn(this,e,t)},toJSONSchema(e){return((e,t={})=>n=>{const r=Ve({...n,processors:t});return Qe(e,r),et(r,e),at(r,e)})(this,{})(e)},get description(){return Ge.fd.get(this)?.description},get _def(){return this._zod.def}}),Un=r.xI("_ZodString",(e,t)=>{k.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>At(e,t,n)},s.un({format:e=>wt(e).format??null,minLength:e=>wt(e).minimum??null,maxLength:e=>wt(e).maximum??null},{regex(...e){return this.check(Je.Fk(...e))},includes(...e){return this.check(Je.dR(...e))},startsWith(...e){return this.check(Je.$S(...e))},endsWith(...e){return this.check(Je.ER(...e))},min(...e){return this.check(Je.m9(...e))},max(...e){return this.check(Je.Eb(...e))},length(...e){return this.check(Je.YA(...e))},nonempty(...e){return this.check(Je.m9(1,...e))},lowercase(e){return this.check(Je.hH(e))},uppercase(e){return this.check(Je.qF(e))},trim(){return this.check(Je.WN())},normalize(...e){return this.check(Je.lo(...e))},toLowerCase(){return this.check(Je.Il())},toUpperCase(){return this.check(Je.xY())},slugify(){return this.check(Je.TL())}})),Kn=r.xI("ZodString",(e,t)=>{k.init(e,t),Un.init(e,t)},{email(e){return this.check(Je.Mu(Yn,e))},url(e){return this.check(Je.Fn(er,e))},jwt(e){return this.check(Je.rk(gr,e))},emoji(e){return this.check(Je.aC(nr,e))},guid(e){return this.check(Je.tB(Qn,e))},uuid(e){return this.check(Je.Be(Xn,e))},uuidv4(e){return this.check(Je.nA(Xn,e))},uuidv6(e){return this.check(Je.pY(Xn,e))},uuidv7(e){return this.check(Je.wA(Xn,e))},nanoid(e){return this.check(Je.Dl(rr,e))},cuid(e){return this.check(Je.fs(sr,e))},cuid2(e){return this.check(Je.Bj(ir,e))},ulid(e){return this.check(Je.Ct(or,e))},base64(e){return this.check(Je.rt(hr,e))},base64url(e){return this.check(Je.cU(dr,e))},xid(e){return this.check(Je.Pw(ar,e))},ksuid(e){return this.check(Je._z(cr,e))},ipv4(e){return this.check(Je.Ny(ur,e))},ipv6(e){return this.check(Je.$O(lr,e))},cidrv4(e){return this.check(Je.Uy(fr,e))},cidrv6(e){return this.check(Je.gP(pr,e))},e164(e){return this.check(Je.KB(mr,e))},datetime(e){return this.check(Je.G1(Gn,e))},date(e){return this.check(Je.db(Jn,e))},time(e){return this.check(Je.Kn(Wn,e))},duration(e){return this.check(Je.f2(Vn,e))}});function Hn(e){return Je.Rl(Kn,e)}const Zn=r.xI("ZodStringFormat",(e,t)=>{x.init(e,t),Un.init(e,t)}),Gn=r.xI("ZodISODateTime",(e,t)=>{M.init(e,t),Zn.init(e,t)}),Jn=r.xI("ZodISODate",(e,t)=>{q.init(e,t),Zn.init(e,t)}),Wn=r.xI("ZodISOTime",(e,t)=>{F.init(e,t),Zn.init(e,t)}),Vn=r.xI("ZodISODuration",(e,t)=>{B.init(e,t),Zn.init(e,t)}),Yn=r.xI("ZodEmail",(e,t)=>{E.init(e,t),Zn.init(e,t)});const Qn=r.xI("ZodGUID",(e,t)=>{S.init(e,t),Zn.init(e,t)});const Xn=r.xI("ZodUUID",(e,t)=>{A.init(e,t),Zn.init(e,t)});const er=r.xI("ZodURL",(e,t)=>{T.init(e,t),Zn.init(e,t)});function tr(e){return Je.Fn(er,e)}const nr=r.xI("ZodEmoji",(e,t)=>{C.init(e,t),Zn.init(e,t)});const rr=r.xI("ZodNanoID",(e,t)=>{R.init(e,t),Zn.init(e,t)});const sr=r.xI("ZodCUID",(e,t)=>{P.init(e,t),Zn.init(e,t)});const ir=r.xI("ZodCUID2",(e,t)=>{L.init(e,t),Zn.init(e,t)});const or=r.xI("ZodULID",(e,t)=>{j.init(e,t),Zn.init(e,t)});const ar=r.xI("ZodXID",(e,t)=>{z.init(e,t),Zn.init(e,t)});const cr=r.xI("ZodKSUID",(e,t)=>{D.init(e,t),Zn.init(e,t)});const ur=r.xI("ZodIPv4",(e,t)=>{U.init(e,t),Zn.init(e,t)});const lr=r.xI("ZodIPv6",(e,t)=>{Z.init(e,t),Zn.init(e,t)});const fr=r.xI("ZodCIDRv4",(e,t)=>{G.init(e,t),Zn.init(e,t)});const pr=r.xI("ZodCIDRv6",(e,t)=>{J.init(e,t),Zn.init(e,t)});const hr=r.xI("ZodBase64",(e,t)=>{Y.init(e,t),Zn.init(e,t)});const dr=r.xI("ZodBase64URL",(e,t)=>{X.init(e,t),Zn.init(e,t)});const mr=r.xI("ZodE164",(e,t)=>{ee.init(e,t),Zn.init(e,t)});const gr=r.xI("ZodJWT",(e,t)=>{te.init(e,t),Zn.init(e,t)});const yr=r.xI("ZodNumber",(e,t)=>{ne.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Et(e,t,n,r),e.isFinite=!0},s.un({minValue:e=>{const{minimum:t,exclusiveMinimum:n}=wt(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:n}=wt(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:n}=wt(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>wt(e).format??null},{gt(e,t){return this.check(Je.Tx(e,t))},gte(e,t){return this.check(Je.qm(e,t))},min(e,t){return this.check(Je.qm(e,t))},lt(e,t){return this.check(Je.Au(e,t))},lte(e,t){return this.check(Je.Zm(e,t))},max(e,t){return this.check(Je.Zm(e,t))},int(e){return this.check(_r(e))},safe(e){return this.check(_r(e))},positive(e){return this.check(Je.Tx(0,e))},nonnegative(e){return this.check(Je.qm(0,e))},negative(e){return this.check(Je.Au(0,e))},nonpositive(e){return this.check(Je.Zm(0,e))},multipleOf(e,t){return this.check(Je.Hi(e,t))},step(e,t){return this.check(Je.Hi(e,t))},finite(){return this}}));function vr(e){return Je.F7(yr,e)}const br=r.xI("ZodNumberFormat",(e,t)=>{re.init(e,t),yr.init(e,t)});function _r(e){return Je.LK(br,e)}const wr=r.xI("ZodBoolean",(e,t)=>{se.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(e,t,n)=>Ot(0,0,t)});function kr(e){return Je._L(wr,e)}const xr=r.xI("ZodNull",(e,t)=>{ie.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(e,t,n)=>$t(0,e,t)});function Sr(e){return Je.jw(xr,e)}const Ar=r.xI("ZodUnknown",(e,t)=>{oe.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(e,t,n)=>{}});function Er(){return Je.em(Ar)}const Or=r.xI("ZodNever",(e,t)=>{ae.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(e,t,n)=>Nt(0,0,t)});function $r(e){return Je.G8(Or,e)}const Nr=r.xI("ZodArray",(e,t)=>{Fn(),fe.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Pt(e,t,n,r),e.element=t.element},{min(e,t){return this.check(Je.m9(e,t))},nonempty(e){return this.check(Je.m9(1,e))},max(e,t){return this.check(Je.Eb(e,t))},length(e,t){return this.check(Je.YA(e,t))},unwrap(){return this.element}});function Ir(e,t){return Je.dZ(Nr,e,t)}const Tr=r.xI("ZodObject",(e,t)=>{Fn(),ye.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>jt(e,t,n,r),s.X(e,"shape",e=>e._zod.def.shape,!1)},{keyof(){return Kr(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(s.zM(this._zod.def,{catchall:e}))},passthrough(){return this.clone(s.zM(this._zod.def,{catchall:Er()}))},loose(){return this.clone(s.zM(this._zod.def,{catchall:Er()}))},strict(){return this.clone(s.zM(this._zod.def,{catchall:$r()}))},strip(){return this.clone(s.zM(this._zod.def,{catchall:void 0}))},extend(e){return s.X$(this,e)},safeExtend(e){return s.W0(this,e)},merge(e){return s.h1(this,e)},pick(e){return s.Up(this,e)},omit(e){return s.cJ(this,e)},partial(...e){return s.OH(Wr,this,e[0])},exactPartial(...e){return s.OH(Yr,this,e[0],"exactPartial")},required(...e){return s.mw(ns,this,e[0])}});function Cr(e,t){const n={type:"object",shape:e??{},...s.A2(t)};return new Tr(n)}function Rr(e,t){return new Tr({type:"object",shape:e,catchall:$r(),...s.A2(t)})}function Pr(e,t){return new Tr({type:"object",shape:e,catchall:Er(),...s.A2(t)})}const Lr=r.xI("ZodUnion",(e,t)=>{be.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>zt(e,t,n,r),e.options=t.options});function jr(e,t){return new Lr({type:"union",options:e,...s.A2(t)})}const zr=r.xI("ZodDiscriminatedUnion",(e,t)=>{Lr.init(e,t),we.init(e,t)});function Dr(e,t,n){return new zr({type:"union",options:t,discriminator:e,...s.A2(n)})}const Mr=r.xI("ZodIntersection",(e,t)=>{ke.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Dt(e,t,n,r)});const qr=r.xI("ZodRecord",(e,t)=>{Fn(),Ae.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Ft(e,t,n,r),e.keyType=t.keyType,e.valueType=t.valueType});function Fr(e,t,n){return t&&t._zod?new qr({type:"record",keyType:e,valueType:t,...s.A2(n)}):new qr({type:"record",keyType:Hn(),valueType:e,...s.A2(t)})}function Br(e,t,n){return new qr({type:"record",keyType:e,valueType:t,...s.A2(n),partial:!0})}const Ur=r.xI("ZodEnum",(e,t)=>{Ee.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>It(e,0,n),e.enum=t.entries,e.options=[...e._zod.values];const n=new Set(Object.keys(t.entries));e.extract=(e,r)=>{const i={};for(const r of e){if(!n.has(r))throw new Error(`Key ${r} not found in enum`);i[r]=t.entries[r]}return new Ur({...t,checks:[],...s.A2(r),entries:i})},e.exclude=(e,r)=>{const i={...t.entries};for(const t of e){if(!n.has(t))throw new Error(`Key ${t} not found in enum`);delete i[t]}return new Ur({...t,checks:[],...s.A2(r),entries:i})}});function Kr(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new Ur({type:"enum",entries:n,...s.A2(t)})}const Hr=r.xI("ZodLiteral",(e,t)=>{Oe.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Tt(e,t,n,r),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Zr(e,t){return new Hr({type:"literal",values:Array.isArray(e)?e:[e],...s.A2(t)})}const Gr=r.xI("ZodTransform",(e,t)=>{Fn(),$e.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Rt(e,t,n,r),e._zod.parse=(n,i)=>{if("backward"===i.direction)throw new r.cV(e.constructor.name);n.addIssue=r=>{if("string"==typeof r)n.issues.push(s.sn(r,n.value,t));else{const t=r;t.fatal&&(t.continue=!1),t.code??(t.code="custom"),"input"in t||(t.input=n.value),t.inst??(t.inst=e),n.issues.push(s.sn(t))}};const o=t.transform(n.value,n);return o instanceof Promise?o.then(e=>(n.value=e,n)):(n.value=o,n)}});function Jr(e){return new Gr({type:"transform",transform:e})}const Wr=r.xI("ZodOptional",(e,t)=>{Ie.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Yt(e,t,0,r),e.unwrap=()=>e._zod.def.innerType});function Vr(e){return new Wr({type:"optional",innerType:e})}const Yr=r.xI("ZodExactOptional",(e,t)=>{Te.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Yt(e,t,0,r),e.unwrap=()=>e._zod.def.innerType});const Qr=r.xI("ZodNullable",(e,t)=>{Ce.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Bt(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});function Xr(e){return new Qr({type:"nullable",innerType:e})}const es=r.xI("ZodDefault",(e,t)=>{Re.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Zt(e,t,n,r),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});const ts=r.xI("ZodPrefault",(e,t)=>{Le.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Gt(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const ns=r.xI("ZodNonOptional",(e,t)=>{je.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Ut(e,t,0,r),e.unwrap=()=>e._zod.def.innerType});const rs=r.xI("ZodCatch",(e,t)=>{Me.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Jt(e,t,n,r),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});const ss=r.xI("ZodPipe",(e,t)=>{qe.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Wt(e,t,0,r),e.in=t.in,e.out=t.out});function is(e,t){return new ss({type:"pipe",in:e,out:t})}const os=r.xI("ZodReadonly",(e,t)=>{Be.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Vt(e,t,n,r),e.unwrap=()=>e._zod.def.innerType});const as=r.xI("ZodLazy",(e,t)=>{Ke.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Qt(e,t,0,r),e.unwrap=()=>e._zod.def.getter()});const cs=r.xI("ZodCustom",(e,t)=>{He.init(e,t),Bn.init(e,t),e._zod.processJSONSchema=(t,n,r)=>Ct(e,t,n,r)});Je.q0,Je.mI;function us(e){const t=new as({type:"lazy",getter:()=>jr([Hn(e),vr(),kr(),Sr(),Ir(t),Fr(Hn(),t)])});return t}},3759:(e,t,n)=>{n.d(t,{$O:()=>x,$S:()=>Q,Au:()=>q,Be:()=>l,Bj:()=>v,Ct:()=>b,Dl:()=>g,ER:()=>X,Eb:()=>H,F7:()=>P,Fk:()=>J,Fn:()=>d,G1:()=>I,G8:()=>M,Hi:()=>K,Il:()=>se,KB:()=>$,Kn:()=>C,LK:()=>L,MB:()=>ue,Mu:()=>c,Ny:()=>k,Pw:()=>_,Rl:()=>a,T2:()=>ee,TL:()=>oe,Tx:()=>B,Uy:()=>S,WN:()=>re,YA:()=>G,Zm:()=>F,_L:()=>j,_z:()=>w,aC:()=>m,bS:()=>te,cU:()=>O,dR:()=>Y,dZ:()=>ae,db:()=>T,em:()=>D,f2:()=>R,fU:()=>ce,fs:()=>y,gP:()=>A,hH:()=>W,jw:()=>z,lo:()=>ne,m9:()=>Z,mI:()=>fe,nA:()=>f,pY:()=>p,q0:()=>le,qF:()=>V,qm:()=>U,rk:()=>N,rt:()=>E,tB:()=>u,wA:()=>h,xY:()=>ie});var r=n(4890),s=n(9396),i=n(4723);function o(e){return e.checks&&(e.checks=[...e.checks]),e}function a(e,t){return new e(o({type:"string",...i.A2(t)}))}function c(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...i.A2(t)})}function u(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...i.A2(t)})}function l(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...i.A2(t)})}function f(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...i.A2(t)})}function p(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...i.A2(t)})}function h(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...i.A2(t)})}function d(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...i.A2(t)})}function m(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...i.A2(t)})}function g(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...i.A2(t)})}function y(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...i.A2(t)})}function v(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...i.A2(t)})}function b(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...i.A2(t)})}function _(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...i.A2(t)})}function w(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...i.A2(t)})}function k(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...i.A2(t)})}function x(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...i.A2(t)})}function S(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...i.A2(t)})}function A(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...i.A2(t)})}function E(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...i.A2(t)})}function O(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...i.A2(t)})}function $(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...i.A2(t)})}function N(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...i.A2(t)})}function I(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...i.A2(t)})}function T(e,t){return new e({type:"string",format:"date",check:"string_format",...i.A2(t)})}function C(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...i.A2(t)})}function R(e,t){return new e({type:"string",format:"duration",check:"string_format",...i.A2(t)})}function P(e,t){return new e(o({type:"number",checks:[],...i.A2(t)}))}function L(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...i.A2(t)})}function j(e,t){return new e({type:"boolean",...i.A2(t)})}function z(e,t){return new e({type:"null",...i.A2(t)})}function D(e){return new e({type:"unknown"})}function M(e,t){return new e({type:"never",...i.A2(t)})}function q(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:!1})}function F(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:!0})}function B(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:!1})}function U(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:!0})}function K(e,t){return new r.Jk({check:"multiple_of",...i.A2(t),value:e})}function H(e,t){return new r.Yk({check:"max_length",...i.A2(t),maximum:e})}function Z(e,t){return new r.Kk({check:"min_length",...i.A2(t),minimum:e})}function G(e,t){return new r.RM({check:"length_equals",...i.A2(t),length:e})}function J(e,t){return new r.DG({check:"string_format",format:"regex",...i.A2(t),pattern:e})}function W(e){return new r.NI({check:"string_format",format:"lowercase",...i.A2(e)})}function V(e){return new r.kH({check:"string_format",format:"uppercase",...i.A2(e)})}function Y(e,t){return new r.Tt({check:"string_format",format:"includes",...i.A2(t),includes:e})}function Q(e,t){return new r.J({check:"string_format",format:"starts_with",...i.A2(t),prefix:e})}function X(e,t){return new r.E6({check:"string_format",format:"ends_with",...i.A2(t),suffix:e})}function ee(e,t){return new r.nJ({check:"properties",shape:e,...i.A2(t)})}function te(e){return new r.v$({check:"overwrite",tx:e})}function ne(e){return te(t=>t.normalize(e))}function re(){return te(e=>e.trim())}function se(){return te(e=>e.toLowerCase())}function ie(){return te(e=>e.toUpperCase())}function oe(){return te(e=>i.Yv(e))}function ae(e,t,n){return new e({type:"array",element:t,...i.A2(n)})}function ce(e,t,n){return new e({type:"custom",check:"custom",fn:t,...i.A2(n)})}function ue(e,t){const n=function(e,t){const n=new r.QP({check:"custom",...i.A2(t)});return n._zod.check=e,n}(t=>(t.addIssue=e=>{if("string"==typeof e)t.issues.push(i.sn(e,t.value,n._zod.def));else{const r=e;r.fatal&&(r.continue=!1),r.code??(r.code="custom"),"input"in r||(r.input=t.value),r.inst??(r.inst=n),r.continue??(r.continue=!n._zod.def.abort),t.issues.push(i.sn(r))}},e(t.value,t)),t);return n}function le(e){const t=new r.QP({check:"describe"});return t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,description:e})}],t._zod.check=()=>{},t}function fe(e){const t=new r.QP({check:"meta"});return t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,...e})}],t._zod.check=()=>{},t}},4890:(e,t,n)=>{n.d(t,{DG:()=>y,E6:()=>k,J:()=>w,J_:()=>l,Jk:()=>f,KH:()=>p,Kk:()=>d,NI:()=>v,QP:()=>o,RM:()=>m,Tt:()=>_,Yk:()=>h,kH:()=>b,nJ:()=>S,ql:()=>g,sm:()=>u,v$:()=>A});var r=n(8532),s=n(3908),i=n(4723);const o=r.xI("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),a=e=>{const t=e.value;return!i.cl(t)&&void 0!==t.length},c={number:"number",bigint:"bigint",object:"date"},u=r.xI("$ZodCheckLessThan",(e,t)=>{o.init(e,t);const n=c[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:c[typeof r.value]??n,code:"too_big",maximum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),l=r.xI("$ZodCheckGreaterThan",(e,t)=>{o.init(e,t);const n=c[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:c[typeof r.value]??n,code:"too_small",minimum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),f=r.xI("$ZodCheckMultipleOf",(e,t)=>{o.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");("bigint"==typeof n.value?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):0===i.LG(n.value,t.value))||n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),p=r.xI("$ZodCheckNumberFormat",(e,t)=>{o.init(e,t),t.format=t.format||"float64";const n=t.format?.includes("int"),r=n?"int":"number",[s,a]=i.zH[t.format];e._zod.check=i=>{const o=i.value;if(n){if(!Number.isInteger(o))return void i.issues.push({expected:r,format:t.format,code:"invalid_type",continue:!1,input:o,inst:e});if(!Number.isSafeInteger(o))return void(o>0?i.issues.push({input:o,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}):i.issues.push({input:o,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}))}o<s&&i.issues.push({origin:"number",input:o,code:"too_small",minimum:s,inclusive:!0,inst:e,continue:!t.abort}),o>a&&i.issues.push({origin:"number",input:o,code:"too_big",maximum:a,inclusive:!0,inst:e,continue:!t.abort})}}),h=r.xI("$ZodCheckMaxLength",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length;if(("string"==typeof r&&s>t.maximum?i.O7(r):s)<=t.maximum)return;const o=i.Rc(r);n.issues.push({origin:o,code:"too_big",maximum:t.maximum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),d=r.xI("$ZodCheckMinLength",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length;if(("string"==typeof r&&s>=t.minimum&&s<2*t.minimum?i.O7(r):s)>=t.minimum)return;const o=i.Rc(r);n.issues.push({origin:o,code:"too_small",minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),m=r.xI("$ZodCheckLengthEquals",(e,t)=>{var n;o.init(e,t),(n=e._zod.def).when??(n.when=a),e._zod.check=n=>{const r=n.value,s=r.length,o="string"==typeof r&&s>=t.length&&s<=2*t.length?i.O7(r):s;if(o===t.length)return;const a=i.Rc(r),c=o>t.length;n.issues.push({origin:a,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),g=r.xI("$ZodCheckStringFormat",(e,t)=>{var n,r;o.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),y=r.xI("$ZodCheckRegex",(e,t)=>{g.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),v=r.xI("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=s.AC),g.init(e,t)}),b=r.xI("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=s.Zv),g.init(e,t)}),_=r.xI("$ZodCheckIncludes",(e,t)=>{o.init(e,t);const n=i.sD(t.includes),r=new RegExp("number"==typeof t.position?`^.{${t.position},}${n}`:n);t.pattern=r,e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),w=r.xI("$ZodCheckStartsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`^${i.sD(t.prefix)}.*`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),k=r.xI("$ZodCheckEndsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`.*${i.sD(t.suffix)}$`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function x(e,t,n){e.issues.length&&t.issues.push(...i.lQ(n,e.issues))}const S=r.xI("$ZodCheckProperties",(e,t)=>{let n;o.init(e,t),i.jD(e,Symbol.iterator,function*(){yield e}),e._zod.check=r=>{if(null==r.value)return void r.issues.push({expected:"object",code:"invalid_type",input:r.value,inst:e});n??(n=Reflect.ownKeys(t.shape).map(e=>[e,t.shape[e]]));const s=r.value;let i;for(const[e,t]of n){const n=t._zod.run({value:s[e],issues:[]},{});n instanceof Promise?(i??(i=[]),i.push(n.then(t=>x(t,r,e)))):x(n,r,e)}return i?Promise.all(i).then(()=>{}):void 0}}),A=r.xI("$ZodCheckOverwrite",(e,t)=>{o.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}})},8532:(e,t,n)=>{n.d(t,{$W:()=>f,GT:()=>c,cV:()=>u,cr:()=>l,xI:()=>a});var r,s=n(4723);const i={value:void 0,enumerable:!1};let o="captureStackTrace"in Error?Error:null;function a(e,t,n,r){function a(e){this.def=e,this.constr=h,this.traits=new Set}a.prototype={};const c=n,u=c&&new WeakSet;function l(n,r){if(n._zod){if(n._zod.traits.has(e))return}else{i.value=new a(r);try{Object.defineProperty(n,"_zod",i)}finally{i.value=void 0}}if(n._zod.traits.add(e),t(n,r),u){const e=Object.getPrototypeOf(n),t=n._zod.constr.prototype;let r=e;for(;r&&r!==t;)r=Object.getPrototypeOf(r);const i=r??e;u.has(i)||(u.add(i),(0,s.ol)(i,c))}const o=h.prototype;for(const e in o)Object.prototype.hasOwnProperty.call(o,e)&&(e in n||(n[e]=o[e].bind(n)))}const f=r?.Parent??Object;class p extends f{}function h(e){const t=r?.Parent?function(e){const t=o;if(t){const n=t.stackTraceLimit;if("number"==typeof n){try{t.stackTraceLimit=0}catch{return o=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}(p):this;l(t,e);const n=t._zod.deferred;if(n){for(const e of n)e();t._zod.deferred=void 0}const s=globalThis.__zod_globalConfig?.postProcessor;return s&&s(t),t}return Object.defineProperty(p,"name",{value:e}),Object.defineProperty(h,"init",{value:l}),Object.defineProperty(h,Symbol.hasInstance,{value:t=>!!(r?.Parent&&t instanceof r.Parent)||t?._zod?.traits?.has(e)}),Object.defineProperty(h,"name",{value:e}),h}class c extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}}class u extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`),this.name="ZodEncodeError"}}(r=globalThis).__zod_globalConfig??(r.__zod_globalConfig={});const l=globalThis.__zod_globalConfig;function f(e){return e&&Object.assign(l,e),l}},3908:(e,t,n)=>{n.d(t,{AC:()=>j,Ak:()=>c,D2:()=>u,F:()=>k,Gl:()=>s,K3:()=>_,Os:()=>f,Rp:()=>h,Z0:()=>i,Zg:()=>m,Zv:()=>z,ai:()=>R,ch:()=>L,fO:()=>a,gF:()=>r,gp:()=>I,hQ:()=>x,kB:()=>$,kM:()=>o,l7:()=>b,nd:()=>C,o:()=>T,p0:()=>l,p6:()=>E,r0:()=>w,uR:()=>p,uX:()=>g,ug:()=>y,w$:()=>N,zM:()=>P,zr:()=>v});const r=/^[cC][0-9a-z]{6,}$/,s=/^[0-9a-z]+$/,i=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,o=/^[0-9a-vA-V]{20}$/,a=/^[A-Za-z0-9]{27}$/,c=/^[a-zA-Z0-9_-]{21}$/;function u(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}const l=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,f=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,p=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,h=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,d="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function m(){return new RegExp(d,"u")}const g=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,y=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,v=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,b=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,_=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,w=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,k=/^https?$/,x=/^\+[1-9]\d{6,14}$/,S="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function A(e){return new RegExp(`^${e}$`)}const E=A(S);function O(e){const t="(?:[01]\\d|2[0-3]):[0-5]\\d";return"number"==typeof e.precision?-1===e.precision?`${t}`:0===e.precision?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function $(e){return new RegExp(`^${O(e)}$`)}function N(e){const t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");const n=`${O({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,r=e.local?`${n}|${O({precision:e.precision})}`:n;return new RegExp(`^${S}T(?:${r})$`)}const I=/^[\s\S]{0,}$/,T=/^-?\d+n?$/,C=/^-?\d+$/,R=/^-?\d+(?:\.\d+)?$/,P=/^(?:true|false)$/i,L=/^null$/i,j=/^[^A-Z]*$/,z=/^[^a-z]*$/},9396:(e,t,n)=>{var r;n.d(t,{fd:()=>i});class s{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){const n=t[0];return this._map.set(e,n),n&&"object"==typeof n&&"id"in n&&this._idmap.set(n.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){const t=this._map.get(e);return t&&"object"==typeof t&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const r={...n,...this._map.get(e)};return Object.keys(r).length?r:void 0}return this._map.get(e)}has(e){return this._map.has(e)}}(r=globalThis).__zod_globalRegistry??(r.__zod_globalRegistry=new s);const i=globalThis.__zod_globalRegistry},4723:(e,t,n)=>{n.d(t,{A2:()=>T,B7:()=>C,GW:()=>te,Gv:()=>S,LG:()=>f,MO:()=>m,NM:()=>R,NR:()=>L,O7:()=>X,OH:()=>U,PO:()=>c,QH:()=>H,Qd:()=>E,Rc:()=>ee,SS:()=>de,UQ:()=>w,Up:()=>j,Vy:()=>d,W0:()=>F,X:()=>pe,X$:()=>M,Yv:()=>k,cJ:()=>D,cl:()=>u,d3:()=>V,gJ:()=>h,gx:()=>x,h1:()=>B,hI:()=>A,hi:()=>W,iR:()=>Y,jD:()=>ie,jw:()=>i,k8:()=>o,lQ:()=>G,mw:()=>K,o8:()=>I,ol:()=>re,p6:()=>l,qQ:()=>$,qh:()=>se,rL:()=>Z,sD:()=>N,sn:()=>ne,un:()=>oe,v5:()=>fe,w5:()=>s,yG:()=>O,zH:()=>P,zM:()=>_});var r=n(8532);function s(e){const t=Object.values(e).filter(e=>"number"==typeof e);return Object.entries(e).filter(([e,n])=>-1===t.indexOf(+e)).map(([e,t])=>t)}function i(e,t="|"){return e.map(e=>C(e)).join(t)}function o(e,t){return"bigint"==typeof t?t.toString():t}class a{constructor(e){this._getter=e,this._value=void 0}get value(){const e=this._getter;return void 0!==e&&(this._value=e(),this._getter=void 0),this._value}}function c(e){return new a(e)}function u(e){return null==e}function l(e){const t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function f(e,t){const n=e/t,r=Math.round(n),s=4*Number.EPSILON*Math.max(Math.abs(n),1);return Math.abs(n-r)<s?0:n-r}const p=Symbol("evaluating");function h(e,t,n){let r;Object.defineProperty(e,t,{get(){if(r!==p)return void 0===r&&(r=p,r=n()),r},set(n){Object.defineProperty(e,t,{value:n})},configurable:!0})}function d(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function m(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function g(e){return m(e._zod.def)??e._zod.def.shape}function y(e,t,n){Object.defineProperty(e,t,{get(){const e=n();return d(this,t,e),e},enumerable:!0,configurable:!0})}function v(e,t,n){t in e?d(e,t,n):e[t]=n}function b(e,t,n,r){const s=g(t);for(const i of n){const n=Object.getOwnPropertyDescriptor(s,i);n.enumerable&&(n.get?y(e,i,()=>{const e=t._zod.def.shape[i];return r?r(e,i):e}):v(e,i,r?r(n.value,i):n.value))}}function _(...e){const t={};for(const n of e){const e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function w(e){return JSON.stringify(e)}function k(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}const x="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function S(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const A=c(()=>{if(r.cr.jitless)return!1;if("undefined"!=typeof navigator&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{return new Function(""),!0}catch(e){return!1}});function E(e){if(!1===S(e))return!1;const t=e.constructor;if(void 0===t)return!0;if("function"!=typeof t)return!0;const n=t.prototype;return!1!==S(n)&&!1!==Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")}function O(e){return E(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}const $=new Set(["string","number","symbol"]);function N(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function I(e,t,n){const r=new e._zod.constr(t??e._zod.def);return t&&!n?.parent||(r._zod.parent=e),r}function T(e){const t=e;if(!t)return{};if("string"==typeof t)return{error:()=>t};if(void 0!==t?.message){if(void 0!==t?.error)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,"string"==typeof t.error?{...t,error:()=>t.error}:t}function C(e){return"bigint"==typeof e?e.toString()+"n":"string"==typeof e?`"${e}"`:`${e}`}function R(e){return Object.keys(e).filter(t=>void 0!==e[t]._zod.optin&&"optional"===e[t]._zod.optout)}const P=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))(),L={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function j(e,t){const n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");const s={};return b(s,e,z(e,t)),I(e,_(n,{shape:s,checks:[]}))}function z(e,t){const n=g(e),r=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable)throw new Error(`Unrecognized key: "${String(e)}"`);t[e]&&r.push(e)}return r}function D(e,t){const n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");const s=new Set(z(e,t)),i={};return b(i,e,Reflect.ownKeys(g(e)).filter(e=>!s.has(e))),I(e,_(n,{shape:i,checks:[]}))}function M(e,t){if(!E(t))throw new Error("Invalid input to extend: expected a plain object");const n=e._zod.def.checks;if(n&&n.length>0){const n=g(e);for(const e of Reflect.ownKeys(t))if(void 0!==Object.getOwnPropertyDescriptor(n,e))throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return I(e,_(e._zod.def,{shape:q(e,t)}))}function q(e,t){const n={};return b(n,e,Reflect.ownKeys(g(e))),function(e,t){for(const n of Reflect.ownKeys(t)){const r=Object.getOwnPropertyDescriptor(t,n);r.enumerable&&(r.get?y(e,n,()=>t[n]):v(e,n,r.value))}}(n,t),n}function F(e,t){if(!E(t))throw new Error("Invalid input to safeExtend: expected a plain object");return I(e,_(e._zod.def,{shape:q(e,t)}))}function B(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");const n={};b(n,e,Reflect.ownKeys(g(e))),b(n,t,Reflect.ownKeys(g(t)));return I(e,_(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]}))}function U(e,t,n,r="partial"){const s=t._zod.def.checks;if(s&&s.length>0)throw new Error(`.${r}() cannot be used on object schemas containing refinements`);const i=n?new Set(z(t,n)):void 0,o={};return b(o,t,Reflect.ownKeys(g(t)),e&&((t,n)=>i&&!i.has(n)?t:new e({type:"optional",innerType:t}))),I(t,_(t._zod.def,{shape:o,checks:[]}))}function K(e,t,n){const r=n?new Set(z(t,n)):void 0,s={};return b(s,t,Reflect.ownKeys(g(t)),(t,n)=>r&&!r.has(n)?t:new e({type:"nonoptional",innerType:t})),I(t,_(t._zod.def,{shape:s}))}function H(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!0!==e.issues[n]?.continue)return!0;return!1}function Z(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!1===e.issues[n]?.continue)return!0;return!1}function G(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function J(e){return"string"==typeof e?e:e?.message}function W(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const r=e.maximum??e.length??e.size;r>=0&&t.push([r,n])}return t}function V(e,t,n){var r;for(let s=t;s<e.length;s++)(r=e[s]).schema??(r.schema=n)}function Y(e,t,n){var r;const s=e.inst?._zod?.traits;s?.has("$ZodType")&&(s.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);const i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,o=e.message?e.message:J(e.inst?._zod.def?.error?.(e))??J(i?.(e))??J(t?.error?.(e))??J(n.customError?.(e))??J(n.localeError?.(e))??"Invalid input",a={};for(const t of Object.keys(e))"inst"!==t&&"schema"!==t&&"continue"!==t&&"input"!==t&&"__proto__"!==t&&(a[t]=e[t]);return a.path??(a.path=[]),a.message=o,t?.reportInput&&(a.input=e.input),a}const Q=/[\uD800-\uDBFF]/;function X(e){const t=e.length;if(!Q.test(e))return t;let n=t;for(let r=0;r<t-1;r++)55296==(64512&e.charCodeAt(r))&&56320==(64512&e.charCodeAt(r+1))&&(n--,r++);return n}function ee(e){return Array.isArray(e)?"array":"string"==typeof e?"string":"unknown"}function te(e){const t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(null===e)return"null";if(Array.isArray(e))return"array";const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor)return t.constructor.name}}return t}function ne(...e){const[t,n,r]=e;return"string"==typeof t?{message:t,code:"custom",input:n,inst:r}:{...t}}function re(e,t){for(const n in t){const r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):ae(e,n,r.value)}}function se(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function ie(e,t,n){return se(e,t,n,!1)}function oe(e,t){for(const n in e){const r=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return se(this,n,r(this))},set(e){se(this,n,e)}})}return t}function ae(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return null==this?n:se(this,t,n.bind(this))},set(e){se(this,t,e)}})}let ce,ue=!1;const le={configurable:!0,get(){ue=!0}};function fe(e,t,n){const r=Object.getPrototypeOf(e._zod);t in r&&ce!==e._zod?ce=void 0:(ce=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,le);const e=ue;ue=!1;try{const r=n(this);return ue?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r}),ue=ue||e,r}catch(n){throw delete this[t],ue=ue||e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function pe(e,t,n,r){const s=function(e,t){const n=Object.getPrototypeOf(e);return t in n?void 0:n}(e,t);s&&Object.defineProperty(s,t,{configurable:!0,get(){const e={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:e})}})}const he="~constantCatch";function de(e){const t=()=>e;return t[he]=!0,t}}};