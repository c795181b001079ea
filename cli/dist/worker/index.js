import{createRequire as e}from"module";var t={8787:(e,t,n)=>{
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
var r=n(9714);var B=n(5878);var s=n(8520);var i;if(r()){i=B}else{i=s}e.exports=i},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5613);var B=n(3405);var s=n(523);var i;if(r()){i=B}else{i=s}e.exports=i},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(4171);var B=n(2399);var s=n(3689);var i;if(r()){i=B}else{i=s}e.exports=i},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(4246);var B=n(8570);var s=n(7540);var i;if(r()){i=B}else{i=s}e.exports=i},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5672);var B=n(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof B!=="function"){return false}try{t=new B([1,3.14,-3.14,NaN]);e=r(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5547);var B=r();function hasToStringTagSupport(){return B&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3599);var B=n(6653);var s=n(5929);function hasUint16ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,B+1,B+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===B-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3209);var B=n(8035);var s=n(2709);function hasUint32ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,B+1,B+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===B-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(228);var B=n(2732);var s=n(5545);function hasUint8ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,B+1,B+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===B-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var B=typeof Float64Array==="function";function isFloat64Array(e){return B&&e instanceof Float64Array||r(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5183);var B=n(4826);var s={uint16:B,uint8:r};e.exports=s},347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7604);var B;function isLittleEndian(){var e;var t;e=new r["uint16"](1);e[0]=4660;t=new r["uint8"](e.buffer);return t[0]===52}B=isLittleEndian();e.exports=B},3599:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var B=typeof Uint16Array==="function";function isUint16Array(e){return B&&e instanceof Uint16Array||r(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var B=typeof Uint32Array==="function";function isUint32Array(e){return B&&e instanceof Uint32Array||r(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(547);var B=typeof Uint8Array==="function";function isUint8Array(e){return B&&e instanceof Uint8Array||r(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=2220446049250313e-31;e.exports=t},2404:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=9007199254740991;e.exports=t},1043:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(4241);var B=r.NEGATIVE_INFINITY;e.exports=B},1277:e=>{
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
var r=n(469);var B=n(1475);function isInfinite(e){return e===r||e===B}e.exports=isInfinite},2804:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6622);var B=n(469);var s=n(2804);var i=n(6523);var a=n(7687);var o=n(2334);var l=n(4370);function binomcoef(e,t){var n;var c;var u;var f;var C;var h;var p;if(i(e)||i(t)){return NaN}if(!s(e)||!s(t)){return NaN}if(t<0){return 0}c=1;if(e<0){e=-e+t-1;if(a(t)){c*=-1}}if(t>e){return 0}if(t===0||t===e){return c}if(t===1||t===e-1){return c*e}if(e-t<t){t=e-t}p=o(r/e);n=1;for(C=1;C<=t;C++){if(n>p){break}n*=e;n/=C;e-=1}if(C>t){return c*n}u=binomcoef(e,t-C+1);if(u===B){return c*u}f=binomcoef(t,t-C+1);h=l(u,f);u/=h;f/=h;n/=f;return c*n*u}e.exports=binomcoef},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5976);var B=n(3935);var s=n(7949);var i=n(2882);var a=n(7844);var o=[0,0];function copysign(e,t){var n;var l;s.assign(e,o,1,0);n=o[0];n&=B;l=i(t);l&=r;n|=l;return a(n,o[1])}e.exports=copysign},9191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var B=n(1567);var s=n(186);var i=n(3982);var a=n(3935);var o=n(222);var l=[0,0];var c=1072243195|0;var u=1044381696|0;function cos(e){var t;var n;t=r(e);t&=a;if(t<=c){if(t<u){return 1}return B(e,0)}if(t>=o){return NaN}n=i(e,l);switch(n&3){case 0:return B(l[0],l[1]);case 1:return-s(l[0],l[1]);case 2:return-B(l[0],l[1]);default:return s(l[0],l[1])}}e.exports=cos},988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var B=n(1851);var s=n(3786);var i=n(469);var a=n(1475);var o=n(8300);var l=n(8018);var c=n(675);var u=n(5266);var f=n(8925);var C=n(1332);var h=n(516);var p=n(9101);var d=1e-300;var g=13877787807814457e-33;var m=.8450629115104675;var E=.12837916709551256;var D=1;var w=-.0023621185607526594;var A=1;var v=-.009864944034847148;var y=1;var I=-.0098649429247001;var b=1;function erfc(e){var t;var n;var F;var x;var T;var N;var O;var R;if(r(e)){return NaN}if(e===i){return 0}if(e===a){return 2}if(e===0){return 1}if(e<0){t=true;n=-e}else{t=false;n=e}if(n<.84375){if(n<g){return 1-e}F=e*e;x=E+F*o(F);T=D+F*l(F);N=x/T;if(e<.25){return 1-(e+e*N)}x=e*N;x+=e-.5;return.5-x}if(n<1.25){T=n-1;O=w+T*c(T);R=A+T*u(T);if(t){return 1+m+O/R}return 1-m-O/R}if(n<28){T=1/(n*n);if(n<2.857142857142857){x=v+T*f(T);T=y+T*C(T)}else{if(e<-6){return 2-d}x=I+T*h(T);T=b+T*p(T)}F=s(n,0);x=B(-(F*F)-.5625)*B((F-n)*(F+n)+x/T);if(t){return 2-x/n}return x/n}if(t){return 2-d}return d*d}e.exports=erfc},675:e=>{
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
var r=n(3291);var B=n(1589);function expmulti(e,t,n){var s;var i;var a;var o;s=e-t;i=s*s;a=s-i*B(i);o=1-(t-s*a/(2-a)-e);return r(o,n)}e.exports=expmulti},1851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var B=n(1262);var s=n(1475);var i=n(469);var a=n(6567);var o=.6931471803691238;var l=1.9082149292705877e-10;var c=1.4426950408889634;var u=709.782712893384;var f=-745.1332191019411;var C=1/(1<<28);var h=-C;function exp(e){var t;var n;var p;if(r(e)||e===i){return e}if(e===s){return 0}if(e>u){return i}if(e<f){return 0}if(e>h&&e<C){return 1+e}if(e<0){p=B(c*e-.5)}else{p=B(c*e+.5)}t=e-p*o;n=p*l;return a(t,n,p)}e.exports=exp},1589:e=>{
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
var r=n(6523);var B=n(2882);var s=n(5990);var i=n(7844);var a=n(469);var o=n(1475);var l=n(1877);var c=n(9475);var u=n(6736);var f=709.782712893384;var C=.6931471803691238;var h=1.9082149292705877e-10;var p=1.4426950408889634;var d=38.816242111356935;var g=1.0397207708399179;function expm1(e){var t;var n;var m;var E;var D;var w;var A;var v;var y;var I;var b;var F;var x;if(e===a||r(e)){return e}if(e===o){return-1}if(e===0){return e}if(e<0){m=true;v=-e}else{m=false;v=e}if(v>=d){if(m){return-1}if(v>=f){return a}}w=B(v)|0;if(v>c){if(v<g){if(m){E=e+C;D=-h;x=-1}else{E=e-C;D=h;x=1}}else{if(m){x=p*e-.5}else{x=p*e+.5}x|=0;b=x;E=e-b*C;D=b*h}e=E-D;I=E-e-D}else if(w<1016070144){return e}else{x=0}t=.5*e;y=e*t;A=1+y*u(y);b=3-A*t;F=y*((A-b)/(6-e*b));if(x===0){return e-(e*F-y)}n=i(l+x<<20,0);F=e*(F-I)-I;F-=y;if(x===-1){return.5*(e-F)-.5}if(x===1){if(e<-.25){return-2*(F-(e+.5))}return 1+2*(e-F)}if(x<=-2||x>56){v=1-(F-e);if(x===1024){E=B(v)+(x<<20)|0;v=s(v,E)}else{v*=n}return v-1}b=1;if(x<20){E=1072693248-(2097152>>x)|0;b=s(b,E);v=b-(F-e)}else{E=l-x<<20|0;b=s(b,E);v=e-(F+b);v+=1}v*=n;return v}e.exports=expm1},6736:e=>{
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
var r=n(6523);var B=n(2804);var s=n(3270);var i=n(6260);var a=n(2334);var o=n(1794);var l=n(469);var c=n(1475);var u=n(9701);var f=n(101);var C=n(6630);var h=n(3381);function gamma(e){var t;var n;var p;var d;if(B(e)&&e<0||e===c||r(e)){return NaN}if(e===0){if(s(e)){return c}return l}if(e>171.61447887182297){return l}if(e<-170.5674972726612){return 0}n=i(e);if(n>33){if(e>=0){return f(e)}p=a(n);if((p&1)===0){t=-1}else{t=1}d=n-p;if(d>.5){p+=1;d=n-p}d=n*o(u*d);return t*u/(i(d)*f(n))}d=1;while(e>=3){e-=1;d*=e}while(e<0){if(e>-1e-9){return C(e,d)}d/=e;e+=1}while(e<2){if(e<1e-9){return C(e,d)}d/=e;e+=1}if(e===2){return d}e-=2;return d*h(e)}e.exports=gamma},6886:e=>{
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
var r=n(2404);function gamma(e,t){return t/((1+r*e)*e)}e.exports=gamma},101:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2385);var B=n(6310);var s=n(1851);var i=n(6886);var a=143.01608;function gamma(e){var t;var n;var o;t=1/e;t=1+t*i(t);n=s(e);if(e>a){o=B(e,.5*e-.25);n=o*(o/n)}else{n=B(e,e-.5)/n}return r*n*t}e.exports=gamma},7186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1550);var B=n(5088);var s=n(8280);var i=n(1440);var a=n(7492);var o=.15896368026733398;var l=.5281534194946289;var c=.45201730728149414;function lgammaSmallImp(e,t,n){var u;var f;var C;var h;if(e<B){return-r(e)}if(t===0||n===0){return 0}f=0;if(e>2){if(e>=3){do{e-=1;n-=1;f+=r(e)}while(e>=3);n=e-2}C=n*(e+1);h=s(n);f+=C*o+C*h;return f}if(e<1){f+=-r(e);n=t;t=e;e+=1}if(e<=1.5){C=i(t);u=t*n;f+=u*l+u*C;return f}C=n*t;h=a(-n);f+=C*c+C*h;return f}e.exports=lgammaSmallImp},7013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(905);var B=n(141);var s=n(7260);var i=n(6523);var a=n(3256);function gamma1pm1(e){if(i(e)){return NaN}if(e<0){if(e<-.5){return r(1+e)-1}return B(-s(e)+a(e+2,e+1,e))}if(e<2){return B(a(e+1,e,e-1))}return r(1+e)-1}e.exports=gamma1pm1},8280:e=>{
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
var r=n(1851);function finiteGammaQ(e,t){var n;var B;var s;var i;s=r(-t);B=s;if(B!==0){n=B;for(i=1;i<e;++i){n/=i;n*=t;B+=n}}return B}e.exports=finiteGammaQ},5120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(988);var B=n(5478);var s=n(1851);var i=n(9701);function finiteHalfGammaQ(e,t){var n;var a;var o;var l;var c;l=r(B(t));if(l!==0&&e>1){a=s(-t)/B(i*t);a*=t;n=.5;a/=n;o=a;for(c=2;c<e;++c){a/=c-n;a*=t;o+=a}l+=o}return l}e.exports=finiteHalfGammaQ},5852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(1851);var B=n(6310);var s=n(1550);var i=n(4193);var a=n(7999);function fullIGammaPrefix(e,t){var n;var o;o=e*s(t);if(t>=1){if(o<i&&-t>a){n=B(t,e)*r(-t)}else if(e>=1){n=B(t/r(t/e),e)}else{n=r(o-t)}}else{if(o>a){n=B(t,e)*r(-t)}else if(t/e<i){n=B(t/r(t/e),e)}else{n=r(o-t)}}return n}e.exports=fullIGammaPrefix},6144:(e,t,n)=>{
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
var r=n(2334);var B=n(905);var s=n(6260);var i=n(6310);var a=n(1550);var o=n(8159);var l=n(1043);var c=n(4193);var u=n(3781);var f=n(7078);var C=n(5120);var h=n(5852);var p=n(712);var d=n(7178);var g=n(4175);var m=n(97);var E=n(386);function igammaFinal(e,t,n,D){var w;var A;var v;var y;var I;var b;var F;var x;var T;var N;var O;var R;var L;var S;F=0;x=D;b=t<30&&t<=e+1&&e<c;if(b){L=r(t);T=L===t;v=T?false:s(L-t)===.5}else{T=false;v=false}if(T&&e>.6){x=!x;A=0}else if(v&&e>.2){x=!x;A=1}else if(e<o&&t>1){A=6}else if(e>1e3&&(t<e||s(t-50)/e<1)){x=!x;A=7}else if(e<.5){if(-.4/a(e)<t){A=2}else{A=3}}else if(e<1.1){if(e*.75<t){A=2}else{A=3}}else{I=false;if(n&&t>20){N=s((e-t)/t);if(t>200){if(20/t>N*N){I=true}}else if(N<.4){I=true}}if(I){A=5}else if(e-1/(3*e)<t){A=2}else{A=4;x=!x}}switch(A){case 0:F=f(t,e);if(n===false){F*=B(t)}break;case 1:F=C(t,e);if(n===false){F*=B(t)}break;case 2:F=n?g(t,e):h(t,e);if(F!==0){y=0;w=false;if(x){y=n?1:B(t);if(n||F>=1||l*F>y){y/=F;if(n||t<1||l/t>y){y*=-t;w=true}else{y=0}}else{y=0}}F*=d(t,e,y)/t;if(w){x=false;F=-F}}break;case 3:x=!x;O=m(t,e,x);F=O[0];S=O[1];x=false;if(n){F/=S}break;case 4:F=n?g(t,e):h(t,e);if(F!==0){F*=E(t,e)}break;case 5:F=p(t,e);if(e>=t){x=!x}break;case 6:F=n?i(e,t)/B(t+1):i(e,t)/t;F*=1-t*e/(t+1);break;case 7:F=n?g(t,e):h(t,e);F/=e;if(F!==0){F*=u(t,e)}break}if(n&&F>1){F=1}if(x){R=n?1:B(t);F=R-F}return F}e.exports=igammaFinal},712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(2096);var B=n(5430);var s=n(988);var i=n(5478);var a=n(1851);var o=n(4739);var l=n(4410);var c=n(5273);var u=n(736);var f=n(8135);var C=n(6870);var h=n(7589);var p=n(3164);var d=n(8099);var g=n(9413);var m=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var n;var E;var D;var w;var A;E=(t-e)/e;D=-B(E);w=e*D;A=i(2*D);if(t<e){A=-A}m[0]=l(A);m[1]=c(A);m[2]=u(A);m[3]=f(A);m[4]=C(A);m[5]=h(A);m[6]=p(A);m[7]=d(A);m[8]=g(A);m[9]=-.0005967612901927463;n=r(m,1/e);n*=a(-w)/i(o*e);if(t<e){n=-n}n+=s(i(w))/2;return n}e.exports=igammaTemmeLarge},5479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6491);var B=n(3027);function lowerGammaSeries(e,t,n){var s;var i;n=n||0;i=B(e,t);s=r(i,{initialValue:n});return s}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function lowerIncompleteGammaSeries(e,t){var n=1;var r=e;var B=t;return next;function next(){var e=n;r+=1;n*=B/r;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7711);var B=n(1851);var s=n(1550);var i=n(2385);var a=n(4193);var o=n(469);var l=n(313);var c=n(6144);var u=n(7178);var f=n(386);function gammainc(e,t,n,C){var h;var p;var d;var g;if(e<0||t<=0){return NaN}h=n===void 0?true:n;d=C;if(t>=l&&!h){if(d&&t*4<e){g=t*s(e)-e;g+=s(f(t,e))}else if(!d&&t>4*e){g=t*s(e)-e;p=0;g+=s(u(t,e,p)/t)}else{g=c(e,t,true,d);if(g===0){if(d){g=1+1/(12*t)+1/(288*t*t);g=s(g)-t+(t-.5)*s(t);g+=s(i)}else{g=t*s(e)-e;p=0;g+=s(u(t,e,p)/t)}}else{g=s(g)+r(t)}}if(g>a){return o}return B(g)}return c(e,t,h,d)}e.exports=gammainc},4410:e=>{
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
var r=n(2638);var B=n(7711);var s=n(905);var i=n(5430);var a=n(5478);var o=n(6260);var l=n(1851);var c=n(6310);var u=n(2974);var f=n(8008);var C=n(1550);var h=n(1043);var p=n(4193);var d=n(7999);var g=n(3822);var m=n(45);function regularisedGammaPrefix(e,t){var n;var E;var D;var w;var A;var v;var y;D=e+g-.5;y=(t-e-g+.5)/D;if(e<1){if(t<=d||e<1/h){return l(e*C(t)-t-B(e))}return c(t,e)*l(-t)/s(e)}if(o(y*y*e)<=100&&e>150){n=e*i(y)+t*(.5-g)/D;n=l(n)}else{w=e*C(t/D);A=e-t;if(f(w,A)<=d||u(w,A)>=p){E=A/e;if(f(w,A)/2>d&&u(w,A)/2<p){v=c(t/D,e/2)*l(A/2);n=v*v}else if(f(w,A)/4>d&&u(w,A)/4<p&&t>e){v=c(t/D,e/4)*l(A/4);n=v*v;n*=n}else if(E>d&&E<p){n=c(t*l(E)/D,e)}else{n=l(w+A)}}else{n=c(t/D,e)*l(A)}}n*=a(D/m)/r(e);return n}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function smallGamma2Series(e,t){var n;var r;var B;var s;n=-t;t=-t;r=e+1;B=1;return next;function next(){s=n/r;n*=t;B+=1;n/=B;r+=1;return s}}e.exports=smallGamma2Series},3781:(e,t,n)=>{
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
var r=n(6491);var B=n(4809);function tgammaILargeX(e,t){var n;var s;s=B(e,t);n=r(s);return n}e.exports=tgammaILargeX},4809:e=>{
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
function tgammaILargeXSeries(e,t){var n=1;var r=e;var B=t;return next;function next(){var e=n;n*=r/B;r-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(4756);var B=n(6491);var s=n(7186);var i=n(7708);function tgammaSmallUpperPart(e,t,n){var a;var o;var l;var c;var u;o=s(e);l=(o+1)/e;c=r(t,e);o-=c;o/=e;u=i(e,t);c+=1;a=n?l:0;o=-c*B(u,{initialValue:(a-o)/c});if(n){o=-o}return[o,l]}e.exports=tgammaSmallUpperPart},386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(508);var B=n(2923);function upperGammaFraction(e,t){var n=B(e,t);return 1/(t-e+1+r(n))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function upperIncompleteGammaFract(e,t){var n=t-e+1;var r=e;var B=0;return next;function next(){B+=1;n+=2;return[B*(r-B),n]}}e.exports=upperIncompleteGammaFract},7711:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var B=n(7234);var s=n(6260);var i=n(1550);var a=n(1262);var o=n(8901);var l=n(9701);var c=n(469);var u=n(9303);var f=n(5690);var C=n(1271);var h=n(7120);var p=n(2778);var d=n(6503);var g=n(2352);var m=n(7942);var E=n(5059);var D=n(9596);var w=.07721566490153287;var A=.3224670334241136;var v=1;var y=-.07721566490153287;var I=.48383612272381005;var b=-.1475877229945939;var F=.06462494023913339;var x=-.07721566490153287;var T=1;var N=.4189385332046727;var O=1.4616321449683622;var R=4503599627370496;var L=72057594037927940;var S=13877787807814457e-33;var G=1.4616321449683622;var M=-.12148629053584961;var H=-3638676997039505e-33;function gammaln(e){var t;var n;var k;var P;var _;var U;var J;var q;var Q;var Y;var V;var K;var z;if(r(e)||B(e)){return e}if(e===0){return c}if(e<0){t=true;e=-e}else{t=false}if(e<S){return-i(e)}if(t){if(e>=R){return c}Q=o(e);if(Q===0){return c}n=i(l/s(Q*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){z=-i(e);if(e>=O-1+.27){V=1-e;k=0}else if(e>=O-1-.27){V=e-(G-1);k=1}else{V=e;k=2}}else{z=0;if(e>=O+.27){V=2-e;k=0}else if(e>=O-.27){V=e-G;k=1}else{V=e-1;k=2}}switch(k){case 0:K=V*V;U=w+K*u(K);_=K*(A+K*f(K));J=V*U+_;z+=J-.5*V;break;case 1:K=V*V;Y=K*V;U=I+Y*p(Y);_=b+Y*d(Y);P=F+Y*g(Y);J=K*U-(H-Y*(_+V*P));z+=M+J;break;case 2:U=V*(x+V*m(V));_=T+V*E(V);z+=-.5*V+U/_;break}}else if(e<8){k=a(e);V=e-k;J=V*(y+V*h(V));q=v+V*C(V);z=.5*V+J/q;K=1;switch(k){case 7:K*=V+6;case 6:K*=V+5;case 5:K*=V+4;case 4:K*=V+3;case 3:K*=V+2;z+=i(K)}}else if(e<L){Q=i(e);K=1/e;V=K*K;Y=N+K*D(V);z=(e-.5)*(Q-1)+Y}else{z=e*(i(e)-1)}if(t){z=n-z}return z}e.exports=gammaln},9303:e=>{
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
var r=n(6523);var B=n(2804);var s=n(469);var i=n(1475);var a=n(3960);var o=n(9216);var l=n(512);function gcd(e,t){if(r(e)||r(t)){return NaN}if(e===s||t===s||e===i||t===i){return NaN}if(!(B(e)&&B(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=a&&t<=a){return o(e,t)}return l(e,t)}e.exports=gcd},1567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5732);var B=n(3242);function kernelCos(e,t){var n;var s;var i;var a;a=e*e;i=a*a;s=a*r(a);s+=i*i*B(a);n=.5*a;i=1-n;return i+(1-i-n+(a*s-e*t))}e.exports=kernelCos},5732:e=>{
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
var t=-.16666666666666632;var n=.00833333333332249;var r=-.0001984126982985795;var B=27557313707070068e-22;var s=-2.5050760253406863e-8;var i=1.58969099521155e-10;function kernelSin(e,a){var o;var l;var c;var u;u=e*e;c=u*u;o=n+u*(r+u*B)+u*c*(s+u*i);l=u*e;if(a===0){return e+l*(t+u*o)}return e-(u*(.5*a-l*o)-a-l*t)}e.exports=kernelSin},3291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);var B=n(1475);var s=n(1877);var i=n(6276);var a=n(2656);var o=n(4862);var l=n(6523);var c=n(7234);var u=n(910);var f=n(9335).assign;var C=n(6075);var h=n(7949);var p=n(7844);var d=2220446049250313e-31;var g=2148532223>>>0;var m=[0,0];var E=[0,0];function ldexp(e,t){var n;var D;if(t===0||e===0||l(e)||c(e)){return e}f(e,m,1,0);e=m[0];t+=m[1];t+=C(e);if(t<o){return u(0,e)}if(t>i){if(e<0){return B}return r}if(t<=a){t+=52;D=d}else{D=1}h.assign(e,E,1,0);n=E[0];n&=g;n|=t+s<<20;return D*p(n,E[1])}e.exports=ldexp},1550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var B=n(5990);var s=n(6523);var i=n(1877);var a=n(1475);var o=n(6488);var l=n(1103);var c=.6931471803691238;var u=1.9082149292705877e-10;var f=0x40000000000000;var C=.3333333333333333;var h=1048575|0;var p=2146435072|0;var d=1048576|0;var g=1072693248|0;function ln(e){var t;var n;var m;var E;var D;var w;var A;var v;var y;var I;var b;var F;if(e===0){return a}if(s(e)||e<0){return NaN}n=r(e);D=0|0;if(n<d){D-=54|0;e*=f;n=r(e)}if(n>=p){return e+e}D+=(n>>20)-i|0;n&=h;v=n+614244&1048576|0;e=B(e,n|v^g);D+=v>>20|0;A=e-1;if((h&2+n)<3){if(A===0){if(D===0){return 0}return D*c+D*u}w=A*A*(.5-C*A);if(D===0){return A-w}return D*c-(w-D*u-A)}I=A/(2+A);F=I*I;v=n-398458|0;b=F*F;y=440401-n|0;E=b*o(b);m=F*l(b);v|=y;w=m+E;if(v>0){t=.5*A*A;if(D===0){return A-(t-I*(t+w))}return D*c-(t-(I*(t+w)+D*u)-A)}if(D===0){return A-I*(A-w)}return D*c-(I*(A-w)-D*u-A)}e.exports=ln},6488:e=>{
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
var r=n(6523);var B=n(2882);var s=n(5990);var i=n(469);var a=n(1475);var o=n(1877);var l=n(897);var c=.6931471803691238;var u=1.9082149292705877e-10;var f=.41421356237309503;var C=-.2928932188134525;var h=1.862645149230957e-9;var p=5551115123125783e-32;var d=9007199254740992;var g=.6666666666666666;function log1p(e){var t;var n;var m;var E;var D;var w;var A;var v;var y;var I;if(e<-1||r(e)){return NaN}if(e===-1){return a}if(e===i){return e}if(e===0){return e}if(e<0){m=-e}else{m=e}I=1;if(m<f){if(m<h){if(m<p){return e}return e-e*e*.5}if(e>C){I=0;E=e;n=1}}if(I!==0){if(m<d){y=1+e;n=B(y);I=(n>>20)-o;if(I>0){D=1-(y-e)}else{D=e-(y-1)}D/=y}else{y=e;n=B(y);I=(n>>20)-o;D=0}n&=1048575;if(n<434334){y=s(y,n|1072693248)}else{I+=1;y=s(y,n|1071644672);n=1048576-n>>2}E=y-1}t=.5*E*E;if(n===0){if(E===0){D+=I*u;return I*c+D}v=t*(1-g*E);return I*c-(v-(I*u+D)-E)}w=E/(2+E);A=w*w;v=A*l(A);if(I===0){return E-(t-w*(t+v))}return I*c-(t-(w*(t+v)+(I*u+D))-E)}e.exports=log1p},897:e=>{
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
var r=n(6260);var B=n(1550);var s=n(5088);var i=n(6491);var a=n(4781);function log1pmx(e){var t;var n;if(e<=-1){return NaN}n=r(e);if(n>.95){return B(1+e)-e}if(n<s){return-e*e/2}t={initialValue:-e};return i(a(e),t)}e.exports=log1pmx},2974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(866);var B=n(6523);var s=n(469);function max(e,t){if(B(e)||B(t)){return NaN}if(e===s||t===s){return s}if(e===t&&e===0){if(r(e)){return e}return t}if(e>t){return e}return t}e.exports=max},8008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3270);var B=n(6523);var s=n(1475);function min(e,t){if(B(e)||B(t)){return NaN}if(e===s||t===s){return s}if(e===t&&e===0){if(r(e)){return e}return t}if(e<t){return e}return t}e.exports=min},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var B=n(3786);var s=n(5990);var i=n(1877);var a=n(1277);var o=n(3140);var l=1048575|0;var c=1048576|0;var u=1072693248|0;var f=536870912|0;var C=524288|0;var h=9007199254740992;var p=.9617966939259756;var d=.9617967009544373;var g=-7.028461650952758e-9;var m=[1,1.5];var E=[0,.5849624872207642];var D=[0,1.350039202129749e-8];function log2ax(e,t,n){var w;var A;var v;var y;var I;var b;var F;var x;var T;var N;var O;var R;var L;var S;var G;var M;var H;var k;var P;var _;var U;var J;_=0|0;if(n<c){t*=h;_-=53|0;n=r(t)}_+=(n>>a)-i|0;U=n&l|0;n=U|u|0;if(U<=235662){J=0}else if(U<767610){J=1}else{J=0;_+=1|0;n-=c}t=s(t,n);x=m[J];k=t-x;P=1/(t+x);A=k*P;y=B(A,0);w=(n>>1|f)+C;w+=J<<18;b=s(0,w);F=t-(b-x);I=P*(k-y*b-y*F);v=A*A;H=v*v*o(v);H+=I*(y+A);v=y*y;b=3+v+H;b=B(b,0);F=H-(b-3-v);k=y*b;P=I*b+F*A;N=k+P;N=B(N,0);O=P-(N-k);R=d*N;L=g*N+O*p+D[J];T=E[J];M=_;S=R+L+T+M;S=B(S,0);G=L-(S-M-T-R);e[0]=S;e[1]=G;return e}e.exports=log2ax},3726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3786);var B=n(837);var s=1.4426950408889634;var i=1.4426950216293335;var a=1.9259629911266175e-8;function logx(e,t){var n;var o;var l;var c;var u;var f;l=t-1;c=l*l*B(l);u=i*l;f=l*a-c*s;o=u+f;o=r(o,0);n=f-(o-u);e[0]=o;e[1]=n;return e}e.exports=logx},7609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(6523);var B=n(7687);var s=n(7234);var i=n(2804);var a=n(5478);var o=n(6260);var l=n(7949);var c=n(3786);var u=n(6519);var f=n(1475);var C=n(469);var h=n(3935);var p=n(2122);var d=n(888);var g=n(3355);var m=n(9905);var E=n(3726);var D=n(5224);var w=1072693247|0;var A=1105199104|0;var v=1139802112|0;var y=1083179008|0;var I=1072693248|0;var b=1083231232|0;var F=3230714880>>>0;var x=31|0;var T=1e300;var N=1e-300;var O=8008566259537294e-32;var R=[0|0,0|0];var L=[0,0];function pow(e,t){var n;var S;var G;var M;var H;var k;var P;var _;var U;var J;var q;var Q;var Y;var V;var K;var z;if(r(e)||r(t)){return NaN}l.assign(t,R,1,0);k=R[0];P=R[1];if(P===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return a(e)}if(t===-.5){return 1/a(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(s(t)){return g(e,t)}}l.assign(e,R,1,0);M=R[0];H=R[1];if(H===0){if(M===0){return p(e,t)}if(e===1){return 1}if(e===-1&&B(t)){return-1}if(s(e)){if(e===f){return pow(-0,-t)}if(t<0){return 0}return C}}if(e<0&&i(t)===false){return(e-e)/(e-e)}G=o(e);n=M&h|0;S=k&h|0;_=M>>>x|0;U=k>>>x|0;if(_&&B(t)){_=-1}else{_=1}if(S>A){if(S>v){return d(e,t)}if(n<w){if(U===1){return _*T*T}return _*N*N}if(n>I){if(U===0){return _*T*T}return _*N*N}Y=E(L,G)}else{Y=m(L,G,n)}J=c(t,0);Q=(t-J)*Y[0]+t*Y[1];q=J*Y[0];V=Q+q;l.assign(V,R,1,0);K=u(R[0]);z=u(R[1]);if(K>=y){if((K-y|z)!==0){return _*T*T}if(Q+O>V-q){return _*T*T}}else if((K&h)>=b){if((K-F|z)!==0){return _*N*N}if(Q<=V-q){return _*N*N}}V=D(K,q,Q);return _*V}e.exports=pow},3140:e=>{
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
var r=n(2882);var B=n(5990);var s=n(3786);var i=n(6519);var a=n(3291);var o=n(1239);var l=n(1877);var c=n(3935);var u=n(8910);var f=n(1277);var C=n(5568);var h=1048576|0;var p=1071644672|0;var d=.6931471824645996;var g=-1.904654299957768e-9;function pow2(e,t,n){var m;var E;var D;var w;var A;var v;var y;var I;var b;var F;var x;F=e&c|0;x=(F>>f)-l|0;b=0;if(F>p){b=e+(h>>x+1)>>>0;x=((b&c)>>f)-l|0;m=(b&~(u>>x))>>>0;D=B(0,m);b=(b&u|h)>>f-x>>>0;if(e<0){b=-b}t-=D}D=n+t;D=s(D,0);A=D*d;v=(n-(D-t))*o+D*g;I=A+v;y=v-(I-A);D=I*I;E=I-D*C(D);w=I*E/(E-2)-(y+I*y);I=1-(w-I);e=r(I);e=i(e);e+=b<<f>>>0;if(e>>f<=0){I=a(I,b)}else{I=B(I,e)}return I}e.exports=pow2},2122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(7687);var B=n(910);var s=n(1475);var i=n(469);function pow(e,t){if(t===s){return i}if(t===i){return 0}if(t>0){if(r(t)){return e}return 0}if(r(t)){return B(i,e)}return i}e.exports=pow},888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935);var B=n(2882);var s=1072693247|0;var i=1e300;var a=1e-300;function pow(e,t){var n;var o;o=B(e);n=o&r;if(n<=s){if(t<0){return i*i}return a*a}if(t>0){return i*i}return a*a}e.exports=pow},3355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var B=n(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(r(e)<1===(t===B)){return 0}return B}e.exports=pow},4756:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var B=n(7234);var s=n(6260);var i=n(141);var a=n(1550);var o=n(6310);var l=n(1262);function powm1(e,t){var n;var c;if(r(e)||r(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(s(t*(e-1))<.5||s(t)<.2){c=a(e)*t;if(c<.5){return i(c)}}}else if(l(t)!==t){return NaN}n=o(e,t)-1;if(B(n)||r(n)){return NaN}return n}e.exports=powm1},3982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);var B=n(3291);var s=n(1830);var i=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var o=16777216;var l=5.960464477539063e-8;var c=s(20);var u=s(20);var f=s(20);var C=s(20);function compute(e,t,n,s,c,u,h,p,d){var g;var m;var E;var D;var w;var A;var v;var y;var I;D=u;I=s[n];y=n;for(w=0;y>0;w++){m=l*I|0;C[w]=I-o*m|0;I=s[y-1]+m;y-=1}I=B(I,c);I-=8*r(I*.125);v=I|0;I-=v;E=0;if(c>0){w=C[n-1]>>24-c;v+=w;C[n-1]-=w<<24-c;E=C[n-1]>>23-c}else if(c===0){E=C[n-1]>>23}else if(I>=.5){E=2}if(E>0){v+=1;g=0;for(w=0;w<n;w++){y=C[w];if(g===0){if(y!==0){g=1;C[w]=16777216-y}}else{C[w]=16777215-y}}if(c>0){switch(c){case 1:C[n-1]&=8388607;break;case 2:C[n-1]&=4194303;break}}if(E===2){I=1-I;if(g!==0){I-=B(1,c)}}}if(I===0){y=0;for(w=n-1;w>=u;w--){y|=C[w]}if(y===0){for(A=1;C[u-A]===0;A++){}for(w=n+1;w<=n+A;w++){d[p+w]=i[h+w];m=0;for(y=0;y<=p;y++){m+=e[y]*d[p+(w-y)]}s[w]=m}n+=A;return compute(e,t,n,s,c,u,h,p,d)}n-=1;c-=24;while(C[n]===0){n-=1;c-=24}}else{I=B(I,-c);if(I>=o){m=l*I|0;C[n]=I-o*m|0;n+=1;c+=24;C[n]=m}else{C[n]=I|0}}m=B(1,c);for(w=n;w>=0;w--){s[w]=m*C[w];m*=l}for(w=n;w>=0;w--){m=0;for(A=0;A<=D&&A<=n-w;A++){m+=a[A]*s[w+A]}f[n-w]=m}m=0;for(w=n;w>=0;w--){m+=f[w]}if(E===0){t[0]=m}else{t[0]=-m}m=f[0]-m;for(w=1;w<=n;w++){m+=f[w]}if(E===0){t[1]=m}else{t[1]=-m}return v&7}function kernelRempio2(e,t,n,r){var B;var s;var a;var o;var l;var f;var C;var h;var p;s=4;o=r-1;a=(n-3)/24|0;if(a<0){a=0}f=n-24*(a+1);h=a-o;p=o+s;for(C=0;C<=p;C++){if(h<0){c[C]=0}else{c[C]=i[h]}h+=1}for(C=0;C<=s;C++){B=0;for(h=0;h<=o;h++){B+=e[h]*c[o+(C-h)]}u[C]=B}l=s;return compute(e,t,l,u,f,s,a,o,c)}e.exports=kernelRempio2},4385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(3935);var B=n(222);var s=n(8910);var i=n(2882);var a=n(1662);var o=n(7844);var l=n(7236);var c=n(499);var u=0;var f=16777216;var C=1.5707963267341256;var h=6077100506506192e-26;var p=2*h;var d=3*h;var g=4*h;var m=598523|0;var E=1072243195|0;var D=1073928572|0;var w=1074752122|0;var A=1074977148|0;var v=1075183036|0;var y=1075388923|0;var I=1075594811|0;var b=1094263291|0;var F=[0,0,0];var x=[0,0];function rempio2(e,t){var n;var T;var N;var O;var R;var L;var S;var G;N=i(e)|0;O=N&r|0;if(O<=E){t[0]=e;t[1]=0;return 0}if(O<=w){if((O&s)===m){return c(e,O,t)}if(O<=D){if(N>0){G=e-C;t[0]=G-h;t[1]=G-t[0]-h;return 1}G=e+C;t[0]=G+h;t[1]=G-t[0]+h;return-1}if(N>0){G=e-2*C;t[0]=G-p;t[1]=G-t[0]-p;return 2}G=e+2*C;t[0]=G+p;t[1]=G-t[0]+p;return-2}if(O<=I){if(O<=v){if(O===A){return c(e,O,t)}if(N>0){G=e-3*C;t[0]=G-d;t[1]=G-t[0]-d;return 3}G=e+3*C;t[0]=G+d;t[1]=G-t[0]+d;return-3}if(O===y){return c(e,O,t)}if(N>0){G=e-4*C;t[0]=G-g;t[1]=G-t[0]-g;return 4}G=e+4*C;t[0]=G+g;t[1]=G-t[0]+g;return-4}if(O<b){return c(e,O,t)}if(O>=B){t[0]=NaN;t[1]=NaN;return 0}n=a(e);T=(O>>20)-1046;G=o(O-(T<<20|0),n);for(L=0;L<2;L++){F[L]=G|0;G=(G-F[L])*f}F[2]=G;R=3;while(F[R-1]===u){R-=1}S=l(F,x,T,R,1);if(N<0){t[0]=-x[0];t[1]=-x[1];return-S}t[0]=x[0];t[1]=x[1];return S}e.exports=rempio2},499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var r=n(8972);var B=n(2882);var s=.6366197723675814;var i=1.5707963267341256;var a=6077100506506192e-26;var o=6077100506303966e-26;var l=20222662487959506e-37;var c=20222662487111665e-37;var u=84784276603689e-45;var f=2047|0;function rempio2Medium(e,t,n){var C;var h;var p;var d;var g;var m;var E;h=r(e*s);d=e-h*i;g=h*a;E=t>>20|0;n[0]=d-g;C=B(n[0]);m=E-(C>>20&f);if(m>16){p=d;g=h*o;d=p-g;g=h*l-(p-d-g);n[0]=d-g;C=B(n[0]);m=E-(C>>20&f);if(m>49){p=d;g=h*c;d=p-g;g=h*u-(p-d-g);n[0]=d-g}}n[1]=d-n[0]-g;return h}e.exports=rempio2Medium},8972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3935);var B=n(222);var s=n(2882);var i=n(1567);var a=n(186);var o=n(3982);var l=1072243195|0;var c=1045430272|0;var u=[0,0];function sin(e){var t;var n;t=s(e);t&=r;if(t<=l){if(t<c){return e}return a(e,0)}if(t>=B){return NaN}n=o(e,u);switch(n&3){case 0:return a(u[0],u[1]);case 1:return i(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return-i(u[0],u[1])}}e.exports=sin},8901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var B=n(7234);var s=n(9191);var i=n(1794);var a=n(6260);var o=n(910);var l=n(9701);function sinpi(e){var t;var n;if(r(e)){return NaN}if(B(e)){return NaN}n=e%2;t=a(n);if(t===0||t===1){return o(0,n)}if(t<.25){return i(l*n)}if(t<.75){t=.5-t;return o(s(l*t),n)}if(t<1.25){n=o(1,n)-n;return i(l*n)}if(t<1.75){t-=1.5;return-o(s(l*t),n)}n-=o(2,n);return i(l*n)}e.exports=sinpi},5478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);var B=n(3385);function trunc(e){if(e<0){return B(e)}return r(e)}e.exports=trunc},3962:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var B=n(5088);var s=n(8858);var i=1e6;function continuedFractionA(e,t,n){var B;var i;var a;var o;var l;var c;c=e();l=c[1];i=c[0];if(l===0){l=s}a=l;o=0;do{c=e();if(c){o=c[1]+c[0]*o;if(o===0){o=s}a=c[1]+c[0]/a;if(a===0){a=s}o=1/o;B=a*o;l*=B}}while(c&&r(B-1)>t&&--n);return i/l}function continuedFractionB(e,t,n){var B;var i;var a;var o;var l;l=e();o=l[1];if(o===0){o=s}i=o;a=0;do{l=e();if(l){a=l[1]+l[0]*a;if(a===0){a=s}i=l[1]+l[0]/i;if(i===0){i=s}a=1/a;B=i*a;o*=B}}while(l&&r(B-1)>t&&--n);return o}function continuedFraction(e,t){var n;var r;var s;r={};if(arguments.length>1){r=t}s=r.tolerance||B;n=r.maxIter||i;if(r.keep){return continuedFractionB(e,s,n)}return continuedFractionA(e,s,n)}e.exports=continuedFraction},7028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var B=n(8858);var s=n(5088);var i=1e6;function continuedFractionA(e,t,n){var s;var i;var a;var o;var l;var c;var u;s=typeof e.next==="function";u=s?e.next().value:e();o=u[1];a=u[0];if(o===0){o=B}l=o;c=0;if(s===true){do{u=e.next().value;if(u){c=u[1]+u[0]*c;if(c===0){c=B}l=u[1]+u[0]/l;if(l===0){l=B}c=1/c;i=l*c;o*=i}}while(r(i-1)>t&&--n)}else{do{u=e();if(u){c=u[1]+u[0]*c;if(c===0){c=B}l=u[1]+u[0]/l;if(l===0){l=B}c=1/c;i=l*c;o*=i}}while(u&&r(i-1)>t&&--n)}return a/o}function continuedFractionB(e,t,n){var s;var i;var a;var o;var l;var c;s=typeof e.next==="function";c=s?e.next().value:e();a=c[1];if(a===0){a=B}o=a;l=0;if(s===true){do{c=e.next().value;if(c){l=c[1]+c[0]*l;if(l===0){l=B}o=c[1]+c[0]/o;if(o===0){o=B}l=1/l;i=o*l;a*=i}}while(c&&r(i-1)>t&&--n)}else{do{c=e();if(c){l=c[1]+c[0]*l;if(l===0){l=B}o=c[1]+c[0]/o;if(o===0){o=B}l=1/l;i=o*l;a*=i}}while(c&&r(i-1)>t&&--n)}return a}function continuedFraction(e,t){var n;var r;var B;r={};if(arguments.length>1){r=t}n=r.maxIter||i;B=r.tolerance||s;if(r.keep){return continuedFractionB(e,B,n)}return continuedFractionA(e,B,n)}e.exports=continuedFraction},508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var B=n(7028);var s=n(3962);var i;if(r()){i=B}else{i=s}e.exports=i},1278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6990);var B=n(3767);function factory(e){var t;var n;var s;var i;if(e.length>500){return polyval}t="return function evalpoly(x){";n=e.length;if(n===0){t+="return 0.0;"}else if(n===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];s=n-1;for(i=1;i<n;i++){t+="+x*";if(i<s){t+="("}t+=e[i]}for(i=0;i<s-1;i++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new r(t)();function polyval(t){return B(e,t)}}e.exports=factory},2096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var B=n(3767);var s=n(1278);r(B,"factory",s);e.exports=B},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6260);var B=n(5088);var s=1e6;function sumSeries(e,t){var n;var i;var a;var o;var l;l={};if(arguments.length>1){l=t}n=l.tolerance||B;a=l.maxTerms||s;o=l.initialValue||0;do{i=e();o+=i}while(r(n*o)<r(i)&&--a);return o}e.exports=sumSeries},3333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var B=n(5088);var s=1e6;function sumSeries(e,t){var n;var i;var a;var o;var l;var c;c={};if(arguments.length>1){c=t}i=c.tolerance||B;o=c.maxTerms||s;l=c.initialValue||0;n=typeof e.next==="function";if(n===true){for(a of e){l+=a;if(r(i*l)>=r(a)||--o===0){break}}}else{do{a=e();l+=a}while(r(i*l)<r(a)&&--o)}return l}e.exports=sumSeries},6491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var B=n(3333);var s=n(6049);var i;if(r()){i=B}else{i=s}e.exports=i},4241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var B=n(222);var s=n(1877);function exponent(e){var t=r(e);t=(t&B)>>>20;return t-s|0}e.exports=exponent},7844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var B;var s;var i;if(r===true){s=1;i=0}else{s=0;i=1}B={HIGH:s,LOW:i};e.exports=B},5259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var B=n(9979);var s=n(9593);var i=new B(1);var a=new r(i.buffer);var o=s.HIGH;var l=s.LOW;function fromWords(e,t){a[o]=e;a[l]=t;return i[0]}e.exports=fromWords},9828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var B;if(r===true){B=1}else{B=0}e.exports=B},2882:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var B=n(9979);var s=n(9828);var i=new B(1);var a=new r(i.buffer);function getHighWord(e){i[0]=e;return a[s]}e.exports=getHighWord},1662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var B;if(r===true){B=0}else{B=1}e.exports=B},3761:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var B=n(9979);var s=n(5844);var i=new B(1);var a=new r(i.buffer);function getLowWord(e){i[0]=e;return a[s]}e.exports=getLowWord},750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5417);var B=n(7234);var s=n(6523);var i=n(6260);var a=4503599627370496;function normalize(e,t,n,o){if(s(e)||B(e)){t[o]=e;t[o+n]=0;return t}if(e!==0&&i(e)<r){t[o]=e*a;t[o+n]=-52;return t}t[o]=e;t[o+n]=0;return t}e.exports=normalize},9335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var B=n(6754);var s=n(750);r(B,"assign",s);e.exports=B},6754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var B;if(r===true){B=1}else{B=0}e.exports=B},5990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var B=n(9979);var s=n(2880);var i=new B(1);var a=new r(i.buffer);function setHighWord(e,t){i[0]=e;a[s]=t>>>0;return i[0]}e.exports=setHighWord},3786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var B;if(r===true){B=0}else{B=1}e.exports=B},253:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var B=n(9979);var s=n(9760);var i=new B(1);var a=new r(i.buffer);function setLowWord(e,t){i[0]=e;a[s]=t>>>0;return i[0]}e.exports=setLowWord},5132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var B=n(9979);var s=n(3808);var i=new B(1);var a=new r(i.buffer);var o=s.HIGH;var l=s.LOW;function toWords(e,t,n,r){i[0]=e;t[r]=a[o];t[r+n]=a[l];return t}e.exports=toWords},7949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var B=n(6364);var s=n(5132);r(B,"assign",s);e.exports=B},3808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var B;var s;var i;if(r===true){s=1;i=0}else{s=0;i=1}B={HIGH:s,LOW:i};e.exports=B},6364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=Math.abs;var n=String.prototype.toLowerCase;var r=String.prototype.toUpperCase;var B=String.prototype.replace;var s=/e\+(\d)$/;var i=/e-(\d)$/;var a=/^(\d+)$/;var o=/^(\d+)e/;var l=/\.0$/;var c=/\.0*e/;var u=/(\..*[^0])0*e/;function formatDouble(e,f){var C;var h;switch(f.specifier){case"e":case"E":h=e.toExponential(f.precision);break;case"f":case"F":h=e.toFixed(f.precision);break;case"g":case"G":if(t(e)<1e-4){C=f.precision;if(C>0){C-=1}h=e.toExponential(C)}else{h=e.toPrecision(f.precision)}if(!f.alternate){h=B.call(h,u,"$1e");h=B.call(h,c,"e");h=B.call(h,l,"")}break;default:throw new Error("invalid double notation. Value: "+f.specifier)}h=B.call(h,s,"e+0$1");h=B.call(h,i,"e-0$1");if(f.alternate){h=B.call(h,a,"$1.");h=B.call(h,o,"$1.e")}if(e>=0&&f.sign){h=f.sign+h}h=f.specifier===r.call(f.specifier)?r.call(h):n.call(h);return h}e.exports=formatDouble},1836:(e,t,n)=>{
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
var r=n(6392);var B=n(122);var s=String.prototype.toLowerCase;var i=String.prototype.toUpperCase;function formatInteger(e){var t;var n;var a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}n=e.arg;a=parseInt(n,10);if(!isFinite(a)){if(!r(n)){throw new Error("invalid integer. Value: "+n)}a=0}if(a<0&&(e.specifier==="u"||t!==10)){a=4294967295+a+1}if(a<0){n=(-a).toString(t);if(e.precision){n=B(n,e.precision,e.padRight)}n="-"+n}else{n=a.toString(t);if(!a&&!e.precision){n=""}else if(e.precision){n=B(n,e.precision,e.padRight)}if(e.sign){n=e.sign+n}}if(t===16){if(e.alternate){n="0x"+n}n=e.specifier===i.call(e.specifier)?i.call(n):s.call(n)}if(t===8){if(e.alternate&&n.charAt(0)!=="0"){n="0"+n}}return n}e.exports=formatInteger},24:(e,t,n)=>{
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
var r=n(1836);var B=n(7852);var s=n(6392);var i=n(2029);var a=n(4484);var o=n(122);var l=String.fromCharCode;var c=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var n;var u;var f;var C;var h;var p;var d;var g;var m;if(!c(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}h="";p=1;for(g=0;g<e.length;g++){u=e[g];if(B(u)){h+=u}else{t=u.precision!==void 0;u=initialize(u);if(!u.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+g+"`. Value: `"+u+"`.")}if(u.mapping){p=u.mapping}n=u.flags;for(m=0;m<n.length;m++){f=n.charAt(m);switch(f){case" ":u.sign=" ";break;case"+":u.sign="+";break;case"-":u.padRight=true;u.padZeros=false;break;case"0":u.padZeros=n.indexOf("-")<0;break;case"#":u.alternate=true;break;default:throw new Error("invalid flag: "+f)}}if(u.width==="*"){u.width=parseInt(arguments[p],10);p+=1;if(isnan(u.width)){throw new TypeError("the argument for * width at position "+p+" is not a number. Value: `"+u.width+"`.")}if(u.width<0){u.padRight=true;u.width=-u.width}}if(t){if(u.precision==="*"){u.precision=parseInt(arguments[p],10);p+=1;if(isnan(u.precision)){throw new TypeError("the argument for * precision at position "+p+" is not a number. Value: `"+u.precision+"`.")}if(u.precision<0){u.precision=1;t=false}}}u.arg=arguments[p];switch(u.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){u.padZeros=false}u.arg=r(u);break;case"s":u.maxWidth=t?u.precision:-1;u.arg=String(u.arg);break;case"c":if(!isnan(u.arg)){C=parseInt(u.arg,10);if(C<0||C>127){throw new Error("invalid character code. Value: "+u.arg)}u.arg=isnan(C)?String(u.arg):l(C)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){u.precision=6}d=parseFloat(u.arg);if(!isFinite(d)){if(!s(u.arg)){throw new Error("invalid floating-point number. Value: "+h)}d=u.arg;u.padZeros=false}u.arg=i(d,u);break;default:throw new Error("invalid specifier: "+u.specifier)}if(u.maxWidth>=0&&u.arg.length>u.maxWidth){u.arg=u.arg.substring(0,u.maxWidth)}if(u.padZeros){u.arg=o(u.arg,u.width||u.precision,u.padRight)}else if(u.width){u.arg=a(u.arg,u.width,u.padRight)}h+=u.arg||"";p+=1}}return h}e.exports=formatInterpolate},4484:e=>{
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
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var n;for(n=0;n<e;n++){t+="0"}return t}function zeroPad(e,t,n){var r=false;var B=t-e.length;if(B<0){return e}if(startsWithMinus(e)){r=true;e=e.substr(1)}e=n?e+zeros(B):zeros(B)+e;if(r){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,n)=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var n;var r;var B;var s;r=[];s=0;B=t.exec(e);while(B){n=e.slice(s,t.lastIndex-B[0].length);if(n.length){r.push(n)}if(B[6]==="%"){r.push("%")}else{r.push(parse(B))}s=t.lastIndex;B=t.exec(e)}n=e.slice(s);if(n.length){r.push(n)}return r}e.exports=formatTokenize},7760:(e,t,n)=>{
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
var r=n(24);var B=n(9340);var s=n(8676);function format(e){var t;var n;if(!s(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[B(e)];for(n=1;n<arguments.length;n++){t.push(arguments[n])}return r.apply(null,t)}e.exports=format},2038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2342);var B=n(7619);var s=n(61);var i;if(r()){i=B}else{i=s}e.exports=i},61:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7760);var B=Object.prototype;var s=B.toString;var i=B.__defineGetter__;var a=B.__defineSetter__;var o=B.__lookupGetter__;var l=B.__lookupSetter__;function defineProperty(e,t,n){var c;var u;var f;var C;if(typeof e!=="object"||e===null||s.call(e)==="[object Array]"){throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof n!=="object"||n===null||s.call(n)==="[object Array]"){throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n))}u="value"in n;if(u){if(o.call(e,t)||l.call(e,t)){c=e.__proto__;e.__proto__=B;delete e[t];e[t]=n.value;e.__proto__=c}else{e[t]=n.value}}f="get"in n;C="set"in n;if(u&&(f||C)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(f&&i){i.call(e,t,n.get)}if(C&&a){a.call(e,t,n.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(9501);var B=n(1006);var s=n(9728);var i;if(r()){i=s}else{i=B}e.exports=i},1006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1907);var B=n(4499);var s=n(5763);function nativeClass(e){var t;var n;var i;if(e===null||e===void 0){return s.call(e)}n=e[B];t=r(e,B);try{e[B]=void 0}catch(t){return s.call(e)}i=s.call(e);if(t){e[B]=n}else{delete e[B]}return i}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2038);var B=typeof r==="function"?r.toStringTag:"";e.exports=B},1695:(e,t,n)=>{n.d(t,{Cq:()=>B,dO:()=>r,uY:()=>s});const r=0;const B=1;const s=2;function cellState(e,t){if(e.type==="category")return e.codes[t]<0?B:r;return e.state[t]}},1148:(t,n,r)=>{r.d(n,{Md:()=>ByteInterner,tJ:()=>InvalidUtf8Error,h0:()=>decodeUtf8Strict});const B=e(import.meta.url)("node:buffer");var s=r(7642);class InvalidUtf8Error extends Error{constructor(){super("invalid UTF-8")}}function decodeUtf8Strict(e,t,n){for(let r=t;r<n;r++){if(e[r]>=128){if(!(0,B.isUtf8)(e.subarray(t,n)))throw new InvalidUtf8Error;return e.toString("utf8",t,n)}}return n-t<=12?shortAscii(e,t,n-t):e.toString("latin1",t,n)}function shortAscii(e,t,n){const r=String.fromCharCode;switch(n){case 0:return"";case 1:return r(e[t]);case 2:return r(e[t],e[t+1]);case 3:return r(e[t],e[t+1],e[t+2]);case 4:return r(e[t],e[t+1],e[t+2],e[t+3]);case 5:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4]);case 6:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5]);case 7:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6]);case 8:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7]);case 9:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8]);case 10:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9]);case 11:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9],e[t+10]);default:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9],e[t+10],e[t+11])}}class ByteInterner{nulls;dictionary=[];slots=new Int32Array(256);mask=255;entries=0;hashes=new Int32Array(64);codes=new Int32Array(64);offsets=new Int32Array(65);arena=new Uint8Array(4096);used=0;constructor(e){this.nulls=e}intern(e,t,n){let r=2166136261|0;for(let B=t;B<n;B++)r=Math.imul(r^e[B],16777619);const B=n-t;let s=r&this.mask;for(;;){const n=this.slots[s];if(n===0)break;const i=n-1;if(this.hashes[i]===r){const n=this.offsets[i];if(this.offsets[i+1]-n===B){let r=0;while(r<B&&this.arena[n+r]===e[t+r])r++;if(r===B)return this.codes[i]}}s=s+1&this.mask}if(this.nulls!==undefined&&this.nulls.matchBytes(e,t,n))return this.add(r,s,e,t,n,-1);const i=decodeUtf8Strict(e,t,n);const a=this.dictionary.length;this.dictionary.push(i);return this.add(r,s,e,t,n,a)}add(e,t,n,r,B,s){const i=this.entries++;if(i+1>=this.hashes.length){const e=new Int32Array(this.hashes.length*2);e.set(this.hashes);this.hashes=e;const t=new Int32Array(this.codes.length*2);t.set(this.codes);this.codes=t;const n=new Int32Array(this.offsets.length*2);n.set(this.offsets);this.offsets=n}const a=B-r;if(this.used+a>this.arena.length){const e=new Uint8Array(Math.max(this.arena.length*2,this.used+a));e.set(this.arena.subarray(0,this.used));this.arena=e}const o=this.arena;const l=this.used;for(let e=0;e<a;e++)o[l+e]=n[r+e];this.used=l+a;this.hashes[i]=e;this.codes[i]=s;this.offsets[i+1]=this.used;this.slots[t]=i+1;if((i+1)*2>this.slots.length)this.grow();return s}grow(){const e=(0,s.Y)(Int32Array,this.slots.length*2);const t=e.length-1;for(let n=0;n<this.entries;n++){let r=this.hashes[n]&t;while(e[r]!==0)r=r+1&t;e[r]=n+1}this.slots=e;this.mask=t}}},2902:(e,t,n)=>{n.d(t,{FQ:()=>finishColumns,IG:()=>createColumnBuilder,dd:()=>NumberBuilder,eK:()=>CategoryBuilder});var r=n(1695);var B=n(1148);var s=n(472);var i=n(129);function valueToText(e){if(typeof e==="string")return e;if(typeof e==="number"||typeof e==="bigint"||typeof e==="boolean")return String(e);if(e instanceof Date)return Number.isNaN(e.getTime())?"Invalid Date":e.toISOString();return JSON.stringify(e,(e,t)=>typeof t==="bigint"?t.toString():t)??String(e)}class NumberBuilder{name;nulls;nullsFirst;type="number";values;state;invalidText=new Map;constructor(e,t,n,r){this.name=e;this.nulls=n;this.nullsFirst=r;this.values=new Float64Array(t);this.state=new Uint8Array(t)}pushBytes(e,t,n,B){if(t===n||this.nullsFirst&&this.nulls.matchBytes(e,t,n)){this.state[B]=r.Cq;return}const i=(0,s.o)(e,t,n);if(i===i){this.values[B]=i;return}if(this.nulls.matchBytes(e,t,n)){this.state[B]=r.Cq;return}this.pushText(e.toString("utf8",t,n),B)}pushText(e,t){if(this.nulls.matchText(e)){this.state[t]=r.Cq;return}const n=(0,s.k)(e);if(n===n)this.values[t]=n;else{this.state[t]=r.uY;this.invalidText.set(t,e)}}pushValue(e,t){if(typeof e==="number"){if(Number.isFinite(e))this.values[t]=e;else if(Number.isNaN(e))this.state[t]=r.Cq;else this.invalid(String(e),t)}else if(e===null||e===undefined)this.state[t]=r.Cq;else if(typeof e==="string")this.pushText(e,t);else if(typeof e==="bigint")this.values[t]=Number(e);else this.invalid(valueToText(e),t)}invalid(e,t){this.state[t]=r.uY;this.invalidText.set(t,e)}finish(){return{type:"number",name:this.name,values:this.values,state:this.state,invalidText:this.invalidText}}}class TimestampBuilder{name;nulls;type="timestamp";values;state;invalidText=new Map;constructor(e,t,n){this.name=e;this.nulls=n;this.values=new Float64Array(t);this.state=new Uint8Array(t)}pushBytes(e,t,n,B){if(this.nulls.matchBytes(e,t,n))this.state[B]=r.Cq;else this.pushText(e.toString("utf8",t,n),B)}pushText(e,t){if(this.nulls.matchText(e)){this.state[t]=r.Cq;return}const n=(0,i.E)(e);if(n===n)this.values[t]=n;else{this.state[t]=r.uY;this.invalidText.set(t,e)}}pushValue(e,t){if(e===null||e===undefined)this.state[t]=r.Cq;else if(typeof e==="string")this.pushText(e,t);else if(typeof e==="number"&&Number.isFinite(e))this.values[t]=e;else if(typeof e==="bigint")this.values[t]=Number(e);else if(e instanceof Date&&!Number.isNaN(e.getTime()))this.values[t]=e.getTime();else{this.state[t]=r.uY;this.invalidText.set(t,valueToText(e))}}finish(){return{type:"timestamp",name:this.name,values:this.values,state:this.state,invalidText:this.invalidText}}}class CategoryBuilder{name;nulls;type="category";codes;interner;byText=new Map;constructor(e,t,n){this.name=e;this.nulls=n;this.codes=new Int32Array(t);this.interner=new B.Md(n)}pushBytes(e,t,n,r){this.codes[r]=this.interner.intern(e,t,n)}pushText(e,t){this.codes[t]=this.codeOfText(e)}pushValue(e,t){this.codes[t]=this.codeOf(e)}codeOf(e){return e===null||e===undefined?-1:this.codeOfText(valueToText(e))}codeOfText(e){if(this.nulls.matchText(e))return-1;let t=this.byText.get(e);if(t===undefined){t=this.interner.dictionary.length;this.interner.dictionary.push(e);this.byText.set(e,t)}return t}finish(){return{type:"category",name:this.name,codes:this.codes,dictionary:this.interner.dictionary}}}function createColumnBuilder(e,t,n,r){switch(t){case"number":return new NumberBuilder(e,n,r,r.hasNumericToken(s.k));case"timestamp":return new TimestampBuilder(e,n,r);case"category":return new CategoryBuilder(e,n,r)}}function finishColumns(e){return e.map(e=>e.finish())}},6788:(e,t,n)=>{n.d(t,{Y:()=>checkHeaderNames,p:()=>mapToSchema});var r=n(2635);function checkHeaderNames(e,t,n){const B=new Map;e.forEach((e,s)=>{if(e.trim()===""){throw new r.yo(`column ${s+1} of the header has an empty name`,{location:{file:t,line:n},hint:"Give every column a name in the header row"})}const i=B.get(e);if(i!==undefined){throw new r.yo(`duplicate column name \`${e}\` (columns ${i+1} and ${s+1})`,{location:{file:t,line:n,key:e},hint:"Rename one of the columns so every header name is unique"})}B.set(e,s)})}function mapToSchema(e,t,n,B){const s=new Map(t.columns.map((e,t)=>[e.name,t]));const i=t.columns.map(e=>e.name).filter(t=>!e.includes(t));const a=e.filter(e=>!s.has(e));if(i.length>0||a.length>0){const e=[];if(i.length>0)e.push(`missing ${i.map(e=>`\`${e}\``).join(", ")}`);if(a.length>0)e.push(`unexpected ${a.map(e=>`\`${e}\``).join(", ")}`);throw new r.yo(`columns differ from the first file of the dataset: ${e.join("; ")}`,{location:{file:n,line:B},hint:"Every file matched by the glob must have the same columns as the first one; fix the file or narrow the glob"})}return e.map(e=>s.get(e))}},3424:(t,n,r)=>{r.r(n);r.d(n,{PARALLEL_MIN_BYTES:()=>F,RANGE_BYTES:()=>b,guessRangeStarts:()=>guessRangeStarts,readCsvBatchesParallel:()=>readCsvBatchesParallel,readCsvRange:()=>readCsvRange,rowsPerRange:()=>rowsPerRange});var B=r(1455);var s=r(2635);var i=r(2521);var a=r(1148);var o=r(6788);const l=null&&1<<21;const c=1<<20;function rowsWithinCellBudget(e,t,n){return Math.max(1,Math.min(e,Math.floor(n/Math.max(1,t))))}var u=r(2902);var f=r(472);const C=34;const h=10;const p=13;const d=45;const g=46;const m=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15];class csv_tokenizer_CsvTokenizer{delimiter;file;starts=new Int32Array(64);ends=new Int32Array(64);escaped=new Uint8Array(64);numberTargets=[];targetRow=0;numberMissed=new Uint8Array(0);missed=0;numberKinds=new Uint8Array(64);flagsDirty=false;fieldCount=0;rowLine=1;line=1;stop;maxStop;constructor(e,t){this.delimiter=e;this.file=t;this.stop=new Uint8Array(256);this.stop[e]=1;this.stop[h]=1;this.stop[p]=1;this.stop[C]=1;this.maxStop=Math.max(e,h,p,C)}setNumberTargets(e,t){this.numberTargets=e;this.targetRow=t;this.numberKinds=new Uint8Array(this.starts.length);for(let t=0;t<e.length&&t<this.numberKinds.length;t++){this.numberKinds[t]=e[t]===undefined?0:1}}scan(e,t,n,r){const B=e.length;const s=this.stop;const i=this.maxStop;const a=this.delimiter;let o=this.starts;let l=this.ends;let c=this.escaped;let u=t;let f=-1;while(u<B){const t=this.numberTargets;const E=this.targetRow;const D=this.numberMissed;let w=0;const A=u;const v=this.line;let y=v;let I=e[u];if(I===h||I===p){if(I===p&&e[u+1]===h)u+=2;else if(I===p&&u+1>=B&&!n)return A;else u++;this.line++;continue}if(f<u){f=e.indexOf(h,u);if(f<0)f=B}const b=f<B?this.unquotedRow(e,u):-1;if(b>=0){if(e[b]===p){if(b+1>=B&&!n)return A;u=b+(e[b+1]===h?2:1)}else u=b+1;this.line=v+1;this.rowLine=v;if(!r.row(e,this))return u;continue}this.flagsDirty=true;let F=0;let x=false;while(!x){if(F>=o.length){this.growFields();o=this.starts;l=this.ends;c=this.escaped}if(u<B&&e[u]===C){const r=y;let s=u+1;let i=0;for(;;){if(s>=B){if(!n)return A;throw this.error(r,'unterminated quoted field: the file ends before its closing `"`','Close the quote, or double any `"` inside the field (`""`)')}const t=e[s];if(t===C){if(s+1>=B&&!n)return A;if(e[s+1]===C){i=1;s+=2;continue}break}if(t===h)y++;else if(t===p){if(s+1>=B&&!n)return A;if(e[s+1]!==h)y++}s++}o[F]=u+1;l[F]=s;c[F]=i;if(F<t.length&&t[F]!==undefined){D[F]=1;w++}F++;u=s+1;if(u>=B){if(!n)return A;break}I=e[u];if(I===a)u++;else if(I===h||I===p)x=true;else{throw this.error(y,`unexpected character \`${String.fromCharCode(I)}\` after the closing quote of field ${F}`,'A quoted field must end at its closing `"`; double any `"` inside it (`""`)')}}else{let r=u;const f=F<t.length?t[F]:undefined;if(f!==undefined){let t=false;if(r<B&&e[r]===d){t=true;r++}const n=r;let i=0;let a=-1;while(r<B){const t=e[r]-48;if(t>=0&&t<=9)i=i*10+t;else if(t===g-48&&a<0)a=r;else break;r++}const o=r-n-(a<0?0:1);if(o>0&&o<=15&&(r>=B||s[e[r]]===1)&&e[r]!==C){const e=a<0?i:i/m[r-a-1];f[E]=t?-e:e;D[F]=0}else{D[F]=1;w++}}while(r<B){const t=e[r];if(t>i||s[t]===0)r++;else break}if(r>=B){if(!n)return A;o[F]=u;l[F]=r;c[F]=0;F++;u=r;break}I=e[r];if(I===C){throw this.error(y,`a \`"\` inside unquoted field ${F+1}`,'Quote the whole field and double the quote inside it (`"a ""b"" c"`), as RFC 4180 requires')}o[F]=u;l[F]=r;c[F]=0;F++;u=r;if(I===a)u++;else x=true}}if(u<B){if(e[u]===p){if(u+1>=B&&!n)return A;u+=e[u+1]===h?2:1}else u++;y++}this.line=y;this.rowLine=v;this.fieldCount=F;this.missed=w;if(!r.row(e,this))return u}return u}unquotedRow(e,t){const n=this.numberKinds;const r=this.numberTargets;const B=this.targetRow;const s=this.numberMissed;const i=this.starts;const a=this.ends;const o=this.stop;const l=this.maxStop;const c=this.delimiter;const u=Math.min(i.length,n.length);if(this.flagsDirty){this.escaped.fill(0);s.fill(0);this.flagsDirty=false}let f=0;let E=0;let D;for(;;){if(E>=u)return-1;let w=t;if(n[E]===1){if(e[w]===d)w++;const n=w;let i=0;let a;while((a=e[w]-48)>>>0<10){i=i*10+a|0;w++}let o=-1;if(e[w]===g){o=w++;while((a=e[w]-48)>>>0<10){i=i*10+a|0;w++}}D=e[w];const l=w-n-(o<0?0:1);if((D===c||D===h||D===p)&&l>0&&l<=15){const s=l<=9?i:wideMantissa(e,n,w);const a=o<0?s:s/m[w-o-1];r[E][B]=n>t?-a:a;E++;t=w+1;if(D===c)continue;break}s[E]=1;f++;this.flagsDirty=true}while((D=e[w])>l||o[D]===0)w++;if(D===C)return-1;i[E]=t;a[E]=w;E++;t=w+1;if(D!==c)break}this.fieldCount=E;this.missed=f;return t-1}growFields(){const e=this.starts.length*2;const t=new Int32Array(e);t.set(this.starts);this.starts=t;const n=new Int32Array(e);n.set(this.ends);this.ends=n;const r=new Uint8Array(e);r.set(this.escaped);this.escaped=r;this.setNumberTargets(this.numberTargets,this.targetRow)}error(e,t,n){return new s.yo(t,{location:{file:this.file,line:e},hint:n})}}function wideMantissa(e,t,n){let r=0;for(let B=t;B<n;B++){const t=e[B];if(t!==g)r=r*10+(t-48)}return r}function unescapeField(e,t,n){const r=Buffer.allocUnsafe(n-t);let B=0;for(let s=t;s<n;s++){const t=e[s];r[B++]=t;if(t===C)s++}return r.subarray(0,B)}var E=r(3024);const D=e(import.meta.url)("node:stream");const w=e(import.meta.url)("node:zlib");var A=r(9289);const v=1<<20;async function*read_chunks_readChunks(e,t,n,r){const B=(0,E.createReadStream)(e,{highWaterMark:v});if(r&&n)B.on("data",e=>r(e.length));const s=n?(0,D.pipeline)(B,(0,w.createGunzip)({chunkSize:v}),()=>{}):B;try{for await(const e of s){if(r&&!n)r(e.length);yield e}}catch(e){throw(0,A.G)(e,t)}finally{B.destroy();s.destroy()}}class CarryJoiner{pending=[];pendingBytes=0;get hasPending(){return this.pending.length>0}join(e,t){this.pending.push(t);this.pendingBytes+=t.length;if(this.pendingBytes<e.length)return undefined;const n=Buffer.concat([e,...this.pending]);this.pending.length=0;this.pendingBytes=0;return n}rest(e){return Buffer.concat(e===undefined?this.pending:[e,...this.pending])}}const y=1<<16;function delimiterOf(e){return e.format==="tsv"?9:44}function readHeader(e,t,n){const r=[];for(let B=0;B<t.fieldCount;B++){const i=t.escaped[B]?unescapeField(e,t.starts[B],t.ends[B]):e;const o=t.escaped[B]?0:t.starts[B];const l=t.escaped[B]?i.length:t.ends[B];try{r.push((0,a.h0)(i,o,l))}catch(e){if(e instanceof a.tJ){throw new s.yo(`header column ${B+1} is not valid UTF-8`,{location:{file:n,line:t.rowLine},hint:"Save the file as UTF-8"})}throw e}}(0,o.Y)(r,n,t.rowLine);return r}function raggedRow(e,t,n){return new s.yo(`row has ${t.fieldCount} field${t.fieldCount===1?"":"s"} but the header has ${n}`,{location:{file:e,line:t.rowLine},hint:"Every row needs one field per header column; quote fields that contain the delimiter or a line break"})}function emptyFile(e){return new s.yo("empty file: no header row",{location:{file:e},hint:"A CSV/TSV file needs a header row naming its columns; remove the file or add a header"})}async function*drive(e,t,n){let r;const B=new CarryJoiner;let s=false;const scanAll=function*(e,r,B){for(;;){r=t.scan(e,r,B,n);if(!n.paused)return r;yield}};const skipBom=e=>{s=true;return e[0]===239&&e[1]===187&&e[2]===191?3:0};for await(const t of e){let e;if(r!==undefined&&s&&!B.hasPending&&r.length<y){const e=Buffer.concat([r,t.subarray(0,y)]);const n=yield*scanAll(e,0,false);if(n>=r.length){const e=yield*scanAll(t,n-r.length,false);r=e<t.length?t.subarray(e):undefined;continue}r=r.subarray(n)}if(r!==undefined){const n=B.join(r,t);if(n===undefined)continue;e=n}else e=t;if(!s&&e.length<3){r=e;continue}const n=yield*scanAll(e,s?0:skipBom(e),false);r=n<e.length?e.subarray(n):undefined}const i=B.rest(r);if(i.length>0)yield*scanAll(i,s?0:skipBom(i),true)}class SampleSink{file;limit;paused=false;header;values=[];rows=0;constructor(e,t){this.file=e;this.limit=t}row(e,t){if(this.header===undefined){this.header=readHeader(e,t,this.file);this.values=this.header.map(()=>[]);if(this.limit>0)this.limit=rowsWithinCellBudget(this.limit,this.header.length,c);if(this.limit>0)return true;this.paused=true;return false}if(t.fieldCount!==this.header.length)throw raggedRow(this.file,t,this.header.length);for(let n=0;n<t.fieldCount;n++){const r=t.starts[n];const B=t.ends[n];this.values[n].push(t.escaped[n]?unescapeField(e,r,B).toString("utf8"):e.toString("utf8",r,B))}if(++this.rows<this.limit)return true;this.paused=true;return false}}async function sampleCsv(e,t,n){const r=new SampleSink(e.display,t);const B=new csv_tokenizer_CsvTokenizer(delimiterOf(e),e.display);for await(const t of drive(n??read_chunks_readChunks(e.path,e.display,e.gzip),B,r))break;if(r.header===undefined)throw emptyFile(e.display);return{names:r.header,values:r.values}}class BatchSink{source;ctx;paused=false;header;length=0;width=0;builders=[];byPosition=[];map=[];fastValues=[];textPositions=new Int32Array(0);allPositions=new Int32Array(0);tok;lines=new Uint32Array(0);constructor(e,t){this.source=e;this.ctx=t}row(e,t){if(this.header===undefined){this.begin(readHeader(e,t,this.source.display),t,t.rowLine);return true}const n=this.width;if(t.fieldCount!==n)throw raggedRow(this.source.display,t,n);const r=this.length;const B=t.starts;const i=t.ends;const o=t.escaped;const l=this.byPosition;const c=t.missed>0;const u=c?this.allPositions:this.textPositions;const C=this.fastValues;const h=t.numberMissed;let p=0;try{for(let t=0;t<u.length;t++){p=u[t];const n=B[p];const s=i[p];const a=C[p];if(a!==undefined){if(h[p]===0)continue;if(s>n&&o[p]===0){const t=(0,f.o)(e,n,s);if(t===t){a[r]=t;continue}}}if(o[p]===0)l[p].pushBytes(e,n,s,r);else{const t=unescapeField(e,n,s);l[p].pushBytes(t,0,t.length,r)}}}catch(e){if(e instanceof a.tJ){const e=this.header[p];throw new s.yo(`value of \`${e}\` is not valid UTF-8`,{location:{file:this.source.display,line:t.rowLine,key:e},hint:"Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)"})}throw e}this.lines[r]=t.rowLine;this.length=r+1;t.targetRow=r+1;if(this.length<this.ctx.batchSize)return true;this.paused=true;return false}begin(e,t,n){this.header=e;this.width=e.length;this.map=(0,o.p)(e,this.ctx.schema,this.source.display,n);this.tok=t;t.numberMissed=new Uint8Array(this.width);this.reset()}reset(){const{schema:e,batchSize:t,nulls:n}=this.ctx;this.builders=e.columns.map(e=>(0,u.IG)(e.name,e.type,t,n));this.byPosition=this.map.map(e=>this.builders[e]);this.fastValues=this.byPosition.map(e=>e instanceof u.dd&&!e.nullsFirst?e.values:undefined);const r=[];this.fastValues.forEach((e,t)=>e===undefined&&r.push(t));this.textPositions=Int32Array.from(r);this.allPositions=Int32Array.from(this.fastValues,(e,t)=>t);this.lines=new Uint32Array(t);this.length=0;this.paused=false;this.tok?.setNumberTargets(this.fastValues,0)}take(e,t=false){const n={length:this.length,columns:(0,u.FQ)(this.builders),file:this.source.display,firstRow:e,lines:this.lines};if(!t)this.reset();return n}}async function*readCsvBatches(e,t,n){const r=new BatchSink(e,t);const B=new CsvTokenizer(delimiterOf(e),e.display);let s=t.firstRow;for await(const i of drive(n??readChunks(e.path,e.display,e.gzip,t.onBytes),B,r)){const e=r.take(s);s+=e.length;yield e}if(r.header===undefined)throw emptyFile(e.display);if(r.length>0)yield r.take(s,true)}var I=r(4153);const b=4<<20;const F=16<<20;const x=1<<16;async function readCsvRange(e){const t={path:e.path,display:e.display,format:e.format,gzip:false,size:e.size};const n={schema:e.schema,nulls:new I.O(e.nullValues),batchSize:e.batchSize,firstRow:1};const r=new BatchSink(t,n);const s=new csv_tokenizer_CsvTokenizer(delimiterOf(t),t.display);if(e.header!==undefined)r.begin(e.header,s,1);const i=[];let a=0;let o;let l=T;T=undefined;try{o=await(0,B.open)(e.path,"r");let t=e.start;const n=Math.max(0,e.end-t);if(l===undefined||l.length<n)l=Buffer.allocUnsafe(Math.max(n,b));let c=await readAt(o,t,n,l);let u=t+c.length>=e.size;let f=t===0&&c[0]===239&&c[1]===187&&c[2]===191?3:0;let C=x;let h=false;let p=false;const d={row:(e,t)=>{r.row(e,t);p=true;return false}};for(;;){f=s.scan(c,f,u,h?d:r);if(p)break;if(r.paused){const e=r.take(a+1);a+=e.length;i.push(e);continue}if(f>=c.length||u)break;const n=await readAt(o,t+c.length,C);C*=2;h=true;u=t+c.length+n.length>=e.size;c=Buffer.concat([c.subarray(f),n]);t+=f;f=0}if(r.length>0)i.push(r.take(a+1,true));return{start:e.start,end:t+f,lineBreaks:s.line-1,batches:i}}catch(t){throw(0,A.G)(t,e.display)}finally{T=l;await(o?.close())}}let T;async function readAt(e,t,n,r){const B=r??Buffer.allocUnsafe(n);let s=0;while(s<n){const{bytesRead:r}=await e.read(B,s,n-s,t+s);if(r===0)break;s+=r}return B.subarray(0,s)}async function guessRangeStarts(e,t,n){const r=[0];const s=await(0,B.open)(e,"r");try{for(let e=n;e<t;e+=n){let n=Math.max(e,r[r.length-1]);let B=-1;while(B<0&&n<t){const e=await readAt(s,n,x);const t=e.indexOf(10);if(t>=0)B=n+t+1;else n+=e.length;if(e.length===0)break}if(B<0||B>=t)break;if(B>r[r.length-1])r.push(B)}}finally{await s.close()}return r}async function rowsPerRange(e,t,n){const r=await(0,B.open)(e,"r");let s;try{s=await readAt(r,0,Math.min(t,x))}finally{await r.close()}let i=0;for(let e=s.indexOf(10);e>=0;e=s.indexOf(10,e+1))i++;if(i<2)return Number.MAX_SAFE_INTEGER;return Math.ceil(1.25*n*i/s.length)+64}async function*readCsvBatchesParallel(e,t,n,r=b){const{names:B}=await sampleCsv(e,0);const s=await guessRangeStarts(e.path,e.size,r);const i=[...s.slice(1),e.size];const a=Math.min(t.batchSize,await rowsPerRange(e.path,e.size,r));const o=t.rangeWork;const task=(r,s)=>{const l={path:e.path,display:e.display,format:e.format,size:e.size,start:s,end:i[r],...s>0&&{header:B},schema:t.schema,nullValues:t.nulls.tokens,batchSize:a};if(o===undefined)return n.run("csv-range",l);const c=n.run.bind(n);return c(o.csv,{...l,work:o.input})};const settle=e=>e.then(e=>({output:e}),e=>({error:e}));const l=n.size+1;const c=new Map;let u=0;const fill=e=>{while(u<s.length&&u<e+l){c.set(u,settle(task(u,s[u])));u++}};let f=0;let C=0;let h=t.firstRow;try{for(let n=0;n<s.length;n++){fill(n);let r=await c.get(n);c.delete(n);if(f>=i[n])continue;if(s[n]!==f)r=await settle(task(n,f));if("error"in r)throw relocate(r.error,e.display,C);const B=r.output;if(o!==undefined){let e=0;for(const t of B.batches)e+=t.length;o.onRange(B.work,{firstRow:h,lineBreaks:C,rows:e})}for(const e of B.batches){const t=e.lines;if(t!==undefined&&C>0)for(let n=0;n<e.length;n++)t[n]+=C;const n={...e,firstRow:h};h+=e.length;yield n}t.onBytes?.(B.end-f);f=B.end;C+=B.lineBreaks}}finally{c.clear()}}function relocate(e,t,n){if(!(0,s.iU)(e)||n===0)return e;const{location:r}=e;if(r.file!==t||r.line===undefined)return e;return(0,i.ti)(e,{...r,line:r.line+n})}},9289:(e,t,n)=>{n.d(t,{G:()=>toFileError});var r=n(2635);function isSystemError(e){return e instanceof Error&&typeof e.code==="string"}function toFileError(e,t){if((0,r.iU)(e)||!isSystemError(e))return e;const n={file:t};switch(e.code){case"ENOENT":return new r.yo("file not found",{location:n,hint:"Check the path; it may have been moved or deleted while reading",cause:e});case"EISDIR":return new r.yo("is a directory, not a file",{location:n,hint:"Point the glob at files, for example `dir/**/*.csv`",cause:e});case"EACCES":case"EPERM":return new r.yo("permission denied",{location:n,hint:"Make the file readable by this process",cause:e});case"Z_BUF_ERROR":case"Z_DATA_ERROR":case"ERR_PADDING_1":case"ERR_PADDING_2":return new r.yo(`not a valid gzip file (${e.message})`,{location:n,hint:"The file may be truncated or not gzip-compressed; re-create it, or drop the `.gz` extension if it is plain text",cause:e});default:return new r.yo(`could not read the file (${e.code}: ${e.message})`,{location:n,hint:"Check that the file exists and is readable",cause:e})}}},4153:(e,t,n)=>{n.d(t,{O:()=>NullMatcher});const r=null&&["","NA","N/A","null","NULL","NaN","None"];class NullMatcher{texts;byLength=[];maxLength;constructor(e){this.texts=new Set(e);let t=0;for(const e of this.texts){const n=Buffer.from(e,"utf8");(this.byLength[n.length]??=[]).push(n);if(n.length>t)t=n.length}this.maxLength=t}get tokens(){return[...this.texts]}matchText(e){return e.length===0||this.texts.has(e)}matchBytes(e,t,n){const r=n-t;if(r===0)return true;if(r>this.maxLength)return false;const B=this.byLength[r];if(B===undefined)return false;e:for(const n of B){for(let B=0;B<r;B++)if(n[B]!==e[t+B])continue e;return true}return false}hasNumericToken(e){for(const t of this.texts)if(t.length>0&&Number.isFinite(e(t)))return true;return false}}},7210:(e,t,n)=>{n.r(t);n.d(t,{parquetColumns:()=>parquetColumns,readParquetBatches:()=>readParquetBatches,readParquetRowGroup:()=>readParquetRowGroup});var r=n(1455);const B=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"];const s=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"];const i=["REQUIRED","OPTIONAL","REPEATED"];const a=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"];const o=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"];const l=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"];const c=["UNORDERED","ASCENDING","DESCENDING"];const u=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"];function wkbToGeojson(e){const t=getFlags(e);if(t.type===1){return{type:"Point",coordinates:readPosition(e,t)}}else if(t.type===2){return{type:"LineString",coordinates:readLine(e,t)}}else if(t.type===3){return{type:"Polygon",coordinates:readPolygon(e,t)}}else if(t.type===4){const n=[];for(let r=0;r<t.count;r++){n.push(readPosition(e,getFlags(e)))}return{type:"MultiPoint",coordinates:n}}else if(t.type===5){const n=[];for(let r=0;r<t.count;r++){n.push(readLine(e,getFlags(e)))}return{type:"MultiLineString",coordinates:n}}else if(t.type===6){const n=[];for(let r=0;r<t.count;r++){n.push(readPolygon(e,getFlags(e)))}return{type:"MultiPolygon",coordinates:n}}else if(t.type===7){const n=[];for(let r=0;r<t.count;r++){n.push(wkbToGeojson(e))}return{type:"GeometryCollection",geometries:n}}else{throw new Error(`Unsupported geometry type: ${t.type}`)}}function getFlags(e){const{view:t}=e;const n=t.getUint8(e.offset++)===1;const r=t.getUint32(e.offset,n);e.offset+=4;const B=r%1e3;const s=Math.floor(r/1e3);let i=0;if(B>1&&B<=7){i=t.getUint32(e.offset,n);e.offset+=4}let a=2;if(s)a++;if(s===3)a++;return{littleEndian:n,type:B,dim:a,count:i}}function readPosition(e,t){const n=[];for(let r=0;r<t.dim;r++){const r=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8;n.push(r)}return n}function readLine(e,t){const n=[];for(let r=0;r<t.count;r++){n.push(readPosition(e,t))}return n}function readPolygon(e,t){const{view:n}=e;const r=[];for(let B=0;B<t.count;B++){const B=n.getUint32(e.offset,t.littleEndian);e.offset+=4;r.push(readLine(e,{...t,count:B}))}return r}const f=new TextDecoder;const C={timestampFromMilliseconds(e){return new Date(Number(e))},timestampFromMicroseconds(e){return new Date(Number(e/1000n))},timestampFromNanoseconds(e){return new Date(Number(e/1000000n))},dateFromDays(e){return new Date(e*864e5)},stringFromBytes(e){return e&&f.decode(e)},jsonFromBytes(e){return e&&JSON.parse(f.decode(e))},geometryFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},geographyFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},uuidFromBytes(e){if(!e)return undefined;const t=Array.from(e,e=>e.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function convertWithDictionary(e,t,n,r){if(t&&n.endsWith("_DICTIONARY")){let n=e;if(e instanceof Uint8Array&&!(t instanceof Uint8Array)){n=new t.constructor(e.length)}for(let r=0;r<e.length;r++){n[r]=t[e[r]]}return n}else{return convert(e,r)}}function convert(e,t){const{element:n,parsers:r,utf8:B=true,schemaPath:s}=t;const{type:i,converted_type:a,logical_type:o}=n;const l=n.repetition_type!=="REQUIRED";const c=s?.some(e=>e.element.logical_type?.type==="VARIANT");if(c&&i==="BYTE_ARRAY"&&a!=="UTF8"&&o?.type!=="STRING"){return e}if(a==="DECIMAL"){const t=n.scale||0;const r=10**-t;const B=new Array(e.length);for(let t=0;t<B.length;t++){if(e[t]instanceof Uint8Array){B[t]=parseDecimal(e[t])*r}else{B[t]=Number(e[t])*r}}return B}if(!a&&i==="INT96"){return Array.from(e).map(e=>r.timestampFromNanoseconds(parseInt96Nanos(e)))}if(a==="DATE"){return Array.from(e).map(e=>r.dateFromDays(e))}if(a==="TIMESTAMP_MILLIS"){return Array.from(e).map(e=>r.timestampFromMilliseconds(e))}if(a==="TIMESTAMP_MICROS"){return Array.from(e).map(e=>r.timestampFromMicroseconds(e))}if(a==="JSON"){return e.map(e=>r.jsonFromBytes(e))}if(a==="BSON"){throw new Error("parquet bson not supported")}if(a==="INTERVAL"){throw new Error("parquet interval not supported")}if(o?.type==="GEOMETRY"){return e.map(e=>r.geometryFromBytes(e))}if(o?.type==="GEOGRAPHY"){return e.map(e=>r.geographyFromBytes(e))}if(o?.type==="UUID"){return e.map(e=>r.uuidFromBytes(e))}if(a==="UTF8"||o?.type==="STRING"||B&&i==="BYTE_ARRAY"){return e.map(e=>r.stringFromBytes(e))}if(a==="UINT_64"||o?.type==="INTEGER"&&o.bitWidth===64&&!o.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);const t=l?new Array(e.length):new BigUint64Array(e.length);for(let n=0;n<t.length;n++)t[n]=e[n];return t}if(a==="UINT_32"||o?.type==="INTEGER"&&o.bitWidth===32&&!o.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);const t=l?new Array(e.length):new Uint32Array(e.length);for(let n=0;n<t.length;n++){t[n]=e[n]<0?4294967296+e[n]:e[n]}return t}if(o?.type==="FLOAT16"){return Array.from(e).map(parseFloat16)}if(o?.type==="TIMESTAMP"){const{unit:t}=o;let n=r.timestampFromMilliseconds;if(t==="MICROS")n=r.timestampFromMicroseconds;if(t==="NANOS")n=r.timestampFromNanoseconds;const B=new Array(e.length);for(let t=0;t<B.length;t++){B[t]=n(e[t])}return B}return e}function parseDecimal(e){if(!e.length)return 0;let t=0n;for(const n of e){t=t*256n+BigInt(n)}const n=e.length*8;if(t>=2n**BigInt(n-1)){t-=2n**BigInt(n)}return Number(t)}function parseInt96Nanos(e){const t=(e>>64n)-2440588n;const n=e&0xffffffffffffffffn;return t*86400000000000n+n}function parseFloat16(e){if(!e)return undefined;const t=e[1]<<8|e[0];const n=t>>15?-1:1;const r=t>>10&31;const B=t&1023;if(r===0)return n*2**-14*(B/1024);if(r===31)return B?NaN:n*Infinity;return n*2**(r-15)*(1+B/1024)}function schemaTree(e,t,n){const r=e[t];const B=[];let s=1;if(r.num_children){while(B.length<r.num_children){const r=e[t+s];const i=schemaTree(e,t+s,[...n,r.name]);s+=i.count;B.push(i)}}return{count:s,element:r,children:B,path:n}}function getSchemaPath(e,t){return getTreePath(schemaTree(e,0,[]),t)}function getTreePath(e,t){const n=[e];for(const r of t){const B=e.children.find(e=>e.element.name===r);if(!B)throw new Error(`parquet schema element not found: ${t}`);n.push(B);e=B}return n}function getPhysicalColumns(e){const t=[];function traverse(e){if(e.children.length){for(const t of e.children){traverse(t)}}else{t.push(e.path.join("."))}}traverse(e);return t}function getMaxRepetitionLevel(e){let t=0;for(const{element:n}of e){if(n.repetition_type==="REPEATED"){t++}}return t}function getMaxDefinitionLevel(e){let t=0;for(const{element:n}of e.slice(1)){if(n.repetition_type!=="REQUIRED"){t++}}return t}function isListLike(e){if(!e)return false;if(e.element.converted_type!=="LIST")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length>1)return false;if(t.element.repetition_type!=="REPEATED")return false;return true}function isMapLike(e){if(!e)return false;if(e.element.converted_type!=="MAP")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length!==2)return false;if(t.element.repetition_type!=="REPEATED")return false;const n=t.children.find(e=>e.element.name==="key");if(n?.element.repetition_type==="REPEATED")return false;const r=t.children.find(e=>e.element.name==="value");if(r?.element.repetition_type==="REPEATED")return false;return true}function isFlatColumn(e){if(e.length!==2)return false;const[,t]=e;if(t.element.repetition_type==="REPEATED")return false;if(t.children.length)return false;return true}const h=0;const p=1;const d=2;const g=3;const m=4;const E=5;const D=6;const w=7;const A=8;const v=9;const y=12;function deserializeTCompactProtocol(e){const t={};let n=0;while(true){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");const r=e.view.getUint8(e.offset++);const B=r&15;if(B===h)break;const s=r>>4;n=s?n+s:readZigZag(e);t[`field_${n}`]=readElement(e,B)}return t}function readElement(e,t){switch(t){case p:return true;case d:return false;case g:return e.view.getInt8(e.offset++);case m:case E:return readZigZag(e);case D:return readZigZagBigInt(e);case w:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case A:{const t=readVarInt(e);if(e.offset+t>e.view.byteLength){throw new Error(`thrift binary length ${t} exceeds remaining ${e.view.byteLength-e.offset} bytes`)}const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return n}case v:{const t=e.view.getUint8(e.offset++);const n=t&15;let r=t>>4;if(r===15){r=readVarInt(e)}const B=n===p||n===d;const s=new Array(r);for(let t=0;t<r;t++){s[t]=B?readElement(e,g)===1:readElement(e,n)}return s}case y:return deserializeTCompactProtocol(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function readVarInt(e){let t=0;let n=0;while(true){const r=e.view.getUint8(e.offset++);t|=(r&127)<<n;if(!(r&128)){return t}n+=7}}function readVarBigInt(e){let t=0n;let n=0n;while(true){const r=e.view.getUint8(e.offset++);t|=BigInt(r&127)<<n;if(!(r&128)){return t}n+=7n}}function readZigZag(e){const t=readVarInt(e);return t>>>1^-(t&1)}function readZigZagBigInt(e){const t=readVarBigInt(e);return t>>1n^-(t&1n)}function markGeoColumns(e,t){const n=new Map;const r=t?.find(({key:e})=>e==="geo")?.value;const B=(r&&JSON.parse(r)?.columns)??{};for(const[e,t]of Object.entries(B)){if(t.encoding!=="WKB")continue;const r=t.edges==="spherical"?"GEOGRAPHY":"GEOMETRY";const B=t.crs?.id??t.crs?.ids?.[0];const s=B?`${B.authority}:${B.code.toString()}`:undefined;n.set(e,{type:r,crs:s})}for(let t=1;t<e.length;t++){const{logical_type:r,name:B,num_children:s,type:i}=e[t];if(s){t+=s;continue}if(i==="BYTE_ARRAY"&&!r){e[t].logical_type=n.get(B)}}}const I=1<<19;const b=new TextDecoder;function decode(e){return e&&b.decode(e)}async function metadata_parquetMetadataAsync(e,{parsers:t,initialFetchSize:n=I,geoparquet:r=true}={}){if(!e||!(e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const B=Math.max(0,e.byteLength-n);const s=await e.slice(B,e.byteLength);const i=new DataView(s);if(i.getUint32(s.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const a=i.getUint32(s.byteLength-8,true);if(a>e.byteLength-8){throw new Error(`parquet metadata length ${a} exceeds available buffer ${e.byteLength-8}`)}if(a+8>n){const n=e.byteLength-a-8;const i=await e.slice(n,B);const o=new ArrayBuffer(a+8);const l=new Uint8Array(o);l.set(new Uint8Array(i));l.set(new Uint8Array(s),B-n);return parquetMetadata(o,{parsers:t,geoparquet:r})}else{return parquetMetadata(s,{parsers:t,geoparquet:r})}}function parquetMetadata(e,{parsers:t,geoparquet:n=true}={}){let r;if(e instanceof ArrayBuffer){r=new DataView(e)}else if(e instanceof Uint8Array){r=new DataView(e.buffer,e.byteOffset,e.byteLength)}else{throw new Error("parquet expected ArrayBuffer or Uint8Array")}const c={...C,...t};if(r.byteLength<8){throw new Error("parquet file is too short")}if(r.getUint32(r.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const u=r.byteLength-8;const f=r.getUint32(u,true);if(f>r.byteLength-8){throw new Error(`parquet metadata length ${f} exceeds available buffer ${r.byteLength-8}`)}const h=u-f;const p={view:r,offset:h};const d=deserializeTCompactProtocol(p);const g=d.field_1;const m=d.field_2.map(e=>({type:B[e.field_1],type_length:e.field_2,repetition_type:i[e.field_3],name:decode(e.field_4),num_children:e.field_5,converted_type:a[e.field_6],scale:e.field_7,precision:e.field_8,field_id:e.field_9,logical_type:logicalType(e.field_10)}));const E=m.filter(e=>e.type);const D=d.field_3;const w=d.field_4.map(e=>({columns:e.field_1.map((e,t)=>({file_path:decode(e.field_1),file_offset:e.field_2,meta_data:e.field_3&&{type:B[e.field_3.field_1],encodings:e.field_3.field_2?.map(e=>s[e]),path_in_schema:e.field_3.field_3.map(decode),codec:o[e.field_3.field_4],num_values:e.field_3.field_5,total_uncompressed_size:e.field_3.field_6,total_compressed_size:e.field_3.field_7,key_value_metadata:e.field_3.field_8?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)})),data_page_offset:e.field_3.field_9,index_page_offset:e.field_3.field_10,dictionary_page_offset:e.field_3.field_11,statistics:convertStats(e.field_3.field_12,E[t],c),encoding_stats:e.field_3.field_13?.map(e=>({page_type:l[e.field_1],encoding:s[e.field_2],count:e.field_3})),bloom_filter_offset:e.field_3.field_14,bloom_filter_length:e.field_3.field_15,size_statistics:e.field_3.field_16&&{unencoded_byte_array_data_bytes:e.field_3.field_16.field_1,repetition_level_histogram:e.field_3.field_16.field_2,definition_level_histogram:e.field_3.field_16.field_3},geospatial_statistics:e.field_3.field_17&&{bbox:e.field_3.field_17.field_1&&{xmin:e.field_3.field_17.field_1.field_1,xmax:e.field_3.field_17.field_1.field_2,ymin:e.field_3.field_17.field_1.field_3,ymax:e.field_3.field_17.field_1.field_4,zmin:e.field_3.field_17.field_1.field_5,zmax:e.field_3.field_17.field_1.field_6,mmin:e.field_3.field_17.field_1.field_7,mmax:e.field_3.field_17.field_1.field_8},geospatial_types:e.field_3.field_17.field_2}},offset_index_offset:e.field_4,offset_index_length:e.field_5,column_index_offset:e.field_6,column_index_length:e.field_7,crypto_metadata:e.field_8,encrypted_column_metadata:e.field_9})),total_byte_size:e.field_2,num_rows:e.field_3,sorting_columns:e.field_4?.map(e=>({column_idx:e.field_1,descending:e.field_2,nulls_first:e.field_3})),file_offset:e.field_5,total_compressed_size:e.field_6,ordinal:e.field_7}));const A=d.field_5?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)}));const v=decode(d.field_6);if(n){markGeoColumns(m,A)}return{version:g,schema:m,num_rows:D,row_groups:w,key_value_metadata:A,created_by:v,metadata_length:f}}function metadata_parquetSchema({schema:e}){return getSchemaPath(e,[])[0]}function logicalType(e){if(e?.field_1)return{type:"STRING"};if(e?.field_2)return{type:"MAP"};if(e?.field_3)return{type:"LIST"};if(e?.field_4)return{type:"ENUM"};if(e?.field_5)return{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2};if(e?.field_6)return{type:"DATE"};if(e?.field_7)return{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:timeUnit(e.field_7.field_2)};if(e?.field_8)return{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:timeUnit(e.field_8.field_2)};if(e?.field_10)return{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2};if(e?.field_11)return{type:"NULL"};if(e?.field_12)return{type:"JSON"};if(e?.field_13)return{type:"BSON"};if(e?.field_14)return{type:"UUID"};if(e?.field_15)return{type:"FLOAT16"};if(e?.field_16)return{type:"VARIANT",specification_version:e.field_16.field_1};if(e?.field_17)return{type:"GEOMETRY",crs:decode(e.field_17.field_1)};if(e?.field_18)return{type:"GEOGRAPHY",crs:decode(e.field_18.field_1),algorithm:u[e.field_18.field_2]};return e}function timeUnit(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function convertStats(e,t,n){return e&&{max:convertMetadata(e.field_1,t,n),min:convertMetadata(e.field_2,t,n),null_count:e.field_3,distinct_count:e.field_4,max_value:convertMetadata(e.field_5,t,n),min_value:convertMetadata(e.field_6,t,n),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function convertMetadata(e,t,n){const{type:r,converted_type:B,logical_type:s}=t;if(e===undefined)return e;if(r==="BOOLEAN")return e[0]===1;if(r==="BYTE_ARRAY")return n.stringFromBytes(e);const i=new DataView(e.buffer,e.byteOffset,e.byteLength);if(r==="FLOAT"&&i.byteLength===4)return i.getFloat32(0,true);if(r==="DOUBLE"&&i.byteLength===8)return i.getFloat64(0,true);if(r==="INT32"&&B==="DECIMAL"&&i.byteLength===4){return i.getInt32(0,true)*10**-(t.scale||0)}if(r==="INT64"&&B==="DECIMAL"&&i.byteLength===8){return Number(i.getBigInt64(0,true))*10**-(t.scale||0)}if(r==="INT32"&&B==="DATE")return n.dateFromDays(i.getInt32(0,true));if(r==="INT64"&&B==="TIMESTAMP_MILLIS")return n.timestampFromMilliseconds(i.getBigInt64(0,true));if(r==="INT64"&&B==="TIMESTAMP_MICROS")return n.timestampFromMicroseconds(i.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="NANOS")return n.timestampFromNanoseconds(i.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="MICROS")return n.timestampFromMicroseconds(i.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP")return n.timestampFromMilliseconds(i.getBigInt64(0,true));const a=B?.startsWith("UINT_")||s?.type==="INTEGER"&&!s.isSigned;if(r==="INT32"&&a&&i.byteLength===4)return i.getUint32(0,true);if(r==="INT64"&&a&&i.byteLength===8)return i.getBigUint64(0,true);if(r==="INT32"&&i.byteLength===4)return i.getInt32(0,true);if(r==="INT64"&&i.byteLength===8)return i.getBigInt64(0,true);if(B==="DECIMAL")return parseDecimal(e)*10**-(t.scale||0);if(s?.type==="FLOAT16")return parseFloat16(e);if(s?.type==="UUID")return n.uuidFromBytes(e);if(r==="FIXED_LEN_BYTE_ARRAY")return e;return e}const F=0xffffffffffffffffn;const x=0x9e3779b185ebca87n;const T=0xc2b2ae3d27d4eb4fn;const N=0x165667b19e3779f9n;const O=0x85ebca77c2b2ae63n;const R=0x27d4eb2f165667c5n;function rotl64(e,t){return(e<<t|e>>64n-t)&F}function round(e,t){e=e+t*T&F;e=rotl64(e,31n);return e*x&F}function mergeRound(e,t){e^=round(0n,t);return e*x+O&F}function xxhash64(e,t=0n){const n=new DataView(e.buffer,e.byteOffset,e.byteLength);const r=e.byteLength;let B=0;let s;if(r>=32){let e=t+x+T&F;let i=t+T&F;let a=t;let o=t-x&F;while(B+32<=r){e=round(e,n.getBigUint64(B,true));B+=8;i=round(i,n.getBigUint64(B,true));B+=8;a=round(a,n.getBigUint64(B,true));B+=8;o=round(o,n.getBigUint64(B,true));B+=8}s=rotl64(e,1n)+rotl64(i,7n)+rotl64(a,12n)+rotl64(o,18n)&F;s=mergeRound(s,e);s=mergeRound(s,i);s=mergeRound(s,a);s=mergeRound(s,o)}else{s=t+R&F}s=s+BigInt(r)&F;while(B+8<=r){s^=round(0n,n.getBigUint64(B,true));s=rotl64(s,27n)*x+O&F;B+=8}if(B+4<=r){s^=BigInt(n.getUint32(B,true))*x&F;s=rotl64(s,23n)*T+N&F;B+=4}while(B<r){s^=BigInt(n.getUint8(B))*R&F;s=rotl64(s,11n)*x&F;B+=1}s^=s>>33n;s=s*T&F;s^=s>>29n;s=s*N&F;s^=s>>32n;return s}const L=new TextEncoder;const S=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function blockIndex(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function blockMask(e){const t=new Uint32Array(8);const n=Number(e&0xffffffffn)|0;for(let e=0;e<8;e++){t[e]=1<<(Math.imul(n,S[e])>>>27)}return t}function sbbfInsert(e,t){const n=blockIndex(t,e.length>>3)<<3;const r=blockMask(t);for(let t=0;t<8;t++){e[n+t]|=r[t]}}function sbbfContains(e,t){const n=blockIndex(t,e.length>>3)<<3;const r=blockMask(t);for(let t=0;t<8;t++){if((e[n+t]&r[t])===0)return false}return true}function readBloomFilter(e){const t=deserializeTCompactProtocol(e);const n=t.field_1;if(typeof n!=="number"||n<=0||n%32!==0)return undefined;if(!t.field_2?.field_1)return undefined;if(!t.field_3?.field_1)return undefined;if(!t.field_4?.field_1)return undefined;const{view:r,offset:B}=e;if(B+n>r.byteLength){throw new Error(`parquet bloom filter truncated: need ${n} bytes, have ${r.byteLength-B}`)}const s=new Uint32Array(n>>2);for(let e=0;e<s.length;e++){s[e]=r.getUint32(B+e*4,true)}e.offset=B+n;return{numBytes:n,blocks:s}}function hashParquetValue(e,t){if(e===null||e===undefined)return undefined;const{type:n,converted_type:r,logical_type:B}=t;if(n==="BOOLEAN"){if(typeof e!=="boolean")return undefined;return xxhash64(new Uint8Array([e?1:0]))}if(n==="FLOAT"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(4);new DataView(t).setFloat32(0,e,true);return xxhash64(new Uint8Array(t))}if(n==="DOUBLE"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(8);new DataView(t).setFloat64(0,e,true);return xxhash64(new Uint8Array(t))}if(n==="INT32"){if(r==="DATE"||r==="DECIMAL"||r==="TIME_MILLIS")return undefined;if(B?.type==="DATE"||B?.type==="TIME"||B?.type==="DECIMAL")return undefined;if(typeof e!=="number"||!Number.isInteger(e))return undefined;const t=new ArrayBuffer(4);new DataView(t).setInt32(0,e|0,true);return xxhash64(new Uint8Array(t))}if(n==="INT64"){if(r==="TIMESTAMP_MILLIS"||r==="TIMESTAMP_MICROS")return undefined;if(r==="TIME_MICROS"||r==="DECIMAL")return undefined;if(B?.type==="TIMESTAMP"||B?.type==="TIME"||B?.type==="DECIMAL")return undefined;let t;if(typeof e==="bigint")t=e;else if(typeof e==="number"&&Number.isSafeInteger(e))t=BigInt(e);else return undefined;const n=new ArrayBuffer(8);new DataView(n).setBigUint64(0,BigInt.asUintN(64,t),true);return xxhash64(new Uint8Array(n))}if(n==="BYTE_ARRAY"){if(r==="JSON"||r==="BSON"||r==="DECIMAL")return undefined;if(B?.type==="JSON"||B?.type==="BSON"||B?.type==="VARIANT")return undefined;if(B?.type==="GEOMETRY"||B?.type==="GEOGRAPHY")return undefined;if(typeof e==="string")return xxhash64(L.encode(e));if(e instanceof Uint8Array)return xxhash64(e);return undefined}if(n==="FIXED_LEN_BYTE_ARRAY"){if(r==="DECIMAL"||r==="INTERVAL")return undefined;if(B?.type==="DECIMAL"||B?.type==="UUID"||B?.type==="FLOAT16")return undefined;if(B?.type==="GEOMETRY"||B?.type==="GEOGRAPHY")return undefined;if(e instanceof Uint8Array)return xxhash64(e);return undefined}return undefined}function bloomEligibleColumns(e){const t=new Set;walkBloomEligible(e,t);return t}function walkBloomEligible(e,t){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){for(const n of e.$and)walkBloomEligible(n,t);return}if("$or"in e&&Array.isArray(e.$or)){for(const n of e.$or)walkBloomEligible(n,t);return}if("$nor"in e)return;for(const[n,r]of Object.entries(e)){if(n.startsWith("$"))continue;if(typeof r==="object"&&r!==null&&!Array.isArray(r)){if("$eq"in r||"$in"in r)t.add(n)}else{t.add(n)}}}function toJson(e){if(e===undefined)return null;if(typeof e==="bigint")return Number(e);if(Object.is(e,-0))return 0;if(Array.isArray(e))return e.map(toJson);if(e instanceof Uint8Array)return Array.from(e);if(e instanceof Date)return e.toISOString();if(e instanceof Object){const t={};for(const n of Object.keys(e)){if(e[n]===undefined)continue;t[n]=toJson(e[n])}return t}return e}function utils_concat(e,t){const n=1e4;for(let r=0;r<t.length;r+=n){e.push(...t.slice(r,r+n))}}function equals(e,t,n=true){if(n?e===t:e==t)return true;if(!e||!t||typeof e!=="object"||typeof t!=="object")return false;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return false;for(let n=0;n<e.length;n++){if(e[n]!==t[n])return false}return true}if(e instanceof Date||t instanceof Date){return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime()}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return false;for(let r=0;r<e.length;r++){if(!equals(e[r],t[r],n))return false}return true}const r=Object.keys(e);if(r.length!==Object.keys(t).length)return false;for(const B of r){if(!equals(e[B],t[B],n))return false}return true}async function byteLengthFromUrlUsingGet(e,t={},n=globalThis.fetch){const r=new AbortController;const B=new Headers(t.headers);B.set("Range","bytes=0-0");const s=await n(e,{...t,headers:B,signal:r.signal});if(!s.ok)throw new Error(`fetch with range failed ${s.status}`);if(s.status===206){const e=s.headers.get("Content-Range");if(!e)throw new Error("missing content-range header");const t=e.match(/bytes \d+-\d+\/(\d+)/);if(!t)throw new Error(`invalid content-range header: ${e}`);return parseInt(t[1])}if(s.status===200){const e=s.headers.get("Content-Length");r.abort();if(e)return parseInt(e)}throw new Error("server does not support range requests and missing content-length")}async function byteLengthFromUrl(e,t,n){const r=n??globalThis.fetch;const B=await r(e,{...t,method:"HEAD"});if(B.status===403){return byteLengthFromUrlUsingGet(e,t,r)}if(!B.ok)throw new Error(`fetch head failed ${B.status}`);const s=B.headers.get("Content-Length");if(!s){return byteLengthFromUrlUsingGet(e,t,r)}return parseInt(s)}async function asyncBufferFromUrl({url:e,byteLength:t,requestInit:n,fetch:r}){if(!e)throw new Error("missing url");const B=r??globalThis.fetch;t??=await byteLengthFromUrl(e,n,B);let s=undefined;const i=n||{};return{byteLength:t,async slice(t,n){if(s){return s.then(e=>e.slice(t,n))}const r=new Headers(i.headers);const a=n===undefined?"":n-1;r.set("Range",`bytes=${t}-${a}`);const o=await B(e,{...i,headers:r});if(!o.ok||!o.body)throw new Error(`fetch failed ${o.status}`);if(o.status===200){s=o.arrayBuffer();return s.then(e=>e.slice(t,n))}else if(o.status===206){return o.arrayBuffer()}else{throw new Error(`fetch received unexpected status code ${o.status}`)}}}}function cachedAsyncBuffer({byteLength:e,slice:t},{minSize:n=defaultInitialFetchSize}={}){if(e<n){const n=t(0,e);return{byteLength:e,async slice(e,t){return(await n).slice(e,t)}}}const r=new Map;return{byteLength:e,slice(n,B){const s=cacheKey(n,B,e);const i=r.get(s);if(i)return i;const a=t(n,B);r.set(s,a);return a}}}function cacheKey(e,t,n){if(e<0){if(t!==undefined)throw new Error(`invalid suffix range [${e}, ${t}]`);if(n===undefined)return`${e},`;return`${n+e},${n}`}else if(t!==undefined){if(e>t)throw new Error(`invalid empty range [${e}, ${t}]`);return`${e},${t}`}else if(n===undefined){return`${e},`}else{return`${e},${n}`}}function utils_flatten(e){if(!e)return[];if(e.length===1)return e[0];const t=[];for(const n of e){utils_concat(t,n)}return t}const G=new TextEncoder;function pathsNeededForFilter(e){if(!e)return[];const t=[];if("$and"in e&&Array.isArray(e.$and)){t.push(...e.$and.flatMap(pathsNeededForFilter))}else if("$or"in e&&Array.isArray(e.$or)){t.push(...e.$or.flatMap(pathsNeededForFilter))}else if("$nor"in e&&Array.isArray(e.$nor)){t.push(...e.$nor.flatMap(pathsNeededForFilter))}else{t.push(...Object.keys(e))}return[...new Set(t)]}function filter_columnsNeededForFilter(e){return[...new Set(pathsNeededForFilter(e).map(e=>e.split(".")[0]))]}function matchFilter(e,t,n=true){if("$and"in t&&Array.isArray(t.$and)){return t.$and.every(t=>matchFilter(e,t,n))}if("$or"in t&&Array.isArray(t.$or)){return t.$or.some(t=>matchFilter(e,t,n))}if("$nor"in t&&Array.isArray(t.$nor)){return!t.$nor.some(t=>matchFilter(e,t,n))}return Object.entries(t).every(([t,r])=>{const B=resolve(e,t);if(typeof r!=="object"||r===null||Array.isArray(r)){return equals(B,r,n)}return Object.entries(r||{}).every(([e,t])=>{if(e==="$gt")return B!==null&&B!==undefined&&B>t;if(e==="$gte")return B!==null&&B!==undefined&&B>=t;if(e==="$lt")return B!==null&&B!==undefined&&B<t;if(e==="$lte")return B!==null&&B!==undefined&&B<=t;if(e==="$eq")return equals(B,t,n);if(e==="$ne")return!equals(B,t,n);if(e==="$in")return Array.isArray(t)&&matchesIn(B,t,n);if(e==="$nin")return Array.isArray(t)&&!matchesIn(B,t,n);if(e==="$not")return!matchFilter({value:B},{value:t},n);return true})})}function matchesIn(e,t,n){return t.some(t=>equals(e,t,n)||Array.isArray(e)&&e.some(e=>equals(e,t,n)))}function canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r=true,bloomFilters:B,schemaElements:s}){if(!n)return false;if("$and"in n&&Array.isArray(n.$and)){return n.$and.some(n=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:B,schemaElements:s}))}if("$or"in n&&Array.isArray(n.$or)){return n.$or.every(n=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:B,schemaElements:s}))}if("$nor"in n&&Array.isArray(n.$nor)){return false}for(const[i,a]of Object.entries(n)){const n=t.indexOf(i);if(n===-1)continue;const o=e.columns[n].meta_data?.statistics;const{min:l,max:c,min_value:u,max_value:f,null_count:C}=o||{};const h=u!==undefined?u:l;const p=f!==undefined?f:c;const d=h!==undefined&&p!==undefined;const g=B?.[i];const m=s?.[i];const E=matchFilter({value:null},{value:a},r)&&(C===undefined||C>0);if(d&&!E&&canSkipStats(a,h,p,r,m)){return true}for(const[e,t]of Object.entries(a||{})){if(g&&m){if(e==="$eq"){const e=hashParquetValue(t,m);if(e!==undefined&&!sbbfContains(g.blocks,e))return true}if(e==="$in"&&Array.isArray(t)&&t.length>0){let e=true;for(const n of t){const t=hashParquetValue(n,m);if(t===undefined||sbbfContains(g.blocks,t)){e=false;break}}if(e)return true}}}}return false}function canSkipStats(e,t,n,r,B){if(t===undefined||n===undefined)return false;const s=B?.type==="FLOAT"||B?.type==="DOUBLE"||B?.logical_type?.type==="FLOAT16";for(const[i,a]of Object.entries(e||{})){const e=compareParquetValues(t,a,r,B);const o=compareParquetValues(n,a,r,B);const l=t instanceof Uint8Array||n instanceof Uint8Array;const c=!l&&(B?.type!=="BYTE_ARRAY"||typeof a==="string"&&[...a].every(e=>e.charCodeAt(0)<=127));if(i==="$gt"&&c&&o!==undefined&&o<=0)return true;if(i==="$gte"&&c&&o!==undefined&&o<0)return true;if(i==="$lt"&&c&&e!==undefined&&e>=0)return true;if(i==="$lte"&&c&&e!==undefined&&e>0)return true;if(i==="$eq"){const e=compareParquetValues(a,t,r,B);const s=compareParquetValues(a,n,r,B);if(e!==undefined&&e<0||s!==undefined&&s>0)return true}if(i==="$ne"&&!s&&equals(t,n,r)&&equals(t,a,r))return true;if(i==="$in"&&Array.isArray(a)&&a.every(e=>{const s=compareParquetValues(e,t,r,B);const i=compareParquetValues(e,n,r,B);return s!==undefined&&s<0||i!==undefined&&i>0}))return true;if(i==="$nin"&&!s&&Array.isArray(a)&&equals(t,n,r)&&a.some(e=>equals(t,e,r)))return true}return false}function compareParquetValues(e,t,n,r){if(r?.type==="BYTE_ARRAY"){if(typeof e!=="string"||typeof t!=="string")return undefined;return compareBytes(G.encode(e),G.encode(t))}if(e instanceof Uint8Array||t instanceof Uint8Array){if(!(e instanceof Uint8Array)||!(t instanceof Uint8Array))return undefined;return compareBytes(e,t)}if(e<t)return-1;if(e>t)return 1;if(equals(e,t,n))return 0;return undefined}function compareBytes(e,t){const n=Math.min(e.length,t.length);for(let r=0;r<n;r++){if(e[r]<t[r])return-1;if(e[r]>t[r])return 1}if(e.length<t.length)return-1;if(e.length>t.length)return 1;return 0}function matchesNull(e,t){return matchFilter({value:null},{value:e},t)}function filterPageRanges(e,t,n,r=true){if(!e)return undefined;if("$and"in e&&Array.isArray(e.$and)){let B;for(const s of e.$and){B=intersectRanges(B,filterPageRanges(s,t,n,r))}return B}if("$or"in e&&Array.isArray(e.$or)){let B=[];for(const s of e.$or){const e=filterPageRanges(s,t,n,r);if(!e)return undefined;B=unionRanges(B,e)}return B}if("$nor"in e&&Array.isArray(e.$nor)){return undefined}let B;for(const[s,i]of Object.entries(e)){const e=t[s];if(!e)continue;const a=matchesNull(i,r);const o=[];for(let t=0;t<e.pageStarts.length;t++){const B=e.pageStarts[t];const s=t+1<e.pageStarts.length?e.pageStarts[t+1]:n;const l=e.nullCounts?.[t];const c=a&&(l===undefined||l>0);const u=!e.nullPages[t]&&!c&&canSkipStats(i,e.minValues[t],e.maxValues[t],r,e.element);if(!u){const e=o[o.length-1];if(e&&e[1]===B)e[1]=s;else o.push([B,s])}}B=intersectRanges(B,o)}return B}function intersectRanges(e,t){if(!e)return t;if(!t)return e;const n=[];let r=0;let B=0;while(r<e.length&&B<t.length){const s=Math.max(e[r][0],t[B][0]);const i=Math.min(e[r][1],t[B][1]);if(s<i)n.push([s,i]);if(e[r][1]<t[B][1])r++;else B++}return n}function unionRanges(e,t){const n=[];let r=0;let B=0;while(r<e.length||B<t.length){const s=B>=t.length||r<e.length&&e[r][0]<=t[B][0]?e[r++]:t[B++];const i=n[n.length-1];if(i&&s[0]<=i[1])i[1]=Math.max(i[1],s[1]);else n.push([s[0],s[1]])}return n}function resolve(e,t){let n=e;for(const e of t.split(".")){n=n?.[e]}return n}const M=new TextDecoder;const H=new WeakMap;function decodeVariantColumn(e,t=C){if(Array.isArray(e)){return e.map(e=>decodeVariantColumn(e,t))}if(typeof e!=="object")return e;if("metadata"in e){const n=parseVariantMetadata(e.metadata);const r=e.typed_value&&decodeTypedValue(e.typed_value,n,t);const B=e.value&&readVariant(makeReader(e.value),n,t);if(r&&B){return{...B,...r}}return r??B}return e}function decodeTypedValue(e,t,n){if(e instanceof Date)return e;if(e&&typeof e==="object"&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&e.typed_value!==null&&e.typed_value!==undefined){return decodeTypedValue(e.typed_value,t,n)}if("value"in e&&e.value instanceof Uint8Array){return readVariant(makeReader(e.value),t,n)}if("typed_value"in e||"value"in e){return null}const r={};for(const[B,s]of Object.entries(e)){if(!t.dictionary.includes(B))continue;r[B]=decodeTypedValue(s,t,n)}return r}if(e instanceof Uint8Array){return readVariant(makeReader(e),t,n)}if(Array.isArray(e)){return e.map(e=>decodeTypedValue(e,t,n))}return e}function makeReader(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function parseVariantMetadata(e){let t=H.get(e.buffer);if(!t){t=new Map;H.set(e.buffer,t)}const n=`${e.byteOffset}:${e.byteLength}`;const r=t.get(n);if(r)return r;const B=makeReader(e);const s=B.view.getUint8(B.offset++);const i=s&15;if(i!==1)throw new Error(`parquet unsupported variant metadata version: ${i}`);const a=(s>>4&1)===1;const o=(s>>6&3)+1;const l=readUnsigned(B,o);const c=new Array(l+1);for(let e=0;e<c.length;e++){c[e]=readUnsigned(B,o)}const u=B.offset;const f=new Array(l);for(let t=0;t<l;t++){const n=c[t];const r=c[t+1];const B=new Uint8Array(e.buffer,e.byteOffset+u+n,r-n);f[t]=M.decode(B)}const C={dictionary:f,sorted:a};t.set(n,C);return C}function readUnsigned(e,t){let n=0;for(let r=0;r<t;r++){n|=e.view.getUint8(e.offset+r)<<r*8}e.offset+=t;return n}function readVariant(e,t,n){const r=e.view.getUint8(e.offset++);const B=r&3;const s=r>>2;if(B===0)return readVariantPrimitive(e,s,n);if(B===2)return readVariantObject(e,s,t,n);if(B===3)return readVariantArray(e,s,t,n);const i=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,s);e.offset+=s;return M.decode(i)}function readVariantPrimitive(e,t,n){switch(t){case 0:return null;case 1:return true;case 2:return false;case 3:{const t=e.view.getInt8(e.offset);e.offset+=1;return t}case 4:{const t=e.view.getInt16(e.offset,true);e.offset+=2;return t}case 5:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return t}case 6:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 7:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case 8:return readVariantDecimal(e,4);case 9:return readVariantDecimal(e,8);case 10:return readVariantDecimal(e,16);case 11:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return n.dateFromDays(t)}case 12:case 13:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return n.timestampFromMicroseconds(t)}case 14:{const t=e.view.getFloat32(e.offset,true);e.offset+=4;return t}case 15:return readVariantBinary(e);case 16:{const t=readVariantBinary(e);return M.decode(t)}case 17:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 18:case 19:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return n.timestampFromNanoseconds(t)}case 20:{const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;const n=Array.from(t,e=>e.toString(16).padStart(2,"0")).join("");return`${n.slice(0,8)}-${n.slice(8,12)}-${n.slice(12,16)}-${n.slice(16,20)}-${n.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}function readVariantObject(e,t,n,r){const B=(t&3)+1;const s=(t>>2&3)+1;const i=t>>4&1;const a=i?readUnsigned(e,4):e.view.getUint8(e.offset++);const o=new Array(a);for(let t=0;t<a;t++){o[t]=readUnsigned(e,s)}const l=new Array(a+1);for(let t=0;t<l.length;t++){l[t]=readUnsigned(e,B)}const c={};for(let t=0;t<a;t++){const B=n.dictionary[o[t]];const s={view:e.view,offset:e.offset+l[t]};c[B]=readVariant(s,n,r)}e.offset+=l[l.length-1];return c}function readVariantArray(e,t,n,r){const B=t&3;const s=t>>2&1;const i=B+1;const a=readUnsigned(e,s?4:1);const o=new Array(a+1);for(let t=0;t<o.length;t++){o[t]=readUnsigned(e,i)}const l=e.offset;const c=new Array(a);for(let t=0;t<a;t++){const B={view:e.view,offset:l+o[t]};c[t]=readVariant(B,n,r)}e.offset=l+o[o.length-1];return c}function readVariantDecimal(e,t){const n=e.view.getUint8(e.offset);e.offset+=1;let r;if(t===4){r=BigInt(e.view.getInt32(e.offset,true));e.offset+=4}else if(t===8){r=e.view.getBigInt64(e.offset,true);e.offset+=8}else{const t=e.view.getBigUint64(e.offset,true);const n=e.view.getBigInt64(e.offset+8,true);r=n<<64n|t;e.offset+=16}return Number(r)*10**-n}function readVariantBinary(e){const t=e.view.getUint32(e.offset,true);e.offset+=4;const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return n}function assembleLists(e,t,n,r,B){const s=getMaxDefinitionLevel(B);if(!t?.length&&!n.length){if(!s||!r.length)return r;t=new Array(r.length).fill(s)}const i=t?.length||n.length;const a=B.map(({element:e})=>e.repetition_type);let o=0;const l=[e];let c=e;let u=0;let f=0;let C=0;if(n[0]){while(u<a.length-2&&C<n[0]){u++;if(a[u]!=="REQUIRED"){c=c.at(-1);l.push(c);f++}if(a[u]==="REPEATED")C++}}for(let e=0;e<i;e++){const B=t?.length?t[e]:s;const i=n[e];while(u&&(i<C||a[u]!=="REPEATED")){if(a[u]!=="REQUIRED"){l.pop();f--}if(a[u]==="REPEATED")C--;u--}c=l.at(-1);while((u<a.length-2||a[u+1]==="REPEATED")&&(f<B||a[u+1]==="REQUIRED")){u++;if(a[u]!=="REQUIRED"){const e=[];c.push(e);c=e;l.push(e);f++}if(a[u]==="REPEATED")C++}if(B===s){c.push(r[o++])}else if(u===a.length-2){c.push(null)}else{c.push([])}}if(!e.length){for(let e=0;e<s;e++){const e=[];c.push(e);c=e}}return e}function assembleNested(e,t,n,r=0){const B=t.path.join(".");const s=t.element.repetition_type==="OPTIONAL";const i=s?r+1:r;if(isListLike(t)){let a=t.children[0];let o=i;if(a.children.length===1){a=a.children[0];o++}assembleNested(e,a,n,o);const l=a.path.join(".");const c=e.get(l);if(!c)throw new Error("parquet list column missing values");if(s)flattenAtDepth(c,r);e.set(B,c);e.delete(l);return}if(isMapLike(t)){const a=t.children[0].element.name;assembleNested(e,t.children[0].children[0],n,i+1);assembleNested(e,t.children[0].children[1],n,i+1);const o=e.get(`${B}.${a}.key`);const l=e.get(`${B}.${a}.value`);if(!o)throw new Error("parquet map column missing keys");if(!l)throw new Error("parquet map column missing values");if(o.length!==l.length){throw new Error("parquet map column key/value length mismatch")}const c=assembleMaps(o,l,i);if(s)flattenAtDepth(c,r);e.delete(`${B}.${a}.key`);e.delete(`${B}.${a}.value`);e.set(B,c);return}if(t.children.length){const i=t.element.repetition_type==="REQUIRED"?r:r+1;const a={};for(const r of t.children){assembleNested(e,r,n,i);const t=e.get(r.path.join("."));if(!t)throw new Error("parquet struct missing child data");a[r.element.name]=t}for(const n of t.children){e.delete(n.path.join("."))}let o=invertStruct(a,i);if(t.element.logical_type?.type==="VARIANT"){o=decodeVariantColumn(o,n)}if(s)flattenAtDepth(o,r);e.set(B,o)}}function flattenAtDepth(e,t){for(let n=0;n<e.length;n++){if(t){flattenAtDepth(e[n],t-1)}else{e[n]=e[n][0]}}}function assembleMaps(e,t,n){const r=[];for(let B=0;B<e.length;B++){if(n){r.push(assembleMaps(e[B],t[B],n-1))}else{if(e[B]){const n={};for(let r=0;r<e[B].length;r++){const s=t[B][r];n[e[B][r]]=s===undefined?null:s}r.push(n)}else{r.push(undefined)}}}return r}function invertStruct(e,t){const n=Object.keys(e);const r=e[n[0]]?.length;const B=[];for(let s=0;s<r;s++){const i={};for(const t of n){if(e[t].length!==r)throw new Error("parquet struct parsing error");i[t]=e[t][s]}if(t){B.push(invertStruct(i,t-1))}else{B.push(i)}}return B}function deltaBinaryUnpack(e,t,n){if(n instanceof Int32Array){deltaBinaryUnpackInt32(e,t,n);return}const r=readVarInt(e);const B=readVarInt(e);readVarInt(e);let s=readZigZagBigInt(e);let i=0;n[i++]=s;const a=r/B;while(i<t){const r=readZigZagBigInt(e);const o=new Uint8Array(B);for(let t=0;t<B;t++){o[t]=e.view.getUint8(e.offset++)}for(let l=0;l<B&&i<t;l++){const B=o[l];if(B){let o=0;let l=a;const c=(1n<<BigInt(B))-1n;while(l&&i<t){let t=BigInt(e.view.getUint32(e.offset,true)>>>o)&c;o+=B;while(o>=32){o-=32;e.offset+=4;if(o){t|=BigInt(e.view.getUint32(e.offset,true))<<BigInt(B-o)&c}}const a=r+t;s+=a;n[i++]=s;l--}if(l){e.offset+=Math.ceil((l*B+o)/8)}}else{for(let e=0;e<a&&i<t;e++){s+=r;n[i++]=s}}}}}function deltaBinaryUnpackInt32(e,t,n){const r=readVarInt(e);const B=readVarInt(e);readVarInt(e);let s=readZigZag(e);let i=0;n[i++]=s;const a=r/B;const{view:o}=e;while(i<t){const r=readZigZagInt33(e);const l=e.offset;let c=l+B;for(let e=0;e<B&&i<t;e++){const B=o.getUint8(l+e);const u=c+a*B/8;let f=0;for(let e=0;e<a&&i<t;e++){let e=0;let t=0;while(t<B){const n=Math.min(8-f,B-t);if(t<32){e|=(o.getUint8(c)>>>f&(1<<n)-1)<<t}t+=n;f+=n;if(f===8){f=0;c++}}s=s+r+e|0;n[i++]=s}c=u}e.offset=c}}function readZigZagInt33(e){const t=e.offset;const n=readVarInt(e);const r=e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0;return(n>>>1|r<<31)^-(n&1)}function deltaLengthByteArray(e,t,n){const r=new Int32Array(t);deltaBinaryUnpack(e,t,r);for(let B=0;B<t;B++){n[B]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r[B]);e.offset+=r[B]}}function deltaByteArray(e,t,n){const r=new Int32Array(t);deltaBinaryUnpack(e,t,r);const B=new Int32Array(t);deltaBinaryUnpack(e,t,B);for(let s=0;s<t;s++){const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,B[s]);if(r[s]){n[s]=new Uint8Array(r[s]+B[s]);n[s].set(n[s-1].subarray(0,r[s]));n[s].set(t,r[s])}else{n[s]=t}e.offset+=B[s]}}function readRleBitPackedHybrid(e,t,n,r){if(r===undefined){r=e.view.getUint32(e.offset,true);e.offset+=4}const B=e.offset;let s=0;while(s<n.length){const r=readVarInt(e);if(r&1){s=readBitPacked(e,r,t,n,s)}else{const B=r>>>1;readRle(e,B,t,n,s);s+=B}}e.offset=B+r}function readRle(e,t,n,r,B){const s=n+7>>3;let i=0;for(let t=0;t<s;t++){i|=e.view.getUint8(e.offset++)<<(t<<3)}for(let e=0;e<t;e++){r[B+e]=i}}function readBitPacked(e,t,n,r,B){let s=t>>1<<3;const i=(1<<n)-1;let a=0;if(e.offset<e.view.byteLength){a=e.view.getUint8(e.offset++)}else if(i){throw new Error(`parquet bitpack offset ${e.offset} out of range`)}let o=8;let l=0;while(s){if(l>8){l-=8;o-=8;a>>>=8}else if(o-l<n){a|=e.view.getUint8(e.offset)<<o;e.offset++;o+=8}else{if(B<r.length){r[B++]=a>>l&i}s--;l+=n}}return B}function byteStreamSplit(e,t,n,r){const B=byteWidth(n,r);const s=new Uint8Array(t*B);for(let n=0;n<B;n++){for(let r=0;r<t;r++){s[r*B+n]=e.view.getUint8(e.offset++)}}if(n==="FLOAT")return new Float32Array(s.buffer);else if(n==="DOUBLE")return new Float64Array(s.buffer);else if(n==="INT32")return new Int32Array(s.buffer);else if(n==="INT64")return new BigInt64Array(s.buffer);else if(n==="FIXED_LEN_BYTE_ARRAY"){const e=new Array(t);for(let n=0;n<t;n++){e[n]=s.subarray(n*B,(n+1)*B)}return e}throw new Error(`parquet byte_stream_split unsupported type: ${n}`)}function byteWidth(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}function readPlain(e,t,n,r){if(n===0)return[];if(t==="BOOLEAN"){return readPlainBoolean(e,n)}else if(t==="INT32"){return readPlainInt32(e,n)}else if(t==="INT64"){return readPlainInt64(e,n)}else if(t==="INT96"){return readPlainInt96(e,n)}else if(t==="FLOAT"){return readPlainFloat(e,n)}else if(t==="DOUBLE"){return readPlainDouble(e,n)}else if(t==="BYTE_ARRAY"){return readPlainByteArray(e,n)}else if(t==="FIXED_LEN_BYTE_ARRAY"){if(!r)throw new Error("parquet missing fixed length");return readPlainByteArrayFixed(e,n,r)}else{throw new Error(`parquet unhandled type: ${t}`)}}function readPlainBoolean(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.offset+(r/8|0);const B=r%8;const s=e.view.getUint8(t);n[r]=(s&1<<B)!==0}e.offset+=Math.ceil(t/8);return n}function readPlainInt32(e,t){const n=(e.view.byteOffset+e.offset)%4?new Int32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return n}function readPlainInt64(e,t){const n=(e.view.byteOffset+e.offset)%8?new BigInt64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return n}function readPlainInt96(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getBigInt64(e.offset+r*12,true);const B=e.view.getInt32(e.offset+r*12+8,true);n[r]=BigInt(B)<<64n|t}e.offset+=t*12;return n}function readPlainFloat(e,t){const n=(e.view.byteOffset+e.offset)%4?new Float32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return n}function readPlainDouble(e,t){const n=(e.view.byteOffset+e.offset)%8?new Float64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return n}function readPlainByteArray(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getUint32(e.offset,true);e.offset+=4;n[r]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t}return n}function readPlainByteArrayFixed(e,t,n){const r=new Array(t);for(let B=0;B<t;B++){r[B]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n);e.offset+=n}return r}function align(e,t,n){const r=new ArrayBuffer(n);new Uint8Array(r).set(new Uint8Array(e,t,n));return r}const k=[0,255,65535,16777215,4294967295];function copyBytes(e,t,n,r,B){for(let s=0;s<B;s++){n[r+s]=e[t+s]}}function snappyUncompress(e,t){const n=e.byteLength;const r=t.byteLength;let B=0;let s=0;while(B<n){const t=e[B];B++;if(t<128){break}}if(r&&B>=n){throw new Error("invalid snappy length header")}while(B<n){const r=e[B];let i=0;B++;if(B>=n){throw new Error("missing eof marker")}if((r&3)===0){let i=(r>>>2)+1;if(i>60){if(B+3>=n){throw new Error("snappy error literal pos + 3 >= inputLength")}const t=i-60;i=e[B]+(e[B+1]<<8)+(e[B+2]<<16)+(e[B+3]<<24);i=(i&k[t])+1;B+=t}if(B+i>n){throw new Error("snappy error literal exceeds input length")}copyBytes(e,B,t,s,i);B+=i;s+=i}else{let a=0;switch(r&3){case 1:i=(r>>>2&7)+4;a=e[B]+(r>>>5<<8);B++;break;case 2:if(n<=B+1){throw new Error("snappy error end of input")}i=(r>>>2)+1;a=e[B]+(e[B+1]<<8);B+=2;break;case 3:if(n<=B+3){throw new Error("snappy error end of input")}i=(r>>>2)+1;a=e[B]+(e[B+1]<<8)+(e[B+2]<<16)+(e[B+3]<<24);B+=4;break;default:break}if(a===0||isNaN(a)){throw new Error(`invalid offset ${a} pos ${B} inputLength ${n}`)}if(a>s){throw new Error("cannot copy from before start of buffer")}copyBytes(t,s-a,t,s,i);s+=i}}if(s!==r)throw new Error("premature end of input")}function readDataPage(e,t,{type:n,element:r,schemaPath:B}){const s=new DataView(e.buffer,e.byteOffset,e.byteLength);const i={view:s,offset:0};let a;const o=readRepetitionLevels(i,t,B);const{definitionLevels:l,numNulls:c}=readDefinitionLevels(i,t,B);const u=t.num_values-c;if(t.encoding==="PLAIN"){a=readPlain(i,n,u,r.type_length)}else if(t.encoding==="PLAIN_DICTIONARY"||t.encoding==="RLE_DICTIONARY"||t.encoding==="RLE"){const e=n==="BOOLEAN"?1:s.getUint8(i.offset++);if(e){a=new Array(u);if(n==="BOOLEAN"){readRleBitPackedHybrid(i,e,a);a=a.map(e=>!!e)}else{readRleBitPackedHybrid(i,e,a,s.byteLength-i.offset)}}else{a=new Uint8Array(u)}}else if(t.encoding==="BYTE_STREAM_SPLIT"){a=byteStreamSplit(i,u,n,r.type_length)}else if(t.encoding==="DELTA_BINARY_PACKED"){const e=n==="INT32";a=e?new Int32Array(u):new BigInt64Array(u);deltaBinaryUnpack(i,u,a)}else if(t.encoding==="DELTA_LENGTH_BYTE_ARRAY"){a=new Array(u);deltaLengthByteArray(i,u,a)}else if(t.encoding==="DELTA_BYTE_ARRAY"){a=new Array(u);deltaByteArray(i,u,a)}else{throw new Error(`parquet unsupported encoding: ${t.encoding}`)}return{definitionLevels:l,repetitionLevels:o,dataPage:a}}function readRepetitionLevels(e,t,n){if(n.length>1){const r=getMaxRepetitionLevel(n);if(r){const n=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),n);return n}}return[]}function readDefinitionLevels(e,t,n){const r=getMaxDefinitionLevel(n);if(!r)return{definitionLevels:[],numNulls:0};const B=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),B);let s=t.num_values;for(const e of B){if(e===r)s--}if(s===0)B.length=0;return{definitionLevels:B,numNulls:s}}function decompressPage(e,t,n,r){let B;const s=r?.[n];if(n==="UNCOMPRESSED"){B=e}else if(s){B=s(e,t)}else if(n==="SNAPPY"){B=new Uint8Array(t);snappyUncompress(e,B)}else{throw new Error(`parquet unsupported compression codec: ${n}`)}if(B?.length!==t){throw new Error(`parquet decompressed page length ${B?.length} does not match header ${t}`)}return B}function readDataPageV2(e,t,n){const r=new DataView(e.buffer,e.byteOffset,e.byteLength);const B={view:r,offset:0};const{type:s,element:i,schemaPath:a,codec:o,compressors:l}=n;const c=t.data_page_header_v2;if(!c)throw new Error("parquet data page header v2 is undefined");const u=readRepetitionLevelsV2(B,c,a);B.offset=c.repetition_levels_byte_length;const f=readDefinitionLevelsV2(B,c,a);const C=t.uncompressed_page_size-c.definition_levels_byte_length-c.repetition_levels_byte_length;let h=e.subarray(B.offset);if(c.is_compressed!==false){h=decompressPage(h,C,o,l)}const p=new DataView(h.buffer,h.byteOffset,h.byteLength);const d={view:p,offset:0};let g;const m=c.num_values-c.num_nulls;if(c.encoding==="PLAIN"){g=readPlain(d,s,m,i.type_length)}else if(c.encoding==="RLE"){g=new Array(m);readRleBitPackedHybrid(d,1,g);g=g.map(e=>!!e)}else if(c.encoding==="PLAIN_DICTIONARY"||c.encoding==="RLE_DICTIONARY"){const e=p.getUint8(d.offset++);g=new Array(m);readRleBitPackedHybrid(d,e,g,C-1)}else if(c.encoding==="DELTA_BINARY_PACKED"){const e=s==="INT32";g=e?new Int32Array(m):new BigInt64Array(m);deltaBinaryUnpack(d,m,g)}else if(c.encoding==="DELTA_LENGTH_BYTE_ARRAY"){g=new Array(m);deltaLengthByteArray(d,m,g)}else if(c.encoding==="DELTA_BYTE_ARRAY"){g=new Array(m);deltaByteArray(d,m,g)}else if(c.encoding==="BYTE_STREAM_SPLIT"){g=byteStreamSplit(d,m,s,i.type_length)}else{throw new Error(`parquet unsupported encoding: ${c.encoding}`)}return{definitionLevels:f,repetitionLevels:u,dataPage:g}}function readRepetitionLevelsV2(e,t,n){const r=getMaxRepetitionLevel(n);if(!r)return[];const B=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),B,t.repetition_levels_byte_length);return B}function readDefinitionLevelsV2(e,t,n){const r=getMaxDefinitionLevel(n);if(r){const n=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),n,t.definition_levels_byte_length);return n}}function bitWidth(e){return 32-Math.clz32(e)}function readColumn(e,{groupStart:t,selectStart:n,selectEnd:r},B,s){const{pathInSchema:i,schemaPath:a}=B;const o=isFlatColumn(a);const l=[];let c=undefined;let u=undefined;let f=0;let C=0;const h=s&&(()=>{u&&s({pathInSchema:i,columnData:u,rowStart:t+f-u.length,rowEnd:t+f})});while(o?f<r:e.offset<e.view.byteLength-1){if(e.offset>=e.view.byteLength-1)break;const t=parquetHeader(e);if(t.type==="DICTIONARY_PAGE"){const{data:n}=readPage(e,t,B,c,undefined,0);if(n)c=convert(n,B)}else{const r=u?.length||0;const s=readPage(e,t,B,c,u,n-f);if(s.skipped){if(!l.length){C+=s.skipped}f+=s.skipped}else if(s.data&&u===s.data){f+=s.data.length-r}else if(s.data&&s.data.length){h?.();l.push(s.data);f+=s.data.length;u=s.data}}}h?.();return{data:l,skipped:C}}function readPage(e,t,n,r,B,s){const{type:i,element:a,schemaPath:o,codec:l,compressors:c}=n;const u=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);e.offset+=t.compressed_page_size;if(t.type==="DATA_PAGE"){const e=t.data_page_header;if(!e)throw new Error("parquet data page header is undefined");if(s>e.num_values&&isFlatColumn(o)){return{skipped:e.num_values}}const i=decompressPage(u,Number(t.uncompressed_page_size),l,c);const{definitionLevels:a,repetitionLevels:f,dataPage:C}=readDataPage(i,e,n);const h=convertWithDictionary(C,r,e.encoding,n);const p=Array.isArray(B)?B:[];const d=assembleLists(p,a,f,h,o);return{skipped:0,data:d}}else if(t.type==="DATA_PAGE_V2"){const e=t.data_page_header_v2;if(!e)throw new Error("parquet data page header v2 is undefined");if(s>e.num_rows){return{skipped:e.num_rows}}const{definitionLevels:i,repetitionLevels:a,dataPage:l}=readDataPageV2(u,t,n);const c=convertWithDictionary(l,r,e.encoding,n);const f=Array.isArray(B)?B:[];const C=assembleLists(f,i,a,c,o);return{skipped:0,data:C}}else if(t.type==="DICTIONARY_PAGE"){const e=t.dictionary_page_header;if(!e)throw new Error("parquet dictionary page header is undefined");const n=decompressPage(u,Number(t.uncompressed_page_size),l,c);const r={view:new DataView(n.buffer,n.byteOffset,n.byteLength),offset:0};const B=readPlain(r,i,e.num_values,a.type_length);return{skipped:0,data:B}}else{throw new Error(`parquet unsupported page type: ${t.type}`)}}function parquetHeader(e){const t=deserializeTCompactProtocol(e);const n=l[t.field_1];const r=t.field_2;const B=t.field_3;const i=t.field_4;const a=t.field_5&&{num_values:t.field_5.field_1,encoding:s[t.field_5.field_2],definition_level_encoding:s[t.field_5.field_3],repetition_level_encoding:s[t.field_5.field_4],statistics:pageStatistics(t.field_5.field_5)};const o=t.field_6;const c=t.field_7&&{num_values:t.field_7.field_1,encoding:s[t.field_7.field_2],is_sorted:t.field_7.field_3};const u=t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:s[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:t.field_8.field_7===undefined?true:t.field_8.field_7,statistics:pageStatistics(t.field_8.field_8)};return{type:n,uncompressed_page_size:r,compressed_page_size:B,crc:i,data_page_header:a,index_page_header:o,dictionary_page_header:c,data_page_header_v2:u}}function pageStatistics(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function readColumnIndex(e,t,n=undefined){const r={...C,...n};const B=deserializeTCompactProtocol(e);return{null_pages:B.field_1,min_values:B.field_2.map(e=>convertMetadata(e,t,r)),max_values:B.field_3.map(e=>convertMetadata(e,t,r)),boundary_order:c[B.field_4],null_counts:B.field_5,repetition_level_histograms:B.field_6,definition_level_histograms:B.field_7}}function readOffsetIndex(e){const t=deserializeTCompactProtocol(e);return{page_locations:t.field_1.map(e=>({offset:e.field_1,compressed_page_size:e.field_2,first_row_index:e.field_3})),unencoded_byte_array_data_bytes:t.field_2}}function readRowGroup(e,{metadata:t},n){const r=[];const B=metadata_parquetSchema(t);for(const t of n.chunks){const{path_in_schema:s}=t.columnMetadata;const i=getTreePath(B,s);const a={pathInSchema:s,element:i[i.length-1].element,schemaPath:i,...e,...t.columnMetadata,parsers:{...C,...e.parsers}};const{startByte:o,endByte:l}=t.range;if("pageLocations"in t){r.push({pathInSchema:s,data:readSelectedPages(e,n,t,t.pageLocations,a)})}else if("offsetIndex"in t){r.push({pathInSchema:s,data:Promise.resolve(e.file.slice(t.offsetIndex.startByte,t.offsetIndex.endByte)).then(r=>{const B=readOffsetIndex({view:new DataView(r),offset:0}).page_locations;return readSelectedPages(e,n,t,B,a)})})}else{r.push({pathInSchema:s,data:Promise.resolve(e.file.slice(o,l)).then(t=>{const r={view:new DataView(t),offset:0};return readColumn(r,n,a,e.onPage)})})}}return{groupStart:n.groupStart,groupRows:n.groupRows,selectStart:n.selectStart,selectEnd:n.selectEnd,asyncColumns:r}}async function readSelectedPages(e,t,n,r,B){const{data_page_offset:s,dictionary_page_offset:i}=n.columnMetadata;const{selectStart:a,selectEnd:o}=t;let{startByte:l,endByte:c}=n.range;let u=-1;const f=i||s<r[0].offset;for(let e=0;e<r.length;e++){const n=r[e];const B=Number(n.first_row_index);const s=e+1<r.length?Number(r[e+1].first_row_index):t.groupRows;if(u<0&&s>a){l=Number(n.offset);u=B}if(B<o){c=Number(n.offset)+n.compressed_page_size}}if(u<0)u=0;let C;if(f&&u){const t=Number(r[0].offset)-n.range.startByte;const[B,s]=await Promise.all([e.file.slice(n.range.startByte,Number(r[0].offset)),e.file.slice(l,c)]);const i=new Uint8Array(t+s.byteLength);i.set(new Uint8Array(B,0,t));i.set(new Uint8Array(s),t);C=new DataView(i.buffer)}else if(f){C=new DataView(await e.file.slice(n.range.startByte,c))}else{C=new DataView(await e.file.slice(l,c))}const h={view:C,offset:0};const p=u?{...t,groupStart:t.groupStart+u,selectStart:t.selectStart-u,selectEnd:t.selectEnd-u}:t;const{data:d,skipped:g}=readColumn(h,p,B,e.onPage);return{data:d,skipped:u+g}}async function asyncGroupToRows({asyncColumns:e},t,n,r,B){const s=await Promise.all(e.map(e=>e.data.then(({skipped:e,data:t})=>({skipped:e,data:utils_flatten(t)}))));const i=n-t;if(B==="object"){const n=Array(i);for(let r=0;r<i;r++){const B={};for(let n=0;n<e.length;n++){const{data:i,skipped:a}=s[n];B[e[n].pathInSchema[0]]=i[t+r-a]}n[r]=B}return n}const a=e.map(e=>e.pathInSchema[0]).filter(e=>!r||r.includes(e));const o=r??a;const l=o.map(t=>e.findIndex(e=>e.pathInSchema[0]===t));const c=Array(i);for(let n=0;n<i;n++){const r=Array(e.length);for(let e=0;e<o.length;e++){const B=l[e];if(B<0)throw new Error(`parquet column not found: ${o[e]}`);const{data:i,skipped:a}=s[B];r[e]=i[t+n-a]}c[n]=r}return c}function rowgroup_assembleAsync(e,t,n){const{asyncColumns:r}=e;const B={...C,...n};const s=[];for(const n of t.children){if(n.children.length){const t=r.filter(e=>e.pathInSchema[0]===n.element.name);if(!t.length)continue;s.push({pathInSchema:n.path,data:(async()=>{const r=await Promise.all(t.map(e=>e.data));const s=new Map;const i=r.map(({data:e})=>utils_flatten(e));const a=Math.max(e.selectStart??0,...r.map(e=>e.skipped));const o=Math.min(e.selectEnd??Infinity,...r.map((e,t)=>e.skipped+i[t].length));for(let e=0;e<t.length;e++){const n=a-r[e].skipped;const B=Math.max(0,o-a);s.set(t[e].pathInSchema.join("."),i[e].slice(n,n+B))}assembleNested(s,n,B);const l=s.get(n.element.name);if(!l)throw new Error("parquet column data not assembled");return{data:[l],skipped:a}})()})}else{const e=r.find(e=>e.pathInSchema[0]===n.element.name);if(e)s.push(e)}}return{...e,asyncColumns:s}}const P=1<<21;const _=1<<13;function plan_parquetPlan(e){const{metadata:t,rowStart:n=0,columns:r,useOffsetIndex:B=false}=e;if(!t)throw new Error("parquetPlan requires metadata");const s=[];const i=[];const a=[];const o=plan_parquetPlanGroups(e);for(const e of o.groups){const t=plan_parquetPlanGroup({...e,columns:r,useOffsetIndex:B});s.push(...t.groups);i.push(...t.fetches);a.push(...t.indexes)}i.push(...a);return{metadata:t,rowStart:n,rowEnd:o.rowEnd,columns:r,fetches:i,groups:s}}function plan_parquetPlanGroups({metadata:e,rowStart:t=0,rowEnd:n=Infinity,columns:r,filter:B,filterStrict:s=true,bloomFiltersByGroup:i,schemaElements:a,pageRangesByGroup:o,pageLocationsByGroup:l}){if(!e)throw new Error("parquetPlan requires metadata");const c=metadata_parquetSchema(e);const u=getPhysicalColumns(c);const f=B?{...physicalSchemaElements(c),...a}:a;const C=[];let h=0;for(let a=0;a<e.row_groups.length;a++){const c=e.row_groups[a];const p=Number(c.num_rows);const d=h+p;if(p>0&&d>t&&h<n&&!canSkipRowGroup({rowGroup:c,physicalColumns:u,filter:B,strict:s,bloomFilters:i?.[a],schemaElements:f})){const e=Math.max(t-h,0);const B=Math.min(n-h,p);const s=o?.[a];const i=l?.[a];let u=s?s.map(([t,n])=>{const r=[Math.max(t,e),Math.min(n,B)];return r}).filter(([e,t])=>e<t):[[e,B]];if(u.length>1){const e=c.columns.every(e=>{const t=e.meta_data?.path_in_schema[0];const n=e.meta_data?.path_in_schema.join(".");if(r&&t&&!r.includes(t))return true;return!!(e.offset_index_offset&&e.offset_index_length)||!!(n&&i?.[n])});u=e?coalesceOverlappingPageRanges(u,c,r,i):[[u[0][0],u[u.length-1][1]]]}if(u.length){C.push({rowGroup:c,groupIndex:a,groupStart:h,groupRows:p,ranges:u,pageRanges:s,pageLocations:i})}}h=d}return{groups:C,rowEnd:isFinite(n)?n:h}}function plan_parquetPlanGroup({rowGroup:e,groupStart:t,groupRows:n,ranges:r,columns:B,useOffsetIndex:s=false,pageRanges:i,pageLocations:a}){const o=[];const l=[];const c=[];const u=r.length>1||r[0][0]>0||r[0][1]<n;for(const t of e.columns){const e=t.meta_data;if(t.file_path)throw new Error("parquet file_path not supported");if(!e)throw new Error("parquet column metadata is undefined");if(B&&!B.includes(e.path_in_schema[0]))continue;const n=e.dictionary_page_offset||e.data_page_offset;const r=Number(n);const l=Number(n+e.total_compressed_size);const c=a?.[e.path_in_schema.join(".")];if(c&&u){o.push({columnMetadata:e,pageLocations:c,range:{startByte:r,endByte:l}})}else if((s||i)&&t.offset_index_offset&&t.offset_index_length&&u){const r=Number(t.offset_index_offset);o.push({columnMetadata:e,offsetIndex:{startByte:r,endByte:r+t.offset_index_length},range:{startByte:Number(n),endByte:l}})}else{o.push({columnMetadata:e,range:{startByte:r,endByte:l}})}}const f=[];let C;for(const e of o){if("pageLocations"in e)continue;if("offsetIndex"in e){c.push(e.offsetIndex)}else if(B){f.push(e.range)}else if(C&&e.range.endByte-C.startByte<=P){C.endByte=e.range.endByte}else{if(C)l.push(C);C={...e.range}}}if(C)l.push(C);l.push(...coalesceByteRanges(f,_,P));const h=r.map(([r,B])=>({chunks:o,rowGroup:e,groupStart:t,groupRows:n,selectStart:r,selectEnd:B}));return{groups:h,fetches:l,indexes:c}}function coalesceOverlappingPageRanges(e,t,n,r){const B=t.columns.filter(e=>!n||n.includes(e.meta_data?.path_in_schema[0]||"")).map(e=>r?.[e.meta_data?.path_in_schema.join(".")||""]);const s=[];for(const n of e){const e=s[s.length-1];const r=e&&B.some(r=>{if(!r)return true;const B=pagesForRange(e,r,Number(t.num_rows));const s=pagesForRange(n,r,Number(t.num_rows));return B[0]<=s[1]&&s[0]<=B[1]});if(e&&r)e[1]=n[1];else s.push([...n])}return s}function pagesForRange([e,t],n,r){let B=Infinity;let s=-Infinity;for(let i=0;i<n.length;i++){const a=Number(n[i].first_row_index);const o=i+1<n.length?Number(n[i+1].first_row_index):r;if(o>e&&a<t){B=Math.min(B,i);s=i}}return[B,s]}async function prefetchBloomFilters({file:e,metadata:t,filter:n,filterStrict:r=true}){const B=t.row_groups.map(()=>({}));const s=bloomEligibleColumns(n);if(s.size===0)return B;const i=getPhysicalColumns(metadata_parquetSchema(t));const a=[];t.row_groups.forEach((t,o)=>{if(canSkipRowGroup({rowGroup:t,physicalColumns:i,filter:n,strict:r}))return;for(const n of s){const r=i.indexOf(n);if(r===-1)continue;const s=t.columns[r]?.meta_data;if(!s?.bloom_filter_offset||!s.bloom_filter_length)continue;const l=Number(s.bloom_filter_offset);const c=l+s.bloom_filter_length;a.push((async()=>{const t=await e.slice(l,c);const r=readBloomFilter({view:new DataView(t),offset:0});if(r)B[o][n]=r})())}});if(a.length)await Promise.all(a);return B}async function prefetchPageIndexes({file:e,metadata:t,filter:n,filterStrict:r=true,rowStart:B=0,rowEnd:s=Infinity,columns:i,bloomFiltersByGroup:a,schemaElements:o,parsers:l}){const c=t.row_groups.map(()=>undefined);const u=t.row_groups.map(()=>({}));if(n&&"$nor"in n&&Array.isArray(n.$nor)){return{pageRangesByGroup:c,pageLocationsByGroup:u}}const f=pathsNeededForFilter(n);if(!f.length)return{pageRangesByGroup:c,pageLocationsByGroup:u};const C=metadata_parquetSchema(t);const h=getPhysicalColumns(C);const p={...physicalSchemaElements(C),...o};const d=[];const g=[];const m=[];let E=0;t.row_groups.forEach((e,t)=>{const o=Number(e.num_rows);const c=E+o;const C=o>0&&c>B&&E<s;E=c;if(!C)return;if(canSkipRowGroup({rowGroup:e,physicalColumns:h,filter:n,strict:r,bloomFilters:a?.[t],schemaElements:p}))return;const D={};let w=0;const A=new Set;let v=false;for(const n of f){const r=h.indexOf(n);if(r===-1)continue;const B=e.columns[r];const s=B?.meta_data;if(!s)continue;if(!B.column_index_offset||!B.column_index_length)continue;if(!B.offset_index_offset||!B.offset_index_length)continue;const i=p[n];if(!i)continue;v=true;A.add(n);const a=Number(B.column_index_offset);const o=Number(B.offset_index_offset);const c=a+B.column_index_length;const f=o+B.offset_index_length;d.push({startByte:a,endByte:c},{startByte:o,endByte:f});w++;g.push(async e=>{const[r,B]=await Promise.all([e.slice(a,c),e.slice(o,f)]);const s=readColumnIndex({view:new DataView(r),offset:0},i,l);const C=readOffsetIndex({view:new DataView(B),offset:0});u[t][n]=C.page_locations;D[n]={minValues:s.min_values,maxValues:s.max_values,nullPages:s.null_pages,nullCounts:s.null_counts,pageStarts:C.page_locations.map(e=>Number(e.first_row_index)),element:i}})}if(v){for(const n of e.columns){const e=n.meta_data;if(!e)continue;const r=e.path_in_schema[0];const B=e.path_in_schema.join(".");if(i&&!i.includes(r))continue;if(A.has(B))continue;if(!n.offset_index_offset||!n.offset_index_length)continue;A.add(B);const s=Number(n.offset_index_offset);const a=s+n.offset_index_length;d.push({startByte:s,endByte:a});w++;g.push(async e=>{const n=await e.slice(s,a);const r=readOffsetIndex({view:new DataView(n),offset:0});u[t][B]=r.page_locations})}}if(w){m.push({rgIdx:t,groupRows:o,columnPages:D})}});if(g.length){const t=prefetchAsyncBuffer(e,{fetches:coalesceByteRanges(d)});await Promise.all(g.map(e=>e(t)));for(const{rgIdx:e,groupRows:t,columnPages:B}of m){c[e]=filterPageRanges(n,B,t,r)}}return{pageRangesByGroup:c,pageLocationsByGroup:u}}function coalesceByteRanges(e,t=0,n=Infinity){const r=e.map(e=>({...e})).sort((e,t)=>e.startByte-t.startByte||e.endByte-t.endByte);const B=[];for(const e of r){const r=B[B.length-1];if(r&&e.startByte<=r.endByte+t&&Math.max(r.endByte,e.endByte)-r.startByte<=n){r.endByte=Math.max(r.endByte,e.endByte)}else{B.push(e)}}return B}function physicalSchemaElements(e){const t={};function traverse(e){if(e.children.length){for(const t of e.children)traverse(t)}else{t[e.path.join(".")]=e.element}}traverse(e);return t}function prefetchAsyncBuffer(e,{fetches:t}){const n=t.map(({startByte:t,endByte:n})=>e.slice(t,n));return{byteLength:e.byteLength,slice(r,B=e.byteLength){const s=t.findIndex(({startByte:e,endByte:t})=>e<=r&&B<=t);if(s<0){return e.slice(r,B)}if(t[s].startByte!==r||t[s].endByte!==B){const e=r-t[s].startByte;const i=B-t[s].startByte;if(n[s]instanceof Promise){return n[s].then(t=>t.slice(e,i))}else{return n[s].slice(e,i)}}else{return n[s]}}}}async function parquetScan(e){e.metadata??=await parquetMetadataAsync(e.file,e);const{pruningFilter:t,...n}=e;let{columns:r}=n;if(r&&t){const e=new Set(r);const n=columnsNeededForFilter(t).filter(t=>!e.has(t));if(n.length)r=[...r,...n]}const B=await prepareParquetOptions({...n,columns:r,filter:t,useOffsetIndex:n.useOffsetIndex??true});const{metadata:s}=B;if(!s)throw new Error("parquet requires metadata");const i=parquetSchema(s);const a=new Set(r??i.children.map(e=>e.element.name));const o=parquetPlanGroups(B);const l=o.groups.flatMap(e=>e.ranges.map(([t,n])=>({rowStart:e.groupStart+t,rowEnd:e.groupStart+n,group:e})));const c=l.map(({rowStart:e,rowEnd:t})=>({rowStart:e,rowEnd:t}));const u=new Map;function readColumn({column:e,rowStart:t,rowEnd:n}){if(!a.has(e)){throw new Error(`parquet column not found in scan: ${e}`)}validateRange(t,n);if(t===n)return Promise.resolve([]);const r=findCandidate(l,t,n);if(r<0){throw new RangeError(`parquet row range [${t}, ${n}) is outside scan ranges`)}const{group:s}=l[r];const o=u.get(e);if(o&&t>=o.rowStart&&n<=o.rowEnd){return o.data.then(e=>sliceDecodedArray(e,t-o.rowStart,n-o.rowStart))}const c=readColumnRange({options:B,schemaTree:i,group:s,column:e,rowStart:t,rowEnd:n});u.set(e,{rowStart:t,rowEnd:n,data:c});return c}return{metadata:s,ranges:c,readColumn:readColumn}}async function scan_prepareParquetRead(e){const t=await prepareParquetOptions(e);return{options:t,plan:plan_parquetPlan(t)}}async function prepareParquetOptions(e){const t=e.metadata??await metadata_parquetMetadataAsync(e.file,e);const n=metadata_parquetSchema(t).children.map(e=>e.element.name);const r=filter_columnsNeededForFilter(e.filter);const B=r.filter(e=>!n.includes(e));if(B.length){throw new Error(`parquet filter columns not found: ${B.join(", ")}`)}if(e.columns){const t=e.columns.filter(e=>!n.includes(e));if(t.length)throw new Error(`parquet column not found: ${t[0]}`)}let s={...e,metadata:t};s=await withBloomFilters(s);s=await withPageIndexes(s);return s}function scan_readParquetPlan(e,t){const n={...e,file:prefetchAsyncBuffer(e.file,t)};return t.groups.map(e=>readRowGroup(n,t,e))}async function readColumnRange({options:e,schemaTree:t,group:n,column:r,rowStart:B,rowEnd:s}){const i={...e,columns:[r],filter:undefined,rowStart:B,rowEnd:s,useBloomFilters:false,useOffsetIndex:e.useOffsetIndex??true,usePageIndex:false,pageRangesByGroup:undefined};const a=planCandidateColumn({options:e,group:n,column:r,rowStart:B,rowEnd:s});const[o]=scan_readParquetPlan(i,a);if(!o)throw new Error("parquet scan range not planned");const l=assembleAsync(o,t,e.parsers);const c=l.asyncColumns.find(e=>e.pathInSchema[0]===r);if(!c)throw new Error(`parquet column not found: ${r}`);const u=await c.data;const f=flatten(u.data);const C=l.selectStart??B-l.groupStart;const h=l.selectEnd??s-l.groupStart;return sliceDecodedArray(f,C-u.skipped,h-u.skipped)}function planCandidateColumn({options:e,group:t,column:n,rowStart:r,rowEnd:B}){if(!e.metadata)throw new Error("parquet requires metadata");const s=parquetPlanGroup({rowGroup:t.rowGroup,groupStart:t.groupStart,groupRows:t.groupRows,ranges:[[r-t.groupStart,B-t.groupStart]],columns:[n],useOffsetIndex:e.useOffsetIndex??true,pageLocations:t.pageLocations});const[i]=s.groups;if(!i)throw new Error(`parquet column not found: ${n}`);return{metadata:e.metadata,rowStart:r,rowEnd:B,columns:[n],fetches:[...s.fetches,...s.indexes],groups:[i]}}function findCandidate(e,t,n){let r=0;let B=e.length-1;while(r<=B){const s=Math.floor((r+B)/2);const i=e[s];if(t<i.rowStart){B=s-1}else if(t>=i.rowEnd){r=s+1}else{return n<=i.rowEnd?s:-1}}return-1}function validateRange(e,t){if(!Number.isSafeInteger(e)||e<0){throw new RangeError("parquet rowStart must be a non-negative safe integer")}if(!Number.isSafeInteger(t)||t<e){throw new RangeError("parquet rowEnd must be a safe integer greater than or equal to rowStart")}}function sliceDecodedArray(e,t,n){if(t===0&&n===e.length)return e;return Array.isArray(e)?e.slice(t,n):e.subarray(t,n)}async function withBloomFilters(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;const t=metadata_parquetSchema(e.metadata);const n={};for(const e of t.children)n[e.element.name]=e.element;const r=await prefetchBloomFilters({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:r,schemaElements:n}}async function withPageIndexes(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;const{pageRangesByGroup:t,pageLocationsByGroup:n}=await prefetchPageIndexes({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:n}}const U=Symbol("rowIndex");async function parquetRead(e){e.metadata??=await metadata_parquetMetadataAsync(e.file,e);const{rowStart:t=0,rowEnd:n,columns:r,onChunk:B,onComplete:s,rowFormat:i,filter:a,filterStrict:o=true}=e;if(a&&i!=="object"){throw new Error('parquet filter requires rowFormat: "object"')}if(e.includeRowIndex&&i!=="object"){throw new Error('parquet includeRowIndex requires rowFormat: "object"')}const l=filter_columnsNeededForFilter(a);let c=r;if(r&&l.length){const e=new Set(r);const t=l.filter(t=>!e.has(t));if(t.length)c=[...r,...t]}const u=c===r?e:{...e,columns:c};const f=await scan_prepareParquetRead(u);const C=f.options;const h=c!==r;const p=scan_readParquetPlan(C,f.plan);if(!s&&!B){await awaitAllColumns(p);return}if(!C.metadata)throw new Error("parquet requires metadata");const d=metadata_parquetSchema(C.metadata);const g=p.map(t=>rowgroup_assembleAsync(t,d,e.parsers));if(B){for(const e of g){for(const t of e.asyncColumns){t.data.then(({data:n,skipped:r})=>{let s=e.groupStart+r;for(const e of n){B({columnName:t.pathInSchema[0],columnData:e,rowStart:s,rowEnd:s+e.length});s+=e.length}},()=>{})}}}if(s){await awaitAllColumns(g);const B=[];for(const s of g){const u=s.selectStart??Math.max(t-s.groupStart,0);const f=s.selectEnd??Math.min((n??Infinity)-s.groupStart,s.groupRows);const C=i==="object"?await asyncGroupToRows(s,u,f,c,"object"):await asyncGroupToRows(s,u,f,r,"array");if(e.includeRowIndex){for(let e=0;e<C.length;e++){Object.defineProperty(C[e],U,{value:s.groupStart+u+e})}}if(a){for(const e of C){if(matchFilter(e,a,o)){if(h&&r){for(const t of l){if(!r.includes(t))delete e[t]}}B.push(e)}}}else{utils_concat(B,C)}}s(B)}else{await awaitAllColumns(g)}}async function awaitAllColumns(e){const t=e.flatMap(e=>e.asyncColumns.map(e=>e.data));const n=await Promise.allSettled(t);const r=n.find(e=>e.status==="rejected");if(r)throw r.reason}function parquetReadAsync(e){if(!e.metadata)throw new Error("parquet requires metadata");return readParquetPlan(e,parquetPlan(e))}async function parquetReadColumn(e){if(e.columns?.length!==1){throw new Error("parquetReadColumn expected columns: [columnName]")}e.metadata??=await parquetMetadataAsync(e.file,e);const t=e.columns[0];const n=await prepareParquetRead(e);const r=readParquetPlan(n.options,n.plan);if(!n.options.metadata)throw new Error("parquet requires metadata");const B=parquetSchema(n.options.metadata);const s=r.map(t=>assembleAsync(t,B,e.parsers));await awaitAllColumns(s);const i=[];for(const e of s){const n=e.asyncColumns.find(e=>e.pathInSchema[0]===t);if(!n)throw new Error(`parquet column not found: ${t}`);const{data:r}=await n.data;for(const e of r)concat(i,e)}return i}function parquetReadObjects(e){return new Promise((t,n)=>{parquetRead({...e,rowFormat:"object",onComplete:t}).catch(n)})}const J=4096;const q=2*J+32;const Q=2*J-1;const Y=new Uint32Array([0,1,3,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767,65535,131071,262143,524287,1048575,2097151,4194303,8388607,16777215]);class BrotliBitReader{constructor(e){this.buf_=new Uint8Array(q);this.input_=e;this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.reset()}static READ_SIZE=J;static IBUF_MASK=Q;reset(){this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.readMoreInput();for(let e=0;e<4;e++){this.val_|=this.buf_[this.pos_]<<8*e;this.pos_++}return this.bit_end_pos_>0}readMoreInput(){if(this.bit_end_pos_>256){}else if(this.eos_){if(this.bit_pos_>this.bit_end_pos_)throw new Error("Unexpected end of input "+this.bit_pos_+" "+this.bit_end_pos_)}else{const e=this.buf_ptr_;const t=this.input_.read(this.buf_,e,J);if(t<0){throw new Error("Unexpected end of input")}if(t<J){this.eos_=1;for(let n=0;n<32;n++)this.buf_[e+t+n]=0}if(e===0){for(let e=0;e<32;e++)this.buf_[(J<<1)+e]=this.buf_[e];this.buf_ptr_=J}else{this.buf_ptr_=0}this.bit_end_pos_+=t<<3}}fillBitWindow(){while(this.bit_pos_>=8){this.val_>>>=8;this.val_|=this.buf_[this.pos_&Q]<<24;this.pos_++;this.bit_pos_=this.bit_pos_-8>>>0;this.bit_end_pos_=this.bit_end_pos_-8>>>0}}readBits(e){if(32-this.bit_pos_<e)this.fillBitWindow();const t=this.val_>>>this.bit_pos_&Y[e];this.bit_pos_+=e;return t}}const V=8;const K=8;const z=255;const j=18;const W=new Uint8Array([1,2,3,4,0,5,17,6,16,7,8,9,10,11,12,13,14,15]);const Z=new Uint16Array([256,402,436,468,500,534,566,598,630,662,694,726,758,790,822,854,886,920,952,984,1016,1048,1080]);class HuffmanCode{constructor(e,t){this.bits=e;this.value=t}}const X=16;const $=15;function getNextKey(e,t){let n=1<<t-1;while(e&n){n>>=1}return(e&n-1)+n}function replicateValue(e,t,n,r,B){do{r-=n;e[t+r]=new HuffmanCode(B.bits,B.value)}while(r>0)}function nextTableBitSize(e,t,n){let r=1<<t-n;while(t<$){r-=e[t];if(r<=0)break;++t;r<<=1}return t-n}function buildHuffmanTable(e,t,n,r,B){const s=t;const i=new Int32Array($+1);const a=new Int32Array($+1);const o=new Int32Array(B);for(let e=0;e<B;e++){i[r[e]]++}a[1]=0;for(let e=1;e<$;e++){a[e+1]=a[e]+i[e]}for(let e=0;e<B;e++){if(r[e]!==0){o[a[r[e]]++]=e}}let l=n;let c=1<<l;let u=c;if(a[$]===1){for(let n=0;n<u;++n){e[t+n]=new HuffmanCode(0,o[0]&65535)}return u}let f=0;let C=0;for(let r=1,B=2;r<=n;++r,B<<=1){for(;i[r]>0;--i[r]){const n=new HuffmanCode(r&255,o[C++]&65535);replicateValue(e,t+f,B,c,n);f=getNextKey(f,r)}}const h=u-1;let p=-1;for(let r=n+1,B=2;r<=$;++r,B<<=1){for(;i[r]>0;--i[r]){if((f&h)!==p){t+=c;l=nextTableBitSize(i,r,n);c=1<<l;u+=c;p=f&h;e[s+p]=new HuffmanCode(l+n&255,t-s-p&65535)}const a=new HuffmanCode(r-n&255,o[C++]&65535);replicateValue(e,t+(f>>n),B,c,a);f=getNextKey(f,r)}}return u}function readHuffmanCode(e,t,n,r){const B=new Uint8Array(e);r.readMoreInput();const s=r.readBits(2);if(s===1){let t=e-1;let n=0;const s=new Int32Array(4);const i=r.readBits(2)+1;while(t){t>>=1;n++}for(let t=0;t<i;t++){s[t]=r.readBits(n)%e;B[s[t]]=2}B[s[0]]=1;switch(i){case 1:break;case 3:if(s[0]===s[1]||s[0]===s[2]||s[1]===s[2]){throw new Error("[ReadHuffmanCode] invalid symbols")}break;case 2:if(s[0]===s[1]){throw new Error("[ReadHuffmanCode] invalid symbols")}B[s[1]]=1;break;case 4:if(s[0]===s[1]||s[0]===s[2]||s[0]===s[3]||s[1]===s[2]||s[1]===s[3]||s[2]===s[3]){throw new Error("[ReadHuffmanCode] invalid symbols")}if(r.readBits(1)){B[s[2]]=3;B[s[3]]=3}else{B[s[0]]=2}break}}else{const t=new Uint8Array(j);let n=32;let i=0;const a=[new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,1),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,5)];for(let e=s;e<j&&n>0;e++){const B=W[e];let s=0;r.fillBitWindow();s+=r.val_>>>r.bit_pos_&15;r.bit_pos_+=a[s].bits;const o=a[s].value;t[B]=o;if(o!==0){n-=32>>o;i++}}if(!(i===1||n===0))throw new Error("[ReadHuffmanCode] invalid num_codes or space");readHuffmanCodeLengths(t,e,B,r)}const i=buildHuffmanTable(t,n,K,B,e);if(!i)throw new Error("brotli BuildHuffmanTable failed");return i}function readSymbol(e,t,n){n.fillBitWindow();t+=n.val_>>>n.bit_pos_&z;const r=e[t].bits-K;if(r>0){n.bit_pos_+=K;t+=e[t].value;t+=n.val_>>>n.bit_pos_&(1<<r)-1}n.bit_pos_+=e[t].bits;return e[t].value}function readHuffmanCodeLengths(e,t,n,r){let B=0;let s=V;let i=0;let a=0;let o=32768;const l=[];for(let e=0;e<32;e++)l.push(new HuffmanCode(0,0));buildHuffmanTable(l,0,5,e,j);while(B<t&&o>0){let e=0;r.readMoreInput();r.fillBitWindow();e+=r.val_>>>r.bit_pos_&31;r.bit_pos_+=l[e].bits;const c=l[e].value&255;if(c<X){i=0;n[B++]=c;if(c!==0){s=c;o-=32768>>c}}else{const e=c-14;let l=0;if(c===X){l=s}if(a!==l){i=0;a=l}const u=i;if(i>0){i-=2;i<<=e}i+=r.readBits(e)+3;const f=i-u;if(B+f>t){throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols")}for(let e=0;e<f;e++)n[B+e]=a;B+=f;if(a!==0){o-=f<<15-a}}}if(o!==0){throw new Error("[ReadHuffmanCodeLengths] space = "+o)}for(;B<t;B++)n[B]=0}class HuffmanTreeGroup{constructor(e,t){this.alphabet_size=e;this.num_htrees=t;this.codes=new Array(t+t*Z[e+31>>>5]);this.htrees=new Uint32Array(t)}decode(e){let t=0;for(let n=0;n<this.num_htrees;n++){this.htrees[n]=t;t+=readHuffmanCode(this.alphabet_size,this.codes,t,e)}}}function prefix([e,t]){return{offset:e,nbits:t}}const ee=[[1,2],[5,2],[9,2],[13,2],[17,3],[25,3],[33,3],[41,3],[49,4],[65,4],[81,4],[97,4],[113,5],[145,5],[177,5],[209,5],[241,6],[305,6],[369,7],[497,8],[753,9],[1265,10],[2289,11],[4337,12],[8433,13],[16625,24]].map(prefix);const te=[[0,0],[1,0],[2,0],[3,0],[4,0],[5,0],[6,1],[8,1],[10,2],[14,2],[18,3],[26,3],[34,4],[50,4],[66,5],[98,5],[130,6],[194,7],[322,8],[578,9],[1090,10],[2114,12],[6210,14],[22594,24]].map(prefix);const ne=[[2,0],[3,0],[4,0],[5,0],[6,0],[7,0],[8,0],[9,0],[10,1],[12,1],[14,2],[18,2],[22,3],[30,3],[38,4],[54,4],[70,5],[102,5],[134,6],[198,7],[326,8],[582,9],[1094,10],[2118,24]].map(prefix);const Be=[0,0,8,8,0,16,8,16,16];const se=[0,8,0,8,16,0,16,8,16];const ie=1080;const ae=new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]);const oe=new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]);function freb(e,t){const n=new Uint16Array(31);for(let r=0;r<31;r++){n[r]=t+=1<<e[r-1]}const r=new Int32Array(n[30]);for(let e=1;e<30;e++){for(let t=n[e];t<n[e+1];++t){r[t]=t-n[e]<<5|e}}return{base:n,rev:r}}const{base:le,rev:ce}=freb(ae,2);le[28]=258;ce[258]=28;const{base:ue}=freb(oe,0);const fe=new Uint16Array(32768);for(let e=0;e<32768;e++){let t=(e&43690)>>1|(e&21845)<<1;t=(t&52428)>>2|(t&13107)<<2;t=(t&61680)>>4|(t&3855)<<4;fe[e]=((t&65280)>>8|(t&255)<<8)>>1}function huffMap(e,t,n){const r=new Uint16Array(t);for(let t=0;t<e.length;t++){if(e[t])++r[e[t]-1]}const B=new Uint16Array(t);for(let e=1;e<t;e++){B[e]=B[e-1]+r[e-1]<<1}let s;if(n){s=new Uint16Array(1<<t);const n=15-t;for(let r=0;r<e.length;r++){if(e[r]){const i=r<<4|e[r];const a=t-e[r];let o=B[e[r]-1]++<<a;for(const e=o|(1<<a)-1;o<=e;o++){s[fe[o]>>n]=i}}}}else{s=new Uint16Array(e.length);for(let t=0;t<e.length;t++){if(e[t]){s[t]=fe[B[e[t]-1]++]>>15-e[t]}}}return s}const Ce=new Uint8Array(288);for(let e=0;e<144;e++)Ce[e]=8;for(let e=144;e<256;e++)Ce[e]=9;for(let e=256;e<280;e++)Ce[e]=7;for(let e=280;e<288;e++)Ce[e]=8;const he=new Uint8Array(32);for(let e=0;e<32;e++)he[e]=5;const pe=huffMap(Ce,9,1);const de=huffMap(he,5,1);function decodeBlockType(e,t,n,r,B,s,i){const a=n*2;const o=n;const l=readSymbol(t,n*ie,i);let c;if(l===0){c=B[a+(s[o]&1)]}else if(l===1){c=B[a+(s[o]-1&1)]+1}else{c=l-2}if(c>=e){c-=e}r[n]=c;B[a+(s[o]&1)]=c;s[o]++}function decodeMetaBlockLength(e){const t={meta_block_length:0,input_end:0,is_uncompressed:0,is_metadata:false};t.input_end=e.readBits(1);if(t.input_end&&e.readBits(1)){return t}const n=e.readBits(2)+4;if(n===7){t.is_metadata=true;if(e.readBits(1)!==0)throw new Error("Invalid reserved bit");const n=e.readBits(2);if(n===0)return t;for(let r=0;r<n;r++){const B=e.readBits(8);if(r+1===n&&n>1&&B===0)throw new Error("Invalid size byte");t.meta_block_length|=B<<r*8}}else{for(let r=0;r<n;r++){const B=e.readBits(4);if(r+1===n&&n>4&&B===0)throw new Error("Invalid size nibble");t.meta_block_length|=B<<r*4}}t.meta_block_length++;if(!t.input_end&&!t.is_metadata){t.is_uncompressed=e.readBits(1)}return t}function copyUncompressedBlockToOutput(e,t,n,r,B,s){const i=B+1;let a=n&B;let o=s.pos_&BrotliBitReader.IBUF_MASK;if(t<8||s.bit_pos_+(t<<3)<s.bit_end_pos_){while(t-- >0){s.readMoreInput();r[a++]=s.readBits(8);if(a===i){e.write(r,i);a=0}}return}if(s.bit_end_pos_<32){throw new Error("copyUncompressedBlockToOutput: br.bit_end_pos_ < 32")}while(s.bit_pos_<32){r[a]=s.val_>>>s.bit_pos_;s.bit_pos_+=8;a++;t--}let l=s.bit_end_pos_-s.bit_pos_>>3;if(o+l>BrotliBitReader.IBUF_MASK){const e=BrotliBitReader.IBUF_MASK+1-o;for(let t=0;t<e;t++)r[a+t]=s.buf_[o+t];l-=e;a+=e;t-=e;o=0}for(let e=0;e<l;e++)r[a+e]=s.buf_[o+e];a+=l;t-=l;if(a>=i){e.write(r,i);a-=i;for(let e=0;e<a;e++)r[e]=r[i+e]}while(a+t>=i){l=i-a;if(s.input_.read(r,a,l)<l){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}e.write(r,i);t-=l;a=0}if(s.input_.read(r,a,t)<t){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}s.reset()}function decodeVarLenUint8(e){if(e.readBits(1)){const t=e.readBits(3);if(t===0){return 1}else{return e.readBits(t)+(1<<t)}}return 0}function decodeWindowBits(e){if(e.readBits(1)===0)return 16;let t=e.readBits(3);if(t>0)return 17+t;t=e.readBits(3);if(t>0)return 8+t;return 17}function jumpToByteBoundary(e){const t=e.bit_pos_+7&~7;return!e.readBits(t-e.bit_pos_)}function readBlockLength(e,t,n){const r=readSymbol(e,t,n);const{offset:B,nbits:s}=ee[r];return B+n.readBits(s)}const ge=new Uint8Array([0,0,0,0,0,0,0,0,0,4,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,12,16,12,12,20,12,16,24,28,12,12,32,12,36,12,44,44,44,44,44,44,44,44,44,44,32,32,24,40,28,12,12,48,52,52,52,48,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,24,12,28,12,12,12,56,60,60,60,56,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,24,12,28,12,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,56,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,8,8,8,8,9,9,9,9,10,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,15,15,15,15,16,16,16,16,17,17,17,17,18,18,18,18,19,19,19,19,20,20,20,20,21,21,21,21,22,22,22,22,23,23,23,23,24,24,24,24,25,25,25,25,26,26,26,26,27,27,27,27,28,28,28,28,29,29,29,29,30,30,30,30,31,31,31,31,32,32,32,32,33,33,33,33,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,38,38,38,38,39,39,39,39,40,40,40,40,41,41,41,41,42,42,42,42,43,43,43,43,44,44,44,44,45,45,45,45,46,46,46,46,47,47,47,47,48,48,48,48,49,49,49,49,50,50,50,50,51,51,51,51,52,52,52,52,53,53,53,53,54,54,54,54,55,55,55,55,56,56,56,56,57,57,57,57,58,58,58,58,59,59,59,59,60,60,60,60,61,61,61,61,62,62,62,62,63,63,63,63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]);const me=new Uint16Array([1024,1536,1280,1536,0,256,768,512]);function decodeContextMap(e,t){let n=0;t.readMoreInput();const r=decodeVarLenUint8(t)+1;const B=new Uint8Array(e);if(r<=1){return[r,B]}const s=t.readBits(1);if(s){n=t.readBits(4)+1}const i=[];for(let e=0;e<ie;e++){i[e]=new HuffmanCode(0,0)}readHuffmanCode(r+n,i,0,t);for(let r=0;r<e;){t.readMoreInput();const s=readSymbol(i,0,t);if(s===0){B[r]=0;r++}else if(s<=n){let n=1+(1<<s)+t.readBits(s);while(--n){if(r>=e){throw new Error("[DecodeContextMap] i >= context_map_size")}B[r]=0;r++}}else{B[r]=s-n;r++}}if(t.readBits(1)){inverseMoveToFrontTransform(B,e)}return[r,B]}function moveToFront(e,t){const n=e[t];for(let n=t;n;n--)e[n]=e[n-1];e[0]=n}function inverseMoveToFrontTransform(e,t){const n=new Uint8Array(256);for(let e=0;e<256;e++){n[e]=e}for(let r=0;r<t;r++){const t=e[r];e[r]=n[t];if(t)moveToFront(n,t)}}class BrotliInput{constructor(e){this.buffer=e;this.pos=0}read(e,t,n){if(this.pos+n>this.buffer.length){n=this.buffer.length-this.pos}for(let r=0;r<n;r++)e[t+r]=this.buffer[this.pos+r];this.pos+=n;return n}}class BrotliOutput{constructor(e){this.buffer=e;this.pos=0}write(e,t){if(this.pos+t>this.buffer.length)throw new Error("brotli output buffer is not large enough");this.buffer.set(e.subarray(0,t),this.pos);this.pos+=t;return t}}const Ee=new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);function bits(e,t,n){const r=t/8|0;return(e[r]|e[r+1]<<8)>>(t&7)&n}function bits16(e,t){const n=t/8|0;return(e[n]|e[n+1]<<8|e[n+2]<<16)>>(t&7)}function shft(e){return(e+7)/8|0}function gzipStart(e,t){if(e[t++]!==31||e[t++]!==139||e[t++]!==8)return 0;const n=e[t++];t+=6;if(n&4)t+=(e[t+10]|e[t+11]<<8)+2;for(let r=(n>>3&1)+(n>>4&1);r>0;r-=Number(!e[t++]));return t+(n&2)}function gzip_gunzip(e,t,n=0,r=0){let B=t??new Uint8Array(1024);if(!(e.length-n))return B;const s=gzipStart(e,n);if(s===e.length-8)return B;if(s>e.length-8)throw new Error("unexpected EOF");let i=s*8;let a=0;let o=0;let l=0;let c;let u;const f=e.length*8;function ensureSize(e){if(!t&&e>B.length){const t=B;B=new Uint8Array(Math.max(t.length*2,e));B.set(t)}}do{if(!c){a=bits(e,i,1);const t=bits(e,i+1,3);i+=3;if(!t){const t=shft(i)+4;const n=e[t-4]|e[t-3]<<8;const s=t+n;if(s>e.length)throw new Error("unexpected EOF");ensureSize(r+n);B.set(e.subarray(t,s),r);r+=n;i=s*8;continue}else if(t===1){c=pe;u=de;o=9;l=5}else if(t===2){const t=bits(e,i,31)+257;const n=bits(e,i+10,15)+4;const r=t+bits(e,i+5,31)+1;i+=14;const B=new Uint8Array(r);const s=new Uint8Array(19);for(let t=0;t<n;++t){s[Ee[t]]=bits(e,i+t*3,7)}i+=n*3;const a=Math.max(...s);const f=(1<<a)-1;const C=huffMap(s,a,1);for(let t=0;t<r;){const n=C[bits(e,i,f)];i+=n&15;const r=n>>4;if(r<16){B[t++]=r}else{let n=0;let s=0;if(r===16){s=3+bits(e,i,3);i+=2;n=B[t-1]}else if(r===17){s=3+bits(e,i,7);i+=3}else if(r===18){s=11+bits(e,i,127);i+=7}while(s--)B[t++]=n}}const h=B.subarray(0,t);const p=B.subarray(t);o=Math.max(...h);l=Math.max(...p);c=huffMap(h,o,1);u=huffMap(p,l,1)}else throw new Error("invalid block type");if(i>f)throw new Error("unexpected EOF")}ensureSize(r+131072);const t=(1<<o)-1;const n=(1<<l)-1;for(;;){const s=c[bits16(e,i)&t];const a=s>>4;i+=s&15;if(i>f)throw new Error("unexpected EOF");if(!s)throw new Error("invalid length/literal");if(a<256)B[r++]=a;else if(a===256){c=undefined;break}else{let t=a-254;if(a>264){const n=a-257;const r=ae[n];t=bits(e,i,(1<<r)-1)+le[n];i+=r}if(!u)throw new Error("invalid distance map");const s=u[bits16(e,i)&n];const o=s>>4;if(!s)throw new Error("invalid distance");i+=s&15;let l=ue[o];if(o>3){const t=oe[o];l+=bits16(e,i)&(1<<t)-1;i+=t}if(i>f)throw new Error("unexpected EOF");const c=r+t;if(r<l)throw new Error("unexpected dictionary case");ensureSize(c);for(;r<c;r++)B[r]=B[r-l]}}if(c)a=1}while(!a);if(r<B.length){const t=Math.ceil(i/8)+8;gzip_gunzip(e,B,t,r)}if(!t)return B.subarray(0,r);return B}const De=`\nH4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN\nSRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+\nUQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK\nUdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj\nqJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/\nIYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP\navw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi\nmX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993\nozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj\nWLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691\ntRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu\nDmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO\nDQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka\n5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/\nIPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG\nfvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw\n3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9\nlSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl\n00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu\nYdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e\nxrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8\n3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd\ne3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9\nXYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq\n96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+\n8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA\nVry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F\nDc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6\nbao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B\n1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX\nswB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w\nrs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef\nQad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q\n1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA\nF+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/\n7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN\nKc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm\nYl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC\n+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c\nQhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n\npn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD\n63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs\nxs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2\nHWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q\n7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA\n7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV\ngctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T\n1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi\n5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+\nmf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw\nc/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx\n/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No\nP/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At\nfLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ\nDuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj\nCNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr\n+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/\nxdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF\nfsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+\nTcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx\n07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw\nAxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg\nR2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV\nX7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC\nYD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB\nVqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm\nCnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz\nmHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6\n5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs\n7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c\nRWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR\ng5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah\nGsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5\ntvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+\n303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp\n0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu\nonuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v\nagd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA\nIRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd\ng1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV\nnoKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2\nnkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl\nxORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg\nqUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM\nZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd\n9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn\nt4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC\nUwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x\nl+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4\nATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV\nqqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae\n2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v\n0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR\nNKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK\n1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y\n+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA\nt0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe\nj34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8\nWHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ\n4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA\nDAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr\nPghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG\nlwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn\nKArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9\ncxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA\nUpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e\nRC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0\nAH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS\nxwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q\nnU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS\nkVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB\nEA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ\nOiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e\nk25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk\n/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA\ngFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i\nCSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81\nMREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1\nLMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL\n0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH\nrAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm\ngwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW\nI4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR\nfcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3\ncIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO\nG7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i\nX2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk\nMlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D\nUgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4\nUNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH\nfZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF\ngQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2\nQkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu\nQXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W\nMwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ\nKMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc\niy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY\nwRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql\nPJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT\nk5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b\nyo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6\npUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ\nIwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY\nHlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d\nz8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy\nVOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f\n1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5\niWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n\nz2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx\nauPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq\nlw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI\nRVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP\nzNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s\nRv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg\nElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu\n0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN\nQPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84\nsbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q\nkBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN\nPeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM\ngjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5\n92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn\nERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO\njalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4\nk80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371\n8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB\nciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v\nYVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg\nzBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5\nbOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP\neC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52\neGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ\neby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/\nH81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m\nlx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY\niKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU\nxchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR\nFAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij\nxYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ\nxuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R\nsl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S\nMQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX\nV16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp\nn5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402\nb74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i\nNLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY\nOXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d\nW714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p\nM1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS\n5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ\nUoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh\nDvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr\nXKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW\nNAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge\nVi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj\nUQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0\nfL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR\nXH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U\n3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O\nN6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z\nIKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL\njV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF\nxtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN\nUuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL\nLsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o\nkz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz\nXCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3\nED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX\njcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm\nZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug\nOjk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/\nYJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm\ncAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j\n42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9\n4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC\nM3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5\nTKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02\npq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq\nxNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k\nAbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI\nJY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2\nC4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U\nYcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq\nNnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x\nsZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0\nKFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL\nsKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o\nhpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX\n5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD\n0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf\nvz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb\nX8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy\nD9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+\nduvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i\n//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ\nvd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw\n2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ\n21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu\nWs5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl\nHrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c\n+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY\nZ+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn\n877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U\nMwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu\nAe5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU\nqk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA\nmZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM\nMmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf\nEtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul\n3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd\nRjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF\nu7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a\n4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo\nQCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG\n8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs\ntSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk\nkkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA\nYUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S\niBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65\nKmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG\ngYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz\nsxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos\nkH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg\ncZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa\n5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V\nQZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK\nm1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW\nGmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll\nRorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN\nJIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny\nhzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR\nVSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC\n313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO\nIUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k\n0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU\nF9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6\nAslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4\nPNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7\nAAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q\nnj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU\n/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo\nEo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd\nHKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g\ngwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4\n1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK\nFGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq\nHuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl\nKclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr\nlR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa\nJ5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2\nGvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4\nvLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb\nWi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6\nQEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed\n+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM\nl+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1\nxZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7\nFVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C\n1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU\nXyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5\ntpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K\nwYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ\nWKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY\n3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3\nBwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE\ntdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa\nqhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp\nH2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC\nFV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU\nI3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn\n4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4\nCH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s\ngFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+\ntsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5\ngKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt\n1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op\njmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup\ntiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw\n9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53\nWzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB\nYhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H\nXWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8\n74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq\nFUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd\nW3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51\nvpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby\nfS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe\n5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs\nJJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL\nEtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI\nFxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu\nBClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY\nknqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7\nKsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW\nKrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z\nZ3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p\nvfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt\nw5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL\nF5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i\nluIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC\nv0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb\ndy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT\nj5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/\nsEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG\n5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz\nHZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl\nvq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0\nFcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2\noN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h\nYVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L\nOxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ\n2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l\ntkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR\nKGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx\nKnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj\n9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga\ntXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL\nvM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ\ncJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1\n2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3\nMyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N\n/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11\nfOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob\nZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE\npJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR\nsN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL\n5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8\n6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG\nYoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC\nPb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1\nUTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn\nw/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU\nqYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV\nDKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ\n7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc\nSeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR\n9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L\nqERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV\nVASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za\njXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI\nWcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W\nuyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz\nNoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz\nvycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt\nZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC\nIAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp\n0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj\nD6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j\n6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy\nEQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229\n4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D\nVQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY\n63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro\nRHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm\nMI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7\n3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq\ngV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq\nwvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l\nTqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F\nF0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF\ncqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz\n73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E\negbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG\nMn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++\nDkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW\n5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P\ndrG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN\nwxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P\ncU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO\nqHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q\n0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//\neefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz\noutU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc\nhFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R\nLWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf\nF3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis\nsjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz\n5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/\nts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd\nI6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH\nUxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA\nUzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi\nwyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9\nxNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati\ncDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc\ndlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo\nhsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp\nDN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj\nMSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI\n+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH\nHdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6\njuE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv\nQlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb\n5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx\n8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g\na9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX\nzQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB\n8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4\nPb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv\n83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq\nPdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9\nx9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP\npK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu\n8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN\nGr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8\nUyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e\nqvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx\nfRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5\nu9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/\n+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl\nExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv\nAZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE\nL410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn\n4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t\njxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz\na9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0\nJ232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2\ny0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z\nZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY\nAl1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1\n4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM\nCBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9\nYgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN\nBPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA\no9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt\ncYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T\nra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD\n4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ\nqoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA\n2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK\nEhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh\nbsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK\nQGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB\nMNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf\nQVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat\nigRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75\n2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF\ny9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA\nUsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw\nxctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD\nwVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A\nAhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC\ndHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ\nYuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN\nR2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx\nod5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7\nONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0\niiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf\nKJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN\nzRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb\nWyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk\nQOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp\nZ0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3\nrfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9\n+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8\nqIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl\nrKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG\nLeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5\nNbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C\nJhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C\no0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA\nzYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ\nejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C\n3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb\nQcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe\nRZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6\nUOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76\nDsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ\nf/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt\nyc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf\nXH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/\n+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9\n8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt\nv3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW\n8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ\nTde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW\nY7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7\nksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN\nMkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5\n1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp\nwt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B\neurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a\nuKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ\n7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V\njc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb\n9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa\nxdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q\nrrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG\n0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL\ngbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL\n4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40\nQ3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g\nCN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw\n2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga\nnXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63\nNKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep\netR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF\nKOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf\nC1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l\nKp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6\nZb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1\n07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+\n1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7\nXQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX\nimsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+\n2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv\nQDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9\nyWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5\n6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o\neovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N\nw7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3\ngnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4\nG1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O\n35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1\naWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi\ndla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL\n3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil\nEyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ\nrN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ\nvrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0\ncMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB\noVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG\nMX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151\nhb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg\nlaOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z\nbxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2\nPaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q\nap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm\nLi23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf\nlGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG\nFWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G\nNXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v\nqogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r\n4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6\nrZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM\nOxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj\nIp/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg\n8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr\nrlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2\n2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc\niqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF\ndoAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ\nNelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu\nkgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+\nSN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7\n52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX\niXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h\nbQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX\nSIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g\nHlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m\nbVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3\nvM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt\nUbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/\nlO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg\nZo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4\nnzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN\np+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV\n6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr\n23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf\nhR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34\n3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU\n78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX\nNcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d\nNguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu\nT/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3\n3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb\ngph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV\nwipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq\nB/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci\nQ2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB\ncLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P\nq3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ\nyppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi\nGDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp\ngRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9\nxREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913\nUgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh\nKqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc\nXmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk\n0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St\nXP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44\ngRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y\n21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG\not8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q\nAim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U\n2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ\nIOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE\nrXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv\nJVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG\nK9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF\nEuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/\nNutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW\noH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE\nwMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov\nu6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5\neoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok\n1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy\nCNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU\nGjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq\nQ0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K\ncBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR\nEk6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm\njRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So\nYN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq\nlr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw\nSToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG\nKhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU\ny7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/\n+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd\nBRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n\nYyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/\nOCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr\niMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT\ngxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO\nG28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH\nZ6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o\n9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM\nhC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1\nYVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ\nq2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB\nzi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1\nNokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct\nLApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F\nx7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA\nyE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc\nKpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm\nbRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT\nV0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77\ndAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF\nhqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA\nTJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh\nIKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK\npVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY\ndNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7\nnaFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji\nBhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj\nI84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni\ndOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4\nAY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv\nL9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs\nYLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x\nJymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I\nPGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN\nSl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M\nU8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre\nMIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT\nm2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D\n4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3\nWb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea\nYHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6\nfpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q\nxmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R\nSsut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0\nF61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ\nW25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5\nATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT\nW4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD\nloNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD\nR/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK\n3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8\nMsfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s\nYVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj\nzvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc\nY862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk\n3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS\nAhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8\nh7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL\n66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF\n/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n\nDWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc\n0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8\nWFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV\n1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV\nXAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J\nF7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU\nhDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4\nHLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv\nn9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB\nA7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF\nEAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko\nKqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG\n0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub\nAP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4\nxg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx\n0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1\nPJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg\nfgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC\na0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA\nGvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE\nb4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb\ni26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8\n+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P\nxZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P\n333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+\nzZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3\nLc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp\ngg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo\ncUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9\nxavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT\nCr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp\nSF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV\nVJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+\nUXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa\nVFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v\nuf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9\ncdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo\nv9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P\nv5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT\nWX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427\np7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO\n+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+\nGCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj\nnV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC\nq9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp\nPf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT\ne0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8\nwmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926\nSDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP\n+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt\nc4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr\n1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb\nJ+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M\n+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY\neIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20\nNMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy\nBe7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0\nN5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O\nUV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2\nAavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1\nKIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru\n7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw\nWV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ\ndZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb\nWj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4\nItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi\nUlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK\nnTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A\nJTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn\nE/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2\nm+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV\nkEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP\nLW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y\nejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU\nG1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq\nn8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF\nAzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc\nHYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ\n2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0\n7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe\nE38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p\nofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E\nfh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu\n/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw\nwBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu\nnIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC\ndpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ\nUemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ\nXgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ\nkVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE\nn9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m\nnIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g\nT4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA\nb8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz\nyhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy\nNAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2\nu4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x\n/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5\nJsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs\nGLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3\n/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT\nK2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7\n8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B\nybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7\nqIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ\nmT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH\noz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D\nu/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2\nIlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj\nEKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o\nomakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6\ndy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu\nun1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX\naXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m\nUatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6\nDSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC\nxAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf\ndmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8\nSSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1\nokQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4\nWaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8\ntQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/\nBdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW\nKaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6\n9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD\n+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC\nhy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y\narFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5\nrRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM\nc2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub\nZ8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B\n/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ\nDy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1\nL1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/\nm3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9\nfuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1\n/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d\nJ//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF\nYXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd\nevmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh\n3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV\n2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds\n5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ\ni2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ\ncnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c\nTDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4\n3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG\njdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5\nRrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd\neY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK\nHWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE\n5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck\n9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N\nRY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ\nVV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc\n5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh\n+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J\n6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr\nvNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ\nJHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR\nd+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp\nYdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk\n5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go\nkQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C\n7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV\nyemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3\nTh5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x\npEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H\nWqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V\ndXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk\nGdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe\nWVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr\nGBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e\nxzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m\nEB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ\n702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK\nQwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH\nqvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv\nwur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn\noUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw\nPeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn\nM8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz\nJ2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W\nnkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI\nQnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk\n8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT\ntlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL\nNmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq\nIN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw\nUeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68\nf0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR\nyHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu\nnrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr\nYERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8\nVHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq\nH2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/\nGICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv\n2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ\n3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq\njZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ\nFVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z\nX5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S\nP3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP\nMYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9\nvfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73\ngypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd\nCVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4\n+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8\nflGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9\ni75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT\nNbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR\nizymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU\n4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ\nkxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV\nINWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO\nz43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9\nXdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE\nSxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE\nKrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM\nyMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v\nBgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu\nhkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp\nz17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb\nyv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX\nQu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD\nDMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg\nNYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF\nJUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B\nLghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW\n7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE\nQNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk\n5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90\nJLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY\nBZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO\n3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw\nOhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt\namv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc\nIiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN\nOtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC\n8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6\nFA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk\nJ+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+\nlZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H\n23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8\n1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9\n83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1\nVe6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS\nzHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru\n/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk\n9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey\n996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF\nuwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW\nQEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ\nYjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5\nl9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6\n7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ\nCPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms\ns6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb\nMTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i\nYEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d\nvmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA==`;let we;function getDictionary(){if(!we){we=new Uint8Array(122784);const e=atob(De);const t=new Uint8Array(e.length);for(let n=0;n<e.length;n++){t[n]=e.charCodeAt(n)}gzip_gunzip(t,we)}return we}const Ae=0;const ve=1;const ye=2;const Ie=3;const be=4;const Fe=5;const xe=6;const Te=7;const Ne=8;const Oe=9;const Re=10;const Le=11;const Se=12;const Ge=13;const Me=14;const He=15;const ke=16;const Pe=17;const _e=18;const Ue=20;class Transform{constructor(e,t,n){this.prefix=new Uint8Array(e.length);this.transform=t;this.suffix=new Uint8Array(n.length);for(let t=0;t<e.length;t++)this.prefix[t]=e.charCodeAt(t);for(let e=0;e<n.length;e++)this.suffix[e]=n.charCodeAt(e)}}const Je=[new Transform("",Ae,""),new Transform("",Ae," "),new Transform(" ",Ae," "),new Transform("",Se,""),new Transform("",Re," "),new Transform("",Ae," the "),new Transform(" ",Ae,""),new Transform("s ",Ae," "),new Transform("",Ae," of "),new Transform("",Re,""),new Transform("",Ae," and "),new Transform("",Ge,""),new Transform("",ve,""),new Transform(", ",Ae," "),new Transform("",Ae,", "),new Transform(" ",Re," "),new Transform("",Ae," in "),new Transform("",Ae," to "),new Transform("e ",Ae," "),new Transform("",Ae,'"'),new Transform("",Ae,"."),new Transform("",Ae,'">'),new Transform("",Ae,"\n"),new Transform("",Ie,""),new Transform("",Ae,"]"),new Transform("",Ae," for "),new Transform("",Me,""),new Transform("",ye,""),new Transform("",Ae," a "),new Transform("",Ae," that "),new Transform(" ",Re,""),new Transform("",Ae,". "),new Transform(".",Ae,""),new Transform(" ",Ae,", "),new Transform("",He,""),new Transform("",Ae," with "),new Transform("",Ae,"'"),new Transform("",Ae," from "),new Transform("",Ae," by "),new Transform("",ke,""),new Transform("",Pe,""),new Transform(" the ",Ae,""),new Transform("",be,""),new Transform("",Ae,". The "),new Transform("",Le,""),new Transform("",Ae," on "),new Transform("",Ae," as "),new Transform("",Ae," is "),new Transform("",Te,""),new Transform("",ve,"ing "),new Transform("",Ae,"\n\t"),new Transform("",Ae,":"),new Transform(" ",Ae,". "),new Transform("",Ae,"ed "),new Transform("",Ue,""),new Transform("",_e,""),new Transform("",xe,""),new Transform("",Ae,"("),new Transform("",Re,", "),new Transform("",Ne,""),new Transform("",Ae," at "),new Transform("",Ae,"ly "),new Transform(" the ",Ae," of "),new Transform("",Fe,""),new Transform("",Oe,""),new Transform(" ",Re,", "),new Transform("",Re,'"'),new Transform(".",Ae,"("),new Transform("",Le," "),new Transform("",Re,'">'),new Transform("",Ae,'="'),new Transform(" ",Ae,"."),new Transform(".com/",Ae,""),new Transform(" the ",Ae," of the "),new Transform("",Re,"'"),new Transform("",Ae,". This "),new Transform("",Ae,","),new Transform(".",Ae," "),new Transform("",Re,"("),new Transform("",Re,"."),new Transform("",Ae," not "),new Transform(" ",Ae,'="'),new Transform("",Ae,"er "),new Transform(" ",Le," "),new Transform("",Ae,"al "),new Transform(" ",Le,""),new Transform("",Ae,"='"),new Transform("",Le,'"'),new Transform("",Re,". "),new Transform(" ",Ae,"("),new Transform("",Ae,"ful "),new Transform(" ",Re,". "),new Transform("",Ae,"ive "),new Transform("",Ae,"less "),new Transform("",Le,"'"),new Transform("",Ae,"est "),new Transform(" ",Re,"."),new Transform("",Le,'">'),new Transform(" ",Ae,"='"),new Transform("",Re,","),new Transform("",Ae,"ize "),new Transform("",Le,"."),new Transform("Â ",Ae,""),new Transform(" ",Ae,","),new Transform("",Re,'="'),new Transform("",Le,'="'),new Transform("",Ae,"ous "),new Transform("",Le,", "),new Transform("",Re,"='"),new Transform(" ",Re,","),new Transform(" ",Le,'="'),new Transform(" ",Le,", "),new Transform("",Le,","),new Transform("",Le,"("),new Transform("",Le,". "),new Transform(" ",Le,"."),new Transform("",Le,"='"),new Transform(" ",Le,". "),new Transform(" ",Re,'="'),new Transform(" ",Le,"='"),new Transform(" ",Re,"='")];const qe=Je.length;function ToUpperCase(e,t){if(e[t]<192){if(e[t]>=97&&e[t]<=122){e[t]^=32}return 1}if(e[t]<224){e[t+1]^=32;return 2}e[t+2]^=5;return 3}function transformDictionaryWord(e,t,n,r,B){const s=getDictionary();const{prefix:i}=Je[B];const{suffix:a}=Je[B];const o=Je[B].transform;let l=o<Se?0:o-(Se-1);const c=t;if(l>r)l=r;let u=0;while(u<i.length){e[t++]=i[u++]}n+=l;r-=l;if(o<=Oe)r-=o;for(let B=0;B<r;B++){e[t++]=s[n+B]}let f=t-r;if(o===Re){ToUpperCase(e,f)}else if(o===Le){while(r>0){const t=ToUpperCase(e,f);f+=t;r-=t}}let C=0;while(C<a.length){e[t++]=a[C++]}return t-c}const Qe=256;const Ye=704;const Ve=26;const Ke=6;const ze=2;const je=16;const We=new Uint8Array([3,2,1,0,3,3,3,3,3,3,2,2,2,2,2,2]);const Ze=new Int8Array([0,0,0,0,-1,1,-2,2,-3,3,-1,1,-2,2,-3,3]);const Xe=new Uint32Array([0,0,0,0,0,4096,9216,21504,35840,44032,53248,63488,74752,87040,93696,100864,104704,106752,108928,113536,115968,118528,119872,121280,122016]);const $e=new Uint8Array([0,0,0,0,10,10,11,11,10,10,10,10,10,9,9,8,7,7,8,7,7,6,6,5,5]);const et=4;const tt=24;function decompressBrotli(e,t){const n=new Uint8Array(t);const r=new BrotliInput(e);const B=new BrotliOutput(n);brotli(r,B);return n}function brotli(e,t){let n=0;let r=0;let B=0;const s=[16,15,11,4];let i=0;const a=[new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0)];const o=128+BrotliBitReader.READ_SIZE;const l=new BrotliBitReader(e);const c=decodeWindowBits(l);const u=(1<<c)-16;const f=1<<c;const C=f-1;const h=new Uint8Array(f+o+tt);const p=f;const d=[];const g=[];for(let e=0;e<3*ie;e++){d[e]=new HuffmanCode(0,0);g[e]=new HuffmanCode(0,0)}while(!r){const e=[1<<28,1<<28,1<<28];const o=[0];const c=[1,1,1];const m=[0,1,0,1,0,1];const E=[0];for(let e=0;e<3;e++){a[e].codes=[];a[e].htrees=new Uint32Array}l.readMoreInput();const D=decodeMetaBlockLength(l);let w=D.meta_block_length;if(n+w>t.buffer.length){const e=new Uint8Array(n+w);e.set(t.buffer);t.buffer=e}r=D.input_end;if(D.is_metadata){jumpToByteBoundary(l);for(;w>0;--w){l.readMoreInput();l.readBits(8)}continue}if(w===0)continue;if(D.is_uncompressed){l.bit_pos_=l.bit_pos_+7&~7;copyUncompressedBlockToOutput(t,w,n,h,C,l);n+=w;continue}for(let t=0;t<3;t++){c[t]=decodeVarLenUint8(l)+1;if(c[t]>=2){readHuffmanCode(c[t]+2,d,t*ie,l);readHuffmanCode(Ve,g,t*ie,l);e[t]=readBlockLength(g,t*ie,l);E[t]=1}}l.readMoreInput();const A=l.readBits(2);const v=je+(l.readBits(4)<<A);const y=(1<<A)-1;const I=v+(48<<A);const b=new Uint8Array(c[0]);for(let e=0;e<c[0];e++){l.readMoreInput();b[e]=l.readBits(2)<<1}const[F,x]=decodeContextMap(c[0]<<Ke,l);const[T,N]=decodeContextMap(c[2]<<ze,l);a[0]=new HuffmanTreeGroup(Qe,F);a[1]=new HuffmanTreeGroup(Ye,c[1]);a[2]=new HuffmanTreeGroup(I,T);for(let e=0;e<3;++e){a[e].decode(l)}let O=0;let R=0;let L=b[o[0]];let S=me[L];let G=me[L+1];let M=a[1].htrees[0];while(w>0){let r;l.readMoreInput();if(e[1]===0){decodeBlockType(c[1],d,1,o,m,E,l);e[1]=readBlockLength(g,ie,l);M=a[1].htrees[o[1]]}e[1]--;const D=readSymbol(a[1].codes,M,l);let I=D>>6;if(I>=2){I-=2;r=-1}else{r=0}const F=Be[I]+(D>>3&7);const T=te[F];const H=T.offset+l.readBits(T.nbits);const k=se[I]+(D&7);const P=ne[k];const _=P.offset+l.readBits(P.nbits);let U=h[n-1&C];let J=h[n-2&C];for(let r=0;r<H;r++){l.readMoreInput();if(e[0]===0){decodeBlockType(c[0],d,0,o,m,E,l);e[0]=readBlockLength(g,0,l);const t=o[0]<<Ke;O=t;L=b[o[0]];S=me[L];G=me[L+1]}const r=ge[S+U]|ge[G+J];const B=x[O+r];e[0]--;J=U;U=readSymbol(a[0].codes,a[0].htrees[B],l);h[n&C]=U;if((n&C)===C){t.write(h,f)}n++}w-=H;if(w<=0)break;if(r<0){l.readMoreInput();if(e[2]===0){decodeBlockType(c[2],d,2,o,m,E,l);e[2]=readBlockLength(g,2*ie,l);R=o[2]<<ze}e[2]--;const t=(_>4?3:_-2)&255;const n=N[R+t];r=readSymbol(a[2].codes,a[2].htrees[n],l);if(r>=v){r-=v;const e=r&y;r>>=A;const t=(r>>1)+1;const n=(2+(r&1)<<t)-4;r=v+(n+l.readBits(t)<<A)+e}}const q=translateShortCodes(r,s,i);if(q<0)throw new Error("[BrotliDecompress] invalid distance");if(n<u&&B!==u){B=n}else{B=u}let Q=n&C;if(q>B){if(_>=et&&_<=tt){let e=Xe[_];const r=q-B-1;const s=$e[_];const i=(1<<s)-1;const a=r&i;const o=r>>s;e+=a*_;if(o<qe){const r=transformDictionaryWord(h,Q,e,_,o);Q+=r;n+=r;w-=r;if(Q>=p){t.write(h,f);for(let e=0;e<Q-p;e++)h[e]=h[p+e]}}else{throw new Error("Invalid backward reference")}}else{throw new Error("Invalid backward reference")}}else{if(r>0){s[i&3]=q;i++}if(_>w){throw new Error("Invalid backward reference")}for(let e=0;e<_;e++){h[n&C]=h[n-q&C];if((n&C)===C){t.write(h,f)}n++;w--}}}n&=1073741823}t.write(h,n&C)}function translateShortCodes(e,t,n){if(e<je){n+=We[e];n&=3;return t[n]+Ze[e]}else{return e-je+1}}var nt=ArrayBuffer,rt=Uint8Array,Bt=Uint16Array,st=Int16Array,it=null&&Uint32Array,at=Int32Array;var slc=function(e,t,n){if(rt.prototype.slice)return rt.prototype.slice.call(e,t,n);if(t==null||t<0)t=0;if(n==null||n>e.length)n=e.length;var r=new rt(n-t);r.set(e.subarray(t,n));return r};var fill=function(e,t,n,r){if(rt.prototype.fill)return rt.prototype.fill.call(e,t,n,r);if(n==null||n<0)n=0;if(r==null||r>e.length)r=e.length;for(;n<r;++n)e[n]=t;return e};var cpw=function(e,t,n,r){if(rt.prototype.copyWithin)return rt.prototype.copyWithin.call(e,t,n,r);if(n==null||n<0)n=0;if(r==null||r>e.length)r=e.length;while(n<r){e[t++]=e[n++]}};var ot={InvalidData:0,WindowSizeTooLarge:1,InvalidBlockType:2,FSEAccuracyTooHigh:3,DistanceTooFarBack:4,UnexpectedEOF:5};var lt=["invalid zstd data","window size too large (>2046MB)","invalid block type","FSE accuracy too high","match distance too far back","unexpected EOF"];var err=function(e,t,n){var r=new Error(t||lt[e]);r.code=e;if(Error.captureStackTrace)Error.captureStackTrace(r,err);if(!n)throw r;return r};var rb=function(e,t,n){var r=0,B=0;for(;r<n;++r)B|=e[t++]<<(r<<3);return B};var b4=function(e,t){return(e[t]|e[t+1]<<8|e[t+2]<<16|e[t+3]<<24)>>>0};var rzfh=function(e,t){var n=e[0]|e[1]<<8|e[2]<<16;if(n==3126568&&e[3]==253){var r=e[4];var B=r>>5&1,s=r>>2&1,i=r&3,a=r>>6;if(r&8)err(0);var o=6-B;var l=i==3?4:i;var c=rb(e,o,l);o+=l;var u=a?1<<a:B;var f=rb(e,o,u)+(a==1&&256);var C=f;if(!B){var h=1<<10+(e[5]>>3);C=h+(h>>3)*(e[5]&7)}if(C>2145386496)err(1);var p=new rt((t==1?f||C:t?0:C)+12);p[0]=1,p[4]=4,p[8]=8;return{b:o+u,y:0,l:0,d:c,w:t&&t!=1?t:p.subarray(12),e:C,o:new at(p.buffer,0,3),u:f,c:s,m:Math.min(131072,C)}}else if((n>>4|e[3]<<20)==25481893){return b4(e,4)+8}err(0)};var msb=function(e){var t=0;for(;1<<t<=e;++t);return t-1};var rfse=function(e,t,n){var r=(t<<3)+4;var B=(e[t]&15)+5;if(B>n)err(3);var s=1<<B;var i=s,a=-1,o=-1,l=-1,c=s;var u=new nt(512+(s<<2));var f=new st(u,0,256);var C=new Bt(u,0,256);var h=new Bt(u,512,s);var p=512+(s<<1);var d=new rt(u,p,s);var g=new rt(u,p+s);while(a<255&&i>0){var m=msb(i+1);var E=r>>3;var D=(1<<m+1)-1;var w=(e[E]|e[E+1]<<8|e[E+2]<<16)>>(r&7)&D;var A=(1<<m)-1;var v=D-i-1;var y=w&A;if(y<v)r+=m,w=y;else{r+=m+1;if(w>A)w-=v}f[++a]=--w;if(w==-1){i+=w;d[--c]=a}else i-=w;if(!w){do{var I=r>>3;o=(e[I]|e[I+1]<<8)>>(r&7)&3;r+=2;a+=o}while(o==3)}}if(a>255||i)err(0);var b=0;var F=(s>>1)+(s>>3)+3;var x=s-1;for(var T=0;T<=a;++T){var N=f[T];if(N<1){C[T]=-N;continue}for(l=0;l<N;++l){d[b]=T;do{b=b+F&x}while(b>=c)}}if(b)err(0);for(l=0;l<s;++l){var O=C[d[l]]++;var R=g[l]=B-msb(O);h[l]=(O<<R)-s}return[r+7>>3,{b:B,s:d,n:g,t:h}]};var rhu=function(e,t){var n=0,r=-1;var B=new rt(292),s=e[t];var i=B.subarray(0,256);var a=B.subarray(256,268);var o=new Bt(B.buffer,268);if(s<128){var l=rfse(e,t+1,6),c=l[0],u=l[1];t+=s;var f=c<<3;var C=e[t];if(!C)err(0);var h=0,p=0,d=u.b,g=d;var m=(++t<<3)-8+msb(C);for(;;){m-=d;if(m<f)break;var E=m>>3;h+=(e[E]|e[E+1]<<8)>>(m&7)&(1<<d)-1;i[++r]=u.s[h];m-=g;if(m<f)break;E=m>>3;p+=(e[E]|e[E+1]<<8)>>(m&7)&(1<<g)-1;i[++r]=u.s[p];d=u.n[h];h=u.t[h];g=u.n[p];p=u.t[p]}if(++r>255)err(0)}else{r=s-127;for(;n<r;n+=2){var D=e[++t];i[n]=D>>4;i[n+1]=D&15}++t}var w=0;for(n=0;n<r;++n){var A=i[n];if(A>11)err(0);w+=A&&1<<A-1}var v=msb(w)+1;var y=1<<v;var I=y-w;if(I&I-1)err(0);i[r++]=msb(I)+1;for(n=0;n<r;++n){var A=i[n];++a[i[n]=A&&v+1-A]}var b=new rt(y<<1);var F=b.subarray(0,y),x=b.subarray(y);o[v]=0;for(n=v;n>0;--n){var T=o[n];fill(x,n,T,o[n-1]=T+a[n]*(1<<v-n))}if(o[0]!=y)err(0);for(n=0;n<r;++n){var N=i[n];if(N){var O=o[N];fill(F,n,O,o[N]=O+(1<<v-N))}}return[t,{n:x,b:v,s:F}]};var ct=rfse(new rt([81,16,99,140,49,198,24,99,12,33,196,24,99,102,102,134,70,146,4]),0,6)[1];var ut=rfse(new rt([33,20,196,24,99,140,33,132,16,66,8,33,132,16,66,8,33,68,68,68,68,68,68,68,68,36,9]),0,6)[1];var ft=rfse(new rt([32,132,16,66,102,70,68,68,68,68,36,73,2]),0,5)[1];var b2bl=function(e,t){var n=e.length,r=new at(n);for(var B=0;B<n;++B){r[B]=t;t+=1<<e[B]}return r};var Ct=new rt(new at([0,0,0,0,16843009,50528770,134678020,202050057,269422093]).buffer,0,36);var ht=b2bl(Ct,0);var pt=new rt(new at([0,0,0,0,0,0,0,0,16843009,50528770,117769220,185207048,252579084,16]).buffer,0,53);var dt=b2bl(pt,3);var dhu=function(e,t,n){var r=e.length,B=t.length,s=e[r-1],i=(1<<n.b)-1,a=-n.b;if(!s)err(0);var o=0,l=n.b,c=(r<<3)-8+msb(s)-l,u=-1;for(;c>a&&u<B;){var f=c>>3;var C=(e[f]|e[f+1]<<8|e[f+2]<<16)>>(c&7);o=(o<<l|C)&i;t[++u]=n.s[o];c-=l=n.n[o]}if(c!=a||u+1!=B)err(0)};var dhu4=function(e,t,n){var r=6;var B=t.length,s=B+3>>2,i=s<<1,a=s+i;dhu(e.subarray(r,r+=e[0]|e[1]<<8),t.subarray(0,s),n);dhu(e.subarray(r,r+=e[2]|e[3]<<8),t.subarray(s,i),n);dhu(e.subarray(r,r+=e[4]|e[5]<<8),t.subarray(i,a),n);dhu(e.subarray(r),t.subarray(a),n)};var rzb=function(e,t,n){var r;var B=t.b;var s=e[B],i=s>>1&3;t.l=s&1;var a=s>>3|e[B+1]<<5|e[B+2]<<13;var o=(B+=3)+a;if(i==1){if(B>=e.length)return;t.b=B+1;if(n){fill(n,e[B],t.y,t.y+=a);return n}return fill(new rt(a),e[B])}if(o>e.length)return;if(i==0){t.b=o;if(n){n.set(e.subarray(B,o),t.y);t.y+=a;return n}return slc(e,B,o)}if(i==2){var l=e[B],c=l&3,u=l>>2&3;var f=l>>4,C=0,h=0;if(c<2){if(u&1)f|=e[++B]<<4|(u&2&&e[++B]<<12);else f=l>>3}else{h=u;if(u<2)f|=(e[++B]&63)<<4,C=e[B]>>6|e[++B]<<2;else if(u==2)f|=e[++B]<<4|(e[++B]&3)<<12,C=e[B]>>2|e[++B]<<6;else f|=e[++B]<<4|(e[++B]&63)<<12,C=e[B]>>6|e[++B]<<2|e[++B]<<10}++B;var p=n?n.subarray(t.y,t.y+t.m):new rt(t.m);var d=p.length-f;if(c==0)p.set(e.subarray(B,B+=f),d);else if(c==1)fill(p,e[B++],d);else{var g=t.h;if(c==2){var m=rhu(e,B);C+=B-(B=m[0]);t.h=g=m[1]}else if(!g)err(0);(h?dhu4:dhu)(e.subarray(B,B+=C),p.subarray(d),g)}var E=e[B++];if(E){if(E==255)E=(e[B++]|e[B++]<<8)+32512;else if(E>127)E=E-128<<8|e[B++];var D=e[B++];if(D&3)err(0);var w=[ut,ft,ct];for(var A=2;A>-1;--A){var v=D>>(A<<1)+2&3;if(v==1){var y=new rt([0,0,e[B++]]);w[A]={s:y.subarray(2,3),n:y.subarray(0,1),t:new Bt(y.buffer,0,1),b:0}}else if(v==2){r=rfse(e,B,9-(A&1)),B=r[0],w[A]=r[1]}else if(v==3){if(!t.t)err(0);w[A]=t.t[A]}}var I=t.t=w,b=I[0],F=I[1],x=I[2];var T=e[o-1];if(!T)err(0);var N=(o<<3)-8+msb(T)-x.b,O=N>>3,R=0;var L=(e[O]|e[O+1]<<8)>>(N&7)&(1<<x.b)-1;O=(N-=F.b)>>3;var S=(e[O]|e[O+1]<<8)>>(N&7)&(1<<F.b)-1;O=(N-=b.b)>>3;var G=(e[O]|e[O+1]<<8)>>(N&7)&(1<<b.b)-1;for(++E;--E;){var M=x.s[L];var H=x.n[L];var k=b.s[G];var P=b.n[G];var _=F.s[S];var U=F.n[S];O=(N-=_)>>3;var J=1<<_;var q=J+((e[O]|e[O+1]<<8|e[O+2]<<16|e[O+3]<<24)>>>(N&7)&J-1);O=(N-=pt[k])>>3;var Q=dt[k]+((e[O]|e[O+1]<<8|e[O+2]<<16)>>(N&7)&(1<<pt[k])-1);O=(N-=Ct[M])>>3;var Y=ht[M]+((e[O]|e[O+1]<<8|e[O+2]<<16)>>(N&7)&(1<<Ct[M])-1);O=(N-=H)>>3;L=x.t[L]+((e[O]|e[O+1]<<8)>>(N&7)&(1<<H)-1);O=(N-=P)>>3;G=b.t[G]+((e[O]|e[O+1]<<8)>>(N&7)&(1<<P)-1);O=(N-=U)>>3;S=F.t[S]+((e[O]|e[O+1]<<8)>>(N&7)&(1<<U)-1);if(q>3){t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=q-=3}else{var V=q-(Y!=0);if(V){q=V==3?t.o[0]-1:t.o[V];if(V>1)t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=q}else q=t.o[0]}for(var A=0;A<Y;++A){p[R+A]=p[d+A]}R+=Y,d+=Y;var K=R-q;if(K<0){var z=-K;var j=t.e+K;if(z>Q)z=Q;for(var A=0;A<z;++A){p[R+A]=t.w[j+A]}R+=z,Q-=z,K=0}for(var A=0;A<Q;++A){p[R+A]=p[K+A]}R+=Q}if(R!=d){while(d<p.length){p[R++]=p[d++]}}else R=p.length;if(n)t.y+=R;else p=slc(p,0,R)}else if(n){t.y+=f;if(d){for(var A=0;A<f;++A){p[A]=p[d+A]}}}else if(d)p=slc(p,d);t.b=o;return p}err(2)};var cct=function(e,t){if(e.length==1)return e[0];var n=new rt(t);for(var r=0,B=0;r<e.length;++r){var s=e[r];n.set(s,B);B+=s.length}return n};function decompress(e,t){var n=[],r=+!t;var B=0,s=0;for(;e.length;){var i=rzfh(e,r||t);if(typeof i=="object"){if(r){t=null;if(i.w.length==i.u){n.push(t=i.w);s+=i.u}}else{n.push(t);i.e=0}for(;!i.l;){var a=rzb(e,i,t);if(!a)err(5);if(t)i.e=i.y;else{n.push(a);s+=a.length;cpw(i.w,0,a.length);i.w.set(a,i.w.length-a.length)}}B=i.b+i.c*4}else B=i;e=e.subarray(B)}return cct(n,s)}var gt=null&&function(){function Decompress(e){this.ondata=e;this.c=[];this.l=0;this.z=0}Decompress.prototype.push=function(e,t){if(typeof this.s=="number"){var n=Math.min(e.length,this.s);e=e.subarray(n);this.s-=n}var r=e.length;var B=r+this.l;if(!this.s){if(t){if(!B){this.ondata(new rt(0),true);return}if(B<5)err(5)}else if(B<18){this.c.push(e);this.l=B;return}if(this.l){this.c.push(e);e=cct(this.c,B);this.c=[];this.l=0}if(typeof(this.s=rzfh(e))=="number")return this.push(e,t)}if(typeof this.s!="number"){if(B<(this.z||3)){if(t)err(5);this.c.push(e);this.l=B;return}if(this.l){this.c.push(e);e=cct(this.c,B);this.c=[];this.l=0}if(!this.z&&B<(this.z=e[this.s.b]&2?4:3+(e[this.s.b]>>3|e[this.s.b+1]<<5|e[this.s.b+2]<<13))){if(t)err(5);this.c.push(e);this.l=B;return}else this.z=0;for(;;){var s=rzb(e,this.s);if(!s){if(t)err(5);var i=e.subarray(this.s.b);this.s.b=0;this.c.push(i),this.l+=i.length;return}else{this.ondata(s,false);cpw(this.s.w,0,s.length);this.s.w.set(s,this.s.w.length-s.length)}if(this.s.l){var a=e.subarray(this.s.b);this.s=this.s.c*4;this.push(a,t);return}}}else if(t)err(5)};return Decompress}();function uncompress_snappyUncompress(e,t){return snappyUncompressor()(e,t)}function snappyUncompressor(){const e=instantiateWasm();return(t,n)=>{const{memory:r,uncompress:B}=e.exports;const s=68e3;const i=s+t.byteLength;const a=s+t.byteLength+n;if(r.buffer.byteLength<a){const e=64*1024;const t=r.buffer.byteLength/e;const n=Math.ceil(a/e);const B=n-t;r.grow(B)}const o=new Uint8Array(r.buffer);o.set(t,s);const l=B(s,t.byteLength,i);if(l===-1)throw new Error("invalid snappy length header");if(l===-2)throw new Error("missing eof marker");if(l===-3)throw new Error("premature end of input");if(l)throw new Error(`failed to uncompress data ${l}`);return o.slice(i,i+n)}}function instantiateWasm(){const e=atob(mt);const t=new Uint8Array(e.length);for(let n=0;n<e.length;n+=1){t[n]=e.charCodeAt(n)}const n=new WebAssembly.Module(t);return new WebAssembly.Instance(n)}const mt="AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";function decompressLz4(e,t){const n=new Uint8Array(t);try{let t=0;let r=0;while(t<e.length-8){const B=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];const s=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];if(e.length-t<s)throw new Error("lz4 not hadoop");if(n.length<B)throw new Error("lz4 not hadoop");const i=lz4basic(e.subarray(t,t+s),n,r);if(i!==B)throw new Error("lz4 not hadoop");t+=s;r+=B;if(t===e.length)return n}if(t<e.length)throw new Error("lz4 not hadoop")}catch(t){if(t instanceof Error&&t.message!=="lz4 not hadoop")throw t;lz4basic(e,n,0)}return n}function decompressLz4Raw(e,t){const n=new Uint8Array(t);lz4basic(e,n,0);return n}function lz4basic(e,t,n){let r=n;for(let B=0;B<e.length;){const s=e[B++];let i=s>>4;if(i){let s=i+240;while(s===255)i+=s=e[B++];t.set(e.subarray(B,B+i),r);r+=i;B+=i;if(B>=e.length)return r-n}const a=e[B++]|e[B++]<<8;if(!a||a>r){throw new Error(`lz4 offset out of range ${a}`)}let o=s&15;let l=o+240;while(l===255)o+=l=e[B++];o+=4;let c=r-a;const u=r+o;while(r<u)t[r++]=t[c++]}return r-n}const Et={SNAPPY:snappyUncompressor(),GZIP:(e,t)=>gzip_gunzip(e,new Uint8Array(t)),BROTLI:decompressBrotli,ZSTD:e=>decompress(e),LZ4:decompressLz4,LZ4_RAW:decompressLz4Raw};function decompressGzip(e,t){return gunzip(e,new Uint8Array(t))}var Dt=n(2635);var wt=n(6788);var At=n(2902);var vt=n(1695);var yt=n(1148);const It=24;function decodeHybrid(e,t,n,r,B,s){let i=t;let a=0;const o=r===0?0:r>=32?-1:(1<<r)-1;const l=r+7>>3;while(a<s){let t=0;let c=0;for(;;){if(i>=n)throw new Error("parquet RLE/bit-packed data ends early");const r=e[i++];t+=(r&127)*2**c;if(r<128)break;c+=7;if(c>35)throw new Error("parquet RLE/bit-packed run header too long")}if((t&1)===0){const r=Math.floor(t/2);let c=0;if(i+l>n)throw new Error("parquet RLE/bit-packed data ends early");for(let t=0;t<l;t++)c|=e[i++]<<8*t;const u=Math.min(s,a+r);B.fill(c&o,a,u);a=u}else{const l=Math.floor(t/2)*8;const c=i+l/8*r;const u=Math.min(s,a+l);const f=i+Math.ceil((u-a)*r/8);if(f>n)throw new Error("parquet RLE/bit-packed data ends early");unpack(e,i,r,o,B,a,u);a=u;i=Math.min(c,n)}}}function unpack(e,t,n,r,B,s,i){const a=Math.min(i,s+Math.max(0,Math.floor((e.length-4-t)*8/n)));let o=s;let l=0;const c=new DataView(e.buffer,e.byteOffset,e.byteLength);for(;o<a;o++,l+=n){const e=c.getUint32(t+(l>>>3),true);B[o]=e>>>(l&7)&r}for(;o<i;o++,l+=n){const n=t+(l>>>3);const s=(e[n]??0)|(e[n+1]??0)<<8|(e[n+2]??0)<<16|(e[n+3]??0)<<24;B[o]=s>>>(l&7)&r}}function columnChunkRange(e){const t=e.meta_data;if(t===undefined||e.file_path)throw new Error("parquet column chunk without metadata, or in another file");const n=Number(t.dictionary_page_offset||t.data_page_offset);return{start:n,end:n+Number(t.total_compressed_size)}}const bt=new TextDecoder;var Ft;(function(e){e[e["Values"]=0]="Values";e[e["Indices"]=1]="Indices";e[e["Bytes"]=2]="Bytes"})(Ft||(Ft={}));function allPresent(e,t,n){if(e.length<5)return false;let r=4;let B=0;let s=0;for(;;){if(r>=e.length||s>28)return false;const t=e[r++];B+=(t&127)*2**s;if(t<128)break;s+=7}if(B%2!==0||B/2<n)return false;const i=32-Math.clz32(t);let a=0;for(let t=0;t<i+7>>3;t++)a|=(e[r+t]??0)<<8*t;return a===t}const xt=new Set(["INT32","INT64","FLOAT","DOUBLE"]);function isPlainText(e){const t=e.converted_type;const n=e.logical_type?.type;return e.type==="BYTE_ARRAY"&&(t===undefined||t==="UTF8"||t==="ENUM")&&(n===undefined||n==="STRING"||n==="ENUM")}class ParquetColumnCursor{scale;reader;decoder;maxDefinition;plainText;plainFixed;dictionary;dictNumbers;dictSlow;translate;translateFor;definitions;kind=Ft.Values;values=[];indices=new Int32Array(0);levelBuffer=new Int32Array(0);pageBytes=Buffer.alloc(0);bytePos=0;pageRows=0;pageRow=0;valueIndex=0;constructor(e,t,n,r,B,s){this.scale=s;const i=t.meta_data;this.reader={view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0};const a=n[n.length-1].element;this.decoder={pathInSchema:i.path_in_schema,type:i.type,element:a,schemaPath:n,codec:i.codec,parsers:{...C,...r},compressors:B,utf8:true};this.maxDefinition=getMaxDefinitionLevel(n);this.plainText=n.length===2&&isPlainText(a);this.plainFixed=n.length===2&&xt.has(i.type)}nextPage(){const e=this.reader;while(e.offset<e.view.byteLength-1){const t=parquetHeader(e);if(t.type==="DICTIONARY_PAGE"){const{data:n}=readPage(e,t,this.decoder,undefined,undefined,0);if(n)this.setDictionary(convert(n,this.decoder));continue}const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);e.offset+=t.compressed_page_size;let r;let B;if(t.type==="DATA_PAGE"&&t.data_page_header){const e=t.data_page_header;const s=decompressPage(n,Number(t.uncompressed_page_size),this.decoder.codec,this.decoder.compressors);this.pageRows=e.num_values;this.pageRow=0;this.valueIndex=0;const i=this.dictionary!==undefined&&e.encoding.endsWith("_DICTIONARY");if(i||e.encoding==="PLAIN"&&(this.plainText||this.plainFixed)){this.loadPage(s,e.num_values,i);if(this.pageRows>0)return true;continue}r=readDataPage(s,e,this.decoder);B=e.encoding}else if(t.type==="DATA_PAGE_V2"&&t.data_page_header_v2){r=readDataPageV2(n,t,this.decoder);B=t.data_page_header_v2.encoding;this.pageRows=t.data_page_header_v2.num_rows}else continue;this.kind=Ft.Values;this.values=convertWithDictionary(r.dataPage,this.dictionary,B,this.decoder);this.definitions=r.definitionLevels&&r.definitionLevels.length>0?r.definitionLevels:undefined;this.pageRow=0;this.valueIndex=0;if(this.pageRows>0)return true}return false}setDictionary(e){this.dictionary=e;this.dictNumbers=undefined;this.dictSlow=undefined;this.translate=undefined;this.translateFor=undefined}loadPage(e,t,n){const r=new DataView(e.buffer,e.byteOffset,e.byteLength);const B={view:r,offset:0};let s=t;this.definitions=undefined;const i=this.maxDefinition;if(i>0&&allPresent(e,i,t))B.offset=4+r.getUint32(0,true);else if(i>0){const n=32-Math.clz32(i);if(this.levelBuffer.length<t)this.levelBuffer=new Int32Array(t);const a=this.levelBuffer;if(n<=It){const s=r.getUint32(0,true);decodeHybrid(e,4,Math.min(4+s,e.length),n,a,t);B.offset=4+s}else readRleBitPackedHybrid(B,n,a.subarray(0,t));s=0;for(let e=0;e<t;e++)if(a[e]===i)s++;if(s<t)this.definitions=a}if(n){const t=r.getUint8(B.offset++);if(this.indices.length<s)this.indices=new Int32Array(s);const n=this.indices;if(t>0&&t<=It)decodeHybrid(e,B.offset,e.length,t,n,s);else if(t>0)readRleBitPackedHybrid(B,t,n.subarray(0,s),r.byteLength-B.offset);else n.fill(0,0,s);this.kind=Ft.Indices}else if(this.plainText){this.pageBytes=Buffer.from(e.buffer,e.byteOffset,e.byteLength);this.bytePos=B.offset;this.kind=Ft.Bytes}else{const{type:e,element:t}=this.decoder;this.values=convert(readPlain(B,e,s,t.type_length),this.decoder);this.kind=Ft.Values}}fill(e,t,n){let r=t;const B=t+n;while(r<B){if(this.pageRow>=this.pageRows&&!this.nextPage())throw new Error("parquet column chunk ended before the row group did");const t=Math.min(B-r,this.pageRows-this.pageRow);if(this.kind===Ft.Indices)this.fillIndices(e,r,t);else if(this.kind===Ft.Bytes)this.fillBytes(e,r,t);else this.fillValues(e,r,t);r+=t}}fillValues(e,t,n){const r=e instanceof At.dd?e.values:undefined;const B=this.scale;const s=this.definitions;const i=this.values;const a=this.maxDefinition;let o=this.pageRow;let l=this.valueIndex;if(r!==undefined&&B===0&&(i instanceof Float64Array||i instanceof Float32Array||i instanceof Int32Array)){const B=e.state;for(let c=0;c<n;c++,t++,o++){if(s!==undefined&&s[o]!==a){B[t]=vt.Cq;continue}const n=i[l++];if(n-n===0)r[t]=n;else e.pushValue(n,t)}this.pageRow=o;this.valueIndex=l;return}for(let c=0;c<n;c++,t++,o++){if(s!==undefined&&s[o]!==a){e.pushValue(null,t);continue}let n=i[l++];if(B>0&&typeof n==="number")n=Number(n.toFixed(B));if(r!==undefined&&typeof n==="number"&&n===n&&n!==Infinity&&n!==-Infinity)r[t]=n;else if(r!==undefined&&typeof n==="bigint")r[t]=Number(n);else e.pushValue(n,t)}this.pageRow=o;this.valueIndex=l}entry(e){const t=this.dictionary[e];return this.scale>0&&typeof t==="number"?Number(t.toFixed(this.scale)):t}fillIndices(e,t,n){const r=this.definitions;const B=this.indices;const s=this.maxDefinition;const i=this.dictionary.length;let a=this.pageRow;let o=this.valueIndex;if(e instanceof At.dd){if(this.dictNumbers===undefined){const e=new Float64Array(i);const t=new Uint8Array(i);for(let n=0;n<i;n++){const r=this.entry(n);if(typeof r==="number"&&Number.isFinite(r))e[n]=r;else if(typeof r==="bigint")e[n]=Number(r);else t[n]=1}this.dictNumbers=e;this.dictSlow=t}const l=this.dictNumbers;const c=this.dictSlow;const u=e.values;if(r===undefined){for(let r=0;r<n;r++,t++){const n=B[o++];if(c[n]===0)u[t]=l[n];else this.pushEntry(e,n,i,t)}a+=n}else{const f=e.state;for(let C=0;C<n;C++,t++,a++){if(r[a]!==s){f[t]=vt.Cq;continue}const n=B[o++];if(c[n]===0)u[t]=l[n];else this.pushEntry(e,n,i,t)}}}else if(e instanceof At.eK){if(this.translateFor!==e||this.translate===undefined){this.translate=new Int32Array(i).fill(-2);this.translateFor=e}const l=this.translate;const c=e.codes;for(let u=0;u<n;u++,t++,a++){if(r!==undefined&&r[a]!==s){c[t]=-1;continue}const n=B[o++];let u=l[n];if(!(u>=-1)){if(!(n>=0&&n<i))throw new Error(`parquet dictionary index ${n} out of range`);l[n]=u=e.codeOf(this.entry(n))}c[t]=u}}else{for(let l=0;l<n;l++,t++,a++){if(r!==undefined&&r[a]!==s){e.pushValue(null,t);continue}const n=B[o++];if(n>=i)throw new Error(`parquet dictionary index ${n} out of range`);e.pushValue(this.entry(n),t)}}this.pageRow=a;this.valueIndex=o}pushEntry(e,t,n,r){if(!(t>=0&&t<n))throw new Error(`parquet dictionary index ${t} out of range`);e.pushValue(this.entry(t),r)}fillBytes(e,t,n){const r=this.definitions;const B=this.maxDefinition;const s=this.pageBytes;const i=e instanceof At.eK?e:undefined;let a=this.pageRow;let o=this.bytePos;for(let l=0;l<n;l++,t++,a++){if(r!==undefined&&r[a]!==B){e.pushValue(null,t);continue}if(o+4>s.length)throw new Error("parquet page ends inside a value");const n=(s[o]|s[o+1]<<8|s[o+2]<<16|s[o+3]<<24)>>>0;const l=o+4;o=l+n;if(o>s.length)throw new Error("parquet page ends inside a value");if(i===undefined)e.pushValue(bt.decode(s.subarray(l,o)),t);else{try{i.pushBytes(s,l,o,t)}catch(e){if(!(e instanceof yt.tJ))throw e;i.pushText(bt.decode(s.subarray(l,o)),t)}}}this.pageRow=a;this.bytePos=o}}var Tt=n(9289);var Nt=n(4153);const Ot={timestampFromMilliseconds:e=>Number(e),timestampFromMicroseconds:e=>Number(e/1000n),timestampFromNanoseconds:e=>Number(e/1000000n),dateFromDays:e=>e*864e5};const Rt=new Nt.O([]);async function openParquet(e){let t;try{t=await(0,r.open)(e.path,"r")}catch(t){throw(0,Tt.G)(t,e.display)}const{size:n}=await t.stat();const B={byteLength:n,async slice(e,r){const B=Math.min(r??n,n);const s=new Uint8Array(Math.max(0,B-e));let i=0;while(i<s.length){const{bytesRead:n}=await t.read(s,i,s.length-i,e+i);if(n===0)break;i+=n}return s.buffer}};try{const e=await metadata_parquetMetadataAsync(B,{parsers:Ot});return{file:B,metadata:e,close:()=>t.close()}}catch(n){await t.close();throw notParquet(e,n)}}function notParquet(e,t){if((0,Dt.iU)(t)||t instanceof Error&&typeof t.code==="string")return(0,Tt.G)(t,e.display);return new Dt.yo(`not a readable Parquet file (${parquetProblem(e,t)})`,{location:{file:e.display},hint:"The file may be truncated or not Parquet; re-export it, or set the format if the extension is wrong",cause:t})}function parquetProblem(e,t){if(e.size===0)return"the file is empty";if(t instanceof RangeError||t instanceof TypeError||!(t instanceof Error)){return`its ${e.size} bytes end early or its footer is damaged`}return t.message}function parquetColumnType(e){const t=e.element;if(e.children.length>0)return"category";const n=t.logical_type?.type;if(n==="DATE"||n==="TIMESTAMP"||t.converted_type==="DATE"||t.converted_type==="TIMESTAMP_MILLIS"||t.converted_type==="TIMESTAMP_MICROS"||t.type==="INT96"){return"timestamp"}if(n==="DECIMAL"||t.converted_type==="DECIMAL")return"number";if(t.type==="INT32"||t.type==="INT64"||t.type==="FLOAT"||t.type==="DOUBLE"||n==="FLOAT16")return"number";return"category"}async function parquetColumns(e){const t=await openParquet(e);try{const n=metadata_parquetSchema(t.metadata).children.map(e=>({name:e.element.name,type:parquetColumnType(e)}));(0,wt.Y)(n.map(e=>e.name),e.display);return n}finally{await t.close()}}function layoutOf(e,t,n){const r=metadata_parquetSchema(e.metadata);const B=r.children;const s=B.map(e=>e.element.name);const i=(0,wt.p)(s,n.schema,t.display);const a=B.map(e=>{const t=e.element;const n=t.logical_type?.type==="DECIMAL"||t.converted_type==="DECIMAL";return n&&t.scale!==undefined&&t.scale>0&&t.scale<=100?t.scale:0});const o=B.every(e=>e.children.length===0&&e.element.repetition_type!=="REPEATED");return{tree:r,names:s,map:i,scales:a,flat:o}}async function*readParquetBatches(e,t){const n=await openParquet(e);try{const{tree:r,names:B,map:s,scales:i,flat:a}=layoutOf(n,e,t);const o=t.pool;const l=a&&o!==undefined&&o.size>1&&n.metadata.row_groups.length>1;const c=l?readGroupsOnPool(n,e,t,o):a?readFlatGroups(n,e,t,{tree:r,map:s,scales:i}):readAssembledGroups(n,e,t,B,s,i);try{yield*c}catch(t){throw notParquet(e,t)}}finally{await n.close()}}function readGroupBytes(e,t){const n=e.metadata.row_groups[t].columns.map(columnChunkRange);const r=Math.min(...n.map(e=>e.start));const B=Math.max(...n.map(e=>e.end));const s=n.reduce((e,t)=>e+(t.end-t.start),0);const view=(e,t,n)=>{if(n.end-t>e.byteLength)throw new Error("parquet column chunk extends past the end of the file");return new Uint8Array(e,n.start-t,n.end-n.start)};return B-r<=s+(1<<20)?Promise.resolve(e.file.slice(r,B)).then(e=>n.map(t=>view(e,r,t))):Promise.all(n.map(async t=>view(await e.file.slice(t.start,t.end),t.start,t)))}function*decodeFlatGroup(e,t,n,r,B,s,i,a){const{tree:o,map:l,scales:c}=r;const u=e.metadata.row_groups[t];const f=Number(u.num_rows);const C=[];for(const[e,t]of u.columns.entries()){const r=t.meta_data?.path_in_schema??[];const B=o.children.findIndex(e=>e.element.name===r[0]);if(B<0||r.length!==1)throw new Error(`parquet column chunk ${r.join(".")} not in the schema`);const s=new ParquetColumnCursor(n[e],t,[o,o.children[B]],Ot,Et,c[B]);C.push({cursor:s,column:l[B]})}for(let e=0;e<f;e+=s){const t=Math.min(s,f-e);const n=B.columns.map(e=>(0,At.IG)(e.name,e.type,t,Rt));for(const{cursor:e,column:r}of C)e.fill(n[r],0,t);yield{length:t,columns:(0,At.FQ)(n),file:i,firstRow:a};a+=t}}async function*readFlatGroups(e,t,n,r){let B=n.firstRow;const s=e.metadata.row_groups;const readGroup=t=>{const n=readGroupBytes(e,t);n.catch(()=>{});return n};let i=s.length>0?readGroup(0):undefined;for(let a=0;a<s.length;a++){const o=await i;i=a+1<s.length?readGroup(a+1):undefined;for(const s of decodeFlatGroup(e,a,o,r,n.schema,n.batchSize,t.display,B)){B+=s.length;yield s}}}async function readParquetRowGroup(e){const t={path:e.path,display:e.display,format:"parquet",gzip:false,size:e.size};const n=await openParquet(t);try{const r=layoutOf(n,t,e);const B=await readGroupBytes(n,e.group);return[...decodeFlatGroup(n,e.group,B,r,e.schema,e.batchSize,e.display,1)]}catch(e){throw notParquet(t,e)}finally{await n.close()}}async function*readGroupsOnPool(e,t,n,r){const B=e.metadata.row_groups.length;const s=n.rangeWork;const task=e=>{const B={path:t.path,display:t.display,size:t.size,group:e,schema:n.schema,batchSize:n.batchSize};let i;if(s===undefined)i=r.run("parquet-row-group",B).then(e=>({batches:e}));else{const e=r.run.bind(r);i=e(s.parquet,{...B,work:s.input})}i.catch(()=>{});return i};const i=[];let a=0;let o=n.firstRow;for(let e=0;e<B;e++){while(a<B&&a<e+r.size+1)i.push(task(a++));const t=await i.shift();const n=t.batches;if(s!==undefined){let e=0;for(const t of n)e+=t.length;s.onRange(t.work,{firstRow:o,lineBreaks:0,rows:e})}for(const e of n){yield{...e,firstRow:o};o+=e.length}}}async function*readAssembledGroups(e,t,n,r,B,s){const{schema:i,batchSize:a}=n;let o=n.firstRow;let l=0;for(const n of e.metadata.row_groups){const c=Number(n.num_rows);const u=l+c;const f=Math.ceil(c/a);const C=[];for(let e=0;e<f;e++){C.push(i.columns.map(t=>(0,At.IG)(t.name,t.type,Math.min(a,c-e*a),Rt)))}const h=l;await parquetRead({file:e.file,metadata:e.metadata,rowStart:l,rowEnd:u,columns:r,compressors:Et,parsers:Ot,onChunk:({columnName:e,columnData:t,rowStart:n})=>{const i=r.indexOf(e);const o=B[i];const l=s[i];for(let e=0;e<t.length;e++){const r=n+e-h;if(r<0||r>=c)continue;const B=Math.floor(r/a);let s=t[e];if(l>0&&typeof s==="number")s=Number(s.toFixed(l));C[B][o].pushValue(s,r-B*a)}}});for(let e=0;e<f;e++){const n=Math.min(a,c-e*a);yield{length:n,columns:(0,At.FQ)(C[e]),file:t.display,firstRow:o};C[e]=[];o+=n}l=u}}},472:(e,t,n)=>{n.d(t,{k:()=>parseNumberText,o:()=>parseNumberBytes});const r=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,1e20,1e21,1e22];function parseNumberBytes(e,t,n){let B=t;if(B>=n)return NaN;let s=e[B];let i=false;if(s===45){i=true;B++}else if(s===43)B++;let a=0;let o=0;const l=B;while(B<n){const t=e[B]-48;if(t<0||t>9)break;a=a*10+t;B++}let c=B-l;if(B<n&&e[B]===46){const t=++B;while(B<n){const t=e[B]-48;if(t<0||t>9)break;a=a*10+t;B++}o=t-B;c-=o}if(c===0||c>15)return NaN;if(B<n){s=e[B];if(s!==101&&s!==69)return NaN;B++;let t=false;if(B<n&&(e[B]===45||e[B]===43))t=e[B++]===45;let r=0;let i=0;while(B<n){const t=e[B]-48;if(t<0||t>9)return NaN;if(r<1e5)r=r*10+t;i++;B++}if(i===0)return NaN;o+=t?-r:r}let u;if(a===0)u=0;else if(o===0)u=a;else if(o>0&&o<=22)u=a*r[o];else if(o<0&&o>=-22)u=a/r[-o];else return NaN;return i?-u:u}const B=/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;function parseNumberText(e){if(!B.test(e))return NaN;const t=Number(e);return Number.isFinite(t)?t:NaN}},129:(e,t,n)=>{n.d(t,{E:()=>parseTimestamp});const r=/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;const B=[31,28,31,30,31,30,31,31,30,31,30,31];function daysFromCivil(e,t,n){const r=t<=2?e-1:e;const B=Math.floor(r/400);const s=r-B*400;const i=Math.floor((153*(t+(t>2?-3:9))+2)/5)+n-1;const a=s*365+Math.floor(s/4)-Math.floor(s/100)+i;return B*146097+a-719468}function parseTimestamp(e){const t=r.exec(e);if(t===null)return NaN;const n=+t[1];const s=+t[2];const i=+t[3];if(s<1||s>12||i<1)return NaN;const a=n%4===0&&n%100!==0||n%400===0;const o=s===2&&a?29:B[s-1];if(i>o)return NaN;let l=daysFromCivil(n,s,i)*864e5;if(t[4]!==undefined){const e=+t[4];const n=+t[5];const r=t[6]===undefined?0:+t[6];if(e>23||n>59||r>59)return NaN;l+=e*36e5+n*6e4+r*1e3;if(t[7]!==undefined)l+=+(t[7]+"00").slice(0,3);const B=t[8];if(B!==undefined&&B!=="Z"){const e=B[0]==="-"?-1:1;const t=B.slice(1).replace(":","");const n=+t.slice(0,2);const r=t.length>2?+t.slice(2,4):0;if(n>23||r>59)return NaN;l-=e*(n*36e5+r*6e4)}}return l}},5846:(e,t,n)=>{n.r(t);n.d(t,{collectCounts:()=>collectCounts,collectCsvRange:()=>collectCsvRange,collectParquetGroup:()=>collectParquetGroup});var r=n(3424);var B=n(7210);var s=n(8384);var i=n(342);var a=n(996);var o=n(5648);const l=new Map;function collectPart(e,t,n,r){const B=new o.KJ(e.names,e.wanted,e.window);let s;for(const e of n){if(e.length===0)continue;s=B.add(e);if(s)break}if(!s){let n=l.get(e.job);if(n===undefined){const t=e.wanted.map(e=>e.kind==="numeric"?new i.g5:undefined);l.set(e.job,n={plan:e,counters:t,open:t.map(e=>e!==undefined),parts:new Map})}const{counters:s,open:a}=n;const o=[];const c=[];B.blocks.forEach((e,t)=>{let n=0;const r=s[t];if(r!==undefined&&a[t]){while(n<e.length&&r.add(e[n]))n++;if(n<e.length)a[t]=false}c.push(n);o.push(e.slice(n))});n.parts.set(t,{kept:o,counted:c,reread:r})}return{key:t,rows:B.rows,nulls:B.nulls,counts:e.wanted.map((e,t)=>e.kind==="categorical"?B.counts[t]:undefined),...s&&{mismatch:s}}}async function collectCsvRange(e){const{work:t,...n}=e;const B=await(0,r.readCsvRange)(n);const reread=async()=>(await(0,r.readCsvRange)(n)).batches;const s=collectPart(t,`${n.path}#${n.start}`,B.batches,reread);return{...B,batches:B.batches.map(withoutColumns),work:s}}async function collectParquetGroup(e){const{work:t,...n}=e;const r=await(0,B.readParquetRowGroup)(n);const s=collectPart(t,`${n.path}#g${n.group}`,r,()=>(0,B.readParquetRowGroup)(n));return{batches:r.map(withoutColumns),work:s}}function withoutColumns(e){const{lines:t,...n}=e;return{...n,columns:[]}}async function collectCounts(e){const t=l.get(e.job);l.delete(e.job);if(t===undefined||e.parts.length===0)return[];Promise.resolve().then(n.bind(n,2238)).catch(()=>undefined);const r=new Set(e.parts);const B=t.counters.map(()=>[]);for(const[e,n]of t.parts){if(r.has(e)){n.kept.forEach((e,t)=>B[t].push(...e));continue}if(n.counted.every(e=>e===0))continue;const s=new o.KJ(t.plan.names,t.plan.wanted,t.plan.window);for(const e of await n.reread())if(e.length>0)s.add(e);s.blocks.forEach((e,r)=>{for(let B=0;B<n.counted[r];B++)t.counters[r].remove(e[B])})}return t.counters.map((e,t)=>{const n=e!==undefined&&e.total>0;if(n&&B[t].length===0)return e.take();const r=[];if(n)r.push(e.finish());if(B[t].length>0)r.push((0,s.Mu)(B[t]));return r.length<=1?r[0]:(0,a.Et)(r)})}},5648:(e,t,n)=>{n.d(t,{KJ:()=>ColumnCollector,U6:()=>countSample});var r=n(2635);var B=n(1695);var s=n(8384);var i=n(342);var a=n(996);function sampleValues(e){if(e.counted)throw new Error("a counted numeric sample has no raw values (collect it without a pool)");const t=e.blocks.length===1?e.blocks[0]:undefined;if(t&&t.byteOffset===0&&t.byteLength===t.buffer.byteLength)return t;return joinBlocks(e.blocks,e.size)}function countSample(e,t){const n=e.counted;if(n===undefined)return(0,s.Mu)(e.blocks,t);const r=n.filter(i._e);const B=n.filter(e=>!(0,i._e)(e));const o=r.length>0?[(0,i.p1)(r),...B]:B;return o.length===1?o[0]:(0,a.Et)(o)}class ColumnCollector{names;wanted;window;rows=0;blocks;sizes;nulls;counts;keep;scratchCounts=new Int32Array(0);scratchOrder=[];constructor(e,t,n){this.names=e;this.wanted=t;this.window=n;this.blocks=t.map(()=>[]);this.sizes=t.map(()=>0);this.nulls=t.map(()=>0);this.counts=t.map(()=>new Map);this.index=t.map(t=>e.indexOf(t.name));this.windowIndex=n?e.indexOf(n.column):-1}index;windowIndex;add(e){const t=e.length;let n=t;const r=this.window;if(r){if(this.keep===undefined||this.keep.length<t)this.keep=new Uint8Array(t);n=windowMask(e,e.columns[this.windowIndex],r,this.keep)}this.rows+=n;if(n===0)return undefined;const s=r?this.keep:undefined;for(let n=0;n<this.wanted.length;n++){const r=this.wanted[n];const i=e.columns[this.index[n]];if(r.kind==="numeric"){if(i.type==="category")throw new Error(`column ${r.name} was read as a category`);const{values:a,state:o}=i;if(s===undefined&&allValid(o,t)){this.addBlock(n,a.subarray(0,t));continue}const l=new Float64Array(t);let c=0;let u=0;for(let n=0;n<t;n++){if(s!==undefined&&s[n]===0)continue;const t=o[n];if(t===B.dO)l[c++]=a[n];else if(t===B.Cq)u++;else{return{file:e.file,column:i.name,row:e.firstRow+n,...e.lines?.[n]!==undefined&&{line:e.lines[n]},text:i.invalidText.get(n)??""}}}this.nulls[n]+=u;this.addBlock(n,l.subarray(0,c))}else{if(i.type!=="category")throw new Error(`column ${r.name} was read as ${i.type}`);const e=this.counts[n];const{codes:B,dictionary:a}=i;if(s===undefined){this.nulls[n]+=this.countCodes(B,t,a.length);const r=this.scratchCounts;for(const t of this.scratchOrder)e.set(a[t],(e.get(a[t])??0)+r[t+1]);continue}if(this.scratchCounts.length<a.length)this.scratchCounts=new Int32Array(a.length);else this.scratchCounts.fill(0,0,a.length);const o=this.scratchCounts;const l=this.scratchOrder;l.length=0;let c=0;for(let e=0;e<t;e++){if(s[e]===0)continue;const t=B[e];if(t<0)c++;else if(o[t]++===0)l.push(t)}this.nulls[n]+=c;for(const t of l)e.set(a[t],(e.get(a[t])??0)+o[t])}}return undefined}countCodes(e,t,n){const r=n+1;if(this.scratchCounts.length<4*r)this.scratchCounts=new Int32Array(4*r);else this.scratchCounts.fill(0,0,4*r);const B=this.scratchCounts;const s=2*r;const i=3*r;let a=0;for(;a+3<t;a+=4){B[e[a]+1]++;B[r+e[a+1]+1]++;B[s+e[a+2]+1]++;B[i+e[a+3]+1]++}for(;a<t;a++)B[e[a]+1]++;let o=0;for(let e=0;e<r;e++){const t=B[e]+B[r+e]+B[s+e]+B[i+e];B[e]=t;B[r+e]=e>0&&t>0?1:0;if(e>0&&t>0)o++}const l=this.scratchOrder;l.length=0;for(let t=0;l.length<o;t++){const n=r+e[t]+1;if(B[n]===1){B[n]=0;l.push(e[t])}}return B[0]}addBlock(e,t){if(t.length===0)return;this.blocks[e].push(t);this.sizes[e]+=t.length}}function allValid(e,t){let n=0;let r=0;if((e.byteOffset&3)===0){const B=new Uint32Array(e.buffer,e.byteOffset,t>>>2);for(let e=0;e<B.length;e++)n|=B[e];r=B.length<<2}for(;r<t;r++)n|=e[r];return n===B.dO}function addCounts(e,t){for(const[n,r]of t)e.set(n,(e.get(n)??0)+r)}let o=1;async function collectColumns(e,t,n,r,B){const s=e.schema.columns.map(e=>e.name);if(r&&!s.includes(r.column)){throw new UserError(`the window column \`${r.column}\` is not in the ${n}`,{location:{file:e.files[0],key:r.column},hint:`The columns are ${s.map(e=>`\`${e}\``).join(", ")}`})}const i=new ColumnCollector(s,t,r);const a=B!==undefined&&B.size>1?new WorkerShares(B,n,i):undefined;try{for await(const t of e.batches(a?.work)){if(a!==undefined&&t.firstRow<=a.collectedUntil)continue;const e=i.add(t);if(e)throw typeMismatch(e,n)}}catch(e){await(a?.drop());throw e}const o=await(a?.collect());const l=new Map;t.forEach((e,t)=>{const n=i.nulls[t];if(e.kind==="categorical"){l.set(e.name,{kind:"categorical",counts:i.counts[t],nulls:n});return}const r=o?.[t]??[];if(r.length===0){l.set(e.name,{kind:"numeric",blocks:i.blocks[t],size:i.sizes[t],nulls:n});return}const B=i.sizes[t]>0?[countBlocks(i.blocks[t]),...r]:r;const s=B.reduce((e,t)=>e+t.total,0);l.set(e.name,{kind:"numeric",blocks:[],size:s,nulls:n,counted:B})});return{samples:l,rows:i.rows}}class WorkerShares{pool;what;here;job=o++;collectedUntil=0;parts=[];work;constructor(e,t,n){this.pool=e;this.what=t;this.here=n;const{names:r,wanted:B,window:s}=n;const i={job:this.job,names:r,wanted:B,...s&&{window:s}};this.work={csv:"drift.csv-range",parquet:"drift.parquet-row-group",input:i,onRange:(e,t)=>this.absorb(e,t)}}absorb(e,t){this.parts.push(e.key);this.collectedUntil=t.firstRow+t.rows-1;if(e.mismatch){const n=e.mismatch;const r=n.line!==undefined?{line:n.line+t.lineBreaks}:{};throw typeMismatch({...n,row:n.row+t.firstRow-1,...r},this.what)}const n=this.here;n.rows+=e.rows;e.nulls.forEach((e,t)=>n.nulls[t]+=e);e.counts.forEach((e,t)=>{if(e!==undefined)addCounts(n.counts[t],e)})}async collect(){const e=await this.pool.runOnEach("drift.collect",{job:this.job,parts:this.parts});const t=this.here.wanted.map(()=>[]);for(const n of e)n.forEach((e,n)=>e&&t[n].push(e));return t}async drop(){await this.pool.runOnEach("drift.collect",{job:this.job,parts:[]}).catch(()=>undefined)}}function windowMask(e,t,n,s){if(t.type!=="timestamp"){throw new r.yo(`the window column \`${t.name}\` does not hold timestamps`,{location:{file:e.file,key:t.name},hint:"Give a column of ISO-8601 date-times (or read it as one with --type name=timestamp)"})}const i=n.from??-Infinity;const a=n.to??Infinity;let o=0;for(let n=0;n<e.length;n++){const e=t.values[n];const r=t.state[n]===B.dO&&e>=i&&e<a?1:0;s[n]=r;o+=r}return o}function typeMismatch(e,t){return new UserError(`column \`${e.column}\` is compared as numbers (its reference type), but the ${t} holds ${JSON.stringify(e.text)} (row ${e.row})`,{location:{file:e.file,...e.line!==undefined&&{line:e.line},key:e.column},hint:`Fix the value, or compare the column as a category in both datasets (--type ${e.column}=category)`})}},2238:(e,t,n)=>{n.r(t);n.d(t,{testDriftColumn:()=>testDriftColumn});var r=n(5648);const B=.001;function formatEdge(e){if(e===0)return"0";const t=Math.abs(e);if(t>=.001&&t<1e7)return String(Number(e.toPrecision(4)));return e.toExponential(2)}function binLabels(e,t){if(e.length===0)return["all"];const n=[t==="right"?`≤ ${formatEdge(e[0])}`:`< ${formatEdge(e[0])}`];for(let t=1;t<e.length;t++)n.push(`${formatEdge(e[t-1])}–${formatEdge(e[t])}`);n.push(t==="right"?`> ${formatEdge(e.at(-1))}`:`≥ ${formatEdge(e.at(-1))}`);return n}function shares(e){const t=e.reduce((e,t)=>e+t,0);return e.map(e=>t>0?e/t:0)}function nullShare(e,t){return e+t>0?e/(e+t):0}function topCategoryHistogram(e,t,n,r=10){const B=e.map((e,t)=>t).sort((r,B)=>t[B]-t[r]||n[B]-n[r]||(e[r]<e[B]?-1:1));const s=B.slice(0,r);const i=B.slice(r);const a={labels:s.map(t=>e[t]),reference:s.map(e=>t[e]),current:s.map(e=>n[e])};if(i.length>0){a.labels.push(`other (${i.length})`);a.reference.push(i.reduce((e,n)=>e+t[n],0));a.current.push(i.reduce((e,t)=>e+n[t],0))}return{labels:a.labels,reference:shares(a.reference),current:shares(a.current)}}function newCategories(e,t){let n=0;let r=0;const B=[];for(const[s,i]of t){n+=i;if(e(s))continue;r+=i;B.push([s,i])}B.sort((e,t)=>t[1]-e[1]||(e[0]<t[0]?-1:e[0]>t[0]?1:0));return{share:n>0?r/n:0,examples:B.slice(0,5).map(([e])=>e)}}var s=n(2635);var i=n(5479);var a=n.n(i);function chi2Sf(e,t){if(e<=0)return 1;return a()(e/2,t/2,true,true)}function chi2Contingency(e,t={}){const n=t.correction??true;const r=e.length;const B=e[0]?.length??0;if(r===0||B===0)throw new s.yo("chi2Contingency needs a non-empty table");for(const t of e){if(t.length!==B)throw new s.yo("chi2Contingency needs a rectangular table");for(const e of t)if(!(e>=0))throw new s.yo("chi2Contingency needs non-negative counts",{hint:`Got ${e}`})}const i=e.map(e=>e.reduce((e,t)=>e+t,0));const a=Array.from({length:B},(t,n)=>e.reduce((e,t)=>e+t[n],0));const o=i.reduce((e,t)=>e+t,0);const l=e.map((e,t)=>a.map(e=>i[t]*e/o));if(l.some(e=>e.some(e=>!(e>0))))throw new s.yo("chi2Contingency: the table has a zero expected frequency",{hint:"A row or column sums to zero; drop empty categories before testing"});const c=r*B-r-B+1;if(c===0)return{statistic:0,pvalue:1,dof:c,expected:l,cramersV:Number.NaN};let u=0;for(let t=0;t<r;t++)for(let r=0;r<B;r++){const B=e[t][r];const s=l[t][r];let i=B-s;if(c===1&&n)i=Math.sign(i)*Math.max(0,Math.abs(i)-Math.min(.5,Math.abs(i)));u+=i*i/s}const f=Math.min(r,B)-1;return{statistic:u,pvalue:chi2Sf(u,c),dof:c,expected:l,cramersV:Math.sqrt(u/(o*f))}}function relEntr(e,t){if(e>0&&t>0)return e*Math.log(e/t);if(e===0&&t>=0)return 0;return Infinity}function jensenShannon(e,t,n){if(e.length===0||e.length!==t.length)throw new s.yo("jensenShannon needs two non-empty vectors of the same length");const r=e.reduce((e,t)=>e+t,0);const B=t.reduce((e,t)=>e+t,0);let i=0;for(let n=0;n<e.length;n++){const s=e[n]/r;const a=t[n]/B;const o=(s+a)/2;i+=relEntr(s,o)+relEntr(a,o)}if(n!==undefined)i/=Math.log(n);return Math.sqrt(i/2)}var o=n(8550);function ks_lattice_roundHalfEven(e){const t=Math.round(e);return Math.abs(e%1)===.5&&t%2!==0?t-1:t}function gcd(e,t){while(t!==0)[e,t]=[t,e%t];return e}function ks_lattice_snapToLattice(e,t,n){const r=gcd(e,t);const B=e/r*t;const s=ks_lattice_roundHalfEven(n*B);return{g:r,lcm:B,h:s,d:s/B}}function probOutsideSquare(e,t){let n=0;let r=Math.floor(e/t);while(r>=0){let B=1;for(let n=0;n<t;n++)B=(e-r*t-n)*B/(e+r*t+n+1);n=B*(1-n);r-=1}return 2*n}function outerProbInsideMethod(e,t,n,r){const B=Math.max(e,t);const s=Math.min(e,t);const i=Math.floor(B/n);const a=Math.floor(s/n);let o=0;let l=Math.min(Math.ceil(r/i),s+1);let c=l-o;const u=Math.min(2*l+2,s+1);const f=new Float64Array(u+2).fill(1);f.fill(0,o,l);for(let e=1;e<=B;e++){const t=o;const n=c;o=Math.min(Math.max(Math.floor((a*e-r)/i)+1,0),s);l=Math.min(Math.ceil((a*e+r)/i),s+1);if(l<=o)return 1;let B=o===0?0:1;for(let n=0;n<l-o;n++){const r=n+o;B=(f[n+o-t]*e+B*r)/(e+r);f[n]=B}c=l-o;if(n>c)f.fill(1,l-o,l-o+(n-c))}return f[l-o-1]}function ks_exact_two_sided_exactKsTwoSided(e,t,n){const{g:r,h:B,d:s}=ks_lattice_snapToLattice(e,t,n);if(e/r>=2147483647/(t/r))return{ok:false,d:n,pvalue:Number.NaN};if(B===0)return{ok:true,d:s,pvalue:1};const i=e===t?probOutsideSquare(e,B):outerProbInsideMethod(e,t,r,B);return i>=0&&i<=1?{ok:true,d:s,pvalue:i}:{ok:false,d:s,pvalue:i}}var l=n(7548);function countPathsOutside(e,t,n,r){const B=Math.max(e,t);const s=Math.min(e,t);const i=B/n;const a=s/n;const o=s+Math.floor((i-r)/i);if(o<=0)return binomcoef(B+s,s);const l=[];for(let e=0;e<o;e++)l.push(Math.floor((r+i*e+a-1)/a));const c=new Float64Array(o);c[0]=1;for(let e=1;e<o;e++){let t=binomcoef(l[e]+e,e);for(let n=0;n<e;n++)t-=binomcoef(l[e]-l[n]+e-n,e-n)*c[n];c[e]=t}let u=0;for(let e=0;e<o;e++)u+=c[e]*binomcoef(B-l[e]+(s-e),s-e);return u}function ks_exact_exactKsPvalue(e,t,n,r){if(r==="two-sided")return exactKsTwoSided(e,t,n);const{g:B,h:s,d:i}=snapToLattice(e,t,n);if(s===0)return{ok:true,d:i,pvalue:1};let a;if(e===t){a=1;for(let t=0;t<s;t++)a*=(e-t)/(e+t+1)}else{const n=countPathsOutside(e,t,B,s);const r=binomcoef(e+t,e);if(!Number.isFinite(n)||!Number.isFinite(r)||n>r)return{ok:false,d:i,pvalue:Number.NaN};a=n/r}if(!(a>=0&&a<=1))return{ok:false,d:i,pvalue:a};return{ok:true,d:i,pvalue:a}}function smirnov(e,t){if(!(e>=1&&Number.isInteger(e)&&t>=0&&t<=1))return Number.NaN;if(t===0)return 1;if(t===1)return 0;if(e===1)return 1-t;const n=Math.floor(e*(1-t));let r=0;let B=0;let s=0;for(let i=0;i<=n;i++){if(i>0)r+=Math.log((e-i+1)/i);const n=t+i/e;const a=1-t-i/e;let o;if(e-i===0)o=Math.exp(r+(i-1)*Math.log(n));else if(a<=0)o=0;else o=Math.exp(r+(i-1)*Math.log(n)+(e-i)*Math.log1p(-t-i/e));B+=o;if(o>s)s=o;else if(o<B*2**-54)break}return Math.min(1,Math.max(0,t*B))}const c=128;const u=2**128;const f=2**-128;const C=Math.log(2*Math.PI);const h=Math.sqrt(2*Math.PI);const p=Math.sqrt(3);const d=Math.PI**2;const g=Math.PI**4;const m=Math.PI**6;const E=[-.029550653594771242,.00641025641025641,-.0019175269175269176,.0008417508417508417,-.0005952380952380953,.0007936507936507937,-.002777777777777778,.08333333333333333];const clip=e=>Math.min(1,Math.max(0,e));const pick=(e,t,n)=>clip(n?e:t);function logNfactorialDivNPowN(e){const t=1/e;let n=0;for(const r of E)n=n*(t/e)+r;return Math.log(e)/2-e+C/2+t*n}function matmul(e,t,n){const r=new Float64Array(n*n);for(let B=0;B<n;B++)for(let s=0;s<n;s++){const i=e[B*n+s];if(i===0)continue;for(let e=0;e<n;e++)r[B*n+e]+=i*t[s*n+e]}return r}function kolmognDMTW(e,t){if(t>=1)return 1;const n=e*t;if(n<=.5)return 0;const r=Math.ceil(n);const B=r-n;const s=2*r-1;let i=new Float64Array(s*s);const a=new Float64Array(s);const o=new Float64Array(s);let l=1;for(let e=1;e<=s;e++){a[e-1]=1-B**e;o[e-1]=l;l/=e;a[e-1]*=l}const C=Math.max(2*B-1,0)**s-2*B**s;a[s-1]=(1+C)*l;for(let e=1;e<s;e++)for(let t=e-1;t<s;t++)i[t*s+e]=o[t-(e-1)];for(let e=0;e<s;e++)i[e*s]=a[e];for(let e=0;e<s;e++)i[(s-1)*s+e]=a[s-1-e];let h=new Float64Array(s*s);for(let e=0;e<s;e++)h[e*s+e]=1;let p=e;let d=0;let g=0;while(p>0){if(p%2){h=matmul(h,i,s);d+=g}i=matmul(i,i,s);g*=2;if(Math.abs(i[(r-1)*s+(r-1)])>u){for(let e=0;e<i.length;e++)i[e]/=u;g+=c}p=Math.floor(p/2)}let m=h[(r-1)*s+(r-1)];for(let t=1;t<=e;t++){m=t*m/e;if(Math.abs(m)<f){m*=u;d-=c}}return d!==0?m*2**d:m}function pomeranzJ(e,t,n,r,B){let s;let i;if(e===0){s=-n-r-1;i=n+r-1}else{const a=Math.floor((e+1)/2);if((e+1)%2===0){if(a===t+1){s=t-n-r-1;i=t+n+r-1}else{s=a-1-n-B-1;i=a+n-1+r-1}}else{s=a-1-n-1;i=a+n+B-1}}return[Math.max(s+2,0),Math.min(i,t)]}function kolmognPomeranz(e,t){const n=e*t;const r=Math.floor(n);const B=n-r;const s=Math.min(B,1-B);const i=B>0?1:0;const a=B>.5?1:0;const o=2*(r+1);const l=new Float64Array(o);const C=new Float64Array(o);const h=new Float64Array(o);l[0]=C[0]=h[0]=1;for(let t=1;t<o;t++){l[t]=l[t-1]*(s/e)/t;C[t]=C[t-1]*(2*s/e)/t;h[t]=h[t-1]*((1-2*s)/e)/t}let p=new Float64Array(o);let d=new Float64Array(o);d[0]=1;let g=0;let m=0;let E=0;let[D]=pomeranzJ(0,e,r,i,a);let w;for(let t=1;t<2*e+2;t++){const n=D;[p,d]=[d,p];[g,m]=[m,g];d.fill(0);[D,w]=pomeranzJ(t,e,r,i,a);const B=t===1||t===2*e+1?l:t%2?C:h;const s=w-n+1;if(s>0){const e=D-n;const t=w-D+1;let r=0;for(let i=0;i<t;i++){const t=e+i;let a=0;for(let e=Math.max(0,t-s+1);e<=Math.min(t,s-1);e++)a+=p[n-g+e]*B[t-e];d[i]=a;if(a>r)r=a}if(r>0&&r<f){for(let e=0;e<d.length;e++)d[e]*=u;E-=c}m=g+D-n}}let A=d[e-m];for(let t=1;t<=e;t++){if(Math.abs(A)>u){A*=f;E+=c}A*=t}return E!==0?A*2**E:A}function kolmognPelzGood(e,t){if(t<=0)return 0;if(t>=1)return 1;const n=Math.sqrt(e)*t;const r=n**2;const B=n**3;const s=n**4;const i=n**6;const a=-d/8/r;if(a<-708)return 0;let o=Math.exp(a);const l=-r;const c=d/4;const u=6*i+2*s;const f=(2*s-5*r)*d/4;const C=g*(1-2*r)/16;const E=m*(5-30*r)/64;const D=g*(-60*r+212*s)/16;const w=d*(135*s-96*i)/4;const A=-30*i-90*n**8;const v=[0,0,0,0];const y=Math.ceil(16*n/Math.PI);for(let e=y;e>0;e--){const t=2*e-1;const n=t**2;const r=t**4;const B=t**6;const s=o**(8*e);const i=[1,l+c*n,u+f*n+C*r,A+w*n+D*r+E*B];for(let e=0;e<4;e++)v[e]=v[e]*s+i[e]}const I=[n,6*s,72*n**7,6480*n**10];for(let e=0;e<4;e++)v[e]=v[e]*o*h/I[e];o=Math.exp(-d/2/r);let b=0;let F=0;const x=p*n;for(let e=y;e>0;e--){const t=e*e;const n=o**t;b+=t*n;const r=Math.PI*e;F+=(x+r)*(x-r)*t*n}v[2]+=b*d*h/(-36*B);v[3]+=F*d*h/(216*i);let T=0;for(let t=0;t<4;t++)T+=v[t]/e**(t/2);return T}function kolmogn(e,t,n){if(!(Number.isInteger(e)&&e>0)||Number.isNaN(t))return Number.NaN;if(t>=1)return pick(1,0,n);if(t<=0)return pick(0,1,n);const r=e*t;if(r<=1){if(r<=.5)return pick(0,1,n);let t;if(e<=140){t=1;for(let n=1;n<=e;n++)t*=n*(1/e)*(2*r-1)}else t=Math.exp(logNfactorialDivNPowN(e)+e*Math.log(2*r-1));return pick(t,1-t,n)}if(r>=e-1){const r=2*(1-t)**e;return pick(1-r,r,n)}if(t>=.5){const r=2*smirnov(e,t);return pick(1-r,r,n)}const B=r*t;if(e<=140){if(B<=.754693){const r=kolmognDMTW(e,t);return pick(r,1-r,n)}if(B<=4){const r=kolmognPomeranz(e,t);return pick(r,1-r,n)}const r=2*smirnov(e,t);return pick(1-r,r,n)}if(!n){if(B>=370)return 0;if(B>=2.2)return clip(2*smirnov(e,t))}let s;if(B>=18)s=1;else if(e<=1e5&&e*t**1.5<=1.4)s=kolmognDMTW(e,t);else s=kolmognPelzGood(e,t);return pick(s,1-s,n)}function kstwo_kstwoSf(e,t){return kolmogn(t,e,false)}const D=1e4;function ks2samp(e,t,n={}){const r=n.alternative??"two-sided";let B=n.method??"auto";const s=e.length;const i=t.length;if(s===0||i===0)throw new UserError("ks2samp needs two non-empty samples",{hint:"Drop all-null columns before testing"});const a=Float64Array.from(e).sort();const o=Float64Array.from(t).sort();if(Number.isNaN(a[s-1])||Number.isNaN(o[i-1]))throw new UserError("ks2samp received NaN values",{hint:"Remove nulls/NaN before testing"});let l=-Infinity;let c=Infinity;for(const e of[a,o])for(const t of e){const e=searchSorted(a,t,"right")/s-searchSorted(o,t,"right")/i;if(e>l)l=e;if(e<c)c=e}const u=Math.min(1,Math.max(0,-c));let f=r==="less"||r==="two-sided"&&u>l?u:l;if(B==="auto")B=Math.max(s,i)<=D?"exact":"asymp";else if(B==="exact"){const e=ks2samp_gcd(s,i);if(s/e>=2147483647/(i/e))B="asymp"}let C=-Infinity;if(B==="exact"){const e=exactKsPvalue(s,i,f,r);f=e.d;if(e.ok)C=e.pvalue;else B="asymp"}if(B==="asymp"){const e=Math.max(s,i);const t=Math.min(s,i);const n=e*t/(e+t);if(r==="two-sided")C=kstwoSf(f,roundHalfEven(n));else{const r=Math.sqrt(n)*f;C=Math.exp(-2*r**2-2*r*(e+2*t)/Math.sqrt(e*t*(e+t))/3)}}return{statistic:f,pvalue:Math.min(1,Math.max(0,C)),method:B}}function ks2samp_gcd(e,t){while(t!==0)[e,t]=[t,e%t];return e}function walkSorted(e,t,n,r){const B=e.length;const i=t.length;if(B===0||i===0)throw new s.yo("two non-empty samples are needed");const a=n?sum(n):B;const o=r?sum(r):i;let l=0;let c=0;let u=0;let f=0;let C=-Infinity;let h=Infinity;let p=0;while(l<B||c<i){const s=c>=i||l<B&&e[l]<=t[c]?e[l]:t[c];while(l<B&&e[l]<=s){if(n)u+=n[l];l++}while(c<i&&t[c]<=s){if(r)f+=r[c];c++}const d=(n?u:l)/a;const g=(r?f:c)/o;const m=d-g;if(m>C)C=m;if(m<h)h=m;if(l<B||c<i){const n=c>=i||l<B&&e[l]<=t[c]?e[l]:t[c];p+=Math.abs(m)*(n-s)}}return{maxDiff:C,minDiff:Math.min(1,Math.max(0,-h)),wasserstein:p}}function sum(e){let t=0;for(let n=0;n<e.length;n++)t+=e[n];return t}function ks2sampSorted(e,t,n){return ks2sampFromWalk(e.length,t.length,n??walkSorted(e,t))}function ks2sampFromWalk(e,t,n){let r=n.minDiff>n.maxDiff?n.minDiff:n.maxDiff;if(Math.max(e,t)<=D){const n=ks_exact_two_sided_exactKsTwoSided(e,t,r);if(n.ok)return{statistic:n.d,pvalue:n.pvalue,method:"exact"};r=n.d}const B=Math.max(e,t);const s=Math.min(e,t);const i=kstwo_kstwoSf(r,ks_lattice_roundHalfEven(B*s/(B+s)));return{statistic:r,pvalue:Math.min(1,Math.max(0,i)),method:"asymp"}}var w=n(9629);var A=n(996);const v={p_value:null,effect_size:null,effect_size_kind:null};function columnHead(e,t){return{column:e.name,type:e.type,method:e.choice.method,method_reason:e.choice.reason,...t,psi:Number.isFinite(e.psi)?e.psi:null,reference_rows:e.referenceRows,current_rows:e.currentRows,reference_null_share:nullShare(e.referenceNulls,e.referenceRows),current_null_share:nullShare(e.currentNulls,e.currentRows),histogram:e.histogram}}function chi2Fields(e){return{statistic:e.statistic,p_value:e.pvalue,effect_size:e.dof===0?0:e.cramersV,effect_size_kind:"cramers_v"}}function countDistinctSorted(e,t=Infinity){if(e.length===0)return 0;let n=1;for(let r=1;r<e.length&&n<=t;r++)if(e[r]!==e[r-1])n++;return n}function walkCounted(e,t){return walkSorted(e.values,t.values,e.counts,t.counts)}function testNumericExact(e){const{reference:t,current:n,choice:r}=e;const s=(0,w.xo)((0,A.eC)(t));const i=(0,A.oG)(t,s,"right");const a=(0,A.oG)(n,s,"right");const l=columnHead({name:e.name,type:"numeric",choice:r,psi:(0,o.tD)(i,a),referenceRows:t.total,currentRows:n.total,referenceNulls:e.referenceNulls,currentNulls:e.currentNulls,histogram:{labels:binLabels(s,"right"),reference:shares(i),current:shares(a)}});const normalisedWasserstein=e=>e/Math.max((0,A.lv)(t),B);switch(r.method){case"ks":{const e=walkCounted(t,n);const r=ks2sampFromWalk(t.total,n.total,e);return{...l,statistic:r.statistic,p_value:r.pvalue,effect_size:normalisedWasserstein(e.wasserstein),effect_size_kind:"wasserstein_norm"}}case"wasserstein":return{...l,statistic:normalisedWasserstein(walkCounted(t,n).wasserstein),...v};case"chi2":{const e=unionCounts(t,n);const r=chi2Contingency(e.rows);const B=e.values.map(e=>String(e));return{...l,...chi2Fields(r),histogram:topCategoryHistogram(B,e.rows[0],e.rows[1])}}case"psi":return{...l,statistic:l.psi??Number.NaN,...v};case"js":return{...l,statistic:jensenShannon(i,a),...v}}}function unionCounts(e,t){const n=[];const r=[];const B=[];let s=0;let i=0;while(s<e.values.length||i<t.values.length){const a=s<e.values.length?e.values[s]:Infinity;const o=i<t.values.length?t.values[i]:Infinity;const l=i>=t.values.length||s<e.values.length&&a<=o?a:o;n.push(l);r.push(s<e.values.length&&a===l?e.counts[s++]:0);B.push(i<t.values.length&&o===l?t.counts[i++]:0)}return{values:n,rows:[r,B]}}function sortCategories(e){return[...e].sort()}function testCategoricalExact(e){const{reference:t,current:n,choice:r}=e;const B=sortCategories(new Set([...t.keys(),...n.keys()]));const s=B.map(e=>t.get(e)??0);const i=B.map(e=>n.get(e)??0);const a=s.reduce((e,t)=>e+t,0);const o=i.reduce((e,t)=>e+t,0);const l=columnHead({name:e.name,type:"categorical",choice:r,psi:categoricalPsi(t,n),referenceRows:a,currentRows:o,referenceNulls:e.referenceNulls,currentNulls:e.currentNulls,histogram:topCategoryHistogram(B,s,i)});switch(r.method){case"chi2":{return{...l,...chi2Fields(chi2Contingency([s,i]))}}case"js":return{...l,statistic:jensenShannon(s,i),...v};case"psi":return{...l,statistic:l.psi??Number.NaN,...v};default:throw new Error(`${r.method} cannot test categories`)}}function categoricalPsi(e,t){const{refCounts:n,curCounts:r}=countsWithOther(e,0,t);return(0,o.tD)(n,r)}function countsWithOther(e,t,n){const r=sortCategories(e.keys());const B=r.map(t=>e.get(t));const s=r.map(e=>n.get(e)??0);let i=0;for(const[t,r]of n)if(!e.has(t))i+=r;B.push(t);s.push(i);return{bins:r,refCounts:B,curCounts:s}}const y=5;const I=.1;const b=.1;const F=.95;const x=50;function identifierShare(e){if(e.values<x)return undefined;if(e.type==="categorical"){if(e.distinct===null)return e.topCount===1?1:undefined;const t=e.distinct/e.values;return t>=F?t:undefined}if(e.distinct===null||!e.whole||e.min===undefined||e.max===undefined)return undefined;const t=e.distinct/e.values;return t>=F&&e.max-e.min<2*e.values?t:undefined}function hasPValue(e){return e==="ks"||e==="chi2"}function chooseMethod(e,t,n){if(n!==undefined&&n.method!=="auto"){checkApplicable(e,t,n.method,n.source);return{method:n.method,reason:n.source==="flag"?"--method flag":"policy drift.columns"}}if(e==="sketch"){return t.type==="numeric"?{method:"wasserstein",reason:"sketch mode, numeric: normalised Wasserstein"}:{method:"js",reason:"sketch mode, categorical: Jensen–Shannon"}}if(t.type==="categorical")return{method:"chi2",reason:"categorical: chi-square"};if(t.referenceDistinct!==null&&t.referenceDistinct<=y)return{method:"chi2",reason:`numeric with ${t.referenceDistinct} ≤ ${y} distinct values: chi-square`};return{method:"ks",reason:`numeric with > ${y} distinct values: KS`}}function checkApplicable(e,t,n,r){const B=r==="flag"?{key:"--method"}:{key:`drift.columns.${t.name}.method`};if(e==="sketch"&&(n==="ks"||n==="chi2")){throw new s.yo(`${n} needs raw reference data, but the reference is a profile (sketch mode)`,{location:B,hint:`For column \`${t.name}\` use wasserstein, psi or js, or give the raw reference data instead of a profile`})}if(t.type==="categorical"&&(n==="ks"||n==="wasserstein")){throw new s.yo(`${n} cannot test the categorical column \`${t.name}\``,{location:B,hint:"Use chi2, psi or js for categories (or auto)"})}}const T={bh:"Benjamini–Hochberg",bonferroni:"Bonferroni",none:"no correction"};function describeRule(e,t){const n=e==="exact"?"Exact mode (raw reference data; tests give p-values). "+`Numeric columns with more than ${y} distinct reference values: two-sample Kolmogorov–Smirnov `+"(scipy ks_2samp: exact p-value when max(n_ref, n_cur) ≤ 10000, else asymptotic), effect size = Wasserstein "+"distance / reference std (population, floored at 0.001). "+`Numeric columns with at most ${y} distinct values and categorical columns: chi-square test on the `+"2×k table of reference vs current counts (scipy chi2_contingency, Yates only when dof = 1), effect size = "+"Cramér's V. "+`p-values are adjusted across columns (${T[t.correction]}); a column drifts when its adjusted `+`p-value < ${t.alpha} and its effect size ≥ ${t.minEffectSize}.`:"Sketch mode (reference profile; distances only, no p-values). "+"Numeric columns: Wasserstein distance between the reference (its exact values, or its quantile sketch buckets) "+"and the current values, divided by the reference std (population, floored at 0.001). Categorical columns: "+'Jensen–Shannon distance (natural log) over the reference top categories plus "other".';const r=` Distance methods (wasserstein, js) drift at ≥ ${I}, psi at ≥ ${t.psiThreshold}; `+"policy drift.columns.<name>.method or --method overrides the rule. "+"PSI is reported for every column: 10 bins at the reference deciles with open outer edges (numbers) or the "+'reference categories plus "other" (categories), empty bins set to 1e-4, natural log.';const B=` A column needs at least ${t.minValues} valid values on each side to be tested; with fewer, it is listed as no `+"data and the verdict is no_data (never no drift) unless another column drifts. "+`A categorical column also drifts when ${t.newCategoryShare} or more of its current values are categories the `+"reference never had (new-category share). "+(t.identifiers==="skip"?`Identifier-like columns (at least ${F*100}% of ${x} or more reference `+"values distinct: text ids, or whole numbers that fill their range) are left out unless drift.identifiers is "+"test or the column has its own method.":"Identifier-like columns are tested (drift.identifiers: test).");const s=` Severity: alert when the drift share ≥ ${t.thresholds.alert.drift_share} or any column's PSI ≥ `+`${t.thresholds.alert.psi}; warn when the drift share ≥ ${t.thresholds.warn.drift_share}, any PSI ≥ `+`${t.thresholds.warn.psi} or the prediction column drifts; dataset drift = severity above none.`;return n+r+B+s}function tooFew(e,t,n,r){if(t.values>=r&&n.values>=r)return undefined;const side=(e,t)=>t.values>=r?[]:[t.values===0?`no values in the ${e} (${t.nulls} null)`:`${t.values} value${t.values===1?"":"s"} in the ${e}, fewer than ${r} (${t.nulls} null)`];return{column:e,reference_values:t.values,current_values:n.values,reason:[...side("reference",t),...side("current data",n)].join("; ")}}function leftOutAsIdentifier(e,t,n){if(t===undefined)return false;n.identifiers.push({column:e,distinct_share:t});return true}const N=2**500;function testNumericFinite(e){const t=testNumericExact(e);const{reference:n,current:r}=e;const ends=e=>Math.max(Math.abs(e.values[0]),Math.abs(e.values.at(-1)));const B=Math.max(ends(n),ends(r));if(!(B>N))return t;const s=2**-Math.ceil(Math.log2(B));const scale=e=>({...e,values:e.values.map(e=>e*s)});const i=testNumericExact({...e,reference:scale(n),current:scale(r)});return{...t,statistic:i.statistic,p_value:i.p_value,effect_size:i.effect_size}}function testExactColumn(e,t,n,B,s,i){if(t.kind==="numeric"&&n.kind==="numeric"){const a=tooFew(e.name,{values:t.size,nulls:t.nulls},{values:n.size,nulls:n.nulls},i.minValues);if(a){i.noData.push(a);return undefined}const o=(0,r.U6)(t,i.scratch);const l=(0,r.U6)(n,i.scratch);const c=o.values.length;if(s){const t=identifierShare({type:"numeric",values:o.total,distinct:c,whole:o.values.every(e=>Number.isInteger(e)),min:o.values[0],max:o.values.at(-1)});if(leftOutAsIdentifier(e.name,t,i))return undefined}const u=chooseMethod("exact",{name:e.name,type:"numeric",referenceDistinct:c},B);return testNumericFinite({name:e.name,reference:o,current:l,referenceNulls:t.nulls,currentNulls:n.nulls,choice:u})}const a=t;const o=n;const total=e=>{let t=0;for(const n of e.values())t+=n;return t};const l=total(a.counts);const c=tooFew(e.name,{values:l,nulls:a.nulls},{values:total(o.counts),nulls:o.nulls},i.minValues);if(c){i.noData.push(c);return undefined}if(s){const t=identifierShare({type:"categorical",values:l,distinct:a.counts.size});if(leftOutAsIdentifier(e.name,t,i))return undefined}const u=chooseMethod("exact",{name:e.name,type:"categorical",referenceDistinct:a.counts.size},B);const f=newCategories(e=>a.counts.has(e),o.counts);return{...testCategoricalExact({name:e.name,reference:a.counts,current:o.counts,referenceNulls:a.nulls,currentNulls:o.nulls,choice:u}),new_category_share:f.share,new_category_examples:f.examples}}function testDriftColumn(e){const t=[];const n=[];const r=testExactColumn(e.column,e.reference,e.current,e.override,e.spotIds,{scratch:{buffer:new Float64Array(0)},minValues:e.minValues,noData:t,identifiers:n});return{...r&&{tested:r},...t[0]&&{noData:t[0]},...n[0]&&{identifier:n[0]}}}},2635:(e,t,n)=>{n.d(t,{iU:()=>isUserError,j$:()=>formatLocation,yo:()=>UserError});class UserError extends Error{name="UserError";location;hint;constructor(e,t={}){super(formatUserMessage(e,t.location??{},t.hint),{cause:t.cause});this.location=t.location??{};this.hint=t.hint}}function formatLocation(e){let t=e.file??"";if(e.file!==undefined&&e.line!==undefined){t+=`:${e.line}`;if(e.column!==undefined)t+=`:${e.column}`}if(e.key!==undefined)t+=t?` (${e.key})`:e.key;return t}function formatUserMessage(e,t,n){const r=formatLocation(t);const B=r?`${r}: ${e}`:e;return n?`${B}. ${n}`:B}function isUserError(e){return e instanceof UserError||e instanceof Error&&e.name==="UserError"&&"location"in e}},2521:(e,t,n)=>{n.d(t,{P5:()=>serializeError,_n:()=>rebuildError,ti:()=>relocateUserError});var r=n(2635);function serializeError(e){if((0,r.iU)(e)){return{name:"UserError",message:e.message,stack:e.stack,user:{what:whatOf(e),location:{...e.location},...e.hint!==undefined&&{hint:e.hint}}}}if(e instanceof Error)return{name:e.name,message:e.message,stack:e.stack};return{name:"Error",message:String(e)}}function rebuildError(e){if(e.user)return new r.yo(e.user.what,{location:e.user.location,hint:e.user.hint});const t=new Error(e.message);t.name=e.name;if(e.stack!==undefined)t.stack=e.stack;return t}function relocateUserError(e,t){return new r.yo(whatOf(e),{location:t,hint:e.hint,cause:e.cause})}function whatOf(e){let t=e.message;const n=(0,r.j$)(e.location);if(n&&t.startsWith(`${n}: `))t=t.slice(n.length+2);if(e.hint!==undefined&&t.endsWith(`. ${e.hint}`))t=t.slice(0,-(e.hint.length+2));return t}},9114:(e,t,n)=>{n.d(t,{runTask:()=>runTask});const r={"csv-range":()=>Promise.resolve().then(n.bind(n,3424)).then(e=>e.readCsvRange),"validate.csv-range":()=>Promise.resolve().then(n.bind(n,1109)).then(e=>e.checkCsvRange),"validate.parquet-row-group":()=>Promise.resolve().then(n.bind(n,1109)).then(e=>e.checkParquetGroup),"parquet-row-group":()=>Promise.resolve().then(n.bind(n,7210)).then(e=>e.readParquetRowGroup),"evaluate.bootstrap":()=>Promise.all([n.e(739),n.e(630)]).then(n.bind(n,1630)).then(e=>e.bootstrapChunk),"explain.importance":()=>Promise.all([n.e(739),n.e(583)]).then(n.bind(n,583)).then(e=>e.importanceTask),"drift.csv-range":()=>Promise.resolve().then(n.bind(n,5846)).then(e=>e.collectCsvRange),"drift.parquet-row-group":()=>Promise.resolve().then(n.bind(n,5846)).then(e=>e.collectParquetGroup),"drift.collect":()=>Promise.resolve().then(n.bind(n,5846)).then(e=>e.collectCounts),"drift.column":()=>Promise.resolve().then(n.bind(n,2238)).then(e=>e.testDriftColumn)};const B=r;void B;async function runTask(e,t){const n=r[e];if(n===undefined)throw new Error(`unknown task kind "${String(e)}" (see shared/parallel/tasks.ts)`);const B=await n();return await B(t)}},8384:(e,t,n)=>{n.d(t,{Mu:()=>countBlocks});var r=n(342);var B=n(6441);var s=n(996);var i=n(7642);const a=4096;const o=65536;const l=.9;function countValues(e,t){return countBlocks([e],t)}function countBlocks(e,t){const n=e.length===1?e[0]:undefined;let B=0;for(const t of e)B+=t.length;if(B>=a){const t=(0,r.Lu)(e);if(t)return t}return countJoined(n??joinBlocks(e,B),t)}function joinBlocks(e,t){const n=new Float64Array(t);let r=0;for(const t of e){n.set(t,r);r+=t.length}return n}function countJoined(e,t){const n=e.length;if(n>=a){const t=hashCount(e,Math.min(n,o),n>>>2);if(t)return t}if(t&&t.buffer.length<n)t.buffer=new Float64Array(n);(0,B.f)(e,t?.buffer);return(0,s.lF)(e)}function slotOf(e,t,n){let r=Math.imul(e^Math.imul(t,2654435761)^t>>>16,2246822507);r^=r>>>13;r=Math.imul(r,3266489909);return(r^r>>>16)&n}function hashCount(e,t,n){const r=e.length;const a=new Uint32Array(e.buffer,e.byteOffset,2*r);let o=4096;let c=o-1;let u=(0,i.Y)(Uint32Array,4*o);let f=0;for(let e=0;e<r;e++){if(e===t&&f>l*t)return undefined;const r=a[2*e];let B=a[2*e+1];if(r===0&&B===2147483648)B=0;let s=slotOf(r,B,c);for(;;){const e=s<<2;const t=u[e+2];if(t===0){u[e]=r;u[e+1]=B;u[e+2]=1;if(++f>o>>>1){if(f>n)return undefined;o<<=1;c=o-1;u=rehash(u,c)}break}if(u[e]===r&&u[e+1]===B){u[e+2]=t+1;break}s=s+1&c}}const C=new Float64Array(f);const h=new Uint32Array(C.buffer);let p=0;for(let e=0;e<u.length;e+=4){if(u[e+2]===0)continue;h[2*p]=u[e];h[2*p+1]=u[e+1];p++}(0,B.f)(C);const d=new Float64Array(f);for(let e=0;e<f;e++){const t=h[2*e];const n=h[2*e+1];let r=slotOf(t,n,c);while(u[r<<2]!==t||u[(r<<2)+1]!==n)r=r+1&c;d[e]=u[(r<<2)+2]}return(0,s.YW)(C,d,r)}function rehash(e,t){const n=(0,i.Y)(Uint32Array,4*(t+1));for(let r=0;r<e.length;r+=4){const B=e[r+2];if(B===0)continue;const s=e[r];const i=e[r+1];let a=slotOf(s,i,t);while(n[(a<<2)+2]!==0)a=a+1&t;n[a<<2]=s;n[(a<<2)+1]=i;n[(a<<2)+2]=B}return n}},342:(e,t,n)=>{n.d(t,{Lu:()=>denseCount,_e:()=>isDenseCounts,g5:()=>DenseCounter,p1:()=>countDense});var r=n(996);const B=[1,10,100,1e3,1e4,1e5,1e6];const s=1<<22;function denseCount(e){let t=0;let n=0;let r=Infinity;let i=-Infinity;for(const B of e){t+=B.length;const e=decimalExtent(B,n);if(e===undefined)return undefined;n=e.d;r=Math.min(r,e.min);i=Math.max(i,e.max)}const a=B[n];const o=Math.round(r*a);const l=Math.round(i*a);const c=l-o+1;if(!(Math.abs(o)<2**52&&Math.abs(l)<2**52&&c<=Math.min(s,4*t)))return undefined;const u=new Uint32Array(c);for(const t of e)for(let e=0;e<t.length;e++)u[Math.round(t[e]*a)-o]++;return countsOfSlots(u,o,a,t)}function decimalExtent(e,t){let n=t;let r=B[n];let s=Infinity;let i=-Infinity;for(let t=0;t<e.length;t++){const a=e[t];if(Math.round(a*r)/r!==a){while(n<B.length-1&&Math.round(a*r)/r!==a)r=B[++n];if(Math.round(a*r)/r!==a)return undefined}if(a<s)s=a;if(a>i)i=a}return{d:n,min:s,max:i}}function countsOfSlots(e,t,n,B){let s=0;for(let t=0;t<e.length;t++)if(e[t]!==0)s++;const i=new Float64Array(s);const a=new Float64Array(s);let o=0;for(let r=0;r<e.length;r++){const B=e[r];if(B===0)continue;i[o]=(t+r)/n+0;a[o++]=B}return(0,r.YW)(i,a,B)}const i=1<<20;class DenseCounter{d=0;scale=1;lo=0;slots=new Uint32Array(0);total=0;add(e){const t=e.length;if(t===0)return true;if(this.slots.length>0&&this.addWithin(e))return true;const n=decimalExtent(e,this.d);if(n===undefined)return false;const r=n.d;const s=B[r];let a=Math.round(n.min*s);let o=Math.round(n.max*s);if(!(Math.abs(a)<2**52&&Math.abs(o)<2**52))return false;const l=B[r-this.d];if(this.slots.length>0){a=Math.min(a,this.lo*l);o=Math.max(o,(this.lo+this.slots.length-1)*l)}if(o-a+1>i)return false;if(this.slots.length===0||a<this.lo*l||o>(this.lo+this.slots.length-1)*l||l>1){const e=o-a+1;const t=Math.min(e>>>2,i-e>>>1);this.regrid(r,a-t,e+2*t)}const c=this.slots;const u=this.lo;for(let n=0;n<t;n++)c[Math.round(e[n]*s)-u]++;this.total+=t;return true}addWithin(e){const{slots:t,lo:n,scale:r}=this;const B=t.length;const s=e.length;let i=0;if(r===1){for(;i<s;i++){const r=e[i];const s=Math.round(r);const a=s-n;if(!(a>=0&&a<B)||s!==r)break;t[a]++}}else{for(;i<s;i++){const s=e[i];const a=Math.round(s*r);const o=a-n;if(!(o>=0&&o<B)||a/r!==s)break;t[o]++}}if(i===s){this.total+=s;return true}for(let B=0;B<i;B++)t[Math.round(e[B]*r)-n]--;return false}remove(e){const{slots:t,lo:n,scale:r}=this;for(let B=0;B<e.length;B++)t[Math.round(e[B]*r)-n]--;this.total-=e.length}regrid(e,t,n){const r=new Uint32Array(n);const s=B[e-this.d];const i=this.slots;for(let e=0;e<i.length;e++){const n=i[e];if(n!==0)r[(this.lo+e)*s-t]=n}this.d=e;this.scale=B[e];this.lo=t;this.slots=r}finish(){return countsOfSlots(this.slots,this.lo,this.scale,this.total)}take(){return{d:this.d,lo:this.lo,slots:this.slots,total:this.total}}}function isDenseCounts(e){return"slots"in e}function countDense(e){if(e.length===1){const t=e[0];return countsOfSlots(t.slots,t.lo,B[t.d],t.total)}let t=0;for(const n of e)t=Math.max(t,n.d);let n=Infinity;let i=-Infinity;let a=0;for(const r of e){if(r.slots.length===0)continue;const e=B[t-r.d];n=Math.min(n,r.lo*e);i=Math.max(i,(r.lo+r.slots.length-1)*e);a+=r.total}if(a===0)return(0,r.YW)(new Float64Array(0),new Float64Array(0),0);if(!(Math.abs(n)<2**52&&Math.abs(i)<2**52&&i-n+1<=s))return(0,r.Et)(e.map(e=>countsOfSlots(e.slots,e.lo,B[e.d],e.total)));const o=new Uint32Array(i-n+1);for(const r of e){const e=B[t-r.d];const s=r.slots;const i=r.lo*e-n;if(e===1)for(let e=0;e<s.length;e++)o[i+e]+=s[e];else for(let t=0;t<s.length;t++){const n=s[t];if(n!==0)o[i+t*e]+=n}}return countsOfSlots(o,n,B[t],a)}},8550:(e,t,n)=>{n.d(t,{$C:()=>s,E0:()=>B,tD:()=>psiFromCounts});var r=n(2635);const B=1e-4;const s="PSI = Σ (cur − ref)·ln(cur/ref) over bin proportions; bins: 10 at the reference deciles with open outer edges "+'(numbers) or the reference categories plus "other" (categories); empty bins set to 1e-4; natural log';function psiFromCounts(e,t){const n=e.reduce((e,t)=>e+t,0);const r=t.reduce((e,t)=>e+t,0);if(n===0||r===0)return Number.NaN;let s=0;for(let i=0;i<e.length;i++){const a=e[i]/n||B;const o=(t[i]??0)/r||B;s+=(o-a)*Math.log(o/a)}return s}function psi(e,t){if(e.length===0||t.length===0)throw new UserError("psi needs two non-empty samples");const n=Float64Array.from(e).sort();const r=Float64Array.from(t).sort();const B=decileEdges(n);return psiFromCounts(sortedBinCounts(n,B,"right"),sortedBinCounts(r,B,"right"))}},9629:(e,t,n)=>{n.d(t,{YV:()=>quantile,xo:()=>decileEdges});const r=[.1,.2,.3,.4,.5,.6,.7,.8,.9];function lerp(e,t,n){const r=t-e;if(!Number.isFinite(r))return e*(1-n)+t*n;return n>=.5?t-r*(1-n):e+r*n}function quantiles(e,t){for(const e of t){if(!(e>=0&&e<=1))throw new RangeError(`A quantile must be between 0 and 1, got ${e}`)}const n=e.length;if(n===0)return t.map(()=>Number.NaN);return t.map(t=>{const r=(n-1)*t;if(r>=n-1)return e.at(n-1);const B=Math.floor(r);return lerp(e.at(B),e.at(B+1),r-B)})}function quantile(e,t){return quantiles(e,[t])[0]}function decileEdges(e){return e.length===0?[]:quantiles(e,r)}},6441:(e,t,n)=>{n.d(t,{X:()=>argsort,f:()=>sortFloat64});const r=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;const B=2048;const s=65536;function toKeys(e,t,n,r){for(let B=0;B<n;B++){let n=e[2*B];let i=e[2*B+1];if(i&2147483648){i=~i>>>0;n=~n>>>0}else i=(i|2147483648)>>>0;t[2*B]=n;t[2*B+1]=i;r[n&65535]++;r[s+(n>>>16)]++;r[2*s+(i&65535)]++;r[3*s+(i>>>16)]++}}function prefixSums(e,t,n){for(let r=t;r<t+s;r++)if(e[r]===n)return false;let r=0;for(let n=t;n<t+s;n++){const t=e[n];e[n]=r;r+=t}return true}function digit(e,t,n){return(n<2?e:t)>>>(n&1)*16&65535}function sortFloat64(e,t){const n=e.length;if(n<B||!r){e.sort();return}const i=t!==undefined&&t.length>=n?t.subarray(0,n):new Float64Array(n);let a=new Uint32Array(e.buffer,e.byteOffset,2*n);let o=new Uint32Array(i.buffer,i.byteOffset,2*n);const l=new Uint32Array(4*s);toKeys(a,a,n,l);for(let e=0;e<4;e++){const t=e*s;if(!prefixSums(l,t,n))continue;for(let r=0;r<n;r++){const n=a[2*r];const B=a[2*r+1];const s=l[t+digit(n,B,e)]++;o[2*s]=n;o[2*s+1]=B}const r=a;a=o;o=r}for(let e=0;e<n;e++){const t=a[2*e+1];if(t&2147483648)a[2*e+1]=t&2147483647;else{a[2*e+1]=~t;a[2*e]=~a[2*e]}}if(a.buffer!==e.buffer||a.byteOffset!==e.byteOffset)e.set(new Float64Array(a.buffer,a.byteOffset,n))}function scatterWithRows(e,t,n,r,B,i){const a=i*s;for(let s=0;s<r.length;s++){const o=e[2*s];const l=e[2*s+1];const c=B[a+digit(o,l,i)]++;n[2*c]=o;n[2*c+1]=l;r[c]=t===undefined?s:t[s]}}function argsort(e){const t=e.length;if(t<B||!r){const n=Uint32Array.from({length:t},(e,t)=>t);return n.sort((t,n)=>e[t]-e[n]||t-n)}let n=new Uint32Array(2*t);let i=new Uint32Array(2*t);const a=new Uint32Array(4*s);toKeys(new Uint32Array(e.buffer,e.byteOffset,2*t),n,t,a);let o;let l=new Uint32Array(t);for(let e=0;e<4;e++){if(!prefixSums(a,e*s,t))continue;scatterWithRows(n,o,i,l,a,e);[n,i]=[i,n];const r=l;l=o??new Uint32Array(t);o=r}return o??Uint32Array.from({length:t},(e,t)=>t)}},5326:(e,t,n)=>{n.d(t,{s:()=>searchSorted});function searchSorted(e,t,n){let r=0;let B=e.length;while(r<B){const s=r+B>>>1;if(n==="right"?e[s]<=t:e[s]<t)r=s+1;else B=s}return r}function sortedBinCounts(e,t,n){const r=n==="right"?"right":"left";const B=[];let s=0;for(const n of t){const t=searchSorted(e,n,r);B.push(t-s);s=t}B.push(e.length-s);return B}},996:(e,t,n)=>{n.d(t,{Et:()=>mergeValueCounts,YW:()=>withCumulative,eC:()=>countedOrderStatistics,lF:()=>runLengths,lv:()=>countedPopulationStd,oG:()=>countedBinCounts});var r=n(5326);function runLengths(e){const t=e.length;let n=0;for(let r=0;r<t;r++)if(r===0||e[r]!==e[r-1])n++;const r=new Float64Array(n);const B=new Float64Array(n);let s=-1;for(let n=0;n<t;n++){const t=e[n];if(n===0||t!==e[n-1])r[++s]=t===0?0:t;B[s]++}return withCumulative(r,B,t)}function withCumulative(e,t,n){const r=new Float64Array(e.length);let B=0;for(let n=0;n<e.length;n++)r[n]=B+=t[n];return{values:e,counts:t,cumulative:r,total:n}}function mergeValueCounts(e){if(e.length===0)return withCumulative(new Float64Array(0),new Float64Array(0),0);let t=e.map(e=>({values:e.values,counts:e.counts}));while(t.length>1){const e=[];for(let n=0;n<t.length;n+=2)e.push(n+1<t.length?mergeTwo(t[n],t[n+1]):t[n]);t=e}const{values:n,counts:r}=t[0];let B=0;for(let e=0;e<r.length;e++)B+=r[e];return withCumulative(n,r,B)}function mergeTwo(e,t){const n=e.values.length;const r=t.values.length;const B=new Float64Array(n+r);const s=new Float64Array(n+r);let i=0;let a=0;let o=0;while(i<n&&a<r){const n=e.values[i];const r=t.values[a];if(n<r){B[o]=n;s[o++]=e.counts[i++]}else if(r<n){B[o]=r;s[o++]=t.counts[a++]}else{B[o]=n;s[o++]=e.counts[i++]+t.counts[a++]}}for(;i<n;i++,o++){B[o]=e.values[i];s[o]=e.counts[i]}for(;a<r;a++,o++){B[o]=t.values[a];s[o]=t.counts[a]}return o===n+r?{values:B,counts:s}:{values:B.slice(0,o),counts:s.slice(0,o)}}function countedOrderStatistics(e){const{values:t,cumulative:n}=e;return{length:e.total,at:e=>t[(0,r.s)(n,e,"right")]}}function countedBinCounts(e,t,n){const B=n==="right"?"right":"left";const s=[];let i=0;for(const n of t){const t=(0,r.s)(e.values,n,B);const a=t===0?0:e.cumulative[t-1];s.push(a-i);i=a}s.push(e.total-i);return s}function countedPopulationStd(e){const{values:t,counts:n,total:r}=e;let B=0;for(let e=0;e<t.length;e++)B+=t[e]*n[e];const s=B/r;let i=0;for(let e=0;e<t.length;e++){const r=t[e]-s;i+=n[e]*r*r}return Math.sqrt(i/r)}},1109:(t,n,r)=>{r.r(n);r.d(n,{checkCsvRange:()=>checkCsvRange,checkParquetGroup:()=>checkParquetGroup,workerCheckIndexes:()=>range_checks_workerCheckIndexes});var B=r(3424);var s=r(7210);var i=r(1695);var a=r(472);var o=r(129);function displayValue(e,t){if(!t)return e;const n=new Date(e);return Number.isNaN(n.getTime())?e:n.toISOString()}class column_views_ViewCache{batch;numeric=new Map;text=new Map;constructor(e){this.batch=e}numbers(e,t){if(e.type!=="category"){const t=e.invalidText;return{values:e.values,state:e.state,raw:e=>t.get(e)}}const n=`${e.name}\0${t}`;let r=this.numeric.get(n);if(!r){const B=t==="number"?a.k:o.E;const s=e.dictionary;const l=new Float64Array(s.length);for(let e=0;e<s.length;e++)l[e]=B(s[e]);const c=this.batch.length;const u=new Float64Array(c);const f=new Uint8Array(c);const C=e.codes;for(let e=0;e<c;e++){const t=C[e];if(t<0)f[e]=i.Cq;else{const n=l[t];if(Number.isNaN(n))f[e]=i.uY;else u[e]=n}}r={values:u,state:f,raw:e=>C[e]>=0?s[C[e]]:undefined};this.numeric.set(n,r)}return r}texts(e){if(e.type==="category")return e;let t=this.text.get(e.name);if(!t){const n=this.batch.length;const r=new Int32Array(n);const B=[];const s=new Map;const a=e.type==="timestamp";for(let t=0;t<n;t++){const n=e.state[t];if(n===i.Cq){r[t]=-1;continue}const o=n===i.dO?String(displayValue(e.values[t],a)):e.invalidText.get(t)??"";let l=s.get(o);if(l===undefined){l=B.length;B.push(o);s.set(o,l)}r[t]=l}t={codes:r,dictionary:B};this.text.set(e.name,t)}return t}}var l=r(7642);const c=8;const u=1<<c;const f=8;function fmix32(e){e=Math.imul(e^e>>>16,2246822507);e=Math.imul(e^e>>>13,3266489909);return(e^e>>>16)>>>0}function keyMix(e,t){return fmix32(e^Math.imul(t^t>>>15,3432918353))}function fingerprintExtra(e,t){return(t^e>>>16)&65535}class ShardedTables{size=0;tables=[];masks=new Int32Array(u);counts=new Int32Array(u);hasZero=false;constructor(e,t){for(let n=0;n<u;n++){this.tables.push(t(f*e));this.masks[n]=f-1}}get bytes(){let e=0;for(const t of this.tables)e+=t.byteLength;return e}addZero(){if(this.hasZero)return false;this.hasZero=true;this.size++;return true}stored(e,t){this.size++;if(++this.counts[e]*4>(t+1)*3)this.grow(e)}}class KeySet64 extends ShardedTables{constructor(){super(2,e=>new Uint32Array(e))}add(e,t){e>>>=0;t>>>=0;if(e===0&&t===0)return this.addZero();const n=keyMix(e,t);const r=n>>>32-c;const B=this.tables[r];const s=this.masks[r];let i=n&s;for(;;){const n=i<<1;const r=B[n];const a=B[n+1];if(r===e&&a===t)return false;if(r===0&&a===0){B[n]=e;B[n+1]=t;break}i=i+1&s}this.stored(r,s);return true}grow(e){const t=this.tables[e];const n=t.length;const r=(0,l.Y)(Uint32Array,n*2);const B=n-1;for(let e=0;e<t.length;e+=2){const n=t[e];const s=t[e+1];if(n===0&&s===0)continue;let i=keyMix(n,s)&B;while(r[i<<1]!==0||r[(i<<1)+1]!==0)i=i+1&B;r[i<<1]=n;r[(i<<1)+1]=s}this.tables[e]=r;this.masks[e]=B}}class FingerprintSet48 extends ShardedTables{constructor(){super(3,e=>new Uint16Array(e))}add(e,t){const n=keyMix(e,t);const r=n&65535;const B=n>>>16;const s=fingerprintExtra(e,t);if(n===0&&s===0)return this.addZero();const i=n>>>32-c;const a=this.tables[i];const o=this.masks[i];let l=n&o;for(;;){const e=l*3;const t=a[e];const n=a[e+1];const i=a[e+2];if(t===r&&n===B&&i===s)return false;if(t===0&&n===0&&i===0){a[e]=r;a[e+1]=B;a[e+2]=s;break}l=l+1&o}this.stored(i,o);return true}grow(e){const t=this.tables[e];const n=t.length/3*2;const r=(0,l.Y)(Uint16Array,n*3);const B=n-1;for(let e=0;e<t.length;e+=3){const n=t[e];const s=t[e+1];const i=t[e+2];if(n===0&&s===0&&i===0)continue;let a=(n|s<<16)&B;while(r[a*3]!==0||r[a*3+1]!==0||r[a*3+2]!==0){a=a+1&B}r[a*3]=n;r[a*3+1]=s;r[a*3+2]=i}this.tables[e]=r;this.masks[e]=B}}var C=r(3024);const h=e(import.meta.url)("node:os");var p=r(6760);var d=r(2635);const g=6;const m=1<<g;const E=16*1024;const D=1<<20;const w=16;const recordBytes=e=>w+(2*e+3&~3);function textOfUnits(e){let t="";for(let n=0;n<e.length;n+=4096)t+=String.fromCharCode(...e.subarray(n,n+4096));return t}function spillError(e,t){const n=t instanceof Error?t.message:String(t);return new d.yo(`\`unique\` keeps the texts of a column with over a million distinct values in a temporary file, and it could not use ${e}: ${n}`,{hint:"Free disk space there, or point TMPDIR at a folder with room (16 bytes plus 2 per character for each distinct value)",cause:t})}class SpillFile{folder;name;fd;path;buffer=new Uint8Array(E);words=new Uint32Array(this.buffer.buffer);units=new Uint16Array(this.buffer.buffer);used=0;size=0;records=0;constructor(e,t){this.folder=e;this.name=t}append(e,t,n,r,B,s){const i=recordBytes(s);if(this.used+i>this.buffer.length){this.flush();if(i>this.buffer.length){this.buffer=new Uint8Array(i);this.words=new Uint32Array(this.buffer.buffer);this.units=new Uint16Array(this.buffer.buffer)}}const a=this.used>>>2;const o=this.words;o[a]=e;o[a+1]=t;o[a+2]=n;o[a+3]=s;const l=this.units;const c=this.used+w>>>1;if(typeof r==="string")for(let e=0;e<s;e++)l[c+e]=r.charCodeAt(B+e);else if(s<=64)for(let e=0;e<s;e++)l[c+e]=r[B+e];else l.set(r.subarray(B,B+s),c);this.used+=i;this.records++}flush(){if(this.used===0)return;const e=this.folder();try{if(this.fd===undefined){const t=(0,p.join)(e,this.name);this.fd=(0,C.openSync)(t,"w+");this.path=t;try{(0,C.unlinkSync)(t);this.path=undefined}catch{}}for(let e=0;e<this.used;){e+=(0,C.writeSync)(this.fd,this.buffer,e,this.used-e,this.size+e)}}catch(t){throw spillError(e,t)}this.size+=this.used;this.used=0}*read(){this.flush();if(this.fd===undefined)return;let e=new Uint8Array(D);let t=0;let n=0;for(;;){if(n<this.size&&t<e.length){let r;try{r=(0,C.readSync)(this.fd,e,t,Math.min(e.length-t,this.size-n),n)}catch(e){throw spillError(this.folder(),e)}t+=r;n+=r}const r=new Uint32Array(e.buffer,0,t>>>2);const B=new Uint16Array(e.buffer,0,t>>>1);let s=0;while(s+w<=t){const e=s>>>2;const n=r[e+3];if(s+recordBytes(n)>t)break;yield{key:`${r[e]}:${r[e+1]}`,ordinal:r[e+2],text:textOfUnits(B.subarray(s+w>>>1,(s+w>>>1)+n))};s+=recordBytes(n)}if(n>=this.size){if(s===t)return;throw spillError(this.folder(),new Error(`${this.name} ends inside a record`))}const i=e.subarray(s,t);const a=s===0&&t===e.length?new Uint8Array(e.length*2):e;a.set(i);e=a;t=i.length}}close(){if(this.fd!==undefined)(0,C.closeSync)(this.fd);this.fd=undefined;if(this.path!==undefined)(0,C.rmSync)(this.path,{force:true});this.path=undefined}}class TextSpill{parent;dir;firsts;matches;matchCount=0;constructor(e=(0,h.tmpdir)()){this.parent=e;const folder=()=>this.folder();this.firsts=Array.from({length:m},(e,t)=>new SpillFile(folder,`first-${t}`));this.matches=Array.from({length:m},(e,t)=>new SpillFile(folder,`match-${t}`))}folder(){if(this.dir===undefined){try{this.dir=(0,C.mkdtempSync)((0,p.join)(this.parent,"modelship-unique-"))}catch(e){throw spillError(this.parent,e)}}return this.dir}addFirst(e,t,n,r,B){this.firsts[e>>>32-g].append(e,t,0,n,r,B)}addMatch(e,t,n,r,B){const s=this.matchCount++;this.matches[e>>>32-g].append(e,t,s,n,r,B);return s}resolve(){const e=[];try{for(let t=0;t<m;t++){if(this.matches[t].records===0)continue;const n=new Map;for(const e of this.matches[t].read()){let t=n.get(e.key);if(t===undefined)n.set(e.key,t={seen:new Set,matches:[]});t.matches.push(e)}for(const e of this.firsts[t].read())n.get(e.key)?.seen.add(e.text);for(const{seen:t,matches:r}of n.values()){for(const n of r){if(t.has(n.text))continue;t.add(n.text);e.push(n.ordinal)}}}}finally{this.close()}return e.sort((e,t)=>e-t)}close(){for(const e of[...this.firsts,...this.matches])e.close();if(this.dir!==undefined)(0,C.rmSync)(this.dir,{recursive:true,force:true});this.dir=undefined}}let A=0;function hashText(e){const t=e.length;let n=2538058380^t;let r=374761393+t;let B=0;for(;B+1<t;B+=2){const t=e.charCodeAt(B)|e.charCodeAt(B+1)<<16;let s=Math.imul(t,3432918353);s=s<<15|s>>>17;n^=Math.imul(s,461845907);n=n<<13|n>>>19;n=Math.imul(n,5)+3864292196|0;r=r+Math.imul(t,2246822519)|0;r=r<<13|r>>>19;r=Math.imul(r,2654435761)}if(B<t){const t=e.charCodeAt(B);let s=Math.imul(t,3432918353);s=s<<15|s>>>17;n^=Math.imul(s,461845907);r=r+Math.imul(t,374761393)|0;r=Math.imul(r<<11|r>>>21,2654435761)}A=fmix32(r^Math.imul(t,668265263));return fmix32(n^t)}function packTexts(e){const t=e.length;let n=0;for(let r=0;r<t;r++)n+=e[r].length;const r=new Uint32Array(t);const B=new Uint32Array(t);const s=new Uint32Array(t+1);const i=new Uint16Array(n);let a=0;for(let n=0;n<t;n++){const t=e[n];r[n]=hashText(t);B[n]=A;for(let e=0;e<t.length;e++)i[a+e]=t.charCodeAt(e);a+=t.length;s[n+1]=a}return{his:r,los:B,offsets:s,units:i}}function unpackText(e,t){return textOfUnits(e.units.subarray(e.offsets[t],e.offsets[t+1]))}var v=r(5326);const y=22250738585072014e-324;function sketchMapping(e){const t=(1+e)/(1-e);return{alpha:e,gamma:t,multiplier:1/Math.log1p(2*e/(1-e))}}function sketchRepresentative(e,t){const n=Math.abs(e);if(n<y)return 0;return Math.sign(e)*bucketValue(Math.ceil(Math.log(n)*t.multiplier),t)}function bucketValue(e,t){return 2*Math.pow(t.gamma,e)/(t.gamma+1)}function emptySketch(e){return{alpha:e,zeroCount:0,positive:{},negative:{}}}class DenseCounts{counts=new Float64Array(0);offset=0;grow(e){const t=this.counts.length;if(t===0){this.offset=e-64;this.counts=new Float64Array(128);return}let n=this.offset;let r=this.offset+t-1;if(e<n)n=Math.min(e-32,n-t);if(e>r)r=Math.max(e+32,r+t);const B=new Float64Array(r-n+1);B.set(this.counts,this.offset-n);this.counts=B;this.offset=n}toRecord(){const e={};const{counts:t,offset:n}=this;for(let r=0;r<t.length;r++)if(t[r]>0)e[String(r+n)]=t[r];return e}}class SketchBuilder{mapping;zeroCount=0;positive=new DenseCounts;negative=new DenseCounts;constructor(e){this.mapping=sketchMapping(e)}addValues(e,t){const n=this.mapping.multiplier;const r=this.positive;const B=this.negative;let s=r.counts;let i=r.offset;let a=B.counts;let o=B.offset;let l=0;for(let c=0;c<t;c++){const t=e[c];if(t>=y){const e=Math.ceil(Math.log(t)*n);let B=e-i;if(B<0||B>=s.length){r.grow(e);s=r.counts;i=r.offset;B=e-i}s[B]++}else if(t<=-y){const e=Math.ceil(Math.log(-t)*n);let r=e-o;if(r<0||r>=a.length){B.grow(e);a=B.counts;o=B.offset;r=e-o}a[r]++}else{l++}}this.zeroCount+=l}toSketch(){return{alpha:this.mapping.alpha,zeroCount:this.zeroCount,positive:this.positive.toRecord(),negative:this.negative.toRecord()}}}function sketchOf(e,t,n=e.length){const r=new SketchBuilder(t);r.addValues(e,n);return r.toSketch()}function addRecords(e,t){const n={...e};for(const[e,r]of Object.entries(t))n[e]=(n[e]??0)+r;return n}function mergeSketches(e,t){if(e.alpha!==t.alpha)throw new Error(`Cannot merge sketches with alpha ${e.alpha} and ${t.alpha}`);return{alpha:e.alpha,zeroCount:e.zeroCount+t.zeroCount,positive:addRecords(e.positive,t.positive),negative:addRecords(e.negative,t.negative)}}function sketchCount(e){let t=e.zeroCount;for(const n of Object.values(e.positive))t+=n;for(const n of Object.values(e.negative))t+=n;return t}function sortedEntries(e){return Object.entries(e).map(([e,t])=>[Number(e),t]).sort((e,t)=>e[0]-t[0])}function orderedBuckets(e){const t=sketchMapping(e.alpha);const n=sortedEntries(e.negative).reverse();const r=sortedEntries(e.positive);const B=n.length+r.length+(e.zeroCount>0?1:0);const s=new Float64Array(B);const i=new Float64Array(B);let a=0;for(const[e,r]of n){s[a]=-bucketValue(e,t);i[a++]=r}if(e.zeroCount>0){s[a]=0;i[a++]=e.zeroCount}for(const[e,n]of r){s[a]=bucketValue(e,t);i[a++]=n}return{values:s,counts:i}}function binIndex(e,t){return(0,v.s)(e,t,"right")}function countInto(e,t,n,r){const B=e.length;if(B>32){for(let B=0;B<r;B++)t[binIndex(e,n[B])]++;return}for(let s=0;s<r;s++){const r=n[s];let i=0;for(let t=0;t<B;t++)i+=+(e[t]<=r);t[i]++}}function countOnEdges(e,t){const n=new Array(t.length+1).fill(0);if(e.exact!==null){for(const r of e.exact)n[binIndex(t,r)]++}else if(e.count>0){const{values:r,counts:B}=orderedBuckets(e.sketch);const s=e.min??-Infinity;const i=e.max??Infinity;for(let e=0;e<r.length;e++){n[binIndex(t,Math.min(i,Math.max(s,r[e])))]+=B[e]}}return n}function decileHistogram(e){const t=decileEdges(orderStatistics(e));return{edges:t,counts:countOnEdges(e,t),edgesFrom:"deciles"}}function profileBinCounts(e,t){const{histogram:n}=e;if(n.edgesFrom==="deciles"&&sameEdges(n.edges,t))return[...n.counts];return countOnEdges(e,t)}function sameEdges(e,t){return e.length===t.length&&e.every((e,n)=>e===t[n])}function order_statistics_orderStatistics(e){if(e.exact!==null)return e.exact;return sketchOrderStatistics(e.sketch,e.count,e.min??NaN,e.max??NaN)}function sketchOrderStatistics(e,t,n,r){const B=t;if(B===0)return[];const{values:s,counts:i}=orderedBuckets(e);const a=new Float64Array(i.length);let o=0;for(let e=0;e<i.length;e++)a[e]=o+=i[e];return{length:B,at(e){if(e<=0)return n;if(e>=B-1)return r;let t=0;let i=a.length-1;while(t<i){const n=t+i>>>1;if(a[n]>e)i=n;else t=n+1}return Math.min(r,Math.max(n,s[t]))}}}function variance(e){if(e.count<2)return NaN;return e.m2===null?Infinity:Math.max(0,e.m2)/(e.count-1)}function std(e){return Math.sqrt(variance(e))}var I=r(9629);class Tally{maxExamples;element=0;unexpected=0;examples=[];constructor(e){this.maxExamples=e}room(){return this.maxExamples-this.examples.length}part(){return{element:this.element,unexpected:this.unexpected,examples:this.examples}}absorb(e,t,n){this.element+=e.element;this.unexpected+=e.unexpected;for(const r of e.examples){if(this.examples.length>=this.maxExamples)break;const e=r.row+t;this.examples.push(r.line===undefined?{row:e,value:r.value,file:r.file}:{row:e,value:r.value,file:r.file,line:r.line+n})}}example(e,t,n,r=0){if(this.examples.length>=this.maxExamples+r)return;const B=e.lines?.[t];this.examples.push(B===undefined?{row:e.firstRow+t,value:n,file:e.file}:{row:e.firstRow+t,value:n,file:e.file,line:B})}}function percentOf(e,t){return t===0?0:e*100/t}function passesMostly(e,t,n){return e===0||(e-t)/e>=n-1e-12}function fmt(e){if(Number.isInteger(e))return groupThousands(e);if(!Number.isFinite(e))return String(e);return String(Number(e.toPrecision(4)))}function groupThousands(e){if(Object.is(e,-0)||Math.abs(e)>=1e21)return e.toLocaleString("en-US");const t=String(Math.abs(e));let n="";for(let e=0;e<t.length;e++){if(e>0&&(t.length-e)%3===0)n+=",";n+=t[e]}return e<0?`-${n}`:n}function makeResult(e,t){return{expectation:e.kind,column:e.column,success:t.success,severity:e.severity,element_count:t.element,unexpected_count:t.unexpected,unexpected_percent:percentOf(t.unexpected,t.element),examples:t.examples??[],mostly:e.mostly,...t.observed!==undefined&&{observed:t.observed},message:t.message,...t.details!==undefined&&{details:t.details},defined_at:e.source}}function rowResult(e,t,n,r,B){const{element:s,unexpected:i}=t;const a=passesMostly(s,i,e.mostly);let o;if(s===0)o=`no ${n} to check`;else if(i===0)o=`all ${fmt(s)} ${n} pass`;else{o=`${fmt(i)} of ${fmt(s)} ${n} (${fmt(percentOf(i,s))}%) ${r}`;if(e.mostly<1){const t=Math.floor(s*(1-e.mostly)+1e-9);o+=`; mostly ${e.mostly} allows ${fmt(t)}`}}return makeResult(e,{success:a,element:s,unexpected:i,examples:t.examples,message:o,details:B})}function fixedResult(e,t,n,r){return{expectation:e,column:null,finish:()=>makeResult(e,{success:t,element:0,unexpected:0,message:n,details:r})}}var b=r(8550);const F=1e5;class Reservoir{capacity;sample;seen=0;state;constructor(e=F,t=2654435769){this.capacity=e;this.sample=new Float64Array(e);this.state=t>>>0||1}get count(){return this.seen}get exact(){return this.seen<=this.capacity}add(e){if(this.seen<this.capacity){this.sample[this.seen++]=e;return}this.seen+=1;const t=Math.floor(this.random()*this.seen);if(t<this.capacity)this.sample[t]=e}sorted(){return this.sample.slice(0,Math.min(this.seen,this.capacity)).sort()}random(){let e=this.state;e^=e<<13;e^=e>>>17;e^=e<<5;this.state=e>>>0;return this.state/4294967296}}function rowCount(e){const{min:t,max:n}=e.params;return{expectation:e,column:null,finish({rowCount:r}){const B=(t===undefined||r>=t)&&(n===undefined||r<=n);const s=`[${t===undefined?"0":fmt(t)}, ${n===undefined?"∞":fmt(n)}]`;return makeResult(e,{success:B,element:r,unexpected:0,observed:r,message:B?`${fmt(r)} rows, within ${s}`:`${fmt(r)} rows, outside ${s}`,details:{...t!==undefined&&{min:t},...n!==undefined&&{max:n}}})}}}function columnsInclude(e){return{expectation:e,column:null,finish({columns:t}){const n=new Set(t);const r=e.params.column_set.filter(e=>!n.has(e));return makeResult(e,{success:r.length===0,element:e.params.column_set.length,unexpected:r.length,observed:r,message:r.length?`missing column(s): ${r.join(", ")} (the data has ${t.join(", ")})`:`all ${e.params.column_set.length} required columns are present`,details:{missing:r}})}}}function columnsMatchSet(e){return{expectation:e,column:null,finish({columns:t}){const n=new Set(e.params.column_set);const r=new Set(t);const B=t.filter(e=>!n.has(e));const s=e.params.column_set.filter(e=>!r.has(e));const i=[B.length?`unexpected column(s): ${B.join(", ")}`:"",s.length?`missing: ${s.join(", ")}`:""];return makeResult(e,{success:B.length===0&&s.length===0,element:t.length,unexpected:B.length,observed:[...t],message:i.filter(Boolean).join("; ")||"the columns match the expectations file exactly",details:{extra:B,missing:s}})}}}function maxAge(e,t){let n=-Infinity;let r=0;return{expectation:e,column:e.column,onBatch(e,t,B){const{values:s,state:a}=B.numbers(e,"timestamp");let o=n;let l=0;for(let e=0;e<t.length;e++){if(a[e]!==i.dO)continue;l++;const t=s[e];if(t>o)o=t}n=o;r+=l},finish(){const B=t-e.params.max_age_ms;const s=r?String(displayValue(n,true)):null;const i=r>0&&n>=B;const a=(t-n)/36e5;return makeResult(e,{success:i,element:r,unexpected:0,observed:s,message:!r?"no timestamps to check freshness on":i?`newest value ${s} is within ${e.params.max_age}`:`newest value ${s} is ${fmt(a)} h old, more than ${e.params.max_age}`,details:{now:new Date(t).toISOString(),max_age:e.params.max_age,age_ms:r?t-n:null}})}}}function aggregate_checks_psi(e,t,n){const r=e.params.max_psi;const finishWith=(t,n,B,s)=>{const i=(0,b.tD)(t,Array.from(n));const a=Number.isFinite(i)&&i<=r;return makeResult(e,{success:a,element:B,unexpected:0,observed:Number.isFinite(i)?i:null,message:!Number.isFinite(i)?"PSI is undefined: no values in the current data or the reference":`PSI ${fmt(i)} ${a?"≤":">"} ${r}`,details:{max_psi:r,convention:b.$C,epsilon:b.E0,bins:s,reference_counts:t,current_counts:Array.from(n)}})};if(t.type==="category"){const n=Object.keys(t.top);const r=new Map(n.map((e,t)=>[e,t]));const B=n.length;const s=[...n.map(e=>t.top[e]),t.other];const i=new Float64Array(n.length+1);let a=0;return{expectation:e,column:e.column,onBatch(e,t,n){const{codes:s,dictionary:o}=n.texts(e);const l=new Int32Array(o.length);for(let e=0;e<o.length;e++)l[e]=r.get(o[e])??B;for(let e=0;e<t.length;e++){const t=s[e];if(t<0)continue;a++;i[l[t]]++}},finish:()=>finishWith(s,i,a,[...n,"(other)"])}}const B=(0,I.xo)(order_statistics_orderStatistics(t));const s=profileBinCounts(t,B);const a=new Float64Array(B.length+1);const o=readNumbersAs(t,n);const l=t.exact?undefined:sketchMapping(t.sketch.alpha);const c=t.min??-Infinity;const u=t.max??Infinity;const place=e=>l?Math.min(u,Math.max(c,sketchRepresentative(e,l))):e;let f=0;return{expectation:e,column:e.column,onBatch(e,t,n){const{values:r,state:s}=n.numbers(e,o);for(let e=0;e<t.length;e++){if(s[e]!==i.dO)continue;f++;a[binIndex(B,place(r[e]))]++}},finish:()=>finishWith(s,a,f,{edges:B,reference_mode:t.exact?"exact":"sketch"})}}function mean(e,t){let n=0;let r=0;const B=readNumbersAs(t);return{expectation:e,column:e.column,onBatch(e,t,s){const{values:a,state:o}=s.numbers(e,B);let l=n;let c=0;for(let e=0;e<t.length;e++){if(o[e]!==i.dO)continue;l+=a[e];c++}n=l;r+=c},finish(){const{relative:B,stds:s}=e.params;const i=t.mean??Number.NaN;const a=std(t);const o=Math.max(B===undefined?-Infinity:B*Math.abs(i),s===undefined?-Infinity:s*a);const l=r?n/r:Number.NaN;const c=Math.abs(l-i);const u=Number.isFinite(c)&&Number.isFinite(o)&&c<=o;return makeResult(e,{success:u,element:r,unexpected:0,observed:r?l:null,message:!r?"no values to compute a mean from":`mean ${fmt(l)} vs reference ${fmt(i)}: difference ${fmt(c)} ${u?"≤":">"} allowed ${fmt(o)}`,details:{reference_mean:i,reference_std:Number.isFinite(a)?a:null,difference:Number.isFinite(c)?c:null,allowed:Number.isFinite(o)?o:null,rule:"allowed = max(relative·|reference mean|, stds·reference std)"}})}}}function quantiles(e,t){const n=new Reservoir(F);const r=readNumbersAs(t);return{expectation:e,column:e.column,onBatch(e,t,B){const{values:s,state:a}=B.numbers(e,r);for(let e=0;e<t.length;e++)if(a[e]===i.dO)n.add(s[e])},finish(){const{q:r,relative:B,absolute:s}=e.params;const i=n.sorted();const a=order_statistics_orderStatistics(t);const o={};const l=r.map(e=>{const t=(0,I.YV)(a,e);const n=(0,I.YV)(i,e);const r=Math.max(B===undefined?-Infinity:B*Math.abs(t),s===undefined?-Infinity:s);const l=Math.abs(n-t);const c=Number.isFinite(l)&&l<=r;o[String(e)]=Number.isFinite(n)?n:null;return{q:e,current:Number.isFinite(n)?n:null,reference:t,difference:Number.isFinite(l)?l:null,allowed:r,ok:c}});const c=l.filter(e=>!e.ok);return makeResult(e,{success:c.length===0,element:r.length,unexpected:c.length,observed:o,message:c.length?c.map(e=>`q${e.q}: ${e.current===null?"no values":fmt(e.current)} vs reference ${fmt(e.reference)} (allowed ±${fmt(e.allowed)})`).join("; "):`all ${r.length} quantiles within tolerance`,details:{quantiles:l,current_mode:n.exact?"exact":`sample of ${F}`,reference_mode:t.exact?"exact":"sketch",rule:"allowed = max(relative·|reference quantile|, absolute); quantiles by linear interpolation (numpy default)"}})}}}function referenceProblem(e,t){if(!t){return fixedResult(e,false,`the reference profile has no column "${e.column}"`,{missing_reference_column:true})}if(e.kind!=="expect_column_psi_to_be_below"&&t.type==="category"){return fixedResult(e,false,`the reference column "${e.column}" is a category; ${e.kind} needs numbers`)}return undefined}function readNumbersAs(e,t){return e.type==="timestamp"||t==="timestamp"?"timestamp":"number"}function isNumberProfile(e){return e.type!=="category"}
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
var x=class RE2Flags{static FOLD_CASE=1;static LITERAL=2;static CLASS_NL=4;static DOT_NL=8;static ONE_LINE=16;static NON_GREEDY=32;static PERL_X=64;static UNICODE_GROUPS=128;static WAS_DOLLAR=256;static LOOKBEHIND=512;static MATCH_NL=RE2Flags.CLASS_NL|RE2Flags.DOT_NL;static PERL=RE2Flags.CLASS_NL|RE2Flags.ONE_LINE|RE2Flags.PERL_X|RE2Flags.UNICODE_GROUPS;static POSIX=0;static UNANCHORED=0;static ANCHOR_START=1;static ANCHOR_BOTH=2};const T={CASE_INSENSITIVE:1,DOTALL:2,MULTILINE:4,DISABLE_UNICODE_GROUPS:8,LONGEST_MATCH:16,LOOKBEHINDS:512};const N=128;const O=new Int32Array(N);const R=new Int32Array(N);const L=65535;for(let e=0;e<N;e++){if(e>=97&&e<=122)O[e]=e-32;else O[e]=e;if(e>=65&&e<=90)R[e]=e+32;else R[e]=e}var S=class{static CODES=Object.freeze({"":7,"\b":8,"\t":9,"\n":10,"\v":11,"\f":12,"\r":13," ":32,'"':34,$:36,"&":38,"'":39,"(":40,")":41,"*":42,"+":43,"-":45,".":46,0:48,1:49,2:50,3:51,4:52,5:53,6:54,7:55,8:56,9:57,":":58,"<":60,">":62,"?":63,A:65,B:66,C:67,F:70,P:80,Q:81,U:85,Z:90,"[":91,"\\":92,"]":93,"^":94,_:95,"`":96,a:97,b:98,f:102,i:105,m:109,n:110,r:114,s:115,t:116,v:118,x:120,z:122,"{":123,"|":124,"}":125});static toUpperCase(e){if(e<N)return O[e];const t=String.fromCodePoint(e).toUpperCase();const n=t.codePointAt(0)>L?2:1;if(t.length>n)return e;const r=String.fromCodePoint(t.codePointAt(0)).toLowerCase();const B=r.codePointAt(0)>L?2:1;if(r.length>B||r.codePointAt(0)!==e)return e;return t.codePointAt(0)}static toLowerCase(e){if(e<N)return R[e];const t=String.fromCodePoint(e).toLowerCase();const n=t.codePointAt(0)>L?2:1;if(t.length>n)return e;const r=String.fromCodePoint(t.codePointAt(0)).toUpperCase();const B=r.codePointAt(0)>L?2:1;if(r.length>B||r.codePointAt(0)!==e)return e;return t.codePointAt(0)}};var G=class{constructor(e,t=false){this.data=e;this.isStride1=t;this.SIZE=t?2:3}getLo(e){return this.data[e*this.SIZE]}getHi(e){return this.data[e*this.SIZE+1]}getStride(e){return this.isStride1?1:this.data[e*this.SIZE+2]}get length(){return this.data.length/this.SIZE}};const M="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";const H=new Uint8Array(256);for(let e=0;e<64;e++)H[M.charCodeAt(e)]=e;const decodeVLQ=e=>{const t=[];let n=0;let r=0;for(let B=0;B<e.length;B++){const s=H[e.charCodeAt(B)];n|=(s&31)<<r;if((s&32)===0){t.push(n);n=0;r=0}else r+=5}return t};const decodeRanges=(e,t)=>{const n=decodeVLQ(e);const r=t?n.length/2:n.length/3;const B=new Uint32Array(r*3);let s=0;let i=0;for(let e=0;e<r;e++){s+=n[i++];B[e*3]=s;s+=n[i++];B[e*3+1]=s;B[e*3+2]=t?1:n[i++]}return B};const decodeOrbit=e=>{const t=decodeVLQ(e);const n=new Map;let r=0;for(let e=0;e<t.length;e+=2){r+=t[e];const B=t[e+1];const s=B>>>1^-(B&1);n.set(r,r+s)}return n};var k=class{constructor(e){this.initializer=e;this.cache=new Map}has(e){return Object.hasOwn(this.initializer,e)}get(e){if(this.cache.has(e))return this.cache.get(e);const t=this.has(e)?this.initializer[e]():null;this.cache.set(e,t);return t}};var P=class{static _CASE_ORBIT=null;static get CASE_ORBIT(){if(!this._CASE_ORBIT)this._CASE_ORBIT=decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");return this._CASE_ORBIT}static _Print=null;static get Print(){if(!this._Print)this._Print=new G(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB",false));return this._Print}static CATEGORIES=new k({C:()=>new G(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB",false)),Cc:()=>new G(decodeRanges("AfgDgB",true)),Cf:()=>new G(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB",false)),Cn:()=>new G(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB",false)),Co:()=>new G(decodeRanges("gg4B-nGh4hc9--BD9--B",true)),Cs:()=>new G(decodeRanges("gg2B--B",true)),L:()=>new G(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",false)),LC:()=>new G(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB",false)),Ll:()=>new G(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB",false)),Lm:()=>new G(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB",false)),Lo:()=>new G(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",false)),Lt:()=>new G(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB",false)),Lu:()=>new G(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB",false)),M:()=>new G(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",false)),Mc:()=>new G(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB",false)),Me:()=>new G(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB",false)),Mn:()=>new G(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB",false)),N:()=>new G(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB",false)),Nd:()=>new G(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ",true)),Nl:()=>new G(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB",false)),No:()=>new G(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB",false)),P:()=>new G(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",false)),Pc:()=>new G(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB",false)),Pd:()=>new G(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",false)),Pe:()=>new G(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD",false)),Pf:()=>new G(decodeRanges("7F+6H+6HEddpuDCCFDDQEE",false)),Pi:()=>new G(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE",false)),Po:()=>new G(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB",false)),Ps:()=>new G(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB",false)),S:()=>new G(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",false)),Sc:()=>new G(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC",false)),Sk:()=>new G(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB",false)),Sm:()=>new G(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB",false)),So:()=>new G(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB",false)),Z:()=>new G(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB",false)),Zl:()=>new G(decodeRanges("ohIA",true)),Zp:()=>new G(decodeRanges("phIA",true)),Zs:()=>new G(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB",false)),ASCII_Hex_Digit:()=>new G(decodeRanges("wBJIFbF",true)),Alphabetic:()=>new G(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",false)),Dash:()=>new G(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J",false)),Emoji:()=>new G(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",false)),Emoji_Component:()=>new G(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB",false)),Emoji_Modifier:()=>new G(decodeRanges("7-8DE",true)),Emoji_Modifier_Base:()=>new G(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB",false)),Emoji_Presentation:()=>new G(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB",false)),Extended_Pictographic:()=>new G(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB",false)),Hex_Digit:()=>new G(decodeRanges("wBJIFbFq1-BJIFbF",true)),Lowercase:()=>new G(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB",false)),Math:()=>new G(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB",false)),Quotation_Mark:()=>new G(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB",false)),Terminal_Punctuation:()=>new G(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB",false)),Uppercase:()=>new G(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB",false)),White_Space:()=>new G(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB",false))});static SCRIPTS=new k({Adlam:()=>new G(decodeRanges("go6DrCFJFB",true)),Ahom:()=>new G(decodeRanges("g4lCaDOFW",true)),Anatolian_Hieroglyphs:()=>new G(decodeRanges("ggxCmS",true)),Arabic:()=>new G(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB",false)),Armenian:()=>new G(decodeRanges("xpBlBDxBDCks9BE",true)),Avestan:()=>new G(decodeRanges("g4iC1BEG",true)),Balinese:()=>new G(decodeRanges("g4GsCCxB",true)),Bamum:()=>new G(decodeRanges("g1pB3CpowB4R",true)),Bassa_Vah:()=>new G(decodeRanges("w26CdDF",true)),Batak:()=>new G(decodeRanges("g+GzBJD",true)),Bengali:()=>new G(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB",false)),Beria_Erfe:()=>new G(decodeRanges("g17CYDY",true)),Bhaiksuki:()=>new G(decodeRanges("ggnCICsBCNLc",true)),Bopomofo:()=>new G(decodeRanges("qXB6wLqBxDf",true)),Brahmi:()=>new G(decodeRanges("ggkCtCFjBKA",true)),Braille:()=>new G(decodeRanges("ggK-H",true)),Buginese:()=>new G(decodeRanges("gwGbDB",true)),Buhid:()=>new G(decodeRanges("g6FT",true)),Canadian_Aboriginal:()=>new G(decodeRanges("ggF-TxRlC7tgCP",true)),Carian:()=>new G(decodeRanges("g1gCwB",true)),Caucasian_Albanian:()=>new G(decodeRanges("wphCzBMA",true)),Chakma:()=>new G(decodeRanges("gokC0BCR",true)),Cham:()=>new G(decodeRanges("gwqB2BKNDJDD",true)),Cherokee:()=>new G(decodeRanges("g9E1CDFz7lBvC",true)),Chorasmian:()=>new G(decodeRanges("w9jCb",true)),Common:()=>new G(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB",false)),Coptic:()=>new G(decodeRanges("ifNxkKzDGG",true)),Cuneiform:()=>new G(decodeRanges("ggoC5cnDuDCEMjG",true)),Cypriot:()=>new G(decodeRanges("ggiCFBDCCBqBBCBBEDD",false)),Cypro_Minoan:()=>new G(decodeRanges("w8rCiD",true)),Cyrillic:()=>new G(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB",false)),Deseret:()=>new G(decodeRanges("gghCvC",true)),Devanagari:()=>new G(decodeRanges("goCwCFODZh7nBfhwcJ",true)),Dives_Akuru:()=>new G(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB",false)),Dogra:()=>new G(decodeRanges("ggmC7B",true)),Duployan:()=>new G(decodeRanges("ggvDqDGMEIIJDD",true)),Egyptian_Hieroglyphs:()=>new G(decodeRanges("ggsC1iBL68D",true)),Elbasan:()=>new G(decodeRanges("gohCnB",true)),Elymaic:()=>new G(decodeRanges("g-jCW",true)),Ethiopic:()=>new G(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB",false)),Garay:()=>new G(decodeRanges("gqjClBEcJB",true)),Georgian:()=>new G(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG",false)),Glagolitic:()=>new G(decodeRanges("ggL-Ch9sDGCQDGCBCE",true)),Gothic:()=>new G(decodeRanges("w5gCa",true)),Grantha:()=>new G(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB",false)),Greek:()=>new G(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB",false)),Gujarati:()=>new G(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB",false)),Gunjala_Gondi:()=>new G(decodeRanges("grnCFCBCkBCBCFIJ",true)),Gurmukhi:()=>new G(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB",false)),Gurung_Khema:()=>new G(decodeRanges("go4C5B",true)),Han:()=>new G(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB",false)),Hangul:()=>new G(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC",true)),Hanifi_Rohingya:()=>new G(decodeRanges("gojCnBJJ",true)),Hanunoo:()=>new G(decodeRanges("g5FU",true)),Hatran:()=>new G(decodeRanges("gniCSCBGE",true)),Hebrew:()=>new G(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB",false)),Hiragana:()=>new G(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB",false)),Imperial_Aramaic:()=>new G(decodeRanges("giiCVCI",true)),Inherited:()=>new G(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB",false)),Inscriptional_Pahlavi:()=>new G(decodeRanges("g7iCSGH",true)),Inscriptional_Parthian:()=>new G(decodeRanges("g6iCVDH",true)),Javanese:()=>new G(decodeRanges("gsqBtCDJFB",true)),Kaithi:()=>new G(decodeRanges("gkkCiCLA",true)),Kannada:()=>new G(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC",true)),Katakana:()=>new G(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB",false)),Kawi:()=>new G(decodeRanges("g4nCQCoBEc",true)),Kayah_Li:()=>new G(decodeRanges("goqBtBCA",true)),Kharoshthi:()=>new G(decodeRanges("gwiCDCBGHCCCcDCFJII",true)),Khitan_Small_Script:()=>new G(decodeRanges("k-7C84G84GB0OBqBAB",false)),Khmer:()=>new G(decodeRanges("g8F9CDJHJnPf",true)),Khojki:()=>new G(decodeRanges("gwkCRCuB",true)),Khudawadi:()=>new G(decodeRanges("w1kC6BGJ",true)),Kirat_Rai:()=>new G(decodeRanges("gq7C5B",true)),Lao:()=>new G(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB",false)),Latin:()=>new G(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB",false)),Lepcha:()=>new G(decodeRanges("ggH3BEOEC",true)),Limbu:()=>new G(decodeRanges("goGeBCLBFLBFEEBKB",false)),Linear_A:()=>new G(decodeRanges("gwhC2JKVLH",true)),Linear_B:()=>new G(decodeRanges("gggCLCZCSCBCODNjB6D",true)),Lisu:()=>new G(decodeRanges("wmpBvBx1eA",true)),Lycian:()=>new G(decodeRanges("g0gCc",true)),Lydian:()=>new G(decodeRanges("gpiCZGA",true)),Mahajani:()=>new G(decodeRanges("wqkCmB",true)),Makasar:()=>new G(decodeRanges("g3nCY",true)),Malayalam:()=>new G(decodeRanges("goDMCCCyBCCCFFPDZ",true)),Mandaic:()=>new G(decodeRanges("giCbDA",true)),Manichaean:()=>new G(decodeRanges("g2iCmBFL",true)),Marchen:()=>new G(decodeRanges("wjnCfDVCN",true)),Masaram_Gondi:()=>new G(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB",false)),Medefaidrin:()=>new G(decodeRanges("gy7C6C",true)),Meetei_Mayek:()=>new G(decodeRanges("g3qBWqGtBDJ",true)),Mende_Kikakui:()=>new G(decodeRanges("gg6DkGDP",true)),Meroitic_Cursive:()=>new G(decodeRanges("gtiCXFTDtB",true)),Meroitic_Hieroglyphs:()=>new G(decodeRanges("gsiCf",true)),Miao:()=>new G(decodeRanges("g47CqCF4BIQ",true)),Modi:()=>new G(decodeRanges("gwlCkCMJ",true)),Mongolian:()=>new G(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB",false)),Mro:()=>new G(decodeRanges("gy6CeCJFB",true)),Multani:()=>new G(decodeRanges("g0kCGBCCCBCBCOBCKB",false)),Myanmar:()=>new G(decodeRanges("ggE-EhqmBeiDfxibT",true)),Nabataean:()=>new G(decodeRanges("gkiCeJI",true)),Nag_Mundari:()=>new G(decodeRanges("wm5DpB",true)),Nandinagari:()=>new G(decodeRanges("gtmCHDtBDK",true)),New_Tai_Lue:()=>new G(decodeRanges("gsGrBFZHKEB",true)),Newa:()=>new G(decodeRanges("gglC7CCE",true)),Nko:()=>new G(decodeRanges("g+B6BDC",true)),Nushu:()=>new G(decodeRanges("h-7CvsQvsQBqMB",false)),Nyiakeng_Puachue_Hmong:()=>new G(decodeRanges("go4DsBENDJFB",true)),Ogham:()=>new G(decodeRanges("g0Fc",true)),Ol_Chiki:()=>new G(decodeRanges("wiHvB",true)),Ol_Onal:()=>new G(decodeRanges("wu5DqBFA",true)),Old_Hungarian:()=>new G(decodeRanges("gkjCyBOyBIF",true)),Old_Italic:()=>new G(decodeRanges("g4gCjBKC",true)),Old_North_Arabian:()=>new G(decodeRanges("g0iCf",true)),Old_Permic:()=>new G(decodeRanges("w6gCqB",true)),Old_Persian:()=>new G(decodeRanges("g9gCjBFN",true)),Old_Sogdian:()=>new G(decodeRanges("g4jCnB",true)),Old_South_Arabian:()=>new G(decodeRanges("gziCf",true)),Old_Turkic:()=>new G(decodeRanges("ggjCoC",true)),Old_Uyghur:()=>new G(decodeRanges("w7jCZ",true)),Oriya:()=>new G(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR",true)),Osage:()=>new G(decodeRanges("wlhCjBFjB",true)),Osmanya:()=>new G(decodeRanges("gkhCdDJ",true)),Pahawh_Hmong:()=>new G(decodeRanges("g46ClCLJCGCUGS",true)),Palmyrene:()=>new G(decodeRanges("gjiCf",true)),Pau_Cin_Hau:()=>new G(decodeRanges("g2mC4B",true)),Phags_Pa:()=>new G(decodeRanges("giqB3B",true)),Phoenician:()=>new G(decodeRanges("goiCbEA",true)),Psalter_Pahlavi:()=>new G(decodeRanges("g8iCRIDNG",true)),Rejang:()=>new G(decodeRanges("wpqBjBMA",true)),Runic:()=>new G(decodeRanges("g1FqCEK",true)),Samaritan:()=>new G(decodeRanges("ggCtBDO",true)),Saurashtra:()=>new G(decodeRanges("gkqBlCJL",true)),Sharada:()=>new G(decodeRanges("gskC-ChsCH",true)),Shavian:()=>new G(decodeRanges("wihCvB",true)),Siddham:()=>new G(decodeRanges("gslC1BDlB",true)),Sidetic:()=>new G(decodeRanges("gqiCZ",true)),SignWriting:()=>new G(decodeRanges("gg2DrUQECO",true)),Sinhala:()=>new G(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB",false)),Sogdian:()=>new G(decodeRanges("w5jCpB",true)),Sora_Sompeng:()=>new G(decodeRanges("wmkCYIJ",true)),Soyombo:()=>new G(decodeRanges("wymCyC",true)),Sundanese:()=>new G(decodeRanges("g8G-BhIH",true)),Sunuwar:()=>new G(decodeRanges("g+mChBPJ",true)),Syloti_Nagri:()=>new G(decodeRanges("ggqBsB",true)),Syriac:()=>new G(decodeRanges("g4BNC7BDCxIK",true)),Tagalog:()=>new G(decodeRanges("g4FVKA",true)),Tagbanwa:()=>new G(decodeRanges("g7FMCCCB",true)),Tai_Le:()=>new G(decodeRanges("wqGdDE",true)),Tai_Tham:()=>new G(decodeRanges("gxG+BCcDKHJHN",true)),Tai_Viet:()=>new G(decodeRanges("g0qBiCZE",true)),Tai_Yo:()=>new G(decodeRanges("g25DeCVJB",true)),Takri:()=>new G(decodeRanges("g0lC5BHJ",true)),Tamil:()=>new G(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB",false)),Tangsa:()=>new G(decodeRanges("wz6CuCCJ",true)),Tangut:()=>new G(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB",false)),Telugu:()=>new G(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII",true)),Thaana:()=>new G(decodeRanges("g8BxB",true)),Thai:()=>new G(decodeRanges("hwD5BGb",true)),Tibetan:()=>new G(decodeRanges("g4DnCCjBFmBCjBCOCGFB",true)),Tifinagh:()=>new G(decodeRanges("wpL3BIBPA",true)),Tirhuta:()=>new G(decodeRanges("gklCnCJJ",true)),Todhri:()=>new G(decodeRanges("guhCzB",true)),Tolong_Siki:()=>new G(decodeRanges("wtnCrBFJ",true)),Toto:()=>new G(decodeRanges("w04De",true)),Tulu_Tigalari:()=>new G(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB",false)),Ugaritic:()=>new G(decodeRanges("g8gCdCA",true)),Unknown:()=>new G(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB",false)),Vai:()=>new G(decodeRanges("gopBrJ",true)),Vithkuqi:()=>new G(decodeRanges("wrhCKCOCGCBCKCOCGCB",true)),Wancho:()=>new G(decodeRanges("g24D5BGA",true)),Warang_Citi:()=>new G(decodeRanges("glmCyCNA",true)),Yezidi:()=>new G(decodeRanges("g0jCpBCCDB",true)),Yi:()=>new G(decodeRanges("ggoBskBE2B",true)),Zanabazar_Square:()=>new G(decodeRanges("gwmCnC",true))});static FOLD_CATEGORIES=new k({L:()=>new G(decodeRanges("laA",true)),LC:()=>new G(decodeRanges("laA",true)),Ll:()=>new G(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",false)),Lt:()=>new G(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB",false)),Lu:()=>new G(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",false)),M:()=>new G(decodeRanges("5cgBgBlgHAB",false)),Mn:()=>new G(decodeRanges("5cgBgBlgHAB",false)),Emoji:()=>new G(decodeRanges("8mJA",true)),Extended_Pictographic:()=>new G(decodeRanges("8mJA",true)),Lowercase:()=>new G(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB",false)),Math:()=>new G(decodeRanges("ycGDCHHFMMDDDCHHFAB",false)),Uppercase:()=>new G(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB",false))});static FOLD_SCRIPT=new k({Common:()=>new G(decodeRanges("8cgBgB",false)),Greek:()=>new G(decodeRanges("1FwUwU",false)),Inherited:()=>new G(decodeRanges("5cgBgBlgHAB",false))})};var _=class Unicode{static MAX_RUNE=1114111;static RUNE_ERROR=65533;static isUnsearchable(e){return e===Unicode.RUNE_ERROR||e>=Unicode.MIN_HIGH_SURROGATE&&e<=Unicode.MAX_LOW_SURROGATE}static MAX_ASCII=127;static MAX_LATIN1=255;static MAX_BMP=65535;static MIN_FOLD=65;static MAX_FOLD=125251;static MIN_HIGH_SURROGATE=55296;static MAX_HIGH_SURROGATE=56319;static MIN_LOW_SURROGATE=56320;static MAX_LOW_SURROGATE=57343;static MIN_SUPPLEMENTARY_CODE_POINT=65536;static is32(e,t){let n=0;let r=e.length;while(n<r){const B=n+Math.floor((r-n)/2);const s=e.getLo(B);const i=e.getHi(B);if(s<=t&&t<=i){const n=e.getStride(B);return(t-s)%n===0}if(t<s)r=B;else n=B+1}return false}static is(e,t){if(t<=Unicode.MAX_LATIN1){for(let n=0;n<e.length;n++){if(t>e.getHi(n))continue;const r=e.getLo(n);if(t<r)return false;const B=e.getStride(n);return(t-r)%B===0}return false}return e.length>0&&t>=e.getLo(0)&&Unicode.is32(e,t)}static isPrint(e){if(e<=Unicode.MAX_LATIN1)return e>=32&&e<Unicode.MAX_ASCII||e>=161&&e!==173;return Unicode.is(P.Print,e)}static simpleFold(e){if(P.CASE_ORBIT.has(e))return P.CASE_ORBIT.get(e);if(e<=Unicode.MAX_ASCII){const t=S.toLowerCase(e);return t!==e?t:S.toUpperCase(e)}return e}static equalsIgnoreCase(e,t){if(e===t)return true;if(e<0||t<0)return false;if(e<=Unicode.MAX_ASCII&&t<=Unicode.MAX_ASCII){if(65<=e&&e<=90)e|=32;if(65<=t&&t<=90)t|=32;return e===t}for(let n=Unicode.simpleFold(e);n!==e;n=Unicode.simpleFold(n))if(n===t)return true;return false}};var U=class extends Error{constructor(e){super(e);this.name="RE2JSException"}};var J=class extends U{constructor(e,t=null){let n=`error parsing regexp: ${e}`;if(t)n+=`: \`${t}\``;super(n);this.name="RE2JSSyntaxException";this.message=n;this.error=e;this.input=t}getDescription(){return this.error}getPattern(){return this.input}};var q=class extends U{constructor(e){super(e);this.name="RE2JSCompileException"}};var Q=class extends U{constructor(e){super(e);this.name="RE2JSGroupException"}};var Y=class extends U{constructor(e){super(e);this.name="RE2JSFlagsException"}};var V=class extends U{constructor(e){super(e);this.name="RE2JSInternalException"}};const K=256;const z=new Uint8Array(K);for(let e=0;e<K;e++)z[e]=97<=e&&e<=122||65<=e&&e<=90||48<=e&&e<=57||e===95?1:0;let j=null;let W=null;var Z=class Utils{static METACHARACTERS="\\.+*?()|[]{}^$";static EMPTY_BEGIN_LINE=1;static EMPTY_END_LINE=2;static EMPTY_BEGIN_TEXT=4;static EMPTY_END_TEXT=8;static EMPTY_WORD_BOUNDARY=16;static EMPTY_NO_WORD_BOUNDARY=32;static EMPTY_ALL=-1;static emptyInts(){return[]}static isString(e){return typeof e==="string"||Object.prototype.toString.call(e)==="[object String]"}static typeName(e){if(e===null||typeof e!=="object"&&typeof e!=="function")return e===null?"null":typeof e;return Object.prototype.toString.call(e).slice(8,-1)}static checkPattern(e){if(!Utils.isString(e))throw new TypeError(`The pattern must be a string, not ${Utils.typeName(e)} (RE2JS.translateRegExp() converts a RegExp)`)}static checkInput(e){if(!Utils.isString(e)&&!Utils.isByteArray(e))throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(e)}`)}static checkFlags(e){const t=T.MULTILINE|T.DOTALL|T.CASE_INSENSITIVE|T.DISABLE_UNICODE_GROUPS|T.LONGEST_MATCH|T.LOOKBEHINDS;if(!Number.isInteger(e)||(e&~t)!==0)throw new Y("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS")}static isByteArray(e){return Array.isArray(e)||Object.prototype.toString.call(e)==="[object Uint8Array]"}static isalnum(e){return S.CODES["0"]<=e&&e<=S.CODES["9"]||S.CODES["a"]<=e&&e<=S.CODES["z"]||S.CODES["A"]<=e&&e<=S.CODES["Z"]}static unhex(e){if(S.CODES["0"]<=e&&e<=S.CODES["9"])return e-S.CODES["0"];if(S.CODES["a"]<=e&&e<=S.CODES["f"])return e-S.CODES["a"]+10;if(S.CODES["A"]<=e&&e<=S.CODES["F"])return e-S.CODES["A"]+10;return-1}static escapeRune(e){let t="";if(_.isPrint(e)){if(Utils.METACHARACTERS.indexOf(String.fromCodePoint(e))>=0)t+="\\";t+=String.fromCodePoint(e)}else switch(e){case S.CODES['"']:t+='\\"';break;case S.CODES["\\"]:t+="\\\\";break;case S.CODES["\t"]:t+="\\t";break;case S.CODES["\n"]:t+="\\n";break;case S.CODES["\r"]:t+="\\r";break;case S.CODES["\b"]:t+="\\b";break;case S.CODES["\f"]:t+="\\f";break;default:{let n=e.toString(16);if(e<256){t+="\\x";if(n.length===1)t+="0";t+=n}else t+=`\\x{${n}}`;break}}return t}static stringToRunes(e){const t=String(e);const n=[];let r=0;while(r<t.length){const e=t.codePointAt(r);n.push(e);r+=e>_.MAX_BMP?2:1}return new Int32Array(n)}static runeToString(e){return String.fromCodePoint(e)}static isWordRune(e){return e<K?z[e]===1:false}static emptyOpContext(e,t){let n=0;if(e<0)n|=Utils.EMPTY_BEGIN_TEXT|Utils.EMPTY_BEGIN_LINE;if(e===10)n|=Utils.EMPTY_BEGIN_LINE;if(t<0)n|=Utils.EMPTY_END_TEXT|Utils.EMPTY_END_LINE;if(t===10)n|=Utils.EMPTY_END_LINE;if(Utils.isWordRune(e)!==Utils.isWordRune(t))n|=Utils.EMPTY_WORD_BOUNDARY;else n|=Utils.EMPTY_NO_WORD_BOUNDARY;return n}static quoteMeta(e){return e.split("").map(e=>{if(Utils.METACHARACTERS.indexOf(e)>=0)return`\\${e}`;return e}).join("")}static charCount(e){return e>_.MAX_BMP?2:1}static toArray(e){const t=e.length;const n=new Array(t);for(let r=0;r<t;r++)n[r]=e[r];return n}static stringToUtf8ByteArray(e){if(globalThis.TextEncoder){if(!j)j=new TextEncoder;return j.encode(e)}else{let t=[],n=0;for(let r=0;r<e.length;r++){let B=e.charCodeAt(r);if(B<128)t[n++]=B;else if(B<2048){t[n++]=B>>6|192;t[n++]=B&63|128}else if((B&64512)===_.MIN_HIGH_SURROGATE&&r+1<e.length&&(e.charCodeAt(r+1)&64512)===_.MIN_LOW_SURROGATE){B=_.MIN_SUPPLEMENTARY_CODE_POINT+((B&1023)<<10)+(e.charCodeAt(++r)&1023);t[n++]=B>>18|240;t[n++]=B>>12&63|128;t[n++]=B>>6&63|128;t[n++]=B&63|128}else{t[n++]=B>>12|224;t[n++]=B>>6&63|128;t[n++]=B&63|128}}return t}}static utf8ByteArrayToString(e){if(globalThis.TextDecoder){if(!W)W=new TextDecoder("utf-8");const t=e instanceof Uint8Array?e:new Uint8Array(e);return W.decode(t)}else{let t=[],n=0,r=0;while(n<e.length){let B=e[n++];if(B<128)t[r++]=String.fromCharCode(B);else if(B>191&&B<224){let s=e[n++];t[r++]=String.fromCharCode((B&31)<<6|s&63)}else if(B>239&&B<365){let s=e[n++];let i=e[n++];let a=e[n++];let o=((B&7)<<18|(s&63)<<12|(i&63)<<6|a&63)-_.MIN_SUPPLEMENTARY_CODE_POINT;t[r++]=String.fromCharCode(_.MIN_HIGH_SURROGATE+(o>>10));t[r++]=String.fromCharCode(_.MIN_LOW_SURROGATE+(o&1023))}else{let s=e[n++];let i=e[n++];t[r++]=String.fromCharCode((B&15)<<12|(s&63)<<6|i&63)}}return t.join("")}}};const createEnum=(e=[],t=0)=>{const n=Object.create(null);for(let r=0;r<e.length;r++){const B=e[r];const s=t+r;n[B]=s;n[s]=B}return Object.freeze(n)};var X=class MatcherInputBase{static Encoding=createEnum(["UTF_16","UTF_8"]);getEncoding(){throw Error("not implemented")}asCharSequence(){throw Error("not implemented")}asBytes(){throw Error("not implemented")}length(){throw Error("not implemented")}isUTF8Encoding(){return this.getEncoding()===MatcherInputBase.Encoding.UTF_8}isUTF16Encoding(){return this.getEncoding()===MatcherInputBase.Encoding.UTF_16}};var $=class extends X{constructor(e=null){super();this.bytes=e}getEncoding(){return X.Encoding.UTF_8}asCharSequence(){return Z.utf8ByteArrayToString(this.bytes)}asBytes(){return this.bytes}length(){return this.bytes.length}};var ee=class extends X{constructor(e=null){super();this.charSequence=e}getEncoding(){return X.Encoding.UTF_16}asCharSequence(){return this.charSequence}asBytes(){return Z.stringToUtf8ByteArray(this.charSequence.toString())}length(){return this.charSequence.length}};var te=class{static utf16(e){Z.checkInput(e);return new ee(e)}static utf8(e){if(Z.isByteArray(e))return new $(e);return new $(Z.stringToUtf8ByteArray(e))}};var ne=class{static EOF(){return-8}constructor(){this.start=0;this.end=0}canCheckPrefix(){return true}endPos(){return this.end-this.start}hasString(){return false}hasAnyString(){return false}prefixLength(){return 0}};var Be=class MachineUTF8Input extends ne{static RUNE_ERROR_STEP=_.RUNE_ERROR<<3|1;constructor(e,t=0,n=e.length){super();this.bytes=e;this.start=t;this.end=n}hasString(e,t){const n=e.bytes;if(n.length===0)return true;const r=this.indexOf(this.bytes,n,this.start+t);return r!==-1&&r<=this.end-n.length}hasAnyString(e,t){return e.automaton8().searchUTF8(this.bytes,this.start+t,this.end)}step(e){e+=this.start;if(e>=this.end)return ne.EOF();const t=this.bytes[e]&255;if(t<128)return t<<3|1;let n;let r;let B=128;let s=191;if(t>=194&&t<=223){n=2;r=t&31}else if(t>=224&&t<=239){n=3;r=t&15;if(t===224)B=160;else if(t===237)s=159}else if(t>=240&&t<=244){n=4;r=t&7;if(t===240)B=144;else if(t===244)s=143}else return MachineUTF8Input.RUNE_ERROR_STEP;if(e+n>this.end)return MachineUTF8Input.RUNE_ERROR_STEP;const i=this.bytes[e+1]&255;if(i<B||i>s)return MachineUTF8Input.RUNE_ERROR_STEP;r=r<<6|i&63;if(n>2){const t=this.bytes[e+2]&255;if((t&192)!==128)return MachineUTF8Input.RUNE_ERROR_STEP;r=r<<6|t&63;if(n>3){const t=this.bytes[e+3]&255;if((t&192)!==128)return MachineUTF8Input.RUNE_ERROR_STEP;r=r<<6|t&63}}return r<<3|n}index(e,t){t+=this.start;const n=this.indexOf(this.bytes,e.prefixUTF8,t);return n<0?n:n-t}context(e){e+=this.start;let t=-1;if(e>this.start&&e<=this.end){let n=e-1;t=this.bytes[n--];if(t>=128){let r=e-4;if(r<this.start)r=this.start;while(n>=r&&(this.bytes[n]&192)===128)n--;if(n<this.start)n=this.start;const B=this.step(n-this.start);t=n+(B&7)===e?B>>3:_.RUNE_ERROR}}const n=e<this.end?this.step(e-this.start)>>3:-1;return Z.emptyOpContext(t,n)}indexOf(e,t,n=0){let r=t.length;if(r===0)return n<=this.end?n:-1;const B=t[0];let s=this.end-r;const i=typeof e.indexOf==="function";let a=n;while(a<=s){if(i){a=e.indexOf(B,a);if(a===-1||a>s)return-1}else{while(a<=s&&e[a]!==B)a++;if(a>s)return-1}let n=true;for(let B=1;B<r;B++)if(e[a+B]!==t[B]){n=false;break}if(n)return a;a++}return-1}prefixLength(e){return e.prefixUTF8.length}};var se=class extends ne{constructor(e,t=0,n=e.length){super();this.charSequence=e;this.start=t;this.end=n}hasString(e,t){const n=this.charSequence.indexOf(e.str,this.start+t);return n!==-1&&n<=this.end-e.str.length}hasAnyString(e,t){return e.automaton16().searchUTF16(this.charSequence,this.start+t,this.end)}step(e){e+=this.start;if(e>=this.end)return ne.EOF();const t=this.charSequence.charCodeAt(e);if(t<_.MIN_HIGH_SURROGATE||t>_.MAX_HIGH_SURROGATE||e+1>=this.end)return t<<3|1;const n=this.charSequence.charCodeAt(e+1);if(n>=_.MIN_LOW_SURROGATE&&n<=_.MAX_LOW_SURROGATE)return(t-_.MIN_HIGH_SURROGATE)*1024+(n-_.MIN_LOW_SURROGATE)+_.MIN_SUPPLEMENTARY_CODE_POINT<<3|2;return t<<3|1}index(e,t){t+=this.start;const n=this.charSequence.indexOf(e.prefix,t);if(n<0||n>this.end-e.prefix.length)return-1;return n-t}context(e){e+=this.start;const t=e>this.start&&e<=this.end?this.charSequence.charCodeAt(e-1):-1;const n=e<this.end?this.charSequence.charCodeAt(e):-1;return Z.emptyOpContext(t,n)}prefixLength(e){return e.prefix.length}};var ie=class{static fromUTF8(e,t=0,n=e.length){return new Be(e,t,n)}static fromUTF16(e,t=0,n=void 0){Z.checkInput(e);return new se(e,t,n??e.length)}};var ae=class Matcher{static MAX_REPLACER_ARGS=65535;static quoteReplacement(e,t=false){if(t){if(e.indexOf("\\")<0&&e.indexOf("$")<0)return e;return e.split("").map(e=>{const t=e.codePointAt(0);if(t===S.CODES["\\"]||t===S.CODES["$"])return`\\${e}`;return e}).join("")}if(e.indexOf("$")<0)return e;return e.split("").map(e=>{if(e.codePointAt(0)===S.CODES["$"])return"$$";return e}).join("")}constructor(e,t){if(e===null)throw new Error("pattern is null");this.patternInput=e;const n=this.patternInput.re2();this.patternGroupCount=n.numberOfCapturingGroups();this.groups=[];this.namedGroups=n.namedGroups;this.hasNamedGroups=Object.keys(this.namedGroups).length>0;this.numberOfInstructions=n.numberOfInstructions();this.lookbehindState=null;if(t instanceof X)this.resetMatcherInput(t);else if(Z.isByteArray(t))this.resetMatcherInput(te.utf8(t));else this.resetMatcherInput(te.utf16(t))}pattern(){return this.patternInput}reset(){this.matcherInputLength=this.matcherInput.length();this.appendPos=0;this.hasMatch=false;this.hasGroups=false;this.anchorFlag=0;return this}resetMatcherInput(e){if(e===null)throw new Error("input is null");if(!(e instanceof X)){if(Z.isByteArray(e))e=te.utf8(e);else e=te.utf16(e)}this.matcherInput=e;if(this.lookbehindState!==null)this.lookbehindState.reset();else this.lookbehindState=this.patternInput.re2().createLookbehindState();this.reset();return this}start(e=0){if(typeof e==="string"){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new Q(`group '${e}' not found`);e=t}this.loadGroup(e);return this.groups[2*e]}end(e=0){if(typeof e==="string"){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new Q(`group '${e}' not found`);e=t}this.loadGroup(e);return this.groups[2*e+1]}programSize(){return this.numberOfInstructions}group(e=0){if(typeof e==="string"){const t=this.namedGroups[e];if(!Number.isFinite(t))throw new Q(`group '${e}' not found`);e=t}const t=this.start(e);const n=this.end(e);if(t<0&&n<0)return null;return this.substring(t,n)}getNamedGroups(){if(!this.hasMatch)throw new Q("perhaps no match attempted");const e=Object.create(null);for(const t of Object.keys(this.namedGroups))e[t]=this.group(t);return e}groupCount(){return this.patternGroupCount}loadGroup(e){if(!Number.isInteger(e)||e<0||e>this.patternGroupCount)throw new Q(`Group index out of bounds: ${e}`);if(!this.hasMatch)throw new Q("perhaps no match attempted");if(e===0||this.hasGroups)return;const t=this.matcherInputLength;const n=this.patternInput.re2().matchMachineInput(this.matcherInput,this.groups[0],t,this.anchorFlag,1+this.patternGroupCount,this.lookbehindState);if(!n[0])throw new Q("inconsistency in matching group data");this.groups=n[1];this.hasGroups=true}matches(){return this.genMatch(0,x.ANCHOR_BOTH)}lookingAt(){return this.genMatch(0,x.ANCHOR_START)}find(e=null){if(e!==null){if(!Number.isInteger(e)||e<0||e>this.matcherInputLength)throw new Q(`start index out of bounds: ${e}`);this.reset();return this.genMatch(e,0)}e=0;if(this.hasMatch){e=this.groups[1];if(this.groups[0]===this.groups[1]){const t=(this.matcherInput.isUTF16Encoding()?ie.fromUTF16(this.matcherInput.asCharSequence(),0,this.matcherInputLength):ie.fromUTF8(this.matcherInput.asBytes(),0,this.matcherInputLength)).step(e);if(t<0)e++;else e+=t&7}}return this.genMatch(e,x.UNANCHORED)}genMatch(e,t){const n=this.patternInput.re2().matchMachineInput(this.matcherInput,e,this.matcherInputLength,t,1,this.lookbehindState);if(!n[0]){this.hasMatch=false;return false}this.groups=n[1];this.hasMatch=true;this.hasGroups=this.patternGroupCount===0;this.anchorFlag=t;return true}substring(e,t){if(this.matcherInput.isUTF8Encoding())return Z.utf8ByteArrayToString(this.matcherInput.asBytes().slice(e,t));return this.matcherInput.asCharSequence().substring(e,t).toString()}inputLength(){return this.matcherInputLength}appendReplacement(e,t=false){let n="";const r=this.start();const B=this.end();if(this.appendPos<r)n+=this.substring(this.appendPos,r);this.appendPos=B;n+=t?this.appendReplacementInternalJava(e):this.appendReplacementInternalJs(e);return n}appendReplacementInternalJava(e){let t="";let n=0;const r=e.length;let B=0;while(B<r){const s=e.codePointAt(B);if(s===S.CODES["\\"]){if(n<B)t+=e.substring(n,B);B++;if(B>=r)throw new Q("character to be escaped is missing");n=B;B++;continue}if(s===S.CODES["$"]){if(n<B)t+=e.substring(n,B);if(B+1>=r)throw new Q("Illegal group reference: group index is missing");const s=e.codePointAt(B+1);if(S.CODES["0"]<=s&&s<=S.CODES["9"]){let i=s-S.CODES["0"];let a=B+2;for(;a<r;a++){const t=e.codePointAt(a);if(t<S.CODES["0"]||t>S.CODES["9"]||i*10+t-S.CODES["0"]>this.patternGroupCount)break;i=i*10+t-S.CODES["0"]}if(i>this.patternGroupCount)throw new Q(`n > number of groups: ${i}`);const o=this.group(i);if(o!==null)t+=o;B=a;n=B}else if(s===S.CODES["{"]){let s=B+2;while(s<r&&e.codePointAt(s)!==S.CODES["}"])s++;if(s>=r)throw new Q("named capture group is missing trailing '}'");const i=e.substring(B+2,s);const a=this.group(i);if(a!==null)t+=a;B=s+1;n=B}else throw new Q("Illegal group reference");continue}B++}if(n<r)t+=e.substring(n,r);return t}appendReplacementInternalJs(e){const isDigit=e=>e>=48&&e<=57;const t=this.patternGroupCount;let n="";let r=0;while(r<e.length){const B=e.indexOf("$",r);if(B<0)break;n+=e.substring(r,B);r=B;const s=e.charCodeAt(r+1);if(s===S.CODES["$"]){n+="$";r+=2}else if(s===S.CODES["&"]){n+=this.group(0);r+=2}else if(s===S.CODES["`"]){n+=this.substring(0,this.start(0));r+=2}else if(s===S.CODES["'"]){n+=this.substring(this.end(0),this.matcherInputLength);r+=2}else if(isDigit(s)){let B=1;let i=s-48;const a=e.charCodeAt(r+2);if(isDigit(a)&&i*10+a-48<=t){B=2;i=i*10+a-48}if(i>=1&&i<=t){const e=this.group(i);if(e!==null)n+=e}else n+=e.substring(r,r+1+B);r+=1+B}else if(s===S.CODES["<"]&&this.hasNamedGroups){const t=e.indexOf(">",r+2);if(t<0){n+="$<";r+=2}else{const B=e.substring(r+2,t);if(Object.hasOwn(this.namedGroups,B)){const e=this.group(B);if(e!==null)n+=e}r=t+1}}else{n+="$";r+=1}}return n+e.substring(r)}appendTail(){return this.substring(this.appendPos,this.matcherInputLength)}replaceAll(e,t=false){return this.replace(e,true,t)}replaceFirst(e,t=false){return this.replace(e,false,t)}replace(e,t=true,n=false){let r="";this.reset();const B=typeof e==="function";let s=null;if(B){if(this.groupCount()>=Matcher.MAX_REPLACER_ARGS)throw new Q("Too many capture groups to safely invoke replacer function");s=this.matcherInput.isUTF8Encoding()?this.matcherInput.asBytes():this.matcherInput.asCharSequence()}while(this.find()){r+=B?this.appendReplacementFunc(e,s):this.appendReplacement(e,n);if(!t)break}r+=this.appendTail();return r}appendReplacementFunc(e,t){let n="";const r=this.start();const B=this.end();if(this.appendPos<r)n+=this.substring(this.appendPos,r);this.appendPos=B;const s=this.matchArray();s.push(r,t);if(this.hasNamedGroups)s.push(this.namedGroupsObject());n+=String(e(...s));return n}matchArray(){const e=[this.group(0)];for(let t=1;t<=this.patternGroupCount;t++){const n=this.group(t);e.push(n===null?void 0:n)}return e}namedGroupsObject(){if(!this.hasNamedGroups)return;const e=this.getNamedGroups();for(const t in e)if(e[t]===null)e[t]=void 0;return e}};var oe=class Inst{static ALT=1;static ALT_MATCH=2;static CAPTURE=3;static EMPTY_WIDTH=4;static FAIL=5;static MATCH=6;static NOP=7;static RUNE=8;static RUNE1=9;static RUNE_ANY=10;static RUNE_ANY_NOT_NL=11;static LB_WRITE=12;static LB_CHECK=13;static isRuneOp(e){return Inst.RUNE<=e&&e<=Inst.RUNE_ANY_NOT_NL}static escapeRunes(e){let t='"';for(let n of e)t+=Z.escapeRune(n);t+='"';return t}constructor(e){this.op=e;this.out=0;this.arg=0;this.runes=new Int32Array(0);this.next=null}matchRune(e){if(this.runes.length===1){const t=this.runes[0];if((this.arg&x.FOLD_CASE)!==0)return _.equalsIgnoreCase(t,e);return e===t}const t=this.runes.length;if(t===0)return false;if(t===2||t===4||t===6||t===8){for(let n=0;n<t;n+=2){if(e<this.runes[n])return false;if(e<=this.runes[n+1])return true}return false}let n=0;let r=t>>1;while(r>1){const t=r>>1;n+=this.runes[n+t<<1]<=e?t:0;r-=t}n+=this.runes[n<<1]<=e?1:0;const B=n-1;return B>=0&&e<=this.runes[B<<1|1]}matchRunePos(e){if(this.runes.length===1){const t=this.runes[0];if((this.arg&x.FOLD_CASE)!==0)return _.equalsIgnoreCase(t,e)?0:-1;return e===t?0:-1}const t=this.runes.length;if(t===0)return-1;if(t===2||t===4||t===6||t===8){for(let n=0;n<t;n+=2){if(e<this.runes[n])return-1;if(e<=this.runes[n+1])return Math.floor(n/2)}return-1}let n=0;let r=t>>1;while(r>1){const t=r>>1;n+=this.runes[n+t<<1]<=e?t:0;r-=t}n+=this.runes[n<<1]<=e?1:0;const B=n-1;return B>=0&&e<=this.runes[B<<1|1]?B:-1}toString(){switch(this.op){case Inst.ALT:return`alt -> ${this.out}, ${this.arg}`;case Inst.ALT_MATCH:return`altmatch -> ${this.out}, ${this.arg}`;case Inst.CAPTURE:return`cap ${this.arg} -> ${this.out}`;case Inst.EMPTY_WIDTH:return`empty ${this.arg} -> ${this.out}`;case Inst.MATCH:return`match${this.arg!==0?` ${this.arg}`:""}`;case Inst.FAIL:return"fail";case Inst.NOP:return`nop -> ${this.out}`;case Inst.LB_WRITE:return`lbwrite ${this.arg} -> ${this.out}`;case Inst.LB_CHECK:return`lbcheck ${this.arg} -> ${this.out}`;case Inst.RUNE:if(this.runes===null)return"rune <null>";return["rune ",Inst.escapeRunes(this.runes),(this.arg&x.FOLD_CASE)!==0?"/i":""," -> ",this.out].join("");case Inst.RUNE1:return`rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;case Inst.RUNE_ANY:return`any -> ${this.out}`;case Inst.RUNE_ANY_NOT_NL:return`anynotnl -> ${this.out}`;default:throw new Error("unhandled case in Inst.toString")}}};var le=class Queue{constructor(e){this.sparse=new Int32Array(e);this.densePcs=new Int32Array(e);this.denseCaps=null;this.size=0;this.ncap=0;this.mainThreads=0}static INITIAL_THREADS=32;init(e){this.ncap=e;const t=Math.min(this.densePcs.length,Queue.INITIAL_THREADS)*e;if(!this.denseCaps||this.denseCaps.length<t)this.denseCaps=new Int32Array(t)}growCaps(e){const t=this.densePcs.length*this.ncap;const n=new Int32Array(Math.min(t,Math.max(e,2*this.denseCaps.length)));n.set(this.denseCaps);this.denseCaps=n}contains(e){const t=this.sparse[e];return t<this.size&&this.densePcs[t]===e}isEmpty(){return this.size===0}add(e){const t=this.size++;this.sparse[e]=t;this.densePcs[t]=e;return t}clear(){this.size=0;this.mainThreads=0}toString(){let e="{";for(let t=0;t<this.size;t++){if(t!==0)e+=", ";e+=this.densePcs[t]}e+="}";return e}};var ce=class{constructor(e){this.pos=-1;this.pcs=new Int32Array(e.numInst());this.size=0;this.lbTable=new Int32Array(e.numLb+1)}reset(){this.pos=-1;this.size=0}};var ue=class Machine{static fromRE2(e){const t=new Machine;t.prog=e.prog;t.re2=e;t.q0=new le(t.prog.numInst());t.q1=new le(t.prog.numInst());t.addStack=new Int32Array(2*(t.prog.numInst()+1));t.matched=false;t.matchcap=new Int32Array(t.prog.numCap<2?2:t.prog.numCap);t.ncap=0;return t}constructor(){this.prog=null;this.re2=null;this.q0=null;this.q1=null;this.addStack=null;this.matched=false;this.matchcap=null;this.ncap=0;this.lbTable=null}init(e){this.ncap=e;if(e>this.matchcap.length)this.matchcap=new Int32Array(e).fill(-1);else this.matchcap.fill(-1);this.q0.init(e);this.q1.init(e);if(this.prog.numLb>0){if(!this.lbTable||this.lbTable.length<this.prog.numLb+1)this.lbTable=new Int32Array(this.prog.numLb+1);this.lbTable.fill(-1)}}submatches(){if(this.ncap===0)return Z.emptyInts();return Z.toArray(this.matchcap.subarray(0,this.ncap))}match(e,t,n,r=null){const B=this.re2.cond;if(B===Z.EMPTY_ALL)return false;if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&t!==0)return false;this.matched=false;this.matchcap.fill(-1);const s=this.prog.numLb>0;const i=t;let a=t;let o=false;if(s){if(r!==null&&r.pos>=0&&r.pos<=t){a=r.pos;o=true}else a=0}let l=s&&r!==null;let c=this.q0;let u=this.q1;let f=e.step(a);let C=f>>3;let h=f&7;let p=-1;let d=0;if(f!==ne.EOF()){f=e.step(a+h);p=f>>3;d=f&7}let g;if(a===0)g=Z.emptyOpContext(-1,C);else g=e.context(a);if(s){if(o)this.restoreLookbehinds(r,c,g);else this.spawnLookbehinds(c,a,g)}while(true){if(c.mainThreads===0){if((B&Z.EMPTY_BEGIN_TEXT)!==0&&a!==0)break;if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&a!==0)break;if(this.matched)break;if(this.prog.numLb===0&&c.isEmpty()&&!(this.re2.prefix.length===0)&&p!==this.re2.prefixRune&&e.canCheckPrefix()){const t=e.index(this.re2,a);if(t<0)break;a+=t;f=e.step(a);C=f>>3;h=f&7;f=e.step(a+h);p=f>>3;d=f&7;g=e.context(a)}}if(a>=i){if(l){this.saveLookbehinds(r,c,a);l=false}if(!this.matched&&(a===0||n===x.UNANCHORED)){if(this.ncap>0)this.matchcap[0]=a;this.add(c,this.prog.start,a,this.matchcap,0,g)}}const t=a+h;g=e.context(t);this.step(c,u,a,t,C,g,n,a===e.endPos());if(h===0)break;if(this.ncap===0&&this.matched)break;a+=h;C=p;h=d;if(C!==-1){f=e.step(a+h);p=f>>3;d=f&7}const s=c;c=u;u=s}c.clear();u.clear();return this.matched}matchSet(e,t,n){const r=this.re2.cond;if(r===Z.EMPTY_ALL)return[];if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&t!==0)return[];let B=this.prog.numLb>0?0:t;let s=t;let i=this.q0;let a=this.q1;let o=e.step(B);let l=o>>3;let c=o&7;let u=-1;let f=0;if(o!==ne.EOF()){o=e.step(B+c);u=o>>3;f=o&7}let C=B===0?Z.emptyOpContext(-1,l):e.context(B);const h=new Set;if(this.prog.numLb>0)this.spawnLookbehinds(i,B,C);while(true){if(i.mainThreads===0){if((r&Z.EMPTY_BEGIN_TEXT)!==0&&B!==0)break;if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&B!==0)break}if(B===0||n===x.UNANCHORED){if(B>=s)this.add(i,this.prog.start,B,this.matchcap,0,C)}const t=B+c;C=e.context(t);for(let r=0;r<i.size;r++){const s=i.densePcs[r];const o=this.prog.inst[s];const c=r*this.ncap;let u=false;switch(o.op){case oe.MATCH:if(n===x.ANCHOR_BOTH&&B!==e.endPos())break;h.add(o.arg);break;case oe.RUNE:u=o.matchRune(l);break;case oe.RUNE1:u=l===o.runes[0];break;case oe.RUNE_ANY:u=true;break;case oe.RUNE_ANY_NOT_NL:u=l!==10;break;default:continue}if(u)this.add(a,o.out,t,i.denseCaps,c,C)}i.clear();if(c===0)break;B+=c;l=u;c=f;if(l!==-1){o=e.step(B+c);u=o>>3;f=o&7}const p=i;i=a;a=p}a.clear();return Array.from(h).sort((e,t)=>e-t)}step(e,t,n,r,B,s,i,a){const o=this.re2.longest;for(let l=0;l<e.size;l++){const c=e.densePcs[l];const u=l*this.ncap;if(o&&this.matched&&this.ncap>0&&this.matchcap[0]<e.denseCaps[u])continue;const f=this.prog.inst[c];let C=false;switch(f.op){case oe.MATCH:if(i===x.ANCHOR_BOTH&&!a)break;if(this.ncap>0&&(!o||!this.matched||this.matchcap[1]<n)){e.denseCaps[u+1]=n;for(let t=0;t<this.ncap;t++)this.matchcap[t]=e.denseCaps[u+t]}if(!o)e.size=0;this.matched=true;break;case oe.RUNE:C=f.matchRune(B);break;case oe.RUNE1:C=B===f.runes[0];break;case oe.RUNE_ANY:C=true;break;case oe.RUNE_ANY_NOT_NL:C=B!==10;break;default:continue}if(C)this.add(t,f.out,r,e.denseCaps,u,s)}e.clear()}spawnLookbehinds(e,t,n){for(let r=0;r<this.prog.lbStarts.length;r++)this.add(e,this.prog.lbStarts[r],t,this.matchcap,0,n)}restoreLookbehinds(e,t,n){this.lbTable.set(e.lbTable);for(let r=0;r<e.size;r++)this.add(t,e.pcs[r],e.pos,this.matchcap,0,n)}saveLookbehinds(e,t,n){let r=0;for(let n=0;n<t.size;n++){const B=t.densePcs[n];if(this.prog.lbInst[B]===1&&oe.isRuneOp(this.prog.inst[B].op))e.pcs[r++]=B}e.size=r;e.pos=n;e.lbTable.set(this.lbTable)}add(e,t,n,r,B,s){const i=this.addStack;let a=0;for(;;){while(t!==0&&!e.contains(t)){const o=e.add(t);const l=this.prog.inst[t];switch(l.op){case oe.FAIL:t=0;break;case oe.ALT:case oe.ALT_MATCH:i[a++]=l.arg;i[a++]=0;t=l.out;break;case oe.EMPTY_WIDTH:t=(l.arg&~s)===0?l.out:0;break;case oe.NOP:t=l.out;break;case oe.CAPTURE:if(l.arg<this.ncap){i[a++]=-l.arg-1;i[a++]=r[B+l.arg];r[B+l.arg]=n}t=l.out;break;case oe.LB_WRITE:this.lbTable[Math.abs(l.arg)]=n;t=l.out;break;case oe.LB_CHECK:if(l.arg>0)t=this.lbTable[l.arg]===n?l.out:0;else t=this.lbTable[-l.arg]!==n?l.out:0;break;case oe.MATCH:case oe.RUNE:case oe.RUNE1:case oe.RUNE_ANY:case oe.RUNE_ANY_NOT_NL:if(this.prog.lbInst[t]===0)e.mainThreads++;if(this.ncap>0){const t=o*this.ncap;if(t+this.ncap>e.denseCaps.length)e.growCaps(t+this.ncap);for(let n=0;n<this.ncap;n++)e.denseCaps[t+n]=r[B+n]}t=0;break;default:throw new V("unhandled")}}if(a===0)return;a-=2;const o=i[a];if(o<0){r[B-o-1]=i[a+1];t=0}else t=o}}};const hashState=(e,t,n)=>{let r=-2128831035;for(let t=0;t<e.length;t++){r^=e[t];r=Math.imul(r,16777619)}r^=t;r=Math.imul(r,16777619);for(let e=0;e<n.length;e++){r^=n[e];r=Math.imul(r,16777619)}return r};const arraysEqual=(e,t)=>{if(e.length!==t.length)return false;for(let n=0;n<e.length;n++)if(e[n]!==t[n])return false;return true};const isState=(e,t,n,r)=>e.flag===n&&arraysEqual(e.nfaStates,t)&&arraysEqual(e.matchIDs,r);const fe=[];const Ce=-1;var he=class{constructor(e,t,n){this.nfaStates=e;this.flag=t;this.isMatch=(t&pe.FLAG_MATCH)!==0;this.matchIDs=n;this.next=null;this.nextAnchored=null}};var pe=class DFA{static FLAG_EMPTY_MASK=255;static FLAG_MATCH=256;static FLAG_LAST_WORD=512;static FLAG_NEED_SHIFT=16;static STATE_OVERHEAD=150;static ARRAY_OVERHEAD=40;static ELEMENT_SIZE=8;static TABLE_OVERHEAD=48;static PROGRESS_PER_STATE=10;constructor(e,t=8388608){this.prog=e;this.maxMem=t;this.stateCache=new Map;this.stateCount=0;this.startStates=new Map;this.failed=false;for(let t=0;t<e.numInst();t++){const n=e.getInst(t).op;if(n===oe.LB_WRITE||n===oe.LB_CHECK){this.failed=true;break}}this.computeRuneClasses();this.stateBudget=t;this.memBudget=t}computeRuneClasses(){const e=new Set;const addRange=(t,n)=>{e.add(t);e.add(n+1)};for(let e=0;e<this.prog.numInst();e++){const t=this.prog.getInst(e);switch(t.op){case oe.RUNE:case oe.RUNE1:if(t.runes.length===1){addRange(t.runes[0],t.runes[0]);if((t.arg&x.FOLD_CASE)!==0)for(let e=_.simpleFold(t.runes[0]);e!==t.runes[0];e=_.simpleFold(e))addRange(e,e)}else for(let e=0;e<t.runes.length;e+=2)addRange(t.runes[e],t.runes[e+1]);break;case oe.RUNE_ANY_NOT_NL:addRange(10,10);break;case oe.EMPTY_WIDTH:if((t.arg&(Z.EMPTY_BEGIN_LINE|Z.EMPTY_END_LINE))!==0)addRange(10,10);if((t.arg&(Z.EMPTY_WORD_BOUNDARY|Z.EMPTY_NO_WORD_BOUNDARY))!==0){addRange(48,57);addRange(65,90);addRange(95,95);addRange(97,122)}}}e.delete(0);this.classBounds=Int32Array.from(e).sort();this.numClasses=this.classBounds.length+1;const t=new Int32Array(_.MAX_LATIN1+1);for(let e=0;e<=_.MAX_LATIN1;e++)t[e]=this.searchClass(e);this.latin1Class=t}runeClass(e){if(e<=_.MAX_LATIN1)return this.latin1Class[e];return this.searchClass(e)}searchClass(e){const t=this.classBounds;let n=0;let r=t.length;while(n<r){const B=n+r>>1;if(t[B]<=e)n=B+1;else r=B}return n}closure(e,t){const n=new Set;const r=Array.from(e);let B=0;while(r.length>0){const e=r.pop();if(e===0||n.has(e))continue;n.add(e);const s=this.prog.getInst(e);switch(s.op){case oe.ALT:case oe.ALT_MATCH:r.push(s.out);r.push(s.arg);break;case oe.NOP:case oe.CAPTURE:r.push(s.out);break;case oe.EMPTY_WIDTH:B|=s.arg;if((s.arg&~t)===0)r.push(s.out)}}return{pcs:Array.from(n).sort((e,t)=>e-t),needflags:B}}getState(e,t,n){const r=hashState(e,t,n);const B=this.stateCache.get(r);if(B instanceof he){if(isState(B,e,t,n))return B}else if(B!==void 0){for(let r=0;r<B.length;r++)if(isState(B[r],e,t,n))return B[r]}const s=DFA.stateCost(e,n);if(this.memBudget<s)return null;this.memBudget-=s;const i=new he(e,t,n);if(B===void 0)this.stateCache.set(r,i);else if(B instanceof he)this.stateCache.set(r,[B,i]);else B.push(i);this.stateCount++;return i}static stateCost(e,t){const n=t.length===0?0:DFA.ARRAY_OVERHEAD+DFA.ELEMENT_SIZE*t.length;return DFA.STATE_OVERHEAD+DFA.ELEMENT_SIZE*e.length+n}*cachedStates(){for(const e of this.stateCache.values())if(e instanceof he)yield e;else yield*e}makeState(e,t,n){const r=this.closure(e,t&DFA.FLAG_EMPTY_MASK);let B=t;if(r.needflags===0)B&=DFA.FLAG_MATCH;B|=r.needflags<<DFA.FLAG_NEED_SHIFT;return this.getState(r.pcs,B,n)}allocTable(e,t){const n=this.numClasses+1;const r=DFA.TABLE_OVERHEAD+DFA.ELEMENT_SIZE*n;if(this.memBudget<r)return null;this.memBudget-=r;const B=new Array(n).fill(null);if(t===x.UNANCHORED)e.next=B;else e.nextAnchored=B;return B}clearCache(){this.stateCache.clear();this.stateCount=0;this.startStates.clear();this.memBudget=this.stateBudget}resetCache(e){this.clearCache();return this.getState(e.nfaStates,e.flag,e.matchIDs)}step(e,t,n,r){let B=r===x.UNANCHORED?e.next:e.nextAnchored;if(B!==null){const e=B[t];if(e!==null)return e}else{B=this.allocTable(e,r);if(B===null)return null}const s=e.flag>>>DFA.FLAG_NEED_SHIFT;const i=e.flag&DFA.FLAG_EMPTY_MASK;let a=i;let o=0;if(n===10){a|=Z.EMPTY_END_LINE;o|=Z.EMPTY_BEGIN_LINE}if(n===Ce)a|=Z.EMPTY_END_LINE|Z.EMPTY_END_TEXT;const l=(e.flag&DFA.FLAG_LAST_WORD)!==0;const c=n!==Ce&&Z.isWordRune(n);a|=c===l?Z.EMPTY_NO_WORD_BOUNDARY:Z.EMPTY_WORD_BOUNDARY;let u=e.nfaStates;if((a&~i&s)!==0)u=this.closure(u,a).pcs;const f=[];let C=false;let h=fe;for(let e=0;e<u.length;e++){const t=this.prog.getInst(u[e]);if(t.op===oe.MATCH){if(!C){C=true;h=[]}h.push(t.arg)}else if(n!==Ce&&oe.isRuneOp(t.op)&&t.matchRune(n))f.push(t.out)}if(h.length>1)h.sort((e,t)=>e-t);if(r===x.UNANCHORED&&n!==Ce)f.push(this.prog.start);let p=o;if(C)p|=DFA.FLAG_MATCH;if(c)p|=DFA.FLAG_LAST_WORD;const d=this.makeState(f,p,h);if(d===null)return null;B[t]=d;return d}start(e,t){const n=e.context(t);let r;if((n&Z.EMPTY_BEGIN_TEXT)!==0)r=Z.EMPTY_BEGIN_TEXT|Z.EMPTY_BEGIN_LINE;else if((n&Z.EMPTY_BEGIN_LINE)!==0)r=Z.EMPTY_BEGIN_LINE;else{const B=e.step(t);const s=B>=0&&Z.isWordRune(B>>3);r=(n&Z.EMPTY_WORD_BOUNDARY)!==0!==s?DFA.FLAG_LAST_WORD:0}let B=this.startStates.get(r);if(B===void 0){B=this.makeState([this.prog.start],r,fe);if(B===null){this.clearCache();B=this.makeState([this.prog.start],r,fe);if(B===null)return null}this.startStates.set(r,B)}return B}stepOrReset(e,t,n,r,B,s){let i=this.step(e,t,n,r);if(i!==null)return i;if(s.resetPos>=0&&B-s.resetPos<DFA.PROGRESS_PER_STATE*this.stateCount)return null;s.resetPos=B;const a=this.resetCache(e);if(a===null)return null;i=this.step(a,t,n,r);return i}run(e,t,n,r,B){const s=e.endPos();const i=this.latin1Class;const a=n===x.UNANCHORED;const o={resetPos:-1};let l=t;while(l<s){const t=e.step(l);const s=t>>3;const c=t&7;if(c===0)break;const u=s<=_.MAX_LATIN1?i[s]:this.runeClass(s);let f=a&&r.next!==null?r.next[u]:null;if(f===null){f=this.stepOrReset(r,u,s,n,l,o);if(f===null)return null}r=f;if(r.isMatch&&B(r,false))return true;if(!a&&r.nfaStates.length===0)return false;l+=c}r=this.stepOrReset(r,this.numClasses,Ce,n,l,o);if(r===null)return null;return r.isMatch&&B(r,true)}match(e,t,n){if(this.failed)return null;if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&t!==0)return false;const r=this.start(e,t);if(r===null)return null;return this.run(e,t,n,r,(e,t)=>n!==x.ANCHOR_BOTH||t)}matchSet(e,t,n){if(this.failed)return null;if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&t!==0)return[];const r=this.start(e,t);if(r===null)return null;const B=new Set;const collect=(e,t)=>{if(n!==x.ANCHOR_BOTH||t)for(let t=0;t<e.matchIDs.length;t++)B.add(e.matchIDs[t]);return false};if(this.run(e,t,n,r,collect)===null)return null;return Array.from(B).sort((e,t)=>e-t)}};const de=32;const ge=500;const me=256;const Ee=262144;var De=class{constructor(){this.end=0;this.cap=new Int32Array(0);this.matchcap=new Int32Array(0);this.ncap=0;this.jobPc=new Int32Array(me);this.jobArg=new Uint8Array(me);this.jobPos=new Int32Array(me);this.jobLen=0;this.visited=new Uint32Array(0)}reset(e,t,n){this.end=t;this.jobLen=0;this.ncap=n;const r=e.numInst()*(t+1)+de-1>>>5;if(this.visited.length<r)this.visited=new Uint32Array(r);else this.visited.fill(0,0,r);if(this.cap.length<n)this.cap=new Int32Array(n).fill(-1);else this.cap.fill(-1,0,n);if(this.matchcap.length<n)this.matchcap=new Int32Array(n).fill(-1);else this.matchcap.fill(-1,0,n)}shouldVisit(e,t){const n=e*(this.end+1)+t;const r=n>>>5;const B=1<<(n&31);if((this.visited[r]&B)!==0)return false;this.visited[r]|=B;return true}push(e,t,n,r){if(e.prog.getInst(t).op!==oe.FAIL&&(r||this.shouldVisit(t,n))){if(this.jobLen>=this.jobPc.length){const e=this.jobPc.length*2;const t=new Int32Array(e);t.set(this.jobPc);this.jobPc=t;const n=new Uint8Array(e);n.set(this.jobArg);this.jobArg=n;const r=new Int32Array(e);r.set(this.jobPos);this.jobPos=r}this.jobPc[this.jobLen]=t;this.jobArg[this.jobLen]=r?1:0;this.jobPos[this.jobLen]=n;this.jobLen++}}tryBacktrack(e,t,n,r,B){const s=e.longest;this.push(e,n,r,false);while(this.jobLen>0){this.jobLen--;let n=this.jobPc[this.jobLen];let r=this.jobArg[this.jobLen]===1;let i=this.jobPos[this.jobLen];let a=true;while(true){if(!a){if(!this.shouldVisit(n,i))break}a=false;const o=e.prog.getInst(n);switch(o.op){case oe.FAIL:break;case oe.ALT:if(r){r=false;n=o.arg;continue}else{this.push(e,n,i,true);n=o.out;continue}case oe.ALT_MATCH:{const t=e.prog.getInst(o.out);if(oe.isRuneOp(t.op)){this.push(e,o.arg,i,false);n=o.arg;i=this.end;continue}this.push(e,o.out,this.end,false);n=o.out;continue}case oe.RUNE:{const e=t.step(i);if(e===ne.EOF())break;if(!o.matchRune(e>>3))break;i+=e&7;n=o.out;continue}case oe.RUNE1:{const e=t.step(i);if(e===ne.EOF())break;if(e>>3!==o.runes[0])break;i+=e&7;n=o.out;continue}case oe.RUNE_ANY_NOT_NL:{const e=t.step(i);if(e===ne.EOF())break;if(e>>3===10)break;i+=e&7;n=o.out;continue}case oe.RUNE_ANY:{const e=t.step(i);if(e===ne.EOF())break;i+=e&7;n=o.out;continue}case oe.CAPTURE:if(r){this.cap[o.arg]=i;break}else{if(o.arg<this.ncap){this.push(e,n,this.cap[o.arg],true);this.cap[o.arg]=i}n=o.out;continue}case oe.EMPTY_WIDTH:{const e=t.context(i);if((o.arg&~e)!==0)break;n=o.out;continue}case oe.NOP:n=o.out;continue;case oe.MATCH:{if(B===x.ANCHOR_BOTH&&i!==this.end)break;if(this.ncap===0)return true;if(this.ncap>1)this.cap[1]=i;const e=this.matchcap[1];if(e===-1||s&&i>0&&i>e)this.matchcap.set(this.cap);if(!s)return true;if(i===this.end)return true;break}case oe.LB_WRITE:case oe.LB_CHECK:throw new V("Backtracker cannot evaluate Lookbehind instructions");default:throw new V("bad inst")}break}}return s&&this.matchcap.length>1&&this.matchcap[1]>=0}};const we=[];var Ae=class Backtracker{static shouldBacktrack(e){return e.numInst()<=ge}static maxBitStateLen(e){if(!Backtracker.shouldBacktrack(e))return 0;return Math.floor(Ee/e.numInst())}static execute(e,t,n,r,B){const s=e.cond;if(s===Z.EMPTY_ALL)return null;if((r===x.ANCHOR_START||r===x.ANCHOR_BOTH)&&n!==0)return null;if((s&Z.EMPTY_BEGIN_TEXT)!==0&&n!==0)return null;const i=we.length>0?we.pop():new De;const a=t.endPos();i.reset(e.prog,a,B);let o=false;if((s&Z.EMPTY_BEGIN_TEXT)!==0||r===x.ANCHOR_START||r===x.ANCHOR_BOTH){if(i.ncap>0)i.cap[0]=n;if(i.tryBacktrack(e,t,e.prog.start,n,r))o=true}else{let B=-1;for(;n<=a&&B!==0;n+=B){if(e.prefix.length>0){const r=t.index(e,n);if(r<0)break;n+=r}if(i.ncap>0)i.cap[0]=n;if(i.tryBacktrack(e,t,e.prog.start,n,r)){o=true;break}const s=t.step(n);B=s===ne.EOF()?0:s&7}}if(!o){we.push(i);return null}const l=B===0?[]:Z.toArray(i.matchcap.subarray(0,B));we.push(i);return l}};var ve=class{constructor(e){this.sparse=new Uint32Array(e);this.dense=new Uint32Array(e);this.size=0;this.nextIndex=0}empty(){return this.nextIndex>=this.size}next(){return this.dense[this.nextIndex++]}clear(){this.size=0;this.nextIndex=0}contains(e){return e<this.sparse.length&&this.sparse[e]<this.size&&this.dense[this.sparse[e]]===e}insert(e){if(!this.contains(e))this.insertNew(e)}insertNew(e){if(e>=this.sparse.length)return;this.sparse[e]=this.size;this.dense[this.size]=e;this.size++}};const mergeRuneSets=(e,t,n,r)=>{const B=e.length;const s=t.length;let i=0,a=0;const o=[];const l=[];let c=true;let u=-1;const extend=B=>{const s=B?e:t;const c=B?i:a;const f=B?n:r;if(u>0&&s[c]<=o[u])return false;o.push(s[c],s[c+1]);if(B)i+=2;else a+=2;u+=2;l.push(f);return true};while(i<B||a<s){if(a>=s)c=extend(true);else if(i>=B)c=extend(false);else if(t[a]<e[i])c=extend(false);else c=extend(true);if(!c)return null}return{merged:o,next:l}};var ye=class{constructor(e){this.start=e.start;this.numCap=e.numCap;this.inst=new Array(e.inst.length);for(let t=0;t<e.inst.length;t++){const n=e.inst[t];const r=new oe(n.op);r.out=n.out;r.arg=n.arg;r.runes=n.runes?new Int32Array(n.runes):new Int32Array(0);r.next=null;this.inst[t]=r}}};const onePassCopy=e=>{const t=new ye(e);for(let e=0;e<t.inst.length;e++){const n=t.inst[e];if(n.op!==oe.ALT&&n.op!==oe.ALT_MATCH)continue;let r="out";let B="arg";let s=t.inst[n[B]];if(s.op!==oe.ALT&&s.op!==oe.ALT_MATCH){r="arg";B="out";s=t.inst[n[B]];if(s.op!==oe.ALT&&s.op!==oe.ALT_MATCH)continue}const i=t.inst[n[r]];if(i.op===oe.ALT||i.op===oe.ALT_MATCH)continue;let a="out";let o="arg";let l=false;if(s.out===e)l=true;else if(s.arg===e){l=true;a="arg";o="out"}if(l)s[a]=n[r];if(n[r]===s[a])n[B]=s[o]}return t};const makeOnePass=e=>{if(e.inst.length>=1e3)return null;const t=new ve(e.inst.length);const n=new ve(e.inst.length);const r=new Array(e.inst.length);const B=new Array(e.inst.length).fill(false);const check=s=>{let i=true;const a=e.inst[s];if(n.contains(s))return true;n.insert(s);switch(a.op){case oe.ALT:case oe.ALT_MATCH:{i=check(a.out)&&check(a.arg);let e=B[a.out];let t=B[a.arg];if(e&&t)return false;if(t){const n=a.out;a.out=a.arg;a.arg=n;const r=e;e=t;t=r}if(e){B[s]=true;a.op=oe.ALT_MATCH}const n=r[a.out]||[];const o=r[a.arg]||[];const l=mergeRuneSets(n,o,a.out,a.arg);if(!l)return false;r[s]=new Int32Array(l.merged);a.next=new Uint32Array(l.next);break}case oe.CAPTURE:case oe.EMPTY_WIDTH:case oe.NOP:i=check(a.out);B[s]=B[a.out];r[s]=r[a.out]?new Int32Array(r[a.out]):new Int32Array(0);a.next=new Uint32Array(Math.floor(r[s].length/2)+1).fill(a.out);break;case oe.MATCH:case oe.FAIL:B[s]=a.op===oe.MATCH;break;case oe.RUNE:{B[s]=false;if(a.next&&a.next.length>0)break;t.insert(a.out);if(!a.runes||a.runes.length===0){r[s]=new Int32Array(0);a.next=new Uint32Array([a.out]);break}let e=[];if(a.runes.length===1&&(a.arg&x.FOLD_CASE)!==0){const t=a.runes[0];e.push(t,t);for(let n=_.simpleFold(t);n!==t;n=_.simpleFold(n))e.push(n,n);e.sort((e,t)=>e-t)}else for(let t=0;t<a.runes.length;t++)e.push(a.runes[t]);r[s]=new Int32Array(e);a.next=new Uint32Array(Math.floor(e.length/2)+1).fill(a.out);a.op=oe.RUNE;break}case oe.RUNE1:{B[s]=false;if(a.next&&a.next.length>0)break;t.insert(a.out);let e=[];if((a.arg&x.FOLD_CASE)!==0){const t=a.runes[0];e.push(t,t);for(let n=_.simpleFold(t);n!==t;n=_.simpleFold(n))e.push(n,n);e.sort((e,t)=>e-t)}else e.push(a.runes[0],a.runes[0]);r[s]=new Int32Array(e);a.next=new Uint32Array(Math.floor(e.length/2)+1).fill(a.out);a.op=oe.RUNE;break}case oe.RUNE_ANY:B[s]=false;if(a.next&&a.next.length>0)break;t.insert(a.out);r[s]=new Int32Array([0,_.MAX_RUNE]);a.next=new Uint32Array([a.out]);break;case oe.RUNE_ANY_NOT_NL:B[s]=false;if(a.next&&a.next.length>0)break;t.insert(a.out);r[s]=new Int32Array([0,9,11,_.MAX_RUNE]);a.next=new Uint32Array(Math.floor(r[s].length/2)+1).fill(a.out)}return i};t.clear();t.insert(e.start);while(!t.empty()){n.clear();if(!check(t.next()))return null}for(let t=0;t<e.inst.length;t++)if(r[t])e.inst[t].runes=r[t];return e};const cleanupOnePass=(e,t)=>{for(let n=0;n<t.inst.length;n++){const r=t.inst[n];switch(r.op){case oe.ALT:case oe.ALT_MATCH:case oe.RUNE:break;case oe.CAPTURE:case oe.EMPTY_WIDTH:case oe.NOP:case oe.MATCH:case oe.FAIL:e.inst[n].next=null;break;case oe.RUNE1:case oe.RUNE_ANY:case oe.RUNE_ANY_NOT_NL:e.inst[n].next=null;e.inst[n].op=r.op;e.inst[n].runes=r.runes?new Int32Array(r.runes):new Int32Array(0)}}};var Ie=class OnePass{static compile(e){if(e.start===0)return null;if(e.numLb>0)return null;const t=e.inst[e.start];if(t.op!==oe.EMPTY_WIDTH||(t.arg&Z.EMPTY_BEGIN_TEXT)===0)return null;let n=false;for(let t=0;t<e.inst.length;t++)if(e.inst[t].op===oe.ALT||e.inst[t].op===oe.ALT_MATCH){n=true;break}for(let t=0;t<e.inst.length;t++){const r=e.inst[t];const B=e.inst[r.out].op;switch(r.op){case oe.ALT:case oe.ALT_MATCH:if(B===oe.MATCH||e.inst[r.arg].op===oe.MATCH)return null;break;case oe.EMPTY_WIDTH:if(B===oe.MATCH){if((r.arg&Z.EMPTY_END_TEXT)===Z.EMPTY_END_TEXT)continue;return null}break;default:if(B===oe.MATCH&&n)return null}}let r=onePassCopy(e);r=makeOnePass(r);if(r!==null)cleanupOnePass(r,e);return r}static next(e,t){const n=e.matchRunePos(t);if(n>=0)return e.next[n];if(e.op===oe.ALT_MATCH)return e.out;return 0}static execute(e,t,n,r,B){const s=e.onepass;if(!s)return null;const i=new Int32Array(B).fill(-1);let a=false;let o=t.step(n);let l=o>>3;let c=o&7;let u=ne.EOF();let f=-1;let C=0;if(o!==ne.EOF()){u=t.step(n+c);if(u!==ne.EOF()){f=u>>3;C=u&7}}let h=n===0?Z.emptyOpContext(-1,l):t.context(n);let p=s.start;let d;while(true){d=s.inst[p];p=d.out;switch(d.op){case oe.MATCH:if(r===x.ANCHOR_BOTH&&n!==t.endPos())return null;a=true;if(i.length>0){i[0]=0;i[1]=n}return B===0?[]:Z.toArray(i);case oe.RUNE:if(!d.matchRune(l))return null;break;case oe.RUNE1:if(l!==d.runes[0])return null;break;case oe.RUNE_ANY:break;case oe.RUNE_ANY_NOT_NL:if(l===10)return null;break;case oe.ALT:case oe.ALT_MATCH:p=OnePass.next(d,l);continue;case oe.FAIL:return null;case oe.NOP:continue;case oe.EMPTY_WIDTH:if((d.arg&~h)!==0)return null;continue;case oe.CAPTURE:if(d.arg<i.length)i[d.arg]=n;continue;default:throw new V("bad inst")}if(c===0)break;h=Z.emptyOpContext(l,f);n+=c;l=f;c=C;if(l!==-1){u=t.step(n+c);if(u!==ne.EOF()){f=u>>3;C=u&7}else{f=-1;C=0}}}if(!a)return null;return B===0?[]:Z.toArray(i)}};var be=class Regexp{static Op=createEnum(["NO_MATCH","EMPTY_MATCH","LITERAL","CHAR_CLASS","ANY_CHAR_NOT_NL","ANY_CHAR","BEGIN_LINE","END_LINE","BEGIN_TEXT","END_TEXT","WORD_BOUNDARY","NO_WORD_BOUNDARY","CAPTURE","STAR","PLUS","QUEST","REPEAT","CONCAT","ALTERNATE","PLB","NLB","LEFT_PAREN","VERTICAL_BAR"]);static isPseudoOp(e){return e>=Regexp.Op.LEFT_PAREN}static emptySubs(){return[]}static quoteIfHyphen(e){if(e===S.CODES["-"])return"\\";return""}static fromRegexp(e){const t=new Regexp(e.op);t.flags=e.flags;t.subs=e.subs;t.runes=e.runes;t.cap=e.cap;t.min=e.min;t.max=e.max;t.name=e.name;t.namedGroups=e.namedGroups;t.lb=e.lb;return t}constructor(e){this.op=e;this.flags=0;this.subs=Regexp.emptySubs();this.runes=new Int32Array(0);this.min=0;this.max=0;this.cap=0;this.name=null;this.namedGroups=Object.create(null);this.lb=0}reinit(){this.flags=0;this.subs=Regexp.emptySubs();this.runes=new Int32Array(0);this.cap=0;this.min=0;this.max=0;this.name=null;this.namedGroups=Object.create(null);this.lb=0}toString(){return this.appendTo()}appendTo(){let e="";switch(this.op){case Regexp.Op.NO_MATCH:e+="[^\\x00-\\x{10FFFF}]";break;case Regexp.Op.EMPTY_MATCH:e+="(?:)";break;case Regexp.Op.STAR:case Regexp.Op.PLUS:case Regexp.Op.QUEST:case Regexp.Op.REPEAT:{const t=this.subs[0];if(t.op>Regexp.Op.CAPTURE||t.op===Regexp.Op.LITERAL&&t.runes.length>1)e+=`(?:${t.appendTo()})`;else e+=t.appendTo();switch(this.op){case Regexp.Op.STAR:e+="*";break;case Regexp.Op.PLUS:e+="+";break;case Regexp.Op.QUEST:e+="?";break;case Regexp.Op.REPEAT:e+=`{${this.min}`;if(this.min!==this.max){e+=",";if(this.max>=0)e+=this.max}e+="}"}if((this.flags&x.NON_GREEDY)!==0)e+="?";break}case Regexp.Op.CONCAT:for(let t of this.subs)if(t.op===Regexp.Op.ALTERNATE)e+=`(?:${t.appendTo()})`;else e+=t.appendTo();break;case Regexp.Op.ALTERNATE:{let t="";for(let n of this.subs){e+=t;t="|";e+=n.appendTo()}break}case Regexp.Op.LITERAL:if((this.flags&x.FOLD_CASE)!==0)e+="(?i:";for(let t of this.runes)e+=Z.escapeRune(t);if((this.flags&x.FOLD_CASE)!==0)e+=")";break;case Regexp.Op.ANY_CHAR_NOT_NL:e+="(?-s:.)";break;case Regexp.Op.ANY_CHAR:e+="(?s:.)";break;case Regexp.Op.PLB:e+=`(?<=${this.subs[0].appendTo()})`;break;case Regexp.Op.NLB:e+=`(?<!${this.subs[0].appendTo()})`;break;case Regexp.Op.CAPTURE:if(this.name===null||this.name.length===0)e+="(";else e+=`(?P<${this.name}>`;if(this.subs[0].op!==Regexp.Op.EMPTY_MATCH)e+=this.subs[0].appendTo();e+=")";break;case Regexp.Op.BEGIN_TEXT:e+="\\A";break;case Regexp.Op.END_TEXT:if((this.flags&x.WAS_DOLLAR)!==0)e+="(?-m:$)";else e+="\\z";break;case Regexp.Op.BEGIN_LINE:e+="^";break;case Regexp.Op.END_LINE:e+="$";break;case Regexp.Op.WORD_BOUNDARY:e+="\\b";break;case Regexp.Op.NO_WORD_BOUNDARY:e+="\\B";break;case Regexp.Op.CHAR_CLASS:if(this.runes.length%2!==0){e+="[invalid char class]";break}e+="[";if(this.runes.length===0)e+="^\\x00-\\x{10FFFF}";else if(this.runes[0]===0&&this.runes[this.runes.length-1]===_.MAX_RUNE){e+="^";for(let t=1;t<this.runes.length-1;t+=2){const n=this.runes[t]+1;const r=this.runes[t+1]-1;e+=Regexp.quoteIfHyphen(n);e+=Z.escapeRune(n);if(n!==r){e+="-";e+=Regexp.quoteIfHyphen(r);e+=Z.escapeRune(r)}}}else for(let t=0;t<this.runes.length;t+=2){const n=this.runes[t];const r=this.runes[t+1];e+=Regexp.quoteIfHyphen(n);e+=Z.escapeRune(n);if(n!==r){e+="-";e+=Regexp.quoteIfHyphen(r);e+=Z.escapeRune(r)}}e+="]";break;default:e+=this.op}return e}maxCap(){let e=0;if(this.op===Regexp.Op.CAPTURE)e=this.cap;if(this.subs!==null)for(let t of this.subs){const n=t.maxCap();if(e<n)e=n}return e}equals(e){if(!(e!==null&&e instanceof Regexp))return false;if(this.op!==e.op)return false;switch(this.op){case Regexp.Op.END_TEXT:if((this.flags&x.WAS_DOLLAR)!==(e.flags&x.WAS_DOLLAR))return false;break;case Regexp.Op.LITERAL:case Regexp.Op.CHAR_CLASS:if((this.flags&x.FOLD_CASE)!==(e.flags&x.FOLD_CASE))return false;if(this.runes===null&&e.runes===null)break;if(this.runes===null||e.runes===null)return false;if(this.runes.length!==e.runes.length)return false;for(let t=0;t<this.runes.length;t++)if(this.runes[t]!==e.runes[t])return false;break;case Regexp.Op.ALTERNATE:case Regexp.Op.CONCAT:if(this.subs.length!==e.subs.length)return false;for(let t=0;t<this.subs.length;++t)if(!this.subs[t].equals(e.subs[t]))return false;break;case Regexp.Op.STAR:case Regexp.Op.PLUS:case Regexp.Op.QUEST:if((this.flags&x.NON_GREEDY)!==(e.flags&x.NON_GREEDY)||!this.subs[0].equals(e.subs[0]))return false;break;case Regexp.Op.REPEAT:if((this.flags&x.NON_GREEDY)!==(e.flags&x.NON_GREEDY)||this.min!==e.min||this.max!==e.max||!this.subs[0].equals(e.subs[0]))return false;break;case Regexp.Op.CAPTURE:if(this.cap!==e.cap||(this.name===null?e.name!==null:this.name!==e.name)||!this.subs[0].equals(e.subs[0]))return false;break;case Regexp.Op.PLB:case Regexp.Op.NLB:if(this.lb!==e.lb||!this.subs[0].equals(e.subs[0]))return false}return true}};var Fe=class{static walk(e,t){const n=[];let r=e;let B;for(;;){if(r.subs.length===0)B=t.leaf(r);else{const e=t.enter(r);if(e.result===void 0){n.push({re:r,state:e,i:0});r=r.subs[0];continue}B=e.result}for(;;){if(n.length===0)return B;const e=n[n.length-1];t.child(e.re,e.state,B,e.i);e.i++;if(e.state.result===void 0&&e.i<e.re.subs.length){r=e.re.subs[e.i];break}n.pop();B=e.state.result!==void 0?e.state.result:t.leave(e.re,e.state)}}}};var xe=class{constructor(e,t){const n=new Map;const r=[0];const B=[0];const s=[0];const i=[0];for(const a of e){let e=0;for(let o=0;o<a.length;o++){const l=e*t+a[o];let c=n.get(l);if(c===void 0){c=r.length;n.set(l,c);r.push(e);B.push(a[o]);s.push(s[e]+1);i.push(0)}e=c}i[e]=1}const a=r.length;const o=new Int32Array(a-1);for(let e=1;e<a;e++)o[e-1]=e;o.sort((e,t)=>r[e]-r[t]||B[e]-B[t]);const l=new Int32Array(a+1);for(let e=1;e<a;e++)l[r[e]+1]++;for(let e=0;e<a;e++)l[e+1]+=l[e];const c=new Int32Array(a-1);for(let e=0;e<o.length;e++)c[e]=B[o[e]];this.childStart=l;this.childUnit=c;this.childNode=o;const u=new Int32Array(a);for(let e=0;e<a;e++)u[e]=e;u.sort((e,t)=>s[e]-s[t]);const f=new Int32Array(a);const C=Uint8Array.from(i);for(let e=1;e<a;e++){const t=u[e];const n=r[t];if(n!==0){let e=f[n];let r=this.next(e,B[t]);while(r<0&&e!==0){e=f[e];r=this.next(e,B[t])}f[t]=r>=0?r:0}C[t]|=C[f[t]]}this.fail=f;this.match=C}next(e,t){let n=this.childStart[e];let r=this.childStart[e+1];const B=this.childUnit;while(n<r){const e=n+r>>1;const s=B[e];if(s===t)return this.childNode[e];if(s<t)n=e+1;else r=e}return-1}advance(e,t){for(;;){const n=this.next(e,t);if(n>=0)return n;if(e===0)return 0;e=this.fail[e]}}searchUTF16(e,t,n){let r=0;for(let B=t;B<n;B++){r=this.advance(r,e.charCodeAt(B));if(this.match[r]===1)return true}return false}searchUTF8(e,t,n){let r=0;for(let B=t;B<n;B++){r=this.advance(r,e[B]);if(this.match[r]===1)return true}return false}};var Te=class Prefilter{static Type={NONE:0,EXACT:1,AND:2,OR:3};static MAX_SCANS=32;static MAX_AC_UNITS=1<<18;constructor(e){this.type=e;this.subs=[];this.str="";this.bytes=null;this.cost=e===Prefilter.Type.EXACT?1:0;this.allExact=false;this.ac16=null;this.ac8=null}automaton16(){if(this.ac16===null){const e=this.subs.map(e=>{const t=new Array(e.str.length);for(let n=0;n<e.str.length;n++)t[n]=e.str.charCodeAt(n);return t});this.ac16=new xe(e,65536)}return this.ac16}automaton8(){if(this.ac8===null)this.ac8=new xe(this.subs.map(e=>e.bytes),256);return this.ac8}eval(e,t){switch(this.type){case Prefilter.Type.NONE:return true;case Prefilter.Type.EXACT:return e.hasString(this,t);case Prefilter.Type.AND:for(let n=0;n<this.subs.length;n++)if(!this.subs[n].eval(e,t))return false;return true;case Prefilter.Type.OR:if(this.allExact)return e.hasAnyString(this,t);for(let n=0;n<this.subs.length;n++)if(this.subs[n].eval(e,t))return true;return false;default:return true}}};var Ne=class PrefilterTree{static build(e){if(!e)return new Te(Te.Type.NONE);return Fe.walk(e,PrefilterTree.WALKER)}static WALKER={leaf:e=>PrefilterTree.leaf(e),enter:e=>PrefilterTree.enter(e),child:(e,t,n)=>PrefilterTree.child(e,t,n),leave:(e,t)=>PrefilterTree.leave(e,t)};static leaf(e){if(e.op!==be.Op.LITERAL)return new Te(Te.Type.NONE);if(e.runes.length===0||(e.flags&x.FOLD_CASE)!==0)return new Te(Te.Type.NONE);let t="";for(let n=0;n<e.runes.length;n++){if(_.isUnsearchable(e.runes[n]))return new Te(Te.Type.NONE);t+=String.fromCodePoint(e.runes[n])}const n=new Te(Te.Type.EXACT);n.str=t;n.bytes=Z.stringToUtf8ByteArray(n.str);return n}static enter(e){switch(e.op){case be.Op.CAPTURE:case be.Op.PLUS:return{sub:null};case be.Op.REPEAT:if(e.min>=1)return{sub:null};return{result:new Te(Te.Type.NONE)};case be.Op.CONCAT:return{pf:new Te(Te.Type.AND),subs:[]};case be.Op.ALTERNATE:return{pf:new Te(Te.Type.OR),subs:[]};default:return{result:new Te(Te.Type.NONE)}}}static child(e,t,n){if(t.subs===void 0){t.sub=n;return}if(t.pf.type===Te.Type.AND){if(n.type===Te.Type.NONE)return;if(n.type===Te.Type.AND){for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}t.subs.push(n);return}if(n.type===Te.Type.NONE){t.result=new Te(Te.Type.NONE);return}if(n.type===Te.Type.OR){for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}t.subs.push(n)}static leave(e,t){if(t.subs===void 0)return t.sub;const n=t.pf;const r=new Set;const B=[];for(const e of t.subs){if(e.type===Te.Type.EXACT){if(r.has(e.str))continue;r.add(e.str)}B.push(e)}if(n.type===Te.Type.AND){const e=[];let t=0;for(const n of B){if(t+n.cost>Te.MAX_SCANS)continue;e.push(n);t+=n.cost}if(e.length===0)return new Te(Te.Type.NONE);if(e.length===1)return e[0];n.subs=e;n.cost=t;return n}if(B.length===0)return new Te(Te.Type.NONE);if(B.length===1)return B[0];n.subs=B;let s=true;let i=0;let a=0;for(const e of B){if(e.type!==Te.Type.EXACT)s=false;else a+=e.bytes.length;i+=e.cost}if(s){if(a>Te.MAX_AC_UNITS)return new Te(Te.Type.NONE);n.allExact=true;n.cost=1;return n}if(i>Te.MAX_SCANS)return new Te(Te.Type.NONE);n.cost=i;return n}};var Oe=class{constructor(e=0,t=0){this.head=e;this.tail=t}};var Re=class{constructor(){this.inst=[];this.start=0;this.numCap=2;this.lbStarts=[];this.numLb=0;this.lbInst=null}getInst(e){return this.inst[e]}numInst(){return this.inst.length}addInst(e){this.inst.push(new oe(e))}markLookbehindInsts(){const e=new Uint8Array(this.inst.length);const t=this.lbStarts.slice();while(t.length>0){const n=t.pop();if(n===0||e[n]===1)continue;e[n]=1;const r=this.inst[n];switch(r.op){case oe.ALT:case oe.ALT_MATCH:t.push(r.out,r.arg);break;case oe.MATCH:case oe.FAIL:break;default:t.push(r.out)}}this.lbInst=e}skipNop(e){let t=this.inst[e];while(t.op===oe.NOP||t.op===oe.CAPTURE){t=this.inst[e];e=t.out}return t}prefix(){let e="";let t=this.skipNop(this.start);if(!oe.isRuneOp(t.op)||t.runes.length!==1)return[t.op===oe.MATCH,e];while(oe.isRuneOp(t.op)&&t.runes.length===1&&(t.arg&x.FOLD_CASE)===0&&!_.isUnsearchable(t.runes[0])){e+=String.fromCodePoint(t.runes[0]);t=this.skipNop(t.out)}return[t.op===oe.MATCH,e]}startCond(){let e=0;let t=this.start;e:for(;;){const n=this.inst[t];switch(n.op){case oe.EMPTY_WIDTH:e|=n.arg;break;case oe.FAIL:return-1;case oe.CAPTURE:case oe.NOP:break;default:break e}t=n.out}return e}patch(e,t){let n=e.head;while(n!==0){const e=this.inst[n>>1];if((n&1)===0){n=e.out;e.out=t}else{n=e.arg;e.arg=t}}}append(e,t){if(e.head===0)return t;if(t.head===0)return e;const n=this.inst[e.tail>>1];if((e.tail&1)===0)n.out=t.head;else n.arg=t.head;return new Oe(e.head,t.tail)}toString(){let e="";for(let t=0;t<this.inst.length;t++){const n=e.length;e+=t;if(t===this.start)e+="*";e+="        ".substring(e.length-n);e+=this.inst[t];e+="\n"}return e}};const Le=new Int32Array([0,S.CODES["\n"]-1,S.CODES["\n"]+1,_.MAX_RUNE]);const Se=new Int32Array([0,_.MAX_RUNE]);var Ge=class{constructor(e=0,t=new Oe,n=false){this.i=e;this.out=t;this.nullable=n}};var Me=class Compiler{static compileRegexp(e){const t=new Compiler;const n=t.compile(e);t.prog.patch(n.out,t.newInst(oe.MATCH).i);t.prog.start=n.i;t.prog.markLookbehindInsts();return t.prog}static compileSet(e){const t=new Compiler;if(e.length===0){t.prog.start=t.newInst(oe.FAIL).i;t.prog.markLookbehindInsts();return t.prog}let n=[];for(let r=0;r<e.length;r++){t.lbOffset=t.prog.numLb;const B=t.compile(e[r]);const s=t.newInst(oe.MATCH);t.prog.getInst(s.i).arg=r;t.prog.patch(B.out,s.i);n.push(B.i)}let r=n[0];for(let e=1;e<n.length;e++){const B=t.newInst(oe.ALT);const s=t.prog.getInst(B.i);s.out=r;s.arg=n[e];r=B.i}t.prog.start=r;t.prog.markLookbehindInsts();return t.prog}constructor(){this.prog=new Re;this.newInst(oe.FAIL);this.lbOffset=0;this.runeCache=new Map;this.walker={leaf:e=>this.leaf(e),enter:e=>this.enter(e),child:(e,t,n)=>this.child(e,t,n),leave:(e,t)=>this.leave(e,t)}}newInst(e){this.prog.addInst(e);return new Ge(this.prog.numInst()-1,new Oe,true)}nop(){const e=this.newInst(oe.NOP);e.out=new Oe(e.i<<1,e.i<<1);return e}fail(){return new Ge}cap(e){const t=this.newInst(oe.CAPTURE);t.out=new Oe(t.i<<1,t.i<<1);this.prog.getInst(t.i).arg=e;if(this.prog.numCap<e+1)this.prog.numCap=e+1;return t}cat(e,t){if(e.i===0||t.i===0){this.prog.patch(e.out,0);this.prog.patch(t.out,0);return this.fail()}this.prog.patch(e.out,t.i);return new Ge(e.i,t.out,e.nullable&&t.nullable)}alt(e,t){if(e.i===0)return t;if(t.i===0)return e;const n=this.newInst(oe.ALT);const r=this.prog.getInst(n.i);r.out=e.i;r.arg=t.i;n.out=this.prog.append(e.out,t.out);n.nullable=e.nullable||t.nullable;return n}loop(e,t){const n=this.newInst(oe.ALT);const r=this.prog.getInst(n.i);if(t){r.arg=e.i;n.out=new Oe(n.i<<1,n.i<<1)}else{r.out=e.i;n.out=new Oe(n.i<<1|1,n.i<<1|1)}this.prog.patch(e.out,n.i);return n}quest(e,t){if(e.i===0)return this.nop();const n=this.newInst(oe.ALT);const r=this.prog.getInst(n.i);if(t){r.arg=e.i;n.out=new Oe(n.i<<1,n.i<<1)}else{r.out=e.i;n.out=new Oe(n.i<<1|1,n.i<<1|1)}n.out=this.prog.append(n.out,e.out);return n}star(e,t){if(e.i===0)return this.nop();if(e.nullable)return this.quest(this.plus(e,t),t);return this.loop(e,t)}plus(e,t){if(e.i===0)return this.fail();return new Ge(e.i,this.loop(e,t).out,e.nullable)}empty(e){const t=this.newInst(oe.EMPTY_WIDTH);this.prog.getInst(t.i).arg=e;t.out=new Oe(t.i<<1,t.i<<1);return t}rune(e,t){const n=this.newInst(oe.RUNE);n.nullable=false;const r=this.prog.getInst(n.i);r.runes=e;t&=x.FOLD_CASE;if(e.length!==1||_.simpleFold(e[0])===e[0])t&=~x.FOLD_CASE;r.arg=t;n.out=new Oe(n.i<<1,n.i<<1);if((t&x.FOLD_CASE)===0&&e.length===1||e.length===2&&e[0]===e[1])r.op=oe.RUNE1;else if(e.length===2&&e[0]===0&&e[1]===_.MAX_RUNE)r.op=oe.RUNE_ANY;else if(e.length===4&&e[0]===0&&e[1]===S.CODES["\n"]-1&&e[2]===S.CODES["\n"]+1&&e[3]===_.MAX_RUNE)r.op=oe.RUNE_ANY_NOT_NL;return n}lookBehind(e,t){const n=Math.sign(t)*(Math.abs(t)+this.lbOffset);const r=this.newInst(oe.LB_WRITE);this.prog.getInst(r.i).arg=n;const B=this.rune(Se,0);const s=this.star(B,true);const i=this.cat(s,e);this.prog.patch(i.out,r.i);const a=this.newInst(oe.LB_CHECK);this.prog.getInst(a.i).arg=n;this.prog.lbStarts.push(i.i);if(Math.abs(n)>this.prog.numLb)this.prog.numLb=Math.abs(n);a.out=new Oe(a.i<<1,a.i<<1);return a}compile(e){return Fe.walk(e,this.walker)}leaf(e){switch(e.op){case be.Op.NO_MATCH:return this.fail();case be.Op.EMPTY_MATCH:return this.nop();case be.Op.LITERAL:{if(e.runes.length===0)return this.nop();let t=null;for(let n of e.runes){let r=this.runeCache.get(n);if(r===void 0){r=new Int32Array([n]);this.runeCache.set(n,r)}const B=this.rune(r,e.flags);t=t===null?B:this.cat(t,B)}return t}case be.Op.CHAR_CLASS:return this.rune(e.runes,e.flags);case be.Op.ANY_CHAR_NOT_NL:return this.rune(Le,0);case be.Op.ANY_CHAR:return this.rune(Se,0);case be.Op.BEGIN_LINE:return this.empty(Z.EMPTY_BEGIN_LINE);case be.Op.END_LINE:return this.empty(Z.EMPTY_END_LINE);case be.Op.BEGIN_TEXT:return this.empty(Z.EMPTY_BEGIN_TEXT);case be.Op.END_TEXT:return this.empty(Z.EMPTY_END_TEXT);case be.Op.WORD_BOUNDARY:return this.empty(Z.EMPTY_WORD_BOUNDARY);case be.Op.NO_WORD_BOUNDARY:return this.empty(Z.EMPTY_NO_WORD_BOUNDARY);case be.Op.CONCAT:case be.Op.ALTERNATE:return this.nop();default:throw new q("regexp: unhandled case in compile")}}enter(e){switch(e.op){case be.Op.PLB:case be.Op.NLB:case be.Op.STAR:case be.Op.PLUS:case be.Op.QUEST:return{sub:null};case be.Op.CAPTURE:return{bra:this.cap(e.cap<<1),sub:null};case be.Op.CONCAT:case be.Op.ALTERNATE:return{f:null};default:throw new q("regexp: unhandled case in compile")}}child(e,t,n){if(e.op===be.Op.CONCAT)t.f=t.f===null?n:this.cat(t.f,n);else if(e.op===be.Op.ALTERNATE)t.f=t.f===null?n:this.alt(t.f,n);else t.sub=n}leave(e,t){switch(e.op){case be.Op.PLB:case be.Op.NLB:return this.lookBehind(t.sub,e.lb);case be.Op.CAPTURE:{const n=this.cap(e.cap<<1|1);return this.cat(this.cat(t.bra,t.sub),n)}case be.Op.STAR:return this.star(t.sub,(e.flags&x.NON_GREEDY)!==0);case be.Op.PLUS:return this.plus(t.sub,(e.flags&x.NON_GREEDY)!==0);case be.Op.QUEST:return this.quest(t.sub,(e.flags&x.NON_GREEDY)!==0);case be.Op.CONCAT:case be.Op.ALTERNATE:return t.f;default:throw new q("regexp: unhandled case in compile")}}};var He=class Simplify{static simplify(e){if(e===null)return null;return Fe.walk(e,Simplify.WALKER)}static WALKER={leaf:e=>Simplify.leaf(e),enter:e=>Simplify.enter(e),child:(e,t,n,r)=>Simplify.child(e,t,n,r),leave:(e,t)=>Simplify.leave(e,t)};static leaf(e){if(e.op===be.Op.CHAR_CLASS){if(e.runes===null)return e;if(e.runes.length===0)return new be(be.Op.NO_MATCH);if(e.runes.length===2&&e.runes[0]===0&&e.runes[1]===_.MAX_RUNE)return new be(be.Op.ANY_CHAR);if(e.runes.length===4&&e.runes[0]===0&&e.runes[1]===S.CODES["\n"]-1&&e.runes[2]===S.CODES["\n"]+1&&e.runes[3]===_.MAX_RUNE)return new be(be.Op.ANY_CHAR_NOT_NL)}return e}static enter(e){switch(e.op){case be.Op.PLB:case be.Op.NLB:case be.Op.CAPTURE:case be.Op.STAR:case be.Op.PLUS:case be.Op.QUEST:return{sub:null};case be.Op.CONCAT:case be.Op.ALTERNATE:return{subs:[],changed:false};case be.Op.REPEAT:if(e.min===0&&e.max===0)return{result:new be(be.Op.EMPTY_MATCH)};return{sub:null};default:return{result:e}}}static child(e,t,n,r){if(t.subs===void 0){t.sub=n;return}if(n!==e.subs[r])t.changed=true;if(e.op===be.Op.CONCAT){if(n.op===be.Op.NO_MATCH){t.result=new be(be.Op.NO_MATCH);return}if(n.op===be.Op.EMPTY_MATCH){t.changed=true;return}if(n.op===be.Op.CONCAT){t.changed=true;for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}}else{if(n.op===be.Op.NO_MATCH){t.changed=true;return}if(n.op===be.Op.ALTERNATE){t.changed=true;for(let e=0;e<n.subs.length;e++)t.subs.push(n.subs[e]);return}}t.subs.push(n)}static leave(e,t){switch(e.op){case be.Op.PLB:case be.Op.NLB:case be.Op.CAPTURE:{const n=t.sub;if(n!==e.subs[0]){const t=be.fromRegexp(e);t.runes=new Int32Array(0);t.subs=[n];return t}return e}case be.Op.CONCAT:case be.Op.ALTERNATE:if(t.changed){const n=t.subs;if(n.length===0)return new be(e.op===be.Op.CONCAT?be.Op.EMPTY_MATCH:be.Op.NO_MATCH);if(n.length===1)return n[0];const r=be.fromRegexp(e);r.runes=new Int32Array(0);r.subs=n;return r}return e;case be.Op.STAR:case be.Op.PLUS:case be.Op.QUEST:return Simplify.simplify1(e.op,e.flags,t.sub,e);case be.Op.REPEAT:return Simplify.simplifyRepeat(e,t.sub);default:return e}}static simplifyRepeat(e,t){if(e.max===-1){if(e.min===0)return Simplify.simplify1(be.Op.STAR,e.flags,t,null);if(e.min===1)return Simplify.simplify1(be.Op.PLUS,e.flags,t,null);const n=[];for(let r=0;r<e.min-1;r++)n.push(t);n.push(Simplify.simplify1(be.Op.PLUS,e.flags,t,null));return Simplify.concat(n)}if(e.min===1&&e.max===1)return t;let n=null;if(e.min>0){n=[];for(let r=0;r<e.min;r++)n.push(t)}if(e.max>e.min){let r=Simplify.simplify1(be.Op.QUEST,e.flags,t,null);for(let n=e.min+1;n<e.max;n++)r=Simplify.simplify1(be.Op.QUEST,e.flags,Simplify.concat([t,r]),null);if(n===null)return r;n.push(r)}if(n!==null)return Simplify.concat(n);return new be(be.Op.NO_MATCH)}static concat(e){const t=[];for(let n=0;n<e.length;n++){const r=e[n];if(r.op===be.Op.NO_MATCH)return new be(be.Op.NO_MATCH);if(r.op===be.Op.EMPTY_MATCH)continue;if(r.op===be.Op.CONCAT){for(let e=0;e<r.subs.length;e++)t.push(r.subs[e]);continue}t.push(r)}if(t.length===0)return new be(be.Op.EMPTY_MATCH);if(t.length===1)return t[0];const n=new be(be.Op.CONCAT);n.subs=t;return n}static simplify1(e,t,n,r){if(n.op===be.Op.EMPTY_MATCH)return n;if(n.op===be.Op.NO_MATCH){if(e===be.Op.PLUS)return n;return new be(be.Op.EMPTY_MATCH)}if(e===n.op&&(t&x.NON_GREEDY)===(n.flags&x.NON_GREEDY))return n;if(r!==null&&r.op===e&&(r.flags&x.NON_GREEDY)===(t&x.NON_GREEDY)&&n===r.subs[0])return r;const B=new be(e);B.flags=t;B.subs=[n];return B}};var ke=class{constructor(e,t){this.sign=e;this.cls=t}};const Pe=[48,57];const _e=[9,10,12,13,32,32];const Ue=[48,57,65,90,95,95,97,122];const Je=new Map([["\\d",new ke(1,Pe)],["\\D",new ke(-1,Pe)],["\\s",new ke(1,_e)],["\\S",new ke(-1,_e)],["\\w",new ke(1,Ue)],["\\W",new ke(-1,Ue)]]);const qe=[48,57,65,90,97,122];const Qe=[65,90,97,122];const Ye=[0,127];const Ve=[9,9,32,32];const Ke=[0,31,127,127];const ze=[48,57];const je=[33,126];const We=[97,122];const Ze=[32,126];const Xe=[33,47,58,64,91,96,123,126];const $e=[9,13,32,32];const et=[65,90];const tt=[48,57,65,90,95,95,97,122];const nt=[48,57,65,70,97,102];const rt=new Map([["[:alnum:]",new ke(1,qe)],["[:^alnum:]",new ke(-1,qe)],["[:alpha:]",new ke(1,Qe)],["[:^alpha:]",new ke(-1,Qe)],["[:ascii:]",new ke(1,Ye)],["[:^ascii:]",new ke(-1,Ye)],["[:blank:]",new ke(1,Ve)],["[:^blank:]",new ke(-1,Ve)],["[:cntrl:]",new ke(1,Ke)],["[:^cntrl:]",new ke(-1,Ke)],["[:digit:]",new ke(1,ze)],["[:^digit:]",new ke(-1,ze)],["[:graph:]",new ke(1,je)],["[:^graph:]",new ke(-1,je)],["[:lower:]",new ke(1,We)],["[:^lower:]",new ke(-1,We)],["[:print:]",new ke(1,Ze)],["[:^print:]",new ke(-1,Ze)],["[:punct:]",new ke(1,Xe)],["[:^punct:]",new ke(-1,Xe)],["[:space:]",new ke(1,$e)],["[:^space:]",new ke(-1,$e)],["[:upper:]",new ke(1,et)],["[:^upper:]",new ke(-1,et)],["[:word:]",new ke(1,tt)],["[:^word:]",new ke(-1,tt)],["[:xdigit:]",new ke(1,nt)],["[:^xdigit:]",new ke(-1,nt)]]);var Bt=class CharClass{static charClassToString(e,t){let n="[";for(let r=0;r<t;r+=2){if(r>0)n+=" ";const t=e[r];const B=e[r+1];if(t===B)n+=`0x${t.toString(16)}`;else n+=`0x${t.toString(16)}-0x${B.toString(16)}`}n+="]";return n}static sortRanges(e,t){const n=t>>1;const r=new Array(n);for(let e=0;e<n;e++)r[e]=e;r.sort((t,n)=>e[2*t]-e[2*n]||e[2*n+1]-e[2*t+1]);const B=e.slice(0,t);for(let t=0;t<n;t++){e[2*t]=B[2*r[t]];e[2*t+1]=B[2*r[t]+1]}}constructor(e=Z.emptyInts()){this.r=e;this.len=e.length}toArray(){if(this.r instanceof Int32Array)return this.len===this.r.length?this.r:this.r.subarray(0,this.len);return new Int32Array(this.len===this.r.length?this.r:this.r.slice(0,this.len))}toGrowableArray(){if(Array.isArray(this.r)){this.r.length=this.len;return this.r}return Array.from(this.r.subarray(0,this.len))}cleanClass(){if(this.len<4)return this;CharClass.sortRanges(this.r,this.len);let e=2;for(let t=2;t<this.len;t+=2){const n=this.r[t];const r=this.r[t+1];if(n<=this.r[e-1]+1){if(r>this.r[e-1])this.r[e-1]=r;continue}this.r[e]=n;this.r[e+1]=r;e+=2}this.len=e;return this}appendLiteral(e,t){return(t&x.FOLD_CASE)!==0?this.appendFoldedRange(e,e):this.appendRange(e,e)}appendRange(e,t){if(this.len>0){for(let n=2;n<=4;n+=2)if(this.len>=n){const r=this.r[this.len-n];const B=this.r[this.len-n+1];if(e<=B+1&&r<=t+1){if(e<r)this.r[this.len-n]=e;if(t>B)this.r[this.len-n+1]=t;return this}}}this.r[this.len++]=e;this.r[this.len++]=t;return this}appendFoldedRange(e,t){if(e<=_.MIN_FOLD&&t>=_.MAX_FOLD)return this.appendRange(e,t);if(t<_.MIN_FOLD||e>_.MAX_FOLD)return this.appendRange(e,t);if(e<_.MIN_FOLD){this.appendRange(e,_.MIN_FOLD-1);e=_.MIN_FOLD}if(t>_.MAX_FOLD){this.appendRange(_.MAX_FOLD+1,t);t=_.MAX_FOLD}for(let n=e;n<=t;n++){this.appendRange(n,n);for(let e=_.simpleFold(n);e!==n;e=_.simpleFold(e))this.appendRange(e,e)}return this}appendClass(e){for(let t=0;t<e.length;t+=2)this.appendRange(e[t],e[t+1]);return this}appendFoldedClass(e){for(let t=0;t<e.length;t+=2)this.appendFoldedRange(e[t],e[t+1]);return this}appendNegatedClass(e){let t=0;for(let n=0;n<e.length;n+=2){const r=e[n];const B=e[n+1];if(t<=r-1)this.appendRange(t,r-1);t=B+1}if(t<=_.MAX_RUNE)this.appendRange(t,_.MAX_RUNE);return this}appendTable(e){for(let t=0;t<e.length;++t){const n=e.getLo(t);const r=e.getHi(t);const B=e.getStride(t);if(B===1){this.appendRange(n,r);continue}for(let e=n;e<=r;e+=B)this.appendRange(e,e)}return this}appendNegatedTable(e){let t=0;for(let n=0;n<e.length;++n){const r=e.getLo(n);const B=e.getHi(n);const s=e.getStride(n);if(s===1){if(t<=r-1)this.appendRange(t,r-1);t=B+1;continue}for(let e=r;e<=B;e+=s){if(t<=e-1)this.appendRange(t,e-1);t=e+1}}if(t<=_.MAX_RUNE)this.appendRange(t,_.MAX_RUNE);return this}appendTableWithSign(e,t){return t<0?this.appendNegatedTable(e):this.appendTable(e)}negateClass(){let e=0;let t=0;for(let n=0;n<this.len;n+=2){const r=this.r[n];const B=this.r[n+1];if(e<=r-1){this.r[t]=e;this.r[t+1]=r-1;t+=2}e=B+1}this.len=t;if(e<=_.MAX_RUNE){this.r[this.len++]=e;this.r[this.len++]=_.MAX_RUNE}return this}appendClassWithSign(e,t){return t<0?this.appendNegatedClass(e):this.appendClass(e)}appendGroup(e,t){let n=e.cls;if(t)n=(new CharClass).appendFoldedClass(n).cleanClass().toArray();return this.appendClassWithSign(n,e.sign)}toString(){return CharClass.charClassToString(this.r,this.len)}};var st=class{constructor(e){this.str=e;this.position=0}pos(){return this.position}rewindTo(e){this.position=e}more(){return this.position<this.str.length}peek(){return this.str.codePointAt(this.position)}skip(e){this.position+=e}skipString(e){this.position+=e.length}pop(){const e=this.str.codePointAt(this.position);this.position+=Z.charCount(e);return e}lookingAt(e){return this.str.startsWith(e,this.position)}rest(){return this.str.substring(this.position)}from(e){return this.str.substring(e,this.position)}toString(){return this.rest()}};var it=class Parser{static ERR_INTERNAL_ERROR="regexp/syntax: internal error";static ERR_INVALID_CHAR_RANGE="invalid character class range";static ERR_INVALID_ESCAPE="invalid escape sequence";static ERR_INVALID_NAMED_CAPTURE="invalid named capture";static ERR_INVALID_PERL_OP="invalid or unsupported Perl syntax";static ERR_INVALID_REPEAT_OP="invalid nested repetition operator";static ERR_INVALID_REPEAT_SIZE="invalid repeat count";static ERR_MISSING_BRACKET="missing closing ]";static ERR_MISSING_PAREN="missing closing )";static ERR_MISSING_REPEAT_ARGUMENT="missing argument to repetition operator";static ERR_TRAILING_BACKSLASH="trailing backslash at end of expression";static ERR_DUPLICATE_NAMED_CAPTURE="duplicate capture group name";static ERR_UNEXPECTED_PAREN="unexpected )";static ERR_NESTING_DEPTH="expression nests too deeply";static ERR_LARGE="expression too large";static ERR_INVALID_CAPTURE_IN_LOOKBEHIND="invalid capture in lookbehind";static MAX_HEIGHT=1e3;static MAX_SIZE=1398101;static MAX_RUNES=33554432;static ANY_TABLE=new G(new Uint32Array([0,_.MAX_RUNE,1]));static ASCII_TABLE=new G(new Uint32Array([0,127,1]));static ASCII_FOLD_TABLE=new G(new Uint32Array([0,127,1,383,383,1,8490,8490,1]));static unicodeTable(e){if(e==="Any")return{tab:Parser.ANY_TABLE,fold:Parser.ANY_TABLE,sign:1};if(e==="Ascii")return{tab:Parser.ASCII_TABLE,fold:Parser.ASCII_FOLD_TABLE,sign:1};if(e==="Assigned")return{tab:P.CATEGORIES.get("Cn"),fold:P.CATEGORIES.get("Cn"),sign:-1};if(e==="Lc")return{tab:P.CATEGORIES.get("LC"),fold:P.FOLD_CATEGORIES.get("LC"),sign:1};if(P.CATEGORIES.has(e))return{tab:P.CATEGORIES.get(e),fold:P.FOLD_CATEGORIES.get(e),sign:1};if(P.SCRIPTS.has(e))return{tab:P.SCRIPTS.get(e),fold:P.FOLD_SCRIPT.get(e),sign:1};return null}static minFoldRune(e){if(e<_.MIN_FOLD||e>_.MAX_FOLD)return e;let t=e;const n=e;for(e=_.simpleFold(e);e!==n;e=_.simpleFold(e))if(t>e)t=e;return t}static leadingRegexp(e){if(e.op===be.Op.EMPTY_MATCH)return null;if(e.op===be.Op.CONCAT&&e.subs.length>0){const t=e.subs[0];if(t.op===be.Op.EMPTY_MATCH)return null;return t}return e}static literalRegexp(e,t){const n=new be(be.Op.LITERAL);n.flags=t;n.runes=Z.stringToRunes(e);return n}static parse(e,t){return new Parser(e,t).parseInternal()}static parseRepeat(e){const t=e.pos();if(!e.more()||!e.lookingAt("{"))return-1;e.skip(1);const n=Parser.parseInt(e);if(n===-1)return-1;if(!e.more())return-1;let r;if(!e.lookingAt(","))r=n;else{e.skip(1);if(!e.more())return-1;if(e.lookingAt("}"))r=-1;else if((r=Parser.parseInt(e))===-1)return-1}if(!e.more()||!e.lookingAt("}"))return-1;e.skip(1);if(n<0||n>1e3||r===-2||r>1e3||r>=0&&n>r)throw new J(Parser.ERR_INVALID_REPEAT_SIZE,e.from(t));return n<<16|r&_.MAX_BMP}static isValidCaptureName(e){if(e.length===0)return false;for(let t=0;t<e.length;t++){const n=e.codePointAt(t);if(n!==S.CODES["_"]&&!Z.isalnum(n))return false}return true}static parseInt(e){const t=e.pos();while(e.more()&&e.peek()>=S.CODES["0"]&&e.peek()<=S.CODES["9"])e.skip(1);const n=e.from(t);if(n.length===0||n.length>1&&n.codePointAt(0)===S.CODES["0"])return-1;if(n.length>8)return-2;return parseInt(n,10)}static isCharClass(e){return e.op===be.Op.LITERAL&&e.runes.length===1||e.op===be.Op.CHAR_CLASS||e.op===be.Op.ANY_CHAR_NOT_NL||e.op===be.Op.ANY_CHAR}static matchRune(e,t){switch(e.op){case be.Op.LITERAL:return e.runes.length===1&&e.runes[0]===t;case be.Op.CHAR_CLASS:for(let n=0;n<e.runes.length;n+=2)if(e.runes[n]<=t&&t<=e.runes[n+1])return true;return false;case be.Op.ANY_CHAR_NOT_NL:return t!==S.CODES["\n"];case be.Op.ANY_CHAR:return true}return false}static mergeCharClass(e,t){switch(e.op){case be.Op.ANY_CHAR:break;case be.Op.ANY_CHAR_NOT_NL:if(Parser.matchRune(t,S.CODES["\n"]))e.op=be.Op.ANY_CHAR;break;case be.Op.CHAR_CLASS:{const n=new Bt(Array.isArray(e.runes)?e.runes:Array.from(e.runes));if(t.op===be.Op.LITERAL)n.appendLiteral(t.runes[0],t.flags);else n.appendClass(t.runes);e.runes=n.toGrowableArray();break}case be.Op.LITERAL:if(t.runes[0]===e.runes[0]&&t.flags===e.flags)break;e.op=be.Op.CHAR_CLASS;e.runes=(new Bt).appendLiteral(e.runes[0],e.flags).appendLiteral(t.runes[0],t.flags).toGrowableArray()}}static parseEscape(e){const t=e.pos();e.skip(1);if(!e.more())throw new J(Parser.ERR_TRAILING_BACKSLASH);let n=e.pop();e:switch(n){case S.CODES["1"]:case S.CODES["2"]:case S.CODES["3"]:case S.CODES["4"]:case S.CODES["5"]:case S.CODES["6"]:case S.CODES["7"]:if(!e.more()||e.peek()<S.CODES["0"]||e.peek()>S.CODES["7"])break;case S.CODES["0"]:{let t=n-S.CODES["0"];for(let n=1;n<3;n++){if(!e.more()||e.peek()<S.CODES["0"]||e.peek()>S.CODES["7"])break;t=t*8+e.peek()-S.CODES["0"];e.skip(1)}return t}case S.CODES["x"]:{if(!e.more())break;n=e.pop();if(n===S.CODES["{"]){let t=0;let r=0;while(true){if(!e.more())break e;n=e.pop();if(n===S.CODES["}"])break;const B=Z.unhex(n);if(B<0)break e;r=r*16+B;if(r>_.MAX_RUNE)break e;t++}if(t===0)break e;return r}const t=Z.unhex(n);if(!e.more())break;n=e.pop();const r=Z.unhex(n);if(t<0||r<0)break;return t*16+r}case S.CODES["a"]:return S.CODES[""];case S.CODES["f"]:return S.CODES["\f"];case S.CODES["n"]:return S.CODES["\n"];case S.CODES["r"]:return S.CODES["\r"];case S.CODES["t"]:return S.CODES["\t"];case S.CODES["v"]:return S.CODES["\v"];default:if(n<=_.MAX_ASCII&&!Z.isalnum(n))return n}throw new J(Parser.ERR_INVALID_ESCAPE,e.from(t))}static parseClassChar(e,t){if(!e.more())throw new J(Parser.ERR_MISSING_BRACKET,e.from(t));if(e.lookingAt("\\"))return Parser.parseEscape(e);return e.pop()}static hasCapture(e){if(e===null)return false;if(e.op===be.Op.CAPTURE)return true;if(e.subs){for(let t of e.subs)if(Parser.hasCapture(t))return true}return false}constructor(e,t=0){this.wholeRegexp=e;this.flags=t;this.numCap=0;this.namedGroups=Object.create(null);this.stack=[];this.free=null;this.numRegexp=0;this.numRunes=0;this.repeats=0;this.height=null;this.size=null;this.nlb=0}newRegexp(e){let t=this.free;if(t!==null&&t.subs!==null&&t.subs.length>0){this.free=t.subs[0];t.reinit();t.op=e}else{t=new be(e);this.numRegexp+=1}return t}reuse(e){if(this.height!==null&&this.height.has(e))this.height.delete(e);if(e.subs!==null&&e.subs.length>0)e.subs[0]=this.free;this.free=e}checkLimits(e){if(this.numRunes>Parser.MAX_RUNES)throw new J(Parser.ERR_LARGE);this.checkSize(e);this.checkHeight(e)}checkSize(e){if(this.size===null){if(this.repeats===0)this.repeats=1;if(e.op===be.Op.REPEAT){let t=e.max;if(t===-1)t=e.min;if(t<=0)t=1;if(t>Math.floor(Parser.MAX_SIZE/this.repeats))this.repeats=Parser.MAX_SIZE;else this.repeats*=t}if(this.numRegexp<Math.floor(Parser.MAX_SIZE/this.repeats))return;this.size=new Map;for(let e of this.stack)this.checkSize(e)}if(this.calcSize(e,true)>Parser.MAX_SIZE)throw new J(Parser.ERR_LARGE)}calcSize(e,t=false){if(!t&&this.size!==null){if(this.size.has(e))return this.size.get(e)}let n=0;switch(e.op){case be.Op.LITERAL:n=e.runes.length;break;case be.Op.PLB:case be.Op.NLB:case be.Op.CAPTURE:case be.Op.STAR:n=2+this.calcSize(e.subs[0]);break;case be.Op.PLUS:case be.Op.QUEST:n=1+this.calcSize(e.subs[0]);break;case be.Op.CONCAT:for(let t of e.subs)n=n+this.calcSize(t);break;case be.Op.ALTERNATE:for(let t of e.subs)n=n+this.calcSize(t);if(e.subs.length>1)n=n+e.subs.length-1;break;case be.Op.REPEAT:{let t=this.calcSize(e.subs[0]);if(e.max===-1){if(e.min===0)n=2+t;else n=1+e.min*t;break}n=e.max*t+(e.max-e.min);break}}n=Math.max(1,n);if(this.size===null)this.size=new Map;this.size.set(e,n);return n}checkHeight(e){if(this.numRegexp<Parser.MAX_HEIGHT)return;if(this.height===null){this.height=new Map;for(let e of this.stack)this.checkHeight(e)}if(this.calcHeight(e,true)>Parser.MAX_HEIGHT)throw new J(Parser.ERR_NESTING_DEPTH)}calcHeight(e,t=false){if(!t&&this.height!==null){if(this.height.has(e))return this.height.get(e)}let n=1;for(let t of e.subs){const e=this.calcHeight(t);if(n<1+e)n=1+e}if(this.height===null)this.height=new Map;this.height.set(e,n);return n}pop(){return this.stack.pop()}popToPseudo(){const e=this.stack.length;let t=e;while(t>0&&!be.isPseudoOp(this.stack[t-1].op))t--;return this.stack.splice(t,e-t)}push(e){this.numRunes+=e.runes.length;if(e.op===be.Op.CHAR_CLASS&&e.runes.length===2&&e.runes[0]===e.runes[1]){if(this.maybeConcat(e.runes[0],this.flags&~x.FOLD_CASE))return null;e.op=be.Op.LITERAL;e.runes=[e.runes[0]];e.flags=this.flags&~x.FOLD_CASE}else if(e.op===be.Op.CHAR_CLASS&&e.runes.length===4&&e.runes[0]===e.runes[1]&&e.runes[2]===e.runes[3]&&_.simpleFold(e.runes[0])===e.runes[2]&&_.simpleFold(e.runes[2])===e.runes[0]||e.op===be.Op.CHAR_CLASS&&e.runes.length===2&&e.runes[0]+1===e.runes[1]&&_.simpleFold(e.runes[0])===e.runes[1]&&_.simpleFold(e.runes[1])===e.runes[0]){if(this.maybeConcat(e.runes[0],this.flags|x.FOLD_CASE))return null;e.op=be.Op.LITERAL;e.runes=[e.runes[0]];e.flags=this.flags|x.FOLD_CASE}else this.maybeConcat(-1,0);this.stack.push(e);this.checkLimits(e);return e}maybeConcat(e,t){const n=this.stack.length;if(n<2)return false;const r=this.stack[n-1];const B=this.stack[n-2];if(r.op!==be.Op.LITERAL||B.op!==be.Op.LITERAL||(r.flags&x.FOLD_CASE)!==(B.flags&x.FOLD_CASE))return false;if(!Array.isArray(B.runes))B.runes=Array.from(B.runes);for(let e=0;e<r.runes.length;e++)B.runes.push(r.runes[e]);if(e>=0){r.runes=[e];r.flags=t;return true}this.pop();this.reuse(r);return false}newLiteral(e,t){const n=this.newRegexp(be.Op.LITERAL);n.flags=t;if((t&x.FOLD_CASE)!==0)e=Parser.minFoldRune(e);n.runes=[e];return n}literal(e){this.push(this.newLiteral(e,this.flags))}op(e){const t=this.newRegexp(e);t.flags=this.flags;return this.push(t)}repeat(e,t,n,r,B,s){let i=this.flags;if((i&x.PERL_X)!==0){if(B.more()&&B.lookingAt("?")){B.skip(1);i^=x.NON_GREEDY}if(s!==-1)throw new J(Parser.ERR_INVALID_REPEAT_OP,B.from(s))}const a=this.stack.length;if(a===0)throw new J(Parser.ERR_MISSING_REPEAT_ARGUMENT,B.from(r));const o=this.stack[a-1];if(be.isPseudoOp(o.op))throw new J(Parser.ERR_MISSING_REPEAT_ARGUMENT,B.from(r));const l=this.newRegexp(e);l.min=t;l.max=n;l.flags=i;l.subs=[o];this.stack[a-1]=l;this.checkLimits(l);if(e===be.Op.REPEAT&&(t>=2||n>=2)&&!this.repeatIsValid(l,1e3))throw new J(Parser.ERR_INVALID_REPEAT_SIZE,B.from(r))}repeatIsValid(e,t){if(e.op===be.Op.REPEAT){let n=e.max;if(n===0)return true;if(n<0)n=e.min;if(n>t)return false;if(n>0)t=Math.trunc(t/n)}for(let n of e.subs)if(!this.repeatIsValid(n,t))return false;return true}concat(){this.maybeConcat(-1,0);const e=this.popToPseudo();if(e.length===0)return this.push(this.newRegexp(be.Op.EMPTY_MATCH));return this.push(this.collapse(e,be.Op.CONCAT))}alternate(){const e=this.popToPseudo();if(e.length>0)this.cleanAlt(e[e.length-1]);if(e.length===0)return this.push(this.newRegexp(be.Op.NO_MATCH));return this.push(this.collapse(e,be.Op.ALTERNATE))}cleanAlt(e){if(e.op===be.Op.CHAR_CLASS){e.runes=new Bt(Array.from(e.runes)).cleanClass().toArray();if(e.runes.length===2&&e.runes[0]===0&&e.runes[1]===_.MAX_RUNE){e.runes=new Int32Array(0);e.op=be.Op.ANY_CHAR}else if(e.runes.length===4&&e.runes[0]===0&&e.runes[1]===S.CODES["\n"]-1&&e.runes[2]===S.CODES["\n"]+1&&e.runes[3]===_.MAX_RUNE){e.runes=new Int32Array(0);e.op=be.Op.ANY_CHAR_NOT_NL}}}collapse(e,t){if(e.length===1)return e[0];let n=0;for(let r of e)n+=r.op===t?r.subs.length:1;let r=new Array(n).fill(null);let B=0;for(let n of e)if(n.op===t){for(let e=0;e<n.subs.length;e++)r[B++]=n.subs[e];this.reuse(n)}else r[B++]=n;let s=this.newRegexp(t);s.subs=r;if(t===be.Op.ALTERNATE){s.subs=this.factor(s.subs);if(s.subs.length===1){const e=s;s=s.subs[0];this.reuse(e)}}return s}factor(e){if(e.length<2)return e;let t=0;let n=e.length;let r=0;let B=null;let s=0;let i=0;let a=0;for(let o=0;o<=n;o++){let l=null;let c=0;let u=0;if(o<n){let n=e[t+o];if(n.op===be.Op.CONCAT&&n.subs.length>0)n=n.subs[0];if(n.op===be.Op.LITERAL){l=n.runes;c=n.runes.length;u=n.flags&x.FOLD_CASE}if(u===i){let e=0;while(e<s&&e<c&&B[e]===l[e])e++;if(e>0){s=e;continue}}}if(o===a){}else if(o===a+1)e[r++]=e[t+a];else{const n=this.newRegexp(be.Op.LITERAL);n.flags=i;n.runes=B.slice(0,s);for(let n=a;n<o;n++){e[t+n]=this.removeLeadingString(e[t+n],s);this.checkLimits(e[t+n])}const l=this.collapse(e.slice(t+a,t+o),be.Op.ALTERNATE);const c=this.newRegexp(be.Op.CONCAT);c.subs=[n,l];e[r++]=c}a=o;B=l;s=c;i=u}n=r;t=0;a=0;r=0;let o=null;for(let B=0;B<=n;B++){let s=null;if(B<n){s=Parser.leadingRegexp(e[t+B]);if(o!==null&&o.equals(s)&&(Parser.isCharClass(o)||o.op===be.Op.REPEAT&&o.min===o.max&&Parser.isCharClass(o.subs[0])))continue}if(B===a){}else if(B===a+1)e[r++]=e[t+a];else{const n=o;for(let n=a;n<B;n++){const r=n!==a;e[t+n]=this.removeLeadingRegexp(e[t+n],r);this.checkLimits(e[t+n])}const s=this.collapse(e.slice(t+a,t+B),be.Op.ALTERNATE);const i=this.newRegexp(be.Op.CONCAT);i.subs=[n,s];e[r++]=i}a=B;o=s}n=r;t=0;a=0;r=0;for(let B=0;B<=n;B++){if(B<n&&Parser.isCharClass(e[t+B]))continue;if(B===a){}else if(B===a+1)e[r++]=e[t+a];else{let n=a;for(let r=a+1;r<B;r++){const B=e[t+n];const s=e[t+r];if(B.op<s.op||B.op===s.op&&(B.runes!==null?B.runes.length:0)<(s.runes!==null?s.runes.length:0))n=r}const s=e[t+a];e[t+a]=e[t+n];e[t+n]=s;for(let n=a+1;n<B;n++){Parser.mergeCharClass(e[t+a],e[t+n]);this.reuse(e[t+n])}this.cleanAlt(e[t+a]);e[r++]=e[t+a]}if(B<n)e[r++]=e[t+B];a=B+1}n=r;t=0;a=0;r=0;for(let B=0;B<n;++B){if(B+1<n&&e[t+B].op===be.Op.EMPTY_MATCH&&e[t+B+1].op===be.Op.EMPTY_MATCH)continue;e[r++]=e[t+B]}n=r;t=0;return e.slice(t,n)}removeLeadingString(e,t){if(e.op===be.Op.CONCAT&&e.subs.length>0){const n=this.removeLeadingString(e.subs[0],t);e.subs[0]=n;if(n.op===be.Op.EMPTY_MATCH){this.reuse(n);switch(e.subs.length){case 0:case 1:e.op=be.Op.EMPTY_MATCH;e.subs=be.emptySubs();break;case 2:{const t=e;e=e.subs[1];this.reuse(t);break}default:e.subs=e.subs.slice(1,e.subs.length)}}return e}if(e.op===be.Op.LITERAL){e.runes=e.runes.slice(t,e.runes.length);if(e.runes.length===0)e.op=be.Op.EMPTY_MATCH}return e}removeLeadingRegexp(e,t){if(e.op===be.Op.CONCAT&&e.subs.length>0){if(t)this.reuse(e.subs[0]);e.subs=e.subs.slice(1,e.subs.length);switch(e.subs.length){case 0:e.op=be.Op.EMPTY_MATCH;e.subs=be.emptySubs();break;case 1:{const t=e;e=e.subs[0];this.reuse(t);break}}return e}if(t)this.reuse(e);return this.newRegexp(be.Op.EMPTY_MATCH)}parseInternal(){if((this.flags&x.LITERAL)!==0)return Parser.literalRegexp(this.wholeRegexp,this.flags);let e=-1;let t=-1;let n=-1;const r=new st(this.wholeRegexp);while(r.more()){let B=-1;e:switch(r.peek()){case S.CODES["("]:if((this.flags&x.LOOKBEHIND)!==0){if(r.lookingAt("(?<=")){this.parsePosLookBehind();r.skip(4);break}if(r.lookingAt("(?<!")){this.parseNegLookBehind();r.skip(4);break}}if((this.flags&x.PERL_X)!==0&&r.lookingAt("(?")){this.parsePerlFlags(r);break}this.op(be.Op.LEFT_PAREN).cap=++this.numCap;r.skip(1);break;case S.CODES["|"]:this.parseVerticalBar();r.skip(1);break;case S.CODES[")"]:this.parseRightParen();r.skip(1);break;case S.CODES["^"]:if((this.flags&x.ONE_LINE)!==0)this.op(be.Op.BEGIN_TEXT);else this.op(be.Op.BEGIN_LINE);r.skip(1);break;case S.CODES["$"]:if((this.flags&x.ONE_LINE)!==0)this.op(be.Op.END_TEXT).flags|=x.WAS_DOLLAR;else this.op(be.Op.END_LINE);r.skip(1);break;case S.CODES["."]:if((this.flags&x.DOT_NL)!==0)this.op(be.Op.ANY_CHAR);else this.op(be.Op.ANY_CHAR_NOT_NL);r.skip(1);break;case S.CODES["["]:this.parseClass(r);break;case S.CODES["*"]:case S.CODES["+"]:case S.CODES["?"]:{B=r.pos();let s=null;switch(r.pop()){case S.CODES["*"]:s=be.Op.STAR;break;case S.CODES["+"]:s=be.Op.PLUS;break;case S.CODES["?"]:s=be.Op.QUEST}this.repeat(s,t,n,B,r,e);break}case S.CODES["{"]:{const s=r.pos();const i=Parser.parseRepeat(r);if(i<0){r.rewindTo(s);this.literal(r.pop());break}B=s;t=i>>16;n=(i&_.MAX_BMP)<<16>>16;this.repeat(be.Op.REPEAT,t,n,B,r,e);break}case S.CODES["\\"]:{const e=r.pos();r.skip(1);if((this.flags&x.PERL_X)!==0&&r.more())switch(r.pop()){case S.CODES["A"]:this.op(be.Op.BEGIN_TEXT);break e;case S.CODES["b"]:this.op(be.Op.WORD_BOUNDARY);break e;case S.CODES["B"]:this.op(be.Op.NO_WORD_BOUNDARY);break e;case S.CODES["C"]:throw new J(Parser.ERR_INVALID_ESCAPE,"\\C");case S.CODES["Q"]:{let e=r.rest();const t=e.indexOf("\\E");if(t>=0){e=e.substring(0,t);r.skipString(e);r.skipString("\\E")}else r.skipString(e);let n=0;while(n<e.length){const t=e.codePointAt(n);this.literal(t);n+=Z.charCount(t)}break e}case S.CODES["z"]:this.op(be.Op.END_TEXT);break e;default:r.rewindTo(e)}else r.rewindTo(e);const t=this.newRegexp(be.Op.CHAR_CLASS);t.flags=this.flags;if(r.lookingAt("\\p")||r.lookingAt("\\P")){const e=new Bt;if(this.parseUnicodeClass(r,e)){t.runes=e.toArray();this.push(t);break e}}const n=new Bt;if(this.parsePerlClassEscape(r,n)){t.runes=n.toArray();this.push(t);break e}r.rewindTo(e);this.reuse(t);this.literal(Parser.parseEscape(r));break}default:this.literal(r.pop())}e=B}this.concat();if(this.swapVerticalBar())this.pop();this.alternate();if(this.stack.length!==1)throw new J(Parser.ERR_MISSING_PAREN,this.wholeRegexp);this.stack[0].namedGroups=this.namedGroups;return this.stack[0]}parsePerlFlags(e){const t=e.pos();const n=e.rest();if(n.startsWith("(?P<")||n.startsWith("(?<")){const t=n.charAt(2)==="P"?4:3;const r=n.indexOf(">");if(r<0)throw new J(Parser.ERR_INVALID_NAMED_CAPTURE,n);const B=n.substring(t,r);e.skipString(B);e.skip(t+1);if(!Parser.isValidCaptureName(B))throw new J(Parser.ERR_INVALID_NAMED_CAPTURE,n.substring(0,r+1));const s=this.op(be.Op.LEFT_PAREN);s.cap=++this.numCap;if(this.namedGroups[B])throw new J(Parser.ERR_DUPLICATE_NAMED_CAPTURE,B);this.namedGroups[B]=this.numCap;s.name=B;return}e.skip(2);let r=this.flags;let B=1;let s=false;e:while(e.more()){const t=e.pop();switch(t){case S.CODES["i"]:r|=x.FOLD_CASE;s=true;break;case S.CODES["m"]:r&=~x.ONE_LINE;s=true;break;case S.CODES["s"]:r|=x.DOT_NL;s=true;break;case S.CODES["U"]:r|=x.NON_GREEDY;s=true;break;case S.CODES["-"]:if(B<0)break e;B=-1;r=~r;s=false;break;case S.CODES[":"]:case S.CODES[")"]:if(B<0){if(!s)break e;r=~r}if(t===S.CODES[":"])this.op(be.Op.LEFT_PAREN);this.flags=r;return;default:break e}}throw new J(Parser.ERR_INVALID_PERL_OP,e.from(t))}parsePosLookBehind(){const e=this.newRegexp(be.Op.LEFT_PAREN);e.flags=this.flags;e.lb=++this.nlb;return this.push(e)}parseNegLookBehind(){const e=this.newRegexp(be.Op.LEFT_PAREN);e.flags=this.flags;e.lb=-++this.nlb;return this.push(e)}parseVerticalBar(){this.concat();if(!this.swapVerticalBar())this.op(be.Op.VERTICAL_BAR)}swapVerticalBar(){const e=this.stack.length;if(e>=3&&this.stack[e-2].op===be.Op.VERTICAL_BAR&&Parser.isCharClass(this.stack[e-1])&&Parser.isCharClass(this.stack[e-3])){let t=this.stack[e-1];let n=this.stack[e-3];if(t.op>n.op){const r=n;n=t;t=r;this.stack[e-3]=n}Parser.mergeCharClass(n,t);this.reuse(t);this.pop();return true}if(e>=2){const t=this.stack[e-1];const n=this.stack[e-2];if(n.op===be.Op.VERTICAL_BAR){if(e>=3)this.cleanAlt(this.stack[e-3]);this.stack[e-2]=t;this.stack[e-1]=n;return true}}return false}parseRightParen(){this.concat();if(this.swapVerticalBar())this.pop();this.alternate();if(this.stack.length<2)throw new J(Parser.ERR_UNEXPECTED_PAREN,this.wholeRegexp);const e=this.pop();const t=this.pop();if(t.op!==be.Op.LEFT_PAREN)throw new J(Parser.ERR_UNEXPECTED_PAREN,this.wholeRegexp);this.flags=t.flags;if(t.lb!==0){if(Parser.hasCapture(e))throw new J(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND,this.wholeRegexp);if(t.lb>0)t.op=be.Op.PLB;else t.op=be.Op.NLB;t.subs=[e];this.push(t);return}if(t.cap===0)this.push(e);else{t.op=be.Op.CAPTURE;t.subs=[e];this.push(t)}}parsePerlClassEscape(e,t){const n=e.pos();if((this.flags&x.PERL_X)===0||!e.more()||e.pop()!==S.CODES["\\"]||!e.more())return false;e.pop();const r=e.from(n);const B=Je.has(r)?Je.get(r):null;if(B===null)return false;t.appendGroup(B,(this.flags&x.FOLD_CASE)!==0);return true}parseNamedClass(e,t){const n=e.rest();const r=n.indexOf(":]");if(r<0)return false;const B=n.substring(0,r+2);e.skipString(B);const s=rt.has(B)?rt.get(B):null;if(s===null)throw new J(Parser.ERR_INVALID_CHAR_RANGE,B);t.appendGroup(s,(this.flags&x.FOLD_CASE)!==0);return true}parseUnicodeClass(e,t){const n=e.pos();if((this.flags&x.UNICODE_GROUPS)===0||!e.lookingAt("\\p")&&!e.lookingAt("\\P"))return false;e.skip(1);let r=1;let B=e.pop();if(B===S.CODES["P"])r=-1;if(!e.more()){e.rewindTo(n);throw new J(Parser.ERR_INVALID_CHAR_RANGE,e.rest())}B=e.pop();let s;if(B!==S.CODES["{"])s=Z.runeToString(B);else{const t=e.rest();const r=t.indexOf("}");if(r<0){e.rewindTo(n);throw new J(Parser.ERR_INVALID_CHAR_RANGE,e.rest())}s=t.substring(0,r);e.skipString(s);e.skip(1)}if(!(s.length===0)&&s.codePointAt(0)===S.CODES["^"]){r=0-r;s=s.substring(1)}const i=Parser.unicodeTable(s);if(i===null)throw new J(Parser.ERR_INVALID_CHAR_RANGE,e.from(n));if(i.sign<0)r=0-r;const a=i.tab;const o=i.fold;if((this.flags&x.FOLD_CASE)===0||o===null)t.appendTableWithSign(a,r);else{const e=(new Bt).appendTable(a).appendTable(o).cleanClass().toArray();t.appendClassWithSign(Array.from(e),r)}return true}parseClass(e){const t=e.pos();e.skip(1);const n=this.newRegexp(be.Op.CHAR_CLASS);n.flags=this.flags;const r=new Bt;let B=1;if(e.more()&&e.lookingAt("^")){B=-1;e.skip(1);if((this.flags&x.CLASS_NL)===0)r.appendRange(S.CODES["\n"],S.CODES["\n"])}let s=true;while(!e.more()||e.peek()!==S.CODES["]"]||s){if(e.more()&&e.lookingAt("-")&&(this.flags&x.PERL_X)===0&&!s){const n=e.rest();if(n==="-"||!n.startsWith("-]")){e.rewindTo(t);throw new J(Parser.ERR_INVALID_CHAR_RANGE,e.rest())}}s=false;const n=e.pos();if(e.lookingAt("[:")){if(this.parseNamedClass(e,r))continue;e.rewindTo(n)}if(this.parseUnicodeClass(e,r))continue;if(this.parsePerlClassEscape(e,r))continue;e.rewindTo(n);const B=Parser.parseClassChar(e,t);let i=B;if(e.more()&&e.lookingAt("-")){e.skip(1);if(e.more()&&e.lookingAt("]"))e.skip(-1);else{i=Parser.parseClassChar(e,t);if(i<B)throw new J(Parser.ERR_INVALID_CHAR_RANGE,e.from(n))}}if((this.flags&x.FOLD_CASE)===0)r.appendRange(B,i);else r.appendFoldedRange(B,i)}e.skip(1);r.cleanClass();if(B<0)r.negateClass();n.runes=r.toArray();this.push(n)}};var at=class RE2{static initTest(e){const t=RE2.compile(e);const n=new RE2(t.expr,t.prog,t.numSubexp,t.longest);n.cond=t.cond;n.prefix=t.prefix;n.prefixUTF8=t.prefixUTF8;n.prefixComplete=t.prefixComplete;n.prefixRune=t.prefixRune;n.prefilter=t.prefilter;n.namedGroups=t.namedGroups;return n}static compile(e){return RE2.compileImpl(e,x.PERL,false)}static compilePOSIX(e){return RE2.compileImpl(e,x.POSIX,true)}static compileImpl(e,t,n){let r=it.parse(e,t);const B=r.maxCap();const s=r.namedGroups;r=He.simplify(r);const i=Ne.build(r);const a=Me.compileRegexp(r);const o=new RE2(e,a,B,n);o.prefilter=i.type===Te.Type.NONE?null:i;const[l,c]=a.prefix();o.prefixComplete=l;o.prefix=c;o.prefixUTF8=Z.stringToUtf8ByteArray(o.prefix);if(o.prefix.length>0)o.prefixRune=o.prefix.codePointAt(0);o.namedGroups=s;return o}static match(e,t){return RE2.compile(e).match(t)}constructor(e,t,n=0,r=0){this.expr=e;this.prog=t;this.numSubexp=n;this.longest=r;this.cond=t.startCond();this.prefix=null;this.prefixUTF8=null;this.prefixComplete=false;this.prefixRune=0;this.namedGroups=Object.create(null);this.machinePool=[];this.lazyDFA=null;this.onepass=Ie.compile(this.prog);this.prefilter=null}get dfa(){if(this.lazyDFA===null)this.lazyDFA=new pe(this.prog);return this.lazyDFA}matchPrefixComplete(e,t,n,r){if((n===x.ANCHOR_START||n===x.ANCHOR_BOTH)&&t!==0)return null;let B=-1;let s=-1;const i=e.prefixLength(this);if(n===x.UNANCHORED){const n=e.index(this,t);if(n<0)return null;B=t+n;s=B+i}else if(n===x.ANCHOR_BOTH){if(e.endPos()!==i)return null;if(e.index(this,0)!==0)return null;B=0;s=i}else if(n===x.ANCHOR_START){if(e.index(this,0)!==0)return null;B=0;s=i}if(B<0)return null;if(r>0){const e=new Int32Array(r).fill(-1);e[0]=B;e[1]=s;return Array.from(e)}return[]}createLookbehindState(){return this.prog.numLb>0?new ce(this.prog):null}executeEngine(e,t,n,r,B=null){if(this.prefixComplete&&(r===0||this.numSubexp===0))return this.matchPrefixComplete(e,t,n,r);if(this.prefilter!==null&&n===x.UNANCHORED){if(!this.prefilter.eval(e,t))return null}if(this.onepass!==null)return Ie.execute(this,e,t,n,r);if(r>0){if(this.prog.numLb===0&&e.endPos()<=Ae.maxBitStateLen(this.prog))return Ae.execute(this,e,t,n,r);return this.doExecuteNFA(e,t,n,r,B)}if(this.prog.numLb===0){const B=this.dfa.match(e,t,n);if(B!==null)return B?[]:null;if(e.endPos()<=Ae.maxBitStateLen(this.prog))return Ae.execute(this,e,t,n,r)}return this.doExecuteNFA(e,t,n,r,B)}numberOfCapturingGroups(){return this.numSubexp}numberOfInstructions(){return this.prog.numInst()}get(){return this.machinePool.length>0?this.machinePool.pop():null}reset(){this.machinePool.length=0}put(e){this.machinePool.push(e)}toString(){return this.expr}doExecuteNFA(e,t,n,r,B=null){let s=this.get();if(!s)s=ue.fromRE2(this);s.init(r);const i=s.match(e,t,n,B)?s.submatches():null;this.put(s);return i}match(e){return this.executeEngine(ie.fromUTF16(e),0,x.UNANCHORED,0)!==null}matchWithGroup(e,t,n,r,B,s=null){if(!(e instanceof X)){if(Z.isByteArray(e))e=te.utf8(e);else e=te.utf16(e)}return this.matchMachineInput(e,t,n,r,B,s)}matchMachineInput(e,t,n,r,B,s=null){if(t>n)return[false,null];const i=e.isUTF16Encoding()?ie.fromUTF16(e.asCharSequence(),0,n):ie.fromUTF8(e.asBytes(),0,n);const a=this.executeEngine(i,t,r,2*B,s);if(a===null)return[false,null];return[true,a]}matchUTF8(e){return this.executeEngine(ie.fromUTF8(e),0,x.UNANCHORED,0)!==null}replaceAll(e,t){return this.replaceAllFunc(e,()=>t,2*e.length+1)}replaceFirst(e,t){return this.replaceAllFunc(e,()=>t,1)}replaceAllFunc(e,t,n){let r=0;let B=0;let s="";const i=ie.fromUTF16(e);const a=this.createLookbehindState();let o=0;while(B<=e.length){const l=this.executeEngine(i,B,x.UNANCHORED,2,a);if(l===null||l.length===0)break;s+=e.substring(r,l[0]);if(l[1]>r||l[0]===0){s+=t(e.substring(l[0],l[1]));o++}r=l[1];const c=i.step(B)&7;if(B+c>l[1])B+=c;else if(B+1>l[1])B++;else B=l[1];if(o>=n)break}s+=e.substring(r);return s}pad(e){if(e===null)return null;let t=(1+this.numSubexp)*2;if(e.length<t){let n=new Array(t).fill(-1);for(let t=0;t<e.length;t++)n[t]=e[t];e=n}return e}allMatches(e,t,n=e=>e){let r=[];const B=e.endPos();if(t<0)t=B+1;let s=0;let i=0;let a=-1;const o=this.createLookbehindState();while(i<t&&s<=B){const t=this.executeEngine(e,s,x.UNANCHORED,this.prog.numCap,o);if(t===null||t.length===0)break;let l=true;if(t[1]===s){if(t[0]===a)l=false;const n=e.step(s);if(n<0)s=B+1;else s+=n&7}else s=t[1];a=t[1];if(l){r.push(n(this.pad(t)));i++}}return r}findUTF8(e){const t=this.executeEngine(ie.fromUTF8(e),0,x.UNANCHORED,2);if(t===null)return null;return e.slice(t[0],t[1])}findUTF8Index(e){const t=this.executeEngine(ie.fromUTF8(e),0,x.UNANCHORED,2);if(t===null)return null;return t.slice(0,2)}find(e){const t=this.executeEngine(ie.fromUTF16(e),0,x.UNANCHORED,2);if(t===null)return"";return e.substring(t[0],t[1])}findIndex(e){return this.executeEngine(ie.fromUTF16(e),0,x.UNANCHORED,2)}findUTF8Submatch(e){const t=this.executeEngine(ie.fromUTF8(e),0,x.UNANCHORED,this.prog.numCap);if(t===null)return null;const n=new Array(1+this.numSubexp).fill(null);for(let r=0;r<n.length;r++)if(2*r<t.length&&t[2*r]>=0)n[r]=e.slice(t[2*r],t[2*r+1]);return n}findUTF8SubmatchIndex(e){return this.pad(this.executeEngine(ie.fromUTF8(e),0,x.UNANCHORED,this.prog.numCap))}findSubmatch(e){const t=this.executeEngine(ie.fromUTF16(e),0,x.UNANCHORED,this.prog.numCap);if(t===null)return null;const n=new Array(1+this.numSubexp).fill(null);for(let r=0;r<n.length;r++)if(2*r<t.length&&t[2*r]>=0)n[r]=e.substring(t[2*r],t[2*r+1]);return n}findSubmatchIndex(e){return this.pad(this.executeEngine(ie.fromUTF16(e),0,x.UNANCHORED,this.prog.numCap))}findAllUTF8(e,t){const n=this.allMatches(ie.fromUTF8(e),t,t=>e.slice(t[0],t[1]));if(n.length===0)return null;return n}findAllUTF8Index(e,t){const n=this.allMatches(ie.fromUTF8(e),t,e=>e.slice(0,2));if(n.length===0)return null;return n}findAll(e,t){const n=this.allMatches(ie.fromUTF16(e),t,t=>e.substring(t[0],t[1]));if(n.length===0)return null;return n}findAllIndex(e,t){const n=this.allMatches(ie.fromUTF16(e),t,e=>e.slice(0,2));if(n.length===0)return null;return n}findAllUTF8Submatch(e,t){const n=this.allMatches(ie.fromUTF8(e),t,t=>{let n=new Array(t.length/2|0).fill(null);for(let r=0;r<n.length;r++)if(t[2*r]>=0)n[r]=e.slice(t[2*r],t[2*r+1]);return n});if(n.length===0)return null;return n}findAllUTF8SubmatchIndex(e,t){const n=this.allMatches(ie.fromUTF8(e),t);if(n.length===0)return null;return n}findAllSubmatch(e,t){const n=this.allMatches(ie.fromUTF16(e),t,t=>{let n=new Array(t.length/2|0).fill(null);for(let r=0;r<n.length;r++)if(t[2*r]>=0)n[r]=e.substring(t[2*r],t[2*r+1]);return n});if(n.length===0)return null;return n}findAllSubmatchIndex(e,t){const n=this.allMatches(ie.fromUTF16(e),t);if(n.length===0)return null;return n}};var ot=class RE2Set{static UNANCHORED=x.UNANCHORED;static ANCHOR_START=x.ANCHOR_START;static ANCHOR_BOTH=x.ANCHOR_BOTH;constructor(e=RE2Set.UNANCHORED,t=0,n=8388608){if(![RE2Set.UNANCHORED,RE2Set.ANCHOR_START,RE2Set.ANCHOR_BOTH].includes(e))throw new Y("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");Z.checkFlags(t);this.anchor=e;this.jsFlags=t;this.maxMem=n;let r=x.PERL;if((t&T.DISABLE_UNICODE_GROUPS)!==0)r&=~x.UNICODE_GROUPS;if((t&T.LOOKBEHINDS)!==0)r|=x.LOOKBEHIND;this.re2Flags=r;this.regexps=[];this.prog=null;this.dfa=null;this.dummyRe2=null}add(e){if(this.prog)throw new q("Cannot add patterns after compile");Z.checkPattern(e);let t=e;if((this.jsFlags&T.CASE_INSENSITIVE)!==0)t=`(?i)${t}`;if((this.jsFlags&T.DOTALL)!==0)t=`(?s)${t}`;if((this.jsFlags&T.MULTILINE)!==0)t=`(?m)${t}`;const n=it.parse(t,this.re2Flags);this.regexps.push(He.simplify(n));return this.regexps.length-1}compile(){if(this.prog)return;const e=Me.compileSet(this.regexps);if(e.numInst()>it.MAX_SIZE)throw new q(`${it.ERR_LARGE}: the set compiles to ${e.numInst()} instructions, more than ${it.MAX_SIZE}`);this.prog=e;this.dfa=new pe(this.prog,this.maxMem);this.dummyRe2={prog:this.prog,cond:this.prog.startCond(),prefix:"",prefixRune:0,longest:false}}match(e){if(!this.prog)this.compile();const t=Z.isByteArray(e)?ie.fromUTF8(e):ie.fromUTF16(e);let n=x.UNANCHORED;if(this.anchor===RE2Set.ANCHOR_START)n=x.ANCHOR_START;else if(this.anchor===RE2Set.ANCHOR_BOTH)n=x.ANCHOR_BOTH;const r=this.dfa.matchSet(t,0,n);if(r!==null)return r;const B=ue.fromRE2(this.dummyRe2);B.init(0);return B.matchSet(t,0,n)}};var lt=class TranslateRegExpString{static isHexadecimal(e){return"0"<=e&&e<="9"||"A"<=e&&e<="F"||"a"<=e&&e<="f"}static translate(e){let t="";if(Object.prototype.toString.call(e)==="[object RegExp]"){if(e.ignoreCase)t+="i";if(e.multiline)t+="m";if(e.dotAll)t+="s";e=e.source}if(typeof e!=="string")return e;let n="";let r=false;let B=e.length;if(B===0){n="(?:)";r=true}let s=false;let i=0;while(i<B){let t=e[i];if(t==="\\"){if(i+1<B){t=e[i+1];switch(t){case"\\":n+="\\\\";i+=2;continue;case"c":if(i+2<B){let t=e[i+2].charCodeAt(0);if(t>=65&&t<=90||t>=97&&t<=122){let e=t%32;n+="\\x";n+=(e>>4).toString(16).toUpperCase();n+=(e&15).toString(16).toUpperCase();i+=3;r=true;continue}}n+="c";i+=2;r=true;continue;case"u":if(i+2<B){if(e[i+2]==="{"){let t=i+3;let s=false;let a=false;while(t<B){const n=e[t];if(n==="}"){a=true;break}if(!TranslateRegExpString.isHexadecimal(n))break;s=true;t++}if(a&&s){n+="\\x";i+=2;r=true;continue}}else if(i+5<B){let t=true;for(let n=0;n<4;n++)if(!TranslateRegExpString.isHexadecimal(e[i+2+n])){t=false;break}if(t){n+="\\x{"+e.substring(i+2,i+6)+"}";i+=6;r=true;continue}}}n+="u";i+=2;r=true;continue;case"x":{let t=false;if(i+2<B&&e[i+2]==="{"){let n=i+3;let r=false;let s=false;while(n<B){const t=e[n];if(t==="}"){s=true;break}if(!TranslateRegExpString.isHexadecimal(t))break;r=true;n++}if(s&&r)t=true}else if(i+3<B&&TranslateRegExpString.isHexadecimal(e[i+2])&&TranslateRegExpString.isHexadecimal(e[i+3]))t=true;if(t){n+="\\x";i+=2}else{n+="x";i+=2;r=true}continue}case"n":case"r":case"t":case"a":case"f":case"v":case"d":case"D":case"s":case"S":case"w":case"W":case"b":case"B":case"p":case"P":case"A":case"z":case"Q":case"E":case"0":case"1":case"2":case"3":case"4":case"5":case"6":case"7":n+="\\"+t;i+=2;continue;default:{let t=e.codePointAt(i+1);if(t>=48&&t<=57||t>=65&&t<=90||t>=97&&t<=122){let B=Z.charCount(t);n+=e.substring(i+1,i+1+B);i+=B+1;r=true}else{n+="\\";let r=Z.charCount(t);n+=e.substring(i+1,i+1+r);i+=r+1}continue}}}}else if(t==="/"){n+="\\/";i+=1;r=true;continue}else if(t==="["){if(!s&&e[i+1]==="]"){n+="[^\\x00-\\x{10FFFF}]";i+=2;r=true;continue}if(!s&&e[i+1]==="^"&&e[i+2]==="]"){n+="[\\x00-\\x{10FFFF}]";i+=3;r=true;continue}s=true}else if(t==="]")s=false;else if(!s&&t==="("&&i+2<B&&e[i+1]==="?"&&e[i+2]==="<"){if(i+3<B&&!"=!>)".includes(e[i+3])){n+="(?P<";i+=3;r=true;continue}}let a=e.codePointAt(i);let o=Z.charCount(a);n+=e.substring(i,i+o);i+=o}const a=r?n:e;if(t.length>0)return`(?${t})${a}`;return a}};const execResult=(e,t)=>{const n=e.matchArray();n.index=e.start(0);n.input=t;n.groups=e.namedGroupsObject();return n};var ct=class RE2JS{static CASE_INSENSITIVE=T.CASE_INSENSITIVE;static DOTALL=T.DOTALL;static MULTILINE=T.MULTILINE;static DISABLE_UNICODE_GROUPS=T.DISABLE_UNICODE_GROUPS;static LONGEST_MATCH=T.LONGEST_MATCH;static LOOKBEHINDS=T.LOOKBEHINDS;static quote(e){return Z.quoteMeta(e)}static quoteReplacement(e,t=false){return ae.quoteReplacement(e,t)}static translateRegExp(e){return lt.translate(e)}static compile(e,t=0){Z.checkPattern(e);Z.checkFlags(t);let n=e;if((t&RE2JS.CASE_INSENSITIVE)!==0)n=`(?i)${n}`;if((t&RE2JS.DOTALL)!==0)n=`(?s)${n}`;if((t&RE2JS.MULTILINE)!==0)n=`(?m)${n}`;let r=x.PERL;if((t&RE2JS.DISABLE_UNICODE_GROUPS)!==0)r&=~x.UNICODE_GROUPS;if((t&RE2JS.LOOKBEHINDS)!==0)r|=x.LOOKBEHIND;const B=new RE2JS(e,t);B.re2Input=at.compileImpl(n,r,(t&RE2JS.LONGEST_MATCH)!==0);return B}static matches(e,t){return RE2JS.compile(e).testExact(t)}static initTest(e,t,n){if(e==null)throw new Error("pattern is null");if(n==null)throw new Error("re2 is null");const r=new RE2JS(e,t);r.re2Input=n;return r}constructor(e,t){this.patternInput=e;this.flagsInput=t;this.re2Input=null}reset(){this.re2Input.reset()}flags(){return this.flagsInput}pattern(){return this.patternInput}re2(){return this.re2Input}matches(e){return this.testExact(e)}matcher(e){if(Z.isByteArray(e))e=te.utf8(e);return new ae(this,e)}test(e){if(Z.isByteArray(e))return this.re2Input.matchUTF8(e);return this.re2Input.match(e)}testExact(e){const t=Z.isByteArray(e)?ie.fromUTF8(e):ie.fromUTF16(e);return this.re2Input.executeEngine(t,0,x.ANCHOR_BOTH,0)!==null}exec(e){const t=this.matcher(e);return t.find()?execResult(t,e):null}split(e,t=0){const n=this.matcher(e);const r=[];let B=0;let s=0;while(n.find()){if(s===0&&n.end()===0){s=n.end();continue}if(t>0&&r.length===t-1)break;if(s===n.start()){if(t===0){B+=1;s=n.end();continue}}else while(B>0){r.push("");B-=1}r.push(n.substring(s,n.start()));s=n.end()}if(t===0&&s!==n.inputLength()){while(B>0){r.push("");B-=1}r.push(n.substring(s,n.inputLength()))}if(t!==0||r.length===0&&!(s===n.inputLength()&&s>0))r.push(n.substring(s,n.inputLength()));return r}*matchAll(e){const t=this.matcher(e);while(t.find())yield execResult(t,e)}toString(){return this.patternInput}programSize(){return this.re2Input.numberOfInstructions()}groupCount(){return this.re2Input.numberOfCapturingGroups()}namedGroups(){return this.re2Input.namedGroups}equals(e){if(this===e)return true;if(e===null||this.constructor!==e.constructor)return false;return this.flagsInput===e.flagsInput&&this.patternInput===e.patternInput}};function re(e,...t){if(Array.isArray(e)&&"raw"in e){const n=String.raw(e,...t);return ct.compile(n)}const n=typeof e==="number"?e:0;return(e,...t)=>{const r=String.raw(e,...t);return ct.compile(r,n)}}const ut=(()=>{const e=String.raw`[A-Za-z0-9 _\-:/@#%&=,;'"<>~!]`;const t=String.raw`\\[.*+?()[\]{}|\\^$/dw]`;const n=String.raw`(?:[A-Za-z0-9 _:/@#%&=,;'"<>~!.]|\\[.*+?()[\]{}|\\^$/\-dw])`;const r=String.raw`[A-Za-z0-9]-[A-Za-z0-9]`;const B=String.raw`\[\^?(?:${r}|${n})+\]`;return new RegExp(String.raw`^\^?(?:(?:${e}|${t}|${B})(?:\{\d{1,4}\})?)*\$?$`)})();const ft="Write an RE2 regular expression (the syntax of DuckDB and Go; no lookahead, lookbehind or backreferences, see docs/expectations.md); in YAML, single-quote it so backslashes stay as written";const Ct=[{start:/^\(\?<[=!]/,name:"lookbehind"},{start:/^\(\?[=!]/,name:"lookahead"},{start:/^\(\?>/,name:"atomic group"},{start:/^\\[1-9]/,name:"backreference"},{start:/^\\k</,name:"named backreference"}];function unsupportedConstruct(e){let t=false;for(let n=0;n<e.length;n++){const r=e[n];if(r==="\\"){if(!t){const t=e.slice(n,n+4);const r=Ct.find(e=>e.start.test(t));if(r)return{text:r.start.exec(t)[0],name:r.name}}n++}else if(t){if(r==="]")t=false}else if(r==="["){t=true;if(e[n+1]==="]"||e[n+1]==="^"&&e[n+2]==="]")n+=e[n+1]==="^"?2:1}else if(r==="("){const t=e.slice(n,n+4);const r=Ct.find(e=>e.start.test(t));if(r)return{text:r.start.exec(t)[0],name:r.name}}}return undefined}function runsNatively(e){return ut.test(e)}function compileSafeRegex(e){const t=unsupportedConstruct(e);if(t){throw new Error(`\`${t.text}\` (${t.name}) is not supported: expectations regexes use RE2, which matches in linear time and has no ${t.name}s`)}let n;try{n=ct.compile(ct.translateRegExp(e))}catch(e){const t=e instanceof Error?e.message.replace(/^error parsing regexp: /,""):String(e);throw new Error(t,{cause:e})}if(ut.test(e)){const t=new RegExp(e,"u");return{source:e,test:e=>t.test(e)}}return{source:e,test:e=>n.test(e)}}const ht=1;const pt=2;const dt=3;const gt=1<<20;const mt=1<<24;const Et=4096;const Dt=16;class DistinctTexts{exactLimit;exactUnits;sortedMin;spillParent;size=0;slots=new Uint32Array(2048);mask=1023;hashLow=new Uint32Array(512);offsets=new Uint32Array(513);arena=new Uint16Array(4096);hashed;spill;collisions=0;scratch=new Uint16Array(64);probe={his:new Uint32Array(0),ids:new Int32Array(0),order:new Int32Array(0),slotOf:new Int32Array(0)};starts=new Int32Array(0);constructor(e=gt,t=mt,n=Et,r){this.exactLimit=e;this.exactUnits=t;this.sortedMin=n;this.spillParent=r}add(e){return this.answer(e)===ht}answer(e){const t=hashText(e);const n=A;const r=e.length;if(this.hashed!==undefined)return this.addHash(t,n,e,0,r);if(this.scratch.length<r)this.scratch=new Uint16Array(Math.max(r,this.scratch.length*2));const B=this.scratch;for(let t=0;t<r;t++)B[t]=e.charCodeAt(t);return this.insert(t,n,B,0,r)}addMany(e,t,n){let r=0;let B=0;for(let n=0;n<e.length;n++){if(t[n]===1){r++;B+=e[n].length}}if(!this.sortable(r,B)){for(let r=0;r<e.length;r++)if(t[r]===1)n[r]=this.answer(e[r]);return}const s=this.stage(r,B);const i=this.offsets;const a=this.arena;const o=this.hashLow;const{his:l,ids:c}=this.probeBuffers(r);for(let n=0,r=0;n<e.length;n++){if(t[n]!==1)continue;const B=e[n];const u=hashText(B);const f=s+r;const C=i[f];const h=B.length;for(let e=0;e<h;e++)a[C+e]=B.charCodeAt(e);i[f+1]=C+h;o[f]=A;l[r]=u;c[r++]=n}this.probeStaged(s,r,n)}addPacked(e,t,n){const{his:r,los:B,offsets:s,units:i}=e;const a=B.length;let o=0;let l=0;for(let e=0;e<a;e++){if(t[e]===1){o++;l+=s[e+1]-s[e]}}if(!this.sortable(o,l)){for(let e=0;e<a;e++){if(t[e]===1)n[e]=this.insert(r[e],B[e],i,s[e],s[e+1]-s[e])}return}const c=this.stage(o,l);const u=this.offsets;const f=this.arena;const C=this.hashLow;const{his:h,ids:p}=this.probeBuffers(o);for(let e=0,n=0;e<a;e++){if(t[e]!==1)continue;const a=c+n;const o=u[a];const l=s[e];const d=s[e+1]-l;for(let e=0;e<d;e++)f[o+e]=i[l+e];u[a+1]=o+d;C[a]=B[e];h[n]=r[e];p[n++]=e}this.probeStaged(c,o,n)}probeBuffers(e){if(this.probe.his.length<e){const t=Math.max(e,this.probe.his.length*2);this.probe={his:new Uint32Array(t),ids:new Int32Array(t),order:new Int32Array(t),slotOf:new Int32Array(t)}}return this.probe}sortable(e,t){return this.hashed===undefined&&e>=this.sortedMin&&this.size+e<=this.exactLimit&&this.offsets[this.size]+t<=this.exactUnits}stage(e,t){while((this.size+e)*2>this.mask+1)this.growSlots();this.reserve(this.size+e,this.offsets[this.size]+t);return this.size}probeStaged(e,t,n){const{his:r,ids:B,order:s,slotOf:i}=this.probeBuffers(t);const a=this.mask;const o=Math.max(0,32-Math.clz32(a)-Dt);const l=(a>>>o)+2;if(this.starts.length<l)this.starts=new Int32Array(l);const c=this.starts;c.fill(0,0,l);for(let e=0;e<t;e++)c[((r[e]&a)>>>o)+1]++;for(let e=1;e<l;e++)c[e]+=c[e-1];for(let e=0;e<t;e++)s[c[(r[e]&a)>>>o]++]=e;const u=this.slots;const f=this.offsets;const C=this.arena;const h=this.hashLow;let p=0;for(let o=0;o<t;o++){const t=s[o];const l=r[t];const c=e+t;const h=f[c];const d=f[c+1]-h;let g=l&a;let m=false;for(;;){const e=u[(g<<1)+1]-1;if(e<0)break;if(u[g<<1]===l){const t=f[e];if(f[e+1]-t===d){let e=0;while(e<d&&C[t+e]===C[h+e])e++;if(e===d){m=true;break}}}g=g+1&a}if(m){n[B[t]]=2;i[t]=-1;p++;continue}u[g<<1]=l;u[(g<<1)+1]=c+1;i[t]=g;n[B[t]]=1}if(p>0){let n=e;for(let r=0;r<t;r++){if(i[r]===-1)continue;const t=f[e+r];const B=f[e+r+1]-t;const s=f[n];if(n!==e+r){C.copyWithin(s,t,t+B);h[n]=h[e+r];u[(i[r]<<1)+1]=n+1}f[n+1]=s+B;n++}}this.size=e+t-p}addHash(e,t,n,r,B){if(this.hashed.add(e,t)){this.spill.addFirst(e,t,n,r,B);this.size++;return ht}this.spill.addMatch(e,t,n,r,B);return dt}insert(e,t,n,r,B){if(this.hashed!==undefined)return this.addHash(e,t,n,r,B);const s=this.slots;const i=this.mask;let a=this.offsets;let o=this.arena;let l=e&i;for(;;){const t=s[(l<<1)+1]-1;if(t<0)break;if(s[l<<1]===e){const e=a[t];if(a[t+1]-e===B){let t=0;while(t<B&&o[e+t]===n[r+t])t++;if(t===B)return pt}}l=l+1&i}const c=this.size;if(c>=this.exactLimit||a[c]+B>this.exactUnits){this.toHashed();return this.addHash(e,t,n,r,B)}this.reserve(c+1,a[c]+B);a=this.offsets;o=this.arena;const u=a[c];for(let e=0;e<B;e++)o[u+e]=n[r+e];a[c+1]=u+B;this.hashLow[c]=t;s[l<<1]=e;s[(l<<1)+1]=c+1;this.size++;if(this.size*2>i+1)this.growSlots();return ht}reserve(e,t){if(e+1>this.offsets.length){let t=this.hashLow.length;while(t+1<e+1)t*=2;this.hashLow=grown(this.hashLow,t,Uint32Array);this.offsets=grown(this.offsets,t+1,Uint32Array)}if(t>this.arena.length){this.arena=grown(this.arena,Math.max(this.arena.length*2,t),Uint16Array)}}resolve(){if(this.spill===undefined)return[];const e=this.spill.resolve();this.collisions+=e.length;this.size+=e.length;return e}get matches(){return this.spill?.matchCount??0}close(){this.spill?.close()}mode(){if(this.hashed===undefined)return{mode:"exact",exact_limit:this.exactLimit};return{mode:"hashed",exact_limit:this.exactLimit,hash_matches:this.matches,hash_collisions:this.collisions}}growSlots(){const e=this.slots;const t=(0,l.Y)(Uint32Array,e.length*2);const n=e.length-1;for(let r=0;r<e.length;r+=2){const B=e[r+1];if(B===0)continue;const s=e[r];let i=s&n;while(t[(i<<1)+1]!==0)i=i+1&n;t[i<<1]=s;t[(i<<1)+1]=B}this.slots=t;this.mask=n}toHashed(){const e=new FingerprintSet48;const t=new TextSpill(this.spillParent);const n=this.slots;const r=this.hashLow;const B=this.offsets;const s=this.arena;for(let i=0;i<n.length;i+=2){const a=n[i+1];if(a===0)continue;const o=n[i];e.add(o,r[a-1]);const l=B[a-1];t.addFirst(o,r[a-1],s,l,B[a]-l)}this.hashed=e;this.spill=t;this.probe={his:new Uint32Array(0),ids:new Int32Array(0),order:new Int32Array(0),slotOf:new Int32Array(0)};this.starts=new Int32Array(0);this.slots=undefined;this.hashLow=undefined;this.offsets=undefined;this.arena=undefined}}function grown(e,t,n){const r=new n(t);r.set(e);return r}function notNull(e,t){const n=new Tally(t);return{expectation:e,column:e.column,tally:n,onBatch(e,t){const r=t.length;n.element+=r;if(e.type==="category"){const B=e.codes;for(let e=0;e<r;e++){if(B[e]<0){n.unexpected++;n.example(t,e,null)}}}else{const B=e.state;for(let e=0;e<r;e++){if(B[e]===i.Cq){n.unexpected++;n.example(t,e,null)}}}},finish:()=>rowResult(e,n,"rows","are null")}}function between(e,t){const n=new Tally(t);const r=e.params;const B=r.value_type==="timestamp";const s=r.min??-Infinity;const a=r.max??Infinity;const o=r.strict_min;const l=r.strict_max;const show=e=>e===undefined?"":String(displayValue(e,B));const c=r.min!==undefined&&r.max!==undefined?`${o?"(":"["}${show(r.min)}, ${show(r.max)}${l?")":"]"}`:r.min!==undefined?`${o?">":"≥"} ${show(r.min)}`:`${l?"<":"≤"} ${show(r.max)}`;return{expectation:e,column:e.column,tally:n,onBatch(e,t,c){const{values:u,state:f}=c.numbers(e,r.value_type);const C=t.length;let h=0;let p=0;const d=n.room();if(!o&&!l){for(let e=0;e<C;e++){if(f[e]!==i.dO)continue;h++;const r=u[e];if(r<s||r>a){if(p<d)n.example(t,e,displayValue(r,B));p++}}}else{for(let e=0;e<C;e++){if(f[e]!==i.dO)continue;h++;const r=u[e];if((o?r<=s:r<s)||(l?r>=a:r>a)){if(p<d)n.example(t,e,displayValue(r,B));p++}}}n.element+=h;n.unexpected+=p},finish:()=>rowResult(e,n,"values",`are outside ${c}`,{range:c})}}function textCheck(e,t,n,r,B){const s=new Tally(t);return{expectation:e,column:e.column,tally:s,onBatch(e,t,r){const{codes:B,dictionary:i}=r.texts(e);const a=new Uint8Array(i.length);let o=false;for(let e=0;e<i.length;e++){if(!n(i[e])){a[e]=1;o=true}}const l=t.length;let c=0;let u=0;const f=s.room();if(!o){for(let e=0;e<l;e++)if(B[e]>=0)c++}else{for(let e=0;e<l;e++){const n=B[e];if(n<0)continue;c++;if(a[n]===1){if(u<f)s.example(t,e,i[n]);u++}}}s.element+=c;s.unexpected+=u},finish:()=>rowResult(e,s,"values",r,B)}}function inSet(e,t,n){const r=e.params.value_set;const B=r.length>10?`${r.slice(0,10).join(", ")}, …`:r.join(", ");const s=`are not in the allowed set {${B}}`;if(n==="number"){const n=new Set;for(const e of r){const t=typeof e==="number"?e:typeof e==="string"?Number(e.trim()===""?Number.NaN:e):Number.NaN;if(Number.isFinite(t))n.add(t)}const B=new Tally(t);return{expectation:e,column:e.column,tally:B,onBatch(e,t,r){const{values:s,state:a}=r.numbers(e,"number");const o=t.length;let l=0;for(let r=0;r<o;r++){const o=a[r];if(o===i.Cq)continue;l++;if(o===i.uY||!n.has(s[r])){B.unexpected++;B.example(t,r,o===i.uY?e.type==="category"?null:e.invalidText.get(r):s[r])}}B.element+=l},finish:()=>rowResult(e,B,"values",s)}}const a=new Set(r.map(String));return textCheck(e,t,e=>a.has(e),s)}function matchRegex(e,t){const n=compileSafeRegex(e.params.regex);return textCheck(e,t,e=>n.test(e),`do not match /${e.params.regex}/`)}function codePointLength(e){let t=e.length;for(let n=0;n<e.length;n++){const r=e.charCodeAt(n);if(r>=55296&&r<=56319&&n+1<e.length){const r=e.charCodeAt(n+1);if(r>=56320&&r<=57343){t--;n++}}}return t}function lengths(e,t){const n=e.params.min??0;const r=e.params.max??Infinity;const B=`[${e.params.min??0}, ${e.params.max??"∞"}]`;return textCheck(e,t,e=>{const t=codePointLength(e);return t>=n&&t<=r},`have a length outside ${B}`,{range:B})}function unique(e,t,n=()=>new DistinctTexts){const r=new Tally(t);let B;let s;const a=new Map;const o=new Float64Array(1);const l=new Uint32Array(o.buffer);return{expectation:e,column:e.column,onBatch(e,c){const u=c.length;let f=0;let C=0;const h=r.room();if(e.type==="category"){const{codes:B,dictionary:i}=e;const o=e.packed;const l=o===undefined?i.length:o.los.length;s??=n();const h=new Uint8Array(l);const p=new Uint8Array(l);for(let e=0;e<u;e++){const t=B[e];if(t>=0)p[t]=1}const d=s.matches;if(o===undefined)s.addMany(i,p,h);else s.addPacked(o,p,h);let g;if(s.matches>d){g=new Int32Array(l);for(let e=0,t=d;e<l;e++)if(h[e]===dt)g[e]=t++}for(let e=0;e<u;e++){const n=B[e];if(n<0)continue;f++;const s=h[n];if(s===ht)h[n]=0;else{const B=Math.min(a.size,t);if(r.examples.length<t+B){const t=r.examples.length;r.example(c,e,o===undefined?i[n]:unpackText(o,n),B);if(s===dt&&r.examples.length>t){a.set(g[n],r.examples.at(-1))}}if(s===dt)h[n]=0;C++}}}else{const{values:t,state:n}=e;const s=e.type==="timestamp";const a=B??=new KeySet64;for(let e=0;e<u;e++){if(n[e]!==i.dO)continue;f++;const B=t[e];o[0]=B+0;if(!a.add(l[1],l[0])){if(C<h)r.example(c,e,displayValue(B,s));C++}}}r.element+=f;r.unexpected+=C},finish:()=>{for(const e of s?.resolve()??[]){r.unexpected--;const t=a.get(e);if(t!==undefined)r.examples.splice(r.examples.indexOf(t),1)}if(r.examples.length>t)r.examples.length=t;return rowResult(e,r,"values","repeat a value from an earlier row",{distinct:(B?.size??0)+(s?.size??0),...s!==undefined&&s.mode()})}}}function ofType(e,t,n){const r=new Tally(t);const B=e.params.type;const s=`are not of type ${B}`;return{expectation:e,column:e.column,tally:r,onBatch(e,t,n){const s=t.length;let a=0;if(B==="category"){for(let t=0;t<s;t++)if(e.type==="category"?e.codes[t]>=0:e.state[t]!==i.Cq)a++}else if(e.type==="category"||e.type===B){const{values:o,state:l,raw:c}=n.numbers(e,B);for(let e=0;e<s;e++){const n=l[e];if(n===i.Cq)continue;a++;if(n===i.uY){r.unexpected++;r.example(t,e,c(e)??o[e])}}}else{const{values:n,state:B}=e;for(let o=0;o<s;o++){if(B[o]===i.Cq)continue;a++;r.unexpected++;r.example(t,o,B[o]===i.uY?e.invalidText.get(o):n[o])}}r.element+=a},finish(){const t=rowResult(e,r,"values",s);if(n&&n!==B&&n!=="category"&&B!=="category"){return{...t,message:`the column was read as ${n}, not ${B}; ${t.message}`,details:{read_as:n}}}return n&&n!==B?{...t,details:{read_as:n}}:t}}}const wt=new Set(["expect_column_psi_to_be_below","expect_column_mean_to_be_within","expect_column_quantile_to_be_within"]);async function validate(e,t,n={}){const r=compile(e.schema,t,n);const B=r.filter(e=>e.column!==null&&e.onBatch);const s=n.checksOnWorkers?workerCheckIndexes(r):[];const i=new Set(s.map(e=>r[e]));const a=B.filter(e=>!i.has(e));let o=0;let l;if(s.length>0){const B={suite:t,now:n.now,maxExamples:n.maxExamples??At,checks:s,keep:[...new Set(a.map(e=>e.column))],pack:packableColumns(e.schema,a)};l={csv:"validate.csv-range",parquet:"validate.parquet-row-group",input:B,onRange(e,t){const n=e;s.forEach((e,B)=>r[e].tally.absorb(n[B],t.firstRow-1,t.lineBreaks));o=t.firstRow+t.rows-1}}}let c=0;const u=new Map;for await(const t of e.batches(l)){c+=t.length;if(t.length===0)continue;u.clear();for(const e of t.columns)u.set(e.name,e);const e=new ViewCache(t);for(const n of t.firstRow<=o?a:B){const r=u.get(n.column);if(r)n.onBatch(r,t,e)}}const f=e.schema.columns.map(e=>e.name);const C=r.map(e=>e.finish({rowCount:c,columns:f}));return{passed:C.every(e=>e.success||e.severity!=="error"),row_count:c,results:C}}function packableColumns(e,t){const n=new Set(e.columns.filter(e=>e.type==="category").map(e=>e.name));const r=new Map;for(const e of t){const t=e.expectation.kind==="expect_column_values_to_be_unique"&&n.has(e.column);r.set(e.column,(r.get(e.column)??true)&&t)}return[...r].filter(([,e])=>e).map(([e])=>e)}const At=20;function compile(e,t,n){const r=n.maxExamples??At;const B=new Map(e.columns.map(e=>[e.name,e.type]));const s=new Set(t.optionalColumns);const i=t.expectations.filter(e=>wt.has(e.kind));if(i.length&&!n.reference&&n.requireReference){const e=[...new Set(i.map(e=>e.column))].join(", ");throw new d.yo(`the expectations have distribution checks (${e}) but no reference profile was given`,{location:{file:t.file,...i[0]&&{line:i[0].source.line},key:"distribution"},hint:"Pass a reference profile (`--reference profile.json`, or the action input `reference-profile`), or remove the `distribution` section"})}const a=t.expectations.some(e=>e.kind==="expect_column_max_age");if(a&&n.now===undefined){throw new TypeError("validate: options.now (epoch ms) is required when the suite has freshness checks")}return t.expectations.map(e=>{const t=e.column;const i=t===null?undefined:B.get(t);if(t!==null&&i===undefined){return s.has(t)?fixedResult(e,true,`column "${t}" is absent; skipped (required: false)`,{skipped:true}):fixedResult(e,false,`column "${t}" is not in the data`,{missing_column:true})}switch(e.kind){case"expect_table_row_count_to_be_between":return rowCount(e);case"expect_table_columns_to_include":return columnsInclude(e);case"expect_table_columns_to_match_set":return columnsMatchSet(e);case"expect_column_values_to_not_be_null":return notNull(e,r);case"expect_column_values_to_be_between":return between(e,r);case"expect_column_values_to_be_in_set":return inSet(e,r,i);case"expect_column_values_to_match_regex":return matchRegex(e,r);case"expect_column_value_lengths_to_be_between":return lengths(e,r);case"expect_column_values_to_be_unique":return unique(e,r);case"expect_column_values_to_be_of_type":return ofType(e,r,i);case"expect_column_max_age":return maxAge(e,n.now);case"expect_column_psi_to_be_below":case"expect_column_mean_to_be_within":case"expect_column_quantile_to_be_within":{if(!n.reference){return fixedResult(e,true,"skipped: no reference profile was given",{skipped:true})}const t=n.reference.columns[e.column];const r=referenceProblem(e,t);if(r||!t)return r;if(e.kind==="expect_column_psi_to_be_below")return aggregate_checks_psi(e,t,i);if(!isNumberProfile(t))throw new Error("unreachable: checked by referenceProblem");return e.kind==="expect_column_mean_to_be_within"?mean(e,t):quantiles(e,t)}}})}function range_checks_workerCheckIndexes(e){const t=[];e.forEach((e,n)=>{if(e.tally!==undefined&&e.column!==null&&e.onBatch!==undefined)t.push(n)});return t}async function checkCsvRange(e){const{work:t,...n}=e;const r=await(0,B.readCsvRange)(n);return{...r,...runChecks(t,n.schema,r.batches)}}async function checkParquetGroup(e){const{work:t,...n}=e;return runChecks(t,n.schema,await(0,s.readParquetRowGroup)(n))}function runChecks(e,t,n){const r=compile(t,e.suite,{now:e.now,maxExamples:e.maxExamples});const B=e.checks.map(e=>r[e]);const s=new Set(e.keep);const i=new Set(e.pack);const a=[];for(const e of n){if(e.length>0){const t=new column_views_ViewCache(e);for(const n of B){const r=e.columns.find(e=>e.name===n.column);if(r)n.onBatch(r,e,t)}}const t=e.columns.filter(e=>s.has(e.name));a.push({...e,columns:t.map(e=>{if(e.type!=="category"||!i.has(e.name))return e;const t={...e,dictionary:[],packed:packTexts(e.dictionary)};return t})})}return{batches:a,work:B.map(e=>e.tally.part())}}},7642:(e,t,n)=>{n.d(t,{Y:()=>zeroedTable});function zeroedTable(e,t){const n=new e(t);n.fill(0);return n}},3024:t=>{t.exports=e(import.meta.url)("node:fs")},1455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},8995:t=>{t.exports=e(import.meta.url)("node:module")},6760:t=>{t.exports=e(import.meta.url)("node:path")},3136:t=>{t.exports=e(import.meta.url)("node:url")},5919:t=>{t.exports=e(import.meta.url)("node:worker_threads")}};var n={};function __nccwpck_require__(e){var r=n[e];if(r!==undefined){return r.exports}var B=n[e]={exports:{}};var s=true;try{t[e](B,B.exports,__nccwpck_require__);s=false}finally{if(s)delete n[e]}return B.exports}__nccwpck_require__.m=t;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)){Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=e=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((t,n)=>{__nccwpck_require__.f[n](e,t);return t},[]))})();(()=>{__nccwpck_require__.u=e=>""+e+".index.js"})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();(()=>{var e={792:0};var installChunk=t=>{var{ids:n,modules:r,runtime:B}=t;var s,i,a=0;for(s in r){if(__nccwpck_require__.o(r,s)){__nccwpck_require__.m[s]=r[s]}}if(B)B(__nccwpck_require__);for(;a<n.length;a++){i=n[a];if(__nccwpck_require__.o(e,i)&&e[i]){e[i][0]()}e[n[a]]=0}};__nccwpck_require__.f.j=(t,n)=>{var r=__nccwpck_require__.o(e,t)?e[t]:undefined;if(r!==0){if(r){n.push(r[1])}else{if(true){var B=import("./"+__nccwpck_require__.u(t)).then(installChunk,n=>{if(e[t]!==0)e[t]=undefined;throw n});var B=Promise.race([B,new Promise(n=>r=e[t]=[n])]);n.push(r[1]=B)}}}}})();var r={};var B=__nccwpck_require__(5919);var s=__nccwpck_require__.n(B);var i=__nccwpck_require__(2521);var a=__nccwpck_require__(9114);var o=__nccwpck_require__(3424);var l=__nccwpck_require__(7210);var c=__nccwpck_require__(5846);var u=__nccwpck_require__(2238);var f=__nccwpck_require__(1109);const C=B.parentPort;if(C===null)throw new Error("worker-entry.ts runs only as a worker thread (see shared/parallel/pool.ts)");C.on("message",e=>{void(async()=>{let t;try{const n=await(0,a.runTask)(e.kind,e.input);t={id:e.id,ok:true,output:n}}catch(n){t={id:e.id,ok:false,error:(0,i.P5)(n)}}C.postMessage(t)})()});