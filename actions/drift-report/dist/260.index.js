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
var r=n(3742);e.exports=r},3742:e=>{
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
function filled(e,t){var n;var r;n=[];for(r=0;r<t;r++){n.push(e)}return n}e.exports=filled},1830:(e,t,n)=>{
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
var r=n(8787);function zeros(e){return r(0,e)}e.exports=zeros},9979:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9714);var s=n(5878);var i=n(8520);var o;if(r()){o=s}else{o=i}e.exports=o},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:void 0;e.exports=t},8520:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},4826:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5613);var s=n(3405);var i=n(523);var o;if(r()){o=s}else{o=i}e.exports=o},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:void 0;e.exports=t},523:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},7096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4171);var s=n(2399);var i=n(3689);var o;if(r()){o=s}else{o=i}e.exports=o},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:void 0;e.exports=t},3689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5183:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4246);var s=n(8570);var i=n(7540);var o;if(r()){o=s}else{o=i}e.exports=o},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:void 0;e.exports=t},7540:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},9714:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5672);var s=n(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=new s([1,3.14,-3.14,NaN]);e=r(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3595);function hasGeneratorSupport(){var e;try{r('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},1907:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,n){if(e===void 0||e===null){return false}return t.call(e,n)}e.exports=hasOwnProp},5547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(166);e.exports=r},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5547);var s=r();function hasToStringTagSupport(){return s&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3599);var s=n(6653);var i=n(5929);function hasUint16ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},4171:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3209);var s=n(8035);var i=n(2709);function hasUint32ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(228);var s=n(2732);var i=n(5545);function hasUint8ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},5672:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var s=typeof Float64Array==="function";function isFloat64Array(e){return s&&e instanceof Float64Array||r(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5183);var s=n(4826);var i={uint16:s,uint8:r};e.exports=i},347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7604);var s;function isLittleEndian(){var e;var t;e=new r["uint16"](1);e[0]=4660;t=new r["uint8"](e.buffer);return t[0]===52}s=isLittleEndian();e.exports=s},3599:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var s=typeof Uint16Array==="function";function isUint16Array(e){return s&&e instanceof Uint16Array||r(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var s=typeof Uint32Array==="function";function isUint32Array(e){return s&&e instanceof Uint32Array||r(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var s=typeof Uint8Array==="function";function isUint8Array(e){return s&&e instanceof Uint8Array||r(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=11754943508222875e-54;e.exports=t},45:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.718281828459045;e.exports=t},5088:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2220446049250313e-31;e.exports=t},23:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.5772156649015329;e.exports=t},1877:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},3822:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=10.900511;e.exports=t},9475:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.34657359027997264;e.exports=t},3935:e=>{
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
var t=2147483647>>>0;e.exports=t},222:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2146435072;e.exports=t},5976:e=>{
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
var t=2147483648>>>0;e.exports=t},8910:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1048575;e.exports=t},1239:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.6931471805599453;e.exports=t},2656:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1023|0;e.exports=t},6276:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},4193:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=709.782712893384;e.exports=t},313:e=>{
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
*/
var t=170|0;e.exports=t},6622:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=9007199254740991;e.exports=t},3424:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=17976931348623157e292;e.exports=t},4862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1074|0;e.exports=t},7999:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-708.3964185322641;e.exports=t},1475:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4241);var s=r.NEGATIVE_INFINITY;e.exports=s},1277:e=>{
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
var t=20|0;e.exports=t},9701:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=3.141592653589793;e.exports=t},469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},5417:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=22250738585072014e-324;e.exports=t},8159:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4901161193847656e-8;e.exports=t},2385:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.5066282746310007;e.exports=t},4739:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=6.283185307179586;e.exports=t},3960:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647|0;e.exports=t},6653:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=65535|0;e.exports=t},8035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=4294967295;e.exports=t},2732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=255|0;e.exports=t},6990:(e,t,n)=>{
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
var r=n(2804);function isEven(e){return r(e/2)}e.exports=isEven},7234:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);var s=n(1475);function isInfinite(e){return e===r||e===s}e.exports=isInfinite},2804:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);function isInteger(e){return r(e)===e}e.exports=isInteger},6523:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9382);e.exports=r},9382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},3270:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1475);function isNegativeZero(e){return e===0&&1/e===r}e.exports=isNegativeZero},7687:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(530);function isOdd(e){if(e>0){return r(e-1)}return r(e+1)}e.exports=isOdd},866:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);function isPositiveZero(e){return e===0&&1/e===r}e.exports=isPositiveZero},6260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6443);e.exports=r},6443:e=>{
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
function abs(e){return Math.abs(e)}e.exports=abs},7548:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6622);var s=n(469);var i=n(2804);var o=n(6523);var a=n(7687);var c=n(2334);var u=n(4370);function binomcoef(e,t){var n;var l;var f;var p;var d;var h;var m;if(o(e)||o(t)){return NaN}if(!i(e)||!i(t)){return NaN}if(t<0){return 0}l=1;if(e<0){e=-e+t-1;if(a(t)){l*=-1}}if(t>e){return 0}if(t===0||t===e){return l}if(t===1||t===e-1){return l*e}if(e-t<t){t=e-t}m=c(r/e);n=1;for(d=1;d<=t;d++){if(n>m){break}n*=e;n/=d;e-=1}if(d>t){return l*n}f=binomcoef(e,t-d+1);if(f===s){return l*f}p=binomcoef(t,t-d+1);h=u(f,p);f/=h;p/=h;n/=p;return l*n*f}e.exports=binomcoef},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5976);var s=n(3935);var i=n(7949);var o=n(2882);var a=n(7844);var c=[0,0];function copysign(e,t){var n;var u;i.assign(e,c,1,0);n=c[0];n&=s;u=o(t);u&=r;n|=u;return a(n,c[1])}e.exports=copysign},9191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(1567);var i=n(186);var o=n(3982);var a=n(3935);var c=n(222);var u=[0,0];var l=1072243195|0;var f=1044381696|0;function cos(e){var t;var n;t=r(e);t&=a;if(t<=l){if(t<f){return 1}return s(e,0)}if(t>=c){return NaN}n=o(e,u);switch(n&3){case 0:return s(u[0],u[1]);case 1:return-i(u[0],u[1]);case 2:return-s(u[0],u[1]);default:return i(u[0],u[1])}}e.exports=cos},988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(1851);var i=n(3786);var o=n(469);var a=n(1475);var c=n(8300);var u=n(8018);var l=n(675);var f=n(5266);var p=n(8925);var d=n(1332);var h=n(516);var m=n(9101);var v=1e-300;var g=13877787807814457e-33;var y=.8450629115104675;var b=.12837916709551256;var w=1;var k=-.0023621185607526594;var S=1;var x=-.009864944034847148;var A=1;var E=-.0098649429247001;var O=1;function erfc(e){var t;var n;var $;var P;var N;var T;var I;var z;if(r(e)){return NaN}if(e===o){return 0}if(e===a){return 2}if(e===0){return 1}if(e<0){t=true;n=-e}else{t=false;n=e}if(n<.84375){if(n<g){return 1-e}$=e*e;P=b+$*c($);N=w+$*u($);T=P/N;if(e<.25){return 1-(e+e*T)}P=e*T;P+=e-.5;return.5-P}if(n<1.25){N=n-1;I=k+N*l(N);z=S+N*f(N);if(t){return 1+y+I/z}return 1-y-I/z}if(n<28){N=1/(n*n);if(n<2.857142857142857){P=x+N*p(N);N=A+N*d(N)}else{if(e<-6){return 2-v}P=E+N*h(N);N=O+N*m(N)}$=i(n,0);P=s(-($*$)-.5625)*s(($-n)*($+n)+P/N);if(t){return 2-P/n}return P/n}if(t){return 2-v}return v*v}e.exports=erfc},675:e=>{
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
function evalpoly(e){if(e===0){return.41485611868374833}return.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}e.exports=evalpoly},8300:e=>{
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
function evalpoly(e){if(e===0){return-.3250421072470015}return-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}e.exports=evalpoly},5266:e=>{
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
function evalpoly(e){if(e===0){return.10642088040084423}return.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}e.exports=evalpoly},8018:e=>{
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
function evalpoly(e){if(e===0){return.39791722395915535}return.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}e.exports=evalpoly},8925:e=>{
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
function evalpoly(e){if(e===0){return-.6938585727071818}return-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}e.exports=evalpoly},516:e=>{
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
function evalpoly(e){if(e===0){return-.799283237680523}return-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}e.exports=evalpoly},1332:e=>{
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
function evalpoly(e){if(e===0){return 19.651271667439257}return 19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}e.exports=evalpoly},9101:e=>{
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
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},6567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3291);var s=n(1589);function expmulti(e,t,n){var i;var o;var a;var c;i=e-t;o=i*i;a=i-o*s(o);c=1-(t-i*a/(2-a)-e);return r(c,n)}e.exports=expmulti},1851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(1262);var i=n(1475);var o=n(469);var a=n(6567);var c=.6931471803691238;var u=1.9082149292705877e-10;var l=1.4426950408889634;var f=709.782712893384;var p=-745.1332191019411;var d=1/(1<<28);var h=-d;function exp(e){var t;var n;var m;if(r(e)||e===o){return e}if(e===i){return 0}if(e>f){return o}if(e<p){return 0}if(e>h&&e<d){return 1+e}if(e<0){m=s(l*e-.5)}else{m=s(l*e+.5)}t=e-m*c;n=m*u;return a(t,n,m)}e.exports=exp},1589:e=>{
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
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},141:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(2882);var i=n(5990);var o=n(7844);var a=n(469);var c=n(1475);var u=n(1877);var l=n(9475);var f=n(6736);var p=709.782712893384;var d=.6931471803691238;var h=1.9082149292705877e-10;var m=1.4426950408889634;var v=38.816242111356935;var g=1.0397207708399179;function expm1(e){var t;var n;var y;var b;var w;var k;var S;var x;var A;var E;var O;var $;var P;if(e===a||r(e)){return e}if(e===c){return-1}if(e===0){return e}if(e<0){y=true;x=-e}else{y=false;x=e}if(x>=v){if(y){return-1}if(x>=p){return a}}k=s(x)|0;if(x>l){if(x<g){if(y){b=e+d;w=-h;P=-1}else{b=e-d;w=h;P=1}}else{if(y){P=m*e-.5}else{P=m*e+.5}P|=0;O=P;b=e-O*d;w=O*h}e=b-w;E=b-e-w}else if(k<1016070144){return e}else{P=0}t=.5*e;A=e*t;S=1+A*f(A);O=3-S*t;$=A*((S-O)/(6-e*O));if(P===0){return e-(e*$-A)}n=o(u+P<<20,0);$=e*($-E)-E;$-=A;if(P===-1){return.5*(e-$)-.5}if(P===1){if(e<-.25){return-2*($-(e+.5))}return 1+2*(e-$)}if(P<=-2||P>56){x=1-($-e);if(P===1024){b=s(x)+(P<<20)|0;x=i(x,b)}else{x*=n}return x-1}O=1;if(P<20){b=1072693248-(2097152>>P)|0;O=i(O,b);x=O-($-e)}else{b=u-P<<20|0;O=i(O,b);x=e-($+O);x+=1}x*=n;return x}e.exports=expm1},6736:e=>{
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
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},2334:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(9497);e.exports=r},9497:e=>{
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
function evalrational(e){var t;var n;var r;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){n=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));r=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;n=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));r=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return n/r}e.exports=evalrational},905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(2804);var i=n(3270);var o=n(6260);var a=n(2334);var c=n(1794);var u=n(469);var l=n(1475);var f=n(9701);var p=n(2482);var d=n(6630);var h=n(3381);function gamma(e){var t;var n;var m;var v;if(s(e)&&e<0||e===l||r(e)){return NaN}if(e===0){if(i(e)){return l}return u}if(e>171.61447887182297){return u}if(e<-170.5674972726612){return 0}n=o(e);if(n>33){if(e>=0){return p(e)}m=a(n);if((m&1)===0){t=-1}else{t=1}v=n-m;if(v>.5){m+=1;v=n-m}v=n*c(f*v);return t*f/(o(v)*p(n))}v=1;while(e>=3){e-=1;v*=e}while(e<0){if(e>-1e-9){return d(e,v)}v/=e;e+=1}while(e<2){if(e<1e-9){return d(e,v)}v/=e;e+=1}if(e===2){return v}e-=2;return v*h(e)}e.exports=gamma},6886:e=>{
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
function evalpoly(e){if(e===0){return.08333333333334822}return.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}e.exports=evalpoly},3381:e=>{
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
function evalrational(e){var t;var n;var r;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){n=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));r=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;n=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));r=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return n/r}e.exports=evalrational},6630:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(23);function gamma(e,t){return t/((1+r*e)*e)}e.exports=gamma},2482:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2385);var s=n(6310);var i=n(1851);var o=n(6886);var a=143.01608;function gamma(e){var t;var n;var c;t=1/e;t=1+t*o(t);n=i(e);if(e>a){c=s(e,.5*e-.25);n=c*(c/n)}else{n=s(e,e-.5)/n}return r*n*t}e.exports=gamma},7186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1550);var s=n(5088);var i=n(8280);var o=n(1440);var a=n(7492);var c=.15896368026733398;var u=.5281534194946289;var l=.45201730728149414;function lgammaSmallImp(e,t,n){var f;var p;var d;var h;if(e<s){return-r(e)}if(t===0||n===0){return 0}p=0;if(e>2){if(e>=3){do{e-=1;n-=1;p+=r(e)}while(e>=3);n=e-2}d=n*(e+1);h=i(n);p+=d*c+d*h;return p}if(e<1){p+=-r(e);n=t;t=e;e+=1}if(e<=1.5){d=o(t);f=t*n;p+=f*u+f*d;return p}d=n*t;h=a(-n);p+=d*l+d*h;return p}e.exports=lgammaSmallImp},7013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(905);var s=n(141);var i=n(7260);var o=n(6523);var a=n(3256);function gamma1pm1(e){if(o(e)){return NaN}if(e<0){if(e<-.5){return r(1+e)-1}return s(-i(e)+a(e+2,e+1,e))}if(e<2){return s(a(e+1,e,e-1))}return r(1+e)-1}e.exports=gamma1pm1},8280:e=>{
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
function evalrational(e){var t;var n;var r;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){n=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));r=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;n=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));r=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return n/r}e.exports=evalrational},1440:e=>{
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
function evalrational(e){var t;var n;var r;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){n=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));r=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;n=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));r=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return n/r}e.exports=evalrational},7492:e=>{
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
function evalrational(e){var t;var n;var r;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){n=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));r=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;n=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));r=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return n/r}e.exports=evalrational},7078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1851);function finiteGammaQ(e,t){var n;var s;var i;var o;i=r(-t);s=i;if(s!==0){n=s;for(o=1;o<e;++o){n/=o;n*=t;s+=n}}return s}e.exports=finiteGammaQ},5120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(988);var s=n(5478);var i=n(1851);var o=n(9701);function finiteHalfGammaQ(e,t){var n;var a;var c;var u;var l;u=r(s(t));if(u!==0&&e>1){a=i(-t)/s(o*t);a*=t;n=.5;a/=n;c=a;for(l=2;l<e;++l){a/=l-n;a*=t;c+=a}u+=c}return u}e.exports=finiteHalfGammaQ},5852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1851);var s=n(6310);var i=n(1550);var o=n(4193);var a=n(7999);function fullIGammaPrefix(e,t){var n;var c;c=e*i(t);if(t>=1){if(c<o&&-t>a){n=s(t,e)*r(-t)}else if(e>=1){n=s(t/r(t/e),e)}else{n=r(c-t)}}else{if(c>a){n=s(t,e)*r(-t)}else if(t/e<o){n=s(t/r(t/e),e)}else{n=r(c-t)}}return n}e.exports=fullIGammaPrefix},6144:(e,t,n)=>{
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
var r=n(2334);var s=n(905);var i=n(6260);var o=n(6310);var a=n(1550);var c=n(8159);var u=n(3424);var l=n(4193);var f=n(3781);var p=n(7078);var d=n(5120);var h=n(5852);var m=n(712);var v=n(7178);var g=n(4175);var y=n(97);var b=n(386);function igammaFinal(e,t,n,w){var k;var S;var x;var A;var E;var O;var $;var P;var N;var T;var I;var z;var R;var L;$=0;P=w;O=t<30&&t<=e+1&&e<l;if(O){R=r(t);N=R===t;x=N?false:i(R-t)===.5}else{N=false;x=false}if(N&&e>.6){P=!P;S=0}else if(x&&e>.2){P=!P;S=1}else if(e<c&&t>1){S=6}else if(e>1e3&&(t<e||i(t-50)/e<1)){P=!P;S=7}else if(e<.5){if(-.4/a(e)<t){S=2}else{S=3}}else if(e<1.1){if(e*.75<t){S=2}else{S=3}}else{E=false;if(n&&t>20){T=i((e-t)/t);if(t>200){if(20/t>T*T){E=true}}else if(T<.4){E=true}}if(E){S=5}else if(e-1/(3*e)<t){S=2}else{S=4;P=!P}}switch(S){case 0:$=p(t,e);if(n===false){$*=s(t)}break;case 1:$=d(t,e);if(n===false){$*=s(t)}break;case 2:$=n?g(t,e):h(t,e);if($!==0){A=0;k=false;if(P){A=n?1:s(t);if(n||$>=1||u*$>A){A/=$;if(n||t<1||u/t>A){A*=-t;k=true}else{A=0}}else{A=0}}$*=v(t,e,A)/t;if(k){P=false;$=-$}}break;case 3:P=!P;I=y(t,e,P);$=I[0];L=I[1];P=false;if(n){$/=L}break;case 4:$=n?g(t,e):h(t,e);if($!==0){$*=b(t,e)}break;case 5:$=m(t,e);if(e>=t){P=!P}break;case 6:$=n?o(e,t)/s(t+1):o(e,t)/t;$*=1-t*e/(t+1);break;case 7:$=n?g(t,e):h(t,e);$/=e;if($!==0){$*=f(t,e)}break}if(n&&$>1){$=1}if(P){z=n?1:s(t);$=z-$}return $}e.exports=igammaFinal},712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2096);var s=n(5430);var i=n(988);var o=n(5478);var a=n(1851);var c=n(4739);var u=n(4410);var l=n(5273);var f=n(736);var p=n(8135);var d=n(6870);var h=n(7589);var m=n(3164);var v=n(8099);var g=n(9413);var y=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var n;var b;var w;var k;var S;b=(t-e)/e;w=-s(b);k=e*w;S=o(2*w);if(t<e){S=-S}y[0]=u(S);y[1]=l(S);y[2]=f(S);y[3]=p(S);y[4]=d(S);y[5]=h(S);y[6]=m(S);y[7]=v(S);y[8]=g(S);y[9]=-.0005967612901927463;n=r(y,1/e);n*=a(-k)/o(c*e);if(t<e){n=-n}n+=i(o(k))/2;return n}e.exports=igammaTemmeLarge},5479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6491);var s=n(3027);function lowerGammaSeries(e,t,n){var i;var o;n=n||0;o=s(e,t);i=r(o,{initialValue:n});return i}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function lowerIncompleteGammaSeries(e,t){var n=1;var r=e;var s=t;return next;function next(){var e=n;r+=1;n*=s/r;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7711);var s=n(1851);var i=n(1550);var o=n(2385);var a=n(4193);var c=n(469);var u=n(313);var l=n(6144);var f=n(7178);var p=n(386);function gammainc(e,t,n,d){var h;var m;var v;var g;if(e<0||t<=0){return NaN}h=n===void 0?true:n;v=d;if(t>=u&&!h){if(v&&t*4<e){g=t*i(e)-e;g+=i(p(t,e))}else if(!v&&t>4*e){g=t*i(e)-e;m=0;g+=i(f(t,e,m)/t)}else{g=l(e,t,true,v);if(g===0){if(v){g=1+1/(12*t)+1/(288*t*t);g=i(g)-t+(t-.5)*i(t);g+=i(o)}else{g=t*i(e)-e;m=0;g+=i(f(t,e,m)/t)}}else{g=i(g)+r(t)}}if(g>a){return c}return s(g)}return l(e,t,h,v)}e.exports=gammainc},4410:e=>{
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
function evalpoly(e){if(e===0){return-.3333333333333333}return-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8.296711340953087e-7+e*(-1.7665952736826078e-7+e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(-4.382036018453353e-9+e*9.14769958223679e-10)))))))))))))}e.exports=evalpoly},5273:e=>{
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
function evalpoly(e){if(e===0){return-.001851851851851852}return-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4.018775720164609e-7+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(-5.752545603517705e-8+e*1.1951628599778148e-8)))))))))))}e.exports=evalpoly},736:e=>{
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
function evalpoly(e){if(e===0){return.004133597883597883}return.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(-6.298992138380055e-7+e*1.4280614206064242e-7)))))))))}e.exports=evalpoly},8135:e=>{
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
function evalpoly(e){if(e===0){return.0006494341563786008}return.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2.396505113867297e-7+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}e.exports=evalpoly},6870:e=>{
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
function evalpoly(e){if(e===0){return-.0008618882909167117}return-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}e.exports=evalpoly},7589:e=>{
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
function evalpoly(e){if(e===0){return-.00033679855336635813}return-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}e.exports=evalpoly},3164:e=>{
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
function evalpoly(e){if(e===0){return.0005313079364639922}return.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7.902353232660328e-7+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}e.exports=evalpoly},8099:e=>{
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
function evalpoly(e){if(e===0){return.00034436760689237765}return.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}e.exports=evalpoly},9413:e=>{
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
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},4175:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2638);var s=n(7711);var i=n(905);var o=n(5430);var a=n(5478);var c=n(6260);var u=n(1851);var l=n(6310);var f=n(2974);var p=n(8008);var d=n(1550);var h=n(3424);var m=n(4193);var v=n(7999);var g=n(3822);var y=n(45);function regularisedGammaPrefix(e,t){var n;var b;var w;var k;var S;var x;var A;w=e+g-.5;A=(t-e-g+.5)/w;if(e<1){if(t<=v||e<1/h){return u(e*d(t)-t-s(e))}return l(t,e)*u(-t)/i(e)}if(c(A*A*e)<=100&&e>150){n=e*o(A)+t*(.5-g)/w;n=u(n)}else{k=e*d(t/w);S=e-t;if(p(k,S)<=v||f(k,S)>=m){b=S/e;if(p(k,S)/2>v&&f(k,S)/2<m){x=l(t/w,e/2)*u(S/2);n=x*x}else if(p(k,S)/4>v&&f(k,S)/4<m&&t>e){x=l(t/w,e/4)*u(S/4);n=x*x;n*=n}else if(b>v&&b<m){n=l(t*u(b)/w,e)}else{n=u(k+S)}}else{n=l(t/w,e)*u(S)}}n*=a(w/y)/r(e);return n}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function smallGamma2Series(e,t){var n;var r;var s;var i;n=-t;t=-t;r=e+1;s=1;return next;function next(){i=n/r;n*=t;s+=1;n/=s;r+=1;return i}}e.exports=smallGamma2Series},3781:(e,t,n)=>{
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
var r=n(6491);var s=n(4809);function tgammaILargeX(e,t){var n;var i;i=s(e,t);n=r(i);return n}e.exports=tgammaILargeX},4809:e=>{
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
function tgammaILargeXSeries(e,t){var n=1;var r=e;var s=t;return next;function next(){var e=n;n*=r/s;r-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(4756);var s=n(6491);var i=n(7186);var o=n(7708);function tgammaSmallUpperPart(e,t,n){var a;var c;var u;var l;var f;c=i(e);u=(c+1)/e;l=r(t,e);c-=l;c/=e;f=o(e,t);l+=1;a=n?u:0;c=-l*s(f,{initialValue:(a-c)/l});if(n){c=-c}return[c,u]}e.exports=tgammaSmallUpperPart},386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(508);var s=n(2923);function upperGammaFraction(e,t){var n=s(e,t);return 1/(t-e+1+r(n))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function upperIncompleteGammaFract(e,t){var n=t-e+1;var r=e;var s=0;return next;function next(){s+=1;n+=2;return[s*(r-s),n]}}e.exports=upperIncompleteGammaFract},7711:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(7234);var i=n(6260);var o=n(1550);var a=n(1262);var c=n(8901);var u=n(9701);var l=n(469);var f=n(9303);var p=n(5690);var d=n(1271);var h=n(7120);var m=n(2778);var v=n(6503);var g=n(2352);var y=n(7942);var b=n(5059);var w=n(9596);var k=.07721566490153287;var S=.3224670334241136;var x=1;var A=-.07721566490153287;var E=.48383612272381005;var O=-.1475877229945939;var $=.06462494023913339;var P=-.07721566490153287;var N=1;var T=.4189385332046727;var I=1.4616321449683622;var z=4503599627370496;var R=72057594037927940;var L=13877787807814457e-33;var j=1.4616321449683622;var D=-.12148629053584961;var M=-3638676997039505e-33;function gammaln(e){var t;var n;var B;var F;var U;var q;var Z;var K;var H;var V;var G;var J;var W;if(r(e)||s(e)){return e}if(e===0){return l}if(e<0){t=true;e=-e}else{t=false}if(e<L){return-o(e)}if(t){if(e>=z){return l}H=c(e);if(H===0){return l}n=o(u/i(H*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){W=-o(e);if(e>=I-1+.27){G=1-e;B=0}else if(e>=I-1-.27){G=e-(j-1);B=1}else{G=e;B=2}}else{W=0;if(e>=I+.27){G=2-e;B=0}else if(e>=I-.27){G=e-j;B=1}else{G=e-1;B=2}}switch(B){case 0:J=G*G;q=k+J*f(J);U=J*(S+J*p(J));Z=G*q+U;W+=Z-.5*G;break;case 1:J=G*G;V=J*G;q=E+V*m(V);U=O+V*v(V);F=$+V*g(V);Z=J*q-(M-V*(U+G*F));W+=D+Z;break;case 2:q=G*(P+G*y(G));U=N+G*b(G);W+=-.5*G+q/U;break}}else if(e<8){B=a(e);G=e-B;Z=G*(A+G*h(G));K=x+G*d(G);W=.5*G+Z/K;J=1;switch(B){case 7:J*=G+6;case 6:J*=G+5;case 5:J*=G+4;case 4:J*=G+3;case 3:J*=G+2;W+=o(J)}}else if(e<R){H=o(e);J=1/e;G=J*J;V=T+J*w(G);W=(e-.5)*(H-1)+V}else{W=e*(o(e)-1)}if(t){W=n-W}return W}e.exports=gammaln},9303:e=>{
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
function evalpoly(e){if(e===0){return.06735230105312927}return.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}e.exports=evalpoly},5690:e=>{
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
function evalpoly(e){if(e===0){return.020580808432516733}return.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}e.exports=evalpoly},1271:e=>{
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
function evalpoly(e){if(e===0){return 1.3920053346762105}return 1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}e.exports=evalpoly},7120:e=>{
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
function evalpoly(e){if(e===0){return.21498241596060885}return.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}e.exports=evalpoly},2778:e=>{
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
function evalpoly(e){if(e===0){return-.032788541075985965}return-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}e.exports=evalpoly},6503:e=>{
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
function evalpoly(e){if(e===0){return.01797067508118204}return.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}e.exports=evalpoly},2352:e=>{
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
function evalpoly(e){if(e===0){return-.010314224129834144}return-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}e.exports=evalpoly},7942:e=>{
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
function evalpoly(e){if(e===0){return.6328270640250934}return.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}e.exports=evalpoly},5059:e=>{
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
function evalpoly(e){if(e===0){return 2.4559779371304113}return 2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}e.exports=evalpoly},9596:e=>{
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
function evalpoly(e){if(e===0){return.08333333333333297}return.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}e.exports=evalpoly},512:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var n=1;var r;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;n*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){r=t;t=e;e=r}t-=e}return n*e}e.exports=gcd},9216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var n=0;var r;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;n+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){r=t;t=e;e=r}t-=e}return e<<n}e.exports=gcd},4370:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(2804);var i=n(469);var o=n(1475);var a=n(3960);var c=n(9216);var u=n(512);function gcd(e,t){if(r(e)||r(t)){return NaN}if(e===i||t===i||e===o||t===o){return NaN}if(!(s(e)&&s(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=a&&t<=a){return c(e,t)}return u(e,t)}e.exports=gcd},1567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5732);var s=n(3242);function kernelCos(e,t){var n;var i;var o;var a;a=e*e;o=a*a;i=a*r(a);i+=o*o*s(a);n=.5*a;o=1-n;return o+(1-o-n+(a*i-e*t))}e.exports=kernelCos},5732:e=>{
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
function evalpoly(e){if(e===0){return.0416666666666666}return.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}e.exports=evalpoly},3242:e=>{
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
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=-.16666666666666632;var n=.00833333333332249;var r=-.0001984126982985795;var s=27557313707070068e-22;var i=-2.5050760253406863e-8;var o=1.58969099521155e-10;function kernelSin(e,a){var c;var u;var l;var f;f=e*e;l=f*f;c=n+f*(r+f*s)+f*l*(i+f*o);u=f*e;if(a===0){return e+u*(t+f*c)}return e-(f*(.5*a-u*c)-a-u*t)}e.exports=kernelSin},3291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);var s=n(1475);var i=n(1877);var o=n(6276);var a=n(2656);var c=n(4862);var u=n(6523);var l=n(7234);var f=n(910);var p=n(9335).assign;var d=n(6075);var h=n(7949);var m=n(7844);var v=2220446049250313e-31;var g=2148532223>>>0;var y=[0,0];var b=[0,0];function ldexp(e,t){var n;var w;if(t===0||e===0||u(e)||l(e)){return e}p(e,y,1,0);e=y[0];t+=y[1];t+=d(e);if(t<c){return f(0,e)}if(t>o){if(e<0){return s}return r}if(t<=a){t+=52;w=v}else{w=1}h.assign(e,b,1,0);n=b[0];n&=g;n|=t+i<<20;return w*m(n,b[1])}e.exports=ldexp},1550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(5990);var i=n(6523);var o=n(1877);var a=n(1475);var c=n(6488);var u=n(1103);var l=.6931471803691238;var f=1.9082149292705877e-10;var p=0x40000000000000;var d=.3333333333333333;var h=1048575|0;var m=2146435072|0;var v=1048576|0;var g=1072693248|0;function ln(e){var t;var n;var y;var b;var w;var k;var S;var x;var A;var E;var O;var $;if(e===0){return a}if(i(e)||e<0){return NaN}n=r(e);w=0|0;if(n<v){w-=54|0;e*=p;n=r(e)}if(n>=m){return e+e}w+=(n>>20)-o|0;n&=h;x=n+614244&1048576|0;e=s(e,n|x^g);w+=x>>20|0;S=e-1;if((h&2+n)<3){if(S===0){if(w===0){return 0}return w*l+w*f}k=S*S*(.5-d*S);if(w===0){return S-k}return w*l-(k-w*f-S)}E=S/(2+S);$=E*E;x=n-398458|0;O=$*$;A=440401-n|0;b=O*c(O);y=$*u(O);x|=A;k=y+b;if(x>0){t=.5*S*S;if(w===0){return S-(t-E*(t+k))}return w*l-(t-(E*(t+k)+w*f)-S)}if(w===0){return S-E*(S-k)}return w*l-(E*(S-k)-w*f-S)}e.exports=ln},6488:e=>{
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
function evalpoly(e){if(e===0){return.3999999999940942}return.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}e.exports=evalpoly},1103:e=>{
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
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},7260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(2882);var i=n(5990);var o=n(469);var a=n(1475);var c=n(1877);var u=n(897);var l=.6931471803691238;var f=1.9082149292705877e-10;var p=.41421356237309503;var d=-.2928932188134525;var h=1.862645149230957e-9;var m=5551115123125783e-32;var v=9007199254740992;var g=.6666666666666666;function log1p(e){var t;var n;var y;var b;var w;var k;var S;var x;var A;var E;if(e<-1||r(e)){return NaN}if(e===-1){return a}if(e===o){return e}if(e===0){return e}if(e<0){y=-e}else{y=e}E=1;if(y<p){if(y<h){if(y<m){return e}return e-e*e*.5}if(e>d){E=0;b=e;n=1}}if(E!==0){if(y<v){A=1+e;n=s(A);E=(n>>20)-c;if(E>0){w=1-(A-e)}else{w=e-(A-1)}w/=A}else{A=e;n=s(A);E=(n>>20)-c;w=0}n&=1048575;if(n<434334){A=i(A,n|1072693248)}else{E+=1;A=i(A,n|1071644672);n=1048576-n>>2}b=A-1}t=.5*b*b;if(n===0){if(b===0){w+=E*f;return E*l+w}x=t*(1-g*b);return E*l-(x-(E*f+w)-b)}k=b/(2+b);S=k*k;x=S*u(S);if(E===0){return b-(t-k*(t+x))}return E*l-(t-(k*(t+x)+(E*f+w))-b)}e.exports=log1p},897:e=>{
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
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},5430:(e,t,n)=>{
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
var r=n(4473);e.exports=r},4781:e=>{
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
function log1pSeries(e){var t=-e;var n=-1;var r=0;return next;function next(){n*=t;r+=1;return n/r}}e.exports=log1pSeries},4473:(e,t,n)=>{
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
var r=n(6260);var s=n(1550);var i=n(5088);var o=n(6491);var a=n(4781);function log1pmx(e){var t;var n;if(e<=-1){return NaN}n=r(e);if(n>.95){return s(1+e)-e}if(n<i){return-e*e/2}t={initialValue:-e};return o(a(e),t)}e.exports=log1pmx},2974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(866);var s=n(6523);var i=n(469);function max(e,t){if(s(e)||s(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(r(e)){return e}return t}if(e>t){return e}return t}e.exports=max},8008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3270);var s=n(6523);var i=n(1475);function min(e,t){if(s(e)||s(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(r(e)){return e}return t}if(e<t){return e}return t}e.exports=min},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(3786);var i=n(5990);var o=n(1877);var a=n(1277);var c=n(3140);var u=1048575|0;var l=1048576|0;var f=1072693248|0;var p=536870912|0;var d=524288|0;var h=9007199254740992;var m=.9617966939259756;var v=.9617967009544373;var g=-7.028461650952758e-9;var y=[1,1.5];var b=[0,.5849624872207642];var w=[0,1.350039202129749e-8];function log2ax(e,t,n){var k;var S;var x;var A;var E;var O;var $;var P;var N;var T;var I;var z;var R;var L;var j;var D;var M;var B;var F;var U;var q;var Z;U=0|0;if(n<l){t*=h;U-=53|0;n=r(t)}U+=(n>>a)-o|0;q=n&u|0;n=q|f|0;if(q<=235662){Z=0}else if(q<767610){Z=1}else{Z=0;U+=1|0;n-=l}t=i(t,n);P=y[Z];B=t-P;F=1/(t+P);S=B*F;A=s(S,0);k=(n>>1|p)+d;k+=Z<<18;O=i(0,k);$=t-(O-P);E=F*(B-A*O-A*$);x=S*S;M=x*x*c(x);M+=E*(A+S);x=A*A;O=3+x+M;O=s(O,0);$=M-(O-3-x);B=A*O;F=E*O+$*S;T=B+F;T=s(T,0);I=F-(T-B);z=v*T;R=g*T+I*m+w[Z];N=b[Z];D=U;L=z+R+N+D;L=s(L,0);j=R-(L-D-N-z);e[0]=L;e[1]=j;return e}e.exports=log2ax},3726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3786);var s=n(837);var i=1.4426950408889634;var o=1.4426950216293335;var a=1.9259629911266175e-8;function logx(e,t){var n;var c;var u;var l;var f;var p;u=t-1;l=u*u*s(u);f=o*u;p=u*a-l*i;c=f+p;c=r(c,0);n=p-(c-f);e[0]=c;e[1]=n;return e}e.exports=logx},7609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523);var s=n(7687);var i=n(7234);var o=n(2804);var a=n(5478);var c=n(6260);var u=n(7949);var l=n(3786);var f=n(6519);var p=n(1475);var d=n(469);var h=n(3935);var m=n(2122);var v=n(888);var g=n(3355);var y=n(9905);var b=n(3726);var w=n(5224);var k=1072693247|0;var S=1105199104|0;var x=1139802112|0;var A=1083179008|0;var E=1072693248|0;var O=1083231232|0;var $=3230714880>>>0;var P=31|0;var N=1e300;var T=1e-300;var I=8008566259537294e-32;var z=[0|0,0|0];var R=[0,0];function pow(e,t){var n;var L;var j;var D;var M;var B;var F;var U;var q;var Z;var K;var H;var V;var G;var J;var W;if(r(e)||r(t)){return NaN}u.assign(t,z,1,0);B=z[0];F=z[1];if(F===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return a(e)}if(t===-.5){return 1/a(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(i(t)){return g(e,t)}}u.assign(e,z,1,0);D=z[0];M=z[1];if(M===0){if(D===0){return m(e,t)}if(e===1){return 1}if(e===-1&&s(t)){return-1}if(i(e)){if(e===p){return pow(-0,-t)}if(t<0){return 0}return d}}if(e<0&&o(t)===false){return(e-e)/(e-e)}j=c(e);n=D&h|0;L=B&h|0;U=D>>>P|0;q=B>>>P|0;if(U&&s(t)){U=-1}else{U=1}if(L>S){if(L>x){return v(e,t)}if(n<k){if(q===1){return U*N*N}return U*T*T}if(n>E){if(q===0){return U*N*N}return U*T*T}V=b(R,j)}else{V=y(R,j,n)}Z=l(t,0);H=(t-Z)*V[0]+t*V[1];K=Z*V[0];G=H+K;u.assign(G,z,1,0);J=f(z[0]);W=f(z[1]);if(J>=A){if((J-A|W)!==0){return U*N*N}if(H+I>G-K){return U*N*N}}else if((J&h)>=O){if((J-$|W)!==0){return U*T*T}if(H<=G-K){return U*T*T}}G=w(J,K,H);return U*G}e.exports=pow},3140:e=>{
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
function evalpoly(e){if(e===0){return.5999999999999946}return.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}e.exports=evalpoly},5568:e=>{
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
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},837:e=>{
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
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},5224:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2882);var s=n(5990);var i=n(3786);var o=n(6519);var a=n(3291);var c=n(1239);var u=n(1877);var l=n(3935);var f=n(8910);var p=n(1277);var d=n(5568);var h=1048576|0;var m=1071644672|0;var v=.6931471824645996;var g=-1.904654299957768e-9;function pow2(e,t,n){var y;var b;var w;var k;var S;var x;var A;var E;var O;var $;var P;$=e&l|0;P=($>>p)-u|0;O=0;if($>m){O=e+(h>>P+1)>>>0;P=((O&l)>>p)-u|0;y=(O&~(f>>P))>>>0;w=s(0,y);O=(O&f|h)>>p-P>>>0;if(e<0){O=-O}t-=w}w=n+t;w=i(w,0);S=w*v;x=(n-(w-t))*c+w*g;E=S+x;A=x-(E-S);w=E*E;b=E-w*d(w);k=E*b/(b-2)-(A+E*A);E=1-(k-E);e=r(E);e=o(e);e+=O<<p>>>0;if(e>>p<=0){E=a(E,O)}else{E=s(E,e)}return E}e.exports=pow2},2122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7687);var s=n(910);var i=n(1475);var o=n(469);function pow(e,t){if(t===i){return o}if(t===o){return 0}if(t>0){if(r(t)){return e}return 0}if(r(t)){return s(o,e)}return o}e.exports=pow},888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935);var s=n(2882);var i=1072693247|0;var o=1e300;var a=1e-300;function pow(e,t){var n;var c;c=s(e);n=c&r;if(n<=i){if(t<0){return o*o}return a*a}if(t>0){return o*o}return a*a}e.exports=pow},3355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(r(e)<1===(t===s)){return 0}return s}e.exports=pow},4756:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(7234);var i=n(6260);var o=n(141);var a=n(1550);var c=n(6310);var u=n(1262);function powm1(e,t){var n;var l;if(r(e)||r(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(i(t*(e-1))<.5||i(t)<.2){l=a(e)*t;if(l<.5){return o(l)}}}else if(u(t)!==t){return NaN}n=c(e,t)-1;if(s(n)||r(n)){return NaN}return n}e.exports=powm1},3982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);var s=n(3291);var i=n(1830);var o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var c=16777216;var u=5.960464477539063e-8;var l=i(20);var f=i(20);var p=i(20);var d=i(20);function compute(e,t,n,i,l,f,h,m,v){var g;var y;var b;var w;var k;var S;var x;var A;var E;w=f;E=i[n];A=n;for(k=0;A>0;k++){y=u*E|0;d[k]=E-c*y|0;E=i[A-1]+y;A-=1}E=s(E,l);E-=8*r(E*.125);x=E|0;E-=x;b=0;if(l>0){k=d[n-1]>>24-l;x+=k;d[n-1]-=k<<24-l;b=d[n-1]>>23-l}else if(l===0){b=d[n-1]>>23}else if(E>=.5){b=2}if(b>0){x+=1;g=0;for(k=0;k<n;k++){A=d[k];if(g===0){if(A!==0){g=1;d[k]=16777216-A}}else{d[k]=16777215-A}}if(l>0){switch(l){case 1:d[n-1]&=8388607;break;case 2:d[n-1]&=4194303;break}}if(b===2){E=1-E;if(g!==0){E-=s(1,l)}}}if(E===0){A=0;for(k=n-1;k>=f;k--){A|=d[k]}if(A===0){for(S=1;d[f-S]===0;S++){}for(k=n+1;k<=n+S;k++){v[m+k]=o[h+k];y=0;for(A=0;A<=m;A++){y+=e[A]*v[m+(k-A)]}i[k]=y}n+=S;return compute(e,t,n,i,l,f,h,m,v)}n-=1;l-=24;while(d[n]===0){n-=1;l-=24}}else{E=s(E,-l);if(E>=c){y=u*E|0;d[n]=E-c*y|0;n+=1;l+=24;d[n]=y}else{d[n]=E|0}}y=s(1,l);for(k=n;k>=0;k--){i[k]=y*d[k];y*=u}for(k=n;k>=0;k--){y=0;for(S=0;S<=w&&S<=n-k;S++){y+=a[S]*i[k+S]}p[n-k]=y}y=0;for(k=n;k>=0;k--){y+=p[k]}if(b===0){t[0]=y}else{t[0]=-y}y=p[0]-y;for(k=1;k<=n;k++){y+=p[k]}if(b===0){t[1]=y}else{t[1]=-y}return x&7}function kernelRempio2(e,t,n,r){var s;var i;var a;var c;var u;var p;var d;var h;var m;i=4;c=r-1;a=(n-3)/24|0;if(a<0){a=0}p=n-24*(a+1);h=a-c;m=c+i;for(d=0;d<=m;d++){if(h<0){l[d]=0}else{l[d]=o[h]}h+=1}for(d=0;d<=i;d++){s=0;for(h=0;h<=c;h++){s+=e[h]*l[c+(d-h)]}f[d]=s}u=i;return compute(e,t,u,f,p,i,a,c,l)}e.exports=kernelRempio2},4385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935);var s=n(222);var i=n(8910);var o=n(2882);var a=n(1662);var c=n(7844);var u=n(7236);var l=n(499);var f=0;var p=16777216;var d=1.5707963267341256;var h=6077100506506192e-26;var m=2*h;var v=3*h;var g=4*h;var y=598523|0;var b=1072243195|0;var w=1073928572|0;var k=1074752122|0;var S=1074977148|0;var x=1075183036|0;var A=1075388923|0;var E=1075594811|0;var O=1094263291|0;var $=[0,0,0];var P=[0,0];function rempio2(e,t){var n;var N;var T;var I;var z;var R;var L;var j;T=o(e)|0;I=T&r|0;if(I<=b){t[0]=e;t[1]=0;return 0}if(I<=k){if((I&i)===y){return l(e,I,t)}if(I<=w){if(T>0){j=e-d;t[0]=j-h;t[1]=j-t[0]-h;return 1}j=e+d;t[0]=j+h;t[1]=j-t[0]+h;return-1}if(T>0){j=e-2*d;t[0]=j-m;t[1]=j-t[0]-m;return 2}j=e+2*d;t[0]=j+m;t[1]=j-t[0]+m;return-2}if(I<=E){if(I<=x){if(I===S){return l(e,I,t)}if(T>0){j=e-3*d;t[0]=j-v;t[1]=j-t[0]-v;return 3}j=e+3*d;t[0]=j+v;t[1]=j-t[0]+v;return-3}if(I===A){return l(e,I,t)}if(T>0){j=e-4*d;t[0]=j-g;t[1]=j-t[0]-g;return 4}j=e+4*d;t[0]=j+g;t[1]=j-t[0]+g;return-4}if(I<O){return l(e,I,t)}if(I>=s){t[0]=NaN;t[1]=NaN;return 0}n=a(e);N=(I>>20)-1046;j=c(I-(N<<20|0),n);for(R=0;R<2;R++){$[R]=j|0;j=(j-$[R])*p}$[2]=j;z=3;while($[z-1]===f){z-=1}L=u($,P,N,z,1);if(T<0){t[0]=-P[0];t[1]=-P[1];return-L}t[0]=P[0];t[1]=P[1];return L}e.exports=rempio2},499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(8972);var s=n(2882);var i=.6366197723675814;var o=1.5707963267341256;var a=6077100506506192e-26;var c=6077100506303966e-26;var u=20222662487959506e-37;var l=20222662487111665e-37;var f=84784276603689e-45;var p=2047|0;function rempio2Medium(e,t,n){var d;var h;var m;var v;var g;var y;var b;h=r(e*i);v=e-h*o;g=h*a;b=t>>20|0;n[0]=v-g;d=s(n[0]);y=b-(d>>20&p);if(y>16){m=v;g=h*c;v=m-g;g=h*u-(m-v-g);n[0]=v-g;d=s(n[0]);y=b-(d>>20&p);if(y>49){m=v;g=h*l;v=m-g;g=h*f-(m-v-g);n[0]=v-g}}n[1]=v-n[0]-g;return h}e.exports=rempio2Medium},8972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3935);var s=n(222);var i=n(2882);var o=n(1567);var a=n(186);var c=n(3982);var u=1072243195|0;var l=1045430272|0;var f=[0,0];function sin(e){var t;var n;t=i(e);t&=r;if(t<=u){if(t<l){return e}return a(e,0)}if(t>=s){return NaN}n=c(e,f);switch(n&3){case 0:return a(f[0],f[1]);case 1:return o(f[0],f[1]);case 2:return-a(f[0],f[1]);default:return-o(f[0],f[1])}}e.exports=sin},8901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(7234);var i=n(9191);var o=n(1794);var a=n(6260);var c=n(910);var u=n(9701);function sinpi(e){var t;var n;if(r(e)){return NaN}if(s(e)){return NaN}n=e%2;t=a(n);if(t===0||t===1){return c(0,n)}if(t<.25){return o(u*n)}if(t<.75){t=.5-t;return c(i(u*t),n)}if(t<1.25){n=c(1,n)-n;return o(u*n)}if(t<1.75){t-=1.5;return-c(i(u*t),n)}n-=c(2,n);return o(u*n)}e.exports=sinpi},5478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);var s=n(3385);function trunc(e){if(e<0){return s(e)}return r(e)}e.exports=trunc},3962:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(5088);var i=n(8858);var o=1e6;function continuedFractionA(e,t,n){var s;var o;var a;var c;var u;var l;l=e();u=l[1];o=l[0];if(u===0){u=i}a=u;c=0;do{l=e();if(l){c=l[1]+l[0]*c;if(c===0){c=i}a=l[1]+l[0]/a;if(a===0){a=i}c=1/c;s=a*c;u*=s}}while(l&&r(s-1)>t&&--n);return o/u}function continuedFractionB(e,t,n){var s;var o;var a;var c;var u;u=e();c=u[1];if(c===0){c=i}o=c;a=0;do{u=e();if(u){a=u[1]+u[0]*a;if(a===0){a=i}o=u[1]+u[0]/o;if(o===0){o=i}a=1/a;s=o*a;c*=s}}while(u&&r(s-1)>t&&--n);return c}function continuedFraction(e,t){var n;var r;var i;r={};if(arguments.length>1){r=t}i=r.tolerance||s;n=r.maxIter||o;if(r.keep){return continuedFractionB(e,i,n)}return continuedFractionA(e,i,n)}e.exports=continuedFraction},7028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(8858);var i=n(5088);var o=1e6;function continuedFractionA(e,t,n){var i;var o;var a;var c;var u;var l;var f;i=typeof e.next==="function";f=i?e.next().value:e();c=f[1];a=f[0];if(c===0){c=s}u=c;l=0;if(i===true){do{f=e.next().value;if(f){l=f[1]+f[0]*l;if(l===0){l=s}u=f[1]+f[0]/u;if(u===0){u=s}l=1/l;o=u*l;c*=o}}while(r(o-1)>t&&--n)}else{do{f=e();if(f){l=f[1]+f[0]*l;if(l===0){l=s}u=f[1]+f[0]/u;if(u===0){u=s}l=1/l;o=u*l;c*=o}}while(f&&r(o-1)>t&&--n)}return a/c}function continuedFractionB(e,t,n){var i;var o;var a;var c;var u;var l;i=typeof e.next==="function";l=i?e.next().value:e();a=l[1];if(a===0){a=s}c=a;u=0;if(i===true){do{l=e.next().value;if(l){u=l[1]+l[0]*u;if(u===0){u=s}c=l[1]+l[0]/c;if(c===0){c=s}u=1/u;o=c*u;a*=o}}while(l&&r(o-1)>t&&--n)}else{do{l=e();if(l){u=l[1]+l[0]*u;if(u===0){u=s}c=l[1]+l[0]/c;if(c===0){c=s}u=1/u;o=c*u;a*=o}}while(l&&r(o-1)>t&&--n)}return a}function continuedFraction(e,t){var n;var r;var s;r={};if(arguments.length>1){r=t}n=r.maxIter||o;s=r.tolerance||i;if(r.keep){return continuedFractionB(e,s,n)}return continuedFractionA(e,s,n)}e.exports=continuedFraction},508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var s=n(7028);var i=n(3962);var o;if(r()){o=s}else{o=i}e.exports=o},1278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6990);var s=n(3767);function factory(e){var t;var n;var i;var o;if(e.length>500){return polyval}t="return function evalpoly(x){";n=e.length;if(n===0){t+="return 0.0;"}else if(n===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];i=n-1;for(o=1;o<n;o++){t+="+x*";if(o<i){t+="("}t+=e[o]}for(o=0;o<i-1;o++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new r(t)();function polyval(t){return s(e,t)}}e.exports=factory},2096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(3767);var i=n(1278);r(s,"factory",i);e.exports=s},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var n;var r;r=e.length;if(r<2||t===0){if(r===0){return 0}return e[0]}r-=1;n=e[r]*t+e[r-1];r-=2;while(r>=0){n=n*t+e[r];r-=1}return n}e.exports=evalpoly},6049:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(5088);var i=1e6;function sumSeries(e,t){var n;var o;var a;var c;var u;u={};if(arguments.length>1){u=t}n=u.tolerance||s;a=u.maxTerms||i;c=u.initialValue||0;do{o=e();c+=o}while(r(n*c)<r(o)&&--a);return c}e.exports=sumSeries},3333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(5088);var i=1e6;function sumSeries(e,t){var n;var o;var a;var c;var u;var l;l={};if(arguments.length>1){l=t}o=l.tolerance||s;c=l.maxTerms||i;u=l.initialValue||0;n=typeof e.next==="function";if(n===true){for(a of e){u+=a;if(r(o*u)>=r(a)||--c===0){break}}}else{do{a=e();u+=a}while(r(o*u)<r(a)&&--c)}return u}e.exports=sumSeries},6491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var s=n(3333);var i=n(6049);var o;if(r()){o=s}else{o=i}e.exports=o},4241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(222);var i=n(1877);function exponent(e){var t=r(e);t=(t&s)>>>20;return t-i|0}e.exports=exponent},7844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var s;var i;var o;if(r===true){i=1;o=0}else{i=0;o=1}s={HIGH:i,LOW:o};e.exports=s},5259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var i=n(9593);var o=new s(1);var a=new r(o.buffer);var c=i.HIGH;var u=i.LOW;function fromWords(e,t){a[c]=e;a[u]=t;return o[0]}e.exports=fromWords},9828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var s;if(r===true){s=1}else{s=0}e.exports=s},2882:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var s=n(9979);var i=n(9828);var o=new s(1);var a=new r(o.buffer);function getHighWord(e){o[0]=e;return a[i]}e.exports=getHighWord},1662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var s;if(r===true){s=0}else{s=1}e.exports=s},3761:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var i=n(5844);var o=new s(1);var a=new r(o.buffer);function getLowWord(e){o[0]=e;return a[i]}e.exports=getLowWord},750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5417);var s=n(7234);var i=n(6523);var o=n(6260);var a=4503599627370496;function normalize(e,t,n,c){if(i(e)||s(e)){t[c]=e;t[c+n]=0;return t}if(e!==0&&o(e)<r){t[c]=e*a;t[c+n]=-52;return t}t[c]=e;t[c+n]=0;return t}e.exports=normalize},9335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(6754);var i=n(750);r(s,"assign",i);e.exports=s},6754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(750);function normalize(e){return r(e,[0,0],1,0)}e.exports=normalize},2880:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var s;if(r===true){s=1}else{s=0}e.exports=s},5990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var s=n(9979);var i=n(2880);var o=new s(1);var a=new r(o.buffer);function setHighWord(e,t){o[0]=e;a[i]=t>>>0;return o[0]}e.exports=setHighWord},3786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var s;if(r===true){s=0}else{s=1}e.exports=s},253:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var i=n(9760);var o=new s(1);var a=new r(o.buffer);function setLowWord(e,t){o[0]=e;a[i]=t>>>0;return o[0]}e.exports=setLowWord},5132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var i=n(3808);var o=new s(1);var a=new r(o.buffer);var c=i.HIGH;var u=i.LOW;function toWords(e,t,n,r){o[0]=e;t[r]=a[c];t[r+n]=a[u];return t}e.exports=toWords},7949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(6364);var i=n(5132);r(s,"assign",i);e.exports=s},3808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var s;var i;var o;if(r===true){i=1;o=0}else{i=0;o=1}s={HIGH:i,LOW:o};e.exports=s},6364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5132);function toWords(e){return r(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},6519:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3234);e.exports=r},3234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},2029:e=>{
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
var t=Math.abs;var n=String.prototype.toLowerCase;var r=String.prototype.toUpperCase;var s=String.prototype.replace;var i=/e\+(\d)$/;var o=/e-(\d)$/;var a=/^(\d+)$/;var c=/^(\d+)e/;var u=/\.0$/;var l=/\.0*e/;var f=/(\..*[^0])0*e/;function formatDouble(e,p){var d;var h;switch(p.specifier){case"e":case"E":h=e.toExponential(p.precision);break;case"f":case"F":h=e.toFixed(p.precision);break;case"g":case"G":if(t(e)<1e-4){d=p.precision;if(d>0){d-=1}h=e.toExponential(d)}else{h=e.toPrecision(p.precision)}if(!p.alternate){h=s.call(h,f,"$1e");h=s.call(h,l,"e");h=s.call(h,u,"")}break;default:throw new Error("invalid double notation. Value: "+p.specifier)}h=s.call(h,i,"e+0$1");h=s.call(h,o,"e-0$1");if(p.alternate){h=s.call(h,a,"$1.");h=s.call(h,c,"$1.e")}if(e>=0&&p.sign){h=p.sign+h}h=p.specifier===r.call(p.specifier)?r.call(h):n.call(h);return h}e.exports=formatDouble},1836:(e,t,n)=>{
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
var r=n(6392);var s=n(122);var i=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;function formatInteger(e){var t;var n;var a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}n=e.arg;a=parseInt(n,10);if(!isFinite(a)){if(!r(n)){throw new Error("invalid integer. Value: "+n)}a=0}if(a<0&&(e.specifier==="u"||t!==10)){a=4294967295+a+1}if(a<0){n=(-a).toString(t);if(e.precision){n=s(n,e.precision,e.padRight)}n="-"+n}else{n=a.toString(t);if(!a&&!e.precision){n=""}else if(e.precision){n=s(n,e.precision,e.padRight)}if(e.sign){n=e.sign+n}}if(t===16){if(e.alternate){n="0x"+n}n=e.specifier===o.call(e.specifier)?o.call(n):i.call(n)}if(t===8){if(e.alternate&&n.charAt(0)!=="0"){n="0"+n}}return n}e.exports=formatInteger},24:(e,t,n)=>{
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
var r=n(4879);e.exports=r},6392:e=>{
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
function isNumber(e){return typeof e==="number"}e.exports=isNumber},7852:e=>{
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
function isString(e){return typeof e==="string"}e.exports=isString},4879:(e,t,n)=>{
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
var r=n(1836);var s=n(7852);var i=n(6392);var o=n(2029);var a=n(4484);var c=n(122);var u=String.fromCharCode;var l=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var n;var f;var p;var d;var h;var m;var v;var g;var y;if(!l(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}h="";m=1;for(g=0;g<e.length;g++){f=e[g];if(s(f)){h+=f}else{t=f.precision!==void 0;f=initialize(f);if(!f.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+g+"`. Value: `"+f+"`.")}if(f.mapping){m=f.mapping}n=f.flags;for(y=0;y<n.length;y++){p=n.charAt(y);switch(p){case" ":f.sign=" ";break;case"+":f.sign="+";break;case"-":f.padRight=true;f.padZeros=false;break;case"0":f.padZeros=n.indexOf("-")<0;break;case"#":f.alternate=true;break;default:throw new Error("invalid flag: "+p)}}if(f.width==="*"){f.width=parseInt(arguments[m],10);m+=1;if(isnan(f.width)){throw new TypeError("the argument for * width at position "+m+" is not a number. Value: `"+f.width+"`.")}if(f.width<0){f.padRight=true;f.width=-f.width}}if(t){if(f.precision==="*"){f.precision=parseInt(arguments[m],10);m+=1;if(isnan(f.precision)){throw new TypeError("the argument for * precision at position "+m+" is not a number. Value: `"+f.precision+"`.")}if(f.precision<0){f.precision=1;t=false}}}f.arg=arguments[m];switch(f.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){f.padZeros=false}f.arg=r(f);break;case"s":f.maxWidth=t?f.precision:-1;f.arg=String(f.arg);break;case"c":if(!isnan(f.arg)){d=parseInt(f.arg,10);if(d<0||d>127){throw new Error("invalid character code. Value: "+f.arg)}f.arg=isnan(d)?String(f.arg):u(d)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){f.precision=6}v=parseFloat(f.arg);if(!isFinite(v)){if(!i(f.arg)){throw new Error("invalid floating-point number. Value: "+h)}v=f.arg;f.padZeros=false}f.arg=o(v,f);break;default:throw new Error("invalid specifier: "+f.specifier)}if(f.maxWidth>=0&&f.arg.length>f.maxWidth){f.arg=f.arg.substring(0,f.maxWidth)}if(f.padZeros){f.arg=c(f.arg,f.width||f.precision,f.padRight)}else if(f.width){f.arg=a(f.arg,f.width,f.padRight)}h+=f.arg||"";m+=1}}return h}e.exports=formatInterpolate},4484:e=>{
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
function spaces(e){var t="";var n;for(n=0;n<e;n++){t+=" "}return t}function spacePad(e,t,n){var r=t-e.length;if(r<0){return e}e=n?e+spaces(r):spaces(r)+e;return e}e.exports=spacePad},122:e=>{
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
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var n;for(n=0;n<e;n++){t+="0"}return t}function zeroPad(e,t,n){var r=false;var s=t-e.length;if(s<0){return e}if(startsWithMinus(e)){r=true;e=e.substr(1)}e=n?e+zeros(s):zeros(s)+e;if(r){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,n)=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var n;var r;var s;var i;r=[];i=0;s=t.exec(e);while(s){n=e.slice(i,t.lastIndex-s[0].length);if(n.length){r.push(n)}if(s[6]==="%"){r.push("%")}else{r.push(parse(s))}i=t.lastIndex;s=t.exec(e)}n=e.slice(i);if(n.length){r.push(n)}return r}e.exports=formatTokenize},7760:(e,t,n)=>{
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
var r=n(3191);e.exports=r},8676:e=>{
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
function isString(e){return typeof e==="string"}e.exports=isString},3191:(e,t,n)=>{
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
var r=n(24);var s=n(9340);var i=n(8676);function format(e){var t;var n;if(!i(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[s(e)];for(n=1;n<arguments.length;n++){t.push(arguments[n])}return r.apply(null,t)}e.exports=format},2038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},4568:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(708);function setNonEnumerableReadOnly(e,t,n){r(e,t,{configurable:false,enumerable:false,writable:false,value:n})}e.exports=setNonEnumerableReadOnly},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},2342:(e,t,n)=>{
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
var r=n(5141);function hasDefinePropertySupport(){try{r({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},708:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2342);var s=n(7619);var i=n(61);var o;if(r()){o=s}else{o=i}e.exports=o},61:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7760);var s=Object.prototype;var i=s.toString;var o=s.__defineGetter__;var a=s.__defineSetter__;var c=s.__lookupGetter__;var u=s.__lookupSetter__;function defineProperty(e,t,n){var l;var f;var p;var d;if(typeof e!=="object"||e===null||i.call(e)==="[object Array]"){throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof n!=="object"||n===null||i.call(n)==="[object Array]"){throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n))}f="value"in n;if(f){if(c.call(e,t)||u.call(e,t)){l=e.__proto__;e.__proto__=s;delete e[t];e[t]=n.value;e.__proto__=l}else{e[t]=n.value}}p="get"in n;d="set"in n;if(f&&(p||d)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(p&&o){o.call(e,t,n.get)}if(d&&a){a.call(e,t,n.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(9501);var s=n(1006);var i=n(9728);var o;if(r()){o=i}else{o=s}e.exports=o},1006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5763);function nativeClass(e){return r.call(e)}e.exports=nativeClass},9728:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1907);var s=n(4499);var i=n(5763);function nativeClass(e){var t;var n;var o;if(e===null||e===void 0){return i.call(e)}n=e[s];t=r(e,s);try{e[s]=void 0}catch(t){return i.call(e)}o=i.call(e);if(t){e[s]=n}else{delete e[s]}return o}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2038);var s=typeof r==="function"?r.toStringTag:"";e.exports=s},3251:function(e){(function(t,n){true?e.exports=n():0})(this,function(){"use strict";var e=typeof globalThis!=="undefined"?globalThis:typeof window!=="undefined"?window:typeof global!=="undefined"?global:typeof self!=="undefined"?self:{};function getCjsExportFromNamespace(e){return e&&e["default"]||e}var load=function(e,t,n={}){var r,s,i;for(r in t){i=t[r];n[r]=(s=e[r])!=null?s:i}return n};var overwrite=function(e,t,n={}){var r,s;for(r in e){s=e[r];if(t[r]!==void 0){n[r]=s}}return n};var t={load:load,overwrite:overwrite};var n;n=class DLList{constructor(e,t){this.incr=e;this.decr=t;this._first=null;this._last=null;this.length=0}push(e){var t;this.length++;if(typeof this.incr==="function"){this.incr()}t={value:e,prev:this._last,next:null};if(this._last!=null){this._last.next=t;this._last=t}else{this._first=this._last=t}return void 0}shift(){var e;if(this._first==null){return}else{this.length--;if(typeof this.decr==="function"){this.decr()}}e=this._first.value;if((this._first=this._first.next)!=null){this._first.prev=null}else{this._last=null}return e}first(){if(this._first!=null){return this._first.value}}getArray(){var e,t,n;e=this._first;n=[];while(e!=null){n.push((t=e,e=e.next,t.value))}return n}forEachShift(e){var t;t=this.shift();while(t!=null){e(t),t=this.shift()}return void 0}debug(){var e,t,n,r,s;e=this._first;s=[];while(e!=null){s.push((t=e,e=e.next,{value:t.value,prev:(n=t.prev)!=null?n.value:void 0,next:(r=t.next)!=null?r.value:void 0}))}return s}};var r=n;var s;s=class Events{constructor(e){this.instance=e;this._events={};if(this.instance.on!=null||this.instance.once!=null||this.instance.removeAllListeners!=null){throw new Error("An Emitter already exists for this object")}this.instance.on=(e,t)=>this._addListener(e,"many",t);this.instance.once=(e,t)=>this._addListener(e,"once",t);this.instance.removeAllListeners=(e=null)=>{if(e!=null){return delete this._events[e]}else{return this._events={}}}}_addListener(e,t,n){var r;if((r=this._events)[e]==null){r[e]=[]}this._events[e].push({cb:n,status:t});return this.instance}listenerCount(e){if(this._events[e]!=null){return this._events[e].length}else{return 0}}async trigger(e,...t){var n,r;try{if(e!=="debug"){this.trigger("debug",`Event triggered: ${e}`,t)}if(this._events[e]==null){return}this._events[e]=this._events[e].filter(function(e){return e.status!=="none"});r=this._events[e].map(async e=>{var n,r;if(e.status==="none"){return}if(e.status==="once"){e.status="none"}try{r=typeof e.cb==="function"?e.cb(...t):void 0;if(typeof(r!=null?r.then:void 0)==="function"){return await r}else{return r}}catch(e){n=e;{this.trigger("error",n)}return null}});return(await Promise.all(r)).find(function(e){return e!=null})}catch(e){n=e;{this.trigger("error",n)}return null}}};var i=s;var o,a,c;o=r;a=i;c=class Queues{constructor(e){var t;this.Events=new a(this);this._length=0;this._lists=function(){var n,r,s;s=[];for(t=n=1,r=e;1<=r?n<=r:n>=r;t=1<=r?++n:--n){s.push(new o(()=>this.incr(),()=>this.decr()))}return s}.call(this)}incr(){if(this._length++===0){return this.Events.trigger("leftzero")}}decr(){if(--this._length===0){return this.Events.trigger("zero")}}push(e){return this._lists[e.options.priority].push(e)}queued(e){if(e!=null){return this._lists[e].length}else{return this._length}}shiftAll(e){return this._lists.forEach(function(t){return t.forEachShift(e)})}getFirst(e=this._lists){var t,n,r;for(t=0,n=e.length;t<n;t++){r=e[t];if(r.length>0){return r}}return[]}shiftLastFrom(e){return this.getFirst(this._lists.slice(e).reverse()).shift()}};var u=c;var l;l=class BottleneckError extends Error{};var f=l;var p,d,h,m,v;m=10;d=5;v=t;p=f;h=class Job{constructor(e,t,n,r,s,i,o,a){this.task=e;this.args=t;this.rejectOnDrop=s;this.Events=i;this._states=o;this.Promise=a;this.options=v.load(n,r);this.options.priority=this._sanitizePriority(this.options.priority);if(this.options.id===r.id){this.options.id=`${this.options.id}-${this._randomIndex()}`}this.promise=new this.Promise((e,t)=>{this._resolve=e;this._reject=t});this.retryCount=0}_sanitizePriority(e){var t;t=~~e!==e?d:e;if(t<0){return 0}else if(t>m-1){return m-1}else{return t}}_randomIndex(){return Math.random().toString(36).slice(2)}doDrop({error:e,message:t="This job has been dropped by Bottleneck"}={}){if(this._states.remove(this.options.id)){if(this.rejectOnDrop){this._reject(e!=null?e:new p(t))}this.Events.trigger("dropped",{args:this.args,options:this.options,task:this.task,promise:this.promise});return true}else{return false}}_assertStatus(e){var t;t=this._states.jobStatus(this.options.id);if(!(t===e||e==="DONE"&&t===null)){throw new p(`Invalid job status ${t}, expected ${e}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`)}}doReceive(){this._states.start(this.options.id);return this.Events.trigger("received",{args:this.args,options:this.options})}doQueue(e,t){this._assertStatus("RECEIVED");this._states.next(this.options.id);return this.Events.trigger("queued",{args:this.args,options:this.options,reachedHWM:e,blocked:t})}doRun(){if(this.retryCount===0){this._assertStatus("QUEUED");this._states.next(this.options.id)}else{this._assertStatus("EXECUTING")}return this.Events.trigger("scheduled",{args:this.args,options:this.options})}async doExecute(e,t,n,r){var s,i,o;if(this.retryCount===0){this._assertStatus("RUNNING");this._states.next(this.options.id)}else{this._assertStatus("EXECUTING")}i={args:this.args,options:this.options,retryCount:this.retryCount};this.Events.trigger("executing",i);try{o=await(e!=null?e.schedule(this.options,this.task,...this.args):this.task(...this.args));if(t()){this.doDone(i);await r(this.options,i);this._assertStatus("DONE");return this._resolve(o)}}catch(e){s=e;return this._onFailure(s,i,t,n,r)}}doExpire(e,t,n){var r,s;if(this._states.jobStatus(this.options.id==="RUNNING")){this._states.next(this.options.id)}this._assertStatus("EXECUTING");s={args:this.args,options:this.options,retryCount:this.retryCount};r=new p(`This job timed out after ${this.options.expiration} ms.`);return this._onFailure(r,s,e,t,n)}async _onFailure(e,t,n,r,s){var i,o;if(n()){i=await this.Events.trigger("failed",e,t);if(i!=null){o=~~i;this.Events.trigger("retry",`Retrying ${this.options.id} after ${o} ms`,t);this.retryCount++;return r(o)}else{this.doDone(t);await s(this.options,t);this._assertStatus("DONE");return this._reject(e)}}}doDone(e){this._assertStatus("EXECUTING");this._states.next(this.options.id);return this.Events.trigger("done",e)}};var g=h;var y,b,w;w=t;y=f;b=class LocalDatastore{constructor(e,t,n){this.instance=e;this.storeOptions=t;this.clientId=this.instance._randomIndex();w.load(n,n,this);this._nextRequest=this._lastReservoirRefresh=this._lastReservoirIncrease=Date.now();this._running=0;this._done=0;this._unblockTime=0;this.ready=this.Promise.resolve();this.clients={};this._startHeartbeat()}_startHeartbeat(){var e;if(this.heartbeat==null&&(this.storeOptions.reservoirRefreshInterval!=null&&this.storeOptions.reservoirRefreshAmount!=null||this.storeOptions.reservoirIncreaseInterval!=null&&this.storeOptions.reservoirIncreaseAmount!=null)){return typeof(e=this.heartbeat=setInterval(()=>{var e,t,n,r,s;r=Date.now();if(this.storeOptions.reservoirRefreshInterval!=null&&r>=this._lastReservoirRefresh+this.storeOptions.reservoirRefreshInterval){this._lastReservoirRefresh=r;this.storeOptions.reservoir=this.storeOptions.reservoirRefreshAmount;this.instance._drainAll(this.computeCapacity())}if(this.storeOptions.reservoirIncreaseInterval!=null&&r>=this._lastReservoirIncrease+this.storeOptions.reservoirIncreaseInterval){({reservoirIncreaseAmount:e,reservoirIncreaseMaximum:n,reservoir:s}=this.storeOptions);this._lastReservoirIncrease=r;t=n!=null?Math.min(e,n-s):e;if(t>0){this.storeOptions.reservoir+=t;return this.instance._drainAll(this.computeCapacity())}}},this.heartbeatInterval)).unref==="function"?e.unref():void 0}else{return clearInterval(this.heartbeat)}}async __publish__(e){await this.yieldLoop();return this.instance.Events.trigger("message",e.toString())}async __disconnect__(e){await this.yieldLoop();clearInterval(this.heartbeat);return this.Promise.resolve()}yieldLoop(e=0){return new this.Promise(function(t,n){return setTimeout(t,e)})}computePenalty(){var e;return(e=this.storeOptions.penalty)!=null?e:15*this.storeOptions.minTime||5e3}async __updateSettings__(e){await this.yieldLoop();w.overwrite(e,e,this.storeOptions);this._startHeartbeat();this.instance._drainAll(this.computeCapacity());return true}async __running__(){await this.yieldLoop();return this._running}async __queued__(){await this.yieldLoop();return this.instance.queued()}async __done__(){await this.yieldLoop();return this._done}async __groupCheck__(e){await this.yieldLoop();return this._nextRequest+this.timeout<e}computeCapacity(){var e,t;({maxConcurrent:e,reservoir:t}=this.storeOptions);if(e!=null&&t!=null){return Math.min(e-this._running,t)}else if(e!=null){return e-this._running}else if(t!=null){return t}else{return null}}conditionsCheck(e){var t;t=this.computeCapacity();return t==null||e<=t}async __incrementReservoir__(e){var t;await this.yieldLoop();t=this.storeOptions.reservoir+=e;this.instance._drainAll(this.computeCapacity());return t}async __currentReservoir__(){await this.yieldLoop();return this.storeOptions.reservoir}isBlocked(e){return this._unblockTime>=e}check(e,t){return this.conditionsCheck(e)&&this._nextRequest-t<=0}async __check__(e){var t;await this.yieldLoop();t=Date.now();return this.check(e,t)}async __register__(e,t,n){var r,s;await this.yieldLoop();r=Date.now();if(this.conditionsCheck(t)){this._running+=t;if(this.storeOptions.reservoir!=null){this.storeOptions.reservoir-=t}s=Math.max(this._nextRequest-r,0);this._nextRequest=r+s+this.storeOptions.minTime;return{success:true,wait:s,reservoir:this.storeOptions.reservoir}}else{return{success:false}}}strategyIsBlock(){return this.storeOptions.strategy===3}async __submit__(e,t){var n,r,s;await this.yieldLoop();if(this.storeOptions.maxConcurrent!=null&&t>this.storeOptions.maxConcurrent){throw new y(`Impossible to add a job having a weight of ${t} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`)}r=Date.now();s=this.storeOptions.highWater!=null&&e===this.storeOptions.highWater&&!this.check(t,r);n=this.strategyIsBlock()&&(s||this.isBlocked(r));if(n){this._unblockTime=r+this.computePenalty();this._nextRequest=this._unblockTime+this.storeOptions.minTime;this.instance._dropAllQueued()}return{reachedHWM:s,blocked:n,strategy:this.storeOptions.strategy}}async __free__(e,t){await this.yieldLoop();this._running-=t;this._done+=t;this.instance._drainAll(this.computeCapacity());return{running:this._running}}};var k=b;var S,x;S=f;x=class States{constructor(e){this.status=e;this._jobs={};this.counts=this.status.map(function(){return 0})}next(e){var t,n;t=this._jobs[e];n=t+1;if(t!=null&&n<this.status.length){this.counts[t]--;this.counts[n]++;return this._jobs[e]++}else if(t!=null){this.counts[t]--;return delete this._jobs[e]}}start(e){var t;t=0;this._jobs[e]=t;return this.counts[t]++}remove(e){var t;t=this._jobs[e];if(t!=null){this.counts[t]--;delete this._jobs[e]}return t!=null}jobStatus(e){var t;return(t=this.status[this._jobs[e]])!=null?t:null}statusJobs(e){var t,n,r,s,i;if(e!=null){n=this.status.indexOf(e);if(n<0){throw new S(`status must be one of ${this.status.join(", ")}`)}r=this._jobs;s=[];for(t in r){i=r[t];if(i===n){s.push(t)}}return s}else{return Object.keys(this._jobs)}}statusCounts(){return this.counts.reduce((e,t,n)=>{e[this.status[n]]=t;return e},{})}};var A=x;var E,O;E=r;O=class Sync{constructor(e,t){this.schedule=this.schedule.bind(this);this.name=e;this.Promise=t;this._running=0;this._queue=new E}isEmpty(){return this._queue.length===0}async _tryToRun(){var e,t,n,r,s,i,o;if(this._running<1&&this._queue.length>0){this._running++;({task:o,args:e,resolve:s,reject:r}=this._queue.shift());t=await async function(){try{i=await o(...e);return function(){return s(i)}}catch(e){n=e;return function(){return r(n)}}}();this._running--;this._tryToRun();return t()}}schedule(e,...t){var n,r,s;s=r=null;n=new this.Promise(function(e,t){s=e;return r=t});this._queue.push({task:e,args:t,resolve:s,reject:r});this._tryToRun();return n}};var $=O;var P="2.19.5";var N={version:P};var T=Object.freeze({version:P,default:N});var require$$2=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var require$$3=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var require$$4=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var I,z,R,L,j,D;D=t;I=i;L=require$$2;R=require$$3;j=require$$4;z=function(){class Group{constructor(e={}){this.deleteKey=this.deleteKey.bind(this);this.limiterOptions=e;D.load(this.limiterOptions,this.defaults,this);this.Events=new I(this);this.instances={};this.Bottleneck=re;this._startAutoCleanup();this.sharedConnection=this.connection!=null;if(this.connection==null){if(this.limiterOptions.datastore==="redis"){this.connection=new L(Object.assign({},this.limiterOptions,{Events:this.Events}))}else if(this.limiterOptions.datastore==="ioredis"){this.connection=new R(Object.assign({},this.limiterOptions,{Events:this.Events}))}}}key(e=""){var t;return(t=this.instances[e])!=null?t:(()=>{var t;t=this.instances[e]=new this.Bottleneck(Object.assign(this.limiterOptions,{id:`${this.id}-${e}`,timeout:this.timeout,connection:this.connection}));this.Events.trigger("created",t,e);return t})()}async deleteKey(e=""){var t,n;n=this.instances[e];if(this.connection){t=await this.connection.__runCommand__(["del",...j.allKeys(`${this.id}-${e}`)])}if(n!=null){delete this.instances[e];await n.disconnect()}return n!=null||t>0}limiters(){var e,t,n,r;t=this.instances;n=[];for(e in t){r=t[e];n.push({key:e,limiter:r})}return n}keys(){return Object.keys(this.instances)}async clusterKeys(){var e,t,n,r,s,i,o,a,c;if(this.connection==null){return this.Promise.resolve(this.keys())}i=[];e=null;c=`b_${this.id}-`.length;t="_settings".length;while(e!==0){[a,n]=await this.connection.__runCommand__(["scan",e!=null?e:0,"match",`b_${this.id}-*_settings`,"count",1e4]);e=~~a;for(r=0,o=n.length;r<o;r++){s=n[r];i.push(s.slice(c,-t))}}return i}_startAutoCleanup(){var e;clearInterval(this.interval);return typeof(e=this.interval=setInterval(async()=>{var e,t,n,r,s,i;s=Date.now();n=this.instances;r=[];for(t in n){i=n[t];try{if(await i._store.__groupCheck__(s)){r.push(this.deleteKey(t))}else{r.push(void 0)}}catch(t){e=t;r.push(i.Events.trigger("error",e))}}return r},this.timeout/2)).unref==="function"?e.unref():void 0}updateSettings(e={}){D.overwrite(e,this.defaults,this);D.overwrite(e,e,this.limiterOptions);if(e.timeout!=null){return this._startAutoCleanup()}}disconnect(e=true){var t;if(!this.sharedConnection){return(t=this.connection)!=null?t.disconnect(e):void 0}}}Group.prototype.defaults={timeout:1e3*60*5,connection:null,Promise:Promise,id:"group-key"};return Group}.call(e);var M=z;var B,F,U;U=t;F=i;B=function(){class Batcher{constructor(e={}){this.options=e;U.load(this.options,this.defaults,this);this.Events=new F(this);this._arr=[];this._resetPromise();this._lastFlush=Date.now()}_resetPromise(){return this._promise=new this.Promise((e,t)=>this._resolve=e)}_flush(){clearTimeout(this._timeout);this._lastFlush=Date.now();this._resolve();this.Events.trigger("batch",this._arr);this._arr=[];return this._resetPromise()}add(e){var t;this._arr.push(e);t=this._promise;if(this._arr.length===this.maxSize){this._flush()}else if(this.maxTime!=null&&this._arr.length===1){this._timeout=setTimeout(()=>this._flush(),this.maxTime)}return t}}Batcher.prototype.defaults={maxTime:null,maxSize:null,Promise:Promise};return Batcher}.call(e);var q=B;var require$$4$1=()=>console.log("You must import the full version of Bottleneck in order to use this feature.");var Z=getCjsExportFromNamespace(T);var K,H,V,G,J,W,Y,Q,X,ee,te,ne=[].splice;W=10;H=5;te=t;Y=u;G=g;J=k;Q=require$$4$1;V=i;X=A;ee=$;K=function(){class Bottleneck{constructor(e={},...t){var n,r;this._addToQueue=this._addToQueue.bind(this);this._validateOptions(e,t);te.load(e,this.instanceDefaults,this);this._queues=new Y(W);this._scheduled={};this._states=new X(["RECEIVED","QUEUED","RUNNING","EXECUTING"].concat(this.trackDoneStatus?["DONE"]:[]));this._limiter=null;this.Events=new V(this);this._submitLock=new ee("submit",this.Promise);this._registerLock=new ee("register",this.Promise);r=te.load(e,this.storeDefaults,{});this._store=function(){if(this.datastore==="redis"||this.datastore==="ioredis"||this.connection!=null){n=te.load(e,this.redisStoreDefaults,{});return new Q(this,r,n)}else if(this.datastore==="local"){n=te.load(e,this.localStoreDefaults,{});return new J(this,r,n)}else{throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`)}}.call(this);this._queues.on("leftzero",()=>{var e;return(e=this._store.heartbeat)!=null?typeof e.ref==="function"?e.ref():void 0:void 0});this._queues.on("zero",()=>{var e;return(e=this._store.heartbeat)!=null?typeof e.unref==="function"?e.unref():void 0:void 0})}_validateOptions(e,t){if(!(e!=null&&typeof e==="object"&&t.length===0)){throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.")}}ready(){return this._store.ready}clients(){return this._store.clients}channel(){return`b_${this.id}`}channel_client(){return`b_${this.id}_${this._store.clientId}`}publish(e){return this._store.__publish__(e)}disconnect(e=true){return this._store.__disconnect__(e)}chain(e){this._limiter=e;return this}queued(e){return this._queues.queued(e)}clusterQueued(){return this._store.__queued__()}empty(){return this.queued()===0&&this._submitLock.isEmpty()}running(){return this._store.__running__()}done(){return this._store.__done__()}jobStatus(e){return this._states.jobStatus(e)}jobs(e){return this._states.statusJobs(e)}counts(){return this._states.statusCounts()}_randomIndex(){return Math.random().toString(36).slice(2)}check(e=1){return this._store.__check__(e)}_clearGlobalState(e){if(this._scheduled[e]!=null){clearTimeout(this._scheduled[e].expiration);delete this._scheduled[e];return true}else{return false}}async _free(e,t,n,r){var s,i;try{({running:i}=await this._store.__free__(e,n.weight));this.Events.trigger("debug",`Freed ${n.id}`,r);if(i===0&&this.empty()){return this.Events.trigger("idle")}}catch(e){s=e;return this.Events.trigger("error",s)}}_run(e,t,n){var r,s,i;t.doRun();r=this._clearGlobalState.bind(this,e);i=this._run.bind(this,e,t);s=this._free.bind(this,e,t);return this._scheduled[e]={timeout:setTimeout(()=>t.doExecute(this._limiter,r,i,s),n),expiration:t.options.expiration!=null?setTimeout(function(){return t.doExpire(r,i,s)},n+t.options.expiration):void 0,job:t}}_drainOne(e){return this._registerLock.schedule(()=>{var t,n,r,s,i;if(this.queued()===0){return this.Promise.resolve(null)}i=this._queues.getFirst();({options:s,args:t}=r=i.first());if(e!=null&&s.weight>e){return this.Promise.resolve(null)}this.Events.trigger("debug",`Draining ${s.id}`,{args:t,options:s});n=this._randomIndex();return this._store.__register__(n,s.weight,s.expiration).then(({success:e,wait:o,reservoir:a})=>{var c;this.Events.trigger("debug",`Drained ${s.id}`,{success:e,args:t,options:s});if(e){i.shift();c=this.empty();if(c){this.Events.trigger("empty")}if(a===0){this.Events.trigger("depleted",c)}this._run(n,r,o);return this.Promise.resolve(s.weight)}else{return this.Promise.resolve(null)}})})}_drainAll(e,t=0){return this._drainOne(e).then(n=>{var r;if(n!=null){r=e!=null?e-n:e;return this._drainAll(r,t+n)}else{return this.Promise.resolve(t)}}).catch(e=>this.Events.trigger("error",e))}_dropAllQueued(e){return this._queues.shiftAll(function(t){return t.doDrop({message:e})})}stop(e={}){var t,n;e=te.load(e,this.stopDefaults);n=e=>{var t;t=()=>{var t;t=this._states.counts;return t[0]+t[1]+t[2]+t[3]===e};return new this.Promise((e,n)=>{if(t()){return e()}else{return this.on("done",()=>{if(t()){this.removeAllListeners("done");return e()}})}})};t=e.dropWaitingJobs?(this._run=function(t,n){return n.doDrop({message:e.dropErrorMessage})},this._drainOne=()=>this.Promise.resolve(null),this._registerLock.schedule(()=>this._submitLock.schedule(()=>{var t,r,s;r=this._scheduled;for(t in r){s=r[t];if(this.jobStatus(s.job.options.id)==="RUNNING"){clearTimeout(s.timeout);clearTimeout(s.expiration);s.job.doDrop({message:e.dropErrorMessage})}}this._dropAllQueued(e.dropErrorMessage);return n(0)}))):this.schedule({priority:W-1,weight:0},()=>n(1));this._receive=function(t){return t._reject(new Bottleneck.prototype.BottleneckError(e.enqueueErrorMessage))};this.stop=()=>this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));return t}async _addToQueue(e){var t,n,r,s,i,o,a;({args:t,options:s}=e);try{({reachedHWM:i,blocked:n,strategy:a}=await this._store.__submit__(this.queued(),s.weight))}catch(n){r=n;this.Events.trigger("debug",`Could not queue ${s.id}`,{args:t,options:s,error:r});e.doDrop({error:r});return false}if(n){e.doDrop();return true}else if(i){o=a===Bottleneck.prototype.strategy.LEAK?this._queues.shiftLastFrom(s.priority):a===Bottleneck.prototype.strategy.OVERFLOW_PRIORITY?this._queues.shiftLastFrom(s.priority+1):a===Bottleneck.prototype.strategy.OVERFLOW?e:void 0;if(o!=null){o.doDrop()}if(o==null||a===Bottleneck.prototype.strategy.OVERFLOW){if(o==null){e.doDrop()}return i}}e.doQueue(i,n);this._queues.push(e);await this._drainAll();return i}_receive(e){if(this._states.jobStatus(e.options.id)!=null){e._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${e.options.id})`));return false}else{e.doReceive();return this._submitLock.schedule(this._addToQueue,e)}}submit(...e){var t,n,r,s,i,o,a;if(typeof e[0]==="function"){i=e,[n,...e]=i,[t]=ne.call(e,-1);s=te.load({},this.jobDefaults)}else{o=e,[s,n,...e]=o,[t]=ne.call(e,-1);s=te.load(s,this.jobDefaults)}a=(...e)=>new this.Promise(function(t,r){return n(...e,function(...e){return(e[0]!=null?r:t)(e)})});r=new G(a,e,s,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise);r.promise.then(function(e){return typeof t==="function"?t(...e):void 0}).catch(function(e){if(Array.isArray(e)){return typeof t==="function"?t(...e):void 0}else{return typeof t==="function"?t(e):void 0}});return this._receive(r)}schedule(...e){var t,n,r;if(typeof e[0]==="function"){[r,...e]=e;n={}}else{[n,r,...e]=e}t=new G(r,e,n,this.jobDefaults,this.rejectOnDrop,this.Events,this._states,this.Promise);this._receive(t);return t.promise}wrap(e){var t,n;t=this.schedule.bind(this);n=function(...n){return t(e.bind(this),...n)};n.withOptions=function(n,...r){return t(n,e,...r)};return n}async updateSettings(e={}){await this._store.__updateSettings__(te.overwrite(e,this.storeDefaults));te.overwrite(e,this.instanceDefaults,this);return this}currentReservoir(){return this._store.__currentReservoir__()}incrementReservoir(e=0){return this._store.__incrementReservoir__(e)}}Bottleneck.default=Bottleneck;Bottleneck.Events=V;Bottleneck.version=Bottleneck.prototype.version=Z.version;Bottleneck.strategy=Bottleneck.prototype.strategy={LEAK:1,OVERFLOW:2,OVERFLOW_PRIORITY:4,BLOCK:3};Bottleneck.BottleneckError=Bottleneck.prototype.BottleneckError=f;Bottleneck.Group=Bottleneck.prototype.Group=M;Bottleneck.RedisConnection=Bottleneck.prototype.RedisConnection=require$$2;Bottleneck.IORedisConnection=Bottleneck.prototype.IORedisConnection=require$$3;Bottleneck.Batcher=Bottleneck.prototype.Batcher=q;Bottleneck.prototype.jobDefaults={priority:H,weight:1,expiration:null,id:"<no-id>"};Bottleneck.prototype.storeDefaults={maxConcurrent:null,minTime:0,highWater:null,strategy:Bottleneck.prototype.strategy.LEAK,penalty:null,reservoir:null,reservoirRefreshInterval:null,reservoirRefreshAmount:null,reservoirIncreaseInterval:null,reservoirIncreaseAmount:null,reservoirIncreaseMaximum:null};Bottleneck.prototype.localStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:250};Bottleneck.prototype.redisStoreDefaults={Promise:Promise,timeout:null,heartbeatInterval:5e3,clientTimeout:1e4,Redis:null,clientOptions:{},clusterNodes:null,clearDatastore:false,connection:null};Bottleneck.prototype.instanceDefaults={datastore:"local",connection:null,id:"<no-id>",rejectOnDrop:true,trackDoneStatus:false,Promise:Promise};Bottleneck.prototype.stopDefaults={enqueueErrorMessage:"This limiter has been stopped and cannot accept new jobs.",dropWaitingJobs:true,dropErrorMessage:"This limiter has been stopped."};return Bottleneck}.call(e);var re=K;var se=re;return se})},1916:(e,t)=>{var n;n=true;t.Io=n=void 0;var r=new Uint32Array(65536);var myers_32=function(e,t){var n=e.length;var s=t.length;var i=1<<n-1;var o=-1;var a=0;var c=n;var u=n;while(u--){r[e.charCodeAt(u)]|=1<<u}for(u=0;u<s;u++){var l=r[t.charCodeAt(u)];var f=l|a;l|=(l&o)+o^o;a|=~(l|o);o&=l;if(a&i){c++}if(o&i){c--}a=a<<1|1;o=o<<1|~(f|a);a&=f}u=n;while(u--){r[e.charCodeAt(u)]=0}return c};var myers_x=function(e,t){var n=t.length;var s=e.length;var i=[];var o=[];var a=Math.ceil(n/32);var c=Math.ceil(s/32);for(var u=0;u<a;u++){o[u]=-1;i[u]=0}var l=0;for(;l<c-1;l++){var f=0;var p=-1;var d=l*32;var h=Math.min(32,s)+d;for(var m=d;m<h;m++){r[e.charCodeAt(m)]|=1<<m}for(var u=0;u<n;u++){var v=r[t.charCodeAt(u)];var g=o[u/32|0]>>>u&1;var y=i[u/32|0]>>>u&1;var b=v|f;var w=((v|y)&p)+p^p|v|y;var k=f|~(w|p);var S=p&w;if(k>>>31^g){o[u/32|0]^=1<<u}if(S>>>31^y){i[u/32|0]^=1<<u}k=k<<1|g;S=S<<1|y;p=S|~(b|k);f=k&b}for(var m=d;m<h;m++){r[e.charCodeAt(m)]=0}}var x=0;var A=-1;var E=l*32;var O=Math.min(32,s-E)+E;for(var m=E;m<O;m++){r[e.charCodeAt(m)]|=1<<m}var $=s;for(var u=0;u<n;u++){var v=r[t.charCodeAt(u)];var g=o[u/32|0]>>>u&1;var y=i[u/32|0]>>>u&1;var b=v|x;var w=((v|y)&A)+A^A|v|y;var k=x|~(w|A);var S=A&w;$+=k>>>s-1&1;$-=S>>>s-1&1;if(k>>>31^g){o[u/32|0]^=1<<u}if(S>>>31^y){i[u/32|0]^=1<<u}k=k<<1|g;S=S<<1|y;A=S|~(b|k);x=k&b}for(var m=E;m<O;m++){r[e.charCodeAt(m)]=0}return $};var distance=function(e,t){if(e.length<t.length){var n=t;t=e;e=n}if(t.length===0){return e.length}if(e.length<=32){return myers_32(e,t)}return myers_x(e,t)};t.Io=distance;var closest=function(e,t){var n=Infinity;var r=0;for(var s=0;s<t.length;s++){var i=distance(e,t[s]);if(i<n){n=i;r=s}}return t[r]};n=closest},4006:(e,t,n)=>{const r=n(8016);const s=n(4059);function picomatch(e,t,n=false){if(t&&(t.windows===null||t.windows===undefined)){t={...t,windows:s.isWindows()}}return r(e,t,n)}Object.assign(picomatch,r);e.exports=picomatch},5595:e=>{const t="\\\\/";const n=`[^${t}]`;const r=0;const s="\\.";const i="\\+";const o="\\?";const a="\\/";const c="(?=.)";const u="[^/]";const l=`(?:${a}|$)`;const f=`(?:^|${a})`;const p=`${s}{1,2}${l}`;const d=`(?!${s})`;const h=`(?!${f}${p})`;const m=`(?!${s}{0,1}${l})`;const v=`(?!${p})`;const g=`[^.${a}]`;const y=`${u}*?`;const b="/";const w={DOT_LITERAL:s,PLUS_LITERAL:i,QMARK_LITERAL:o,SLASH_LITERAL:a,ONE_CHAR:c,QMARK:u,END_ANCHOR:l,DOTS_SLASH:p,NO_DOT:d,NO_DOTS:h,NO_DOT_SLASH:m,NO_DOTS_SLASH:v,QMARK_NO_DOT:g,STAR:y,START_ANCHOR:f,SEP:b};const k={...w,SLASH_LITERAL:`[${t}]`,QMARK:n,STAR:`${n}*?`,DOTS_SLASH:`${s}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${s})`,NO_DOTS:`(?!(?:^|[${t}])${s}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${s}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${s}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};const S={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:r,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:S,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===true?k:w}}},8265:(e,t,n)=>{const r=n(5595);const s=n(4059);const{MAX_LENGTH:i,POSIX_REGEX_SOURCE:o,REGEX_NON_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_BACKREF:c,REPLACEMENTS:u}=r;const expandRange=(e,t)=>{if(typeof t.expandRange==="function"){return t.expandRange(...e,t)}e.sort();const n=`[${e.join("-")}]`;try{new RegExp(n)}catch(t){return e.map(e=>s.escapeRegex(e)).join("..")}return n};const syntaxError=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`;const splitTopLevel=e=>{const t=[];let n=0;let r=0;let s=0;let i="";let o=false;for(const a of e){if(o===true){i+=a;o=false;continue}if(a==="\\"){i+=a;o=true;continue}if(a==='"'){s=s===1?0:1;i+=a;continue}if(s===0){if(a==="["){n++}else if(a==="]"&&n>0){n--}else if(n===0){if(a==="("){r++}else if(a===")"&&r>0){r--}else if(a==="|"&&r===0){t.push(i);i="";continue}}}i+=a}t.push(i);return t};const isPlainBranch=e=>{let t=false;for(const n of e){if(t===true){t=false;continue}if(n==="\\"){t=true;continue}if(/[?*+@!()[\]{}]/.test(n)){return false}}return true};const normalizeSimpleBranch=e=>{let t=e.trim();let n=true;while(n===true){n=false;if(/^@\([^\\()[\]{}|]+\)$/.test(t)){t=t.slice(2,-1);n=true}}if(!isPlainBranch(t)){return}return t.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=e=>{const t=e.map(normalizeSimpleBranch).filter(Boolean);for(let e=0;e<t.length;e++){for(let n=e+1;n<t.length;n++){const r=t[e];const s=t[n];const i=r[0];if(!i||r!==i.repeat(r.length)||s!==i.repeat(s.length)){continue}if(r===s||r.startsWith(s)||s.startsWith(r)){return true}}}return false};const parseRepeatedExtglob=(e,t=true)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="("){return}let n=0;let r=0;let s=0;let i=false;for(let o=1;o<e.length;o++){const a=e[o];if(i===true){i=false;continue}if(a==="\\"){i=true;continue}if(a==='"'){s=s===1?0:1;continue}if(s===1){continue}if(a==="["){n++;continue}if(a==="]"&&n>0){n--;continue}if(n>0){continue}if(a==="("){r++;continue}if(a===")"){r--;if(r===0){if(t===true&&o!==e.length-1){return}return{type:e[0],body:e.slice(2,o),end:o}}}}};const buildCharClassStar=e=>{const t=e.length===1?s.escapeRegex(e[0]):`[${e.map(e=>s.escapeRegex(e)).join("")}]`;return`${t}*`};const getStarExtglobSequenceChars=e=>{let t=0;const n=[];while(t<e.length){const r=parseRepeatedExtglob(e.slice(t),false);if(!r||r.type!=="*"){return}const s=splitTopLevel(r.body).map(e=>e.trim());if(s.length!==1){return}const i=normalizeSimpleBranch(s[0]);if(!i||i.length!==1){return}n.push(i);t+=r.end+1}if(n.length<1){return}return n};const repeatedExtglobRecursion=e=>{let t=0;let n=e.trim();let r=parseRepeatedExtglob(n);while(r){t++;n=r.body.trim();r=parseRepeatedExtglob(n)}return t};const analyzeRepeatedExtglob=(e,t)=>{if(t.maxExtglobRecursion===false){return{risky:false}}const n=typeof t.maxExtglobRecursion==="number"?t.maxExtglobRecursion:r.DEFAULT_MAX_EXTGLOB_RECURSION;const s=splitTopLevel(e).map(e=>e.trim());if(s.length>1){if(s.some(e=>e==="")||s.some(e=>/^[*?]+$/.test(e))||hasRepeatedCharPrefixOverlap(s)){return{risky:true}}}const i=[];let o=false;let a=true;for(const e of s){const t=getStarExtglobSequenceChars(e);if(t){o=true;i.push(...t);continue}const r=normalizeSimpleBranch(e);if(r&&r.length===1){i.push(r);continue}a=false;if(repeatedExtglobRecursion(e)>n){return{risky:true}}}if(o){return a?{risky:true,safeOutput:buildCharClassStar([...new Set(i)])}:{risky:true}}return{risky:false}};const parse=(e,t)=>{if(typeof e!=="string"){throw new TypeError("Expected a string")}e=u[e]||e;const n={...t};const l=typeof n.maxLength==="number"?Math.min(i,n.maxLength):i;let f=e.length;if(f>l){throw new SyntaxError(`Input length: ${f}, exceeds maximum allowed length: ${l}`)}const p={type:"bos",value:"",output:n.prepend||""};const d=[p];const h=n.capture?"":"?:";const m=r.globChars(n.windows);const v=r.extglobChars(m);const{DOT_LITERAL:g,PLUS_LITERAL:y,SLASH_LITERAL:b,ONE_CHAR:w,DOTS_SLASH:k,NO_DOT:S,NO_DOT_SLASH:x,NO_DOTS_SLASH:A,QMARK:E,QMARK_NO_DOT:O,STAR:$,START_ANCHOR:P}=m;const globstar=e=>`(${h}(?:(?!${P}${e.dot?k:g}).)*?)`;const N=n.dot?"":S;const T=n.dot?E:O;let I=n.bash===true?globstar(n):$;if(n.capture){I=`(${I})`}if(typeof n.noext==="boolean"){n.noextglob=n.noext}const z={input:e,index:-1,start:0,dot:n.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens:d};e=s.removePrefix(e,z);f=e.length;const R=[];const L=[];const j=[];let D=p;let M;const eos=()=>z.index===f-1;const B=z.peek=(t=1)=>e[z.index+t];const F=z.advance=()=>e[++z.index]||"";const remaining=()=>e.slice(z.index+1);const consume=(e="",t=0)=>{z.consumed+=e;z.index+=t};const append=e=>{z.output+=e.output!=null?e.output:e.value;consume(e.value)};const negate=()=>{let e=1;while(B()==="!"&&(B(2)!=="("||B(3)==="?")){F();z.start++;e++}if(e%2===0){return false}z.negated=true;z.start++;return true};const increment=e=>{z[e]++;j.push(e)};const decrement=e=>{z[e]--;j.pop()};const push=e=>{if(D.type==="globstar"){const t=z.braces>0&&(e.type==="comma"||e.type==="brace");const n=e.extglob===true||R.length&&(e.type==="pipe"||e.type==="paren");if(e.type!=="slash"&&e.type!=="paren"&&!t&&!n){z.output=z.output.slice(0,-D.output.length);D.type="star";D.value="*";D.output=I;z.output+=D.output}}if(R.length&&e.type!=="paren"){R[R.length-1].inner+=e.value}if(e.value||e.output)append(e);if(D&&D.type==="text"&&e.type==="text"){D.output=(D.output||D.value)+e.value;D.value+=e.value;return}e.prev=D;d.push(e);D=e};const extglobOpen=(e,t)=>{const r={...v[t],conditions:1,inner:""};r.prev=D;r.parens=z.parens;r.output=z.output;r.startIndex=z.index;r.tokensIndex=d.length;const s=(n.capture?"(":"")+r.open;increment("parens");push({type:e,value:t,output:z.output?"":w});push({type:"paren",extglob:true,value:F(),output:s});R.push(r)};const extglobClose=r=>{const i=e.slice(r.startIndex,z.index+1);const o=e.slice(r.startIndex+2,z.index);const a=analyzeRepeatedExtglob(o,n);if((r.type==="plus"||r.type==="star")&&a.risky){const e=a.safeOutput?(r.output?"":w)+(n.capture?`(${a.safeOutput})`:a.safeOutput):undefined;const t=d[r.tokensIndex];t.type="text";t.value=i;t.output=e||s.escapeRegex(i);for(let e=r.tokensIndex+1;e<d.length;e++){d[e].value="";d[e].output="";delete d[e].suffix}z.output=r.output+t.output;z.backtrack=true;push({type:"paren",extglob:true,value:M,output:""});decrement("parens");return}let c=r.close+(n.capture?")":"");let u;if(r.type==="negate"){let e=I;if(r.inner&&r.inner.length>1&&r.inner.includes("/")){e=globstar(n)}if(e!==I||eos()||/^\)+$/.test(remaining())){c=r.close=`)$))${e}`}if(r.inner.includes("*")&&(u=remaining())&&/^\.[^\\/.]+$/.test(u)){const n=parse(u,{...t,fastpaths:false}).output;c=r.close=`)${n})${e})`}if(r.prev.type==="bos"){z.negatedExtglob=true}}push({type:"paren",extglob:true,value:M,output:c});decrement("parens")};if(n.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(e)){let r=false;let i=e.replace(c,(e,t,n,s,i,o)=>{if(s==="\\"){r=true;return e}if(s==="?"){if(t){return t+s+(i?E.repeat(i.length):"")}if(o===0){return T+(i?E.repeat(i.length):"")}return E.repeat(n.length)}if(s==="."){return g.repeat(n.length)}if(s==="*"){if(t){return t+s+(i?I:"")}return I}return t?e:`\\${e}`});if(r===true){if(n.unescape===true){i=i.replace(/\\/g,"")}else{i=i.replace(/\\+/g,e=>e.length%2===0?"\\\\":e?"\\":"")}}if(i===e&&n.contains===true){z.output=e;return z}z.output=s.wrapOutput(i,z,t);return z}while(!eos()){M=F();if(M==="\0"){continue}if(M==="\\"){const e=B();if(e==="/"&&n.bash!==true){continue}if(e==="."||e===";"){continue}if(!e){M+="\\";push({type:"text",value:M});continue}const t=/^\\+/.exec(remaining());let r=0;if(t&&t[0].length>2){r=t[0].length;z.index+=r;if(r%2!==0){M+="\\"}}if(n.unescape===true){M=F()}else{M+=F()}if(z.brackets===0){push({type:"text",value:M});continue}}if(z.brackets>0&&(M!=="]"||D.value==="["||D.value==="[^")){if(n.posix!==false&&M===":"){const e=D.value.slice(1);if(e.includes("[")){D.posix=true;if(e.includes(":")){const e=D.value.lastIndexOf("[");const t=D.value.slice(0,e);const n=D.value.slice(e+2);const r=o[n];if(r){D.value=t+r;z.backtrack=true;F();if(!p.output&&d.indexOf(D)===1){p.output=w}continue}}}}if(M==="["&&B()!==":"||M==="-"&&B()==="]"){M=`\\${M}`}if(M==="]"&&(D.value==="["||D.value==="[^")){M=`\\${M}`}if(n.posix===true&&M==="!"&&D.value==="["){M="^"}D.value+=M;append({value:M});continue}if(z.quotes===1&&M!=='"'){M=s.escapeRegex(M);D.value+=M;append({value:M});continue}if(M==='"'){z.quotes=z.quotes===1?0:1;if(n.keepQuotes===true){push({type:"text",value:M})}continue}if(M==="("){increment("parens");push({type:"paren",value:M});continue}if(M===")"){if(z.parens===0&&n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const e=R[R.length-1];if(e&&z.parens===e.parens+1){extglobClose(R.pop());continue}push({type:"paren",value:M,output:z.parens?")":"\\)"});decrement("parens");continue}if(M==="["){if(n.nobracket===true||!remaining().includes("]")){if(n.nobracket!==true&&n.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}M=`\\${M}`}else{increment("brackets")}push({type:"bracket",value:M});continue}if(M==="]"){if(n.nobracket===true||D&&D.type==="bracket"&&D.value.length===1){push({type:"text",value:M,output:`\\${M}`});continue}if(z.brackets===0){if(n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value:M,output:`\\${M}`});continue}decrement("brackets");const e=D.value.slice(1);if(D.posix!==true&&e[0]==="^"&&!e.includes("/")){M=`/${M}`}D.value+=M;append({value:M});if(n.literalBrackets===false||s.hasRegexChars(e)){continue}const t=s.escapeRegex(D.value);z.output=z.output.slice(0,-D.value.length);if(n.literalBrackets===true){z.output+=t;D.value=t;continue}D.value=`(${h}${t}|${D.value})`;z.output+=D.value;continue}if(M==="{"&&n.nobrace!==true){increment("braces");const e={type:"brace",value:M,output:"(",outputIndex:z.output.length,tokensIndex:z.tokens.length};L.push(e);push(e);continue}if(M==="}"){const e=L[L.length-1];if(n.nobrace===true||!e){push({type:"text",value:M,output:M});continue}let t=")";if(e.dots===true){const e=d.slice();const r=[];for(let t=e.length-1;t>=0;t--){d.pop();if(e[t].type==="brace"){break}if(e[t].type!=="dots"){r.unshift(e[t].value)}}t=expandRange(r,n);z.backtrack=true}if(e.comma!==true&&e.dots!==true){const n=z.output.slice(0,e.outputIndex);const r=z.tokens.slice(e.tokensIndex);e.value=e.output="\\{";M=t="\\}";z.output=n;for(const e of r){z.output+=e.output||e.value}}push({type:"brace",value:M,output:t});decrement("braces");L.pop();continue}if(M==="|"){if(R.length>0){R[R.length-1].conditions++}push({type:"text",value:M});continue}if(M===","){let e=M;const t=L[L.length-1];if(t&&j[j.length-1]==="braces"){t.comma=true;e="|"}push({type:"comma",value:M,output:e});continue}if(M==="/"){if(D.type==="dot"&&z.index===z.start+1){z.start=z.index+1;z.consumed="";z.output="";d.pop();D=p;continue}push({type:"slash",value:M,output:b});continue}if(M==="."){if(z.braces>0&&D.type==="dot"){if(D.value===".")D.output=g;const e=L[L.length-1];D.type="dots";D.output+=M;D.value+=M;e.dots=true;continue}if(z.braces+z.parens===0&&D.type!=="bos"&&D.type!=="slash"){push({type:"text",value:M,output:g});continue}push({type:"dot",value:M,output:g});continue}if(M==="?"){const e=D&&D.value==="(";if(!e&&n.noextglob!==true&&B()==="("&&B(2)!=="?"){extglobOpen("qmark",M);continue}if(D&&D.type==="paren"){const e=B();let t=M;if(D.value==="("&&!/[!=<:]/.test(e)||e==="<"&&!/<([!=]|\w+>)/.test(remaining())){t=`\\${M}`}push({type:"text",value:M,output:t});continue}if(n.dot!==true&&(D.type==="slash"||D.type==="bos")){push({type:"qmark",value:M,output:O});continue}push({type:"qmark",value:M,output:E});continue}if(M==="!"){if(n.noextglob!==true&&B()==="("){if(B(2)!=="?"||!/[!=<:]/.test(B(3))){extglobOpen("negate",M);continue}}if(n.nonegate!==true&&z.index===0){negate();continue}}if(M==="+"){if(n.noextglob!==true&&B()==="("&&B(2)!=="?"){extglobOpen("plus",M);continue}if(D&&D.value==="("||n.regex===false){push({type:"plus",value:M,output:y});continue}if(D&&(D.type==="bracket"||D.type==="paren"||D.type==="brace")||z.parens>0){push({type:"plus",value:M});continue}push({type:"plus",value:y});continue}if(M==="@"){if(n.noextglob!==true&&B()==="("&&B(2)!=="?"){push({type:"at",extglob:true,value:M,output:""});continue}push({type:"text",value:M});continue}if(M!=="*"){if(M==="$"||M==="^"){M=`\\${M}`}const e=a.exec(remaining());if(e){M+=e[0];z.index+=e[0].length}push({type:"text",value:M});continue}if(D&&(D.type==="globstar"||D.star===true)){D.type="star";D.star=true;D.value+=M;D.output=I;z.backtrack=true;z.globstar=true;consume(M);continue}let t=remaining();if(n.noextglob!==true&&/^\([^?]/.test(t)){extglobOpen("star",M);continue}if(D.type==="star"){if(n.noglobstar===true){consume(M);continue}const r=D.prev;const s=r.prev;const i=r.type==="slash"||r.type==="bos";const o=s&&(s.type==="star"||s.type==="globstar");if(n.bash===true&&(!i||t[0]&&t[0]!=="/")){push({type:"star",value:M,output:""});continue}const a=z.braces>0&&(r.type==="comma"||r.type==="brace");const c=R.length&&(r.type==="pipe"||r.type==="paren");if(!i&&r.type!=="paren"&&!a&&!c){push({type:"star",value:M,output:""});continue}while(t.slice(0,3)==="/**"){const n=e[z.index+4];if(n&&n!=="/"){break}t=t.slice(3);consume("/**",3)}const u=eos()||z.parens>0&&t===")".repeat(z.parens)&&!R.some(e=>e.type==="negate");if(r.type==="bos"&&eos()){D.type="globstar";D.value+=M;D.output=globstar(n);z.output=D.output;z.globstar=true;consume(M);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&!o&&u){z.output=z.output.slice(0,-(r.output+D.output).length);r.output=`(?:${r.output}`;D.type="globstar";D.output=globstar(n)+(n.strictSlashes?")":"|$)");D.value+=M;z.globstar=true;z.output+=r.output+D.output;consume(M);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&t[0]==="/"){const e=t[1]!==void 0?"|$":"";z.output=z.output.slice(0,-(r.output+D.output).length);r.output=`(?:${r.output}`;D.type="globstar";D.output=`${globstar(n)}${b}|${b}${e})`;D.value+=M;z.output+=r.output+D.output;z.globstar=true;consume(M+F());push({type:"slash",value:"/",output:""});continue}if(r.type==="bos"&&t[0]==="/"){D.type="globstar";D.value+=M;D.output=`(?:^|${b}|${globstar(n)}${b})`;z.output=D.output;z.globstar=true;consume(M+F());push({type:"slash",value:"/",output:""});continue}z.output=z.output.slice(0,-D.output.length);D.type="globstar";D.output=globstar(n);D.value+=M;z.output+=D.output;z.globstar=true;consume(M);continue}const r={type:"star",value:M,output:I};if(n.bash===true){r.output=".*?";if(D.type==="bos"||D.type==="slash"){r.output=N+r.output}push(r);continue}if(D&&(D.type==="bracket"||D.type==="paren")&&n.regex===true){r.output=M;push(r);continue}if(z.index===z.start||D.type==="slash"||D.type==="dot"){if(D.type==="dot"){z.output+=x;D.output+=x}else if(n.dot===true){z.output+=A;D.output+=A}else{z.output+=N;D.output+=N}if(B()!=="*"){z.output+=w;D.output+=w}}push(r)}while(z.brackets>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));z.output=s.escapeLast(z.output,"[");decrement("brackets")}while(z.parens>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));z.output=s.escapeLast(z.output,"(");decrement("parens")}while(z.braces>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));z.output=s.escapeLast(z.output,"{");decrement("braces")}if(n.strictSlashes!==true&&(D.type==="star"||D.type==="bracket")){push({type:"maybe_slash",value:"",output:`${b}?`})}if(z.backtrack===true){z.output="";for(const e of z.tokens){z.output+=e.output!=null?e.output:e.value;if(e.suffix){z.output+=e.suffix}}}return z};parse.fastpaths=(e,t)=>{const n={...t};const o=typeof n.maxLength==="number"?Math.min(i,n.maxLength):i;const a=e.length;if(a>o){throw new SyntaxError(`Input length: ${a}, exceeds maximum allowed length: ${o}`)}e=u[e]||e;const{DOT_LITERAL:c,SLASH_LITERAL:l,ONE_CHAR:f,DOTS_SLASH:p,NO_DOT:d,NO_DOTS:h,NO_DOTS_SLASH:m,STAR:v,START_ANCHOR:g}=r.globChars(n.windows);const y=n.dot?h:d;const b=n.dot?m:d;const w=n.capture?"":"?:";const k={negated:false,prefix:""};let S=n.bash===true?".*?":v;if(n.capture){S=`(${S})`}const globstar=e=>{if(e.noglobstar===true)return S;return`(${w}(?:(?!${g}${e.dot?p:c}).)*?)`};const create=e=>{switch(e){case"*":return`${y}${f}${S}`;case".*":return`${c}${f}${S}`;case"*.*":return`${y}${S}${c}${f}${S}`;case"*/*":return`${y}${S}${l}${f}${b}${S}`;case"**":return y+globstar(n);case"**/*":return`(?:${y}${globstar(n)}${l})?${b}${f}${S}`;case"**/*.*":return`(?:${y}${globstar(n)}${l})?${b}${S}${c}${f}${S}`;case"**/.*":return`(?:${y}${globstar(n)}${l})?${c}${f}${S}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const n=create(t[1]);if(!n)return;return n+c+t[2]}}};const x=s.removePrefix(e,k);let A=create(x);if(A&&n.strictSlashes!==true){A+=`${l}?`}return A};e.exports=parse},8016:(e,t,n)=>{const r=n(1781);const s=n(8265);const i=n(4059);const o=n(5595);const isObject=e=>e&&typeof e==="object"&&!Array.isArray(e);const picomatch=(e,t,n=false)=>{if(Array.isArray(e)){const r=e.map(e=>picomatch(e,t,n));const arrayMatcher=e=>{for(const t of r){const n=t(e);if(n)return n}return false};return arrayMatcher}const r=isObject(e)&&e.tokens&&e.input;if(e===""||typeof e!=="string"&&!r){throw new TypeError("Expected pattern to be a non-empty string")}const s=t||{};const i=s.windows;const o=r?picomatch.compileRe(e,t):picomatch.makeRe(e,t,false,true);const a=o.state;delete o.state;let isIgnored=()=>false;if(s.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(s.ignore,e,n)}const matcher=(n,r=false)=>{const{isMatch:c,match:u,output:l}=picomatch.test(n,o,t,{glob:e,posix:i});const f={glob:e,state:a,regex:o,posix:i,input:n,output:l,match:u,isMatch:c};if(typeof s.onResult==="function"){s.onResult(f)}if(c===false){f.isMatch=false;return r?f:false}if(isIgnored(n)){if(typeof s.onIgnore==="function"){s.onIgnore(f)}f.isMatch=false;return r?f:false}if(typeof s.onMatch==="function"){s.onMatch(f)}return r?f:true};if(n){matcher.state=a}return matcher};picomatch.test=(e,t,n,{glob:r,posix:s}={})=>{if(typeof e!=="string"){throw new TypeError("Expected input to be a string")}if(e===""){return{isMatch:false,output:""}}const o=n||{};const a=o.format||(s?i.toPosixSlashes:null);let c=e===r;let u=c&&a?a(e):e;if(c===false){u=a?a(e):e;c=u===r}if(c===false||o.capture===true){if(o.matchBase===true||o.basename===true){c=picomatch.matchBase(e,t,n,s)}else{c=t.exec(u)}}return{isMatch:Boolean(c),match:c,output:u}};picomatch.matchBase=(e,t,n,r=n&&n.windows)=>{const s=t instanceof RegExp?t:picomatch.makeRe(t,n);return s.test(i.basename(e,{windows:r}))};picomatch.isMatch=(e,t,n)=>picomatch(t,n)(e);picomatch.parse=(e,t)=>{if(Array.isArray(e))return e.map(e=>picomatch.parse(e,t));return s(e,{...t,fastpaths:false})};picomatch.scan=(e,t)=>r(e,t);picomatch.compileRe=(e,t,n=false,r=false)=>{if(n===true){return e.output}const s=t||{};const i=s.contains?"":"^";const o=s.contains?"":"$";let a=`${i}(?:${e.output})${o}`;if(e&&e.negated===true){a=`^(?!${a}).*$`}const c=picomatch.toRegex(a,t);if(r===true){c.state=e}return c};picomatch.makeRe=(e,t={},n=false,r=false)=>{if(!e||typeof e!=="string"){throw new TypeError("Expected a non-empty string")}let i={negated:false,fastpaths:true};if(t.fastpaths!==false&&(e[0]==="."||e[0]==="*")){i.output=s.fastpaths(e,t)}if(!i.output){i=s(e,t)}return picomatch.compileRe(i,t,n,r)};picomatch.toRegex=(e,t)=>{try{const n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(e){if(t&&t.debug===true)throw e;return/$^/}};picomatch.constants=o;e.exports=picomatch},1781:(e,t,n)=>{const r=n(4059);const{CHAR_ASTERISK:s,CHAR_AT:i,CHAR_BACKWARD_SLASH:o,CHAR_COMMA:a,CHAR_DOT:c,CHAR_EXCLAMATION_MARK:u,CHAR_FORWARD_SLASH:l,CHAR_LEFT_CURLY_BRACE:f,CHAR_LEFT_PARENTHESES:p,CHAR_LEFT_SQUARE_BRACKET:d,CHAR_PLUS:h,CHAR_QUESTION_MARK:m,CHAR_RIGHT_CURLY_BRACE:v,CHAR_RIGHT_PARENTHESES:g,CHAR_RIGHT_SQUARE_BRACKET:y}=n(5595);const isPathSeparator=e=>e===l||e===o;const depth=e=>{if(e.isPrefix!==true){e.depth=e.isGlobstar?Infinity:1}};const scan=(e,t)=>{const n=t||{};const b=e.length-1;const w=n.parts===true||n.tokens===true||n.scanToEnd===true;const k=[];const S=[];const x=[];let A=e;let E=-1;let O=0;let $=0;let P=false;let N=false;let T=false;let I=false;let z=false;let R=false;let L=false;let j=false;let D=false;let M=false;let B=0;let F;let U;let q={value:"",depth:0,isGlob:false};const eos=()=>E>=b;const peek=()=>A.charCodeAt(E+1);const advance=()=>{F=U;return A.charCodeAt(++E)};while(E<b){U=advance();let e;if(U===o){L=q.backslashes=true;U=advance();if(U===f){R=true}continue}if(R===true||U===f){B++;while(eos()!==true&&(U=advance())){if(U===o){L=q.backslashes=true;advance();continue}if(U===f){B++;continue}if(R!==true&&U===c&&(U=advance())===c){P=q.isBrace=true;T=q.isGlob=true;M=true;if(w===true){continue}break}if(R!==true&&U===a){P=q.isBrace=true;T=q.isGlob=true;M=true;if(w===true){continue}break}if(U===v){B--;if(B===0){R=false;P=q.isBrace=true;M=true;break}}}if(w===true){continue}break}if(U===l){k.push(E);S.push(q);q={value:"",depth:0,isGlob:false};if(M===true)continue;if(F===c&&E===O+1){O+=2;continue}$=E+1;continue}if(n.noext!==true){const e=U===h||U===i||U===s||U===m||U===u;if(e===true&&peek()===p){T=q.isGlob=true;I=q.isExtglob=true;M=true;if(U===u&&E===O){D=true}if(w===true){let e=0;while(eos()!==true&&(U=advance())){if(U===o){L=q.backslashes=true;advance();continue}if(U===p){e++;continue}if(U===g&&--e===0){M=true;break}}continue}break}}if(U===s){if(F===s)z=q.isGlobstar=true;T=q.isGlob=true;M=true;if(w===true){continue}break}if(U===m){T=q.isGlob=true;M=true;if(w===true){continue}break}if(U===d){while(eos()!==true&&(e=advance())){if(e===o){L=q.backslashes=true;advance();continue}if(e===y){N=q.isBracket=true;T=q.isGlob=true;M=true;break}}if(w===true){continue}break}if(n.nonegate!==true&&U===u&&E===O){j=q.negated=true;O++;continue}if(n.noparen!==true&&U===p){T=q.isGlob=true;if(w===true){let e=1;while(eos()!==true&&(U=advance())){if(U===o){L=q.backslashes=true;advance();continue}if(U===p){e++;continue}if(U===g&&--e===0){M=true;break}}continue}break}if(T===true){M=true;if(w===true){continue}break}}if(n.noext===true){I=false;T=false}let Z=A;let K="";let H="";if(O>0){K=A.slice(0,O);A=A.slice(O);$-=O}if(Z&&T===true&&$>0){Z=A.slice(0,$);H=A.slice($)}else if(T===true){Z="";H=A}else{Z=A}if(Z&&Z!==""&&Z!=="/"&&Z!==A){if(isPathSeparator(Z.charCodeAt(Z.length-1))){Z=Z.slice(0,-1)}}if(n.unescape===true){if(H)H=r.removeBackslashes(H);if(Z&&L===true){Z=r.removeBackslashes(Z)}}const V={prefix:K,input:e,start:O,base:Z,glob:H,isBrace:P,isBracket:N,isGlob:T,isExtglob:I,isGlobstar:z,negated:j,negatedExtglob:D};if(n.tokens===true){V.maxDepth=0;if(!isPathSeparator(U)){S.push(q)}V.tokens=S}if(n.parts===true||n.tokens===true){let t;for(let r=0;r<k.length;r++){const s=t!==undefined?t+1:O;const i=k[r];const o=e.slice(s,i);if(n.tokens){if(r===0&&O!==0){S[r].isPrefix=true;S[r].value=K}else{S[r].value=o}depth(S[r]);V.maxDepth+=S[r].depth}if(i>=O){x.push(o);t=i}}const r=t!==undefined?t+1:O;const s=e.slice(r);x.push(s);if(n.tokens&&t&&t+1<e.length){S[S.length-1].value=s;depth(S[S.length-1]);V.maxDepth+=S[S.length-1].depth}V.slashes=k;V.parts=x}return V};e.exports=scan},4059:(e,t,n)=>{const{REGEX_BACKSLASH:r,REGEX_REMOVE_BACKSLASH:s,REGEX_SPECIAL_CHARS:i,REGEX_SPECIAL_CHARS_GLOBAL:o}=n(5595);t.isObject=e=>e!==null&&typeof e==="object"&&!Array.isArray(e);t.hasRegexChars=e=>i.test(e);t.isRegexChar=e=>e.length===1&&t.hasRegexChars(e);t.escapeRegex=e=>e.replace(o,"\\$1");t.toPosixSlashes=e=>e.replace(r,"/");t.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};t.removeBackslashes=e=>e.replace(s,e=>e==="\\"?"":e);t.escapeLast=(e,n,r)=>{const s=e.lastIndexOf(n,r);if(s===-1)return e;if(e[s-1]==="\\")return t.escapeLast(e,n,s-1);return`${e.slice(0,s)}\\${e.slice(s)}`};t.removePrefix=(e,t={})=>{let n=e;if(n.startsWith("./")){n=n.slice(2);t.prefix="./"}return n};t.wrapOutput=(e,t={},n={})=>{const r=n.contains?"":"^";const s=n.contains?"":"$";let i=`${r}(?:${e})${s}`;if(t.negated===true){i=`(?:^(?!${i}).*$)`}return i};t.basename=(e,{windows:t}={})=>{const n=e.split(t?/[\\/]/:"/");const r=n[n.length-1];if(r===""){return n[n.length-2]}return r}},7349:(e,t,n)=>{var r=n(1127);var s=n(3301);var i=n(4454);var o=n(2223);var a=n(7103);var c=n(334);var u=n(3142);function resolveCollection(e,t,n,r,s,i){const o=n.type==="block-map"?a.resolveBlockMap(e,t,n,r,i):n.type==="block-seq"?c.resolveBlockSeq(e,t,n,r,i):u.resolveFlowCollection(e,t,n,r,i);const l=o.constructor;if(s==="!"||s===l.tagName){o.tag=l.tagName;return o}if(s)o.tag=s;return o}function composeCollection(e,t,n,a,c){const u=a.tag;const l=!u?null:t.directives.tagName(u.source,e=>c(u,"TAG_RESOLVE_FAILED",e));if(n.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=a;const n=e&&u?e.offset>u.offset?e:u:e??u;if(n&&(!t||t.offset<n.offset)){const e="Missing newline after block sequence props";c(n,"MISSING_CHAR",e)}}const f=n.type==="block-map"?"map":n.type==="block-seq"?"seq":n.start.source==="{"?"map":"seq";if(!u||!l||l==="!"||l===i.YAMLMap.tagName&&f==="map"||l===o.YAMLSeq.tagName&&f==="seq"){return resolveCollection(e,t,n,c,l)}let p=t.schema.tags.find(e=>e.tag===l&&e.collection===f);if(!p){const r=t.schema.knownTags[l];if(r?.collection===f){t.schema.tags.push(Object.assign({},r,{default:false}));p=r}else{if(r){c(u,"BAD_COLLECTION_TYPE",`${r.tag} used for ${f} collection, but expects ${r.collection??"scalar"}`,true)}else{c(u,"TAG_RESOLVE_FAILED",`Unresolved tag: ${l}`,true)}return resolveCollection(e,t,n,c,l)}}const d=resolveCollection(e,t,n,c,l,p);const h=p.resolve?.(d,e=>c(u,"TAG_RESOLVE_FAILED",e),t.options)??d;const m=r.isNode(h)?h:new s.Scalar(h);m.range=d.range;m.tag=l;if(p?.format)m.format=p.format;return m}t.composeCollection=composeCollection},3683:(e,t,n)=>{var r=n(3021);var s=n(5937);var i=n(7788);var o=n(4631);function composeDoc(e,t,{offset:n,start:a,value:c,end:u},l){const f=Object.assign({_directives:t},e);const p=new r.Document(undefined,f);const d={atKey:false,atRoot:true,directives:p.directives,options:p.options,schema:p.schema};const h=o.resolveProps(a,{indicator:"doc-start",next:c??u?.[0],offset:n,onError:l,parentIndent:0,startOnNewline:true});if(h.found){p.directives.docStart=true;if(c&&(c.type==="block-map"||c.type==="block-seq")&&!h.hasNewline)l(h.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}p.contents=c?s.composeNode(d,c,h,l):s.composeEmptyNode(d,h.end,a,null,h,l);const m=p.contents.range[2];const v=i.resolveEnd(u,m,false,l);if(v.comment)p.comment=v.comment;p.range=[n,m,v.offset];return p}t.composeDoc=composeDoc},5937:(e,t,n)=>{var r=n(4065);var s=n(1127);var i=n(7349);var o=n(5413);var a=n(7788);var c=n(2599);const u={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,n,r){const a=e.atKey;const{spaceBefore:c,comment:l,anchor:f,tag:p}=n;let d;let h=true;switch(t.type){case"alias":d=composeAlias(e,t,r);if(f||p)r(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":d=o.composeScalar(e,t,p,r);if(f)d.anchor=f.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{d=i.composeCollection(u,e,t,n,r);if(f)d.anchor=f.source.substring(1)}catch(e){const n=e instanceof Error?e.message:String(e);r(t,"RESOURCE_EXHAUSTION",n)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;r(t,"UNEXPECTED_TOKEN",e);h=false}}d??(d=composeEmptyNode(e,t.offset,undefined,null,n,r));if(f&&d.anchor==="")r(f,"BAD_ALIAS","Anchor cannot be an empty string");if(a&&e.options.stringKeys&&(!s.isScalar(d)||typeof d.value!=="string"||d.tag&&d.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";r(p??t,"NON_STRING_KEY",e)}if(c)d.spaceBefore=true;if(l){if(t.type==="scalar"&&t.source==="")d.comment=l;else d.commentBefore=l}if(e.options.keepSourceTokens&&h)d.srcToken=t;return d}function composeEmptyNode(e,t,n,r,{spaceBefore:s,comment:i,anchor:a,tag:u,end:l},f){const p={type:"scalar",offset:c.emptyScalarPosition(t,n,r),indent:-1,source:""};const d=o.composeScalar(e,p,u,f);if(a){d.anchor=a.source.substring(1);if(d.anchor==="")f(a,"BAD_ALIAS","Anchor cannot be an empty string")}if(s)d.spaceBefore=true;if(i){d.comment=i;d.range[2]=l}return d}function composeAlias({options:e},{offset:t,source:n,end:s},i){const o=new r.Alias(n.substring(1));if(o.source==="")i(t,"BAD_ALIAS","Alias cannot be an empty string");if(o.source.endsWith(":"))i(t+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const c=t+n.length;const u=a.resolveEnd(s,c,e.strict,i);o.range=[t,c,u.offset];if(u.comment)o.comment=u.comment;return o}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,n)=>{var r=n(1127);var s=n(3301);var i=n(8913);var o=n(6842);function composeScalar(e,t,n,a){const{value:c,type:u,comment:l,range:f}=t.type==="block-scalar"?i.resolveBlockScalar(e,t,a):o.resolveFlowScalar(t,e.options.strict,a);const p=n?e.directives.tagName(n.source,e=>a(n,"TAG_RESOLVE_FAILED",e)):null;let d;if(e.options.stringKeys&&e.atKey){d=e.schema[r.SCALAR]}else if(p)d=findScalarTagByName(e.schema,c,p,n,a);else if(t.type==="scalar")d=findScalarTagByTest(e,c,t,a);else d=e.schema[r.SCALAR];let h;try{const i=d.resolve(c,e=>a(n??t,"TAG_RESOLVE_FAILED",e),e.options);h=r.isScalar(i)?i:new s.Scalar(i)}catch(e){const r=e instanceof Error?e.message:String(e);a(n??t,"TAG_RESOLVE_FAILED",r);h=new s.Scalar(c)}h.range=f;h.source=c;if(u)h.type=u;if(p)h.tag=p;if(d.format)h.format=d.format;if(l)h.comment=l;return h}function findScalarTagByName(e,t,n,s,i){if(n==="!")return e[r.SCALAR];const o=[];for(const t of e.tags){if(!t.collection&&t.tag===n){if(t.default&&t.test)o.push(t);else return t}}for(const e of o)if(e.test?.test(t))return e;const a=e.knownTags[n];if(a&&!a.collection){e.tags.push(Object.assign({},a,{default:false,test:undefined}));return a}i(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,n!=="tag:yaml.org,2002:str");return e[r.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:n},s,i,o){const a=n.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(s))||n[r.SCALAR];if(n.compat){const e=n.compat.find(e=>e.default&&e.test?.test(s))??n[r.SCALAR];if(a.tag!==e.tag){const n=t.tagString(a.tag);const r=t.tagString(e.tag);const s=`Value may be parsed as either ${n} or ${r}`;o(i,"TAG_RESOLVE_FAILED",s,true)}}return a}t.composeScalar=composeScalar},9984:(e,t,n)=>{var r=n(932);var s=n(1342);var i=n(3021);var o=n(1464);var a=n(1127);var c=n(3683);var u=n(7788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:n}=e;return[t,t+(typeof n==="string"?n.length:1)]}function parsePrelude(e){let t="";let n=false;let r=false;for(let s=0;s<e.length;++s){const i=e[s];switch(i[0]){case"#":t+=(t===""?"":r?"\n\n":"\n")+(i.substring(1)||" ");n=true;r=false;break;case"%":if(e[s+1]?.[0]!=="#")s+=1;n=false;break;default:if(!n)r=true;n=false}}return{comment:t,afterEmptyLine:r}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,n,r)=>{const s=getErrorPos(e);if(r)this.warnings.push(new o.YAMLWarning(s,t,n));else this.errors.push(new o.YAMLParseError(s,t,n))};this.directives=new s.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:n,afterEmptyLine:r}=parsePrelude(this.prelude);if(n){const s=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${n}`:n}else if(r||e.directives.docStart||!s){e.commentBefore=n}else if(a.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];if(a.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{const e=s.commentBefore;s.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,n=-1){for(const t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){if(r.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,n,r)=>{const s=getErrorPos(e);s[0]+=t;this.onError(s,"BAD_DIRECTIVE",n,r)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const n=new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(n);else this.doc.errors.push(n);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=u.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const n=new i.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");n.range=[0,t,t];this.decorate(n,false);yield n}}}t.Composer=Composer},7103:(e,t,n)=>{var r=n(7165);var s=n(4454);var i=n(4631);var o=n(9499);var a=n(4051);var c=n(1187);const u="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},n,l,f,p){const d=p?.nodeClass??s.YAMLMap;const h=new d(n.schema);if(n.atRoot)n.atRoot=false;let m=l.offset;let v=null;for(const s of l.items){const{start:p,key:d,sep:g,value:y}=s;const b=i.resolveProps(p,{indicator:"explicit-key-ind",next:d??g?.[0],offset:m,onError:f,parentIndent:l.indent,startOnNewline:true});const w=!b.found;if(w){if(d){if(d.type==="block-seq")f(m,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in d&&d.indent!==l.indent)f(m,"BAD_INDENT",u)}if(!b.anchor&&!b.tag&&!g){v=b.end;if(b.comment){if(h.comment)h.comment+="\n"+b.comment;else h.comment=b.comment}continue}if(b.newlineAfterProp||o.containsNewline(d)){f(d??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(b.found?.indent!==l.indent){f(m,"BAD_INDENT",u)}n.atKey=true;const k=b.end;const S=d?e(n,d,b,f):t(n,k,p,null,b,f);if(n.schema.compat)a.flowIndentCheck(l.indent,d,f);n.atKey=false;if(c.mapIncludes(n,h.items,S))f(k,"DUPLICATE_KEY","Map keys must be unique");const x=i.resolveProps(g??[],{indicator:"map-value-ind",next:y,offset:S.range[2],onError:f,parentIndent:l.indent,startOnNewline:!d||d.type==="block-scalar"});m=x.end;if(x.found){if(w){if(y?.type==="block-map"&&!x.hasNewline)f(m,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(n.options.strict&&b.start<x.found.offset-1024)f(S.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const i=y?e(n,y,x,f):t(n,m,g,null,x,f);if(n.schema.compat)a.flowIndentCheck(l.indent,y,f);m=i.range[2];const o=new r.Pair(S,i);if(n.options.keepSourceTokens)o.srcToken=s;h.items.push(o)}else{if(w)f(S.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(x.comment){if(S.comment)S.comment+="\n"+x.comment;else S.comment=x.comment}const e=new r.Pair(S);if(n.options.keepSourceTokens)e.srcToken=s;h.items.push(e)}}if(v&&v<m)f(v,"IMPOSSIBLE","Map comment with trailing content");h.range=[l.offset,m,v??m];return h}t.resolveBlockMap=resolveBlockMap},8913:(e,t,n)=>{var r=n(3301);function resolveBlockScalar(e,t,n){const s=t.offset;const i=parseBlockScalarHeader(t,e.options.strict,n);if(!i)return{value:"",type:null,comment:"",range:[s,s,s]};const o=i.mode===">"?r.Scalar.BLOCK_FOLDED:r.Scalar.BLOCK_LITERAL;const a=t.source?splitLines(t.source):[];let c=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(t===""||t==="\r")c=e;else break}if(c===0){const e=i.chomp==="+"&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let n=s+i.length;if(t.source)n+=t.source.length;return{value:e,type:o,comment:i.comment,range:[s,n,n]}}let u=t.indent+i.indent;let l=t.offset+i.length;let f=0;for(let t=0;t<c;++t){const[r,s]=a[t];if(s===""||s==="\r"){if(i.indent===0&&r.length>u)u=r.length}else{if(r.length<u){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";n(l+r.length,"MISSING_CHAR",e)}if(i.indent===0)u=r.length;f=t;if(u===0&&!e.atRoot){const e="Block scalar values in collections must be indented";n(l,"BAD_INDENT",e)}break}l+=r.length+s.length+1}for(let e=a.length-1;e>=c;--e){if(a[e][0].length>u)c=e+1}let p="";let d="";let h=false;for(let e=0;e<f;++e)p+=a[e][0].slice(u)+"\n";for(let e=f;e<c;++e){let[t,s]=a[e];l+=t.length+s.length+1;const c=s[s.length-1]==="\r";if(c)s=s.slice(0,-1);if(s&&t.length<u){const e=i.indent?"explicit indentation indicator":"first line";const r=`Block scalar lines must not be less indented than their ${e}`;n(l-s.length-(c?2:1),"BAD_INDENT",r);t=""}if(o===r.Scalar.BLOCK_LITERAL){p+=d+t.slice(u)+s;d="\n"}else if(t.length>u||s[0]==="\t"){if(d===" ")d="\n";else if(!h&&d==="\n")d="\n\n";p+=d+t.slice(u)+s;d="\n";h=true}else if(s===""){if(d==="\n")p+="\n";else d="\n"}else{p+=d+s;d=" ";h=false}}switch(i.chomp){case"-":break;case"+":for(let e=c;e<a.length;++e)p+="\n"+a[e][0].slice(u);if(p[p.length-1]!=="\n")p+="\n";break;default:p+="\n"}const m=s+i.length+t.source.length;return{value:p,type:o,comment:i.comment,range:[s,m,m]}}function parseBlockScalarHeader({offset:e,props:t},n,r){if(t[0].type!=="block-scalar-header"){r(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:s}=t[0];const i=s[0];let o=0;let a="";let c=-1;for(let t=1;t<s.length;++t){const n=s[t];if(!a&&(n==="-"||n==="+"))a=n;else{const r=Number(n);if(!o&&r)o=r;else if(c===-1)c=e+t}}if(c!==-1)r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let u=false;let l="";let f=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":u=true;case"newline":f+=s.source.length;break;case"comment":if(n&&!u){const e="Comments must be separated from other tokens by white space characters";r(s,"MISSING_CHAR",e)}f+=s.source.length;l=s.source.substring(1);break;case"error":r(s,"UNEXPECTED_TOKEN",s.message);f+=s.source.length;break;default:{const e=`Unexpected token in block scalar header: ${s.type}`;r(s,"UNEXPECTED_TOKEN",e);const t=s.source;if(t&&typeof t==="string")f+=t.length}}}return{mode:i,indent:o,chomp:a,comment:l,length:f}}function splitLines(e){const t=e.split(/\n( *)/);const n=t[0];const r=n.match(/^( *)/);const s=r?.[1]?[r[1],n.slice(r[1].length)]:["",n];const i=[s];for(let e=1;e<t.length;e+=2)i.push([t[e],t[e+1]]);return i}t.resolveBlockScalar=resolveBlockScalar},334:(e,t,n)=>{var r=n(2223);var s=n(4631);var i=n(4051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},n,o,a,c){const u=c?.nodeClass??r.YAMLSeq;const l=new u(n.schema);if(n.atRoot)n.atRoot=false;if(n.atKey)n.atKey=false;let f=o.offset;let p=null;for(const{start:r,value:c}of o.items){const u=s.resolveProps(r,{indicator:"seq-item-ind",next:c,offset:f,onError:a,parentIndent:o.indent,startOnNewline:true});if(!u.found){if(u.anchor||u.tag||c){if(c?.type==="block-seq")a(u.end,"BAD_INDENT","All sequence items must start at the same column");else a(f,"MISSING_CHAR","Sequence item without - indicator")}else{p=u.end;if(u.comment)l.comment=u.comment;continue}}const d=c?e(n,c,u,a):t(n,u.end,r,null,u,a);if(n.schema.compat)i.flowIndentCheck(o.indent,c,a);f=d.range[2];l.items.push(d)}l.range=[o.offset,f,p??f];return l}t.resolveBlockSeq=resolveBlockSeq},7788:(e,t)=>{function resolveEnd(e,t,n,r){let s="";if(e){let i=false;let o="";for(const a of e){const{source:e,type:c}=a;switch(c){case"space":i=true;break;case"comment":{if(n&&!i)r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!s)s=t;else s+=o+t;o="";break}case"newline":if(s)o+=e;i=true;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:s,offset:t}}t.resolveEnd=resolveEnd},3142:(e,t,n)=>{var r=n(1127);var s=n(7165);var i=n(4454);var o=n(2223);var a=n(7788);var c=n(4631);var u=n(9499);var l=n(1187);const f="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},n,p,d,h){const m=p.start.source==="{";const v=m?"flow map":"flow sequence";const g=h?.nodeClass??(m?i.YAMLMap:o.YAMLSeq);const y=new g(n.schema);y.flow=true;const b=n.atRoot;if(b)n.atRoot=false;if(n.atKey)n.atKey=false;let w=p.offset+p.start.source.length;for(let o=0;o<p.items.length;++o){const a=p.items[o];const{start:h,key:g,sep:b,value:k}=a;const S=c.resolveProps(h,{flow:v,indicator:"explicit-key-ind",next:g??b?.[0],offset:w,onError:d,parentIndent:p.indent,startOnNewline:false});if(!S.found){if(!S.anchor&&!S.tag&&!b&&!k){if(o===0&&S.comma)d(S.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${v}`);else if(o<p.items.length-1)d(S.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${v}`);if(S.comment){if(y.comment)y.comment+="\n"+S.comment;else y.comment=S.comment}w=S.end;continue}if(!m&&n.options.strict&&u.containsNewline(g))d(g,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(o===0){if(S.comma)d(S.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${v}`)}else{if(!S.comma)d(S.start,"MISSING_CHAR",`Missing , between ${v} items`);if(S.comment){let e="";e:for(const t of h){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=y.items[y.items.length-1];if(r.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;S.comment=S.comment.substring(e.length+1)}}}if(!m&&!b&&!S.found){const r=k?e(n,k,S,d):t(n,S.end,b,null,S,d);y.items.push(r);w=r.range[2];if(isBlock(k))d(r.range,"BLOCK_IN_FLOW",f)}else{n.atKey=true;const r=S.end;const o=g?e(n,g,S,d):t(n,r,h,null,S,d);if(isBlock(g))d(o.range,"BLOCK_IN_FLOW",f);n.atKey=false;const u=c.resolveProps(b??[],{flow:v,indicator:"map-value-ind",next:k,offset:o.range[2],onError:d,parentIndent:p.indent,startOnNewline:false});if(u.found){if(!m&&!S.found&&n.options.strict){if(b)for(const e of b){if(e===u.found)break;if(e.type==="newline"){d(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(S.start<u.found.offset-1024)d(u.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(k){if("source"in k&&k.source?.[0]===":")d(k,"MISSING_CHAR",`Missing space after : in ${v}`);else d(u.start,"MISSING_CHAR",`Missing , or : between ${v} items`)}const x=k?e(n,k,u,d):u.found?t(n,u.end,b,null,u,d):null;if(x){if(isBlock(k))d(x.range,"BLOCK_IN_FLOW",f)}else if(u.comment){if(o.comment)o.comment+="\n"+u.comment;else o.comment=u.comment}const A=new s.Pair(o,x);if(n.options.keepSourceTokens)A.srcToken=a;if(m){const e=y;if(l.mapIncludes(n,e.items,o))d(r,"DUPLICATE_KEY","Map keys must be unique");e.items.push(A)}else{const e=new i.YAMLMap(n.schema);e.flow=true;e.items.push(A);const t=(x??o).range;e.range=[o.range[0],t[1],t[2]];y.items.push(e)}w=x?x.range[2]:u.end}}const k=m?"}":"]";const[S,...x]=p.end;let A=w;if(S?.source===k)A=S.offset+S.source.length;else{const e=v[0].toUpperCase()+v.substring(1);const t=b?`${e} must end with a ${k}`:`${e} in block collection must be sufficiently indented and end with a ${k}`;d(w,b?"MISSING_CHAR":"BAD_INDENT",t);if(S&&S.source.length!==1)x.unshift(S)}if(x.length>0){const e=a.resolveEnd(x,A,n.options.strict,d);if(e.comment){if(y.comment)y.comment+="\n"+e.comment;else y.comment=e.comment}y.range=[p.offset,A,e.offset]}else{y.range=[p.offset,A,A]}return y}t.resolveFlowCollection=resolveFlowCollection},6842:(e,t,n)=>{var r=n(3301);var s=n(7788);function resolveFlowScalar(e,t,n){const{offset:i,type:o,source:a,end:c}=e;let u;let l;const _onError=(e,t,r)=>n(i+e,t,r);switch(o){case"scalar":u=r.Scalar.PLAIN;l=plainValue(a,_onError);break;case"single-quoted-scalar":u=r.Scalar.QUOTE_SINGLE;l=singleQuotedValue(a,_onError);break;case"double-quoted-scalar":u=r.Scalar.QUOTE_DOUBLE;l=doubleQuotedValue(a,_onError);break;default:n(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${o}`);return{value:"",type:null,comment:"",range:[i,i+a.length,i+a.length]}}const f=i+a.length;const p=s.resolveEnd(c,f,t,n);return{value:l,type:u,comment:p.comment,range:[i,f,p.offset]}}function plainValue(e,t){let n="";switch(e[0]){case"\t":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":{n=`block scalar indicator ${e[0]}`;break}case"@":case"`":{n=`reserved character ${e[0]}`;break}}if(n)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let n=t.exec(e);if(!n)return e;let r,s;try{r=new RegExp("(?<![ \t])[ \t]+$");s=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{r=/[ \t]+$/;s=/^[ \t]+|[ \t]+$/g}let i=n[1].replace(r,"");let o=" ";let a=t.lastIndex;while(n=t.exec(e)){const e=n[1].replace(s,"");if(e===""){if(o==="\n")i+=o;else o="\n"}else{i+=o+e;o=" "}a=t.lastIndex}const c=/[ \t]*(.*)/sy;c.lastIndex=a;n=c.exec(e);return i+o+(n?.[1]??"")}function doubleQuotedValue(e,t){let n="";for(let r=1;r<e.length-1;++r){const s=e[r];if(s==="\r"&&e[r+1]==="\n")continue;if(s==="\n"){const{fold:t,offset:s}=foldNewline(e,r);n+=t;r=s}else if(s==="\\"){let s=e[++r];const o=i[s];if(o)n+=o;else if(s==="\n"){s=e[r+1];while(s===" "||s==="\t")s=e[++r+1]}else if(s==="\r"&&e[r+1]==="\n"){s=e[++r+1];while(s===" "||s==="\t")s=e[++r+1]}else if(s==="x"||s==="u"||s==="U"){const i=s==="x"?2:s==="u"?4:8;n+=parseCharCode(e,r+1,i,t);r+=i}else{const s=e.substr(r-1,2);t(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);n+=s}}else if(s===" "||s==="\t"){const t=r;let i=e[r+1];while(i===" "||i==="\t")i=e[++r+1];if(i!=="\n"&&!(i==="\r"&&e[r+2]==="\n"))n+=r>t?e.slice(t,r+1):s}else{n+=s}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return n}function foldNewline(e,t){let n="";let r=e[t+1];while(r===" "||r==="\t"||r==="\n"||r==="\r"){if(r==="\r"&&e[t+2]!=="\n")break;if(r==="\n")n+="\n";t+=1;r=e[t+1]}if(!n)n=" ";return{fold:n,offset:t}}const i={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,n,r){const s=e.substr(t,n);const i=s.length===n&&/^[0-9a-fA-F]+$/.test(s);const o=i?parseInt(s,16):NaN;try{return String.fromCodePoint(o)}catch{const s=e.substr(t-2,n+2);r(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);return s}}t.resolveFlowScalar=resolveFlowScalar},4631:(e,t)=>{function resolveProps(e,{flow:t,indicator:n,next:r,offset:s,onError:i,parentIndent:o,startOnNewline:a}){let c=false;let u=a;let l=a;let f="";let p="";let d=false;let h=false;let m=null;let v=null;let g=null;let y=null;let b=null;let w=null;let k=null;for(const s of e){if(h){if(s.type!=="space"&&s.type!=="newline"&&s.type!=="comma")i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");h=false}if(m){if(u&&s.type!=="comment"&&s.type!=="newline"){i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation")}m=null}switch(s.type){case"space":if(!t&&(n!=="doc-start"||r?.type!=="flow-collection")&&s.source.includes("\t")){m=s}l=true;break;case"comment":{if(!l)i(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";if(!f)f=e;else f+=p+e;p="";u=false;break}case"newline":if(u){if(f)f+=s.source;else if(!w||n!=="seq-item-ind")c=true}else p+=s.source;u=true;d=true;if(v||g)y=s;l=true;break;case"anchor":if(v)i(s,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(s.source.endsWith(":"))i(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);v=s;k??(k=s.offset);u=false;l=false;h=true;break;case"tag":{if(g)i(s,"MULTIPLE_TAGS","A node can have at most one tag");g=s;k??(k=s.offset);u=false;l=false;h=true;break}case n:if(v||g)i(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`);if(w)i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`);w=s;u=n==="seq-item-ind"||n==="explicit-key-ind";l=false;break;case"comma":if(t){if(b)i(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);b=s;u=false;l=false;break}default:i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`);u=false;l=false}}const S=e[e.length-1];const x=S?S.offset+S.source.length:s;if(h&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")){i(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(m&&(u&&m.indent<=o||r?.type==="block-map"||r?.type==="block-seq"))i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:b,found:w,spaceBefore:c,comment:f,hasNewline:d,anchor:v,tag:g,newlineAfterProp:y,end:x,start:k??x}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},2599:(e,t)=>{function emptyScalarPosition(e,t,n){if(t){n??(n=t.length);for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case"space":case"comment":case"newline":e-=n.source.length;continue}n=t[++r];while(n?.type==="space"){e+=n.source.length;n=t[++r]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},4051:(e,t,n)=>{var r=n(9499);function flowIndentCheck(e,t,n){if(t?.type==="flow-collection"){const s=t.end[0];if(s.indent===e&&(s.source==="]"||s.source==="}")&&r.containsNewline(t)){const e="Flow end indicator should be more indented than parent";n(s,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},1187:(e,t,n)=>{var r=n(1127);function mapIncludes(e,t,n){const{uniqueKeys:s}=e.options;if(s===false)return false;const i=typeof s==="function"?s:(e,t)=>e===t||r.isScalar(e)&&r.isScalar(t)&&e.value===t.value;return t.some(e=>i(e.key,n))}t.mapIncludes=mapIncludes},3021:(e,t,n)=>{var r=n(4065);var s=n(101);var i=n(1127);var o=n(7165);var a=n(4043);var c=n(5840);var u=n(6829);var l=n(1596);var f=n(3661);var p=n(2404);var d=n(1342);class Document{constructor(e,t,n){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,i.NODE_TYPE,{value:i.DOC});let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t;t=undefined}const s=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},n);this.options=s;let{version:o}=s;if(n?._directives){this.directives=n._directives.atDocument();if(this.directives.yaml.explicit)o=this.directives.yaml.version}else this.directives=new d.Directives({version:o});this.setSchema(o,n);this.contents=e===undefined?null:this.createNode(e,r,n)}clone(){const e=Object.create(Document.prototype,{[i.NODE_TYPE]:{value:i.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=i.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const n=l.anchorNames(this);e.anchor=!t||n.has(t)?l.findNewAnchor(t||"a",n):t}return new r.Alias(e.anchor)}createNode(e,t,n){let r=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);r=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);r=t}else if(n===undefined&&t){n=t;t=undefined}const{aliasDuplicateObjects:s,anchorPrefix:o,flow:a,keepUndefined:c,onTagObj:u,tag:f}=n??{};const{onAnchor:d,setAnchors:h,sourceObjects:m}=l.createNodeAnchors(this,o||"a");const v={aliasDuplicateObjects:s??true,keepUndefined:c??false,onAnchor:d,onTagObj:u,replacer:r,schema:this.schema,sourceObjects:m};const g=p.createNode(e,f,v);if(a&&i.isCollection(g))g.flow=true;h();return g}createPair(e,t,n={}){const r=this.createNode(e,null,n);const s=this.createNode(t,null,n);return new o.Pair(r,s)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(s.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return i.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(s.isEmptyPath(e))return!t&&i.isScalar(this.contents)?this.contents.value:this.contents;return i.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return i.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(s.isEmptyPath(e))return this.contents!==undefined;return i.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=s.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(s.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=s.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let n;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new d.Directives({version:"1.1"});n={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new d.Directives({version:e});n={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;n=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(n)this.schema=new c.Schema(Object.assign(n,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:s,reviver:i}={}){const o={anchors:new Map,doc:this,keep:!e,mapAsMap:n===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const c=a.toJS(this.contents,t??"",o);if(typeof s==="function")for(const{count:e,res:t}of o.anchors.values())s(t,e);return typeof i==="function"?f.applyReviver(i,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return u.stringifyDocument(this,e)}}function assertCollection(e){if(i.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},1596:(e,t,n)=>{var r=n(1127);var s=n(204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const n=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(n)}return true}function anchorNames(e){const t=new Set;s.visit(e,{Value(e,n){if(n.anchor)t.add(n.anchor)}});return t}function findNewAnchor(e,t){for(let n=1;true;++n){const r=`${e}${n}`;if(!t.has(r))return r}}function createNodeAnchors(e,t){const n=[];const s=new Map;let i=null;return{onAnchor:r=>{n.push(r);i??(i=anchorNames(e));const s=findNewAnchor(t,i);i.add(s);return s},setAnchors:()=>{for(const e of n){const t=s.get(e);if(typeof t==="object"&&t.anchor&&(r.isScalar(t.node)||r.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:s}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},3661:(e,t)=>{function applyReviver(e,t,n,r){if(r&&typeof r==="object"){if(Array.isArray(r)){for(let t=0,n=r.length;t<n;++t){const n=r[t];const s=applyReviver(e,r,String(t),n);if(s===undefined)delete r[t];else if(s!==n)r[t]=s}}else if(r instanceof Map){for(const t of Array.from(r.keys())){const n=r.get(t);const s=applyReviver(e,r,t,n);if(s===undefined)r.delete(t);else if(s!==n)r.set(t,s)}}else if(r instanceof Set){for(const t of Array.from(r)){const n=applyReviver(e,r,t,t);if(n===undefined)r.delete(t);else if(n!==t){r.delete(t);r.add(n)}}}else{for(const[t,n]of Object.entries(r)){const s=applyReviver(e,r,t,n);if(s===undefined)delete r[t];else if(s!==n)r[t]=s}}}return e.call(t,n,r)}t.applyReviver=applyReviver},2404:(e,t,n)=>{var r=n(4065);var s=n(1127);var i=n(3301);const o="tag:yaml.org,2002:";function findTagObject(e,t,n){if(t){const e=n.filter(e=>e.tag===t);const r=e.find(e=>!e.format)??e[0];if(!r)throw new Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,n){if(s.isDocument(e))e=e.contents;if(s.isNode(e))return e;if(s.isPair(e)){const t=n.schema[s.MAP].createNode?.(n.schema,null,n);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:a,onAnchor:c,onTagObj:u,schema:l,sourceObjects:f}=n;let p=undefined;if(a&&e&&typeof e==="object"){p=f.get(e);if(p){p.anchor??(p.anchor=c(e));return new r.Alias(p.anchor)}else{p={anchor:null,node:null};f.set(e,p)}}if(t?.startsWith("!!"))t=o+t.slice(2);let d=findTagObject(e,t,l.tags);if(!d){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new i.Scalar(e);if(p)p.node=t;return t}d=e instanceof Map?l[s.MAP]:Symbol.iterator in Object(e)?l[s.SEQ]:l[s.MAP]}if(u){u(d);delete n.onTagObj}const h=d?.createNode?d.createNode(n.schema,e,n):typeof d?.nodeClass?.from==="function"?d.nodeClass.from(n.schema,e,n):new i.Scalar(e);if(t)h.tag=t;else if(!d.default)h.tag=d.tag;if(p)p.node=h;return h}t.createNode=createNode},1342:(e,t,n)=>{var r=n(1127);var s=n(204);const i={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>i[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const n=e.trim().split(/[ \t]+/);const r=n.shift();switch(r){case"%TAG":{if(n.length!==2){t(0,"%TAG directive should contain exactly two parts");if(n.length<2)return false}const[e,r]=n;this.tags[e]=r;return true}case"%YAML":{this.yaml.explicit=true;if(n.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=n;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const n=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,n);return false}}default:t(0,`Unknown directive ${r}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const n=e.slice(2,-1);if(n==="!"||n==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return n}const[,n,r]=e.match(/^(.*!)([^!]*)$/s);if(!r)t(`The ${e} tag has no suffix`);const s=this.tags[n];if(s){try{return s+decodeURIComponent(r)}catch(e){t(String(e));return null}}if(n==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,n]of Object.entries(this.tags)){if(e.startsWith(n))return t+escapeTagName(e.substring(n.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const n=Object.entries(this.tags);let i;if(e&&n.length>0&&r.isNode(e.contents)){const t={};s.visit(e.contents,(e,n)=>{if(r.isNode(n)&&n.tag)t[n.tag]=true});i=Object.keys(t)}else i=[];for(const[r,s]of n){if(r==="!!"&&s==="tag:yaml.org,2002:")continue;if(!e||i.some(e=>e.startsWith(s)))t.push(`%TAG ${r} ${s}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},1464:(e,t)=>{class YAMLError extends Error{constructor(e,t,n,r){super();this.name=e;this.code=n;this.message=r;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,n){super("YAMLParseError",e,t,n)}}class YAMLWarning extends YAMLError{constructor(e,t,n){super("YAMLWarning",e,t,n)}}const prettifyError=(e,t)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(e=>t.linePos(e));const{line:r,col:s}=n.linePos[0];n.message+=` at line ${r}, column ${s}`;let i=s-1;let o=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,"");if(i>=60&&o.length>80){const e=Math.min(i-39,o.length-79);o="…"+o.substring(e);i-=e-1}if(o.length>80)o=o.substring(0,79)+"…";if(r>1&&/^ *$/.test(o.substring(0,i))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);if(n.length>80)n=n.substring(0,79)+"…\n";o=n+o}if(/[^ ]/.test(o)){let e=1;const t=n.linePos[1];if(t?.line===r&&t.col>s){e=Math.max(1,Math.min(t.col-s,80-i))}const a=" ".repeat(i)+"^".repeat(e);n.message+=`:\n\n${o}\n${a}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},8815:(e,t,n)=>{var r;var s=n(9984);var i=n(3021);var o=n(5840);var a=n(1464);var c=n(4065);var u=n(1127);var l=n(7165);var f=n(3301);var p=n(4454);var d=n(2223);var h=n(3461);var m=n(361);var v=n(6628);var g=n(3456);var y=n(4047);var b=n(204);r=s.Composer;r=i.Document;r=o.Schema;r=a.YAMLError;r=a.YAMLParseError;r=a.YAMLWarning;r=c.Alias;t.Vj=u.isAlias;r=u.isCollection;r=u.isDocument;t.jh=u.isMap;r=u.isNode;t.tO=u.isPair;t.jn=u.isScalar;t.oP=u.isSeq;r=l.Pair;r=f.Scalar;r=p.YAMLMap;r=d.YAMLSeq;r=h;r=m.Lexer;t.HN=v.LineCounter;r=g.Parser;r=y.parse;r=y.parseAllDocuments;t.Tp=y.parseDocument;r=y.stringify;t.YR=b.visit;r=b.visitAsync},7249:(e,t,n)=>{var r=n(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof r.emitWarning==="function")r.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,n)=>{var r=n(1596);var s=n(204);var i=n(1127);var o=n(6673);var a=n(4043);class Alias extends o.NodeBase{constructor(e){super(i.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let n;if(t?.aliasResolveCache){n=t.aliasResolveCache}else{n=[];s.visit(e,{Node:(e,t)=>{if(i.isAlias(t)||i.hasAnchor(t))n.push(t)}});if(t)t.aliasResolveCache=n}let r=undefined;for(const e of n){if(e===this)break;if(e.anchor===this.source)r=e}if(r&&t){const{anchors:e,doc:n,maxAliasCount:s}=t;let i=e.get(r);if(!i){a.toJS(r,null,t);i=e.get(r)}if(i?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(s>=0){i.count+=1;if(i.aliasCount===0)i.aliasCount=getAliasCount(n,r,e);if(i.count*i.aliasCount>s){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return r}toJSON(e,t){if(!t)return{source:this.source};const n=this.resolve(t.doc,t);if(!n){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){const s=`*${this.source}`;if(e){r.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function getAliasCount(e,t,n){if(i.isAlias(t)){const r=t.resolve(e);const s=n&&r&&n.get(r);return s?s.count*s.aliasCount:0}else if(i.isCollection(t)){let r=0;for(const s of t.items){const t=getAliasCount(e,s,n);if(t>r)r=t}return r}else if(i.isPair(t)){const r=getAliasCount(e,t.key,n);const s=getAliasCount(e,t.value,n);return Math.max(r,s)}return 1}t.Alias=Alias},101:(e,t,n)=>{var r=n(2404);var s=n(1127);var i=n(6673);function collectionFromPath(e,t,n){let s=n;for(let e=t.length-1;e>=0;--e){const n=t[e];if(typeof n==="number"&&Number.isInteger(n)&&n>=0){const e=[];e[n]=s;s=e}else{s=new Map([[n,s]])}}return r.createNode(s,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends i.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[n,...r]=e;const i=this.get(n,true);if(s.isCollection(i))i.addIn(r,t);else if(i===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}deleteIn(e){const[t,...n]=e;if(n.length===0)return this.delete(t);const r=this.get(t,true);if(s.isCollection(r))return r.deleteIn(n);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){const[n,...r]=e;const i=this.get(n,true);if(r.length===0)return!t&&s.isScalar(i)?i.value:i;else return s.isCollection(i)?i.getIn(r,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return false;const n=t.value;return n==null||e&&s.isScalar(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){const[t,...n]=e;if(n.length===0)return this.has(t);const r=this.get(t,true);return s.isCollection(r)?r.hasIn(n):false}setIn(e,t){const[n,...r]=e;if(r.length===0){this.set(n,t)}else{const e=this.get(n,true);if(s.isCollection(e))e.setIn(r,t);else if(e===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},6673:(e,t,n)=>{var r=n(3661);var s=n(1127);var i=n(4043);class NodeBase{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:o,reviver:a}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof n==="number"?n:100};const u=i.toJS(this,"",c);if(typeof o==="function")for(const{count:e,res:t}of c.anchors.values())o(t,e);return typeof a==="function"?r.applyReviver(a,{"":u},"",u):u}}t.NodeBase=NodeBase},7165:(e,t,n)=>{var r=n(2404);var s=n(9748);var i=n(7104);var o=n(1127);function createPair(e,t,n){const s=r.createNode(e,undefined,n);const i=r.createNode(t,undefined,n);return new Pair(s,i)}class Pair{constructor(e,t=null){Object.defineProperty(this,o.NODE_TYPE,{value:o.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:n}=this;if(o.isNode(t))t=t.clone(e);if(o.isNode(n))n=n.clone(e);return new Pair(t,n)}toJSON(e,t){const n=t?.mapAsMap?new Map:{};return i.addPairToJSMap(t,n,this)}toString(e,t,n){return e?.doc?s.stringifyPair(this,e,t,n):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},3301:(e,t,n)=>{var r=n(1127);var s=n(6673);var i=n(4043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends s.NodeBase{constructor(e){super(r.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:i.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},4454:(e,t,n)=>{var r=n(1212);var s=n(7104);var i=n(101);var o=n(1127);var a=n(7165);var c=n(3301);function findPair(e,t){const n=o.isScalar(t)?t.value:t;for(const r of e){if(o.isPair(r)){if(r.key===t||r.key===n)return r;if(o.isScalar(r.key)&&r.key.value===n)return r}}return undefined}class YAMLMap extends i.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(o.MAP,e);this.items=[]}static from(e,t,n){const{keepUndefined:r,replacer:s}=n;const i=new this(e);const add=(e,o)=>{if(typeof s==="function")o=s.call(t,e,o);else if(Array.isArray(s)&&!s.includes(e))return;if(o!==undefined||r)i.items.push(a.createPair(e,o,n))};if(t instanceof Map){for(const[e,n]of t)add(e,n)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){i.items.sort(e.sortMapEntries)}return i}add(e,t){let n;if(o.isPair(e))n=e;else if(!e||typeof e!=="object"||!("key"in e)){n=new a.Pair(e,e?.value)}else n=new a.Pair(e.key,e.value);const r=findPair(this.items,n.key);const s=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${n.key} already set`);if(o.isScalar(r.value)&&c.isScalarValue(n.value))r.value.value=n.value;else r.value=n.value}else if(s){const e=this.items.findIndex(e=>s(n,e)<0);if(e===-1)this.items.push(n);else this.items.splice(e,0,n)}else{this.items.push(n)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const n=this.items.splice(this.items.indexOf(t),1);return n.length>0}get(e,t){const n=findPair(this.items,e);const r=n?.value;return(!t&&o.isScalar(r)?r.value:r)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new a.Pair(e,t),true)}toJSON(e,t,n){const r=n?new n:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(r);for(const e of this.items)s.addPairToJSMap(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(const e of this.items){if(!o.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return r.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:n,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},2223:(e,t,n)=>{var r=n(2404);var s=n(1212);var i=n(101);var o=n(1127);var a=n(3301);var c=n(4043);class YAMLSeq extends i.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(o.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const n=this.items.splice(t,1);return n.length>0}get(e,t){const n=asItemIndex(e);if(typeof n!=="number")return undefined;const r=this.items[n];return!t&&o.isScalar(r)?r.value:r}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const n=asItemIndex(e);if(typeof n!=="number")throw new Error(`Expected a valid index, not ${e}.`);const r=this.items[n];if(o.isScalar(r)&&a.isScalarValue(t))r.value=t;else this.items[n]=t}toJSON(e,t){const n=[];if(t?.onCreate)t.onCreate(n);let r=0;for(const e of this.items)n.push(c.toJS(e,String(r++),t));return n}toString(e,t,n){if(!e)return JSON.stringify(this);return s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:n,onComment:t})}static from(e,t,n){const{replacer:s}=n;const i=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let o of t){if(typeof s==="function"){const n=t instanceof Set?o:String(e++);o=s.call(t,n,o)}i.items.push(r.createNode(o,undefined,n))}}return i}}function asItemIndex(e){let t=o.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},7104:(e,t,n)=>{var r=n(7249);var s=n(452);var i=n(2148);var o=n(1127);var a=n(4043);function addPairToJSMap(e,t,{key:n,value:r}){if(o.isNode(n)&&n.addToJSMap)n.addToJSMap(e,t,r);else if(s.isMergeKey(e,n))s.addMergeToJSMap(e,t,r);else{const s=a.toJS(n,"",e);if(t instanceof Map){t.set(s,a.toJS(r,s,e))}else if(t instanceof Set){t.add(s)}else{const i=stringifyKey(n,s,e);const o=a.toJS(r,i,e);if(i in t)Object.defineProperty(t,i,{value:o,writable:true,enumerable:true,configurable:true});else t[i]=o}}return t}function stringifyKey(e,t,n){if(t===null)return"";if(typeof t!=="object")return String(t);if(o.isNode(e)&&n?.doc){const t=i.createStringifyContext(n.doc,{});t.anchors=new Set;for(const e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const s=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(s);if(e.length>40)e=e.substring(0,36)+'..."';r.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);n.mapKeyWarned=true}return s}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},1127:(e,t)=>{const n=Symbol.for("yaml.alias");const r=Symbol.for("yaml.document");const s=Symbol.for("yaml.map");const i=Symbol.for("yaml.pair");const o=Symbol.for("yaml.scalar");const a=Symbol.for("yaml.seq");const c=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[c]===n;const isDocument=e=>!!e&&typeof e==="object"&&e[c]===r;const isMap=e=>!!e&&typeof e==="object"&&e[c]===s;const isPair=e=>!!e&&typeof e==="object"&&e[c]===i;const isScalar=e=>!!e&&typeof e==="object"&&e[c]===o;const isSeq=e=>!!e&&typeof e==="object"&&e[c]===a;function isCollection(e){if(e&&typeof e==="object")switch(e[c]){case s:case a:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[c]){case n:case s:case o:case a:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=n;t.DOC=r;t.MAP=s;t.NODE_TYPE=c;t.PAIR=i;t.SCALAR=o;t.SEQ=a;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},4043:(e,t,n)=>{var r=n(1127);function toJS(e,t,n){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),n));if(e&&typeof e.toJSON==="function"){if(!n||!r.hasAnchor(e))return e.toJSON(t,n);const s={aliasCount:0,count:1,res:undefined};n.anchors.set(e,s);n.onCreate=e=>{s.res=e;delete n.onCreate};const i=e.toJSON(t,n);if(n.onCreate)n.onCreate(i);return i}if(typeof e==="bigint"&&!n?.keep)return Number(e);return e}t.toJS=toJS},110:(e,t,n)=>{var r=n(8913);var s=n(6842);var i=n(1464);var o=n(3069);function resolveAsScalar(e,t=true,n){if(e){const _onError=(e,t,r)=>{const s=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(n)n(s,t,r);else throw new i.YAMLParseError([s,s+1],t,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,_onError);case"block-scalar":return r.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:n=false,indent:r,inFlow:s=false,offset:i=-1,type:a="PLAIN"}=t;const c=o.stringifyString({type:a,value:e},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:s,options:{blockQuote:true,lineWidth:-1}});const u=t.end??[{type:"newline",offset:-1,indent:r,source:"\n"}];switch(c[0]){case"|":case">":{const e=c.indexOf("\n");const t=c.substring(0,e);const n=c.substring(e+1)+"\n";const s=[{type:"block-scalar-header",offset:i,indent:r,source:t}];if(!addEndtoBlockProps(s,u))s.push({type:"newline",offset:-1,indent:r,source:"\n"});return{type:"block-scalar",offset:i,indent:r,props:s,source:n}}case'"':return{type:"double-quoted-scalar",offset:i,indent:r,source:c,end:u};case"'":return{type:"single-quoted-scalar",offset:i,indent:r,source:c,end:u};default:return{type:"scalar",offset:i,indent:r,source:c,end:u}}}function setScalarValue(e,t,n={}){let{afterKey:r=false,implicitKey:s=false,inFlow:i=false,type:a}=n;let c="indent"in e?e.indent:null;if(r&&typeof c==="number")c+=2;if(!a)switch(e.type){case"single-quoted-scalar":a="QUOTE_SINGLE";break;case"double-quoted-scalar":a="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");a=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:a="PLAIN"}const u=o.stringifyString({type:a,value:t},{implicitKey:s||c===null,indent:c!==null&&c>0?" ".repeat(c):"",inFlow:i,options:{blockQuote:true,lineWidth:-1}});switch(u[0]){case"|":case">":setBlockScalarValue(e,u);break;case'"':setFlowScalarValue(e,u,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,u,"single-quoted-scalar");break;default:setFlowScalarValue(e,u,"scalar")}}function setBlockScalarValue(e,t){const n=t.indexOf("\n");const r=t.substring(0,n);const s=t.substring(n+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=r;e.source=s}else{const{offset:t}=e;const n="indent"in e?e.indent:-1;const i=[{type:"block-scalar-header",offset:t,indent:n,source:r}];if(!addEndtoBlockProps(i,"end"in e?e.end:undefined))i.push({type:"newline",offset:-1,indent:n,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:n,props:i,source:s})}}function addEndtoBlockProps(e,t){if(t)for(const n of t)switch(n.type){case"space":case"comment":e.push(n);break;case"newline":e.push(n);return true}return false}function setFlowScalarValue(e,t,n){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=n;e.source=t;break;case"block-scalar":{const r=e.props.slice(1);let s=t.length;if(e.props[0].type==="block-scalar-header")s-=e.props[0].source.length;for(const e of r)e.offset+=s;delete e.props;Object.assign(e,{type:n,source:t,end:r});break}case"block-map":case"block-seq":{const r=e.offset+t.length;const s={type:"newline",offset:r,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:n,source:t,end:[s]});break}default:{const r="indent"in e?e.indent:-1;const s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:n,indent:r,source:t,end:s})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},1733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const n of e.props)t+=stringifyToken(n);return t+e.source}case"block-map":case"block-seq":{let t="";for(const n of e.items)t+=stringifyItem(n);return t}case"flow-collection":{let t=e.start.source;for(const n of e.items)t+=stringifyItem(n);for(const n of e.end)t+=n.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const n of e.end)t+=n.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const n of e.end)t+=n.source;return t}}}function stringifyItem({start:e,key:t,sep:n,value:r}){let s="";for(const t of e)s+=t.source;if(t)s+=stringifyToken(t);if(n)for(const e of n)s+=e.source;if(r)s+=stringifyToken(r);return s}t.stringify=stringify},7715:(e,t)=>{const n=Symbol("break visit");const r=Symbol("skip children");const s=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=n;visit.SKIP=r;visit.REMOVE=s;visit.itemAtPath=(e,t)=>{let n=e;for(const[e,r]of t){const t=n?.[e];if(t&&"items"in t){n=t.items[r]}else return undefined}return n};visit.parentCollection=(e,t)=>{const n=visit.itemAtPath(e,t.slice(0,-1));const r=t[t.length-1][0];const s=n?.[r];if(s&&"items"in s)return s;throw new Error("Parent collection not found")};function _visit(e,t,r){let i=r(t,e);if(typeof i==="symbol")return i;for(const o of["key","value"]){const a=t[o];if(a&&"items"in a){for(let t=0;t<a.items.length;++t){const i=_visit(Object.freeze(e.concat([[o,t]])),a.items[t],r);if(typeof i==="number")t=i-1;else if(i===n)return n;else if(i===s){a.items.splice(t,1);t-=1}}if(typeof i==="function"&&o==="key")i=i(t,e)}}return typeof i==="function"?i(t,e):i}t.visit=visit},3461:(e,t,n)=>{var r=n(110);var s=n(1733);var i=n(7715);const o="\ufeff";const a="";const c="";const u="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case o:return"<BOM>";case a:return"<DOC>";case c:return"<FLOW_END>";case u:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case o:return"byte-order-mark";case a:return"doc-mode";case c:return"flow-error-end";case u:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=r.createScalarToken;t.resolveAsScalar=r.resolveAsScalar;t.setScalarValue=r.setScalarValue;t.stringify=s.stringify;t.visit=i.visit;t.BOM=o;t.DOCUMENT=a;t.FLOW_END=c;t.SCALAR=u;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},361:(e,t,n)=>{var r=n(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const s=new Set("0123456789ABCDEFabcdef");const i=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const o=new Set(",[]{}");const a=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||a.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let n=this.next??"stream";while(n&&(t||this.hasChars(1)))n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;while(t===" ")t=this.buffer[++n+e];if(t==="\r"){const t=this.buffer[n+e+1];if(t==="\n"||!t&&!this.atEnd)return e+n+1}return t==="\n"||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===r.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let n=e.indexOf("#");while(n!==-1){const r=e[n-1];if(r===" "||r==="\t"){t=n-1;break}else{n=e.indexOf("#",n+1)}}while(true){const n=e[t-1];if(n===" "||n==="\t")t-=1;else break}const r=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-r);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield r.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let n=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=n=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const s=this.getLine();if(s===null)return this.setNext("flow");if(n!==-1&&n<this.indentNext&&s[0]!=="#"||n===0&&(s.startsWith("---")||s.startsWith("..."))&&isEmpty(s[3])){const e=n===this.indentNext-1&&this.flowLevel===1&&(s[0]==="]"||s[0]==="}");if(!e){this.flowLevel=0;yield r.FLOW_END;return yield*this.parseLineStart()}}let i=0;while(s[i]===","){i+=(yield*this.pushCount(1));i+=(yield*this.pushSpaces(true));this.flowKey=false}i+=(yield*this.pushIndicators());switch(s[i]){case undefined:return"flow";case"#":yield*this.pushCount(s.length-i);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const n=this.buffer.substring(0,t);let r=n.indexOf("\n",this.pos);if(r!==-1){while(r!==-1){const e=this.continueScalar(r+1);if(e===-1)break;r=n.indexOf("\n",e)}if(r!==-1){t=r-(n[r-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let n;e:for(let r=this.pos;n=this.buffer[r];++r){switch(n){case" ":t+=1;break;case"\n":e=r;t=0;break;case"\r":{const e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!n&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let s=e+1;n=this.buffer[s];while(n===" ")n=this.buffer[++s];if(n==="\t"){while(n==="\t"||n===" "||n==="\r"||n==="\n")n=this.buffer[++s];e=s-1}else if(!this.blockScalarKeep){do{let n=e-1;let r=this.buffer[n];if(r==="\r")r=this.buffer[--n];const s=n;while(r===" ")r=this.buffer[--n];if(r==="\n"&&n>=this.pos&&n+1+t>s)e=n;else break}while(true)}yield r.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let n=this.pos-1;let s;while(s=this.buffer[++n]){if(s===":"){const r=this.buffer[n+1];if(isEmpty(r)||e&&o.has(r))break;t=n}else if(isEmpty(s)){let r=this.buffer[n+1];if(s==="\r"){if(r==="\n"){n+=1;s="\n";r=this.buffer[n+1]}else t=n}if(r==="#"||e&&o.has(r))break;if(s==="\n"){const e=this.continueScalar(n+1);if(e===-1)break;n=Math.max(n,e-2)}}else{if(e&&o.has(s))break;t=n}}if(!s&&!this.atEnd)return this.setNext("plain-scalar");yield r.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const n=this.buffer.slice(this.pos,e);if(n){yield n;this.pos+=n.length;return n.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const n=this.charAt(1);if(isEmpty(n)||t&&o.has(n)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(i.has(t))t=this.buffer[++e];else if(t==="%"&&s.has(this.buffer[e+1])&&s.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let n;do{n=this.buffer[++t]}while(n===" "||e&&n==="\t");const r=t-this.pos;if(r>0){yield this.buffer.substr(this.pos,r);this.pos=t}return r}*pushUntil(e){let t=this.pos;let n=this.buffer[t];while(!e(n))n=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},6628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let n=this.lineStarts.length;while(t<n){const r=t+n>>1;if(this.lineStarts[r]<e)t=r+1;else n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const r=this.lineStarts[t-1];return{line:t,col:e-r+1}}}}t.LineCounter=LineCounter},3456:(e,t,n)=>{var r=n(932);var s=n(3461);var i=n(361);function includesToken(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new i.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const n of this.lexer.lex(e,t))yield*this.next(n);if(!t)yield*this.end()}*next(e){this.source=e;if(r.env.LOG_TOKENS)console.log("|",s.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=s.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const n=e.items[e.items.length-1];if(n.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(n.sep){n.value=t}else{Object.assign(n,{key:t,sep:[]});this.onKeyLine=!n.explicitKey;return}break}case"block-seq":{const n=e.items[e.items.length-1];if(n.value)e.items.push({start:[],value:t});else n.value=t;break}case"flow-collection":{const n=e.items[e.items.length-1];if(!n||n.value)e.items.push({start:[],key:t,sep:[]});else if(n.sep)n.value=t;else Object.assign(n,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const n=t.items[t.items.length-1];if(n&&!n.sep&&!n.value&&n.start.length>0&&findNonEmptyIndex(n.start)===-1&&(t.indent===0||n.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=n.start;else e.items.push({start:n.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const n=getFirstKeyStartProps(t);let r;if(e.end){r=e.end;r.push(this.sourceToken);delete e.end}else r=[this.sourceToken];const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=true;this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const n=!this.onKeyLine&&this.indent===e.indent;const r=n&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let s=[];if(r&&t.sep&&!t.value){const n=[];for(let r=0;r<t.sep.length;++r){const s=t.sep[r];switch(s.type){case"newline":n.push(r);break;case"space":break;case"comment":if(s.indent>e.indent)n.length=0;break;default:n.length=0}}if(n.length>=2)s=t.sep.splice(n[1])}switch(this.type){case"anchor":case"tag":if(r||t.value){s.push(this.sourceToken);e.items.push({start:s});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(r||t.value){s.push(this.sourceToken);e.items.push({start:s,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const n=t.key;const r=t.sep;r.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else if(s.length>0){t.sep=t.sep.concat(s,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||r){e.items.push({start:s,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(r||t.value){e.items.push({start:s,key:n,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(n)}else{Object.assign(t,{key:n,sep:[]});this.onKeyLine=true}return}default:{const r=this.startBlockValue(e);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(n){e.items.push({start:s})}this.stack.push(r);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:n,sep:[]});else if(t.sep)this.stack.push(n);else Object.assign(t,{key:n,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const n=this.startBlockValue(e);if(n)this.stack.push(n);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const n=getPrevProps(t);const r=getFirstKeyStartProps(n);fixFlowSeqItems(e);const s=e.end.splice(1,e.end.length);s.push(this.sourceToken);const i={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:s}]};this.onKeyLine=true;this.stack[this.stack.length-1]=i}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);n.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},4047:(e,t,n)=>{var r=n(9984);var s=n(3021);var i=n(1464);var o=n(7249);var a=n(1127);var c=n(6628);var u=n(3456);function parseOptions(e){const t=e.prettyErrors!==false;const n=e.lineCounter||t&&new c.LineCounter||null;return{lineCounter:n,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:n,prettyErrors:s}=parseOptions(t);const o=new u.Parser(n?.addNewLine);const a=new r.Composer(t);const c=Array.from(a.compose(o.parse(e)));if(s&&n)for(const t of c){t.errors.forEach(i.prettifyError(e,n));t.warnings.forEach(i.prettifyError(e,n))}if(c.length>0)return c;return Object.assign([],{empty:true},a.streamInfo())}function parseDocument(e,t={}){const{lineCounter:n,prettyErrors:s}=parseOptions(t);const o=new u.Parser(n?.addNewLine);const a=new r.Composer(t);let c=null;for(const t of a.compose(o.parse(e),true,e.length)){if(!c)c=t;else if(c.options.logLevel!=="silent"){c.errors.push(new i.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(s&&n){c.errors.forEach(i.prettifyError(e,n));c.warnings.forEach(i.prettifyError(e,n))}return c}function parse(e,t,n){let r=undefined;if(typeof t==="function"){r=t}else if(n===undefined&&t&&typeof t==="object"){n=t}const s=parseDocument(e,n);if(!s)return null;s.warnings.forEach(e=>o.warn(s.options.logLevel,e));if(s.errors.length>0){if(s.options.logLevel!=="silent")throw s.errors[0];else s.errors=[]}return s.toJS(Object.assign({reviver:r},n))}function stringify(e,t,n){let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t}if(typeof n==="string")n=n.length;if(typeof n==="number"){const e=Math.round(n);n=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=n??t??{};if(!e)return undefined}if(a.isDocument(e)&&!r)return e.toString(n);return new s.Document(e,r,n).toString(n)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},5840:(e,t,n)=>{var r=n(1127);var s=n(7451);var i=n(1706);var o=n(6464);var a=n(18);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:c,schema:u,sortMapEntries:l,toStringDefaults:f}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null;this.name=typeof u==="string"&&u||"core";this.knownTags=c?a.coreKnownTags:{};this.tags=a.getTags(t,this.name,n);this.toStringOptions=f??null;Object.defineProperty(this,r.MAP,{value:s.map});Object.defineProperty(this,r.SCALAR,{value:o.string});Object.defineProperty(this,r.SEQ,{value:i.seq});this.sortMapEntries=typeof l==="function"?l:l===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},7451:(e,t,n)=>{var r=n(1127);var s=n(4454);const i={collection:"map",default:true,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!r.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,n)=>s.YAMLMap.from(e,t,n)};t.map=i},3632:(e,t,n)=>{var r=n(3301);const s={identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new r.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,n)=>{var r=n(1127);var s=n(2223);const i={collection:"seq",default:true,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!r.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,n)=>s.YAMLSeq.from(e,t,n)};t.seq=i},6464:(e,t,n)=>{var r=n(3069);const s={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,n,s){t=Object.assign({actualString:true},t);return r.stringifyString(e,t,n,s)}};t.string=s},3959:(e,t,n)=>{var r=n(3301);const s={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new r.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},n){if(e&&s.test.test(e)){const n=e[0]==="t"||e[0]==="T";if(t===n)return e}return t?n.options.trueStr:n.options.falseStr}};t.boolTag=s},8405:(e,t,n)=>{var r=n(3301);var s=n(8689);const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new r.Scalar(parseFloat(e));const n=e.indexOf(".");if(n!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-n-1;return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=o;t.floatNaN=i},7493:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function intStringify(e,t,n){const{value:s}=e;if(intIdentify(s)&&s>=0)return n+s.toString(t);return r.stringifyNumber(e)}const s={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,n)=>intResolve(e,2,8,n),stringify:e=>intStringify(e,8,"0o")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const o={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=i;t.intHex=o;t.intOct=s},896:(e,t,n)=>{var r=n(7451);var s=n(3632);var i=n(1706);var o=n(6464);var a=n(3959);var c=n(8405);var u=n(7493);const l=[r.map,i.seq,o.string,s.nullTag,a.boolTag,u.intOct,u.int,u.intHex,c.floatNaN,c.floatExp,c.float];t.schema=l},3559:(e,t,n)=>{var r=n(3301);var s=n(7451);var i=n(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const o=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const a={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const c=[s.map,i.seq].concat(o,a);t.schema=c},18:(e,t,n)=>{var r=n(7451);var s=n(3632);var i=n(1706);var o=n(6464);var a=n(3959);var c=n(8405);var u=n(7493);var l=n(896);var f=n(3559);var p=n(6083);var d=n(452);var h=n(303);var m=n(8385);var v=n(5913);var g=n(1528);var y=n(6752);const b=new Map([["core",l.schema],["failsafe",[r.map,i.seq,o.string]],["json",f.schema],["yaml11",v.schema],["yaml-1.1",v.schema]]);const w={binary:p.binary,bool:a.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:y.floatTime,int:u.int,intHex:u.intHex,intOct:u.intOct,intTime:y.intTime,map:r.map,merge:d.merge,null:s.nullTag,omap:h.omap,pairs:m.pairs,seq:i.seq,set:g.set,timestamp:y.timestamp};const k={"tag:yaml.org,2002:binary":p.binary,"tag:yaml.org,2002:merge":d.merge,"tag:yaml.org,2002:omap":h.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":g.set,"tag:yaml.org,2002:timestamp":y.timestamp};function getTags(e,t,n){const r=b.get(t);if(r&&!e){return n&&!r.includes(d.merge)?r.concat(d.merge):r.slice()}let s=r;if(!s){if(Array.isArray(e))s=[];else{const e=Array.from(b.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)s=s.concat(t)}else if(typeof e==="function"){s=e(s.slice())}if(n)s=s.concat(d.merge);return s.reduce((e,t)=>{const n=typeof t==="string"?w[t]:t;if(!n){const e=JSON.stringify(t);const n=Object.keys(w).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${n}`)}if(!e.includes(n))e.push(n);return e},[])}t.coreKnownTags=k;t.getTags=getTags},6083:(e,t,n)=>{var r=n(181);var s=n(3301);var i=n(3069);const o={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof r.Buffer==="function"){return r.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:n},o,a,c){if(!n)return"";const u=n;let l;if(typeof r.Buffer==="function"){l=u instanceof r.Buffer?u.toString("base64"):r.Buffer.from(u.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<u.length;++t)e+=String.fromCharCode(u[t]);l=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=s.Scalar.BLOCK_LITERAL);if(t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(o.options.lineWidth-o.indent.length,o.options.minContentWidth);const n=Math.ceil(l.length/e);const r=new Array(n);for(let t=0,s=0;t<n;++t,s+=e){r[t]=l.substr(s,e)}l=r.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return i.stringifyString({comment:e,type:t,value:l},o,a,c)}};t.binary=o},8398:(e,t,n)=>{var r=n(3301);function boolStringify({value:e,source:t},n){const r=e?s:i;if(t&&r.test.test(t))return t;return e?n.options.trueStr:n.options.falseStr}const s={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new r.Scalar(true),stringify:boolStringify};const i={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new r.Scalar(false),stringify:boolStringify};t.falseTag=i;t.trueTag=s},5782:(e,t,n)=>{var r=n(3301);var s=n(8689);const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new r.Scalar(parseFloat(e.replace(/_/g,"")));const n=e.indexOf(".");if(n!==-1){const r=e.substring(n+1).replace(/_/g,"");if(r[r.length-1]==="0")t.minFractionDigits=r.length}return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=o;t.floatNaN=i},873:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,n,{intAsBigInt:r}){const s=e[0];if(s==="-"||s==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return s==="-"?BigInt(-1)*t:t}const i=parseInt(e,n);return s==="-"?-1*i:i}function intStringify(e,t,n){const{value:s}=e;if(intIdentify(s)){const e=s.toString(t);return s<0?"-"+n+e.substr(1):n+e}return r.stringifyNumber(e)}const s={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>intResolve(e,2,2,n),stringify:e=>intStringify(e,2,"0b")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>intResolve(e,1,8,n),stringify:e=>intStringify(e,8,"0")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=o;t.intBin=s;t.intHex=a;t.intOct=i},452:(e,t,n)=>{var r=n(1127);var s=n(3301);const i="<<";const o={identify:e=>e===i||typeof e==="symbol"&&e.description===i,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(i)),{addToJSMap:addMergeToJSMap}),stringify:()=>i};const isMergeKey=(e,t)=>(o.identify(t)||r.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&o.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===o.tag&&e.default);function addMergeToJSMap(e,t,n){const s=resolveAliasValue(e,n);if(r.isSeq(s))for(const n of s.items)mergeValue(e,t,n);else if(Array.isArray(s))for(const n of s)mergeValue(e,t,n);else mergeValue(e,t,s)}function mergeValue(e,t,n){const s=resolveAliasValue(e,n);if(!r.isMap(s))throw new Error("Merge sources must be maps or map aliases");const i=s.toJSON(null,e,Map);for(const[e,n]of i){if(t instanceof Map){if(!t.has(e))t.set(e,n)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:n,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&r.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=o},303:(e,t,n)=>{var r=n(1127);var s=n(4043);var i=n(4454);var o=n(2223);var a=n(8385);class YAMLOMap extends o.YAMLSeq{constructor(){super();this.add=i.YAMLMap.prototype.add.bind(this);this.delete=i.YAMLMap.prototype.delete.bind(this);this.get=i.YAMLMap.prototype.get.bind(this);this.has=i.YAMLMap.prototype.has.bind(this);this.set=i.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const n=new Map;if(t?.onCreate)t.onCreate(n);for(const e of this.items){let i,o;if(r.isPair(e)){i=s.toJS(e.key,"",t);o=s.toJS(e.value,i,t)}else{i=s.toJS(e,"",t)}if(n.has(i))throw new Error("Ordered maps must not include duplicate keys");n.set(i,o)}return n}static from(e,t,n){const r=a.createPairs(e,t,n);const s=new this;s.items=r.items;return s}}YAMLOMap.tag="tag:yaml.org,2002:omap";const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const n=a.resolvePairs(e,t);const s=[];for(const{key:e}of n.items){if(r.isScalar(e)){if(s.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{s.push(e.value)}}}return Object.assign(new YAMLOMap,n)},createNode:(e,t,n)=>YAMLOMap.from(e,t,n)};t.YAMLOMap=YAMLOMap;t.omap=c},8385:(e,t,n)=>{var r=n(1127);var s=n(7165);var i=n(3301);var o=n(2223);function resolvePairs(e,t){if(r.isSeq(e)){for(let n=0;n<e.items.length;++n){let o=e.items[n];if(r.isPair(o))continue;else if(r.isMap(o)){if(o.items.length>1)t("Each pair must have its own sequence indicator");const e=o.items[0]||new s.Pair(new i.Scalar(null));if(o.commentBefore)e.key.commentBefore=e.key.commentBefore?`${o.commentBefore}\n${e.key.commentBefore}`:o.commentBefore;if(o.comment){const t=e.value??e.key;t.comment=t.comment?`${o.comment}\n${t.comment}`:o.comment}o=e}e.items[n]=r.isPair(o)?o:new s.Pair(o)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,n){const{replacer:r}=n;const i=new o.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,String(a++),e);let o,c;if(Array.isArray(e)){if(e.length===2){o=e[0];c=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){o=t[0];c=e[o]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{o=e}i.items.push(s.createPair(o,c,n))}return i}const a={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=a;t.resolvePairs=resolvePairs},5913:(e,t,n)=>{var r=n(7451);var s=n(3632);var i=n(1706);var o=n(6464);var a=n(6083);var c=n(8398);var u=n(5782);var l=n(873);var f=n(452);var p=n(303);var d=n(8385);var h=n(1528);var m=n(6752);const v=[r.map,i.seq,o.string,s.nullTag,c.trueTag,c.falseTag,l.intBin,l.intOct,l.int,l.intHex,u.floatNaN,u.floatExp,u.float,a.binary,f.merge,p.omap,d.pairs,h.set,m.intTime,m.floatTime,m.timestamp];t.schema=v},1528:(e,t,n)=>{var r=n(1127);var s=n(7165);var i=n(4454);class YAMLSet extends i.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(r.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new s.Pair(e.key,null);else t=new s.Pair(e,null);const n=i.findPair(this.items,t.key);if(!n)this.items.push(t)}get(e,t){const n=i.findPair(this.items,e);return!t&&r.isPair(n)?r.isScalar(n.key)?n.key.value:n.key:n}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const n=i.findPair(this.items,e);if(n&&!t){this.items.splice(this.items.indexOf(n),1)}else if(!n&&t){this.items.push(new s.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,n);else throw new Error("Set items must all have null values")}static from(e,t,n){const{replacer:r}=n;const i=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,e,e);i.items.push(s.createPair(e,null,n))}return i}}YAMLSet.tag="tag:yaml.org,2002:set";const o={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,n)=>YAMLSet.from(e,t,n),resolve(e,t){if(r.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=o},6752:(e,t,n)=>{var r=n(8689);function parseSexagesimal(e,t){const n=e[0];const r=n==="-"||n==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const s=r.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return n==="-"?num(-1)*s:s}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return r.stringifyNumber(e);let n="";if(t<0){n="-";t*=num(-1)}const s=num(60);const i=[t%s];if(t<60){i.unshift(0)}else{t=(t-i[0])/s;i.unshift(t%s);if(t>=60){t=(t-i[0])/s;i.unshift(t)}}return n+i.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const s={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>parseSexagesimal(e,n),stringify:stringifySexagesimal};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const o={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(o.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,n,r,s,i,a,c]=t.map(Number);const u=t[7]?Number((t[7]+"00").substr(1,3)):0;let l=Date.UTC(n,r-1,s,i||0,a||0,c||0,u);const f=t[8];if(f&&f!=="Z"){let e=parseSexagesimal(f,false);if(Math.abs(e)<30)e*=60;l-=6e4*e}return new Date(l)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=i;t.intTime=s;t.timestamp=o},4475:(e,t)=>{const n="flow";const r="block";const s="quoted";function foldFlowLines(e,t,n="flow",{indentAtStart:i,lineWidth:o=80,minContentWidth:a=20,onFold:c,onOverflow:u}={}){if(!o||o<0)return e;if(o<a)a=0;const l=Math.max(1+a,1+o-t.length);if(e.length<=l)return e;const f=[];const p={};let d=o-t.length;if(typeof i==="number"){if(i>o-Math.max(2,a))f.push(0);else d=o-i}let h=undefined;let m=undefined;let v=false;let g=-1;let y=-1;let b=-1;if(n===r){g=consumeMoreIndentedLines(e,g,t.length);if(g!==-1)d=g+l}for(let i;i=e[g+=1];){if(n===s&&i==="\\"){y=g;switch(e[g+1]){case"x":g+=3;break;case"u":g+=5;break;case"U":g+=9;break;default:g+=1}b=g}if(i==="\n"){if(n===r)g=consumeMoreIndentedLines(e,g,t.length);d=g+t.length+l;h=undefined}else{if(i===" "&&m&&m!==" "&&m!=="\n"&&m!=="\t"){const t=e[g+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")h=g}if(g>=d){if(h){f.push(h);d=h+l;h=undefined}else if(n===s){while(m===" "||m==="\t"){m=i;i=e[g+=1];v=true}const t=g>b+1?g-2:y-1;if(p[t])return e;f.push(t);p[t]=true;d=t+l;h=undefined}else{v=true}}}m=i}if(v&&u)u();if(f.length===0)return e;if(c)c();let w=e.slice(0,f[0]);for(let r=0;r<f.length;++r){const i=f[r];const o=f[r+1]||e.length;if(i===0)w=`\n${t}${e.slice(0,o)}`;else{if(n===s&&p[i])w+=`${e[i]}\\`;w+=`\n${t}${e.slice(i+1,o)}`}}return w}function consumeMoreIndentedLines(e,t,n){let r=t;let s=t+1;let i=e[s];while(i===" "||i==="\t"){if(t<s+n){i=e[++t]}else{do{i=e[++t]}while(i&&i!=="\n");r=t;s=t+1;i=e[s]}}return r}t.FOLD_BLOCK=r;t.FOLD_FLOW=n;t.FOLD_QUOTED=s;t.foldFlowLines=foldFlowLines},2148:(e,t,n)=>{var r=n(1596);var s=n(1127);var i=n(9799);var o=n(3069);function createStringifyContext(e,t){const n=Object.assign({blockQuote:true,commentString:i.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let r;switch(n.collectionStyle){case"block":r=false;break;case"flow":r=true;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:typeof n.indent==="number"?" ".repeat(n.indent):"  ",inFlow:r,options:n}}function getTagObject(e,t){if(t.tag){const n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n=undefined;let r;if(s.isScalar(t)){r=t.value;let s=e.filter(e=>e.identify?.(r));if(s.length>1){const e=s.filter(e=>e.test);if(e.length>0)s=e}n=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else{r=t;n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass)}if(!n){const e=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${e} value`)}return n}function stringifyProps(e,t,{anchors:n,doc:i}){if(!i.directives)return"";const o=[];const a=(s.isScalar(e)||s.isCollection(e))&&e.anchor;if(a&&r.anchorIsValid(a)){n.add(a);o.push(`&${a}`)}const c=e.tag??(t.default?null:t.tag);if(c)o.push(i.directives.tagString(c));return o.join(" ")}function stringify(e,t,n,r){if(s.isPair(e))return e.toString(t,n,r);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let i=undefined;const a=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>i=e});i??(i=getTagObject(t.doc.schema.tags,a));const c=stringifyProps(a,i,t);if(c.length>0)t.indentAtStart=(t.indentAtStart??0)+c.length+1;const u=typeof i.stringify==="function"?i.stringify(a,t,n,r):s.isScalar(a)?o.stringifyString(a,t,n,r):a.toString(t,n,r);if(!c)return u;return s.isScalar(a)||u[0]==="{"||u[0]==="["?`${c} ${u}`:`${c}\n${t.indent}${u}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},1212:(e,t,n)=>{var r=n(1127);var s=n(2148);var i=n(9799);function stringifyCollection(e,t,n){const r=t.inFlow??e.flow;const s=r?stringifyFlowCollection:stringifyBlockCollection;return s(e,t,n)}function stringifyBlockCollection({comment:e,items:t},n,{blockItemPrefix:o,flowChars:a,itemIndent:c,onChompKeep:u,onComment:l}){const{indent:f,options:{commentString:p}}=n;const d=Object.assign({},n,{indent:c,type:null});let h=false;const m=[];for(let e=0;e<t.length;++e){const a=t[e];let u=null;if(r.isNode(a)){if(!h&&a.spaceBefore)m.push("");addCommentBefore(n,m,a.commentBefore,h);if(a.comment)u=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(!h&&e.spaceBefore)m.push("");addCommentBefore(n,m,e.commentBefore,h)}}h=false;let l=s.stringify(a,d,()=>u=null,()=>h=true);if(u)l+=i.lineComment(l,c,p(u));if(h&&u)h=false;m.push(o+l)}let v;if(m.length===0){v=a.start+a.end}else{v=m[0];for(let e=1;e<m.length;++e){const t=m[e];v+=t?`\n${f}${t}`:"\n"}}if(e){v+="\n"+i.indentComment(p(e),f);if(l)l()}else if(h&&u)u();return v}function stringifyFlowCollection({items:e},t,{flowChars:n,itemIndent:o}){const{indent:a,indentStep:c,flowCollectionPadding:u,options:{commentString:l}}=t;o+=c;const f=Object.assign({},t,{indent:o,inFlow:true,type:null});let p=false;let d=0;const h=[];for(let n=0;n<e.length;++n){const a=e[n];let c=null;if(r.isNode(a)){if(a.spaceBefore)h.push("");addCommentBefore(t,h,a.commentBefore,false);if(a.comment)c=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(e.spaceBefore)h.push("");addCommentBefore(t,h,e.commentBefore,false);if(e.comment)p=true}const n=r.isNode(a.value)?a.value:null;if(n){if(n.comment)c=n.comment;if(n.commentBefore)p=true}else if(a.value==null&&e?.comment){c=e.comment}}if(c)p=true;let u=s.stringify(a,f,()=>c=null);p||(p=h.length>d||u.includes("\n"));if(n<e.length-1){u+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){p||(p=h.reduce((e,t)=>e+t.length+2,2)+(u.length+2)>t.options.lineWidth)}if(p){u+=","}}if(c)u+=i.lineComment(u,o,l(c));h.push(u);d=h.length}const{start:m,end:v}=n;if(h.length===0){return m+v}else{if(!p){const e=h.reduce((e,t)=>e+t.length+2,2);p=t.options.lineWidth>0&&e>t.options.lineWidth}if(p){let e=m;for(const t of h)e+=t?`\n${c}${a}${t}`:"\n";return`${e}\n${a}${v}`}else{return`${m}${u}${h.join(" ")}${u}${v}`}}}function addCommentBefore({indent:e,options:{commentString:t}},n,r,s){if(r&&s)r=r.replace(/^\n+/,"");if(r){const s=i.indentComment(t(r),e);n.push(s.trimStart())}}t.stringifyCollection=stringifyCollection},9799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,n)=>e.endsWith("\n")?indentComment(n,t):n.includes("\n")?"\n"+indentComment(n,t):(e.endsWith(" ")?"":" ")+n;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,n)=>{var r=n(1127);var s=n(2148);var i=n(9799);function stringifyDocument(e,t){const n=[];let o=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){n.push(t);o=true}else if(e.directives.docStart)o=true}if(o)n.push("---");const a=s.createStringifyContext(e,t);const{commentString:c}=a.options;if(e.commentBefore){if(n.length!==1)n.unshift("");const t=c(e.commentBefore);n.unshift(i.indentComment(t,""))}let u=false;let l=null;if(e.contents){if(r.isNode(e.contents)){if(e.contents.spaceBefore&&o)n.push("");if(e.contents.commentBefore){const t=c(e.contents.commentBefore);n.push(i.indentComment(t,""))}a.forceBlockIndent=!!e.comment;l=e.contents.comment}const t=l?undefined:()=>u=true;let f=s.stringify(e.contents,a,()=>l=null,t);if(l)f+=i.lineComment(f,"",c(l));if((f[0]==="|"||f[0]===">")&&n[n.length-1]==="---"){n[n.length-1]=`--- ${f}`}else n.push(f)}else{n.push(s.stringify(e.contents,a))}if(e.directives?.docEnd){if(e.comment){const t=c(e.comment);if(t.includes("\n")){n.push("...");n.push(i.indentComment(t,""))}else{n.push(`... ${t}`)}}else{n.push("...")}}else{let t=e.comment;if(t&&u)t=t.replace(/^\n+/,"");if(t){if((!u||l)&&n[n.length-1]!=="")n.push("");n.push(i.indentComment(c(t),""))}}return n.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},8689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:n,value:r}){if(typeof r==="bigint")return String(r);const s=typeof r==="number"?r:Number(r);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let i=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&t&&(!n||n==="tag:yaml.org,2002:float")&&/^-?\d/.test(i)&&!i.includes("e")){let e=i.indexOf(".");if(e<0){e=i.length;i+="."}let n=t-(i.length-e-1);while(n-- >0)i+="0"}return i}t.stringifyNumber=stringifyNumber},9748:(e,t,n)=>{var r=n(1127);var s=n(3301);var i=n(2148);var o=n(9799);function stringifyPair({key:e,value:t},n,a,c){const{allNullValues:u,doc:l,indent:f,indentStep:p,options:{commentString:d,indentSeq:h,simpleKeys:m}}=n;let v=r.isNode(e)&&e.comment||null;if(m){if(v){throw new Error("With simple keys, key nodes cannot have comments")}if(r.isCollection(e)||!r.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let g=!m&&(!e||v&&t==null&&!n.inFlow||r.isCollection(e)||(r.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:typeof e==="object"));n=Object.assign({},n,{allNullValues:false,implicitKey:!g&&(m||!u),indent:f+p});let y=false;let b=false;let w=i.stringify(e,n,()=>y=true,()=>b=true);if(!g&&!n.inFlow&&w.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");g=true}if(n.inFlow){if(u||t==null){if(y&&a)a();return w===""?"?":g?`? ${w}`:w}}else if(u&&!m||t==null&&g){w=`? ${w}`;if(v&&!y){w+=o.lineComment(w,n.indent,d(v))}else if(b&&c)c();return w}if(y)v=null;if(g){if(v)w+=o.lineComment(w,n.indent,d(v));w=`? ${w}\n${f}:`}else{w=`${w}:`;if(v)w+=o.lineComment(w,n.indent,d(v))}let k,S,x;if(r.isNode(t)){k=!!t.spaceBefore;S=t.commentBefore;x=t.comment}else{k=false;S=null;x=null;if(t&&typeof t==="object")t=l.createNode(t)}n.implicitKey=false;if(!g&&!v&&r.isScalar(t))n.indentAtStart=w.length+1;b=false;if(!h&&p.length>=2&&!n.inFlow&&!g&&r.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){n.indent=n.indent.substring(2)}let A=false;const E=i.stringify(t,n,()=>A=true,()=>b=true);let O=" ";if(v||k||S){O=k?"\n":"";if(S){const e=d(S);O+=`\n${o.indentComment(e,n.indent)}`}if(E===""&&!n.inFlow){if(O==="\n"&&x)O="\n\n"}else{O+=`\n${n.indent}`}}else if(!g&&r.isCollection(t)){const e=E[0];const r=E.indexOf("\n");const s=r!==-1;const i=n.inFlow??t.flow??t.items.length===0;if(s||!i){let t=false;if(s&&(e==="&"||e==="!")){let n=E.indexOf(" ");if(e==="&"&&n!==-1&&n<r&&E[n+1]==="!"){n=E.indexOf(" ",n+1)}if(n===-1||r<n)t=true}if(!t)O=`\n${n.indent}`}}else if(E===""||E[0]==="\n"){O=""}w+=O+E;if(n.inFlow){if(A&&a)a()}else if(x&&!A){w+=o.lineComment(w,n.indent,d(x))}else if(b&&c){c()}return w}t.stringifyPair=stringifyPair},3069:(e,t,n)=>{var r=n(3301);var s=n(4475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,n){if(!t||t<0)return false;const r=t-n;const s=e.length;if(s<=r)return false;for(let t=0,n=0;t<s;++t){if(e[t]==="\n"){if(t-n>r)return true;n=t+1;if(s-n<=r)return false}}return true}function doubleQuotedString(e,t){const n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;const{implicitKey:r}=t;const i=t.options.doubleQuotedMinMultiLineLength;const o=t.indent||(containsDocumentMarker(e)?"  ":"");let a="";let c=0;for(let e=0,t=n[e];t;t=n[++e]){if(t===" "&&n[e+1]==="\\"&&n[e+2]==="n"){a+=n.slice(c,e)+"\\ ";e+=1;c=e;t="\\"}if(t==="\\")switch(n[e+1]){case"u":{a+=n.slice(c,e);const t=n.substr(e+2,4);switch(t){case"0000":a+="\\0";break;case"0007":a+="\\a";break;case"000b":a+="\\v";break;case"001b":a+="\\e";break;case"0085":a+="\\N";break;case"00a0":a+="\\_";break;case"2028":a+="\\L";break;case"2029":a+="\\P";break;default:if(t.substr(0,2)==="00")a+="\\x"+t.substr(2);else a+=n.substr(e,6)}e+=5;c=e+1}break;case"n":if(r||n[e+2]==='"'||n.length<i){e+=1}else{a+=n.slice(c,e)+"\n\n";while(n[e+2]==="\\"&&n[e+3]==="n"&&n[e+4]!=='"'){a+="\n";e+=2}a+=o;if(n[e+2]===" ")a+="\\";e+=1;c=e+1}break;default:e+=1}}a=c?a+n.slice(c):n;return r?a:s.foldFlowLines(a,o,s.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const n=t.indent||(containsDocumentMarker(e)?"  ":"");const r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${n}`)+"'";return t.implicitKey?r:s.foldFlowLines(r,n,s.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:n}=t.options;let r;if(n===false)r=doubleQuotedString;else{const t=e.includes('"');const s=e.includes("'");if(t&&!s)r=singleQuotedString;else if(s&&!t)r=doubleQuotedString;else r=n?singleQuotedString:doubleQuotedString}return r(e,t)}let i;try{i=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{i=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:n},o,a,c){const{blockQuote:u,commentString:l,lineWidth:f}=o.options;if(!u||/\n[\t ]+$/.test(n)){return quotedString(n,o)}const p=o.indent||(o.forceBlockIndent||containsDocumentMarker(n)?"  ":"");const d=u==="literal"?true:u==="folded"||t===r.Scalar.BLOCK_FOLDED?false:t===r.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(n,f,p.length);if(!n)return d?"|\n":">\n";let h;let m;for(m=n.length;m>0;--m){const e=n[m-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let v=n.substring(m);const g=v.indexOf("\n");if(g===-1){h="-"}else if(n===v||g!==v.length-1){h="+";if(c)c()}else{h=""}if(v){n=n.slice(0,-v.length);if(v[v.length-1]==="\n")v=v.slice(0,-1);v=v.replace(i,`$&${p}`)}let y=false;let b;let w=-1;for(b=0;b<n.length;++b){const e=n[b];if(e===" ")y=true;else if(e==="\n")w=b;else break}let k=n.substring(0,w<b?w+1:b);if(k){n=n.substring(k.length);k=k.replace(/\n+/g,`$&${p}`)}const S=p?"2":"1";let x=(y?S:"")+h;if(e){x+=" "+l(e.replace(/ ?[\r\n]+/g," "));if(a)a()}if(!d){const e=n.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${p}`);let i=false;const a=getFoldOptions(o,true);if(u!=="folded"&&t!==r.Scalar.BLOCK_FOLDED){a.onOverflow=()=>{i=true}}const c=s.foldFlowLines(`${k}${e}${v}`,p,s.FOLD_BLOCK,a);if(!i)return`>${x}\n${p}${c}`}n=n.replace(/\n+/g,`$&${p}`);return`|${x}\n${p}${k}${n}${v}`}function plainString(e,t,n,i){const{type:o,value:a}=e;const{actualString:c,implicitKey:u,indent:l,indentStep:f,inFlow:p}=t;if(u&&a.includes("\n")||p&&/[[\]{},]/.test(a)){return quotedString(a,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(a)){return u||p||!a.includes("\n")?quotedString(a,t):blockString(e,t,n,i)}if(!u&&!p&&o!==r.Scalar.PLAIN&&a.includes("\n")){return blockString(e,t,n,i)}if(containsDocumentMarker(a)){if(l===""){t.forceBlockIndent=true;return blockString(e,t,n,i)}else if(u&&l===f){return quotedString(a,t)}}const d=a.replace(/\n+/g,`$&\n${l}`);if(c){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(d);const{compat:e,tags:n}=t.doc.schema;if(n.some(test)||e?.some(test))return quotedString(a,t)}return u?d:s.foldFlowLines(d,l,s.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,n,s){const{implicitKey:i,inFlow:o}=t;const a=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:c}=e;if(c!==r.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(a.value))c=r.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case r.Scalar.BLOCK_FOLDED:case r.Scalar.BLOCK_LITERAL:return i||o?quotedString(a.value,t):blockString(a,t,n,s);case r.Scalar.QUOTE_DOUBLE:return doubleQuotedString(a.value,t);case r.Scalar.QUOTE_SINGLE:return singleQuotedString(a.value,t);case r.Scalar.PLAIN:return plainString(a,t,n,s);default:return null}};let u=_stringify(c);if(u===null){const{defaultKeyType:e,defaultStringType:n}=t.options;const r=i&&e||n;u=_stringify(r);if(u===null)throw new Error(`Unsupported default string type ${r}`)}return u}t.stringifyString=stringifyString},204:(e,t,n)=>{var r=n(1127);const s=Symbol("break visit");const i=Symbol("skip children");const o=Symbol("remove node");function visit(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=visit_(null,e.contents,n,Object.freeze([e]));if(t===o)e.contents=null}else visit_(null,e,n,Object.freeze([]))}visit.BREAK=s;visit.SKIP=i;visit.REMOVE=o;function visit_(e,t,n,i){const a=callVisitor(e,t,n,i);if(r.isNode(a)||r.isPair(a)){replaceNode(e,i,a);return visit_(e,a,n,i)}if(typeof a!=="symbol"){if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=visit_(e,t.items[e],n,i);if(typeof r==="number")e=r-1;else if(r===s)return s;else if(r===o){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=visit_("key",t.key,n,i);if(e===s)return s;else if(e===o)t.key=null;const r=visit_("value",t.value,n,i);if(r===s)return s;else if(r===o)t.value=null}}return a}async function visitAsync(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=await visitAsync_(null,e.contents,n,Object.freeze([e]));if(t===o)e.contents=null}else await visitAsync_(null,e,n,Object.freeze([]))}visitAsync.BREAK=s;visitAsync.SKIP=i;visitAsync.REMOVE=o;async function visitAsync_(e,t,n,i){const a=await callVisitor(e,t,n,i);if(r.isNode(a)||r.isPair(a)){replaceNode(e,i,a);return visitAsync_(e,a,n,i)}if(typeof a!=="symbol"){if(r.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const r=await visitAsync_(e,t.items[e],n,i);if(typeof r==="number")e=r-1;else if(r===s)return s;else if(r===o){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){i=Object.freeze(i.concat(t));const e=await visitAsync_("key",t.key,n,i);if(e===s)return s;else if(e===o)t.key=null;const r=await visitAsync_("value",t.value,n,i);if(r===s)return s;else if(r===o)t.value=null}}return a}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,n,s){if(typeof n==="function")return n(e,t,s);if(r.isMap(t))return n.Map?.(e,t,s);if(r.isSeq(t))return n.Seq?.(e,t,s);if(r.isPair(t))return n.Pair?.(e,t,s);if(r.isScalar(t))return n.Scalar?.(e,t,s);if(r.isAlias(t))return n.Alias?.(e,t,s);return undefined}function replaceNode(e,t,n){const s=t[t.length-1];if(r.isCollection(s)){s.items[e]=n}else if(r.isPair(s)){if(e==="key")s.key=n;else s.value=n}else if(r.isDocument(s)){s.contents=n}else{const e=r.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},4730:(e,t,n)=>{n.d(t,{E:()=>Octokit});function getUserAgent(){if(typeof navigator==="object"&&"userAgent"in navigator){return navigator.userAgent}if(typeof process==="object"&&process.version!==undefined){return`Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`}return"<environment undetectable>"}function register(e,t,n,r){if(typeof n!=="function"){throw new Error("method for before hook must be a function")}if(!r){r={}}if(Array.isArray(t)){return t.reverse().reduce((t,n)=>register.bind(null,e,n,t,r),n)()}return Promise.resolve().then(()=>{if(!e.registry[t]){return n(r)}return e.registry[t].reduce((e,t)=>t.hook.bind(null,e,r),n)()})}function addHook(e,t,n,r){const s=r;if(!e.registry[n]){e.registry[n]=[]}if(t==="before"){r=(e,t)=>Promise.resolve().then(s.bind(null,t)).then(e.bind(null,t))}if(t==="after"){r=(e,t)=>{let n;return Promise.resolve().then(e.bind(null,t)).then(e=>{n=e;return s(n,t)}).then(()=>n)}}if(t==="error"){r=(e,t)=>Promise.resolve().then(e.bind(null,t)).catch(e=>s(e,t))}e.registry[n].push({hook:r,orig:s})}function removeHook(e,t,n){if(!e.registry[t]){return}const r=e.registry[t].map(e=>e.orig).indexOf(n);if(r===-1){return}e.registry[t].splice(r,1)}const r=Function.bind;const s=r.bind(r);function bindApi(e,t,n){const r=s(removeHook,null).apply(null,n?[t,n]:[t]);e.api={remove:r};e.remove=r;["before","error","after","wrap"].forEach(r=>{const i=n?[t,r,n]:[t,r];e[r]=e.api[r]=s(addHook,null).apply(null,i)})}function Singular(){const e=Symbol("Singular");const t={registry:{}};const n=register.bind(null,t,e);bindApi(n,t,e);return n}function Collection(){const e={registry:{}};const t=register.bind(null,e);bindApi(t,e);return t}const i={Singular:Singular,Collection:Collection};var o="0.0.0-development";var a=`octokit-endpoint.js/${o} ${getUserAgent()}`;var c={method:"GET",baseUrl:"https://api.github.com",headers:{accept:"application/vnd.github.v3+json","user-agent":a},mediaType:{format:""}};function lowercaseKeys(e){if(!e){return{}}return Object.keys(e).reduce((t,n)=>{t[n.toLowerCase()]=e[n];return t},{})}function isPlainObject(e){if(typeof e!=="object"||e===null)return false;if(Object.prototype.toString.call(e)!=="[object Object]")return false;const t=Object.getPrototypeOf(e);if(t===null)return true;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof n==="function"&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}function mergeDeep(e,t){const n=Object.assign({},e);Object.keys(t).forEach(r=>{if(isPlainObject(t[r])){if(!(r in e))Object.assign(n,{[r]:t[r]});else n[r]=mergeDeep(e[r],t[r])}else{Object.assign(n,{[r]:t[r]})}});return n}function removeUndefinedProperties(e){for(const t in e){if(e[t]===void 0){delete e[t]}}return e}function merge(e,t,n){if(typeof t==="string"){let[e,r]=t.split(" ");n=Object.assign(r?{method:e,url:r}:{url:e},n)}else{n=Object.assign({},t)}n.headers=lowercaseKeys(n.headers);removeUndefinedProperties(n);removeUndefinedProperties(n.headers);const r=mergeDeep(e||{},n);if(n.url==="/graphql"){if(e&&e.mediaType.previews?.length){r.mediaType.previews=e.mediaType.previews.filter(e=>!r.mediaType.previews.includes(e)).concat(r.mediaType.previews)}r.mediaType.previews=(r.mediaType.previews||[]).map(e=>e.replace(/-preview/,""))}return r}function addQueryParameters(e,t){const n=/\?/.test(e)?"&":"?";const r=Object.keys(t);if(r.length===0){return e}return e+n+r.map(e=>{if(e==="q"){return"q="+t.q.split("+").map(encodeURIComponent).join("+")}return`${e}=${encodeURIComponent(t[e])}`}).join("&")}var u=/\{[^{}}]+\}/g;function removeNonChars(e){return e.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g,"").split(/,/)}function extractUrlVariableNames(e){const t=e.match(u);if(!t){return[]}return t.map(removeNonChars).reduce((e,t)=>e.concat(t),[])}function omit(e,t){const n={__proto__:null};for(const r of Object.keys(e)){if(t.indexOf(r)===-1){n[r]=e[r]}}return n}function encodeReserved(e){return e.split(/(%[0-9A-Fa-f]{2})/g).map(function(e){if(!/%[0-9A-Fa-f]/.test(e)){e=encodeURI(e).replace(/%5B/g,"[").replace(/%5D/g,"]")}return e}).join("")}function encodeUnreserved(e){return encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}function encodeValue(e,t,n){t=e==="+"||e==="#"?encodeReserved(t):encodeUnreserved(t);if(n){return encodeUnreserved(n)+"="+t}else{return t}}function isDefined(e){return e!==void 0&&e!==null}function isKeyOperator(e){return e===";"||e==="&"||e==="?"}function getValues(e,t,n,r){var s=e[n],i=[];if(isDefined(s)&&s!==""){if(typeof s==="string"||typeof s==="number"||typeof s==="bigint"||typeof s==="boolean"){s=s.toString();if(r&&r!=="*"){s=s.substring(0,parseInt(r,10))}i.push(encodeValue(t,s,isKeyOperator(t)?n:""))}else{if(r==="*"){if(Array.isArray(s)){s.filter(isDefined).forEach(function(e){i.push(encodeValue(t,e,isKeyOperator(t)?n:""))})}else{Object.keys(s).forEach(function(e){if(isDefined(s[e])){i.push(encodeValue(t,s[e],e))}})}}else{const e=[];if(Array.isArray(s)){s.filter(isDefined).forEach(function(n){e.push(encodeValue(t,n))})}else{Object.keys(s).forEach(function(n){if(isDefined(s[n])){e.push(encodeUnreserved(n));e.push(encodeValue(t,s[n].toString()))}})}if(isKeyOperator(t)){i.push(encodeUnreserved(n)+"="+e.join(","))}else if(e.length!==0){i.push(e.join(","))}}}}else{if(t===";"){if(isDefined(s)){i.push(encodeUnreserved(n))}}else if(s===""&&(t==="&"||t==="?")){i.push(encodeUnreserved(n)+"=")}else if(s===""){i.push("")}}return i}function parseUrl(e){return{expand:expand.bind(null,e)}}function expand(e,t){var n=["+","#",".","/",";","?","&"];e=e.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g,function(e,r,s){if(r){let e="";const s=[];if(n.indexOf(r.charAt(0))!==-1){e=r.charAt(0);r=r.substr(1)}r.split(/,/g).forEach(function(n){var r=/([^:\*]*)(?::(\d+)|(\*))?/.exec(n);s.push(getValues(t,e,r[1],r[2]||r[3]))});if(e&&e!=="+"){var i=",";if(e==="?"){i="&"}else if(e!=="#"){i=e}return(s.length!==0?e:"")+s.join(i)}else{return s.join(",")}}else{return encodeReserved(s)}});if(e==="/"){return e}else{return e.replace(/\/$/,"")}}function parse(e){let t=e.method.toUpperCase();let n=(e.url||"/").replace(/:([a-z]\w+)/g,"{$1}");let r=Object.assign({},e.headers);let s;let i=omit(e,["method","baseUrl","url","headers","request","mediaType"]);const o=extractUrlVariableNames(n);n=parseUrl(n).expand(i);if(!/^http/.test(n)){n=e.baseUrl+n}const a=Object.keys(e).filter(e=>o.includes(e)).concat("baseUrl");const c=omit(i,a);const u=/application\/octet-stream/i.test(r.accept);if(!u){if(e.mediaType.format){r.accept=r.accept.split(/,/).map(t=>t.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,`application/vnd$1$2.${e.mediaType.format}`)).join(",")}if(n.endsWith("/graphql")){if(e.mediaType.previews?.length){const t=r.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g)||[];r.accept=t.concat(e.mediaType.previews).map(t=>{const n=e.mediaType.format?`.${e.mediaType.format}`:"+json";return`application/vnd.github.${t}-preview${n}`}).join(",")}}}if(["GET","HEAD"].includes(t)){n=addQueryParameters(n,c)}else{if("data"in c){s=c.data}else{if(Object.keys(c).length){s=c}}}if(!r["content-type"]&&typeof s!=="undefined"){r["content-type"]="application/json; charset=utf-8"}if(["PATCH","PUT"].includes(t)&&typeof s==="undefined"){s=""}return Object.assign({method:t,url:n,headers:r},typeof s!=="undefined"?{body:s}:null,e.request?{request:e.request}:null)}function endpointWithDefaults(e,t,n){return parse(merge(e,t,n))}function withDefaults(e,t){const n=merge(e,t);const r=endpointWithDefaults.bind(null,n);return Object.assign(r,{DEFAULTS:n,defaults:withDefaults.bind(null,n),merge:merge.bind(null,n),parse:parse})}var l=withDefaults(null,c);
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const f=32;const p=9;const d=59;const h=61;const m=34;const v=92;const g=44;const y=1;const b=2;const w=4;const k=8;const S=16;const x=65280;const A=y|x;const E=new Uint8Array(256);E[p]|=b;E[f]|=b;E[d]|=w;E[g]|=k;for(let e=128;e<=255;e++){E[e]|=y}for(const e of"!#$%&'*+-.^_`|~"){E[e.charCodeAt(0)]|=S}for(let e=48;e<=57;e++){E[e]|=S}for(let e=65;e<=90;e++){E[e]|=y|S}for(let e=97;e<=122;e++){E[e]|=S}const O=(()=>{const C=function(){};C.prototype=Object.create(null);return C})();function isTypeValid(e,t=0,n=e.length){let r=false;for(let s=t;s<n;s++){const i=e.charCodeAt(s);if(i===47){if(r||s===t||s>=n-1)return false;r=true}else if(!isTokenCode(i)){return false}}return r}function isTokenValid(e,t=0,n=e.length){if(t>=n)return false;for(let r=t;r<n;r++){if(!isTokenCode(e.charCodeAt(r)))return false}return true}function isTokenCode(e){return(E[e]&S)!==0}function parameterValue(e){const t=e.length;if(t===0)return'""';let n=0;while(n<t&&isTokenCode(e.charCodeAt(n)))n++;if(n===t)return e;let r='"';let s=0;while(n<t){const t=e.charCodeAt(n);if(t!==p&&(t<f||t===127||t>255)){throw new TypeError(`Invalid parameter value: ${e}`)}if(t===34||t===92){r+=`${e.slice(s,n)}\\`;s=n}n++}return`${r}${e.slice(s)}"`}function format(e){const{type:t,parameters:n}=e;if(!t||!isTypeValid(t)){throw new TypeError(`Invalid type: ${t}`)}let r=t;if(n){for(const e of Object.keys(n)){if(!isTokenValid(e)){throw new TypeError(`Invalid parameter name: ${e}`)}r+=`; ${e}=${parameterValue(n[e])}`}}return r}function dist_parse(e,t){const n=w|(t?.comma===true?k:0);const r=e.length;let s=t?.start??0;while((E[e.charCodeAt(s)]&b)!==0){s++}let i=s;let o=0;let a=-1;let c=t?.parameters===false?k:0;while(i<r){const t=e.charCodeAt(i);const r=E[t];if((r&n)!==0){c|=r&k;break}if((r&b)!==0){if(a===-1)a=i}else{a=-1}o|=t&x|r;i++}const u=a===-1?i:a;const l=e.slice(s,u);const f=(o&A)===0?l:l.toLowerCase();if(i===r||c!==0){return{type:f,index:i,parameters:new O}}return parseParameters(e,f,i,r,n)}function parseParameters(e,t,n,r,s){const i=new O;e:while(n<r){n++;while((E[e.charCodeAt(n)]&b)!==0){n++}const t=n;let o=0;let a=-1;while(n<r){const c=e.charCodeAt(n);const u=E[c];if((u&s)!==0){if((u&k)!==0)break e;continue e}if(c===h){const c=a===-1?n:a;const u=e.slice(t,c);const l=(o&A)===0?u:u.toLowerCase();n++;while((E[e.charCodeAt(n)]&b)!==0){n++}if(n<r&&e.charCodeAt(n)===m){const t=++n;let o=false;while(n<r){const a=e.charCodeAt(n);if(a===m){if(i[l]===undefined){i[l]=o?unescapeQuotedPairs(e,t,n):e.slice(t,n)}n++;let a=0;while(n<r){const t=e.charCodeAt(n);const r=E[t];if((r&s)!==0){a=r&k;break}n++}if(a!==0)break e;continue e}if(a===v&&n+1<r){o=true;n+=2;continue}n++}continue e}const f=n;let p=0;let d=-1;while(n<r){const t=e.charCodeAt(n);const r=E[t];if((r&s)!==0){p=r&k;break}if((r&b)!==0){if(d===-1)d=n}else{d=-1}n++}if(i[l]===undefined){const t=d===-1?n:d;i[l]=e.slice(f,t)}if(p!==0)break e;continue e}if((u&b)!==0){if(a===-1)a=n}else{a=-1}o|=c&x|u;n++}}return{type:t,index:n,parameters:i}}function unescapeQuotedPairs(e,t,n){let r="";for(let s=t;s<n;s++){if(e.charCodeAt(s)===v){r+=e.slice(t,s);t=++s}}return r+e.slice(t,n)}const $=/^-?\d+$/;const P=/^-?\d+n+$/;const N=JSON.stringify;const T=JSON.parse;const I=/^-?\d+n$/;const z=/([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;const R=/([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;const isUnstringifiable=e=>e===undefined||typeof e==="function"||typeof e==="symbol";const isRawJSON=e=>e!==null&&typeof e==="object"&&e.constructor&&e.constructor.name==="RawJSON";const stringifyIteratively=(e,t,n)=>{let r="";if(typeof n==="number"){r=" ".repeat(Math.min(10,Math.max(0,Math.floor(n))))}else if(typeof n==="string"){r=n.slice(0,10)}const s=typeof t==="function";const i=Array.isArray(t)?new Set(t.map(String)):null;const prepareVal=(e,n,r)=>{const i=r!==null&&typeof r==="object";const o=i&&typeof r.toJSON==="function";if(o){r=r.toJSON(n)}const a=typeof r==="string"&&P.test(r);if(a)return r+"n";const c=typeof r==="bigint";if(c){const e="rawJSON"in JSON;if(e)return JSON.rawJSON(r.toString());return r.toString()+"n"}if(s){r=t.call(e,n,r)}const u=r!==null&&typeof r==="object";if(u){const e=r instanceof Number||r instanceof String||r instanceof Boolean;if(e){r=r.valueOf()}}return r};const o=prepareVal({"":e},"",e);if(isUnstringifiable(o)){return undefined}const a=o===null||typeof o!=="object";const c=isRawJSON(o);if(a||c){return N(o)}const u=[];let l=0;const f=[{parent:{"":o},key:"",val:o,isArray:Array.isArray(o),keys:Array.isArray(o)?null:Object.keys(o),index:0,first:true}];const p=new WeakSet([o]);while(f.length>0){const e=f[f.length-1];if(e.index===0){u.push(e.isArray?"[":"{");l++}let t=false;if(e.isArray){if(e.index<e.val.length){if(!e.first)u.push(",");if(r)u.push("\n"+r.repeat(l));const t=e.val[e.index];const n=prepareVal(e.val,String(e.index),t);if(isUnstringifiable(n)){u.push("null");e.first=false;e.index++}else{const t=n!==null&&typeof n==="object";const r=isRawJSON(n);if(t&&!r){if(p.has(n)){throw new TypeError("Converting circular structure to JSON")}p.add(n);f.push({parent:e.val,key:String(e.index),val:n,isArray:Array.isArray(n),keys:Array.isArray(n)?null:Object.keys(n),index:0,first:true});e.first=false;e.index++}else{u.push(N(n));e.first=false;e.index++}}}else{t=true}}else{while(e.index<e.keys.length){const t=e.keys[e.index++];const n=i&&!i.has(t);if(n)continue;const s=e.val[t];const o=prepareVal(e.val,t,s);if(isUnstringifiable(o))continue;if(!e.first)u.push(",");if(r){u.push("\n"+r.repeat(l)+N(t)+": ")}else{u.push(N(t)+":")}const a=o!==null&&typeof o==="object";const c=isRawJSON(o);if(a&&!c){if(p.has(o)){throw new TypeError("Converting circular structure to JSON")}p.add(o);f.push({parent:e.val,key:t,val:o,isArray:Array.isArray(o),keys:Array.isArray(o)?null:Object.keys(o),index:0,first:true});e.first=false;break}else{u.push(N(o));e.first=false}}const n=e.index>=e.keys.length&&f[f.length-1]===e;if(n){t=true}}if(t){l--;if(!e.first&&r)u.push("\n"+r.repeat(l));u.push(e.isArray?"]":"}");p.delete(e.val);f.pop()}}return u.join("")};const JSONStringify=(e,t,n)=>{try{const r="rawJSON"in JSON;if(r){return N(e,(e,n)=>{if(typeof n==="bigint")return JSON.rawJSON(n.toString());const r=typeof t==="function";if(r)return t(e,n);const s=Array.isArray(t)&&t.includes(e);if(s)return n;return n},n)}if(!e)return N(e,t,n);const s=N(e,(e,n)=>{const r=typeof n==="string"&&P.test(n);if(r)return n.toString()+"n";if(typeof n==="bigint")return n.toString()+"n";const s=typeof t==="function";if(s)return t(e,n);const i=Array.isArray(t)&&t.includes(e);if(i)return n;return n},n);const i=s.replace(z,"$1$2$3");const o=i.replace(R,"$1$2$3");return o}catch(r){if(r instanceof RangeError){const r=stringifyIteratively(e,t,n);if(r===undefined)return undefined;const s="rawJSON"in JSON;if(s)return r;const i=r.replace(z,"$1$2$3");return i.replace(R,"$1$2$3")}throw r}};const L=new Map;const isContextSourceSupported=()=>{const e=JSON.parse.toString();if(L.has(e)){return L.get(e)}try{const t=JSON.parse("1",(e,t,n)=>!!n?.source&&n.source==="1");L.set(e,t);return t}catch{L.set(e,false);return false}};const convertMarkedBigIntsReviver=(e,t,n,r)=>{const s=typeof t==="string"&&I.test(t);if(s)return BigInt(t.slice(0,-1));const i=typeof t==="string"&&P.test(t);if(i)return t.slice(0,-1);const o=typeof r==="function";if(!o)return t;return r(e,t,n)};const JSONParseV2=(e,t)=>JSON.parse(e,(e,n,r)=>{const s=typeof n==="number";const i=n>Number.MAX_SAFE_INTEGER||n<Number.MIN_SAFE_INTEGER;const o=s&&i;const a=r&&$.test(r.source);const c=o&&a;if(c)return BigInt(r.source);const u=typeof t==="function";if(!u)return n;return t(e,n,r)});const j=Number.MAX_SAFE_INTEGER.toString();const D=j.length;const M=/"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;const B=/^"-?\d+n+"$/;const applyReviverIteratively=(e,t)=>{const n={"":e};const r=[{parent:n,key:"",visited:false}];while(r.length>0){const e=r[r.length-1];if(!e.visited){e.visited=true;const t=e.parent[e.key];const n=t!==null&&typeof t==="object";if(n){const e=Object.keys(t);for(let n=e.length-1;n>=0;n--){r.push({parent:t,key:e[n],visited:false})}}}else{const{parent:n,key:s}=e;let i=n[s];if(typeof i==="string"){const e=I.test(i);if(e){i=BigInt(i.slice(0,-1))}else{const e=P.test(i);if(e)i=i.slice(0,-1)}}const o=typeof t==="function";if(o){i=t.call(n,s,i)}const a=i===undefined;if(a){delete n[s]}else{n[s]=i}r.pop()}}return n[""]};const serializeBigInts=e=>e.replace(M,(e,t,n,r)=>{const s=e[0]==='"';const i=s&&B.test(e);if(i)return e.substring(0,e.length-1)+'n"';const o=n||r;const a=t&&(t.length<D||t.length===D&&t<=j);const c=s||o||a;if(c)return e;return'"'+e+'n"'});const JSONParse=(e,t)=>{if(!e)return T(e,t);try{if(isContextSourceSupported())return JSONParseV2(e,t);const n=serializeBigInts(e);return T(n,(e,n,r)=>convertMarkedBigIntsReviver(e,n,r,t))}catch(n){if(n instanceof RangeError){const n=serializeBigInts(e);const r=T(n);return applyReviverIteratively(r,t)}throw n}};var F=n(1015);var U="10.0.16";var q={headers:{"user-agent":`octokit-request.js/${U} ${getUserAgent()}`}};function dist_bundle_isPlainObject(e){if(typeof e!=="object"||e===null)return false;if(Object.prototype.toString.call(e)!=="[object Object]")return false;const t=Object.getPrototypeOf(e);if(t===null)return true;const n=Object.prototype.hasOwnProperty.call(t,"constructor")&&t.constructor;return typeof n==="function"&&n instanceof n&&Function.prototype.call(n)===Function.prototype.call(e)}var noop=()=>"";async function fetchWrapper(e){const t=e.request?.fetch||globalThis.fetch;if(!t){throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing")}const n=e.request?.log||console;const r=e.request?.parseSuccessResponseBody!==false;const s=dist_bundle_isPlainObject(e.body)||Array.isArray(e.body)?JSONStringify(e.body):e.body;const i=Object.fromEntries(Object.entries(e.headers).map(([e,t])=>[e,String(t)]));let o;try{o=await t(e.url,{method:e.method,body:s,redirect:e.request?.redirect,headers:i,signal:e.request?.signal,...e.body&&{duplex:"half"}})}catch(t){let n="Unknown Error";if(t instanceof Error){if(t.name==="AbortError"){t.status=500;throw t}n=t.message;if(t.name==="TypeError"&&"cause"in t){if(t.cause instanceof Error){n=t.cause.message}else if(typeof t.cause==="string"){n=t.cause}}}const r=new F.G(n,500,{request:e});r.cause=t;throw r}const a=o.status;const c=o.url;const u={};for(const[e,t]of o.headers){u[e]=t}const l={url:c,status:a,headers:u,data:""};if("deprecation"in u){const t=u.link&&u.link.match(/<([^<>]+)>; rel="deprecation"/);const r=t&&t.pop();n.warn(`[@octokit/request] "${e.method} ${e.url}" is deprecated. It is scheduled to be removed on ${u.sunset}${r?`. See ${r}`:""}`)}if(a===204||a===205){return l}if(e.method==="HEAD"){if(a<400){return l}throw new F.G(o.statusText,a,{response:l,request:e})}if(a===304){l.data=await getResponseData(o);throw new F.G("Not modified",a,{response:l,request:e})}if(a>=400){l.data=await getResponseData(o);throw new F.G(toErrorMessage(l.data),a,{response:l,request:e})}l.data=r?await getResponseData(o):o.body;return l}async function getResponseData(e){const t=e.headers.get("content-type");if(!t){return e.text().catch(noop)}const n=dist_parse(t);if(isJSONResponse(n)){let t="";try{t=await e.text();return JSONParse(t)}catch(e){return t}}else if(n.type.startsWith("text/")||n.parameters.charset?.toLowerCase()==="utf-8"&&n.type!=="application/octet-stream"){return e.text().catch(noop)}else{return e.arrayBuffer().catch(
/* v8 ignore next -- @preserve */
()=>new ArrayBuffer(0))}}function isJSONResponse(e){return e.type==="application/json"||e.type==="application/scim+json"}function toErrorMessage(e){if(typeof e==="string"){return e}if(e instanceof ArrayBuffer){return"Unknown error"}if(typeof e==="object"&&e!==null&&"message"in e){const t=e;const n="documentation_url"in t?` - ${t.documentation_url}`:"";return Array.isArray(t.errors)?`${t.message}: ${t.errors.map(e=>JSON.stringify(e)).join(", ")}${n}`:`${t.message}${n}`}return`Unknown error: ${JSON.stringify(e)}`}function dist_bundle_withDefaults(e,t){const n=e.defaults(t);const newApi=function(e,t){const r=n.merge(e,t);if(!r.request||!r.request.hook){return fetchWrapper(n.parse(r))}const request2=(e,t)=>fetchWrapper(n.parse(n.merge(e,t)));Object.assign(request2,{endpoint:n,defaults:dist_bundle_withDefaults.bind(null,n)});return r.request.hook(request2,r)};return Object.assign(newApi,{endpoint:n,defaults:dist_bundle_withDefaults.bind(null,n)})}var Z=dist_bundle_withDefaults(l,q);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */var K="0.0.0-development";function _buildMessageForResponseErrors(e){return`Request failed due to following response errors:\n`+e.errors.map(e=>` - ${e.message}`).join("\n")}var H=class extends Error{constructor(e,t,n){super(_buildMessageForResponseErrors(n));this.request=e;this.headers=t;this.response=n;this.errors=n.errors;this.data=n.data;if(Error.captureStackTrace){Error.captureStackTrace(this,this.constructor)}}request;headers;response;name="GraphqlResponseError";errors;data};var V=["method","baseUrl","url","headers","request","query","mediaType","operationName"];var G=["query","method","url"];var J=/\/api\/v3\/?$/;function graphql(e,t,n){if(n){if(typeof t==="string"&&"query"in n){return Promise.reject(new Error(`[@octokit/graphql] "query" cannot be used as variable name`))}for(const e in n){if(!G.includes(e))continue;return Promise.reject(new Error(`[@octokit/graphql] "${e}" cannot be used as variable name`))}}const r=typeof t==="string"?Object.assign({query:t},n):t;const s=Object.keys(r).reduce((e,t)=>{if(V.includes(t)){e[t]=r[t];return e}if(!e.variables){e.variables={}}e.variables[t]=r[t];return e},{});const i=r.baseUrl||e.endpoint.DEFAULTS.baseUrl;if(J.test(i)){s.url=i.replace(J,"/api/graphql")}return e(s).then(e=>{if(e.data.errors){const t={};for(const n of Object.keys(e.headers)){t[n]=e.headers[n]}throw new H(s,t,e.data)}return e.data.data})}function graphql_dist_bundle_withDefaults(e,t){const n=e.defaults(t);const newApi=(e,t)=>graphql(n,e,t);return Object.assign(newApi,{defaults:graphql_dist_bundle_withDefaults.bind(null,n),endpoint:n.endpoint})}var W=graphql_dist_bundle_withDefaults(Z,{headers:{"user-agent":`octokit-graphql.js/${K} ${getUserAgent()}`},method:"POST",url:"/graphql"});function withCustomRequest(e){return graphql_dist_bundle_withDefaults(e,{method:"POST",url:"/graphql"})}
/* v8 ignore if -- @preserve */var Y="(?:[a-zA-Z0-9_-]+)";var Q="\\.";var X=new RegExp(`^${Y}${Q}${Y}${Q}${Y}$`);var ee=X.test.bind(X);async function auth(e){const t=ee(e);const n=e.startsWith("v1.")||e.startsWith("ghs_");const r=e.startsWith("ghu_");const s=t?"app":n?"installation":r?"user-to-server":"oauth";return{type:"token",token:e,tokenType:s}}function withAuthorizationPrefix(e){if(e.split(/\./).length===3){return`bearer ${e}`}return`token ${e}`}async function hook(e,t,n,r){const s=t.endpoint.merge(n,r);s.headers.authorization=withAuthorizationPrefix(e);return t(s)}var te=function createTokenAuth2(e){if(!e){throw new Error("[@octokit/auth-token] No token passed to createTokenAuth")}if(typeof e!=="string"){throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string")}e=e.replace(/^(token|bearer) +/i,"");return Object.assign(auth.bind(null,e),{hook:hook.bind(null,e)})};const ne="7.0.8";const dist_src_noop=()=>{};const re=console.warn.bind(console);const se=console.error.bind(console);function createLogger(e={}){if(typeof e.debug!=="function"){e.debug=dist_src_noop}if(typeof e.info!=="function"){e.info=dist_src_noop}if(typeof e.warn!=="function"){e.warn=re}if(typeof e.error!=="function"){e.error=se}return e}const ie=`octokit-core.js/${ne} ${getUserAgent()}`;class Octokit{static VERSION=ne;static defaults(e){const t=class extends(this){constructor(...t){const n=t[0]||{};if(typeof e==="function"){super(e(n));return}super(Object.assign({},e,n,n.userAgent&&e.userAgent?{userAgent:`${n.userAgent} ${e.userAgent}`}:null))}};return t}static plugins=[];static plugin(...e){const t=this.plugins;const n=class extends(this){static plugins=t.concat(e.filter(e=>!t.includes(e)))};return n}constructor(e={}){const t=new i.Collection;const n={baseUrl:Z.endpoint.DEFAULTS.baseUrl,headers:{},request:Object.assign({},e.request,{hook:t.bind(null,"request")}),mediaType:{previews:[],format:""}};n.headers["user-agent"]=e.userAgent?`${e.userAgent} ${ie}`:ie;if(e.baseUrl){n.baseUrl=e.baseUrl}if(e.previews){n.mediaType.previews=e.previews}if(e.timeZone){n.headers["time-zone"]=e.timeZone}this.request=Z.defaults(n);this.graphql=withCustomRequest(this.request).defaults(n);this.log=createLogger(e.log);this.hook=t;if(!e.authStrategy){if(!e.auth){this.auth=async()=>({type:"unauthenticated"})}else{const n=te(e.auth);t.wrap("request",n.hook);this.auth=n}}else{const{authStrategy:n,...r}=e;const s=n(Object.assign({request:this.request,log:this.log,octokit:this,octokitOptions:r},e.auth));t.wrap("request",s.hook);this.auth=s}const r=this.constructor;for(let t=0;t<r.plugins.length;++t){Object.assign(this,r.plugins[t](this,e))}}request;graphql;log;hook;auth}},9735:(e,t,n)=>{n.d(t,{L:()=>retry});var r=n(3251);var s=n(1015);var i="0.0.0-development";function isRequestError(e){return e.request!==void 0}async function errorRequest(e,t,n,r){if(!isRequestError(n)||!n?.request.request){throw n}if(n.status>=400&&!e.doNotRetry.includes(n.status)){const s=r.request.retries!=null?r.request.retries:e.retries;const i=Math.pow((r.request.retryCount||0)+1,2);throw t.retry.retryRequest(n,s,i)}throw n}async function wrapRequest(e,t,n,s){const i=new r;i.on("failed",function(t,n){const r=~~t.request.request?.retries;const i=~~t.request.request?.retryAfter;s.request.retryCount=n.retryCount+1;if(r>n.retryCount){return i*e.retryAfterBaseValue}});return i.schedule(requestWithGraphqlErrorHandling.bind(null,e,t,n),s)}async function requestWithGraphqlErrorHandling(e,t,n,r){const i=await n(r);if(i.data&&i.data.errors&&i.data.errors.length>0&&/Something went wrong while executing your query/.test(i.data.errors[0].message)){const n=new s.G(i.data.errors[0].message,500,{request:r,response:i});return errorRequest(e,t,n,r)}return i}function retry(e,t){const n=Object.assign({enabled:true,retryAfterBaseValue:1e3,doNotRetry:[400,401,403,404,410,422,451],retries:3},t.retry);const r={retry:{retryRequest:(e,t,n)=>{e.request.request=Object.assign({},e.request.request,{retries:t,retryAfter:n});return e}}};if(n.enabled){e.hook.error("request",errorRequest.bind(null,n,r));e.hook.wrap("request",wrapRequest.bind(null,n,r))}return r}retry.VERSION=i},6856:(e,t,n)=>{n.d(t,{A:()=>throttling});var r=n(3251);var s="0.0.0-development";var noop=()=>Promise.resolve();function wrapRequest(e,t,n){return e.retryLimiter.schedule(doRequest,e,t,n)}async function doRequest(e,t,n){const{pathname:r}=new URL(n.url,"http://github.test");const s=isAuthRequest(n.method,r);const i=!s&&n.method!=="GET"&&n.method!=="HEAD";const o=n.method==="GET"&&r.startsWith("/search/");const a=r.startsWith("/graphql");const c=~~t.retryCount;const u=c>0?{priority:0,weight:0}:{};if(e.clustering){u.expiration=1e3*60}if(i||a){await e.write.key(e.id).schedule(u,noop)}if(i&&e.triggersNotification(r)){await e.notifications.key(e.id).schedule(u,noop)}if(o){await e.search.key(e.id).schedule(u,noop)}const l=(s?e.auth:e.global).key(e.id).schedule(u,t,n);if(a){const e=await l;if(e.data.errors!=null&&e.data.errors.some(e=>e.type==="RATE_LIMITED")){const t=Object.assign(new Error("GraphQL Rate Limit Exceeded"),{response:e,data:e.data});throw t}}return l}function isAuthRequest(e,t){return e==="PATCH"&&/^\/applications\/[^/]+\/token\/scoped$/.test(t)||e==="POST"&&(/^\/applications\/[^/]+\/token$/.test(t)||/^\/app\/installations\/[^/]+\/access_tokens$/.test(t)||t==="/login/oauth/access_token")}var i=["/orgs/{org}/invitations","/orgs/{org}/invitations/{invitation_id}","/orgs/{org}/teams/{team_slug}/discussions","/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments","/repos/{owner}/{repo}/collaborators/{username}","/repos/{owner}/{repo}/commits/{commit_sha}/comments","/repos/{owner}/{repo}/issues","/repos/{owner}/{repo}/issues/{issue_number}/comments","/repos/{owner}/{repo}/issues/{issue_number}/sub_issue","/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority","/repos/{owner}/{repo}/pulls","/repos/{owner}/{repo}/pulls/{pull_number}/comments","/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies","/repos/{owner}/{repo}/pulls/{pull_number}/merge","/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","/repos/{owner}/{repo}/pulls/{pull_number}/reviews","/repos/{owner}/{repo}/releases","/teams/{team_id}/discussions","/teams/{team_id}/discussions/{discussion_number}/comments"];function routeMatcher(e){const t=e.map(e=>e.split("/").map(e=>e.startsWith("{")?"(?:.+?)":e).join("/"));const n=`^(?:${t.map(e=>`(?:${e})`).join("|")})[^/]*$`;return new RegExp(n,"i")}var o=routeMatcher(i);var a=o.test.bind(o);var c={};var createGroups=function(e,t){c.global=new e.Group({id:"octokit-global",maxConcurrent:10,...t});c.auth=new e.Group({id:"octokit-auth",maxConcurrent:1,...t});c.search=new e.Group({id:"octokit-search",maxConcurrent:1,minTime:2e3,...t});c.write=new e.Group({id:"octokit-write",maxConcurrent:1,minTime:1e3,...t});c.notifications=new e.Group({id:"octokit-notifications",maxConcurrent:1,minTime:3e3,...t})};function throttling(e,t){const{enabled:n=true,Bottleneck:s=r,id:i="no-id",timeout:o=1e3*60*2,connection:u}=t.throttle||{};if(!n){return{}}const l={timeout:o};if(typeof u!=="undefined"){l.connection=u}const f=Object.assign({clustering:u!=null,triggersNotification:a,fallbackSecondaryRateRetryAfter:60,retryAfterBaseValue:1e3,id:i},t.throttle);if(typeof f.onSecondaryRateLimit!=="function"||typeof f.onRateLimit!=="function"){throw new Error(`octokit/plugin-throttling error:\n        You must pass the onSecondaryRateLimit and onRateLimit error handlers.\n        See https://octokit.github.io/rest.js/#throttling\n\n        const octokit = new Octokit({\n          throttle: {\n            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},\n            onRateLimit: (retryAfter, options) => {/* ... */}\n          }\n        })\n    `)}let p=false;const initializeBottleneck=()=>{if(p){return}p=true;if(c.global==null){createGroups(s,l)}f.global=f.global??c.global;f.auth=f.auth??c.auth;f.search=f.search??c.search;f.write=f.write??c.write;f.notifications=f.notifications??c.notifications;f.retryLimiter=f.retryLimiter??new s;const t={};const n=new s.Events(t);t.on("secondary-limit",f.onSecondaryRateLimit);t.on("rate-limit",f.onRateLimit);t.on("error",t=>e.log.warn("Error in throttling-plugin limit handler",t));f.retryLimiter.on("failed",async function(t,r){const[s,i,o]=r.args;const{pathname:a}=new URL(o.url,"http://github.test");const c=a.startsWith("/graphql")&&t.status!==401;if(!(c||t.status===403||t.status===429)){return}const u=~~i.retryCount;i.retryCount=u;o.request.retryCount=u;const{wantRetry:l,retryAfter:f=0}=await async function(){if(/\bsecondary rate\b/i.test(t.message)){const r=Number(t.response.headers["retry-after"])||s.fallbackSecondaryRateRetryAfter;const i=await n.trigger("secondary-limit",r,o,e,u);return{wantRetry:i,retryAfter:r}}if(t.response.headers!=null&&t.response.headers["x-ratelimit-remaining"]==="0"||(t.response.data?.errors??[]).some(e=>e.type==="RATE_LIMITED")){const r=new Date(~~t.response.headers["x-ratelimit-reset"]*1e3).getTime();const s=Math.max(Math.ceil((r-Date.now())/1e3)+1,0);const i=await n.trigger("rate-limit",s,o,e,u);return{wantRetry:i,retryAfter:s}}return{}}();if(l){i.retryCount++;return f*s.retryAfterBaseValue}})};e.hook.wrap("request",(e,t)=>{initializeBottleneck();return wrapRequest(f,e,t)});return{}}throttling.VERSION=s;throttling.triggersNotification=a},1015:(e,t,n)=>{n.d(t,{G:()=>RequestError});class RequestError extends Error{name;status;request;response;constructor(e,t,n){super(e,{cause:n.cause});this.name="HttpError";this.status=Number.parseInt(t);if(Number.isNaN(this.status)){this.status=0}
/* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */if("response"in n){this.response=n.response}const r=Object.assign({},n.request);if(n.request.headers.authorization){r.headers=Object.assign({},n.request.headers,{authorization:n.request.headers.authorization.replace(/(?<! ) .*$/," [REDACTED]")})}r.url=r.url.replace(/\bclient_secret=\w+/g,"client_secret=[REDACTED]").replace(/\baccess_token=\w+/g,"access_token=[REDACTED]");this.request=r}}},3382:(e,t,n)=>{n.d(t,{TI:()=>glob,ey:()=>isDynamicPattern});var r=n(9896);var s=n.t(r,2);var i=n(6928);var o=n(7016);var a=n(3339);var c=(0,a.createRequire)(import.meta.url);function cleanPath(e){let t=(0,i.normalize)(e);if(t.length>1&&t[t.length-1]===i.sep)t=t.substring(0,t.length-1);return t}const u=/[\\/]/g;function convertSlashes(e,t){return e.replace(u,t)}const l=/^[a-z]:[\\/]$/i;function isRootDirectory(e){return e==="/"||l.test(e)}function normalizePath(e,t){const{resolvePaths:n,normalizePath:r,pathSeparator:s}=t;const o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(n)e=(0,i.resolve)(e);if(r||o)e=cleanPath(e);if(e===".")return"";const a=e[e.length-1]!==s;return convertSlashes(a?e+s:e,s)}function joinPathWithBasePath(e,t){return t+e}function joinPathWithRelativePath(e,t){return function(n,r){const s=r.startsWith(e);if(s)return r.slice(e.length)+n;else return convertSlashes((0,i.relative)(e,r),t.pathSeparator)+t.pathSeparator+n}}function joinPath(e){return e}function joinDirectoryPath(e,t,n){return t+e+n}function build$7(e,t){const{relativePaths:n,includeBasePath:r}=t;return n&&e?joinPathWithRelativePath(e,t):r?joinPathWithBasePath:joinPath}function pushDirectoryWithRelativePath(e){return function(t,n){n.push(t.substring(e.length)||".")}}function pushDirectoryFilterWithRelativePath(e){return function(t,n,r){const s=t.substring(e.length)||".";if(r.every(e=>e(s,true)))n.push(s)}}const pushDirectory=(e,t)=>{t.push(e||".")};const pushDirectoryFilter=(e,t,n)=>{const r=e||".";if(n.every(e=>e(r,true)))t.push(r)};const empty$2=()=>{};function build$6(e,t){const{includeDirs:n,filters:r,relativePaths:s}=t;if(!n)return empty$2;if(s)return r&&r.length?pushDirectoryFilterWithRelativePath(e):pushDirectoryWithRelativePath(e);return r&&r.length?pushDirectoryFilter:pushDirectory}const pushFileFilterAndCount=(e,t,n,r)=>{if(r.every(t=>t(e,false)))n.files++};const pushFileFilter=(e,t,n,r)=>{if(r.every(t=>t(e,false)))t.push(e)};const pushFileCount=(e,t,n,r)=>{n.files++};const pushFile=(e,t)=>{t.push(e)};const empty$1=()=>{};function build$5(e){const{excludeFiles:t,filters:n,onlyCounts:r}=e;if(t)return empty$1;if(n&&n.length)return r?pushFileFilterAndCount:pushFileFilter;else if(r)return pushFileCount;else return pushFile}const getArray=e=>e;const getArrayGroup=()=>[""].slice(0,0);function build$4(e){return e.group?getArrayGroup:getArray}const groupFiles=(e,t,n)=>{e.push({directory:t,files:n,dir:t})};const empty=()=>{};function build$3(e){return e.group?groupFiles:empty}const resolveSymlinksAsync=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue();s.realpath(e,(o,a)=>{if(o)return r.dequeue(i?null:o,t);s.stat(a,(s,o)=>{if(s)return r.dequeue(i?null:s,t);if(o.isDirectory()&&isRecursive(e,a,t))return r.dequeue(null,t);n(o,a);r.dequeue(null,t)})})};const resolveSymlinks=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:i}}=t;r.enqueue();try{const r=s.realpathSync(e);const i=s.statSync(r);if(i.isDirectory()&&isRecursive(e,r,t))return;n(i,r)}catch(e){if(!i)throw e}};function build$2(e,t){if(!e.resolveSymlinks||e.excludeSymlinks)return null;return t?resolveSymlinks:resolveSymlinksAsync}function isRecursive(e,t,n){if(n.options.useRealPaths)return isRecursiveUsingRealPaths(t,n);let r=(0,i.dirname)(e);let s=1;while(r!==n.root&&s<2){const e=n.symlinks.get(r);const o=!!e&&(e===t||e.startsWith(t)||t.startsWith(e));if(o)s++;else r=(0,i.dirname)(r)}n.symlinks.set(e,t);return s>1}function isRecursiveUsingRealPaths(e,t){return t.visited.includes(e+t.options.pathSeparator)}const onlyCountsSync=e=>e.counts;const groupsSync=e=>e.groups;const defaultSync=e=>e.paths;const limitFilesSync=e=>e.paths.slice(0,e.options.maxFiles);const onlyCountsAsync=(e,t,n)=>{report(t,n,e.counts,e.options.suppressErrors);return null};const defaultAsync=(e,t,n)=>{report(t,n,e.paths,e.options.suppressErrors);return null};const limitFilesAsync=(e,t,n)=>{report(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors);return null};const groupsAsync=(e,t,n)=>{report(t,n,e.groups,e.options.suppressErrors);return null};function report(e,t,n,r){if(e&&!r)t(e,n);else t(null,n)}function build$1(e,t){const{onlyCounts:n,group:r,maxFiles:s}=e;if(n)return t?onlyCountsSync:onlyCountsAsync;else if(r)return t?groupsSync:groupsAsync;else if(s)return t?limitFilesSync:limitFilesAsync;else return t?defaultSync:defaultAsync}const f={withFileTypes:true};const walkAsync=(e,t,n,r,s)=>{e.queue.enqueue();if(r<0)return e.queue.dequeue(null,e);const{fs:i}=e;e.visited.push(t);e.counts.directories++;i.readdir(t||".",f,(t,i=[])=>{s(i,n,r);e.queue.dequeue(e.options.suppressErrors?null:t,e)})};const walkSync=(e,t,n,r,s)=>{const{fs:i}=e;if(r<0)return;e.visited.push(t);e.counts.directories++;let o=[];try{o=i.readdirSync(t||".",f)}catch(t){if(!e.options.suppressErrors)throw t}s(o,n,r)};function build(e){return e?walkSync:walkAsync}var p=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){this.count++;return this.count}dequeue(e,t){if(this.onQueueEmpty&&(--this.count<=0||e)){this.onQueueEmpty(e,t);if(e){t.controller.abort();this.onQueueEmpty=void 0}}}};var d=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}};var h=class{aborted=false;abort(){this.aborted=true}};var m=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){this.isSynchronous=!n;this.callbackInvoker=build$1(t,this.isSynchronous);this.root=normalizePath(e,t);this.state={root:isRootDirectory(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new d,options:t,queue:new p((e,t)=>this.callbackInvoker(t,e,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new h,fs:t.fs||s};this.joinPath=build$7(this.root,t);this.pushDirectory=build$6(this.root,t);this.pushFile=build$5(t);this.getArray=build$4(t);this.groupFiles=build$3(t);this.resolveSymlink=build$2(t,this.isSynchronous);this.walkDirectory=build(this.isSynchronous)}start(){this.pushDirectory(this.root,this.state.paths,this.state.options.filters);this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk);return this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{const{paths:r,options:{filters:s,resolveSymlinks:o,excludeSymlinks:a,exclude:c,maxFiles:u,signal:l,useRealPaths:f,pathSeparator:p},controller:d}=this.state;if(d.aborted||l&&l.aborted||u&&r.length>u)return;const h=this.getArray(this.state.paths);for(let u=0;u<e.length;++u){const l=e[u];if(l.isFile()||l.isSymbolicLink()&&!o&&!a){const e=this.joinPath(l.name,t);this.pushFile(e,h,this.state.counts,s)}else if(l.isDirectory()){let e=joinDirectoryPath(l.name,t,this.state.options.pathSeparator);if(c&&c(l.name,e))continue;this.pushDirectory(e,r,s);this.walkDirectory(this.state,e,e,n-1,this.walk)}else if(this.resolveSymlink&&l.isSymbolicLink()){let e=joinPathWithBasePath(l.name,t);this.resolveSymlink(e,this.state,(t,r)=>{if(t.isDirectory()){r=normalizePath(r,this.state.options);if(c&&c(l.name,f?r:e+p))return;this.walkDirectory(this.state,r,f?r:e+p,n-1,this.walk)}else{r=f?r:e;const t=(0,i.basename)(r);const n=normalizePath((0,i.dirname)(r),this.state.options);r=this.joinPath(t,n);this.pushFile(r,h,this.state.counts,s)}})}}this.groupFiles(this.state.groups,t,h)}};function promise(e,t){return new Promise((n,r)=>{callback(e,t,(e,t)=>{if(e)return r(e);n(t)})})}function callback(e,t,n){let r=new m(e,t,n);r.start()}function sync(e,t){const n=new m(e,t);return n.start()}var v=class{constructor(e,t){this.root=e;this.options=t}withPromise(){return promise(this.root,this.options)}withCallback(e){callback(this.root,this.options,e)}sync(){return sync(this.root,this.options)}};let g=null;try{c.resolve("picomatch");g=c("picomatch")}catch{}var y=class{globCache={};options={maxDepth:Infinity,suppressErrors:true,pathSeparator:i.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e};this.globFunction=this.options.globFunction}group(){this.options.group=true;return this}withPathSeparator(e){this.options.pathSeparator=e;return this}withBasePath(){this.options.includeBasePath=true;return this}withRelativePaths(){this.options.relativePaths=true;return this}withDirs(){this.options.includeDirs=true;return this}withMaxDepth(e){this.options.maxDepth=e;return this}withMaxFiles(e){this.options.maxFiles=e;return this}withFullPaths(){this.options.resolvePaths=true;this.options.includeBasePath=true;return this}withErrors(){this.options.suppressErrors=false;return this}withSymlinks({resolvePaths:e=true}={}){this.options.resolveSymlinks=true;this.options.useRealPaths=e;return this.withFullPaths()}withAbortSignal(e){this.options.signal=e;return this}normalize(){this.options.normalizePath=true;return this}filter(e){this.options.filters.push(e);return this}onlyDirs(){this.options.excludeFiles=true;this.options.includeDirs=true;return this}exclude(e){this.options.exclude=e;return this}onlyCounts(){this.options.onlyCounts=true;return this}crawl(e){return new v(e||".",this.options)}withGlobFunction(e){this.globFunction=e;return this}crawlWithOptions(e,t){this.options={...this.options,...t};return new v(e||".",this.options)}glob(...e){if(this.globFunction)return this.globWithOptions(e);return this.globWithOptions(e,...[{dot:true}])}globWithOptions(e,...t){const n=this.globFunction||g;if(!n)throw new Error("Please specify a glob function to use glob matching.");var r=this.globCache[e.join("\0")];if(!r){r=n(e,...t);this.globCache[e.join("\0")]=r}this.options.filters.push(e=>r(e));return this}};var b=n(4006);const w=Array.isArray;const k=/\\/g;const S=/^[A-Za-z]:$/;const x=process.platform==="win32";const A=/^(\/?\.\.)+$/;function getPartialMatcher(e,t={}){const n=e.length;const r=Array(n);const s=Array(n);let i,o;for(i=0;i<n;i++){const n=splitPattern(e[i]);r[i]=n;const a=n.length;const c=Array(a);for(o=0;o<a;o++)c[o]=b(n[o],t);s[i]=c}return e=>{const a=e.split("/");if(a[0]===".."&&A.test(e))return true;for(i=0;i<n;i++){const e=r[i];const n=s[i];const c=a.length;const u=Math.min(c,e.length);o=0;while(o<u){const r=e[o];if(r.includes("/"))return true;if(!n[o](a[o]))break;if(!t.noglobstar&&r==="**")return true;o++}if(o===c)return true}return false}}const E=/^[A-Z]:\/$/i;const O=x?e=>E.test(e):e=>e==="/";function buildFormat(e,t,n){if(e===t||t.startsWith(`${e}/`)){if(n){const t=e.length+ +!O(e);return(e,n)=>e.slice(t,n?-1:void 0)||"."}const r=t.slice(e.length+1);if(r)return(e,t)=>{if(e===".")return r;const n=`${r}/${e}`;return t?n.slice(0,-1):n};return(e,t)=>t&&e!=="."?e.slice(0,-1):e}if(n)return t=>i.posix.relative(e,t)||".";return n=>i.posix.relative(e,`${t}/${n}`)||"."}function buildRelative(e,t){if(t.startsWith(`${e}/`)){const n=t.slice(e.length+1);return e=>`${n}/${e}`}return n=>{const r=i.posix.relative(e,`${t}/${n}`);return n[n.length-1]==="/"&&r!==""?`${r}/`:r||"."}}function ensureNonDriveRelativePath(e){return e.replace(S,e=>`${e}/`)}const $={parts:true};function splitPattern(e){var t;const n=b.scan(e,$);return((t=n.parts)===null||t===void 0?void 0:t.length)?n.parts:[e]}const P=/\\(?![()[\]{}!+@])/g;function convertPosixPathToPattern(e){return escapePosixPath(e)}function convertWin32PathToPattern(e){return escapeWin32Path(e).replace(P,"/")}const N=null&&(x?convertWin32PathToPattern:convertPosixPathToPattern);const T=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;const I=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;const escapePosixPath=e=>e.replace(T,"\\$&");const escapeWin32Path=e=>e.replace(I,"\\$&");const z=x?escapeWin32Path:escapePosixPath;function isDynamicPattern(e,t){if((t===null||t===void 0?void 0:t.caseSensitiveMatch)===false)return true;const n=b.scan(e);return n.isGlob||n.negated}function log(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ensureStringArray(e){return typeof e==="string"?[e]:e!==null&&e!==void 0?e:[]}const R=/^(\/?\.\.)+/;const L=/\\(?=[()[\]{}!*+?@|])/g;function normalizePattern(e,t,n,r){var s;const o=t.cwd;let a=e;if(e[e.length-1]==="/")a=e.slice(0,-1);if(a[a.length-1]!=="*"&&t.expandDirectories)a+="/**";const c=z(o);a=(0,i.isAbsolute)(a.replace(L,""))?i.posix.relative(c,a):i.posix.normalize(a);const u=(s=R.exec(a))===null||s===void 0?void 0:s[0];const l=splitPattern(a);if(u){const e=(u.length+1)/3;let t=0;const r=c.split("/");while(t<e&&l[t+e]===r[r.length+t-e]){a=a.slice(0,(e-t-1)*3)+a.slice((e-t)*3+l[t+e].length+1)||".";t++}const s=i.posix.join(o,u.slice(t*3));if(s[0]!=="."&&n.root.length>s.length){n.root=ensureNonDriveRelativePath(s);n.depthOffset=-e+t}}if(!r&&n.depthOffset>=0){var f;(f=n.commonPath)!==null&&f!==void 0||(n.commonPath=l);const e=[];const t=Math.min(n.commonPath.length,l.length);for(let r=0;r<t;r++){const t=l[r];if(t==="**"&&!l[r+1]){e.pop();break}if(r===l.length-1||t!==n.commonPath[r]||isDynamicPattern(t))break;e.push(t)}n.depthOffset=e.length;n.commonPath=e;n.root=ensureNonDriveRelativePath(e.length>0?i.posix.join(o,...e):o)}return a}function processPatterns(e,t,n){const r=[];const s=[];for(const t of e.ignore){if(!t)continue;if(t[0]!=="!"||t[1]==="(")s.push(normalizePattern(t,e,n,true))}for(const i of t){if(!i)continue;if(i[0]!=="!"||i[1]==="(")r.push(normalizePattern(i,e,n,false));else if(i[1]!=="!"||i[2]==="(")s.push(normalizePattern(i.slice(1),e,n,true))}return{match:r,ignore:s}}function buildCrawler(e,t){const n=e.cwd;const r={root:n,depthOffset:0};const s=processPatterns(e,t,r);if(e.debug)log("internal processing patterns:",s);const{absolute:i,caseSensitiveMatch:o,debug:a,dot:c,followSymbolicLinks:u,onlyDirectories:l}=e;const f=r.root.replace(k,"");const p={dot:c,nobrace:e.braceExpansion===false,nocase:!o,noextglob:e.extglob===false,noglobstar:e.globstar===false,posix:true};const d=b(s.match,p);const h=b(s.ignore,p);const m=getPartialMatcher(s.match,p);const v=buildFormat(n,f,i);const g=i?v:buildFormat(n,f,true);const excludePredicate=(e,t)=>{const n=g(t,true);return n!=="."&&!m(n)||h(n)};let w;if(e.deep!==void 0)w=Math.round(e.deep-r.depthOffset);const S=new y({filters:[a?(e,t)=>{const n=v(e,t);const r=d(n)&&!h(n);if(r)log(`matched ${n}`);return r}:(e,t)=>{const n=v(e,t);return d(n)&&!h(n)}],exclude:a?(e,t)=>{const n=excludePredicate(e,t);log(`${n?"skipped":"crawling"} ${t}`);return n}:excludePredicate,fs:e.fs,pathSeparator:"/",relativePaths:!i,resolvePaths:i,includeBasePath:i,resolveSymlinks:u,excludeSymlinks:!u,excludeFiles:l,includeDirs:l||!e.onlyFiles,maxDepth:w,signal:e.signal}).crawl(f);if(e.debug)log("internal properties:",{...r,root:f});return[S,n!==f&&!i&&buildRelative(n,f)]}function formatPaths(e,t){if(t)for(let n=e.length-1;n>=0;n--)e[n]=t(e[n]);return e}const j={caseSensitiveMatch:true,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:true,followSymbolicLinks:true,onlyFiles:true};function getOptions(e){const t=Object.assign({},e);for(const e in j)if(t[e]===void 0)Object.assign(t,{[e]:j[e]});t.cwd=(t.cwd instanceof URL?(0,o.fileURLToPath)(t.cwd):(0,i.resolve)(t.cwd||process.cwd())).replace(k,"/");t.ignore=ensureStringArray(t.ignore);t.fs&&(t.fs={readdir:t.fs.readdir||r.readdir,readdirSync:t.fs.readdirSync||r.readdirSync,realpath:t.fs.realpath||r.realpath,realpathSync:t.fs.realpathSync||r.realpathSync,stat:t.fs.stat||r.stat,statSync:t.fs.statSync||r.statSync});if(t.debug)log("globbing with options:",t);return t}function getCrawler(e,t={}){var n;if(e&&(t===null||t===void 0?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const r=w(e)||typeof e==="string";const s=ensureStringArray((n=r?e:e.patterns)!==null&&n!==void 0?n:"**/*");const i=getOptions(r?t:e);return s.length>0?buildCrawler(i,s):[]}async function glob(e,t){const[n,r]=getCrawler(e,t);return n?formatPaths(await n.withPromise(),r):[]}function globSync(e,t){const[n,r]=getCrawler(e,t);return n?formatPaths(n.sync(),r):[]}},4377:(e,t,n)=>{n.d(t,{w$:()=>datetime});var r=n(3759);var s=n(2857);function datetime(e){return r.G1(s.You,e)}function date(e){return core._isoDate(ZodISODate,e)}function time(e){return core._isoTime(ZodISOTime,e)}function duration(e){return core._isoDuration(ZodISODuration,e)}},2857:(e,t,n)=>{n.d(t,{You:()=>qt,YOg:()=>array,zMY:()=>schemas_boolean,gMt:()=>discriminatedUnion,k5n:()=>_enum,Whr:()=>schemas_int,Pq9:()=>json,euz:()=>literal,_H3:()=>looseObject,ZmZ:()=>never,chJ:()=>_null,aig:()=>number,Ikc:()=>object,jgl:()=>partialRecord,g1P:()=>record,rej:()=>strictObject,YjP:()=>string,KCZ:()=>union,OZ5:()=>url});var r=n(8532);var s=n(4723);class $ZodCyclicError extends Error{constructor(){super(`Cannot parse a reference cycle that closes through a transform`);this.name="ZodCyclicError"}}const i="~memo";const o=[];function isRef(e){return e!==null&&typeof e==="object"}function cloneIssues(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const a=new WeakMap;const c=0;const u=1;const l=2;function isRecursive(e,t,n){const r=a.get(e);if(r!==undefined)return r?l:c;if(t.has(e))return l;t.add(e);let i=c;const check=e=>{if(i!==l&&e?._zod){const r=isRecursive(e,t,n);if(r>i)i=r}};const shape=(e,r)=>{let s=c;for(const i of Reflect.ownKeys(e)){const o=Object.getOwnPropertyDescriptor(e,i);if(r&&!o.enumerable)continue;const a=o.get?u:o.value?._zod?isRecursive(o.value,t,n):c;if(a>s)s=a}return s};const merge=e=>{if(e>i)i=e};const o=e._zod.def;const f=o.type;switch(f){case"object":{const e=s.MO(o);merge(e?shape(e,true):u);check(o.catchall);break}case"array":check(o.element);break;case"tuple":for(const e of o.items)check(e);check(o.rest);break;case"record":case"map":check(o.keyType);check(o.valueType);break;case"set":check(o.valueType);break;case"union":for(const e of o.options)check(e);break;case"intersection":check(o.left);check(o.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":check(o.innerType);break;case"pipe":check(o.in);check(o.out);break;case"function":check(o.input);check(o.output);break;case"lazy":{const r=o._cachedInner??(n?e._zod.innerType:undefined);merge(r?isRecursive(r,t,false):u);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:{f;for(const e in o){const t=Object.getOwnPropertyDescriptor(o,e);if(!t||t.get)continue;const n=t.value;if(!n||typeof n!=="object")continue;if(n._zod)check(n);else if(Array.isArray(n))for(const e of n)check(e)}}}t.delete(e);return settle(e,i)}function settle(e,t){if(t!==u)a.set(e,t===l);return t}function isRecursiveSchema(e){return isRecursive(e,new Set,true)!==c}function bucketFor(e,t){let n=e.buckets.get(t);if(!n){n=new WeakMap;e.buckets.set(t,n)}return n}let f;const p=[];const d={alloc(e,t,n){const r=f;if(!r)return n;f=undefined;const s={value:n,issues:null};r.set(t.value,s);p.push(s);return n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(e,n)=>{if(n.direction!=="backward"&&isBackEdge(n,e.value))throw new $ZodCyclicError;return t(e,n)};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})},attach(e){var t;let n;let r=false;let s;let a;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(u,d)=>{if(n===undefined){const s=isRecursive(e,new Set,false);if(s===c){e._zod.parse=t;if(e._zod.run===wrapped)e._zod.run=t;return t(u,d)}if(s===l||r)n=true;else r=true}const h=u.value;if(!isRef(h))return t(u,d);let m=d[i];if(!m){m={buckets:new WeakMap,backEdges:undefined};d[i]=m}let v;if(s===d){v=a}else{v=bucketFor(m,e);s=d;a=v}const g=v.get(h);if(g){u.value=g.value;if(g.issues){if(g.issues.length)u.issues.push(...cloneIssues(g.issues))}else{u.memo=true;m.backEdges??(m.backEdges=new WeakSet);m.backEdges.add(g.value)}return u}f=v;const y=p.length;const b=t(u,d);f=undefined;const w=p.length>y?p.pop():undefined;if(b instanceof Promise){return b.then(e=>{if(w)w.issues=e.issues.length?cloneIssues(e.issues):o;return e})}if(w)w.issues=b.issues.length?cloneIssues(b.issues):o;return b};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})}};function memoizer(){return d}function isBackEdge(e,t){const n=e[i]?.backEdges;return n!==undefined&&isRef(t)&&n.has(t)}var h=n(4890);class Doc{constructor(e=[],t={}){this.content=[];this.indent=0;this.args=e;this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if(typeof e==="function"){e(this,{execution:"sync"});e(this,{execution:"async"});return}const t=e;const n=t.split("\n").filter(e=>e);const r=Math.min(...n.map(e=>e.length-e.trimStart().length));const s=n.map(e=>e.slice(r)).map(e=>" ".repeat(this.indent*2)+e);for(const e of s){this.content.push(e)}}compile(){const e=Function;const t=this?.content??[``];const n=new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`);return n(...Object.values(this.closed))}}var m=n(3908);const v={major:4,minor:6,patch:7};const g=r.xI("$ZodType",(e,t)=>{var n;e??(e={});e._zod.def=t;e._zod.bag=e._zod.bag||{};e._zod.version=v;const i=e._zod.def.checks;const o=e._zod.traits.has("$ZodCheck")?[e,...i??[]]:i?.length?[...i]:[];for(const t of o){for(const n of t._zod.onattach){n(e)}}if(o.length===0){(n=e._zod).deferred??(n.deferred=[]);e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse})}else{const runChecks=(t,n,i)=>{if(t.memo)return t;let o=s.QH(t);let a;for(const c of n){if(c._zod.def.when){if(s.rL(t))continue;const e=c._zod.def.when(t);if(!e)continue}else if(o){continue}const n=t.issues.length;const u=c._zod.check(t);if(u instanceof Promise&&i?.async===false){throw new r.GT}if(a||u instanceof Promise){a=(a??Promise.resolve()).then(async()=>{await u;const r=t.issues.length;if(r===n)return;s.d3(t.issues,n,e);if(!o)o=s.QH(t,n)})}else{const r=t.issues.length;if(r===n)continue;s.d3(t.issues,n,e);if(!o)o=s.QH(t,n)}}if(a){return a.then(()=>t)}return t};const handleCanaryResult=(t,n,i)=>{if(s.QH(t)){t.aborted=true;return t}const a=runChecks(n,o,i);if(a instanceof Promise){if(i.async===false)throw new r.GT;return a.then(t=>e._zod.parse(t,i))}return e._zod.parse(a,i)};e._zod.run=(t,n)=>{if(n.skipChecks){return e._zod.parse(t,n)}if(n.direction==="backward"){const r=e._zod.parse({value:t.value,issues:[]},{...n,skipChecks:true});if(r instanceof Promise){return r.then(e=>handleCanaryResult(e,t,n))}return handleCanaryResult(r,t,n)}const s=e._zod.parse(t,n);if(s instanceof Promise){if(n.async===false)throw new r.GT;return s.then(e=>runChecks(e,o,n))}return runChecks(s,o,n)}}},{get"~standard"(){return s.jD(this,"~standard",standardProps(this))},set"~standard"(e){s.qh(this,"~standard",e)}});const toStandardResult=(e,t)=>e.issues.length?{issues:e.issues.map(e=>s.iR(e,t,r.$W()))}:{value:e.value};async function validateAsync(e,t){const n={async:true};return toStandardResult(await e._zod.run({value:t,issues:[]},n),n)}function standardProps(e){return{validate:t=>{const n={async:false};try{const r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return toStandardResult(r,n)}catch(e){}return validateAsync(e,t)},vendor:"zod",version:1}}const y=r.xI("$ZodString",(e,t)=>{g.init(e,t);e._zod.pattern=t.pattern??m.gp;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch(r){}if(typeof n.value==="string")return n;n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e});return n}});const b=r.xI("$ZodStringFormat",(e,t)=>{h.ql.init(e,t);y.init(e,t)});const w=r.xI("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=m.Os);b.init(e,t)});const k=r.xI("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8};const n=e[t.version];if(n===undefined)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=m.uR(n))}else t.pattern??(t.pattern=m.uR());b.init(e,t)});const S=r.xI("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=m.Rp);b.init(e,t)});const x=1;const A=2;function canParseURL(e){try{if(typeof URL!=="undefined"&&typeof URL.canParse==="function")return URL.canParse(e);new URL(e);return true}catch{return false}}function validateURL(e,t){if(!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)){return canParseURL(e)||A}return parseURLObject(e,t)}function parseURLObject(e,t){if(!t.normalize&&t.protocol?.source===m.F.source&&!/^https?:\/\//i.test(e)){return x}try{if(typeof URL!=="undefined"){const t=URL;if(typeof t.parse==="function")return t.parse(e)??A}return new URL(e)}catch{return A}}const E=/[\t\n\r]/g;function stripTabAndNewline(e){return e.replace(E,"")}function urlHostnameOk(e,t){t.lastIndex=0;return t.test(e.hostname)}function urlProtocolOk(e,t){t.lastIndex=0;return t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}const O=r.xI("$ZodURL",(e,t)=>{b.init(e,t);e._zod.check=n=>{try{const r=n.value.trim();const s=validateURL(r,t);if(s===x){n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort});return}if(s===A){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort});return}if(s===true){n.value=stripTabAndNewline(r);return}if(t.hostname&&!urlHostnameOk(s,t.hostname)){n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort})}if(t.protocol&&!urlProtocolOk(s,t.protocol)){n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort})}n.value=t.normalize?s.href:stripTabAndNewline(r);return}catch(r){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}});const $=r.xI("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=m.Zg());b.init(e,t)});const P=r.xI("$ZodNanoID",(e,t)=>{if(t.length!==undefined&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===undefined?m.Ak:m.D2(t.length));b.init(e,t)});const N=r.xI("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=m.gF);b.init(e,t)});const T=r.xI("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=m.Gl);b.init(e,t)});const I=r.xI("$ZodULID",(e,t)=>{t.pattern??(t.pattern=m.Z0);b.init(e,t)});const z=r.xI("$ZodXID",(e,t)=>{t.pattern??(t.pattern=m.kM);b.init(e,t)});const R=r.xI("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=m.fO);b.init(e,t)});const L=r.xI("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=m.w$(t));b.init(e,t)});const j=r.xI("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=m.p6);b.init(e,t)});const D=r.xI("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=m.kB(t));b.init(e,t)});const M=r.xI("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=m.p0);b.init(e,t)});const B=r.xI("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=m.uX);b.init(e,t)});const F=/^[0-9a-fA-F:.]+$/;function isValidIPv6(e){if(!F.test(e))return false;return canParseURL(`http://[${e}]`)}const U=r.xI("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=m.ug);b.init(e,t);e._zod.check=n=>{if(!isValidIPv6(n.value)){n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}});const q=null&&core.$constructor("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=regexes.mac(t.delimiter));b.init(e,t)});const Z=r.xI("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=m.zr);b.init(e,t)});function isValidCIDRv6(e){const t=e.split("/");if(t.length!==2)return false;const[n,r]=t;if(!r)return false;const s=Number(r);if(`${s}`!==r)return false;if(s<0||s>128)return false;return isValidIPv6(n)}const K=r.xI("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=m.l7);b.init(e,t);e._zod.check=n=>{if(!isValidCIDRv6(n.value)){n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}}});function isValidBase64(e){if(e==="")return true;if(/\s/.test(e))return false;if(e.length%4!==0)return false;try{atob(e);return true}catch{return false}}const H=/^[0-9a-zA-Z+/]*={0,2}$/;const V=r.xI("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=H);b.init(e,t);e._zod.check=n=>{if(isValidBase64(n.value))return;n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}});const G=/^[A-Za-z0-9_-]*$/;function isValidBase64URL(e){if(!G.test(e))return false;const t=e.replace(/[-_]/g,e=>e==="-"?"+":"/");const n=t.padEnd(Math.ceil(t.length/4)*4,"=");return isValidBase64(n)}const J=r.xI("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=G);b.init(e,t);e._zod.check=n=>{if(isValidBase64URL(n.value))return;n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}});const W=r.xI("$ZodE164",(e,t)=>{t.pattern??(t.pattern=m.hQ);b.init(e,t)});const Y=/[- ]/g;function isLuhnAlgo(e){let t=e.length;let n=1;let r=0;while(t){const s=e.charCodeAt(--t)-48;n^=1;r+=n?[0,2,4,6,8,1,3,5,7,9][s]:s}return r%10===0}function isValidCreditCard(e){if(!regexes.creditCard.test(e))return false;return isLuhnAlgo(e.replace(Y,""))}const Q=null&&core.$constructor("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=regexes.creditCard);b.init(e,t);e._zod.check=n=>{if(isValidCreditCard(n.value))return;n.issues.push({code:"invalid_format",format:"credit_card",input:n.value,inst:e,continue:!t.abort})}});function isIso7064Mod97(e){let t=0;const n=e.length;for(let r=4;r<n;r++){const n=e.charCodeAt(r);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}for(let n=0;n<4;n++){const r=e.charCodeAt(n);t=(r>=65?t*100+(r-55):t*10+(r-48))%97}return t===1}function isValidIBAN(e){if(!regexes.iban.test(e))return false;return isIso7064Mod97(e)}const X=null&&core.$constructor("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=regexes.iban);b.init(e,t);e._zod.check=n=>{if(isValidIBAN(n.value))return;n.issues.push({code:"invalid_format",format:"iban",input:n.value,inst:e,continue:!t.abort})}});function isValidJWT(e,t=null){try{const n=e.split(".");if(n.length!==3)return false;const[r]=n;if(!r)return false;const s=JSON.parse(atob(r));if("typ"in s&&s?.typ!=="JWT")return false;if(!s.alg)return false;if(t&&(!("alg"in s)||s.alg!==t))return false;return true}catch{return false}}const ee=r.xI("$ZodJWT",(e,t)=>{b.init(e,t);e._zod.check=n=>{if(isValidJWT(n.value,t.alg))return;n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}});const te=null&&core.$constructor("$ZodCustomStringFormat",(e,t)=>{b.init(e,t);e._zod.check=n=>{if(t.fn(n.value))return;n.issues.push({code:"invalid_format",format:t.format,input:n.value,inst:e,continue:!t.abort})}});const ne=r.xI("$ZodNumber",(e,t)=>{g.init(e,t);e._zod.pattern=m.ai;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if(typeof s==="number"&&!Number.isNaN(s)&&Number.isFinite(s)){return n}const i=typeof s==="number"?Number.isNaN(s)?"NaN":!Number.isFinite(s)?String(s):undefined:undefined;n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...i?{received:i}:{}});return n}});const re=r.xI("$ZodNumberFormat",(e,t)=>{h.KH.init(e,t);ne.init(e,t)});const se=r.xI("$ZodBoolean",(e,t)=>{g.init(e,t);e._zod.pattern=m.zM;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;if(typeof s==="boolean")return n;n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e});return n}});const ie=r.xI("$ZodBigInt",(e,t)=>{g.init(e,t);e._zod.pattern=m.o;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=BigInt(n.value)}catch(e){}if(typeof n.value==="bigint")return n;n.issues.push({expected:"bigint",code:"invalid_type",input:n.value,inst:e});return n}});const oe=null&&core.$constructor("$ZodBigIntFormat",(e,t)=>{checks.$ZodCheckBigIntFormat.init(e,t);ie.init(e,t)});const ae=null&&core.$constructor("$ZodSymbol",(e,t)=>{g.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="symbol")return t;t.issues.push({expected:"symbol",code:"invalid_type",input:r,inst:e});return t}});const ce=null&&core.$constructor("$ZodUndefined",(e,t)=>{g.init(e,t);e._zod.pattern=regexes.undefined;e._zod.values=new Set([undefined]);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="undefined")return t;t.issues.push({expected:"undefined",code:"invalid_type",input:r,inst:e});return t}});const ue=r.xI("$ZodNull",(e,t)=>{g.init(e,t);e._zod.pattern=m.ch;e._zod.values=new Set([null]);e._zod.parse=(t,n)=>{const r=t.value;if(r===null)return t;t.issues.push({expected:"null",code:"invalid_type",input:r,inst:e});return t}});const le=null&&core.$constructor("$ZodAny",(e,t)=>{g.init(e,t);e._zod.parse=e=>e});const fe=r.xI("$ZodUnknown",(e,t)=>{g.init(e,t);e._zod.parse=e=>e});const pe=r.xI("$ZodNever",(e,t)=>{g.init(e,t);e._zod.parse=(t,n)=>{t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e});return t}});const de=null&&core.$constructor("$ZodVoid",(e,t)=>{g.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="undefined")return t;t.issues.push({expected:"void",code:"invalid_type",input:r,inst:e});return t}});const he=r.xI("$ZodDate",(e,t)=>{g.init(e,t);e._zod.parse=(n,r)=>{if(t.coerce){try{n.value=new Date(n.value)}catch(e){}}const s=n.value;const i=s instanceof Date;const o=i&&!Number.isNaN(s.getTime());if(o)return n;n.issues.push({expected:"date",code:"invalid_type",input:s,...i?{received:"Invalid Date"}:{},inst:e});return n}});function capSize(e,t){const n=s.hi(e._zod.def.checks);if(!n.length)return;const r=Math.min(...n.map(e=>e[0]));const i=e._zod.parse;e._zod.parse=(n,o)=>{const a=t(n.value);if(a>r&&!o?.skipChecks&&o?.direction!=="backward"){for(const[t,r]of s.hi(e._zod.def.checks)){if(a>t&&r._zod.def.when(n)){const t=n.issues.length;r._zod.check(n);n.issues[t].continue=false;s.d3(n.issues,t,e);return n}}}return i(n,o)}}const arraySize=e=>Array.isArray(e)?e.length:-1;const mapSize=e=>e instanceof Map?e.size:-1;const setSize=e=>e instanceof Set?e.size:-1;function handleArrayResult(e,t,n){if(e.issues.length){t.issues.push(...s.lQ(n,e.issues))}t.value[n]=e.value}const me=r.xI("$ZodArray",(e,t)=>{g.init(e,t);const n=r.cr.memoizer;n?.attach(e);e._zod.parse=(r,i)=>{const o=r.value;if(!Array.isArray(o)){r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e});return r}r.value=n?n.alloc(e,r,Array(o.length),i):Array(o.length);const a=[];const c=i?.abortEarly;for(let e=0;e<o.length;e++){const n=o[e];const u=t.element._zod.run({value:n,issues:[]},i);if(u instanceof Promise){a.push(u.then(t=>handleArrayResult(t,r,e)))}else{handleArrayResult(u,r,e);if(c&&u.issues.length!==0&&s.QH(u))break}}if(a.length){return Promise.all(a).then(()=>r)}return r};capSize(e,arraySize)});function handlePropertyResult(e,t,n,r,i,o){const a=n in r;const c=o==="optional";if(!a&&c&&i==="optional"){return}if(e.issues.length){if(i!==undefined&&c&&!a){return}t.issues.push(...s.lQ(n,e.issues))}if(!a&&i===undefined){if(!e.issues.length){t.issues.push({code:"invalid_type",expected:"nonoptional",input:undefined,path:[n]})}return}if(e.value===undefined){if(a||i==="defaulted"&&!c){t.value[n]=undefined}}else{t.value[n]=e.value}}const ve=[];function normalizeDef(e){const t=Object.keys(e.shape);const n=Object.getOwnPropertySymbols(e.shape);const r=n.length?n:ve;const i=r.length?[...t,...r]:t;for(const t of i){if(!e.shape?.[t]?._zod?.traits?.has("$ZodType")){throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`)}}const o=s.NM(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function handleCatchall(e,t,n,r,i,o,a){const c=[];const u=i.keySet;const l=i.catchall._zod;const f=l.def.type;const p=l.optin;const d=l.optout;let h=0;for(const i in t){if(a&&n.issues.length!==h){if(s.QH(n,h))break;h=n.issues.length}if(u.has(i))continue;if(i==="__proto__"){if(f==="never")c.push(i);continue}if(f==="never"){c.push(i);continue}const o=l.run({value:t[i],issues:[]},r);if(o instanceof Promise){e.push(o.then(e=>handlePropertyResult(e,n,i,t,p,d)))}else{handlePropertyResult(o,n,i,t,p,d)}}if(c.length){n.issues.push({code:"unrecognized_keys",keys:c,input:t,inst:o,continue:true})}if(!e.length)return n;return Promise.all(e).then(()=>n)}const ge=r.xI("$ZodObject",(e,t)=>{g.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape");const i=n?.get?n.get.raw:t.shape??{};if(i){const get=()=>{const e={...i};Object.defineProperty(t,"shape",{value:e});get.raw=e;return e};get.raw=i;Object.defineProperty(t,"shape",{get:get})}const o=s.PO(()=>normalizeDef(t));s.v5(e,"propValues",e=>{const t=e.def.shape;const n={};for(const e in t){const r=t[e]._zod;if(r.values){if(!Object.prototype.hasOwnProperty.call(n,e)){s.Vy(n,e,new Set)}for(const t of r.values)n[e].add(t);if(r.optin!==undefined)n[e].add(undefined)}}return n});const a=s.Gv;const c=t.catchall;let u;const l=r.cr.memoizer;l?.attach(e);e._zod.parse=(t,n)=>{u??(u=o.value);const r=t.value;if(!a(r)){t.issues.push({expected:"object",code:"invalid_type",input:r,inst:e});return t}t.value=l?l.alloc(e,t,{},n):{};const i=[];const f=u.shape;const p=n?.abortEarly;let d=t.issues.length;for(const e of u.allKeys){if(p&&t.issues.length!==d){if(s.QH(t,d))break;d=t.issues.length}if(e==="__proto__")continue;const o=f[e];const a=o._zod.optin;const c=o._zod.optout;const u=o._zod.run({value:r[e],issues:[]},n);if(u instanceof Promise){i.push(u.then(n=>handlePropertyResult(n,t,e,r,a,c)))}else{handlePropertyResult(u,t,e,r,a,c)}}if(!c){return i.length?Promise.all(i).then(()=>t):t}return handleCatchall(i,r,t,n,o.value,e,p===true)}});const ye=r.xI("$ZodObjectJIT",(e,t)=>{ge.init(e,t);const n=e._zod.parse;const i=s.PO(()=>normalizeDef(t));const o=r.cr.memoizer;const generateFastpass=t=>{const n=i.value;const r=n.symbolKeys;const a=new Doc(["payload","ctx"],{shape:t,inst:e,memo:o,syms:r});const parseStr=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`;const prefixStr=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;a.write(`const input = payload.value;`);const c=Object.create(null);let u=0;for(const e of n.allKeys){c[e]=`key_${u++}`}a.write(o?`const newResult = memo.alloc(inst, payload, {}, ctx);`:`const newResult = {};`);for(const e of n.allKeys){if(e==="__proto__")continue;const n=c[e];const i=typeof e==="symbol"?`syms[${r.indexOf(e)}]`:s.UQ(e);const o=`${i} in input`;const u=t[e];const l=u?._zod?.optin;const f=l!==undefined;const p=u?._zod?.optout==="optional";a.write(`const ${n} = ${parseStr(i)};`);if(f&&p){const e=l==="optional"?`${n}_present`:`${n}.value !== undefined || ${n}_present`;a.write(`\n        const ${n}_present = ${o};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${prefixStr(n,i)}\n          }\n\n          if (${e}) {\n            newResult[${i}] = ${n}.value;\n          }\n        }\n\n      `)}else if(!f){a.write(`\n        const ${n}_present = ${o};\n        if (${n}.issues.length) {${prefixStr(n,i)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${i}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${i}] = ${n}.value;\n        }\n\n      `)}else{a.write(`\n        if (${n}.issues.length) {${prefixStr(n,i)}\n        }\n      `);if(l==="defaulted"){a.write(`newResult[${i}] = ${n}.value;`)}else{a.write(`\n        if (${n}.value !== undefined || ${o}) {\n          newResult[${i}] = ${n}.value;\n        }\n      `)}}}a.write(`payload.value = newResult;`);a.write(`return payload;`);return a.compile()};let a;const c=s.Gv;const u=!r.cr.jitless;const l=s.hI;const f=u&&l.value;const p=t.catchall;let d;e._zod.parse=(r,s)=>{d??(d=i.value);const o=r.value;if(!c(o)){r.issues.push({expected:"object",code:"invalid_type",input:o,inst:e});return r}if(u&&f&&s?.async===false&&s.jitless!==true){if(!a)a=generateFastpass(t.shape);r=a(r,s);if(!p)return r;return handleCatchall([],o,r,s,d,e,s?.abortEarly===true)}return n(r,s)}});function handleUnionResults(e,t,n,i){for(const n of e){if(n.issues.length===0){t.value=n.value;return t}}const o=e.filter(e=>!s.QH(e));if(o.length===1){t.value=o[0].value;return o[0]}t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>s.iR(e,i,r.$W())))});return t}const be=r.xI("$ZodUnion",(e,t)=>{g.init(e,t);s.v5(e,"optin",e=>e.def.options.some(e=>e._zod.optin==="defaulted")?"defaulted":e.def.options.some(e=>e._zod.optin!==undefined)?"optional":undefined);s.v5(e,"optout",e=>e.def.options.some(e=>e._zod.optout==="optional")?"optional":undefined);s.v5(e,"values",e=>{if(e.def.options.every(e=>e._zod.values)){return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}return undefined});s.v5(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>s.p6(e.source)).join("|")})$`)}return undefined});const n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n){return n(r,s)}let i=false;const o=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise){o.push(t);i=true}else{if(t.issues.length===0)return t;o.push(t)}}if(!i)return handleUnionResults(o,r,e,s);return Promise.all(o).then(t=>handleUnionResults(t,r,e,s))}});function handleExclusiveUnionResults(e,t,n,r){const s=[];for(let t=0;t<e.length;t++){if(e[t].issues.length===0)s.push(t)}if(s.length===1){t.value=e[s[0]].value;return t}if(s.length===0){t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>util.finalizeIssue(e,r,core.config())))})}else{t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:[],inclusive:false,matches:s})}return t}const _e=null&&core.$constructor("$ZodXor",(e,t)=>{be.init(e,t);t.inclusive=false;const n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n){return n(r,s)}let i=false;const o=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise){o.push(t);i=true}else{o.push(t)}}if(!i)return handleExclusiveUnionResults(o,r,e,s);return Promise.all(o).then(t=>handleExclusiveUnionResults(t,r,e,s))}});function getDiscriminatedOption(e,t){const n=e._zod;let r=n.bag.optionsMap;if(!r){r=discriminatorMap(n.def);n.bag.optionsMap=r}const s=r.get(t);if(s===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return s}function discriminatorMap(e){const t=new Map;for(const n of e.options){const r=n._zod.propValues?.[e.discriminator];if(!r||r.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(const e of r){if(t.has(e)){if(e!==undefined)throw new Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else{t.set(e,n)}}}return t}const we=r.xI("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=false;be.init(e,t);const n=e._zod.parse;s.v5(e,"propValues",e=>{const t={};let n=0;for(const r of e.def.options){const i=r._zod.propValues;if(!i||Object.keys(i).length===0)throw new Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);if(i[e.def.discriminator]?.has(undefined))n++;for(const[e,n]of Object.entries(i)){if(!Object.prototype.hasOwnProperty.call(t,e)){s.Vy(t,e,new Set)}for(const r of n){t[e].add(r)}}}if(!e.def.unionFallback&&n>1)t[e.def.discriminator]?.delete(undefined);return t});t.options.forEach((e,n)=>{const r=s.MO(e._zod.def);if(r&&!Object.prototype.hasOwnProperty.call(r,t.discriminator)){throw new Error(`Invalid discriminated union option at index "${n}"`)}});const r=s.PO(()=>discriminatorMap(t));e._zod.parse=(i,o)=>{const a=i.value;if(!s.Gv(a)){i.issues.push({code:"invalid_type",expected:"object",input:a,inst:e});return i}const c=a?.[t.discriminator];const u=r.value.get(c);if(u&&(c!==undefined||o.direction!=="backward")){return u._zod.run(i,o)}if(t.unionFallback||o.direction==="backward"){return n(i,o)}i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(e=>r.value.get(e)!==null),input:a,path:[t.discriminator],inst:e});return i}});const ke=r.xI("$ZodIntersection",(e,t)=>{g.init(e,t);e._zod.parse=(e,n)=>{const r=e.value;const s=t.left._zod.run({value:r,issues:[]},n);const i=t.right._zod.run({value:r,issues:[]},n);const o=s instanceof Promise||i instanceof Promise;if(o){return Promise.all([s,i]).then(([t,n])=>handleIntersectionResults(e,t,n))}return handleIntersectionResults(e,s,i)}});function mergeValues(e,t){if(e===t){return{valid:true,data:e}}if(e instanceof Date&&t instanceof Date&&+e===+t){return{valid:true,data:e}}if(s.Qd(e)&&s.Qd(t)){const n=Object.keys(t);const r=Object.keys(e).filter(e=>n.indexOf(e)!==-1);const s={...e,...t};if(Object.prototype.hasOwnProperty.call(s,"__proto__"))delete s.__proto__;for(const n of r){if(n==="__proto__")continue;const r=mergeValues(e[n],t[n]);if(!r.valid){return{valid:false,mergeErrorPath:[n,...r.mergeErrorPath]}}s[n]=r.data}return{valid:true,data:s}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length){return{valid:false,mergeErrorPath:[]}}const n=[];for(let r=0;r<e.length;r++){const s=e[r];const i=t[r];const o=mergeValues(s,i);if(!o.valid){return{valid:false,mergeErrorPath:[r,...o.mergeErrorPath]}}n.push(o.data)}return{valid:true,data:n}}return{valid:false,mergeErrorPath:[]}}function handleIntersectionResults(e,t,n){const r=new Map;let i;const o=new Map;const collect=(e,t)=>{let n;if(e.code==="unrecognized_keys"&&!e.path?.length){i??(i=e);n=e.keys}else if(e.code==="invalid_key"&&e.origin==="record"&&e.path?.length===1){const t=String(e.path[0]);if(!o.has(t))o.set(t,e);n=[t]}else{return false}for(const e of n){if(!r.has(e))r.set(e,{});r.get(e)[t]=true}return true};for(const n of t.issues){if(!collect(n,"l"))e.issues.push(n)}for(const t of n.issues){if(!collect(t,"r"))e.issues.push(t)}const a=[...r].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(a.length){const t=i?a.filter(e=>i.keys.includes(e)):[];if(t.length)e.issues.push({...i,keys:t});for(const n of a){if(!t.includes(n)&&o.has(n))e.issues.push(o.get(n))}}const c=mergeValues(t.value,n.value);if(!c.valid){if(s.QH(e))return e;throw new Error(`Unmergable intersection. Error path: `+`${JSON.stringify(c.mergeErrorPath)}`)}e.value=c.data;return e}const Se=r.xI("$ZodTuple",(e,t)=>{g.init(e,t);const n=t.items;const i=r.cr.memoizer;i?.attach(e);e._zod.parse=(r,o)=>{const a=r.value;if(!Array.isArray(a)){r.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"});return r}r.value=i?i.alloc(e,r,[],o):[];const c=[];const u=getTupleOptStart(n,"optin");const l=getTupleOptStart(n,"optout");if(!t.rest){if(a.length<u){r.issues.push({code:"too_small",minimum:u,inclusive:true,input:a,inst:e,origin:"array"});return r}if(a.length>n.length){r.issues.push({code:"too_big",maximum:n.length,inclusive:true,input:a,inst:e,origin:"array"})}}const f=new Array(n.length);const p=t.rest?o?.abortEarly:undefined;let d=false;for(let e=0;e<n.length;e++){const t=n[e]._zod.run({value:a[e],issues:[]},o);if(t instanceof Promise){c.push(t.then(t=>{f[e]=t}))}else{f[e]=t;if(p&&!d&&t.issues.length)d=s.QH(t)}}if(t.rest&&!d){let e=n.length-1;const i=a.slice(n.length);let u=r.issues.length;for(const n of i){if(p&&r.issues.length!==u){if(s.QH(r,u))break;u=r.issues.length}e++;const i=t.rest._zod.run({value:n,issues:[]},o);if(i instanceof Promise){c.push(i.then(t=>handleTupleResult(t,r,e)))}else{handleTupleResult(i,r,e)}}}if(c.length){return Promise.all(c).then(()=>handleTupleResults(f,r,n,a,l))}return handleTupleResults(f,r,n,a,l)}});function getTupleOptStart(e,t){for(let n=e.length-1;n>=0;n--){const r=t==="optin"?e[n]._zod.optin!==undefined:e[n]._zod.optout==="optional";if(!r)return n+1}return 0}function handleTupleResult(e,t,n){if(e.issues.length){t.issues.push(...s.lQ(n,e.issues))}t.value[n]=e.value}function handleTupleResults(e,t,n,r,i){for(let o=0;o<n.length;o++){const a=e[o];const c=o<r.length;if(!c&&o>=i&&n[o]._zod.optin==="optional"){t.value.length=o;break}if(a.issues.length){if(!c&&o>=i){t.value.length=o;break}t.issues.push(...s.lQ(o,a.issues))}t.value[o]=a.value}for(let e=t.value.length-1;e>=r.length;e--){if(n[e]._zod.optout==="optional"&&t.value[e]===undefined){t.value.length=e}else{break}}return t}const xe=r.xI("$ZodRecord",(e,t)=>{g.init(e,t);const n=r.cr.memoizer;n?.attach(e);e._zod.parse=(i,o)=>{const a=i.value;if(!s.Qd(a)){i.issues.push({expected:"record",code:"invalid_type",input:a,inst:e});return i}const c=[];const u=t.keyType._zod.values;if(u&&!t.partial){i.value=n?n.alloc(e,i,{},o):{};const l=new Set;for(const n of u){if(typeof n==="string"||typeof n==="number"||typeof n==="symbol"){l.add(typeof n==="number"?n.toString():n);if(n==="__proto__")continue;const u=t.keyType._zod.run({value:n,issues:[]},o);if(u instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(u.issues.length){i.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(e=>s.iR(e,o,r.$W())),input:n,path:[n],inst:e});continue}const f=u.value;if(f==="__proto__")continue;const p=t.valueType._zod.run({value:a[n],issues:[]},o);if(p instanceof Promise){c.push(p.then(e=>{if(e.issues.length){i.issues.push(...s.lQ(n,e.issues))}i.value[f]=e.value}))}else{if(p.issues.length){i.issues.push(...s.lQ(n,p.issues))}i.value[f]=p.value}}}let f;for(const e in a){if(!l.has(e)){if(t.mode==="loose"){if(e==="__proto__")continue;i.value[e]=a[e]}else{f=f??[];f.push(e)}}}if(f&&f.length>0){i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:f,continue:true})}}else{i.value=n?n.alloc(e,i,{},o):{};let l;for(const n of Reflect.ownKeys(a)){if(n==="__proto__")continue;if(!Object.prototype.propertyIsEnumerable.call(a,n))continue;let f=t.keyType._zod.run({value:n,issues:[]},o);if(f instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}const p=typeof n==="string"&&m.ai.test(n)&&f.issues.length;if(p){const e=t.keyType._zod.run({value:Number(n),issues:[]},o);if(e instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(e.issues.length===0){f=e}}if(f.issues.length){if(t.mode==="loose"){i.value[n]=a[n]}else if(u){l=l??[];l.push(n)}else{i.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(e=>s.iR(e,o,r.$W())),input:n,path:[n],inst:e})}continue}const d=f.value;if(d==="__proto__")continue;const h=t.valueType._zod.run({value:a[n],issues:[]},o);if(h instanceof Promise){c.push(h.then(e=>{if(e.issues.length){i.issues.push(...s.lQ(n,e.issues))}i.value[d]=e.value}))}else{if(h.issues.length){i.issues.push(...s.lQ(n,h.issues))}i.value[d]=h.value}}if(l&&l.length>0){i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:l,continue:true})}}if(c.length){return Promise.all(c).then(()=>i)}return i}});const Ae=null&&core.$constructor("$ZodMap",(e,t)=>{g.init(e,t);const n=core.globalConfig.memoizer;n?.attach(e);e._zod.parse=(r,s)=>{const i=r.value;if(!(i instanceof Map)){r.issues.push({expected:"map",code:"invalid_type",input:i,inst:e});return r}const o=[];r.value=n?n.alloc(e,r,new Map,s):new Map;const a=s?.abortEarly;let c=r.issues.length;for(const[n,u]of i){if(a&&r.issues.length!==c){if(util.aborted(r,c))break;c=r.issues.length}const l=t.keyType._zod.run({value:n,issues:[]},s);const f=t.valueType._zod.run({value:u,issues:[]},s);if(l instanceof Promise||f instanceof Promise){o.push(Promise.all([l,f]).then(([t,o])=>{handleMapResult(t,o,r,n,i,e,s)}))}else{handleMapResult(l,f,r,n,i,e,s)}}if(o.length)return Promise.all(o).then(()=>r);return r};capSize(e,mapSize)});function handleMapResult(e,t,n,r,s,i,o){if(e.issues.length){if(util.propertyKeyTypes.has(typeof r)){n.issues.push(...util.prefixIssues(r,e.issues))}else{n.issues.push({code:"invalid_key",origin:"map",input:s,inst:i,issues:e.issues.map(e=>util.finalizeIssue(e,o,core.config()))})}}if(t.issues.length){if(util.propertyKeyTypes.has(typeof r)){n.issues.push(...util.prefixIssues(r,t.issues))}else{n.issues.push({origin:"map",code:"invalid_element",input:s,inst:i,key:r,issues:t.issues.map(e=>util.finalizeIssue(e,o,core.config()))})}}n.value.set(e.value,t.value)}const Ee=null&&core.$constructor("$ZodSet",(e,t)=>{g.init(e,t);const n=core.globalConfig.memoizer;n?.attach(e);e._zod.parse=(r,s)=>{const i=r.value;if(!(i instanceof Set)){r.issues.push({input:i,inst:e,expected:"set",code:"invalid_type"});return r}const o=[];r.value=n?n.alloc(e,r,new Set,s):new Set;const a=s?.abortEarly;let c=r.issues.length;for(const e of i){if(a&&r.issues.length!==c){if(util.aborted(r,c))break;c=r.issues.length}const n=t.valueType._zod.run({value:e,issues:[]},s);if(n instanceof Promise){o.push(n.then(e=>handleSetResult(e,r)))}else handleSetResult(n,r)}if(o.length)return Promise.all(o).then(()=>r);return r};capSize(e,setSize)});function handleSetResult(e,t){if(e.issues.length){t.issues.push(...e.issues)}t.value.add(e.value)}const Oe=r.xI("$ZodEnum",(e,t)=>{g.init(e,t);const n=s.w5(t.entries);const r=new Set(n);e._zod.values=r;s.v5(e,"pattern",e=>{const t=s.w5(e.def.entries).filter(e=>s.qQ.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>s.sD(e.toString())).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(t,s)=>{const i=t.value;if(r.has(i)){return t}t.issues.push({code:"invalid_value",values:n,input:i,inst:e});return t}});const $e=r.xI("$ZodLiteral",(e,t)=>{g.init(e,t);const n=new Set(t.values);e._zod.values=n;s.v5(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>typeof e==="string"?s.sD(e):e?s.sD(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(r,s)=>{const i=r.value;if(n.has(i)){return r}r.issues.push({code:"invalid_value",values:t.values,input:i,inst:e});return r}});const Pe=null&&core.$constructor("$ZodFile",(e,t)=>{g.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(r instanceof File)return t;t.issues.push({expected:"file",code:"invalid_type",input:r,inst:e});return t}});const Ne=r.xI("$ZodTransform",(e,t)=>{g.init(e,t);e._zod.optin="optional";r.cr.memoizer?.guard(e);e._zod.parse=(n,s)=>{if(s.direction==="backward"){throw new r.cV(e.constructor.name)}const i=t.transform(n.value,n);if(s.async){const e=i instanceof Promise?i:Promise.resolve(i);return e.then(e=>{n.value=e;return n})}if(i instanceof Promise){throw new r.GT}n.value=i;return n}});function handleOptionalResult(e,t){e.value=t.issues.length?undefined:t.value;return e}const Te=r.xI("$ZodOptional",(e,t)=>{g.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");e._zod.optout="optional";s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,undefined]):undefined});s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)})?$`):undefined});e._zod.parse=(e,n)=>{if(e.value===undefined){if(t.innerType._zod.optin!=="defaulted")return e;const r=t.innerType._zod.run({value:e.value,issues:[]},n);if(r instanceof Promise)return r.then(t=>handleOptionalResult(e,t));return handleOptionalResult(e,r)}return t.innerType._zod.run(e,n)}});const Ie=r.xI("$ZodExactOptional",(e,t)=>{Te.init(e,t);s.v5(e,"values",e=>e.def.innerType._zod.values);s.v5(e,"pattern",e=>e.def.innerType._zod.pattern);e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)});const Ce=r.xI("$ZodNullable",(e,t)=>{g.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin);s.v5(e,"optout",e=>e.def.innerType._zod.optout);s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)}|null)$`):undefined});s.v5(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):undefined);e._zod.parse=(e,n)=>{if(e.value===null)return e;return t.innerType._zod.run(e,n)}});const ze=r.xI("$ZodDefault",(e,t)=>{g.init(e,t);e._zod.optin="defaulted";s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}if(e.value===undefined){e.value=t.defaultValue;return e}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleDefaultResult(e,t))}return handleDefaultResult(r,t)}});function handleDefaultResult(e,t){if(e.value===undefined){e.value=t.defaultValue}return e}const Re=r.xI("$ZodPrefault",(e,t)=>{g.init(e,t);e._zod.optin="defaulted";s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}if(e.value===undefined){e.value=t.defaultValue}return t.innerType._zod.run(e,n)}});const Le=r.xI("$ZodNonOptional",(e,t)=>{g.init(e,t);s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>e!==undefined)):undefined});e._zod.parse=(n,r)=>{const s=t.innerType._zod.run(n,r);if(s instanceof Promise){return s.then(t=>handleNonOptionalResult(t,e))}return handleNonOptionalResult(s,e)}});function handleNonOptionalResult(e,t){if(!e.issues.length&&e.value===undefined){e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t})}return e}const je=null&&core.$constructor("$ZodSuccess",(e,t)=>{g.init(e,t);e._zod.parse=(e,n)=>{if(n.direction==="backward"){throw new core.$ZodEncodeError("ZodSuccess")}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(t=>{e.value=t.issues.length===0;return e})}e.value=r.issues.length===0;return e}});function handleCatchResult(e,t,n,i){if(!t.issues.length){e.value=t.value;if(t.memo)e.memo=true;return e}e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>s.iR(e,i,r.$W()))},input:e.value});return e}const De=r.xI("$ZodCatch",(e,t)=>{g.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");s.v5(e,"optout",e=>e.def.innerType._zod.optout);s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}const r=t.innerType._zod.run({value:e.value,issues:[]},n);if(r instanceof Promise){return r.then(r=>handleCatchResult(e,r,t,n))}return handleCatchResult(e,r,t,n)}});const Me=null&&core.$constructor("$ZodNaN",(e,t)=>{g.init(e,t);e._zod.parse=(t,n)=>{if(typeof t.value!=="number"||!Number.isNaN(t.value)){t.issues.push({input:t.value,inst:e,expected:"nan",code:"invalid_type"});return t}return t}});const Be=r.xI("$ZodPipe",(e,t)=>{g.init(e,t);s.v5(e,"values",e=>e.def.in._zod.values);s.v5(e,"optin",e=>e.def.in._zod.optin);s.v5(e,"optout",e=>e.def.out._zod.optout);s.v5(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,n)=>{if(n.direction==="backward"){const r=t.out._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handlePipeResult(e,t.in,n))}return handlePipeResult(r,t.in,n)}const r=t.in._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handlePipeResult(e,t.out,n))}return handlePipeResult(r,t.out,n)}});function handlePipeResult(e,t,n){if(e.issues.some(e=>e.code!=="unrecognized_keys")){e.aborted=true;return e}return t._zod.run({value:e.value,issues:e.issues},n)}const Fe=null&&core.$constructor("$ZodCodec",(e,t)=>{g.init(e,t);util.defineLazyInternal(e,"values",e=>e.def.in._zod.values);util.defineLazyInternal(e,"optin",e=>e.def.in._zod.optin);util.defineLazyInternal(e,"optout",e=>e.def.out._zod.optout);util.defineLazyInternal(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,n)=>{const r=n.direction||"forward";if(r==="forward"){const r=t.in._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleCodecAResult(e,t,n))}return handleCodecAResult(r,t,n)}else{const r=t.out._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleCodecAResult(e,t,n))}return handleCodecAResult(r,t,n)}}});function handleCodecAResult(e,t,n){if(e.issues.length){e.aborted=true;return e}const r=n.direction||"forward";if(r==="forward"){const r=t.transform(e.value,e);if(r instanceof Promise){return r.then(r=>handleCodecTxResult(e,r,t.out,n))}return handleCodecTxResult(e,r,t.out,n)}else{const r=t.reverseTransform(e.value,e);if(r instanceof Promise){return r.then(r=>handleCodecTxResult(e,r,t.in,n))}return handleCodecTxResult(e,r,t.in,n)}}function handleCodecTxResult(e,t,n,r){if(e.issues.length){e.aborted=true;return e}return n._zod.run({value:t,issues:e.issues},r)}const Ue=null&&core.$constructor("$ZodPreprocess",(e,t)=>{Be.init(e,t)});const qe=r.xI("$ZodReadonly",(e,t)=>{g.init(e,t);s.v5(e,"propValues",e=>e.def.innerType._zod.propValues);s.v5(e,"values",e=>e.def.innerType._zod.values);s.v5(e,"optin",e=>e.def.innerType?._zod?.optin);s.v5(e,"optout",e=>e.def.innerType?._zod?.optout);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(handleReadonlyResult)}return handleReadonlyResult(r)}});function handleReadonlyResult(e){if(!e.memo)e.value=Object.freeze(e.value);return e}function leafPattern(e){const t=e._zod.def;let n=t.pattern;let r=!!t.format?.includes("int");let s;let i;for(const e of t.checks??[]){const t=e._zod.def;if(t.pattern)n=t.pattern;r||(r=!!t.format?.includes("int"));const o=t.minimum??t.length;const a=t.maximum??t.length;if(o!==undefined&&(s===undefined||o>s))s=o;if(a!==undefined&&(i===undefined||a<i))i=a}if(n)return n.source;if(s!==undefined&&i!==undefined&&s>i)return"(?!)";if(s!==undefined||i!==undefined)return regexes.string({minimum:s,maximum:i}).source;const o=e._zod.pattern;return(r&&o===regexes.number?regexes.integer:o)?.source}function partPattern(e){const t=e._zod.def;const n=e._zod.pattern?.source;const r=t.innerType??e._zod.innerType;if(r){const e=r._zod.pattern?.source;const t=partPattern(r);if(n&&e&&t&&t!==e){return n.replace(util.cleanRegex(e),()=>util.cleanRegex(t))}return n}if(t.options){const e=t.options.map(partPattern);if(e.every(Boolean))return`^(${e.map(e=>util.cleanRegex(e)).join("|")})$`}return leafPattern(e)}const Ze=null&&core.$constructor("$ZodTemplateLiteral",(e,t)=>{g.init(e,t);const n=[];for(const e of t.parts){if(typeof e==="object"&&e!==null){const t=partPattern(e);if(!t){throw new Error(`Invalid template literal part, no pattern found: ${[...e._zod.traits].shift()}`)}n.push(util.cleanRegex(t))}else if(e===null||util.primitiveTypes.has(typeof e)){n.push(util.escapeRegex(`${e}`))}else{throw new Error(`Invalid template literal part: ${e}`)}}e._zod.pattern=new RegExp(`^${n.join("")}$`);e._zod.parse=(n,r)=>{if(typeof n.value!=="string"){n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"});return n}e._zod.pattern.lastIndex=0;if(!e._zod.pattern.test(n.value)){n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source});return n}return n}});const Ke=null&&core.$constructor("$ZodFunction",(e,t)=>{g.init(e,t);Object.defineProperty(e,"_def",{value:t});e._zod.def=t;e.implement=t=>{if(typeof t!=="function"){throw new Error("implement() must be called with a function")}return Object.defineProperty(function(...n){const r=e._def.input?parse(e._def.input,n):n;const s=Reflect.apply(t,this,r);if(e._def.output){return parse(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e.implementAsync=t=>{if(typeof t!=="function"){throw new Error("implementAsync() must be called with a function")}return Object.defineProperty(async function(...n){const r=e._def.input?await parseAsync(e._def.input,n):n;const s=await Reflect.apply(t,this,r);if(e._def.output){return await parseAsync(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e._zod.parse=(t,n)=>{if(typeof t.value!=="function"){t.issues.push({code:"invalid_type",expected:"function",input:t.value,inst:e});return t}const r=e._def.output&&e._def.output._zod.def.type==="promise";if(r){t.value=e.implementAsync(t.value)}else{t.value=e.implement(t.value)}return t};e.input=(...t)=>{const n=e.constructor;if(Array.isArray(t[0])){return new n({type:"function",input:new Se({type:"tuple",items:t[0],rest:t[1]}),output:e._def.output})}return new n({type:"function",input:t[0],output:e._def.output})};e.output=t=>{const n=e.constructor;return new n({type:"function",input:e._def.input,output:t})};return e});const He=null&&core.$constructor("$ZodPromise",(e,t)=>{g.init(e,t);e._zod.parse=(e,n)=>Promise.resolve(e.value).then(e=>t.innerType._zod.run({value:e,issues:[]},n))});const Ve=r.xI("$ZodLazy",(e,t)=>{g.init(e,t);s.gJ(e._zod,"innerType",()=>{const e=t;if(!e._cachedInner)e._cachedInner=t.getter();return e._cachedInner});s.v5(e,"pattern",e=>e.innerType?._zod?.pattern);s.v5(e,"propValues",e=>e.innerType?._zod?.propValues);s.v5(e,"optin",e=>e.innerType?._zod?.optin??undefined);s.v5(e,"optout",e=>e.innerType?._zod?.optout??undefined);e._zod.parse=(t,n)=>{const r=e._zod.innerType;return r._zod.run(t,n)}});const Ge=r.xI("$ZodCustom",(e,t)=>{h.QP.init(e,t);g.init(e,t);e._zod.parse=(e,t)=>e;e._zod.check=n=>{const r=n.value;const s=t.fn(r);if(s instanceof Promise){return s.then(t=>handleRefineResult(t,n,r,e))}handleRefineResult(s,n,r,e);return}});function handleRefineResult(e,t,n,r){if(!e){const e={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};if(r._zod.def.params)e.params=r._zod.def.params;t.issues.push(s.sn(e))}}var Je=n(9396);var We=n(3759);function assignProps(e,...t){for(const n of t){for(const t of Reflect.ownKeys(n)){if(Object.prototype.propertyIsEnumerable.call(n,t)){(0,s.Vy)(e,t,n[t])}}}return e}function to_json_schema_initializeContext(e){let t=e?.target??"draft-2020-12";if(t==="draft-4")t="draft-04";if(t==="draft-7")t="draft-07";return{processors:e.processors??{},metadataRegistry:e?.metadata??Je.fd,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:undefined,sharedEmitDoneFor:undefined,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??undefined}}function handleUnrepresentable(e,t,n,r,s){const i=typeof t.unrepresentable==="function"?t.unrepresentable({zodSchema:e,path:r.path,message:s}):t.unrepresentable;if(i==="any")return false;if(i===undefined||i==="throw")throw new Error(s);Object.assign(n,i);return true}function to_json_schema_processSchema(e,t,n={path:[],schemaPath:[]}){var r;const s=e._zod.def;const i=t.seen.get(e);if(i){i.count++;const t=n.schemaPath.includes(e);if(t){i.cycle=n.path}return i.schema}const o={schema:{},count:1,cycle:undefined,path:n.path};t.seen.set(e,o);t.sharedDefsExtractedFor=undefined;t.sharedEmitDoneFor=undefined;const a=e._zod.toJSONSchema?.();if(a){o.schema=a}else{const r={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema){e._zod.processJSONSchema(t,o.schema,r)}else{const n=o.schema;const i=t.processors[s.type];if(!i){throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`)}i(e,t,n,r)}const i=e._zod.parent;if(i){if(!o.ref)o.ref=i;to_json_schema_processSchema(i,t,r);t.seen.get(i).isParent=true}}const c=t.metadataRegistry.get(e);if(c)assignProps(o.schema,c);if(t.io==="input"&&isTransforming(e)){delete o.schema.examples;delete o.schema.default}if(t.io==="input"&&"_prefault"in o.schema)(r=o.schema).default??(r.default=o.schema._prefault);delete o.schema._prefault;const u=t.seen.get(e);return u.schema}function encodeJSONPointerSegment(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function to_json_schema_extractDefs(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const r=new Map;for(const t of e.seen.entries()){const n=e.metadataRegistry.get(t[0])?.id;if(n){const e=r.get(n);if(e&&e!==t[0]){throw new Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`)}r.set(n,t[0])}}const makeURI=t=>{const r=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){const n=e.external.registry.get(t[0])?.id;const s=e.external.uri??(e=>e);if(n){return{ref:s(n)}}const i=t[1].defId??t[1].schema.id??`schema${e.counter++}`;t[1].defId=i;return{defId:i,ref:`${s("__shared")}#/${r}/${encodeJSONPointerSegment(i)}`}}const s=`#`;const i=`${s}/${r}/`;if(t[1]===n&&!t[1].schema.id){return{ref:s}}const o=t[1].schema.id??`__schema${e.counter++}`;return{defId:o,ref:i+encodeJSONPointerSegment(o)}};const extractToDef=e=>{if(e[1].schema.$ref){return}const t=e[1];const{ref:n,defId:r}=makeURI(e);t.def={...t.schema};if(r)t.defId=r;const s=t.schema;for(const e in s){delete s[e]}s.$ref=n};if(e.cycles==="throw"){for(const t of e.seen.entries()){const e=t[1];if(e.cycle){throw new Error("Cycle detected: "+`#/${e.cycle?.join("/")}/<root>`+'\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.')}}}for(const n of e.seen.entries()){const r=n[1];if(t===n[0]){extractToDef(n);continue}if(e.external){const r=e.external.registry.get(n[0])?.id;if(t!==n[0]&&r){extractToDef(n);continue}}const s=e.metadataRegistry.get(n[0])?.id;if(s){extractToDef(n);continue}if(r.cycle){extractToDef(n);continue}if(r.count>1){if(e.reused==="ref"){extractToDef(n)}}}if(e.external)e.sharedDefsExtractedFor=e.external}function compactTypeUnion(e){const t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==undefined)return;const n=[];for(const e of t){if(!e||typeof e!=="object")return;compactTypeUnion(e);const t=Object.keys(e);if(t.length!==1||t[0]!=="type")return;const r=e.type;for(const e of Array.isArray(r)?r:[r]){if(typeof e!=="string")return;if(!n.includes(e))n.push(e)}}delete e.anyOf;e.type=n.length===1?n[0]:n}const Ye=new Set(["type","properties","required","additionalProperties"]);const Qe=["oneOf","anyOf"];function undeclaredConstraint(e){const t=e.additionalProperties;if(t===undefined||t===false||typeof t!=="object"||t===null)return null;return Object.keys(t).length?t:null}function foldObjects(e){const t=[];for(const n of e){if(typeof n!=="object"||n.type!=="object")return null;for(const e in n){if(!Ye.has(e))return null}t.push(n)}const n={};const r=new Set;for(const e of t){for(const r in e.properties){if(Object.prototype.hasOwnProperty.call(n,r))continue;const e=[];for(const n of t){const t=n.properties?.[r]??undeclaredConstraint(n);if(t===null||t===undefined)continue;if(!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}const i=e.length===1?e[0]:foldObjects(e)??{allOf:e};(0,s.Vy)(n,r,i)}for(const t of e.required??[])r.add(t)}const i={type:"object",properties:n};if(r.size)i.required=[...r];if(t.every(e=>e.additionalProperties===false)){i.additionalProperties=false}else{const e=[];for(const n of t){const t=undeclaredConstraint(n);if(t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}if(e.length===1)i.additionalProperties=e[0];else if(e.length>1)i.additionalProperties={allOf:e}}return i}function foldIntersection(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of Ye)if(t in e)return;const n=t.filter(e=>Qe.some(t=>Array.isArray(e[t])));let r=null;if(!n.length){r=foldObjects(t)}else{const e=n[0];const s=Qe.find(t=>Array.isArray(e[t]));if(Object.keys(e).length!==1)return;const i=t.filter(t=>t!==e);const o=e[s].map(e=>foldObjects([...i,e]));if(o.some(e=>!e))return;r={[s]:o}}if(!r)return;delete e.allOf;assignProps(e,r)}function to_json_schema_finalize(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");const flattenRef=t=>{const n=e.seen.get(t);if(n.ref===null)return;const r=n.def??n.schema;const s={...r};const i=n.ref;n.ref=null;if(i){flattenRef(i);const n=e.seen.get(i);const o=n.schema;if(o.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")){r.allOf=r.allOf??[];r.allOf.push(o)}else{assignProps(r,o)}assignProps(r,s);const a=t._zod.parent===i;if(a){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(!(e in s)){delete r[e]}}}if(o.$ref&&n.def){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(e in n.def&&JSON.stringify(r[e])===JSON.stringify(n.def[e])){delete r[e]}}}}const o=t._zod.parent;if(o&&o!==i){flattenRef(o);const t=e.seen.get(o);if(t?.schema.$ref){r.$ref=t.schema.$ref;if(t.def){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(e in t.def&&JSON.stringify(r[e])===JSON.stringify(t.def[e])){delete r[e]}}}}}e.override({zodSchema:t,jsonSchema:r,path:n.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse()){flattenRef(t[0])}if(e.target!=="openapi-3.0"){for(const t of e.seen.entries()){compactTypeUnion(t[1].def??t[1].schema)}}for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const n of e.seen.values()){for(const e of[n.schema,n.def]){const n=e?.allOf;if(!Array.isArray(n))continue;const r=t.get(n);if(r)r.push(e);else t.set(n,[e])}}for(const n of e.intersections){for(const e of t.get(n)??[])foldIntersection(e)}}}const r={};if(e.target==="draft-2020-12"){r.$schema="https://json-schema.org/draft/2020-12/schema"}else if(e.target==="draft-07"){r.$schema="http://json-schema.org/draft-07/schema#"}else if(e.target==="draft-04"){r.$schema="http://json-schema.org/draft-04/schema#"}else if(e.target==="openapi-3.0"){}else{}if(e.external?.uri){const n=e.external.registry.get(t)?.id;if(!n)throw new Error("Schema is missing an `id` property");r.$id=e.external.uri(n)}assignProps(r,n.defId?n.schema:n.def??n.schema);const i=e.metadataRegistry.get(t)?.id;if(i!==undefined&&r.id===i)delete r.id;const o=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of e.seen.entries()){const e=t[1];if(e.def&&e.defId){if(e.def.id===e.defId)delete e.def.id;(0,s.Vy)(o,e.defId,e.def)}}}if(e.external)e.sharedEmitDoneFor=e.external;if(e.external){}else{if(Object.keys(o).length>0){if(e.target==="draft-2020-12"){r.$defs=o}else{r.definitions=o}}}try{const n=JSON.parse(JSON.stringify(r));Object.defineProperty(n,"~standard",{value:{...t["~standard"],jsonSchema:{input:createStandardJSONSchemaMethod(t,"input",e.processors),output:createStandardJSONSchemaMethod(t,"output",e.processors)}},enumerable:false,writable:false});return n}catch(e){throw new Error("Error converting schema to JSON.")}}function isTransforming(e,t){const n=t??{seen:new Set};if(n.seen.has(e))return false;n.seen.add(e);const r=e._zod.def;if(r.type==="transform")return true;if(r.type==="array")return isTransforming(r.element,n);if(r.type==="set")return isTransforming(r.valueType,n);if(r.type==="lazy")return isTransforming(r.getter(),n);if(r.type==="promise"||r.type==="optional"||r.type==="nonoptional"||r.type==="nullable"||r.type==="readonly"||r.type==="default"||r.type==="prefault"||r.type==="catch"){return isTransforming(r.innerType,n)}if(r.type==="intersection"){return isTransforming(r.left,n)||isTransforming(r.right,n)}if(r.type==="record"||r.type==="map"){return isTransforming(r.keyType,n)||isTransforming(r.valueType,n)}if(r.type==="pipe"){if(e._zod.traits.has("$ZodCodec"))return true;return isTransforming(r.in,n)||isTransforming(r.out,n)}if(r.type==="object"){for(const e in r.shape){if(isTransforming(r.shape[e],n))return true}return false}if(r.type==="union"){for(const e of r.options){if(isTransforming(e,n))return true}return false}if(r.type==="tuple"){for(const e of r.items){if(isTransforming(e,n))return true}if(r.rest&&isTransforming(r.rest,n))return true;return false}return false}const createToJSONSchemaMethod=(e,t={})=>n=>{const r=to_json_schema_initializeContext({...n,processors:t});to_json_schema_processSchema(e,r);to_json_schema_extractDefs(r,e);return to_json_schema_finalize(r,e)};const createStandardJSONSchemaMethod=(e,t,n={})=>r=>{const{libraryOptions:s,target:i}=r??{};const o=to_json_schema_initializeContext({...s??{},target:i,io:t,processors:n});to_json_schema_processSchema(e,o);to_json_schema_extractDefs(o,e);return to_json_schema_finalize(o,e)};const narrowMin=(e,t,n)=>{if(e[t]===undefined||n>e[t])e[t]=n};const narrowMax=(e,t,n)=>{if(e[t]===undefined||n<e[t])e[t]=n};const narrowBoth=(e,t)=>{narrowMin(e,"minimum",t);narrowMax(e,"maximum",t)};const addDivisor=(e,t)=>{e.multipleOf??(e.multipleOf=[]);if(!e.multipleOf.includes(t))e.multipleOf.push(t)};const addPattern=(e,t)=>{e.patterns??(e.patterns=new Set);e.patterns.add(t)};const intersectMime=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]};const setFormat=(e,t)=>{e.format=t;if(t.includes("int"))e.isInt=true};const minContributor=(e,t)=>narrowMin(e,"minimum",t.minimum);const maxContributor=(e,t)=>narrowMax(e,"maximum",t.maximum);const formatContributor=e=>(t,n)=>{setFormat(t,n.format);const[r,s]=e[n.format];narrowMin(t,"minimum",r);narrowMax(t,"maximum",s)};const Xe={greater_than:(e,t)=>narrowMin(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>narrowMax(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>addDivisor(e,t.value),number_format:formatContributor(s.zH),bigint_format:formatContributor(s.NR),min_length:minContributor,max_length:maxContributor,length_equals:(e,t)=>narrowBoth(e,t.length),min_size:minContributor,max_size:maxContributor,size_equals:(e,t)=>narrowBoth(e,t.size),string_format:(e,t)=>{setFormat(e,t.format);if(t.pattern)addPattern(e,t.pattern);if(t.format==="base64"||t.format==="base64url")e.contentEncoding=t.format;if(t.local||t.precision===-1)e.laxFormat=true},mime_type:(e,t)=>intersectMime(e,t.mime)};function aggregateChecks(e){const t={};const n=e._zod.def;const r=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(const e of r)Xe[e._zod.def.check]?.(t,e._zod.def);const s=e._zod.bag;if(s.minimum!==undefined)narrowMin(t,"minimum",s.minimum);if(s.exclusiveMinimum!==undefined)narrowMin(t,"exclusiveMinimum",s.exclusiveMinimum);if(s.maximum!==undefined)narrowMax(t,"maximum",s.maximum);if(s.exclusiveMaximum!==undefined)narrowMax(t,"exclusiveMaximum",s.exclusiveMaximum);if(s.multipleOf!==undefined)addDivisor(t,s.multipleOf);if(s.format!==undefined){t.format??(t.format=s.format);if(s.format.includes("int"))t.isInt=true}if(s.mime)intersectMime(t,s.mime);for(const e of s.patterns??[])addPattern(t,e);return t}const et={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""};const tt=new Map([[H,m.K3],[G,m.r0]]);const exactPattern=e=>tt.get(e)??e;const stringProcessor=(e,t,n,r)=>{const s=n;s.type="string";const{minimum:i,maximum:o,format:a,patterns:c,contentEncoding:u,laxFormat:l}=aggregateChecks(e);if(typeof i==="number")s.minLength=i;if(typeof o==="number")s.maxLength=o;if(a){s.format=et[a]??a;if(s.format==="")delete s.format;if(a==="time"||l){delete s.format}}if(u)s.contentEncoding=u;if(c&&c.size>0){const e=[...c].map(exactPattern);if(e.length===1)s.pattern=e[0].source;else if(e.length>1){s.allOf=[...e.map(e=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:e.source}))]}}};const numberProcessor=(e,t,n,r)=>{const s=n;const{minimum:i,maximum:o,multipleOf:a,exclusiveMaximum:c,exclusiveMinimum:u,isInt:l}=aggregateChecks(e);s.type=l?"integer":"number";const f=typeof u==="number"&&u>=(i??Number.NEGATIVE_INFINITY);const p=typeof c==="number"&&c<=(o??Number.POSITIVE_INFINITY);const d=t.target==="draft-04"||t.target==="openapi-3.0";if(f){if(d){s.minimum=u;s.exclusiveMinimum=true}else{s.exclusiveMinimum=u}}else if(typeof i==="number"){s.minimum=i}if(p){if(d){s.maximum=c;s.exclusiveMaximum=true}else{s.exclusiveMaximum=c}}else if(typeof o==="number"){s.maximum=o}if(a){const n=new Set;for(const i of a){if(Number.isFinite(i)&&i!==0)n.add(Math.abs(i));else handleUnrepresentable(e,t,s,r,`A multipleOf divisor of ${i} cannot be represented in JSON Schema`)}const[i,...o]=n;if(i!==undefined)s.multipleOf=i;if(o.length)s.allOf=[...s.allOf??[],...o.map(e=>({multipleOf:e}))]}};const booleanProcessor=(e,t,n,r)=>{n.type="boolean"};const bigintProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"BigInt cannot be represented in JSON Schema")};const symbolProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Symbols cannot be represented in JSON Schema")};const nullProcessor=(e,t,n,r)=>{if(t.target==="openapi-3.0"){n.type="string";n.nullable=true;n.enum=[null]}else{n.type="null"}};const undefinedProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Undefined cannot be represented in JSON Schema")};const voidProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Void cannot be represented in JSON Schema")};const neverProcessor=(e,t,n,r)=>{n.not={}};const anyProcessor=(e,t,n,r)=>{};const unknownProcessor=(e,t,n,r)=>{};const dateProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Date cannot be represented in JSON Schema")};const enumProcessor=(e,t,n,r)=>{const i=e._zod.def;const o=(0,s.w5)(i.entries);if(o.length===0){n.not={};return}if(o.every(e=>typeof e==="number"))n.type="number";if(o.every(e=>typeof e==="string"))n.type="string";n.enum=o};const literalProcessor=(e,t,n,r)=>{const s=e._zod.def;if(s.values.length===0){n.not={};return}const i=[];for(const o of s.values){if(o===undefined){if(handleUnrepresentable(e,t,n,r,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof o==="bigint"){if(handleUnrepresentable(e,t,n,r,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(o))}else{i.push(o)}}if(i.length===0){}else if(i.length===1){const e=i[0];n.type=e===null?"null":typeof e;if(t.target==="draft-04"||t.target==="openapi-3.0"){n.enum=[e]}else{n.const=e}}else{if(i.every(e=>typeof e==="number"))n.type="number";if(i.every(e=>typeof e==="string"))n.type="string";if(i.every(e=>typeof e==="boolean"))n.type="boolean";if(i.every(e=>e===null))n.type="null";n.enum=i}};const nanProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"NaN cannot be represented in JSON Schema")};const templateLiteralProcessor=(e,t,n,r)=>{const s=n;const i=e._zod.pattern;if(!i)throw new Error("Pattern not found in template literal");s.type="string";s.pattern=i.source};const fileProcessor=(e,t,n,r)=>{const s=n;s.type="string";s.format="binary";s.contentEncoding="binary";const{minimum:i,maximum:o,mime:a}=aggregateChecks(e);if(i!==undefined)s.minLength=i;if(o!==undefined)s.maxLength=o;if(!a)return;if(a.length===0)s.not={};else if(a.length===1)s.contentMediaType=a[0];else s.anyOf=a.map(e=>({contentMediaType:e}))};const successProcessor=(e,t,n,r)=>{n.type="boolean"};const customProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Custom types cannot be represented in JSON Schema")};const functionProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Function types cannot be represented in JSON Schema")};const transformProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Transforms cannot be represented in JSON Schema")};const mapProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Map cannot be represented in JSON Schema")};const setProcessor=(e,t,n,r)=>{handleUnrepresentable(e,t,n,r,"Set cannot be represented in JSON Schema")};const arrayProcessor=(e,t,n,r)=>{const s=n;const i=e._zod.def;const{minimum:o,maximum:a}=aggregateChecks(e);if(typeof o==="number")s.minItems=o;if(typeof a==="number")s.maxItems=a;s.type="array";s.items=to_json_schema_processSchema(i.element,t,{...r,path:[...r.path,"items"]})};function inputOptin(e){const t=e._zod.def;if(t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")){return inputOptin(t.out)}if(t.type==="catch"){return inputOptin(t.innerType)}return e._zod.optin}const objectProcessor=(e,t,n,r)=>{const i=n;const o=e._zod.def;const a=o.shape;const c=Object.getOwnPropertySymbols(a);if(c.length&&handleUnrepresentable(e,t,i,r,"Symbol keys cannot be represented in JSON Schema")){return}i.type="object";i.properties={};for(const e in a){(0,s.Vy)(i.properties,e,to_json_schema_processSchema(a[e],t,{...r,path:[...r.path,"properties",e]}))}const u=[];for(const e of Object.keys(a)){const n=o.shape[e];if(t.io==="input"?inputOptin(n)===undefined:n._zod.optout===undefined){u.push(e)}}if(u.length>0){i.required=u}if(o.catchall?._zod.def.type==="never"){i.additionalProperties=false}else if(!o.catchall){if(t.io==="output")i.additionalProperties=false}else if(o.catchall){i.additionalProperties=to_json_schema_processSchema(o.catchall,t,{...r,path:[...r.path,"additionalProperties"]})}};const unionProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=s.inclusive===false;const o=s.options.map((e,n)=>to_json_schema_processSchema(e,t,{...r,path:[...r.path,i?"oneOf":"anyOf",n]}));if(i){n.oneOf=o}else{n.anyOf=o}};const intersectionProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=to_json_schema_processSchema(s.left,t,{...r,path:[...r.path,"allOf",0]});const o=to_json_schema_processSchema(s.right,t,{...r,path:[...r.path,"allOf",1]});const isSimpleIntersection=e=>"allOf"in e&&Object.keys(e).length===1;const a=[...isSimpleIntersection(i)?i.allOf:[i],...isSimpleIntersection(o)?o.allOf:[o]];n.allOf=a;t.intersections.push(a)};const tupleProcessor=(e,t,n,r)=>{const s=n;const i=e._zod.def;s.type="array";const o=t.target==="draft-2020-12"?"prefixItems":"items";const a=t.target==="draft-2020-12"?"items":t.target==="openapi-3.0"?"items":"additionalItems";const c=i.items.map((e,n)=>to_json_schema_processSchema(e,t,{...r,path:[...r.path,o,n]}));const u=i.rest?to_json_schema_processSchema(i.rest,t,{...r,path:[...r.path,a,...t.target==="openapi-3.0"?[i.items.length]:[]]}):null;let l=i.items.length;while(l>0){const e=i.items[l-1];const n=t.io==="input"?inputOptin(e)!==undefined:e._zod.optout==="optional";if(!n)break;l--}const f=i.items.length;const p=!i.rest;if(t.target==="draft-2020-12"){s.prefixItems=c;if(p){s.items=false}else if(u){s.items=u}if(l>0)s.minItems=l;if(p)s.maxItems=f}else if(t.target==="openapi-3.0"){s.items={anyOf:c};if(u){s.items.anyOf.push(u)}if(l>0)s.minItems=l;if(p)s.maxItems=f}else{s.items=c;if(p){s.additionalItems=false}else if(u){s.additionalItems=u}if(l>0)s.minItems=l;if(p)s.maxItems=f}const{minimum:d,maximum:h}=aggregateChecks(e);if(typeof d==="number")s.minItems=d;if(typeof h==="number")s.maxItems=h};function stringifyKeyNames(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);const r=e.get(t)?.def;if(!r)return t;const s=stringifyKeyNames(e,r,n);return s===r?t:s}for(const r of["anyOf","oneOf"]){const s=t[r];if(!Array.isArray(s))continue;const i=s.map(t=>stringifyKeyNames(e,t,n));if(i.some((e,t)=>e!==s[t]))t={...t,[r]:i}}const r=Array.isArray(t.type)?t.type:[t.type];const s=!r.includes("string")&&r.some(e=>e==="number"||e==="integer");const i=t.enum??(t.const!==undefined?[t.const]:undefined);if(!s&&!i?.some(e=>typeof e==="number"))return t;const{minimum:o,maximum:a,exclusiveMinimum:c,exclusiveMaximum:u,multipleOf:l,format:f,id:p,...d}=t;if(d.enum)d.enum=d.enum.map(e=>typeof e==="number"?String(e):e);else if(typeof d.const==="number")d.const=String(d.const);if(!s)return d;d.type="string";if(!i)d.pattern=(r.includes("number")?m.ai:m.nd).source;return d}const nt=new WeakMap;function rewriteKeyNames(e){const t=new Map;for(const n of e.seen.values()){if(n.def&&!t.has(n.schema))t.set(n.schema,n)}const n=new Map;for(const r of nt.get(e)??[]){const s=e.seen.get(r);const i=(s?.def??s?.schema)?.propertyNames;if(!i||i===true||n.has(i))continue;const o=stringifyKeyNames(t,i,new Set);if(o!==i)n.set(i,o)}if(!n.size)return;for(const t of e.seen.values()){for(const e of[t.schema,t.def]){const t=e&&n.get(e.propertyNames);if(t)e.propertyNames=t}}}const recordProcessor=(e,t,n,r)=>{const i=n;const o=e._zod.def;i.type="object";const a=o.keyType;const c=aggregateChecks(a).patterns;if(o.mode==="loose"&&c&&c.size>0){const e=to_json_schema_processSchema(o.valueType,t,{...r,path:[...r.path,"patternProperties","*"]});i.patternProperties={};for(const t of c){(0,s.Vy)(i.patternProperties,exactPattern(t).source,e)}}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=to_json_schema_processSchema(o.keyType,t,{...r,path:[...r.path,"propertyNames"]});let n=nt.get(t);if(!n){n=[];nt.set(t,n);t.deferred.push(()=>rewriteKeyNames(t))}n.push(e)}i.additionalProperties=to_json_schema_processSchema(o.valueType,t,{...r,path:[...r.path,"additionalProperties"]})}const u=a._zod.values;const l=t.io==="input"&&inputOptin(o.valueType)!==undefined;if(u&&!o.partial&&!l){const e=[...u].filter(e=>typeof e==="string"||typeof e==="number");if(e.length>0){i.required=e.map(String)}}};const nullableProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=to_json_schema_processSchema(s.innerType,t,r);const o=t.seen.get(e);if(t.target==="openapi-3.0"){o.ref=s.innerType;n.nullable=true}else{n.anyOf=[i,{type:"null"}]}};const nonoptionalProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const rt=Symbol();function serializeDefaultValue(e,t,n,r,s){let i=false;const o=JSON.stringify(e,(e,t)=>{if(typeof t!=="bigint")return t;i=true;return null});if(!i)return JSON.parse(o);handleUnrepresentable(t,n,r,s,"BigInt defaults cannot be represented in JSON Schema");return rt}const defaultProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;const o=serializeDefaultValue(s.defaultValue,e,t,n,r);if(o!==rt)n.default=o};const prefaultProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;if(t.io!=="input")return;const o=serializeDefaultValue(s.defaultValue,e,t,n,r);if(o!==rt)n._prefault=o};const catchProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;let o;try{o=s.catchValue(undefined)}catch{handleUnrepresentable(e,t,n,r,"Dynamic catch values are not supported in JSON Schema");return}n.default=o};const pipeProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=s.in._zod.traits.has("$ZodTransform");const o=t.io==="input"?i?s.out:s.in:s.out;to_json_schema_processSchema(o,t,r);const a=t.seen.get(e);a.ref=o};const readonlyProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;n.readOnly=true};const promiseProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const optionalProcessor=(e,t,n,r)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const lazyProcessor=(e,t,n,r)=>{const s=e._zod.innerType;to_json_schema_processSchema(s,t,r);const i=t.seen.get(e);i.ref=s};const st={string:stringProcessor,number:numberProcessor,boolean:booleanProcessor,bigint:bigintProcessor,symbol:symbolProcessor,null:nullProcessor,undefined:undefinedProcessor,void:voidProcessor,never:neverProcessor,any:anyProcessor,unknown:unknownProcessor,date:dateProcessor,enum:enumProcessor,literal:literalProcessor,nan:nanProcessor,template_literal:templateLiteralProcessor,file:fileProcessor,success:successProcessor,custom:customProcessor,function:functionProcessor,transform:transformProcessor,map:mapProcessor,set:setProcessor,array:arrayProcessor,object:objectProcessor,union:unionProcessor,intersection:intersectionProcessor,tuple:tupleProcessor,record:recordProcessor,nullable:nullableProcessor,nonoptional:nonoptionalProcessor,default:defaultProcessor,prefault:prefaultProcessor,catch:catchProcessor,pipe:pipeProcessor,readonly:readonlyProcessor,promise:promiseProcessor,optional:optionalProcessor,lazy:lazyProcessor};function toJSONSchema(e,t){if("_idmap"in e){const n=e;const r=initializeContext({...t,processors:st});const s={};for(const e of n._idmap.entries()){const[t,n]=e;processSchema(n,r)}const i={};const o={registry:n,uri:t?.uri,defs:s};r.external=o;for(const e of n._idmap.entries()){const[t,n]=e;extractDefs(r,n);assignProp(i,t,finalize(r,n))}if(Object.keys(s).length>0){const e=r.target==="draft-2020-12"?"$defs":"definitions";i.__shared={[e]:s}}return{schemas:i}}const n=initializeContext({...t,processors:st});processSchema(e,n);extractDefs(n,e);return finalize(n,e)}const error=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function getSizing(t){return e[t]??null}const t={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"};const n={nan:"NaN"};function getTypeName(e,t){if(e==="number"&&typeof t==="number"&&!Number.isFinite(t)){return String(t)}return n[e]??e}return e=>{switch(e.code){case"invalid_type":{const t=getTypeName(e.expected);const n=s.GW(e.input);const r=getTypeName(n,e.input);return`Invalid input: expected ${t}, received ${r}`}case"invalid_value":if(e.values.length===1)return`Invalid input: expected ${s.B7(e.values[0])}`;return`Invalid option: expected one of ${s.jw(e.values,"|")}`;case"too_big":{const t=e.exact?"exactly ":e.inclusive?"<=":"<";const n=getSizing(e.origin);if(n)return`Too big: expected ${e.origin??"value"} to have ${t}${e.maximum.toString()} ${n.unit??"elements"}`;return`Too big: expected ${e.origin??"value"} to be ${t}${e.maximum.toString()}`}case"too_small":{const t=e.exact?"exactly ":e.inclusive?">=":">";const n=getSizing(e.origin);if(n){return`Too small: expected ${e.origin} to have ${t}${e.minimum.toString()} ${n.unit}`}return`Too small: expected ${e.origin} to be ${t}${e.minimum.toString()}`}case"invalid_format":{const n=e;if(n.format==="starts_with"){return`Invalid string: must start with "${n.prefix}"`}if(n.format==="ends_with")return`Invalid string: must end with "${n.suffix}"`;if(n.format==="includes")return`Invalid string: must include "${n.includes}"`;if(n.format==="regex")return`Invalid string: must match pattern ${n.pattern}`;return`Invalid ${t[n.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${s.jw(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){const t=e.options.map(e=>`'${e}'`).join(" | ");return`Invalid discriminator value. Expected ${t}`}if(e.inclusive===false){return"Invalid input: more than one option matched"}return"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return`Invalid input`}}};function en(){return{localeError:error()}}function _getMessage(){const e=this._zod;e.message??(e.message=JSON.stringify(e.def,s.k8,2));return e.message}function _setMessage(e){this._zod.message=e}const it={get:_getMessage,set:_setMessage,enumerable:true,configurable:true};const ot={value:undefined,enumerable:false};const at=new WeakSet([Object.prototype,Error.prototype]);const initializer=(e,t)=>{e.name="$ZodError";ot.value=t;Object.defineProperty(e,"issues",ot);ot.value=undefined;Object.defineProperty(e,"message",it);const n=Object.getPrototypeOf(e);if(!at.has(n)){at.add(n);Object.defineProperty(n,"toString",{configurable:true,enumerable:false,get(){const value=()=>this.message;Object.defineProperty(this,"toString",{value:value,configurable:true,writable:true});return value},set(e){Object.defineProperty(this,"toString",{value:e,configurable:true,writable:true})}})}};const ct=(0,r.xI)("$ZodError",initializer);const ut=(0,r.xI)("$ZodError",initializer,undefined,{Parent:Error});function node(e,t,n){if(!Object.prototype.hasOwnProperty.call(e,t)){if(t==="__proto__"){Object.defineProperty(e,t,{value:n(),writable:true,enumerable:true,configurable:true})}else{e[t]=n()}}return e[t]}function flattenError(e,t=e=>e.message){const n={};const r=[];for(const s of e.issues){if(s.path.length>0){node(n,s.path[0],()=>[]).push(t(s))}else{r.push(t(s))}}return{formErrors:r,fieldErrors:n}}function formatError(e,t=e=>e.message){const n={_errors:[]};const processError=(e,r=[])=>{for(const s of e.issues){if(s.code==="invalid_union"&&s.errors.length){s.errors.map(e=>processError({issues:e},[...r,...s.path]))}else if(s.code==="invalid_key"){processError({issues:s.issues},[...r,...s.path])}else if(s.code==="invalid_element"){processError({issues:s.issues},[...r,...s.path])}else{const e=[...r,...s.path];if(e.length===0){n._errors.push(t(s))}else{let r=n;let i=0;while(i<e.length){const n=e[i];const o=i===e.length-1;if(n==="_errors"){if(o)r._errors.push(t(s));i++;continue}if(!Object.prototype.hasOwnProperty.call(r,n)){Object.defineProperty(r,n,{value:{_errors:[]},enumerable:true,writable:true,configurable:true})}const a=r[n];if(o){a._errors.push(t(s))}r=a;i++}}}}};processError(e);return n}function treeifyError(e,t=e=>e.message){const n={errors:[]};const processError=(e,r=[])=>{var s;for(const i of e.issues){if(i.code==="invalid_union"&&i.errors.length){i.errors.map(e=>processError({issues:e},[...r,...i.path]))}else if(i.code==="invalid_key"){processError({issues:i.issues},[...r,...i.path])}else if(i.code==="invalid_element"){processError({issues:i.issues},[...r,...i.path])}else{const e=[...r,...i.path];if(e.length===0){n.errors.push(t(i));continue}let o=n;let a=0;while(a<e.length){const n=e[a];const r=a===e.length-1;if(typeof n==="string"){o.properties??(o.properties={});if(!Object.prototype.hasOwnProperty.call(o.properties,n)){Object.defineProperty(o.properties,n,{value:{errors:[]},enumerable:true,writable:true,configurable:true})}o=o.properties[n]}else{o.items??(o.items=[]);(s=o.items)[n]??(s[n]={errors:[]});o=o.items[n]}if(r){o.errors.push(t(i))}a++}}}};processError(e);return n}function toDotPath(e){const t=[];const n=e.map(e=>typeof e==="object"?e.key:e);for(const e of n){if(typeof e==="number")t.push(`[${e}]`);else if(typeof e==="symbol")t.push(`[${JSON.stringify(String(e))}]`);else if(/[^\w$]/.test(e))t.push(`[${JSON.stringify(e)}]`);else{if(t.length)t.push(".");t.push(e)}}return t.join("")}function prettifyError(e){const t=[];const n=[...e.issues].sort((e,t)=>(e.path??[]).length-(t.path??[]).length);for(const e of n){t.push(`✖ ${e.message}`);if(e.path?.length)t.push(`  → at ${toDotPath(e.path)}`)}return t.join("\n")}function finalizeParams(e,t){return{callee:t?.callee??e,Err:t?.Err}}const _parse=e=>{const fn=(t,n,i,o)=>{const a=i?{...i,async:false}:{async:false};const c=t._zod.run({value:n,issues:[]},a);if(c instanceof Promise){throw new r.GT}if(c.issues.length){const t=new(o?.Err??e)(c.issues.map(e=>s.iR(e,a,r.$W())));s.gx(t,o?.callee??fn);throw t}return c.value};return fn};const lt=_parse(ut);const _parseAsync=e=>{const fn=async(t,n,i,o)=>{const a=i?{...i,async:true}:{async:true};let c=t._zod.run({value:n,issues:[]},a);if(c instanceof Promise)c=await c;if(c.issues.length){const t=new(o?.Err??e)(c.issues.map(e=>s.iR(e,a,r.$W())));s.gx(t,o?.callee??fn);throw t}return c.value};return fn};const ft=_parseAsync(ut);const _safeParse=e=>(t,n,s)=>{const i=s?{...s,async:false}:{async:false};const o=t._zod.run({value:n,issues:[]},i);if(o instanceof Promise){throw new r.GT}return o.issues.length?failure(e,o.issues,i):{success:true,data:o.value}};const pt=_safeParse(ut);function failure(e,t,n){let i;return{success:false,get error(){if(!i){i=new e(t.map(e=>s.iR(e,n,r.$W())));t=undefined;n=undefined}return i},set error(e){i=e;t=undefined;n=undefined}}}const _safeParseAsync=e=>async(t,n,r)=>{const s=r?{...r,async:true}:{async:true};let i=t._zod.run({value:n,issues:[]},s);if(i instanceof Promise)i=await i;return i.issues.length?failure(e,i.issues,s):{success:true,data:i.value}};const dt=_safeParseAsync(ut);const ht=Symbol.for("zod.compile.invalid");const mt=Symbol.for("zod.compile.fallback");const validate=(e,t,n)=>{const r=e._zod.bag.validator;if(r!==undefined){if(r(t)!==ht)return true;if(r.definite===true&&n===undefined)return false}return validateFallback(e,t,n)};function validateFallback(e,t,n){const s=n?{...n,async:false,abortEarly:true}:{async:false,abortEarly:true};const i=e._zod.bag.fallbackRun;let o;if(i){s[mt]=true;o=i({value:t,issues:[]},s)}else{o=e._zod.run({value:t,issues:[]},s)}if(o instanceof Promise){throw new r.GT}return o.issues.length===0}const parse_validateAsync=async(e,t,n)=>{const r=n?{...n,async:true,abortEarly:true}:{async:true,abortEarly:true};let s=e._zod.run({value:t,issues:[]},r);if(s instanceof Promise)s=await s;return s.issues.length===0};const _encode=e=>{const t=_parse(e);const fn=(e,n,r,s)=>{const i=r?{...r,direction:"backward"}:{direction:"backward"};return t(e,n,i,finalizeParams(fn,s))};return fn};const vt=_encode(ut);const _decode=e=>{const t=_parse(e);const fn=(e,n,r,s)=>t(e,n,r,finalizeParams(fn,s));return fn};const gt=_decode(ut);const _encodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,n,r,s)=>{const i=r?{...r,direction:"backward"}:{direction:"backward"};return await t(e,n,i,finalizeParams(fn,s))};return fn};const yt=_encodeAsync(ut);const _decodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,n,r,s)=>await t(e,n,r,finalizeParams(fn,s));return fn};const bt=_decodeAsync(ut);const _safeEncode=e=>(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return _safeParse(e)(t,n,s)};const _t=_safeEncode(ut);const _safeDecode=e=>(t,n,r)=>_safeParse(e)(t,n,r);const wt=_safeDecode(ut);const _safeEncodeAsync=e=>async(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return _safeParseAsync(e)(t,n,s)};const kt=_safeEncodeAsync(ut);const _safeDecodeAsync=e=>async(t,n,r)=>_safeParseAsync(e)(t,n,r);const St=_safeDecodeAsync(ut);const xt=new WeakSet([Object.prototype,Error.prototype]);function _lazyMethod(e,t,n){Object.defineProperty(e,t,{configurable:true,enumerable:false,get(){const e=n(this);Object.defineProperty(this,t,{value:e,configurable:true,writable:true});return e},set(e){Object.defineProperty(this,t,{value:e,configurable:true,writable:true})}})}const errors_initializer=(e,t)=>{ct.init(e,t);e.name="ZodError";const n=Object.getPrototypeOf(e);if(xt.has(n))return;xt.add(n);_lazyMethod(n,"format",e=>t=>formatError(e,t));_lazyMethod(n,"flatten",e=>t=>flattenError(e,t));_lazyMethod(n,"addIssue",e=>t=>{e.issues.push(t);e.message=JSON.stringify(e.issues,s.k8,2)});_lazyMethod(n,"addIssues",e=>t=>{e.issues.push(...t);e.message=JSON.stringify(e.issues,s.k8,2)});Object.defineProperty(n,"isEmpty",{configurable:true,enumerable:false,get(){return this.issues.length===0}})};const At=null&&core.$constructor("ZodError",errors_initializer);const Et=r.xI("ZodError",errors_initializer,undefined,{Parent:Error});const Ot=_parse(Et);const $t=_parseAsync(Et);const Pt=_safeParse(Et);const Nt=_safeParseAsync(Et);const Tt=_encode(Et);const It=_decode(Et);const Ct=_encodeAsync(Et);const zt=_decodeAsync(Et);const Rt=_safeEncode(Et);const Lt=_safeDecode(Et);const jt=_safeEncodeAsync(Et);const Dt=_safeDecodeAsync(Et);function _ensureDefaultLocale(){if(!r.cr.localeError)r.$W(en())}function _ensureDefaultMemoizer(){if(!r.cr.memoizer)r.$W({memoizer:memoizer()})}const Mt=r.xI("ZodType",(e,t)=>{_ensureDefaultLocale();g.init(e,t);e.def=t;e.type=t.type;return e},{check(...e){const t=this.def;return this.clone(s.zM(t,{checks:[...t.checks??[],...e.map(e=>typeof e==="function"?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:true})},with(...e){return this.check(...e)},clone(e,t){return s.o8(this,e,t)},brand(){return this},register(e,t){e.add(this,t);return this},refine(e,t){return this.check(refine(e,t))},superRefine(e,t){return this.check(superRefine(e,t))},overwrite(e){return this.check(We.bS(e))},optional(){return optional(this)},exactOptional(){return exactOptional(this)},nullable(){return nullable(this)},nullish(){return optional(nullable(this))},nonoptional(e){return nonoptional(this,e)},array(){return array(this)},or(e){return union([this,e])},and(e){return intersection(this,e)},transform(e){return pipe(this,transform(e))},default(e){return _default(this,e)},prefault(e){return prefault(this,e)},catch(e){return _catch(this,e)},pipe(e){return pipe(this,e)},readonly(){return readonly(this)},describe(e){const t=this.clone();Je.fd.add(t,{description:e});return t},meta(...e){if(e.length===0)return Je.fd.get(this);const t=this.clone();Je.fd.add(t,e[0]);return t},isOptional(){return this.safeParse(undefined).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return s.jD(this,"~standard",{...standardProps(this),jsonSchema:{input:createStandardJSONSchemaMethod(this,"input"),output:createStandardJSONSchemaMethod(this,"output")}})},set"~standard"(e){s.qh(this,"~standard",e)},parse:function _parse(e,t){return Ot(this,e,t,{callee:_parse})},parseAsync:async function _parseAsync(e,t){return await $t(this,e,t,{callee:_parseAsync})},safeParse(e,t){return Pt(this,e,t)},async safeParseAsync(e,t){return Nt(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){s.qh(this,"spa",e)},validate(e,t){return validate(this,e,t)},validateAsync(e,t){return parse_validateAsync(this,e,t)},encode:function _encode(e,t){return Tt(this,e,t,{callee:_encode})},decode:function _decode(e,t){return It(this,e,t,{callee:_decode})},encodeAsync:async function _encodeAsync(e,t){return await Ct(this,e,t,{callee:_encodeAsync})},decodeAsync:async function _decodeAsync(e,t){return await zt(this,e,t,{callee:_decodeAsync})},safeEncode(e,t){return Rt(this,e,t)},safeDecode(e,t){return Lt(this,e,t)},async safeEncodeAsync(e,t){return jt(this,e,t)},async safeDecodeAsync(e,t){return Dt(this,e,t)},toJSONSchema(e){return createToJSONSchemaMethod(this,{})(e)},get description(){return Je.fd.get(this)?.description},get _def(){return this._zod.def}});const Bt=r.xI("_ZodString",(e,t)=>{y.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>stringProcessor(e,t,n,r)},s.un({format:e=>aggregateChecks(e).format??null,minLength:e=>aggregateChecks(e).minimum??null,maxLength:e=>aggregateChecks(e).maximum??null},{regex(...e){return this.check(We.Fk(...e))},includes(...e){return this.check(We.dR(...e))},startsWith(...e){return this.check(We.$S(...e))},endsWith(...e){return this.check(We.ER(...e))},min(...e){return this.check(We.m9(...e))},max(...e){return this.check(We.Eb(...e))},length(...e){return this.check(We.YA(...e))},nonempty(...e){return this.check(We.m9(1,...e))},lowercase(e){return this.check(We.hH(e))},uppercase(e){return this.check(We.qF(e))},trim(){return this.check(We.WN())},normalize(...e){return this.check(We.lo(...e))},toLowerCase(){return this.check(We.Il())},toUpperCase(){return this.check(We.xY())},slugify(){return this.check(We.TL())}}));const Ft=r.xI("ZodString",(e,t)=>{y.init(e,t);Bt.init(e,t)},{email(e){return this.check(We.Mu(Vt,e))},url(e){return this.check(We.Fn(Wt,e))},jwt(e){return this.check(We.rk(yn,e))},emoji(e){return this.check(We.aC(Yt,e))},guid(e){return this.check(We.tB(Gt,e))},uuid(e){return this.check(We.Be(Jt,e))},uuidv4(e){return this.check(We.nA(Jt,e))},uuidv6(e){return this.check(We.pY(Jt,e))},uuidv7(e){return this.check(We.wA(Jt,e))},nanoid(e){return this.check(We.Dl(Qt,e))},cuid(e){return this.check(We.fs(Xt,e))},cuid2(e){return this.check(We.Bj(tn,e))},ulid(e){return this.check(We.Ct(nn,e))},base64(e){return this.check(We.rt(dn,e))},base64url(e){return this.check(We.cU(hn,e))},xid(e){return this.check(We.Pw(rn,e))},ksuid(e){return this.check(We._z(sn,e))},ipv4(e){return this.check(We.Ny(on,e))},ipv6(e){return this.check(We.$O(cn,e))},cidrv4(e){return this.check(We.Uy(un,e))},cidrv6(e){return this.check(We.gP(pn,e))},e164(e){return this.check(We.KB(mn,e))},datetime(e){return this.check(We.G1(qt,e))},date(e){return this.check(We.db(Zt,e))},time(e){return this.check(We.Kn(Kt,e))},duration(e){return this.check(We.f2(Ht,e))}});function string(e){return We.Rl(Ft,e)}const Ut=r.xI("ZodStringFormat",(e,t)=>{b.init(e,t);Bt.init(e,t)});const qt=r.xI("ZodISODateTime",(e,t)=>{L.init(e,t);Ut.init(e,t)});const Zt=r.xI("ZodISODate",(e,t)=>{j.init(e,t);Ut.init(e,t)});const Kt=r.xI("ZodISOTime",(e,t)=>{D.init(e,t);Ut.init(e,t)});const Ht=r.xI("ZodISODuration",(e,t)=>{M.init(e,t);Ut.init(e,t)});const Vt=r.xI("ZodEmail",(e,t)=>{S.init(e,t);Ut.init(e,t)});function email(e){return core._email(Vt,e)}const Gt=r.xI("ZodGUID",(e,t)=>{w.init(e,t);Ut.init(e,t)});function guid(e){return core._guid(Gt,e)}const Jt=r.xI("ZodUUID",(e,t)=>{k.init(e,t);Ut.init(e,t)});function uuid(e){return core._uuid(Jt,e)}function uuidv4(e){return core._uuidv4(Jt,e)}function uuidv6(e){return core._uuidv6(Jt,e)}function uuidv7(e){return core._uuidv7(Jt,e)}const Wt=r.xI("ZodURL",(e,t)=>{O.init(e,t);Ut.init(e,t)});function url(e){return We.Fn(Wt,e)}function httpUrl(e){return core._url(Wt,{protocol:regexes.httpProtocol,hostname:regexes.domain,...util.normalizeParams(e)})}const Yt=r.xI("ZodEmoji",(e,t)=>{$.init(e,t);Ut.init(e,t)});function emoji(e){return core._emoji(Yt,e)}const Qt=r.xI("ZodNanoID",(e,t)=>{P.init(e,t);Ut.init(e,t)});function nanoid(e){return core._nanoid(Qt,e)}const Xt=r.xI("ZodCUID",(e,t)=>{N.init(e,t);Ut.init(e,t)});function cuid(e){return core._cuid(Xt,e)}const tn=r.xI("ZodCUID2",(e,t)=>{T.init(e,t);Ut.init(e,t)});function cuid2(e){return core._cuid2(tn,e)}const nn=r.xI("ZodULID",(e,t)=>{I.init(e,t);Ut.init(e,t)});function ulid(e){return core._ulid(nn,e)}const rn=r.xI("ZodXID",(e,t)=>{z.init(e,t);Ut.init(e,t)});function xid(e){return core._xid(rn,e)}const sn=r.xI("ZodKSUID",(e,t)=>{R.init(e,t);Ut.init(e,t)});function ksuid(e){return core._ksuid(sn,e)}const on=r.xI("ZodIPv4",(e,t)=>{B.init(e,t);Ut.init(e,t)});function ipv4(e){return core._ipv4(on,e)}const an=null&&core.$constructor("ZodMAC",(e,t)=>{core.$ZodMAC.init(e,t);Ut.init(e,t)});function mac(e){return core._mac(an,e)}const cn=r.xI("ZodIPv6",(e,t)=>{U.init(e,t);Ut.init(e,t)});function ipv6(e){return core._ipv6(cn,e)}const un=r.xI("ZodCIDRv4",(e,t)=>{Z.init(e,t);Ut.init(e,t)});function cidrv4(e){return core._cidrv4(un,e)}const pn=r.xI("ZodCIDRv6",(e,t)=>{K.init(e,t);Ut.init(e,t)});function cidrv6(e){return core._cidrv6(pn,e)}const dn=r.xI("ZodBase64",(e,t)=>{V.init(e,t);Ut.init(e,t)});function base64(e){return core._base64(dn,e)}const hn=r.xI("ZodBase64URL",(e,t)=>{J.init(e,t);Ut.init(e,t)});function base64url(e){return core._base64url(hn,e)}const mn=r.xI("ZodE164",(e,t)=>{W.init(e,t);Ut.init(e,t)});function e164(e){return core._e164(mn,e)}const vn=null&&core.$constructor("ZodCreditCard",(e,t)=>{core.$ZodCreditCard.init(e,t);Ut.init(e,t)});function creditCard(e){return core._creditCard(vn,e)}const gn=null&&core.$constructor("ZodIBAN",(e,t)=>{core.$ZodIBAN.init(e,t);Ut.init(e,t)});function iban(e){return core._iban(gn,e)}const yn=r.xI("ZodJWT",(e,t)=>{ee.init(e,t);Ut.init(e,t)});function jwt(e){return core._jwt(yn,e)}const bn=null&&core.$constructor("ZodCustomStringFormat",(e,t)=>{core.$ZodCustomStringFormat.init(e,t);Ut.init(e,t)});function stringFormat(e,t,n={}){return core._stringFormat(bn,e,t,n)}function hostname(e){return core._stringFormat(bn,"hostname",regexes.hostname,e)}function hex(e){return core._stringFormat(bn,"hex",regexes.hex,e)}function currencyCode(e){return core._stringFormat(bn,"currency_code",regexes.currencyCode,e)}function hash(e,t){const n=t?.enc??"hex";const r=`${e}_${n}`;const s=core.regexes[r];if(!s)throw new Error(`Unrecognized hash format: ${r}`);return core._stringFormat(bn,r,s,t)}const _n=r.xI("ZodNumber",(e,t)=>{ne.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>numberProcessor(e,t,n,r);e.isFinite=true},s.un({minValue:e=>{const{minimum:t,exclusiveMinimum:n}=aggregateChecks(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:n}=aggregateChecks(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:n}=aggregateChecks(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>aggregateChecks(e).format??null},{gt(e,t){return this.check(We.Tx(e,t))},gte(e,t){return this.check(We.qm(e,t))},min(e,t){return this.check(We.qm(e,t))},lt(e,t){return this.check(We.Au(e,t))},lte(e,t){return this.check(We.Zm(e,t))},max(e,t){return this.check(We.Zm(e,t))},int(e){return this.check(schemas_int(e))},safe(e){return this.check(schemas_int(e))},positive(e){return this.check(We.Tx(0,e))},nonnegative(e){return this.check(We.qm(0,e))},negative(e){return this.check(We.Au(0,e))},nonpositive(e){return this.check(We.Zm(0,e))},multipleOf(e,t){return this.check(We.Hi(e,t))},step(e,t){return this.check(We.Hi(e,t))},finite(){return this}}));function number(e){return We.F7(_n,e)}const wn=r.xI("ZodNumberFormat",(e,t)=>{re.init(e,t);_n.init(e,t)});function schemas_int(e){return We.LK(wn,e)}function float32(e){return core._float32(wn,e)}function float64(e){return core._float64(wn,e)}function int32(e){return core._int32(wn,e)}function uint32(e){return core._uint32(wn,e)}const kn=r.xI("ZodBoolean",(e,t)=>{se.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>booleanProcessor(e,t,n,r)});function schemas_boolean(e){return We._L(kn,e)}const Sn=r.xI("ZodBigInt",(e,t)=>{ie.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>bigintProcessor(e,t,n,r)},s.un({minValue:e=>aggregateChecks(e).minimum??null,maxValue:e=>aggregateChecks(e).maximum??null,format:e=>aggregateChecks(e).format??null},{gte(e,t){return this.check(We.qm(e,t))},min(e,t){return this.check(We.qm(e,t))},gt(e,t){return this.check(We.Tx(e,t))},lt(e,t){return this.check(We.Au(e,t))},lte(e,t){return this.check(We.Zm(e,t))},max(e,t){return this.check(We.Zm(e,t))},positive(e){return this.check(We.Tx(BigInt(0),e))},negative(e){return this.check(We.Au(BigInt(0),e))},nonpositive(e){return this.check(We.Zm(BigInt(0),e))},nonnegative(e){return this.check(We.qm(BigInt(0),e))},multipleOf(e,t){return this.check(We.Hi(e,t))}}));function bigint(e){return core._bigint(Sn,e)}const xn=null&&core.$constructor("ZodBigIntFormat",(e,t)=>{core.$ZodBigIntFormat.init(e,t);Sn.init(e,t)});function int64(e){return core._int64(xn,e)}function uint64(e){return core._uint64(xn,e)}const An=null&&core.$constructor("ZodSymbol",(e,t)=>{core.$ZodSymbol.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.symbolProcessor(e,t,n,r)});function symbol(e){return core._symbol(An,e)}const En=null&&core.$constructor("ZodUndefined",(e,t)=>{core.$ZodUndefined.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.undefinedProcessor(e,t,n,r)});function _undefined(e){return core._undefined(En,e)}const On=r.xI("ZodNull",(e,t)=>{ue.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>nullProcessor(e,t,n,r)});function _null(e){return We.jw(On,e)}const $n=null&&core.$constructor("ZodAny",(e,t)=>{core.$ZodAny.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.anyProcessor(e,t,n,r)});function any(){return core._any($n)}const Pn=r.xI("ZodUnknown",(e,t)=>{fe.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>unknownProcessor(e,t,n,r)});function unknown(){return We.em(Pn)}const Nn=r.xI("ZodNever",(e,t)=>{pe.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>neverProcessor(e,t,n,r)});function never(e){return We.G8(Nn,e)}const Tn=null&&core.$constructor("ZodVoid",(e,t)=>{core.$ZodVoid.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.voidProcessor(e,t,n,r)});function _void(e){return core._void(Tn,e)}const In=r.xI("ZodDate",(e,t)=>{he.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>dateProcessor(e,t,n,r);e.min=(t,n)=>e.check(We.qm(t,n));e.max=(t,n)=>e.check(We.Zm(t,n))},s.un({minDate:e=>{const{minimum:t}=aggregateChecks(e);return t?new Date(t):null},maxDate:e=>{const{maximum:t}=aggregateChecks(e);return t?new Date(t):null}},{}));function date(e){return core._date(In,e)}const Cn=r.xI("ZodArray",(e,t)=>{_ensureDefaultMemoizer();me.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>arrayProcessor(e,t,n,r);e.element=t.element},{min(e,t){return this.check(We.m9(e,t))},nonempty(e){return this.check(We.m9(1,e))},max(e,t){return this.check(We.Eb(e,t))},length(e,t){return this.check(We.YA(e,t))},unwrap(){return this.element}});function array(e,t){return We.dZ(Cn,e,t)}function keyof(e){const t=e._zod.def.shape;return _enum(Object.keys(t))}const zn=r.xI("ZodObject",(e,t)=>{_ensureDefaultMemoizer();ye.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>objectProcessor(e,t,n,r);s.X(e,"shape",e=>e._zod.def.shape,false)},{keyof(){return _enum(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(s.zM(this._zod.def,{catchall:e}))},passthrough(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},loose(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},strict(){return this.clone(s.zM(this._zod.def,{catchall:never()}))},strip(){return this.clone(s.zM(this._zod.def,{catchall:undefined}))},extend(e){return s.X$(this,e)},safeExtend(e){return s.W0(this,e)},merge(e){return s.h1(this,e)},pick(e){return s.Up(this,e)},omit(e){return s.cJ(this,e)},partial(...e){return s.OH(Vn,this,e[0])},exactPartial(...e){return s.OH(Gn,this,e[0],"exactPartial")},required(...e){return s.mw(Qn,this,e[0])}});function object(e,t){const n={type:"object",shape:e??{},...s.A2(t)};return new zn(n)}function strictObject(e,t){return new zn({type:"object",shape:e,catchall:never(),...s.A2(t)})}function looseObject(e,t){return new zn({type:"object",shape:e,catchall:unknown(),...s.A2(t)})}const Rn=r.xI("ZodUnion",(e,t)=>{be.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>unionProcessor(e,t,n,r);e.options=t.options});function union(e,t){return new Rn({type:"union",options:e,...s.A2(t)})}const Ln=null&&core.$constructor("ZodXor",(e,t)=>{Rn.init(e,t);core.$ZodXor.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.unionProcessor(e,t,n,r);e.options=t.options});function xor(e,t){return new Ln({type:"union",options:e,inclusive:false,...util.normalizeParams(t)})}const jn=r.xI("ZodDiscriminatedUnion",(e,t)=>{Rn.init(e,t);we.init(e,t)});function discriminatedUnion(e,t,n){return new jn({type:"union",options:t,discriminator:e,...s.A2(n)})}const Dn=r.xI("ZodIntersection",(e,t)=>{ke.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>intersectionProcessor(e,t,n,r)});function intersection(e,t){return new Dn({type:"intersection",left:e,right:t})}const Mn=r.xI("ZodTuple",(e,t)=>{_ensureDefaultMemoizer();Se.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>tupleProcessor(e,t,n,r)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){const e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(e=>new Vn({type:"optional",innerType:e}))})}});function tuple(e,t,n){const r=t instanceof core.$ZodType;const s=r?n:t;const i=r?t:null;return new Mn({type:"tuple",items:e,rest:i,...util.normalizeParams(s)})}const Bn=r.xI("ZodRecord",(e,t)=>{_ensureDefaultMemoizer();xe.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>recordProcessor(e,t,n,r);e.keyType=t.keyType;e.valueType=t.valueType});function record(e,t,n){if(!t||!t._zod){return new Bn({type:"record",keyType:string(),valueType:e,...s.A2(t)})}return new Bn({type:"record",keyType:e,valueType:t,...s.A2(n)})}function partialRecord(e,t,n){return new Bn({type:"record",keyType:e,valueType:t,...s.A2(n),partial:true})}function looseRecord(e,t,n){return new Bn({type:"record",keyType:e,valueType:t,mode:"loose",...util.normalizeParams(n)})}const Fn=null&&core.$constructor("ZodMap",(e,t)=>{_ensureDefaultMemoizer();core.$ZodMap.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.mapProcessor(e,t,n,r);e.keyType=t.keyType;e.valueType=t.valueType;e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function map(e,t,n){return new Fn({type:"map",keyType:e,valueType:t,...util.normalizeParams(n)})}const Un=null&&core.$constructor("ZodSet",(e,t)=>{_ensureDefaultMemoizer();core.$ZodSet.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.setProcessor(e,t,n,r);e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function set(e,t){return new Un({type:"set",valueType:e,...util.normalizeParams(t)})}const qn=r.xI("ZodEnum",(e,t)=>{Oe.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>enumProcessor(e,t,n,r);e.enum=t.entries;e.options=[...e._zod.values];const n=new Set(Object.keys(t.entries));e.extract=(e,r)=>{const i={};for(const r of e){if(n.has(r)){i[r]=t.entries[r]}else throw new Error(`Key ${r} not found in enum`)}return new qn({...t,checks:[],...s.A2(r),entries:i})};e.exclude=(e,r)=>{const i={...t.entries};for(const t of e){if(n.has(t)){delete i[t]}else throw new Error(`Key ${t} not found in enum`)}return new qn({...t,checks:[],...s.A2(r),entries:i})}});function _enum(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new qn({type:"enum",entries:n,...s.A2(t)})}function nativeEnum(e,t){return new qn({type:"enum",entries:e,...util.normalizeParams(t)})}const Zn=r.xI("ZodLiteral",(e,t)=>{$e.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>literalProcessor(e,t,n,r);e.values=new Set(t.values);Object.defineProperty(e,"value",{get(){if(t.values.length>1){throw new Error("This schema contains multiple valid literal values. Use `.values` instead.")}return t.values[0]}})});function literal(e,t){return new Zn({type:"literal",values:Array.isArray(e)?e:[e],...s.A2(t)})}const Kn=null&&core.$constructor("ZodFile",(e,t)=>{core.$ZodFile.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.fileProcessor(e,t,n,r);e.min=(t,n)=>e.check(core._minSize(t,n));e.max=(t,n)=>e.check(core._maxSize(t,n));e.mime=(t,n)=>e.check(core._mime(Array.isArray(t)?t:[t],n))});function file(e){return core._file(Kn,e)}const Hn=r.xI("ZodTransform",(e,t)=>{_ensureDefaultMemoizer();Ne.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>transformProcessor(e,t,n,r);e._zod.parse=(n,i)=>{if(i.direction==="backward"){throw new r.cV(e.constructor.name)}n.addIssue=r=>{if(typeof r==="string"){n.issues.push(s.sn(r,n.value,t))}else{const t=r;if(t.fatal)t.continue=false;t.code??(t.code="custom");if(!("input"in t))t.input=n.value;t.inst??(t.inst=e);n.issues.push(s.sn(t))}};const o=t.transform(n.value,n);if(o instanceof Promise){return o.then(e=>{n.value=e;return n})}n.value=o;return n}});function transform(e){return new Hn({type:"transform",transform:e})}const Vn=r.xI("ZodOptional",(e,t)=>{Te.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>optionalProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function optional(e){return new Vn({type:"optional",innerType:e})}const Gn=r.xI("ZodExactOptional",(e,t)=>{Ie.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>optionalProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function exactOptional(e){return new Gn({type:"optional",innerType:e})}const Jn=r.xI("ZodNullable",(e,t)=>{Ce.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>nullableProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function nullable(e){return new Jn({type:"nullable",innerType:e})}function nullish(e){return optional(nullable(e))}const Wn=r.xI("ZodDefault",(e,t)=>{ze.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>defaultProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType;e.removeDefault=e.unwrap});function _default(e,t){return new Wn({type:"default",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const Yn=r.xI("ZodPrefault",(e,t)=>{Re.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>prefaultProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function prefault(e,t){return new Yn({type:"prefault",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const Qn=r.xI("ZodNonOptional",(e,t)=>{Le.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>nonoptionalProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function nonoptional(e,t){return new Qn({type:"nonoptional",innerType:e,...s.A2(t)})}const Xn=null&&core.$constructor("ZodSuccess",(e,t)=>{core.$ZodSuccess.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.successProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function success(e){return new Xn({type:"success",innerType:e})}const er=r.xI("ZodCatch",(e,t)=>{De.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>catchProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType;e.removeCatch=e.unwrap});function _catch(e,t){return new er({type:"catch",innerType:e,catchValue:typeof t==="function"?t:s.SS(t)})}const tr=null&&core.$constructor("ZodNaN",(e,t)=>{core.$ZodNaN.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.nanProcessor(e,t,n,r)});function nan(e){return core._nan(tr,e)}const nr=r.xI("ZodPipe",(e,t)=>{Be.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>pipeProcessor(e,t,n,r);e.in=t.in;e.out=t.out});function pipe(e,t){return new nr({type:"pipe",in:e,out:t})}const rr=null&&core.$constructor("ZodCodec",(e,t)=>{nr.init(e,t);core.$ZodCodec.init(e,t)});function codec(e,t,n){return new rr({type:"pipe",in:e,out:t,transform:n.decode,reverseTransform:n.encode})}function invertCodec(e){const t=e._zod.def;return new rr({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}const sr=null&&core.$constructor("ZodPreprocess",(e,t)=>{nr.init(e,t);core.$ZodPreprocess.init(e,t)});const ir=r.xI("ZodReadonly",(e,t)=>{qe.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>readonlyProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function readonly(e){return new ir({type:"readonly",innerType:e})}const or=null&&core.$constructor("ZodTemplateLiteral",(e,t)=>{core.$ZodTemplateLiteral.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.templateLiteralProcessor(e,t,n,r)});function templateLiteral(e,t){return new or({type:"template_literal",parts:e,...util.normalizeParams(t)})}const ar=r.xI("ZodLazy",(e,t)=>{Ve.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>lazyProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.getter()});function lazy(e){return new ar({type:"lazy",getter:e})}const cr=null&&core.$constructor("ZodPromise",(e,t)=>{core.$ZodPromise.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.promiseProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function promise(e){return new cr({type:"promise",innerType:e})}const ur=null&&core.$constructor("ZodFunction",(e,t)=>{core.$ZodFunction.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.functionProcessor(e,t,n,r)});function _function(e){return new ur({type:"function",input:Array.isArray(e?.input)?tuple(e?.input):e?.input??array(unknown()),output:e?.output??unknown()})}const lr=r.xI("ZodCustom",(e,t)=>{Ge.init(e,t);Mt.init(e,t);e._zod.processJSONSchema=(t,n,r)=>customProcessor(e,t,n,r)});function check(e){const t=new core.$ZodCheck({check:"custom"});t._zod.check=e;return t}function custom(e,t){return core._custom(lr,e??(()=>true),t)}function refine(e,t={}){return We.fU(lr,e,t)}function superRefine(e,t){return We.MB(e,t)}const fr=We.q0;const pr=We.mI;const dr=r.xI("ZodInstanceOf",(e,t)=>{lr.init(e,t)},{properties(e,t){return this.check(We.T2(e,t))}});function _instanceof(e,t={}){const n=new dr({type:"custom",check:"custom",fn:t=>t instanceof e,abort:true,...util.normalizeParams(t)});n._zod.bag.Class=e;n._zod.check=t=>{if(!(t.value instanceof e)){t.issues.push({code:"invalid_type",expected:e.name,input:t.value,inst:n,path:[...n._zod.def.path??[]]})}};return n}const stringbool=(...e)=>core._stringbool({Codec:rr,Boolean:kn,String:Ft},...e);function json(e){const t=lazy(()=>union([string(e),number(),schemas_boolean(),_null(),array(t),record(string(),t)]));return t}function preprocess(e,t){return new sr({type:"pipe",in:transform(e),out:t})}},3759:(e,t,n)=>{n.d(t,{$O:()=>_ipv6,$S:()=>_startsWith,Au:()=>_lt,Be:()=>_uuid,Bj:()=>_cuid2,Ct:()=>_ulid,Dl:()=>_nanoid,ER:()=>_endsWith,Eb:()=>_maxLength,F7:()=>_number,Fk:()=>_regex,Fn:()=>_url,G1:()=>_isoDateTime,G8:()=>_never,Hi:()=>_multipleOf,Il:()=>_toLowerCase,KB:()=>_e164,Kn:()=>_isoTime,LK:()=>_int,MB:()=>_superRefine,Mu:()=>_email,Ny:()=>_ipv4,Pw:()=>_xid,Rl:()=>_string,T2:()=>_properties,TL:()=>_slugify,Tx:()=>_gt,Uy:()=>_cidrv4,WN:()=>_trim,YA:()=>_length,Zm:()=>_lte,_L:()=>_boolean,_z:()=>_ksuid,aC:()=>_emoji,bS:()=>_overwrite,cU:()=>_base64url,dR:()=>_includes,dZ:()=>_array,db:()=>_isoDate,em:()=>_unknown,f2:()=>_isoDuration,fU:()=>_refine,fs:()=>_cuid,gP:()=>_cidrv6,hH:()=>_lowercase,jw:()=>_null,lo:()=>_normalize,m9:()=>_minLength,mI:()=>meta,nA:()=>_uuidv4,pY:()=>_uuidv6,q0:()=>describe,qF:()=>_uppercase,qm:()=>_gte,rk:()=>_jwt,rt:()=>_base64,tB:()=>_guid,wA:()=>_uuidv7,xY:()=>_toUpperCase});var r=n(4890);var s=n(9396);var i=n(4723);function snapshotChecks(e){if(e.checks)e.checks=[...e.checks];return e}function _string(e,t){return new e(snapshotChecks({type:"string",...i.A2(t)}))}function _coercedString(e,t){return new e(snapshotChecks({type:"string",coerce:true,...util.normalizeParams(t)}))}function _email(e,t){return new e({type:"string",format:"email",check:"string_format",abort:false,...i.A2(t)})}function _guid(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:false,...i.A2(t)})}function _uuid(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,...i.A2(t)})}function _uuidv4(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v4",...i.A2(t)})}function _uuidv6(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v6",...i.A2(t)})}function _uuidv7(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v7",...i.A2(t)})}function _url(e,t){return new e({type:"string",format:"url",check:"string_format",abort:false,...i.A2(t)})}function _emoji(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:false,...i.A2(t)})}function _nanoid(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:false,...i.A2(t)})}function _cuid(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:false,...i.A2(t)})}function _cuid2(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:false,...i.A2(t)})}function _ulid(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:false,...i.A2(t)})}function _xid(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:false,...i.A2(t)})}function _ksuid(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:false,...i.A2(t)})}function _ipv4(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:false,...i.A2(t)})}function _ipv6(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:false,...i.A2(t)})}function _mac(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:false,...util.normalizeParams(t)})}function _cidrv4(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:false,...i.A2(t)})}function _cidrv6(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:false,...i.A2(t)})}function _base64(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:false,...i.A2(t)})}function _base64url(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:false,...i.A2(t)})}function _e164(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:false,...i.A2(t)})}function _creditCard(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:false,...util.normalizeParams(t)})}function _iban(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:false,...util.normalizeParams(t)})}function _jwt(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:false,...i.A2(t)})}const o={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function _isoDateTime(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:false,local:false,precision:null,...i.A2(t)})}function _isoDate(e,t){return new e({type:"string",format:"date",check:"string_format",...i.A2(t)})}function _isoTime(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...i.A2(t)})}function _isoDuration(e,t){return new e({type:"string",format:"duration",check:"string_format",...i.A2(t)})}function _number(e,t){return new e(snapshotChecks({type:"number",checks:[],...i.A2(t)}))}function _coercedNumber(e,t){return new e(snapshotChecks({type:"number",coerce:true,checks:[],...util.normalizeParams(t)}))}function _int(e,t){return new e({type:"number",check:"number_format",abort:false,format:"safeint",...i.A2(t)})}function _float32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float32",...util.normalizeParams(t)})}function _float64(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float64",...util.normalizeParams(t)})}function _int32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"int32",...util.normalizeParams(t)})}function _uint32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"uint32",...util.normalizeParams(t)})}function _boolean(e,t){return new e({type:"boolean",...i.A2(t)})}function _coercedBoolean(e,t){return new e({type:"boolean",coerce:true,...util.normalizeParams(t)})}function _bigint(e,t){return new e({type:"bigint",...util.normalizeParams(t)})}function _coercedBigint(e,t){return new e({type:"bigint",coerce:true,...util.normalizeParams(t)})}function _int64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"int64",...util.normalizeParams(t)})}function _uint64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"uint64",...util.normalizeParams(t)})}function _symbol(e,t){return new e({type:"symbol",...util.normalizeParams(t)})}function _undefined(e,t){return new e({type:"undefined",...util.normalizeParams(t)})}function _null(e,t){return new e({type:"null",...i.A2(t)})}function _any(e){return new e({type:"any"})}function _unknown(e){return new e({type:"unknown"})}function _never(e,t){return new e({type:"never",...i.A2(t)})}function _void(e,t){return new e({type:"void",...util.normalizeParams(t)})}function _date(e,t){return new e({type:"date",...util.normalizeParams(t)})}function _coercedDate(e,t){return new e({type:"date",coerce:true,...util.normalizeParams(t)})}function _nan(e,t){return new e({type:"nan",...util.normalizeParams(t)})}function _lt(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:false})}function _lte(e,t){return new r.sm({check:"less_than",...i.A2(t),value:e,inclusive:true})}function _gt(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:false})}function _gte(e,t){return new r.J_({check:"greater_than",...i.A2(t),value:e,inclusive:true})}function _positive(e){return _gt(0,e)}function _negative(e){return _lt(0,e)}function _nonpositive(e){return _lte(0,e)}function _nonnegative(e){return _gte(0,e)}function _multipleOf(e,t){return new r.Jk({check:"multiple_of",...i.A2(t),value:e})}function _maxSize(e,t){return new checks.$ZodCheckMaxSize({check:"max_size",...util.normalizeParams(t),maximum:e})}function _minSize(e,t){return new checks.$ZodCheckMinSize({check:"min_size",...util.normalizeParams(t),minimum:e})}function _size(e,t){return new checks.$ZodCheckSizeEquals({check:"size_equals",...util.normalizeParams(t),size:e})}function _maxLength(e,t){const n=new r.Yk({check:"max_length",...i.A2(t),maximum:e});return n}function _minLength(e,t){return new r.Kk({check:"min_length",...i.A2(t),minimum:e})}function _length(e,t){return new r.RM({check:"length_equals",...i.A2(t),length:e})}function _regex(e,t){return new r.DG({check:"string_format",format:"regex",...i.A2(t),pattern:e})}function _lowercase(e){return new r.NI({check:"string_format",format:"lowercase",...i.A2(e)})}function _uppercase(e){return new r.kH({check:"string_format",format:"uppercase",...i.A2(e)})}function _includes(e,t){return new r.Tt({check:"string_format",format:"includes",...i.A2(t),includes:e})}function _startsWith(e,t){return new r.J({check:"string_format",format:"starts_with",...i.A2(t),prefix:e})}function _endsWith(e,t){return new r.E6({check:"string_format",format:"ends_with",...i.A2(t),suffix:e})}function _property(e,t,n){return new checks.$ZodCheckProperty({check:"property",property:e,schema:t,...util.normalizeParams(n)})}function _properties(e,t){return new r.nJ({check:"properties",shape:e,...i.A2(t)})}function _mime(e,t){return new checks.$ZodCheckMimeType({check:"mime_type",mime:e,...util.normalizeParams(t)})}function _overwrite(e){return new r.v$({check:"overwrite",tx:e})}function _normalize(e){return _overwrite(t=>t.normalize(e))}function _trim(){return _overwrite(e=>e.trim())}function _toLowerCase(){return _overwrite(e=>e.toLowerCase())}function _toUpperCase(){return _overwrite(e=>e.toUpperCase())}function _slugify(){return _overwrite(e=>i.Yv(e))}function _array(e,t,n){return new e({type:"array",element:t,...i.A2(n)})}function _union(e,t,n){return new e({type:"union",options:t,...util.normalizeParams(n)})}function _xor(e,t,n){return new e({type:"union",options:t,inclusive:false,...util.normalizeParams(n)})}function _discriminatedUnion(e,t,n,r){return new e({type:"union",options:n,discriminator:t,...util.normalizeParams(r)})}function _intersection(e,t,n){return new e({type:"intersection",left:t,right:n})}function _tuple(e,t,n,r){const s=n instanceof schemas.$ZodType;const i=s?r:n;const o=s?n:null;return new e({type:"tuple",items:t,rest:o,...util.normalizeParams(i)})}function _record(e,t,n,r){return new e({type:"record",keyType:t,valueType:n,...util.normalizeParams(r)})}function _map(e,t,n,r){return new e({type:"map",keyType:t,valueType:n,...util.normalizeParams(r)})}function _set(e,t,n){return new e({type:"set",valueType:t,...util.normalizeParams(n)})}function _enum(e,t,n){const r=Array.isArray(t)?Object.fromEntries(t.map(e=>[e,e])):t;return new e({type:"enum",entries:r,...util.normalizeParams(n)})}function _nativeEnum(e,t,n){return new e({type:"enum",entries:t,...util.normalizeParams(n)})}function _literal(e,t,n){return new e({type:"literal",values:Array.isArray(t)?t:[t],...util.normalizeParams(n)})}function _file(e,t){return new e({type:"file",...util.normalizeParams(t)})}function _transform(e,t){return new e({type:"transform",transform:t})}function _optional(e,t){return new e({type:"optional",innerType:t})}function _nullable(e,t){return new e({type:"nullable",innerType:t})}function _default(e,t,n){return new e({type:"default",innerType:t,get defaultValue(){return typeof n==="function"?n():util.shallowClone(n)}})}function _nonoptional(e,t,n){return new e({type:"nonoptional",innerType:t,...util.normalizeParams(n)})}function _success(e,t){return new e({type:"success",innerType:t})}function _catch(e,t,n){return new e({type:"catch",innerType:t,catchValue:typeof n==="function"?n:util.constantCatch(n)})}function _pipe(e,t,n){return new e({type:"pipe",in:t,out:n})}function _readonly(e,t){return new e({type:"readonly",innerType:t})}function _templateLiteral(e,t,n){return new e({type:"template_literal",parts:t,...util.normalizeParams(n)})}function _lazy(e,t){return new e({type:"lazy",getter:t})}function _promise(e,t){return new e({type:"promise",innerType:t})}function _custom(e,t,n){const r=util.normalizeParams(n);r.abort??(r.abort=true);const s=new e({type:"custom",check:"custom",fn:t,...r});return s}function _refine(e,t,n){const r=new e({type:"custom",check:"custom",fn:t,...i.A2(n)});return r}function _superRefine(e,t){const n=_check(t=>{t.addIssue=e=>{if(typeof e==="string"){t.issues.push(i.sn(e,t.value,n._zod.def))}else{const r=e;if(r.fatal)r.continue=false;r.code??(r.code="custom");if(!("input"in r))r.input=t.value;r.inst??(r.inst=n);r.continue??(r.continue=!n._zod.def.abort);t.issues.push(i.sn(r))}};return e(t.value,t)},t);return n}function _check(e,t){const n=new r.QP({check:"custom",...i.A2(t)});n._zod.check=e;return n}function describe(e){const t=new r.QP({check:"describe"});t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,description:e})}];t._zod.check=()=>{};return t}function meta(e){const t=new r.QP({check:"meta"});t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,...e})}];t._zod.check=()=>{};return t}function _stringbool(e,t){const n=util.normalizeParams(t);let r=n.truthy??["true","1","yes","on","y","enabled"];let s=n.falsy??["false","0","no","off","n","disabled"];if(n.case!=="sensitive"){r=r.map(e=>typeof e==="string"?e.toLowerCase():e);s=s.map(e=>typeof e==="string"?e.toLowerCase():e)}const i=new Set(r);const o=new Set(s);const a=e.Codec??schemas.$ZodCodec;const c=e.Boolean??schemas.$ZodBoolean;const u=e.String??schemas.$ZodString;const l=new u({type:"string",error:n.error});const f=new c({type:"boolean",error:n.error});const p=new a({type:"pipe",in:l,out:f,transform:(e,t)=>{let r=e;if(n.case!=="sensitive")r=r.toLowerCase();if(i.has(r)){return true}else if(o.has(r)){return false}else{t.issues.push({code:"invalid_value",expected:"stringbool",values:[...i,...o],input:t.value,inst:p,continue:false});return{}}},reverseTransform:(e,t)=>{if(e===true){return r[0]||"true"}else{return s[0]||"false"}},error:n.error});p._zod.bag.truthy=r;p._zod.bag.falsy=s;p._zod.bag.case=n.case??"insensitive";return p}function _stringFormat(e,t,n,r={}){const s=util.normalizeParams(r);const i={check:"string_format",type:"string",format:t,fn:typeof n==="function"?n:e=>n.test(e),...s};if(n instanceof RegExp){i.pattern=n}const o=new e(i);return o}},4890:(e,t,n)=>{n.d(t,{DG:()=>w,E6:()=>E,J:()=>A,J_:()=>u,Jk:()=>l,KH:()=>f,Kk:()=>g,NI:()=>k,QP:()=>o,RM:()=>y,Tt:()=>x,Yk:()=>v,kH:()=>S,nJ:()=>$,ql:()=>b,sm:()=>c,v$:()=>N});var r=n(8532);var s=n(3908);var i=n(4723);const o=r.xI("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={});e._zod.def=t;(n=e._zod).onattach??(n.onattach=[])});const _whenHasSize=e=>{const t=e.value;return!util.nullish(t)&&t.size!==undefined};const _whenHasLength=e=>{const t=e.value;return!i.cl(t)&&t.length!==undefined};const a={number:"number",bigint:"bigint",object:"date"};const c=r.xI("$ZodCheckLessThan",(e,t)=>{o.init(e,t);const n=a[typeof t.value];e._zod.check=r=>{if(t.inclusive?r.value<=t.value:r.value<t.value){return}r.issues.push({origin:a[typeof r.value]??n,code:"too_big",maximum:typeof t.value==="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const u=r.xI("$ZodCheckGreaterThan",(e,t)=>{o.init(e,t);const n=a[typeof t.value];e._zod.check=r=>{if(t.inclusive?r.value>=t.value:r.value>t.value){return}r.issues.push({origin:a[typeof r.value]??n,code:"too_small",minimum:typeof t.value==="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const l=r.xI("$ZodCheckMultipleOf",(e,t)=>{o.init(e,t);e._zod.check=n=>{if(typeof n.value!==typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");const r=typeof n.value==="bigint"?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):i.LG(n.value,t.value)===0;if(r)return;n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}});const f=r.xI("$ZodCheckNumberFormat",(e,t)=>{o.init(e,t);t.format=t.format||"float64";const n=t.format?.includes("int");const r=n?"int":"number";const[s,a]=i.zH[t.format];e._zod.check=i=>{const o=i.value;if(n){if(!Number.isInteger(o)){i.issues.push({expected:r,format:t.format,code:"invalid_type",continue:false,input:o,inst:e});return}if(!Number.isSafeInteger(o)){if(o>0){i.issues.push({input:o,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:true,continue:!t.abort})}else{i.issues.push({input:o,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:true,continue:!t.abort})}return}}if(o<s){i.issues.push({origin:"number",input:o,code:"too_small",minimum:s,inclusive:true,inst:e,continue:!t.abort})}if(o>a){i.issues.push({origin:"number",input:o,code:"too_big",maximum:a,inclusive:true,inst:e,continue:!t.abort})}}});const p=null&&core.$constructor("$ZodCheckBigIntFormat",(e,t)=>{o.init(e,t);const[n,r]=util.BIGINT_FORMAT_RANGES[t.format];e._zod.check=s=>{const i=s.value;if(i<n){s.issues.push({origin:"bigint",input:i,code:"too_small",minimum:n,inclusive:true,inst:e,continue:!t.abort})}if(i>r){s.issues.push({origin:"bigint",input:i,code:"too_big",maximum:r,inclusive:true,inst:e,continue:!t.abort})}}});const d=null&&core.$constructor("$ZodCheckMaxSize",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s<=t.maximum)return;n.issues.push({origin:util.getSizableOrigin(r),code:"too_big",maximum:t.maximum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const h=null&&core.$constructor("$ZodCheckMinSize",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s>=t.minimum)return;n.issues.push({origin:util.getSizableOrigin(r),code:"too_small",minimum:t.minimum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const m=null&&core.$constructor("$ZodCheckSizeEquals",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s===t.size)return;const i=s>t.size;n.issues.push({origin:util.getSizableOrigin(r),...i?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:true,exact:true,input:n.value,inst:e,continue:!t.abort})}});const v=r.xI("$ZodCheckMaxLength",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const o=typeof r==="string"&&s>t.maximum?i.O7(r):s;if(o<=t.maximum)return;const a=i.Rc(r);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const g=r.xI("$ZodCheckMinLength",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const o=typeof r==="string"&&s>=t.minimum&&s<t.minimum*2?i.O7(r):s;if(o>=t.minimum)return;const a=i.Rc(r);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const y=r.xI("$ZodCheckLengthEquals",(e,t)=>{var n;o.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const o=typeof r==="string"&&s>=t.length&&s<=t.length*2?i.O7(r):s;if(o===t.length)return;const a=i.Rc(r);const c=o>t.length;n.issues.push({origin:a,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:true,exact:true,input:n.value,inst:e,continue:!t.abort})}});const b=r.xI("$ZodCheckStringFormat",(e,t)=>{var n,r;o.init(e,t);if(t.pattern)(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0;if(t.pattern.test(n.value))return;n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})});else(r=e._zod).check??(r.check=()=>{})});const w=r.xI("$ZodCheckRegex",(e,t)=>{b.init(e,t);e._zod.check=n=>{t.pattern.lastIndex=0;if(t.pattern.test(n.value))return;n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}});const k=r.xI("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=s.AC);b.init(e,t)});const S=r.xI("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=s.Zv);b.init(e,t)});const x=r.xI("$ZodCheckIncludes",(e,t)=>{o.init(e,t);const n=i.sD(t.includes);const r=new RegExp(typeof t.position==="number"?`^.{${t.position},}${n}`:n);t.pattern=r;e._zod.check=n=>{if(n.value.includes(t.includes,t.position))return;n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}});const A=r.xI("$ZodCheckStartsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`^${i.sD(t.prefix)}.*`);t.pattern??(t.pattern=n);e._zod.check=n=>{if(n.value.startsWith(t.prefix))return;n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}});const E=r.xI("$ZodCheckEndsWith",(e,t)=>{o.init(e,t);const n=new RegExp(`.*${i.sD(t.suffix)}$`);t.pattern??(t.pattern=n);e._zod.check=n=>{if(n.value.endsWith(t.suffix))return;n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function handleCheckPropertyResult(e,t,n){if(e.issues.length){t.issues.push(...i.lQ(n,e.issues))}}const O=null&&core.$constructor("$ZodCheckProperty",(e,t)=>{o.init(e,t);e._zod.check=e=>{const n=t.schema._zod.run({value:e.value[t.property],issues:[]},{});if(n instanceof Promise){return n.then(n=>handleCheckPropertyResult(n,e,t.property))}handleCheckPropertyResult(n,e,t.property);return}});const $=r.xI("$ZodCheckProperties",(e,t)=>{o.init(e,t);i.jD(e,Symbol.iterator,function*(){yield e});let n;e._zod.check=r=>{if(r.value==null){r.issues.push({expected:"object",code:"invalid_type",input:r.value,inst:e});return undefined}n??(n=Reflect.ownKeys(t.shape).map(e=>[e,t.shape[e]]));const s=r.value;let i;for(const[e,t]of n){const n=t._zod.run({value:s[e],issues:[]},{});if(n instanceof Promise){i??(i=[]);i.push(n.then(t=>handleCheckPropertyResult(t,r,e)))}else{handleCheckPropertyResult(n,r,e)}}if(i)return Promise.all(i).then(()=>undefined);return undefined}});const P=null&&core.$constructor("$ZodCheckMimeType",(e,t)=>{o.init(e,t);const n=new Set(t.mime);e._zod.check=r=>{if(n.has(r.value.type))return;r.issues.push({code:"invalid_value",values:t.mime,input:r.value.type,inst:e,continue:!t.abort})}});const N=r.xI("$ZodCheckOverwrite",(e,t)=>{o.init(e,t);e._zod.check=e=>{e.value=t.tx(e.value)}})},8532:(e,t,n)=>{n.d(t,{$W:()=>config,GT:()=>$ZodAsyncError,cV:()=>$ZodEncodeError,cr:()=>u,xI:()=>$constructor});var r=n(4723);var s;const i=Object.freeze({status:"aborted"});const o={value:undefined,enumerable:false};let a="captureStackTrace"in Error?Error:null;function newError(e){const t=a;if(t){const n=t.stackTraceLimit;if(typeof n==="number"){try{t.stackTraceLimit=0}catch{a=null;return new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function $constructor(e,t,n,s){const i={};function Internals(e){this.def=e;this.constr=_;this.traits=new Set}Internals.prototype=i;const a=n;const c=a&&new WeakSet;function init(n,s){if(!n._zod){o.value=new Internals(s);try{Object.defineProperty(n,"_zod",o)}finally{o.value=undefined}}else if(n._zod.traits.has(e)){return}n._zod.traits.add(e);t(n,s);if(c){const e=Object.getPrototypeOf(n);const t=n._zod.constr.prototype;let s=e;while(s&&s!==t)s=Object.getPrototypeOf(s);const i=s??e;if(!c.has(i)){c.add(i);(0,r.ol)(i,a)}}const i=_.prototype;for(const e in i){if(!Object.prototype.hasOwnProperty.call(i,e))continue;if(!(e in n)){n[e]=i[e].bind(n)}}}const u=s?.Parent??Object;class Definition extends u{}Object.defineProperty(Definition,"name",{value:e});function _(e){const t=s?.Parent?newError(Definition):this;init(t,e);const n=t._zod.deferred;if(n){for(const e of n){e()}t._zod.deferred=undefined}const r=globalThis.__zod_globalConfig?.postProcessor;if(r)r(t);return t}Object.defineProperty(_,"init",{value:init});Object.defineProperty(_,Symbol.hasInstance,{value:t=>{if(s?.Parent&&t instanceof s.Parent)return true;return t?._zod?.traits?.has(e)}});Object.defineProperty(_,"name",{value:e});return _}const c=null&&Symbol("zod_brand");class $ZodAsyncError extends Error{constructor(){super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`)}}class $ZodEncodeError extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`);this.name="ZodEncodeError"}}(s=globalThis).__zod_globalConfig??(s.__zod_globalConfig={});const u=globalThis.__zod_globalConfig;function config(e){if(e)Object.assign(u,e);return u}},3908:(e,t,n)=>{n.d(t,{AC:()=>H,Ak:()=>c,D2:()=>nanoidOfLength,F:()=>T,Gl:()=>s,K3:()=>O,Os:()=>f,Rp:()=>m,Z0:()=>i,Zg:()=>emoji,Zv:()=>V,ai:()=>U,ch:()=>Z,fO:()=>a,gF:()=>r,gp:()=>M,hQ:()=>I,kB:()=>time,kM:()=>o,l7:()=>E,nd:()=>F,o:()=>B,p0:()=>u,p6:()=>D,r0:()=>$,uR:()=>uuid,uX:()=>S,ug:()=>x,w$:()=>datetime,zM:()=>q,zr:()=>A});const r=/^[cC][0-9a-z]{6,}$/;const s=/^[0-9a-z]+$/;const i=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;const o=/^[0-9a-vA-V]{20}$/;const a=/^[A-Za-z0-9]{27}$/;const c=/^[a-zA-Z0-9_-]{21}$/;function nanoidOfLength(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}const u=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;const l=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;const f=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;const uuid=e=>{if(!e)return/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)};const p=null&&uuid(4);const d=null&&uuid(6);const h=null&&uuid(7);const m=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;const v=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const g=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;const y=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u;const b=null&&y;const w=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const k=`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;function emoji(){return new RegExp(k,"u")}const S=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;const x=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;const mac=e=>{const t=util.escapeRegex(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)};const A=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;const E=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;const O=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;const $=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;const P=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;const N=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;const T=/^https?$/;const I=/^\+[1-9]\d{6,14}$/;const z=/^\d(?:[ -]?\d){11,18}$/;const R=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;const L=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;const j=`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;function anchor(e){return new RegExp(`^${e}$`)}const D=anchor(j);function timeSource(e){const t=`(?:[01]\\d|2[0-3]):[0-5]\\d`;const n=typeof e.precision==="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;return n}function time(e){return new RegExp(`^${timeSource(e)}$`)}function datetime(e){const t=["Z"];if(e.offset)t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);const n=`${timeSource({precision:e.precision,seconds:true})}(?:${t.join("|")})`;const r=e.local?`${n}|${timeSource({precision:e.precision})}`:n;return new RegExp(`^${j}T(?:${r})$`)}const M=/^[\s\S]{0,}$/;const string=e=>{const t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:`[\\s\\S]*`;return new RegExp(`^${t}$`)};const B=/^-?\d+n?$/;const F=/^-?\d+$/;const U=/^-?\d+(?:\.\d+)?$/;const q=/^(?:true|false)$/i;const Z=/^null$/i;const K=/^undefined$/i;const H=/^[^A-Z]*$/;const V=/^[^a-z]*$/;const G=/^[0-9a-fA-F]*$/;function fixedBase64(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function fixedBase64url(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}const J=/^[0-9a-fA-F]{32}$/;const W=null&&fixedBase64(22,"==");const Y=null&&fixedBase64url(22);const Q=/^[0-9a-fA-F]{40}$/;const X=null&&fixedBase64(27,"=");const ee=null&&fixedBase64url(27);const te=/^[0-9a-fA-F]{64}$/;const ne=null&&fixedBase64(43,"=");const re=null&&fixedBase64url(43);const se=/^[0-9a-fA-F]{96}$/;const ie=null&&fixedBase64(64,"");const oe=null&&fixedBase64url(64);const ae=/^[0-9a-fA-F]{128}$/;const ce=null&&fixedBase64(86,"==");const ue=null&&fixedBase64url(86)},9396:(e,t,n)=>{n.d(t,{fd:()=>o});var r;const s=null&&Symbol("ZodOutput");const i=null&&Symbol("ZodInput");class $ZodRegistry{constructor(){this._map=new WeakMap;this._idmap=new Map}add(e,...t){const n=t[0];this._map.set(e,n);if(n&&typeof n==="object"&&"id"in n){this._idmap.set(n.id,e)}return this}clear(){this._map=new WeakMap;this._idmap=new Map;return this}remove(e){const t=this._map.get(e);if(t&&typeof t==="object"&&"id"in t){this._idmap.delete(t.id)}this._map.delete(e);return this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const r={...n,...this._map.get(e)};return Object.keys(r).length?r:undefined}return this._map.get(e)}has(e){return this._map.has(e)}}function registry(){return new $ZodRegistry}(r=globalThis).__zod_globalRegistry??(r.__zod_globalRegistry=registry());const o=globalThis.__zod_globalRegistry},4723:(e,t,n)=>{n.d(t,{A2:()=>normalizeParams,B7:()=>stringifyPrimitive,GW:()=>parsedType,Gv:()=>isObject,LG:()=>floatSafeRemainder,MO:()=>rawShape,NM:()=>optionalKeys,NR:()=>l,O7:()=>codePointLength,OH:()=>partial,PO:()=>cached,QH:()=>aborted,Qd:()=>isPlainObject,Rc:()=>getLengthableOrigin,SS:()=>constantCatch,UQ:()=>esc,Up:()=>pick,Vy:()=>assignProp,W0:()=>safeExtend,X:()=>installLazyProp,X$:()=>extend,Yv:()=>slugify,cJ:()=>omit,cl:()=>nullish,d3:()=>attachSchema,gJ:()=>defineLazy,gx:()=>i,h1:()=>merge,hI:()=>o,hi:()=>sizeCaps,iR:()=>finalizeIssue,jD:()=>hide,jw:()=>joinValues,k8:()=>jsonStringifyReplacer,lQ:()=>prefixIssues,mw:()=>required,o8:()=>clone,ol:()=>members,p6:()=>cleanRegex,qQ:()=>a,qh:()=>own,rL:()=>explicitlyAborted,sD:()=>escapeRegex,sn:()=>issue,un:()=>derived,v5:()=>defineLazyInternal,w5:()=>getEnumValues,yG:()=>shallowClone,zH:()=>u,zM:()=>mergeDefs});var r=n(8532);function assertEqual(e){return e}function assertNotEqual(e){return e}function toZod(){return e=>e}function assertIs(e){}function assertNever(e){throw new Error("Unexpected value in exhaustive check")}function assert(e){}function getEnumValues(e){const t=Object.values(e).filter(e=>typeof e==="number");const n=Object.entries(e).filter(([e,n])=>t.indexOf(+e)===-1).map(([e,t])=>t);return n}function joinValues(e,t="|"){return e.map(e=>stringifyPrimitive(e)).join(t)}function jsonStringifyReplacer(e,t){if(typeof t==="bigint")return t.toString();return t}class Cached{constructor(e){this._getter=e;this._value=undefined}get value(){const e=this._getter;if(e!==undefined){this._value=e();this._getter=undefined}return this._value}}function cached(e){return new Cached(e)}function nullish(e){return e===null||e===undefined}function cleanRegex(e){const t=e.startsWith("^")?1:0;const n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function floatSafeRemainder(e,t){const n=e/t;const r=Math.round(n);const s=4*Number.EPSILON*Math.max(Math.abs(n),1);if(Math.abs(n-r)<s)return 0;return n-r}const s=Symbol("evaluating");function defineLazy(e,t,n){let r=undefined;Object.defineProperty(e,t,{get(){if(r===s){return undefined}if(r===undefined){r=s;r=n()}return r},set(n){Object.defineProperty(e,t,{value:n})},configurable:true})}function objectClone(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function assignProp(e,t,n){Object.defineProperty(e,t,{value:n,writable:true,enumerable:true,configurable:true})}function rawShape(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function sourceShape(e){return rawShape(e._zod.def)??e._zod.def.shape}function deferProp(e,t,n){Object.defineProperty(e,t,{get(){const e=n();assignProp(this,t,e);return e},enumerable:true,configurable:true})}function putProp(e,t,n){if(t in e)assignProp(e,t,n);else e[t]=n}function mirrorShape(e,t,n,r){const s=sourceShape(t);for(const i of n){const n=Object.getOwnPropertyDescriptor(s,i);if(!n.enumerable)continue;if(n.get){deferProp(e,i,()=>{const e=t._zod.def.shape[i];return r?r(e,i):e})}else putProp(e,i,r?r(n.value,i):n.value)}}function mirrorProps(e,t){for(const n of Reflect.ownKeys(t)){const r=Object.getOwnPropertyDescriptor(t,n);if(!r.enumerable)continue;if(r.get)deferProp(e,n,()=>t[n]);else putProp(e,n,r.value)}}function mergeDefs(...e){const t={};for(const n of e){const e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function cloneDef(e){return mergeDefs(e._zod.def)}function getElementAtPath(e,t){if(!t)return e;return t.reduce((e,t)=>e?.[t],e)}function promiseAllObject(e){const t=Object.keys(e);const n=t.map(t=>e[t]);return Promise.all(n).then(e=>{const n={};for(let r=0;r<t.length;r++){n[t[r]]=e[r]}return n})}function randomString(e=10){const t="abcdefghijklmnopqrstuvwxyz";let n="";for(let r=0;r<e;r++){n+=t[Math.floor(Math.random()*t.length)]}return n}function esc(e){return JSON.stringify(e)}function slugify(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}const i="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function isObject(e){return typeof e==="object"&&e!==null&&!Array.isArray(e)}const o=cached(()=>{if(r.cr.jitless){return false}if(typeof navigator!=="undefined"&&navigator?.userAgent?.includes("Cloudflare")){return false}try{const e=Function;new e("");return true}catch(e){return false}});function isPlainObject(e){if(isObject(e)===false)return false;const t=e.constructor;if(t===undefined)return true;if(typeof t!=="function")return true;const n=t.prototype;if(isObject(n)===false)return false;if(Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===false){return false}return true}function shallowClone(e){if(isPlainObject(e))return{...e};if(Array.isArray(e))return[...e];if(e instanceof Map)return new Map(e);if(e instanceof Set)return new Set(e);return e}function numKeys(e){let t=0;for(const n in e){if(Object.prototype.hasOwnProperty.call(e,n)){t++}}return t}const getParsedType=e=>{const t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":if(Array.isArray(e)){return"array"}if(e===null){return"null"}if(e.then&&typeof e.then==="function"&&e.catch&&typeof e.catch==="function"){return"promise"}if(typeof Map!=="undefined"&&e instanceof Map){return"map"}if(typeof Set!=="undefined"&&e instanceof Set){return"set"}if(typeof Date!=="undefined"&&e instanceof Date){return"date"}if(typeof File!=="undefined"&&e instanceof File){return"file"}return"object";default:throw new Error(`Unknown data type: ${t}`)}};const a=new Set(["string","number","symbol"]);const c=new Set(["string","number","bigint","boolean","symbol","undefined"]);function escapeRegex(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function clone(e,t,n){const r=new e._zod.constr(t??e._zod.def);if(!t||n?.parent)r._zod.parent=e;return r}function normalizeParams(e){const t=e;if(!t)return{};if(typeof t==="string")return{error:()=>t};if(t?.message!==undefined){if(t?.error!==undefined)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}delete t.message;if(typeof t.error==="string")return{...t,error:()=>t.error};return t}function createTransparentProxy(e){let t;return new Proxy({},{get(n,r,s){t??(t=e());return Reflect.get(t,r,s)},set(n,r,s,i){t??(t=e());return Reflect.set(t,r,s,i)},has(n,r){t??(t=e());return Reflect.has(t,r)},deleteProperty(n,r){t??(t=e());return Reflect.deleteProperty(t,r)},ownKeys(n){t??(t=e());return Reflect.ownKeys(t)},getOwnPropertyDescriptor(n,r){t??(t=e());return Reflect.getOwnPropertyDescriptor(t,r)},defineProperty(n,r,s){t??(t=e());return Reflect.defineProperty(t,r,s)}})}function stringifyPrimitive(e){if(typeof e==="bigint")return e.toString()+"n";if(typeof e==="string")return`"${e}"`;return`${e}`}function optionalKeys(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==undefined&&e[t]._zod.optout==="optional")}const u=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))();const l={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function pick(e,t){const n=e._zod.def;const r=n.checks;const s=r&&r.length>0;if(s){throw new Error(".pick() cannot be used on object schemas containing refinements")}const i={};mirrorShape(i,e,maskedKeys(e,t));return clone(e,mergeDefs(n,{shape:i,checks:[]}))}function maskedKeys(e,t){const n=sourceShape(e);const r=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable){throw new Error(`Unrecognized key: "${String(e)}"`)}if(t[e])r.push(e)}return r}function omit(e,t){const n=e._zod.def;const r=n.checks;const s=r&&r.length>0;if(s){throw new Error(".omit() cannot be used on object schemas containing refinements")}const i=new Set(maskedKeys(e,t));const o={};mirrorShape(o,e,Reflect.ownKeys(sourceShape(e)).filter(e=>!i.has(e)));return clone(e,mergeDefs(n,{shape:o,checks:[]}))}function extend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to extend: expected a plain object")}const n=e._zod.def.checks;const r=n&&n.length>0;if(r){const n=sourceShape(e);for(const e of Reflect.ownKeys(t)){if(Object.getOwnPropertyDescriptor(n,e)!==undefined){throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}}}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function extended(e,t){const n={};mirrorShape(n,e,Reflect.ownKeys(sourceShape(e)));mirrorProps(n,t);return n}function safeExtend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to safeExtend: expected a plain object")}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function merge(e,t){if(!t?._zod?.def){throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.")}if(e._zod.def.checks?.length){throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.")}const n={};mirrorShape(n,e,Reflect.ownKeys(sourceShape(e)));mirrorShape(n,t,Reflect.ownKeys(sourceShape(t)));const r=mergeDefs(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return clone(e,r)}function partial(e,t,n,r="partial"){const s=t._zod.def;const i=s.checks;const o=i&&i.length>0;if(o){throw new Error(`.${r}() cannot be used on object schemas containing refinements`)}const a=n?new Set(maskedKeys(t,n)):undefined;const c={};mirrorShape(c,t,Reflect.ownKeys(sourceShape(t)),e&&((t,n)=>a&&!a.has(n)?t:new e({type:"optional",innerType:t})));return clone(t,mergeDefs(t._zod.def,{shape:c,checks:[]}))}function required(e,t,n){const r=n?new Set(maskedKeys(t,n)):undefined;const s={};mirrorShape(s,t,Reflect.ownKeys(sourceShape(t)),(t,n)=>r&&!r.has(n)?t:new e({type:"nonoptional",innerType:t}));return clone(t,mergeDefs(t._zod.def,{shape:s}))}function aborted(e,t=0){if(e.aborted===true)return true;for(let n=t;n<e.issues.length;n++){if(e.issues[n]?.continue!==true){return true}}return false}function explicitlyAborted(e,t=0){if(e.aborted===true)return true;for(let n=t;n<e.issues.length;n++){if(e.issues[n]?.continue===false){return true}}return false}function prefixIssues(e,t){return t.map(t=>{var n;(n=t).path??(n.path=[]);t.path.unshift(e);return t})}function unwrapMessage(e){return typeof e==="string"?e:e?.message}function sizeCaps(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const r=e.maximum??e.length??e.size;if(r>=0)t.push([r,n])}return t}function attachSchema(e,t,n){var r;for(let s=t;s<e.length;s++){(r=e[s]).schema??(r.schema=n)}}function finalizeIssue(e,t,n){var r;const s=e.inst?._zod?.traits;if(s?.has("$ZodType")){if(s.has("$ZodCheck"))(r=e).schema??(r.schema=e.inst);else e.schema=e.inst}const i=e.schema!==e.inst?e.schema?._zod.def?.error:undefined;const o=e.message?e.message:unwrapMessage(e.inst?._zod.def?.error?.(e))??unwrapMessage(i?.(e))??unwrapMessage(t?.error?.(e))??unwrapMessage(n.customError?.(e))??unwrapMessage(n.localeError?.(e))??"Invalid input";const a={};for(const t of Object.keys(e)){if(t==="inst"||t==="schema"||t==="continue"||t==="input"||t==="__proto__")continue;a[t]=e[t]}a.path??(a.path=[]);a.message=o;if(t?.reportInput){a.input=e.input}return a}function getSizableOrigin(e){if(e instanceof Set)return"set";if(e instanceof Map)return"map";if(e instanceof File)return"file";return"unknown"}const f=/[\uD800-\uDBFF]/;function codePointLength(e){const t=e.length;if(!f.test(e))return t;let n=t;for(let r=0;r<t-1;r++){if((e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320){n--;r++}}return n}function getLengthableOrigin(e){if(Array.isArray(e))return"array";if(typeof e==="string")return"string";return"unknown"}function parsedType(e){const t=typeof e;switch(t){case"number":{return Number.isNaN(e)?"nan":"number"}case"object":{if(e===null){return"null"}if(Array.isArray(e)){return"array"}const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor){return t.constructor.name}}}return t}function issue(...e){const[t,n,r]=e;if(typeof t==="string"){return{message:t,code:"custom",input:n,inst:r}}return{...t}}function cleanEnum(e){return Object.entries(e).filter(([e,t])=>Number.isNaN(Number.parseInt(e,10))).map(e=>e[1])}function base64ToUint8Array(e){const t=atob(e);const n=new Uint8Array(t.length);for(let e=0;e<t.length;e++){n[e]=t.charCodeAt(e)}return n}function uint8ArrayToBase64(e){let t="";for(let n=0;n<e.length;n++){t+=String.fromCharCode(e[n])}return btoa(t)}function base64urlToUint8Array(e){const t=e.replace(/-/g,"+").replace(/_/g,"/");const n="=".repeat((4-t.length%4)%4);return base64ToUint8Array(t+n)}function uint8ArrayToBase64url(e){return uint8ArrayToBase64(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function hexToUint8Array(e){const t=e.replace(/^0x/,"");if(t.length%2!==0){throw new Error("Invalid hex string length")}const n=new Uint8Array(t.length/2);for(let e=0;e<t.length;e+=2){n[e/2]=Number.parseInt(t.slice(e,e+2),16)}return n}function uint8ArrayToHex(e){return Array.from(e).map(e=>e.toString(16).padStart(2,"0")).join("")}class Class{constructor(...e){}}function members(e,t){for(const n in t){const r=Object.getOwnPropertyDescriptor(t,n);if(r.get)Object.defineProperty(e,n,{...r,enumerable:false});else defineBound(e,n,r.value)}}function own(e,t,n,r=true){Object.defineProperty(e,t,{configurable:true,writable:true,enumerable:r,value:n});return n}function hide(e,t,n){return own(e,t,n,false)}function derived(e,t){for(const n in e){const r=e[n];Object.defineProperty(t,n,{configurable:true,enumerable:true,get(){return own(this,n,r(this))},set(e){own(this,n,e)}})}return t}function defineBound(e,t,n){Object.defineProperty(e,t,{configurable:true,get(){return this==null?n:own(this,t,n.bind(this))},set(e){own(this,t,e)}})}function claim(e,t){const n=Object.getPrototypeOf(e);return t in n?undefined:n}let p;let d=false;const h={configurable:true,get(){d=true;return undefined}};function defineLazyInternal(e,t,n){const r=Object.getPrototypeOf(e._zod);if(t in r&&p!==e._zod){p=undefined;return}p=e._zod;Object.defineProperty(r,t,{configurable:true,get(){Object.defineProperty(this,t,h);const e=d;d=false;try{const r=n(this);if(d)delete this[t];else Object.defineProperty(this,t,{configurable:true,writable:true,value:r});d=d||e;return r}catch(n){delete this[t];d=d||e;throw n}},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,value:e})}})}function installLazyProp(e,t,n,r){const s=claim(e,t);if(!s)return;Object.defineProperty(s,t,{configurable:true,get(){const e={configurable:true,writable:true,enumerable:r,value:undefined};Object.defineProperty(this,t,e);e.value=n(this);Object.defineProperty(this,t,e);return e.value},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,enumerable:r,value:e})}})}const m="~constantCatch";function constantCatch(e){const fn=()=>e;fn[m]=true;return fn}}};