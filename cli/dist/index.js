#!/usr/bin/env node
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
var r=n(9714);var s=n(5878);var o=n(8520);var i;if(r()){i=s}else{i=o}e.exports=i},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5613);var s=n(3405);var o=n(523);var i;if(r()){i=s}else{i=o}e.exports=i},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(4171);var s=n(2399);var o=n(3689);var i;if(r()){i=s}else{i=o}e.exports=i},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(4246);var s=n(8570);var o=n(7540);var i;if(r()){i=s}else{i=o}e.exports=i},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3599);var s=n(6653);var o=n(5929);function hasUint16ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new o(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3209);var s=n(8035);var o=n(2709);function hasUint32ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new o(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(228);var s=n(2732);var o=n(5545);function hasUint8ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new o(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5183);var s=n(4826);var o={uint16:s,uint8:r};e.exports=o},347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6622);var s=n(469);var o=n(2804);var i=n(6523);var a=n(7687);var c=n(2334);var l=n(4370);function binomcoef(e,t){var n;var u;var f;var d;var h;var p;var m;if(i(e)||i(t)){return NaN}if(!o(e)||!o(t)){return NaN}if(t<0){return 0}u=1;if(e<0){e=-e+t-1;if(a(t)){u*=-1}}if(t>e){return 0}if(t===0||t===e){return u}if(t===1||t===e-1){return u*e}if(e-t<t){t=e-t}m=c(r/e);n=1;for(h=1;h<=t;h++){if(n>m){break}n*=e;n/=h;e-=1}if(h>t){return u*n}f=binomcoef(e,t-h+1);if(f===s){return u*f}d=binomcoef(t,t-h+1);p=l(f,d);f/=p;d/=p;n/=d;return u*n*f}e.exports=binomcoef},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5976);var s=n(3935);var o=n(7949);var i=n(2882);var a=n(7844);var c=[0,0];function copysign(e,t){var n;var l;o.assign(e,c,1,0);n=c[0];n&=s;l=i(t);l&=r;n|=l;return a(n,c[1])}e.exports=copysign},9191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(1567);var o=n(186);var i=n(3982);var a=n(3935);var c=n(222);var l=[0,0];var u=1072243195|0;var f=1044381696|0;function cos(e){var t;var n;t=r(e);t&=a;if(t<=u){if(t<f){return 1}return s(e,0)}if(t>=c){return NaN}n=i(e,l);switch(n&3){case 0:return s(l[0],l[1]);case 1:return-o(l[0],l[1]);case 2:return-s(l[0],l[1]);default:return o(l[0],l[1])}}e.exports=cos},988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(1851);var o=n(3786);var i=n(469);var a=n(1475);var c=n(8300);var l=n(8018);var u=n(675);var f=n(5266);var d=n(8925);var h=n(1332);var p=n(516);var m=n(9101);var g=1e-300;var y=13877787807814457e-33;var v=.8450629115104675;var b=.12837916709551256;var w=1;var x=-.0023621185607526594;var k=1;var $=-.009864944034847148;var S=1;var A=-.0098649429247001;var O=1;function erfc(e){var t;var n;var N;var C;var E;var P;var T;var I;if(r(e)){return NaN}if(e===i){return 0}if(e===a){return 2}if(e===0){return 1}if(e<0){t=true;n=-e}else{t=false;n=e}if(n<.84375){if(n<y){return 1-e}N=e*e;C=b+N*c(N);E=w+N*l(N);P=C/E;if(e<.25){return 1-(e+e*P)}C=e*P;C+=e-.5;return.5-C}if(n<1.25){E=n-1;T=x+E*u(E);I=k+E*f(E);if(t){return 1+v+T/I}return 1-v-T/I}if(n<28){E=1/(n*n);if(n<2.857142857142857){C=$+E*d(E);E=S+E*h(E)}else{if(e<-6){return 2-g}C=A+E*p(E);E=O+E*m(E)}N=o(n,0);C=s(-(N*N)-.5625)*s((N-n)*(N+n)+C/E);if(t){return 2-C/n}return C/n}if(t){return 2-g}return g*g}e.exports=erfc},675:e=>{
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
var r=n(3291);var s=n(1589);function expmulti(e,t,n){var o;var i;var a;var c;o=e-t;i=o*o;a=o-i*s(i);c=1-(t-o*a/(2-a)-e);return r(c,n)}e.exports=expmulti},1851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(1262);var o=n(1475);var i=n(469);var a=n(6567);var c=.6931471803691238;var l=1.9082149292705877e-10;var u=1.4426950408889634;var f=709.782712893384;var d=-745.1332191019411;var h=1/(1<<28);var p=-h;function exp(e){var t;var n;var m;if(r(e)||e===i){return e}if(e===o){return 0}if(e>f){return i}if(e<d){return 0}if(e>p&&e<h){return 1+e}if(e<0){m=s(u*e-.5)}else{m=s(u*e+.5)}t=e-m*c;n=m*l;return a(t,n,m)}e.exports=exp},1589:e=>{
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
var r=n(6523);var s=n(2882);var o=n(5990);var i=n(7844);var a=n(469);var c=n(1475);var l=n(1877);var u=n(9475);var f=n(6736);var d=709.782712893384;var h=.6931471803691238;var p=1.9082149292705877e-10;var m=1.4426950408889634;var g=38.816242111356935;var y=1.0397207708399179;function expm1(e){var t;var n;var v;var b;var w;var x;var k;var $;var S;var A;var O;var N;var C;if(e===a||r(e)){return e}if(e===c){return-1}if(e===0){return e}if(e<0){v=true;$=-e}else{v=false;$=e}if($>=g){if(v){return-1}if($>=d){return a}}x=s($)|0;if($>u){if($<y){if(v){b=e+h;w=-p;C=-1}else{b=e-h;w=p;C=1}}else{if(v){C=m*e-.5}else{C=m*e+.5}C|=0;O=C;b=e-O*h;w=O*p}e=b-w;A=b-e-w}else if(x<1016070144){return e}else{C=0}t=.5*e;S=e*t;k=1+S*f(S);O=3-k*t;N=S*((k-O)/(6-e*O));if(C===0){return e-(e*N-S)}n=i(l+C<<20,0);N=e*(N-A)-A;N-=S;if(C===-1){return.5*(e-N)-.5}if(C===1){if(e<-.25){return-2*(N-(e+.5))}return 1+2*(e-N)}if(C<=-2||C>56){$=1-(N-e);if(C===1024){b=s($)+(C<<20)|0;$=o($,b)}else{$*=n}return $-1}O=1;if(C<20){b=1072693248-(2097152>>C)|0;O=o(O,b);$=O-(N-e)}else{b=l-C<<20|0;O=o(O,b);$=e-(N+O);$+=1}$*=n;return $}e.exports=expm1},6736:e=>{
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
var r=n(6523);var s=n(2804);var o=n(3270);var i=n(6260);var a=n(2334);var c=n(1794);var l=n(469);var u=n(1475);var f=n(9701);var d=n(2482);var h=n(6630);var p=n(3381);function gamma(e){var t;var n;var m;var g;if(s(e)&&e<0||e===u||r(e)){return NaN}if(e===0){if(o(e)){return u}return l}if(e>171.61447887182297){return l}if(e<-170.5674972726612){return 0}n=i(e);if(n>33){if(e>=0){return d(e)}m=a(n);if((m&1)===0){t=-1}else{t=1}g=n-m;if(g>.5){m+=1;g=n-m}g=n*c(f*g);return t*f/(i(g)*d(n))}g=1;while(e>=3){e-=1;g*=e}while(e<0){if(e>-1e-9){return h(e,g)}g/=e;e+=1}while(e<2){if(e<1e-9){return h(e,g)}g/=e;e+=1}if(e===2){return g}e-=2;return g*p(e)}e.exports=gamma},6886:e=>{
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
var r=n(2385);var s=n(6310);var o=n(1851);var i=n(6886);var a=143.01608;function gamma(e){var t;var n;var c;t=1/e;t=1+t*i(t);n=o(e);if(e>a){c=s(e,.5*e-.25);n=c*(c/n)}else{n=s(e,e-.5)/n}return r*n*t}e.exports=gamma},7186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1550);var s=n(5088);var o=n(8280);var i=n(1440);var a=n(7492);var c=.15896368026733398;var l=.5281534194946289;var u=.45201730728149414;function lgammaSmallImp(e,t,n){var f;var d;var h;var p;if(e<s){return-r(e)}if(t===0||n===0){return 0}d=0;if(e>2){if(e>=3){do{e-=1;n-=1;d+=r(e)}while(e>=3);n=e-2}h=n*(e+1);p=o(n);d+=h*c+h*p;return d}if(e<1){d+=-r(e);n=t;t=e;e+=1}if(e<=1.5){h=i(t);f=t*n;d+=f*l+f*h;return d}h=n*t;p=a(-n);d+=h*u+h*p;return d}e.exports=lgammaSmallImp},7013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(905);var s=n(141);var o=n(7260);var i=n(6523);var a=n(3256);function gamma1pm1(e){if(i(e)){return NaN}if(e<0){if(e<-.5){return r(1+e)-1}return s(-o(e)+a(e+2,e+1,e))}if(e<2){return s(a(e+1,e,e-1))}return r(1+e)-1}e.exports=gamma1pm1},8280:e=>{
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
var r=n(1851);function finiteGammaQ(e,t){var n;var s;var o;var i;o=r(-t);s=o;if(s!==0){n=s;for(i=1;i<e;++i){n/=i;n*=t;s+=n}}return s}e.exports=finiteGammaQ},5120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(988);var s=n(5478);var o=n(1851);var i=n(9701);function finiteHalfGammaQ(e,t){var n;var a;var c;var l;var u;l=r(s(t));if(l!==0&&e>1){a=o(-t)/s(i*t);a*=t;n=.5;a/=n;c=a;for(u=2;u<e;++u){a/=u-n;a*=t;c+=a}l+=c}return l}e.exports=finiteHalfGammaQ},5852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(1851);var s=n(6310);var o=n(1550);var i=n(4193);var a=n(7999);function fullIGammaPrefix(e,t){var n;var c;c=e*o(t);if(t>=1){if(c<i&&-t>a){n=s(t,e)*r(-t)}else if(e>=1){n=s(t/r(t/e),e)}else{n=r(c-t)}}else{if(c>a){n=s(t,e)*r(-t)}else if(t/e<i){n=s(t/r(t/e),e)}else{n=r(c-t)}}return n}e.exports=fullIGammaPrefix},6144:(e,t,n)=>{
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
var r=n(2334);var s=n(905);var o=n(6260);var i=n(6310);var a=n(1550);var c=n(8159);var l=n(3424);var u=n(4193);var f=n(3781);var d=n(7078);var h=n(5120);var p=n(5852);var m=n(712);var g=n(7178);var y=n(4175);var v=n(97);var b=n(386);function igammaFinal(e,t,n,w){var x;var k;var $;var S;var A;var O;var N;var C;var E;var P;var T;var I;var z;var M;N=0;C=w;O=t<30&&t<=e+1&&e<u;if(O){z=r(t);E=z===t;$=E?false:o(z-t)===.5}else{E=false;$=false}if(E&&e>.6){C=!C;k=0}else if($&&e>.2){C=!C;k=1}else if(e<c&&t>1){k=6}else if(e>1e3&&(t<e||o(t-50)/e<1)){C=!C;k=7}else if(e<.5){if(-.4/a(e)<t){k=2}else{k=3}}else if(e<1.1){if(e*.75<t){k=2}else{k=3}}else{A=false;if(n&&t>20){P=o((e-t)/t);if(t>200){if(20/t>P*P){A=true}}else if(P<.4){A=true}}if(A){k=5}else if(e-1/(3*e)<t){k=2}else{k=4;C=!C}}switch(k){case 0:N=d(t,e);if(n===false){N*=s(t)}break;case 1:N=h(t,e);if(n===false){N*=s(t)}break;case 2:N=n?y(t,e):p(t,e);if(N!==0){S=0;x=false;if(C){S=n?1:s(t);if(n||N>=1||l*N>S){S/=N;if(n||t<1||l/t>S){S*=-t;x=true}else{S=0}}else{S=0}}N*=g(t,e,S)/t;if(x){C=false;N=-N}}break;case 3:C=!C;T=v(t,e,C);N=T[0];M=T[1];C=false;if(n){N/=M}break;case 4:N=n?y(t,e):p(t,e);if(N!==0){N*=b(t,e)}break;case 5:N=m(t,e);if(e>=t){C=!C}break;case 6:N=n?i(e,t)/s(t+1):i(e,t)/t;N*=1-t*e/(t+1);break;case 7:N=n?y(t,e):p(t,e);N/=e;if(N!==0){N*=f(t,e)}break}if(n&&N>1){N=1}if(C){I=n?1:s(t);N=I-N}return N}e.exports=igammaFinal},712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(2096);var s=n(5430);var o=n(988);var i=n(5478);var a=n(1851);var c=n(4739);var l=n(4410);var u=n(5273);var f=n(736);var d=n(8135);var h=n(6870);var p=n(7589);var m=n(3164);var g=n(8099);var y=n(9413);var v=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var n;var b;var w;var x;var k;b=(t-e)/e;w=-s(b);x=e*w;k=i(2*w);if(t<e){k=-k}v[0]=l(k);v[1]=u(k);v[2]=f(k);v[3]=d(k);v[4]=h(k);v[5]=p(k);v[6]=m(k);v[7]=g(k);v[8]=y(k);v[9]=-.0005967612901927463;n=r(v,1/e);n*=a(-x)/i(c*e);if(t<e){n=-n}n+=o(i(x))/2;return n}e.exports=igammaTemmeLarge},5479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6491);var s=n(3027);function lowerGammaSeries(e,t,n){var o;var i;n=n||0;i=s(e,t);o=r(i,{initialValue:n});return o}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(7711);var s=n(1851);var o=n(1550);var i=n(2385);var a=n(4193);var c=n(469);var l=n(313);var u=n(6144);var f=n(7178);var d=n(386);function gammainc(e,t,n,h){var p;var m;var g;var y;if(e<0||t<=0){return NaN}p=n===void 0?true:n;g=h;if(t>=l&&!p){if(g&&t*4<e){y=t*o(e)-e;y+=o(d(t,e))}else if(!g&&t>4*e){y=t*o(e)-e;m=0;y+=o(f(t,e,m)/t)}else{y=u(e,t,true,g);if(y===0){if(g){y=1+1/(12*t)+1/(288*t*t);y=o(y)-t+(t-.5)*o(t);y+=o(i)}else{y=t*o(e)-e;m=0;y+=o(f(t,e,m)/t)}}else{y=o(y)+r(t)}}if(y>a){return c}return s(y)}return u(e,t,p,g)}e.exports=gammainc},4410:e=>{
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
var r=n(2638);var s=n(7711);var o=n(905);var i=n(5430);var a=n(5478);var c=n(6260);var l=n(1851);var u=n(6310);var f=n(2974);var d=n(8008);var h=n(1550);var p=n(3424);var m=n(4193);var g=n(7999);var y=n(3822);var v=n(45);function regularisedGammaPrefix(e,t){var n;var b;var w;var x;var k;var $;var S;w=e+y-.5;S=(t-e-y+.5)/w;if(e<1){if(t<=g||e<1/p){return l(e*h(t)-t-s(e))}return u(t,e)*l(-t)/o(e)}if(c(S*S*e)<=100&&e>150){n=e*i(S)+t*(.5-y)/w;n=l(n)}else{x=e*h(t/w);k=e-t;if(d(x,k)<=g||f(x,k)>=m){b=k/e;if(d(x,k)/2>g&&f(x,k)/2<m){$=u(t/w,e/2)*l(k/2);n=$*$}else if(d(x,k)/4>g&&f(x,k)/4<m&&t>e){$=u(t/w,e/4)*l(k/4);n=$*$;n*=n}else if(b>g&&b<m){n=u(t*l(b)/w,e)}else{n=l(x+k)}}else{n=u(t/w,e)*l(k)}}n*=a(w/v)/r(e);return n}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
function smallGamma2Series(e,t){var n;var r;var s;var o;n=-t;t=-t;r=e+1;s=1;return next;function next(){o=n/r;n*=t;s+=1;n/=s;r+=1;return o}}e.exports=smallGamma2Series},3781:(e,t,n)=>{
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
var r=n(6491);var s=n(4809);function tgammaILargeX(e,t){var n;var o;o=s(e,t);n=r(o);return n}e.exports=tgammaILargeX},4809:e=>{
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
var r=n(4756);var s=n(6491);var o=n(7186);var i=n(7708);function tgammaSmallUpperPart(e,t,n){var a;var c;var l;var u;var f;c=o(e);l=(c+1)/e;u=r(t,e);c-=u;c/=e;f=i(e,t);u+=1;a=n?l:0;c=-u*s(f,{initialValue:(a-c)/u});if(n){c=-c}return[c,l]}e.exports=tgammaSmallUpperPart},386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(6523);var s=n(7234);var o=n(6260);var i=n(1550);var a=n(1262);var c=n(8901);var l=n(9701);var u=n(469);var f=n(9303);var d=n(5690);var h=n(1271);var p=n(7120);var m=n(2778);var g=n(6503);var y=n(2352);var v=n(7942);var b=n(5059);var w=n(9596);var x=.07721566490153287;var k=.3224670334241136;var $=1;var S=-.07721566490153287;var A=.48383612272381005;var O=-.1475877229945939;var N=.06462494023913339;var C=-.07721566490153287;var E=1;var P=.4189385332046727;var T=1.4616321449683622;var I=4503599627370496;var z=72057594037927940;var M=13877787807814457e-33;var R=1.4616321449683622;var L=-.12148629053584961;var j=-3638676997039505e-33;function gammaln(e){var t;var n;var F;var D;var B;var U;var q;var V;var H;var Z;var K;var G;var W;if(r(e)||s(e)){return e}if(e===0){return u}if(e<0){t=true;e=-e}else{t=false}if(e<M){return-i(e)}if(t){if(e>=I){return u}H=c(e);if(H===0){return u}n=i(l/o(H*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){W=-i(e);if(e>=T-1+.27){K=1-e;F=0}else if(e>=T-1-.27){K=e-(R-1);F=1}else{K=e;F=2}}else{W=0;if(e>=T+.27){K=2-e;F=0}else if(e>=T-.27){K=e-R;F=1}else{K=e-1;F=2}}switch(F){case 0:G=K*K;U=x+G*f(G);B=G*(k+G*d(G));q=K*U+B;W+=q-.5*K;break;case 1:G=K*K;Z=G*K;U=A+Z*m(Z);B=O+Z*g(Z);D=N+Z*y(Z);q=G*U-(j-Z*(B+K*D));W+=L+q;break;case 2:U=K*(C+K*v(K));B=E+K*b(K);W+=-.5*K+U/B;break}}else if(e<8){F=a(e);K=e-F;q=K*(S+K*p(K));V=$+K*h(K);W=.5*K+q/V;G=1;switch(F){case 7:G*=K+6;case 6:G*=K+5;case 5:G*=K+4;case 4:G*=K+3;case 3:G*=K+2;W+=i(G)}}else if(e<z){H=i(e);G=1/e;K=G*G;Z=P+G*w(K);W=(e-.5)*(H-1)+Z}else{W=e*(i(e)-1)}if(t){W=n-W}return W}e.exports=gammaln},9303:e=>{
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
var r=n(6523);var s=n(2804);var o=n(469);var i=n(1475);var a=n(3960);var c=n(9216);var l=n(512);function gcd(e,t){if(r(e)||r(t)){return NaN}if(e===o||t===o||e===i||t===i){return NaN}if(!(s(e)&&s(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=a&&t<=a){return c(e,t)}return l(e,t)}e.exports=gcd},1567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(5732);var s=n(3242);function kernelCos(e,t){var n;var o;var i;var a;a=e*e;i=a*a;o=a*r(a);o+=i*i*s(a);n=.5*a;i=1-n;return i+(1-i-n+(a*o-e*t))}e.exports=kernelCos},5732:e=>{
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
var t=-.16666666666666632;var n=.00833333333332249;var r=-.0001984126982985795;var s=27557313707070068e-22;var o=-2.5050760253406863e-8;var i=1.58969099521155e-10;function kernelSin(e,a){var c;var l;var u;var f;f=e*e;u=f*f;c=n+f*(r+f*s)+f*u*(o+f*i);l=f*e;if(a===0){return e+l*(t+f*c)}return e-(f*(.5*a-l*c)-a-l*t)}e.exports=kernelSin},3291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(469);var s=n(1475);var o=n(1877);var i=n(6276);var a=n(2656);var c=n(4862);var l=n(6523);var u=n(7234);var f=n(910);var d=n(9335).assign;var h=n(6075);var p=n(7949);var m=n(7844);var g=2220446049250313e-31;var y=2148532223>>>0;var v=[0,0];var b=[0,0];function ldexp(e,t){var n;var w;if(t===0||e===0||l(e)||u(e)){return e}d(e,v,1,0);e=v[0];t+=v[1];t+=h(e);if(t<c){return f(0,e)}if(t>i){if(e<0){return s}return r}if(t<=a){t+=52;w=g}else{w=1}p.assign(e,b,1,0);n=b[0];n&=y;n|=t+o<<20;return w*m(n,b[1])}e.exports=ldexp},1550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(5990);var o=n(6523);var i=n(1877);var a=n(1475);var c=n(6488);var l=n(1103);var u=.6931471803691238;var f=1.9082149292705877e-10;var d=0x40000000000000;var h=.3333333333333333;var p=1048575|0;var m=2146435072|0;var g=1048576|0;var y=1072693248|0;function ln(e){var t;var n;var v;var b;var w;var x;var k;var $;var S;var A;var O;var N;if(e===0){return a}if(o(e)||e<0){return NaN}n=r(e);w=0|0;if(n<g){w-=54|0;e*=d;n=r(e)}if(n>=m){return e+e}w+=(n>>20)-i|0;n&=p;$=n+614244&1048576|0;e=s(e,n|$^y);w+=$>>20|0;k=e-1;if((p&2+n)<3){if(k===0){if(w===0){return 0}return w*u+w*f}x=k*k*(.5-h*k);if(w===0){return k-x}return w*u-(x-w*f-k)}A=k/(2+k);N=A*A;$=n-398458|0;O=N*N;S=440401-n|0;b=O*c(O);v=N*l(O);$|=S;x=v+b;if($>0){t=.5*k*k;if(w===0){return k-(t-A*(t+x))}return w*u-(t-(A*(t+x)+w*f)-k)}if(w===0){return k-A*(k-x)}return w*u-(A*(k-x)-w*f-k)}e.exports=ln},6488:e=>{
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
var r=n(6523);var s=n(2882);var o=n(5990);var i=n(469);var a=n(1475);var c=n(1877);var l=n(897);var u=.6931471803691238;var f=1.9082149292705877e-10;var d=.41421356237309503;var h=-.2928932188134525;var p=1.862645149230957e-9;var m=5551115123125783e-32;var g=9007199254740992;var y=.6666666666666666;function log1p(e){var t;var n;var v;var b;var w;var x;var k;var $;var S;var A;if(e<-1||r(e)){return NaN}if(e===-1){return a}if(e===i){return e}if(e===0){return e}if(e<0){v=-e}else{v=e}A=1;if(v<d){if(v<p){if(v<m){return e}return e-e*e*.5}if(e>h){A=0;b=e;n=1}}if(A!==0){if(v<g){S=1+e;n=s(S);A=(n>>20)-c;if(A>0){w=1-(S-e)}else{w=e-(S-1)}w/=S}else{S=e;n=s(S);A=(n>>20)-c;w=0}n&=1048575;if(n<434334){S=o(S,n|1072693248)}else{A+=1;S=o(S,n|1071644672);n=1048576-n>>2}b=S-1}t=.5*b*b;if(n===0){if(b===0){w+=A*f;return A*u+w}$=t*(1-y*b);return A*u-($-(A*f+w)-b)}x=b/(2+b);k=x*x;$=k*l(k);if(A===0){return b-(t-x*(t+$))}return A*u-(t-(x*(t+$)+(A*f+w))-b)}e.exports=log1p},897:e=>{
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
var r=n(6260);var s=n(1550);var o=n(5088);var i=n(6491);var a=n(4781);function log1pmx(e){var t;var n;if(e<=-1){return NaN}n=r(e);if(n>.95){return s(1+e)-e}if(n<o){return-e*e/2}t={initialValue:-e};return i(a(e),t)}e.exports=log1pmx},2974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(866);var s=n(6523);var o=n(469);function max(e,t){if(s(e)||s(t)){return NaN}if(e===o||t===o){return o}if(e===t&&e===0){if(r(e)){return e}return t}if(e>t){return e}return t}e.exports=max},8008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3270);var s=n(6523);var o=n(1475);function min(e,t){if(s(e)||s(t)){return NaN}if(e===o||t===o){return o}if(e===t&&e===0){if(r(e)){return e}return t}if(e<t){return e}return t}e.exports=min},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(3786);var o=n(5990);var i=n(1877);var a=n(1277);var c=n(3140);var l=1048575|0;var u=1048576|0;var f=1072693248|0;var d=536870912|0;var h=524288|0;var p=9007199254740992;var m=.9617966939259756;var g=.9617967009544373;var y=-7.028461650952758e-9;var v=[1,1.5];var b=[0,.5849624872207642];var w=[0,1.350039202129749e-8];function log2ax(e,t,n){var x;var k;var $;var S;var A;var O;var N;var C;var E;var P;var T;var I;var z;var M;var R;var L;var j;var F;var D;var B;var U;var q;B=0|0;if(n<u){t*=p;B-=53|0;n=r(t)}B+=(n>>a)-i|0;U=n&l|0;n=U|f|0;if(U<=235662){q=0}else if(U<767610){q=1}else{q=0;B+=1|0;n-=u}t=o(t,n);C=v[q];F=t-C;D=1/(t+C);k=F*D;S=s(k,0);x=(n>>1|d)+h;x+=q<<18;O=o(0,x);N=t-(O-C);A=D*(F-S*O-S*N);$=k*k;j=$*$*c($);j+=A*(S+k);$=S*S;O=3+$+j;O=s(O,0);N=j-(O-3-$);F=S*O;D=A*O+N*k;P=F+D;P=s(P,0);T=D-(P-F);I=g*P;z=y*P+T*m+w[q];E=b[q];L=B;M=I+z+E+L;M=s(M,0);R=z-(M-L-E-I);e[0]=M;e[1]=R;return e}e.exports=log2ax},3726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(3786);var s=n(837);var o=1.4426950408889634;var i=1.4426950216293335;var a=1.9259629911266175e-8;function logx(e,t){var n;var c;var l;var u;var f;var d;l=t-1;u=l*l*s(l);f=i*l;d=l*a-u*o;c=f+d;c=r(c,0);n=d-(c-f);e[0]=c;e[1]=n;return e}e.exports=logx},7609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(6523);var s=n(7687);var o=n(7234);var i=n(2804);var a=n(5478);var c=n(6260);var l=n(7949);var u=n(3786);var f=n(6519);var d=n(1475);var h=n(469);var p=n(3935);var m=n(2122);var g=n(888);var y=n(3355);var v=n(9905);var b=n(3726);var w=n(5224);var x=1072693247|0;var k=1105199104|0;var $=1139802112|0;var S=1083179008|0;var A=1072693248|0;var O=1083231232|0;var N=3230714880>>>0;var C=31|0;var E=1e300;var P=1e-300;var T=8008566259537294e-32;var I=[0|0,0|0];var z=[0,0];function pow(e,t){var n;var M;var R;var L;var j;var F;var D;var B;var U;var q;var V;var H;var Z;var K;var G;var W;if(r(e)||r(t)){return NaN}l.assign(t,I,1,0);F=I[0];D=I[1];if(D===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return a(e)}if(t===-.5){return 1/a(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(o(t)){return y(e,t)}}l.assign(e,I,1,0);L=I[0];j=I[1];if(j===0){if(L===0){return m(e,t)}if(e===1){return 1}if(e===-1&&s(t)){return-1}if(o(e)){if(e===d){return pow(-0,-t)}if(t<0){return 0}return h}}if(e<0&&i(t)===false){return(e-e)/(e-e)}R=c(e);n=L&p|0;M=F&p|0;B=L>>>C|0;U=F>>>C|0;if(B&&s(t)){B=-1}else{B=1}if(M>k){if(M>$){return g(e,t)}if(n<x){if(U===1){return B*E*E}return B*P*P}if(n>A){if(U===0){return B*E*E}return B*P*P}Z=b(z,R)}else{Z=v(z,R,n)}q=u(t,0);H=(t-q)*Z[0]+t*Z[1];V=q*Z[0];K=H+V;l.assign(K,I,1,0);G=f(I[0]);W=f(I[1]);if(G>=S){if((G-S|W)!==0){return B*E*E}if(H+T>K-V){return B*E*E}}else if((G&p)>=O){if((G-N|W)!==0){return B*P*P}if(H<=K-V){return B*P*P}}K=w(G,V,H);return B*K}e.exports=pow},3140:e=>{
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
var r=n(2882);var s=n(5990);var o=n(3786);var i=n(6519);var a=n(3291);var c=n(1239);var l=n(1877);var u=n(3935);var f=n(8910);var d=n(1277);var h=n(5568);var p=1048576|0;var m=1071644672|0;var g=.6931471824645996;var y=-1.904654299957768e-9;function pow2(e,t,n){var v;var b;var w;var x;var k;var $;var S;var A;var O;var N;var C;N=e&u|0;C=(N>>d)-l|0;O=0;if(N>m){O=e+(p>>C+1)>>>0;C=((O&u)>>d)-l|0;v=(O&~(f>>C))>>>0;w=s(0,v);O=(O&f|p)>>d-C>>>0;if(e<0){O=-O}t-=w}w=n+t;w=o(w,0);k=w*g;$=(n-(w-t))*c+w*y;A=k+$;S=$-(A-k);w=A*A;b=A-w*h(w);x=A*b/(b-2)-(S+A*S);A=1-(x-A);e=r(A);e=i(e);e+=O<<d>>>0;if(e>>d<=0){A=a(A,O)}else{A=s(A,e)}return A}e.exports=pow2},2122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(7687);var s=n(910);var o=n(1475);var i=n(469);function pow(e,t){if(t===o){return i}if(t===i){return 0}if(t>0){if(r(t)){return e}return 0}if(r(t)){return s(i,e)}return i}e.exports=pow},888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(3935);var s=n(2882);var o=1072693247|0;var i=1e300;var a=1e-300;function pow(e,t){var n;var c;c=s(e);n=c&r;if(n<=o){if(t<0){return i*i}return a*a}if(t>0){return i*i}return a*a}e.exports=pow},3355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(7234);var o=n(6260);var i=n(141);var a=n(1550);var c=n(6310);var l=n(1262);function powm1(e,t){var n;var u;if(r(e)||r(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(o(t*(e-1))<.5||o(t)<.2){u=a(e)*t;if(u<.5){return i(u)}}}else if(l(t)!==t){return NaN}n=c(e,t)-1;if(s(n)||r(n)){return NaN}return n}e.exports=powm1},3982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2334);var s=n(3291);var o=n(1830);var i=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var c=16777216;var l=5.960464477539063e-8;var u=o(20);var f=o(20);var d=o(20);var h=o(20);function compute(e,t,n,o,u,f,p,m,g){var y;var v;var b;var w;var x;var k;var $;var S;var A;w=f;A=o[n];S=n;for(x=0;S>0;x++){v=l*A|0;h[x]=A-c*v|0;A=o[S-1]+v;S-=1}A=s(A,u);A-=8*r(A*.125);$=A|0;A-=$;b=0;if(u>0){x=h[n-1]>>24-u;$+=x;h[n-1]-=x<<24-u;b=h[n-1]>>23-u}else if(u===0){b=h[n-1]>>23}else if(A>=.5){b=2}if(b>0){$+=1;y=0;for(x=0;x<n;x++){S=h[x];if(y===0){if(S!==0){y=1;h[x]=16777216-S}}else{h[x]=16777215-S}}if(u>0){switch(u){case 1:h[n-1]&=8388607;break;case 2:h[n-1]&=4194303;break}}if(b===2){A=1-A;if(y!==0){A-=s(1,u)}}}if(A===0){S=0;for(x=n-1;x>=f;x--){S|=h[x]}if(S===0){for(k=1;h[f-k]===0;k++){}for(x=n+1;x<=n+k;x++){g[m+x]=i[p+x];v=0;for(S=0;S<=m;S++){v+=e[S]*g[m+(x-S)]}o[x]=v}n+=k;return compute(e,t,n,o,u,f,p,m,g)}n-=1;u-=24;while(h[n]===0){n-=1;u-=24}}else{A=s(A,-u);if(A>=c){v=l*A|0;h[n]=A-c*v|0;n+=1;u+=24;h[n]=v}else{h[n]=A|0}}v=s(1,u);for(x=n;x>=0;x--){o[x]=v*h[x];v*=l}for(x=n;x>=0;x--){v=0;for(k=0;k<=w&&k<=n-x;k++){v+=a[k]*o[x+k]}d[n-x]=v}v=0;for(x=n;x>=0;x--){v+=d[x]}if(b===0){t[0]=v}else{t[0]=-v}v=d[0]-v;for(x=1;x<=n;x++){v+=d[x]}if(b===0){t[1]=v}else{t[1]=-v}return $&7}function kernelRempio2(e,t,n,r){var s;var o;var a;var c;var l;var d;var h;var p;var m;o=4;c=r-1;a=(n-3)/24|0;if(a<0){a=0}d=n-24*(a+1);p=a-c;m=c+o;for(h=0;h<=m;h++){if(p<0){u[h]=0}else{u[h]=i[p]}p+=1}for(h=0;h<=o;h++){s=0;for(p=0;p<=c;p++){s+=e[p]*u[c+(h-p)]}f[h]=s}l=o;return compute(e,t,l,f,d,o,a,c,u)}e.exports=kernelRempio2},4385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(3935);var s=n(222);var o=n(8910);var i=n(2882);var a=n(1662);var c=n(7844);var l=n(7236);var u=n(499);var f=0;var d=16777216;var h=1.5707963267341256;var p=6077100506506192e-26;var m=2*p;var g=3*p;var y=4*p;var v=598523|0;var b=1072243195|0;var w=1073928572|0;var x=1074752122|0;var k=1074977148|0;var $=1075183036|0;var S=1075388923|0;var A=1075594811|0;var O=1094263291|0;var N=[0,0,0];var C=[0,0];function rempio2(e,t){var n;var E;var P;var T;var I;var z;var M;var R;P=i(e)|0;T=P&r|0;if(T<=b){t[0]=e;t[1]=0;return 0}if(T<=x){if((T&o)===v){return u(e,T,t)}if(T<=w){if(P>0){R=e-h;t[0]=R-p;t[1]=R-t[0]-p;return 1}R=e+h;t[0]=R+p;t[1]=R-t[0]+p;return-1}if(P>0){R=e-2*h;t[0]=R-m;t[1]=R-t[0]-m;return 2}R=e+2*h;t[0]=R+m;t[1]=R-t[0]+m;return-2}if(T<=A){if(T<=$){if(T===k){return u(e,T,t)}if(P>0){R=e-3*h;t[0]=R-g;t[1]=R-t[0]-g;return 3}R=e+3*h;t[0]=R+g;t[1]=R-t[0]+g;return-3}if(T===S){return u(e,T,t)}if(P>0){R=e-4*h;t[0]=R-y;t[1]=R-t[0]-y;return 4}R=e+4*h;t[0]=R+y;t[1]=R-t[0]+y;return-4}if(T<O){return u(e,T,t)}if(T>=s){t[0]=NaN;t[1]=NaN;return 0}n=a(e);E=(T>>20)-1046;R=c(T-(E<<20|0),n);for(z=0;z<2;z++){N[z]=R|0;R=(R-N[z])*d}N[2]=R;I=3;while(N[I-1]===f){I-=1}M=l(N,C,E,I,1);if(P<0){t[0]=-C[0];t[1]=-C[1];return-M}t[0]=C[0];t[1]=C[1];return M}e.exports=rempio2},499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
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
var r=n(8972);var s=n(2882);var o=.6366197723675814;var i=1.5707963267341256;var a=6077100506506192e-26;var c=6077100506303966e-26;var l=20222662487959506e-37;var u=20222662487111665e-37;var f=84784276603689e-45;var d=2047|0;function rempio2Medium(e,t,n){var h;var p;var m;var g;var y;var v;var b;p=r(e*o);g=e-p*i;y=p*a;b=t>>20|0;n[0]=g-y;h=s(n[0]);v=b-(h>>20&d);if(v>16){m=g;y=p*c;g=m-y;y=p*l-(m-g-y);n[0]=g-y;h=s(n[0]);v=b-(h>>20&d);if(v>49){m=g;y=p*u;g=m-y;y=p*f-(m-g-y);n[0]=g-y}}n[1]=g-n[0]-y;return p}e.exports=rempio2Medium},8972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(3935);var s=n(222);var o=n(2882);var i=n(1567);var a=n(186);var c=n(3982);var l=1072243195|0;var u=1045430272|0;var f=[0,0];function sin(e){var t;var n;t=o(e);t&=r;if(t<=l){if(t<u){return e}return a(e,0)}if(t>=s){return NaN}n=c(e,f);switch(n&3){case 0:return a(f[0],f[1]);case 1:return i(f[0],f[1]);case 2:return-a(f[0],f[1]);default:return-i(f[0],f[1])}}e.exports=sin},8901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6523);var s=n(7234);var o=n(9191);var i=n(1794);var a=n(6260);var c=n(910);var l=n(9701);function sinpi(e){var t;var n;if(r(e)){return NaN}if(s(e)){return NaN}n=e%2;t=a(n);if(t===0||t===1){return c(0,n)}if(t<.25){return i(l*n)}if(t<.75){t=.5-t;return c(o(l*t),n)}if(t<1.25){n=c(1,n)-n;return i(l*n)}if(t<1.75){t-=1.5;return-c(o(l*t),n)}n-=c(2,n);return i(l*n)}e.exports=sinpi},5478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6260);var s=n(5088);var o=n(8858);var i=1e6;function continuedFractionA(e,t,n){var s;var i;var a;var c;var l;var u;u=e();l=u[1];i=u[0];if(l===0){l=o}a=l;c=0;do{u=e();if(u){c=u[1]+u[0]*c;if(c===0){c=o}a=u[1]+u[0]/a;if(a===0){a=o}c=1/c;s=a*c;l*=s}}while(u&&r(s-1)>t&&--n);return i/l}function continuedFractionB(e,t,n){var s;var i;var a;var c;var l;l=e();c=l[1];if(c===0){c=o}i=c;a=0;do{l=e();if(l){a=l[1]+l[0]*a;if(a===0){a=o}i=l[1]+l[0]/i;if(i===0){i=o}a=1/a;s=i*a;c*=s}}while(l&&r(s-1)>t&&--n);return c}function continuedFraction(e,t){var n;var r;var o;r={};if(arguments.length>1){r=t}o=r.tolerance||s;n=r.maxIter||i;if(r.keep){return continuedFractionB(e,o,n)}return continuedFractionA(e,o,n)}e.exports=continuedFraction},7028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(8858);var o=n(5088);var i=1e6;function continuedFractionA(e,t,n){var o;var i;var a;var c;var l;var u;var f;o=typeof e.next==="function";f=o?e.next().value:e();c=f[1];a=f[0];if(c===0){c=s}l=c;u=0;if(o===true){do{f=e.next().value;if(f){u=f[1]+f[0]*u;if(u===0){u=s}l=f[1]+f[0]/l;if(l===0){l=s}u=1/u;i=l*u;c*=i}}while(r(i-1)>t&&--n)}else{do{f=e();if(f){u=f[1]+f[0]*u;if(u===0){u=s}l=f[1]+f[0]/l;if(l===0){l=s}u=1/u;i=l*u;c*=i}}while(f&&r(i-1)>t&&--n)}return a/c}function continuedFractionB(e,t,n){var o;var i;var a;var c;var l;var u;o=typeof e.next==="function";u=o?e.next().value:e();a=u[1];if(a===0){a=s}c=a;l=0;if(o===true){do{u=e.next().value;if(u){l=u[1]+u[0]*l;if(l===0){l=s}c=u[1]+u[0]/c;if(c===0){c=s}l=1/l;i=c*l;a*=i}}while(u&&r(i-1)>t&&--n)}else{do{u=e();if(u){l=u[1]+u[0]*l;if(l===0){l=s}c=u[1]+u[0]/c;if(c===0){c=s}l=1/l;i=c*l;a*=i}}while(u&&r(i-1)>t&&--n)}return a}function continuedFraction(e,t){var n;var r;var s;r={};if(arguments.length>1){r=t}n=r.maxIter||i;s=r.tolerance||o;if(r.keep){return continuedFractionB(e,s,n)}return continuedFractionA(e,s,n)}e.exports=continuedFraction},508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var s=n(7028);var o=n(3962);var i;if(r()){i=s}else{i=o}e.exports=i},1278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6990);var s=n(3767);function factory(e){var t;var n;var o;var i;if(e.length>500){return polyval}t="return function evalpoly(x){";n=e.length;if(n===0){t+="return 0.0;"}else if(n===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];o=n-1;for(i=1;i<n;i++){t+="+x*";if(i<o){t+="("}t+=e[i]}for(i=0;i<o-1;i++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new r(t)();function polyval(t){return s(e,t)}}e.exports=factory},2096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(3767);var o=n(1278);r(s,"factory",o);e.exports=s},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(6260);var s=n(5088);var o=1e6;function sumSeries(e,t){var n;var i;var a;var c;var l;l={};if(arguments.length>1){l=t}n=l.tolerance||s;a=l.maxTerms||o;c=l.initialValue||0;do{i=e();c+=i}while(r(n*c)<r(i)&&--a);return c}e.exports=sumSeries},3333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var s=n(5088);var o=1e6;function sumSeries(e,t){var n;var i;var a;var c;var l;var u;u={};if(arguments.length>1){u=t}i=u.tolerance||s;c=u.maxTerms||o;l=u.initialValue||0;n=typeof e.next==="function";if(n===true){for(a of e){l+=a;if(r(i*l)>=r(a)||--c===0){break}}}else{do{a=e();l+=a}while(r(i*l)<r(a)&&--c)}return l}e.exports=sumSeries},6491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var s=n(3333);var o=n(6049);var i;if(r()){i=s}else{i=o}e.exports=i},4241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2882);var s=n(222);var o=n(1877);function exponent(e){var t=r(e);t=(t&s)>>>20;return t-o|0}e.exports=exponent},7844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(347);var s;var o;var i;if(r===true){o=1;i=0}else{o=0;i=1}s={HIGH:o,LOW:i};e.exports=s},5259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var o=n(9593);var i=new s(1);var a=new r(i.buffer);var c=o.HIGH;var l=o.LOW;function fromWords(e,t){a[c]=e;a[l]=t;return i[0]}e.exports=fromWords},9828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var s=n(9979);var o=n(9828);var i=new s(1);var a=new r(i.buffer);function getHighWord(e){i[0]=e;return a[o]}e.exports=getHighWord},1662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var s=n(9979);var o=n(5844);var i=new s(1);var a=new r(i.buffer);function getLowWord(e){i[0]=e;return a[o]}e.exports=getLowWord},750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5417);var s=n(7234);var o=n(6523);var i=n(6260);var a=4503599627370496;function normalize(e,t,n,c){if(o(e)||s(e)){t[c]=e;t[c+n]=0;return t}if(e!==0&&i(e)<r){t[c]=e*a;t[c+n]=-52;return t}t[c]=e;t[c+n]=0;return t}e.exports=normalize},9335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(6754);var o=n(750);r(s,"assign",o);e.exports=s},6754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(9302);e.exports=r},9302:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var o=n(2880);var i=new s(1);var a=new r(i.buffer);function setHighWord(e,t){i[0]=e;a[o]=t>>>0;return i[0]}e.exports=setHighWord},3786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(7096);var s=n(9979);var o=n(9760);var i=new s(1);var a=new r(i.buffer);function setLowWord(e,t){i[0]=e;a[o]=t>>>0;return i[0]}e.exports=setLowWord},5132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var s=n(9979);var o=n(3808);var i=new s(1);var a=new r(i.buffer);var c=o.HIGH;var l=o.LOW;function toWords(e,t,n,r){i[0]=e;t[r]=a[c];t[r+n]=a[l];return t}e.exports=toWords},7949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var s=n(6364);var o=n(5132);r(s,"assign",o);e.exports=s},3808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var s;var o;var i;if(r===true){o=1;i=0}else{o=0;i=1}s={HIGH:o,LOW:i};e.exports=s},6364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=Math.abs;var n=String.prototype.toLowerCase;var r=String.prototype.toUpperCase;var s=String.prototype.replace;var o=/e\+(\d)$/;var i=/e-(\d)$/;var a=/^(\d+)$/;var c=/^(\d+)e/;var l=/\.0$/;var u=/\.0*e/;var f=/(\..*[^0])0*e/;function formatDouble(e,d){var h;var p;switch(d.specifier){case"e":case"E":p=e.toExponential(d.precision);break;case"f":case"F":p=e.toFixed(d.precision);break;case"g":case"G":if(t(e)<1e-4){h=d.precision;if(h>0){h-=1}p=e.toExponential(h)}else{p=e.toPrecision(d.precision)}if(!d.alternate){p=s.call(p,f,"$1e");p=s.call(p,u,"e");p=s.call(p,l,"")}break;default:throw new Error("invalid double notation. Value: "+d.specifier)}p=s.call(p,o,"e+0$1");p=s.call(p,i,"e-0$1");if(d.alternate){p=s.call(p,a,"$1.");p=s.call(p,c,"$1.e")}if(e>=0&&d.sign){p=d.sign+p}p=d.specifier===r.call(d.specifier)?r.call(p):n.call(p);return p}e.exports=formatDouble},1836:(e,t,n)=>{
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
var r=n(6392);var s=n(122);var o=String.prototype.toLowerCase;var i=String.prototype.toUpperCase;function formatInteger(e){var t;var n;var a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}n=e.arg;a=parseInt(n,10);if(!isFinite(a)){if(!r(n)){throw new Error("invalid integer. Value: "+n)}a=0}if(a<0&&(e.specifier==="u"||t!==10)){a=4294967295+a+1}if(a<0){n=(-a).toString(t);if(e.precision){n=s(n,e.precision,e.padRight)}n="-"+n}else{n=a.toString(t);if(!a&&!e.precision){n=""}else if(e.precision){n=s(n,e.precision,e.padRight)}if(e.sign){n=e.sign+n}}if(t===16){if(e.alternate){n="0x"+n}n=e.specifier===i.call(e.specifier)?i.call(n):o.call(n)}if(t===8){if(e.alternate&&n.charAt(0)!=="0"){n="0"+n}}return n}e.exports=formatInteger},24:(e,t,n)=>{
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
var r=n(1836);var s=n(7852);var o=n(6392);var i=n(2029);var a=n(4484);var c=n(122);var l=String.fromCharCode;var u=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var n;var f;var d;var h;var p;var m;var g;var y;var v;if(!u(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}p="";m=1;for(y=0;y<e.length;y++){f=e[y];if(s(f)){p+=f}else{t=f.precision!==void 0;f=initialize(f);if(!f.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+y+"`. Value: `"+f+"`.")}if(f.mapping){m=f.mapping}n=f.flags;for(v=0;v<n.length;v++){d=n.charAt(v);switch(d){case" ":f.sign=" ";break;case"+":f.sign="+";break;case"-":f.padRight=true;f.padZeros=false;break;case"0":f.padZeros=n.indexOf("-")<0;break;case"#":f.alternate=true;break;default:throw new Error("invalid flag: "+d)}}if(f.width==="*"){f.width=parseInt(arguments[m],10);m+=1;if(isnan(f.width)){throw new TypeError("the argument for * width at position "+m+" is not a number. Value: `"+f.width+"`.")}if(f.width<0){f.padRight=true;f.width=-f.width}}if(t){if(f.precision==="*"){f.precision=parseInt(arguments[m],10);m+=1;if(isnan(f.precision)){throw new TypeError("the argument for * precision at position "+m+" is not a number. Value: `"+f.precision+"`.")}if(f.precision<0){f.precision=1;t=false}}}f.arg=arguments[m];switch(f.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){f.padZeros=false}f.arg=r(f);break;case"s":f.maxWidth=t?f.precision:-1;f.arg=String(f.arg);break;case"c":if(!isnan(f.arg)){h=parseInt(f.arg,10);if(h<0||h>127){throw new Error("invalid character code. Value: "+f.arg)}f.arg=isnan(h)?String(f.arg):l(h)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){f.precision=6}g=parseFloat(f.arg);if(!isFinite(g)){if(!o(f.arg)){throw new Error("invalid floating-point number. Value: "+p)}g=f.arg;f.padZeros=false}f.arg=i(g,f);break;default:throw new Error("invalid specifier: "+f.specifier)}if(f.maxWidth>=0&&f.arg.length>f.maxWidth){f.arg=f.arg.substring(0,f.maxWidth)}if(f.padZeros){f.arg=c(f.arg,f.width||f.precision,f.padRight)}else if(f.width){f.arg=a(f.arg,f.width,f.padRight)}p+=f.arg||"";m+=1}}return p}e.exports=formatInterpolate},4484:e=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var n;var r;var s;var o;r=[];o=0;s=t.exec(e);while(s){n=e.slice(o,t.lastIndex-s[0].length);if(n.length){r.push(n)}if(s[6]==="%"){r.push("%")}else{r.push(parse(s))}o=t.lastIndex;s=t.exec(e)}n=e.slice(o);if(n.length){r.push(n)}return r}e.exports=formatTokenize},7760:(e,t,n)=>{
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
var r=n(24);var s=n(9340);var o=n(8676);function format(e){var t;var n;if(!o(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[s(e)];for(n=1;n<arguments.length;n++){t.push(arguments[n])}return r.apply(null,t)}e.exports=format},2038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2342);var s=n(7619);var o=n(61);var i;if(r()){i=s}else{i=o}e.exports=i},61:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7760);var s=Object.prototype;var o=s.toString;var i=s.__defineGetter__;var a=s.__defineSetter__;var c=s.__lookupGetter__;var l=s.__lookupSetter__;function defineProperty(e,t,n){var u;var f;var d;var h;if(typeof e!=="object"||e===null||o.call(e)==="[object Array]"){throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof n!=="object"||n===null||o.call(n)==="[object Array]"){throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n))}f="value"in n;if(f){if(c.call(e,t)||l.call(e,t)){u=e.__proto__;e.__proto__=s;delete e[t];e[t]=n.value;e.__proto__=u}else{e[t]=n.value}}d="get"in n;h="set"in n;if(f&&(d||h)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(d&&i){i.call(e,t,n.get)}if(h&&a){a.call(e,t,n.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(9501);var s=n(1006);var o=n(9728);var i;if(r()){i=o}else{i=s}e.exports=i},1006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(1907);var s=n(4499);var o=n(5763);function nativeClass(e){var t;var n;var i;if(e===null||e===void 0){return o.call(e)}n=e[s];t=r(e,s);try{e[s]=void 0}catch(t){return o.call(e)}i=o.call(e);if(t){e[s]=n}else{delete e[s]}return i}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var r=n(2038);var s=typeof r==="function"?r.toStringTag:"";e.exports=s},1916:(e,t)=>{var n;n=true;t.Io=n=void 0;var r=new Uint32Array(65536);var myers_32=function(e,t){var n=e.length;var s=t.length;var o=1<<n-1;var i=-1;var a=0;var c=n;var l=n;while(l--){r[e.charCodeAt(l)]|=1<<l}for(l=0;l<s;l++){var u=r[t.charCodeAt(l)];var f=u|a;u|=(u&i)+i^i;a|=~(u|i);i&=u;if(a&o){c++}if(i&o){c--}a=a<<1|1;i=i<<1|~(f|a);a&=f}l=n;while(l--){r[e.charCodeAt(l)]=0}return c};var myers_x=function(e,t){var n=t.length;var s=e.length;var o=[];var i=[];var a=Math.ceil(n/32);var c=Math.ceil(s/32);for(var l=0;l<a;l++){i[l]=-1;o[l]=0}var u=0;for(;u<c-1;u++){var f=0;var d=-1;var h=u*32;var p=Math.min(32,s)+h;for(var m=h;m<p;m++){r[e.charCodeAt(m)]|=1<<m}for(var l=0;l<n;l++){var g=r[t.charCodeAt(l)];var y=i[l/32|0]>>>l&1;var v=o[l/32|0]>>>l&1;var b=g|f;var w=((g|v)&d)+d^d|g|v;var x=f|~(w|d);var k=d&w;if(x>>>31^y){i[l/32|0]^=1<<l}if(k>>>31^v){o[l/32|0]^=1<<l}x=x<<1|y;k=k<<1|v;d=k|~(b|x);f=x&b}for(var m=h;m<p;m++){r[e.charCodeAt(m)]=0}}var $=0;var S=-1;var A=u*32;var O=Math.min(32,s-A)+A;for(var m=A;m<O;m++){r[e.charCodeAt(m)]|=1<<m}var N=s;for(var l=0;l<n;l++){var g=r[t.charCodeAt(l)];var y=i[l/32|0]>>>l&1;var v=o[l/32|0]>>>l&1;var b=g|$;var w=((g|v)&S)+S^S|g|v;var x=$|~(w|S);var k=S&w;N+=x>>>s-1&1;N-=k>>>s-1&1;if(x>>>31^y){i[l/32|0]^=1<<l}if(k>>>31^v){o[l/32|0]^=1<<l}x=x<<1|y;k=k<<1|v;S=k|~(b|x);$=x&b}for(var m=A;m<O;m++){r[e.charCodeAt(m)]=0}return N};var distance=function(e,t){if(e.length<t.length){var n=t;t=e;e=n}if(t.length===0){return e.length}if(e.length<=32){return myers_32(e,t)}return myers_x(e,t)};t.Io=distance;var closest=function(e,t){var n=Infinity;var r=0;for(var s=0;s<t.length;s++){var o=distance(e,t[s]);if(o<n){n=o;r=s}}return t[r]};n=closest},4006:(e,t,n)=>{const r=n(8016);const s=n(4059);function picomatch(e,t,n=false){if(t&&(t.windows===null||t.windows===undefined)){t={...t,windows:s.isWindows()}}return r(e,t,n)}Object.assign(picomatch,r);e.exports=picomatch},5595:e=>{const t="\\\\/";const n=`[^${t}]`;const r=0;const s="\\.";const o="\\+";const i="\\?";const a="\\/";const c="(?=.)";const l="[^/]";const u=`(?:${a}|$)`;const f=`(?:^|${a})`;const d=`${s}{1,2}${u}`;const h=`(?!${s})`;const p=`(?!${f}${d})`;const m=`(?!${s}{0,1}${u})`;const g=`(?!${d})`;const y=`[^.${a}]`;const v=`${l}*?`;const b="/";const w={DOT_LITERAL:s,PLUS_LITERAL:o,QMARK_LITERAL:i,SLASH_LITERAL:a,ONE_CHAR:c,QMARK:l,END_ANCHOR:u,DOTS_SLASH:d,NO_DOT:h,NO_DOTS:p,NO_DOT_SLASH:m,NO_DOTS_SLASH:g,QMARK_NO_DOT:y,STAR:v,START_ANCHOR:f,SEP:b};const x={...w,SLASH_LITERAL:`[${t}]`,QMARK:n,STAR:`${n}*?`,DOTS_SLASH:`${s}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${s})`,NO_DOTS:`(?!(?:^|[${t}])${s}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${s}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${s}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};const k={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:r,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:k,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===true?x:w}}},8265:(e,t,n)=>{const r=n(5595);const s=n(4059);const{MAX_LENGTH:o,POSIX_REGEX_SOURCE:i,REGEX_NON_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_BACKREF:c,REPLACEMENTS:l}=r;const expandRange=(e,t)=>{if(typeof t.expandRange==="function"){return t.expandRange(...e,t)}e.sort();const n=`[${e.join("-")}]`;try{new RegExp(n)}catch(t){return e.map(e=>s.escapeRegex(e)).join("..")}return n};const syntaxError=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`;const splitTopLevel=e=>{const t=[];let n=0;let r=0;let s=0;let o="";let i=false;for(const a of e){if(i===true){o+=a;i=false;continue}if(a==="\\"){o+=a;i=true;continue}if(a==='"'){s=s===1?0:1;o+=a;continue}if(s===0){if(a==="["){n++}else if(a==="]"&&n>0){n--}else if(n===0){if(a==="("){r++}else if(a===")"&&r>0){r--}else if(a==="|"&&r===0){t.push(o);o="";continue}}}o+=a}t.push(o);return t};const isPlainBranch=e=>{let t=false;for(const n of e){if(t===true){t=false;continue}if(n==="\\"){t=true;continue}if(/[?*+@!()[\]{}]/.test(n)){return false}}return true};const normalizeSimpleBranch=e=>{let t=e.trim();let n=true;while(n===true){n=false;if(/^@\([^\\()[\]{}|]+\)$/.test(t)){t=t.slice(2,-1);n=true}}if(!isPlainBranch(t)){return}return t.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=e=>{const t=e.map(normalizeSimpleBranch).filter(Boolean);for(let e=0;e<t.length;e++){for(let n=e+1;n<t.length;n++){const r=t[e];const s=t[n];const o=r[0];if(!o||r!==o.repeat(r.length)||s!==o.repeat(s.length)){continue}if(r===s||r.startsWith(s)||s.startsWith(r)){return true}}}return false};const parseRepeatedExtglob=(e,t=true)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="("){return}let n=0;let r=0;let s=0;let o=false;for(let i=1;i<e.length;i++){const a=e[i];if(o===true){o=false;continue}if(a==="\\"){o=true;continue}if(a==='"'){s=s===1?0:1;continue}if(s===1){continue}if(a==="["){n++;continue}if(a==="]"&&n>0){n--;continue}if(n>0){continue}if(a==="("){r++;continue}if(a===")"){r--;if(r===0){if(t===true&&i!==e.length-1){return}return{type:e[0],body:e.slice(2,i),end:i}}}}};const buildCharClassStar=e=>{const t=e.length===1?s.escapeRegex(e[0]):`[${e.map(e=>s.escapeRegex(e)).join("")}]`;return`${t}*`};const getStarExtglobSequenceChars=e=>{let t=0;const n=[];while(t<e.length){const r=parseRepeatedExtglob(e.slice(t),false);if(!r||r.type!=="*"){return}const s=splitTopLevel(r.body).map(e=>e.trim());if(s.length!==1){return}const o=normalizeSimpleBranch(s[0]);if(!o||o.length!==1){return}n.push(o);t+=r.end+1}if(n.length<1){return}return n};const repeatedExtglobRecursion=e=>{let t=0;let n=e.trim();let r=parseRepeatedExtglob(n);while(r){t++;n=r.body.trim();r=parseRepeatedExtglob(n)}return t};const analyzeRepeatedExtglob=(e,t)=>{if(t.maxExtglobRecursion===false){return{risky:false}}const n=typeof t.maxExtglobRecursion==="number"?t.maxExtglobRecursion:r.DEFAULT_MAX_EXTGLOB_RECURSION;const s=splitTopLevel(e).map(e=>e.trim());if(s.length>1){if(s.some(e=>e==="")||s.some(e=>/^[*?]+$/.test(e))||hasRepeatedCharPrefixOverlap(s)){return{risky:true}}}const o=[];let i=false;let a=true;for(const e of s){const t=getStarExtglobSequenceChars(e);if(t){i=true;o.push(...t);continue}const r=normalizeSimpleBranch(e);if(r&&r.length===1){o.push(r);continue}a=false;if(repeatedExtglobRecursion(e)>n){return{risky:true}}}if(i){return a?{risky:true,safeOutput:buildCharClassStar([...new Set(o)])}:{risky:true}}return{risky:false}};const parse=(e,t)=>{if(typeof e!=="string"){throw new TypeError("Expected a string")}e=l[e]||e;const n={...t};const u=typeof n.maxLength==="number"?Math.min(o,n.maxLength):o;let f=e.length;if(f>u){throw new SyntaxError(`Input length: ${f}, exceeds maximum allowed length: ${u}`)}const d={type:"bos",value:"",output:n.prepend||""};const h=[d];const p=n.capture?"":"?:";const m=r.globChars(n.windows);const g=r.extglobChars(m);const{DOT_LITERAL:y,PLUS_LITERAL:v,SLASH_LITERAL:b,ONE_CHAR:w,DOTS_SLASH:x,NO_DOT:k,NO_DOT_SLASH:$,NO_DOTS_SLASH:S,QMARK:A,QMARK_NO_DOT:O,STAR:N,START_ANCHOR:C}=m;const globstar=e=>`(${p}(?:(?!${C}${e.dot?x:y}).)*?)`;const E=n.dot?"":k;const P=n.dot?A:O;let T=n.bash===true?globstar(n):N;if(n.capture){T=`(${T})`}if(typeof n.noext==="boolean"){n.noextglob=n.noext}const I={input:e,index:-1,start:0,dot:n.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens:h};e=s.removePrefix(e,I);f=e.length;const z=[];const M=[];const R=[];let L=d;let j;const eos=()=>I.index===f-1;const F=I.peek=(t=1)=>e[I.index+t];const D=I.advance=()=>e[++I.index]||"";const remaining=()=>e.slice(I.index+1);const consume=(e="",t=0)=>{I.consumed+=e;I.index+=t};const append=e=>{I.output+=e.output!=null?e.output:e.value;consume(e.value)};const negate=()=>{let e=1;while(F()==="!"&&(F(2)!=="("||F(3)==="?")){D();I.start++;e++}if(e%2===0){return false}I.negated=true;I.start++;return true};const increment=e=>{I[e]++;R.push(e)};const decrement=e=>{I[e]--;R.pop()};const push=e=>{if(L.type==="globstar"){const t=I.braces>0&&(e.type==="comma"||e.type==="brace");const n=e.extglob===true||z.length&&(e.type==="pipe"||e.type==="paren");if(e.type!=="slash"&&e.type!=="paren"&&!t&&!n){I.output=I.output.slice(0,-L.output.length);L.type="star";L.value="*";L.output=T;I.output+=L.output}}if(z.length&&e.type!=="paren"){z[z.length-1].inner+=e.value}if(e.value||e.output)append(e);if(L&&L.type==="text"&&e.type==="text"){L.output=(L.output||L.value)+e.value;L.value+=e.value;return}e.prev=L;h.push(e);L=e};const extglobOpen=(e,t)=>{const r={...g[t],conditions:1,inner:""};r.prev=L;r.parens=I.parens;r.output=I.output;r.startIndex=I.index;r.tokensIndex=h.length;const s=(n.capture?"(":"")+r.open;increment("parens");push({type:e,value:t,output:I.output?"":w});push({type:"paren",extglob:true,value:D(),output:s});z.push(r)};const extglobClose=r=>{const o=e.slice(r.startIndex,I.index+1);const i=e.slice(r.startIndex+2,I.index);const a=analyzeRepeatedExtglob(i,n);if((r.type==="plus"||r.type==="star")&&a.risky){const e=a.safeOutput?(r.output?"":w)+(n.capture?`(${a.safeOutput})`:a.safeOutput):undefined;const t=h[r.tokensIndex];t.type="text";t.value=o;t.output=e||s.escapeRegex(o);for(let e=r.tokensIndex+1;e<h.length;e++){h[e].value="";h[e].output="";delete h[e].suffix}I.output=r.output+t.output;I.backtrack=true;push({type:"paren",extglob:true,value:j,output:""});decrement("parens");return}let c=r.close+(n.capture?")":"");let l;if(r.type==="negate"){let e=T;if(r.inner&&r.inner.length>1&&r.inner.includes("/")){e=globstar(n)}if(e!==T||eos()||/^\)+$/.test(remaining())){c=r.close=`)$))${e}`}if(r.inner.includes("*")&&(l=remaining())&&/^\.[^\\/.]+$/.test(l)){const n=parse(l,{...t,fastpaths:false}).output;c=r.close=`)${n})${e})`}if(r.prev.type==="bos"){I.negatedExtglob=true}}push({type:"paren",extglob:true,value:j,output:c});decrement("parens")};if(n.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(e)){let r=false;let o=e.replace(c,(e,t,n,s,o,i)=>{if(s==="\\"){r=true;return e}if(s==="?"){if(t){return t+s+(o?A.repeat(o.length):"")}if(i===0){return P+(o?A.repeat(o.length):"")}return A.repeat(n.length)}if(s==="."){return y.repeat(n.length)}if(s==="*"){if(t){return t+s+(o?T:"")}return T}return t?e:`\\${e}`});if(r===true){if(n.unescape===true){o=o.replace(/\\/g,"")}else{o=o.replace(/\\+/g,e=>e.length%2===0?"\\\\":e?"\\":"")}}if(o===e&&n.contains===true){I.output=e;return I}I.output=s.wrapOutput(o,I,t);return I}while(!eos()){j=D();if(j==="\0"){continue}if(j==="\\"){const e=F();if(e==="/"&&n.bash!==true){continue}if(e==="."||e===";"){continue}if(!e){j+="\\";push({type:"text",value:j});continue}const t=/^\\+/.exec(remaining());let r=0;if(t&&t[0].length>2){r=t[0].length;I.index+=r;if(r%2!==0){j+="\\"}}if(n.unescape===true){j=D()}else{j+=D()}if(I.brackets===0){push({type:"text",value:j});continue}}if(I.brackets>0&&(j!=="]"||L.value==="["||L.value==="[^")){if(n.posix!==false&&j===":"){const e=L.value.slice(1);if(e.includes("[")){L.posix=true;if(e.includes(":")){const e=L.value.lastIndexOf("[");const t=L.value.slice(0,e);const n=L.value.slice(e+2);const r=i[n];if(r){L.value=t+r;I.backtrack=true;D();if(!d.output&&h.indexOf(L)===1){d.output=w}continue}}}}if(j==="["&&F()!==":"||j==="-"&&F()==="]"){j=`\\${j}`}if(j==="]"&&(L.value==="["||L.value==="[^")){j=`\\${j}`}if(n.posix===true&&j==="!"&&L.value==="["){j="^"}L.value+=j;append({value:j});continue}if(I.quotes===1&&j!=='"'){j=s.escapeRegex(j);L.value+=j;append({value:j});continue}if(j==='"'){I.quotes=I.quotes===1?0:1;if(n.keepQuotes===true){push({type:"text",value:j})}continue}if(j==="("){increment("parens");push({type:"paren",value:j});continue}if(j===")"){if(I.parens===0&&n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const e=z[z.length-1];if(e&&I.parens===e.parens+1){extglobClose(z.pop());continue}push({type:"paren",value:j,output:I.parens?")":"\\)"});decrement("parens");continue}if(j==="["){if(n.nobracket===true||!remaining().includes("]")){if(n.nobracket!==true&&n.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}j=`\\${j}`}else{increment("brackets")}push({type:"bracket",value:j});continue}if(j==="]"){if(n.nobracket===true||L&&L.type==="bracket"&&L.value.length===1){push({type:"text",value:j,output:`\\${j}`});continue}if(I.brackets===0){if(n.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value:j,output:`\\${j}`});continue}decrement("brackets");const e=L.value.slice(1);if(L.posix!==true&&e[0]==="^"&&!e.includes("/")){j=`/${j}`}L.value+=j;append({value:j});if(n.literalBrackets===false||s.hasRegexChars(e)){continue}const t=s.escapeRegex(L.value);I.output=I.output.slice(0,-L.value.length);if(n.literalBrackets===true){I.output+=t;L.value=t;continue}L.value=`(${p}${t}|${L.value})`;I.output+=L.value;continue}if(j==="{"&&n.nobrace!==true){increment("braces");const e={type:"brace",value:j,output:"(",outputIndex:I.output.length,tokensIndex:I.tokens.length};M.push(e);push(e);continue}if(j==="}"){const e=M[M.length-1];if(n.nobrace===true||!e){push({type:"text",value:j,output:j});continue}let t=")";if(e.dots===true){const e=h.slice();const r=[];for(let t=e.length-1;t>=0;t--){h.pop();if(e[t].type==="brace"){break}if(e[t].type!=="dots"){r.unshift(e[t].value)}}t=expandRange(r,n);I.backtrack=true}if(e.comma!==true&&e.dots!==true){const n=I.output.slice(0,e.outputIndex);const r=I.tokens.slice(e.tokensIndex);e.value=e.output="\\{";j=t="\\}";I.output=n;for(const e of r){I.output+=e.output||e.value}}push({type:"brace",value:j,output:t});decrement("braces");M.pop();continue}if(j==="|"){if(z.length>0){z[z.length-1].conditions++}push({type:"text",value:j});continue}if(j===","){let e=j;const t=M[M.length-1];if(t&&R[R.length-1]==="braces"){t.comma=true;e="|"}push({type:"comma",value:j,output:e});continue}if(j==="/"){if(L.type==="dot"&&I.index===I.start+1){I.start=I.index+1;I.consumed="";I.output="";h.pop();L=d;continue}push({type:"slash",value:j,output:b});continue}if(j==="."){if(I.braces>0&&L.type==="dot"){if(L.value===".")L.output=y;const e=M[M.length-1];L.type="dots";L.output+=j;L.value+=j;e.dots=true;continue}if(I.braces+I.parens===0&&L.type!=="bos"&&L.type!=="slash"){push({type:"text",value:j,output:y});continue}push({type:"dot",value:j,output:y});continue}if(j==="?"){const e=L&&L.value==="(";if(!e&&n.noextglob!==true&&F()==="("&&F(2)!=="?"){extglobOpen("qmark",j);continue}if(L&&L.type==="paren"){const e=F();let t=j;if(L.value==="("&&!/[!=<:]/.test(e)||e==="<"&&!/<([!=]|\w+>)/.test(remaining())){t=`\\${j}`}push({type:"text",value:j,output:t});continue}if(n.dot!==true&&(L.type==="slash"||L.type==="bos")){push({type:"qmark",value:j,output:O});continue}push({type:"qmark",value:j,output:A});continue}if(j==="!"){if(n.noextglob!==true&&F()==="("){if(F(2)!=="?"||!/[!=<:]/.test(F(3))){extglobOpen("negate",j);continue}}if(n.nonegate!==true&&I.index===0){negate();continue}}if(j==="+"){if(n.noextglob!==true&&F()==="("&&F(2)!=="?"){extglobOpen("plus",j);continue}if(L&&L.value==="("||n.regex===false){push({type:"plus",value:j,output:v});continue}if(L&&(L.type==="bracket"||L.type==="paren"||L.type==="brace")||I.parens>0){push({type:"plus",value:j});continue}push({type:"plus",value:v});continue}if(j==="@"){if(n.noextglob!==true&&F()==="("&&F(2)!=="?"){push({type:"at",extglob:true,value:j,output:""});continue}push({type:"text",value:j});continue}if(j!=="*"){if(j==="$"||j==="^"){j=`\\${j}`}const e=a.exec(remaining());if(e){j+=e[0];I.index+=e[0].length}push({type:"text",value:j});continue}if(L&&(L.type==="globstar"||L.star===true)){L.type="star";L.star=true;L.value+=j;L.output=T;I.backtrack=true;I.globstar=true;consume(j);continue}let t=remaining();if(n.noextglob!==true&&/^\([^?]/.test(t)){extglobOpen("star",j);continue}if(L.type==="star"){if(n.noglobstar===true){consume(j);continue}const r=L.prev;const s=r.prev;const o=r.type==="slash"||r.type==="bos";const i=s&&(s.type==="star"||s.type==="globstar");if(n.bash===true&&(!o||t[0]&&t[0]!=="/")){push({type:"star",value:j,output:""});continue}const a=I.braces>0&&(r.type==="comma"||r.type==="brace");const c=z.length&&(r.type==="pipe"||r.type==="paren");if(!o&&r.type!=="paren"&&!a&&!c){push({type:"star",value:j,output:""});continue}while(t.slice(0,3)==="/**"){const n=e[I.index+4];if(n&&n!=="/"){break}t=t.slice(3);consume("/**",3)}const l=eos()||I.parens>0&&t===")".repeat(I.parens)&&!z.some(e=>e.type==="negate");if(r.type==="bos"&&eos()){L.type="globstar";L.value+=j;L.output=globstar(n);I.output=L.output;I.globstar=true;consume(j);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&!i&&l){I.output=I.output.slice(0,-(r.output+L.output).length);r.output=`(?:${r.output}`;L.type="globstar";L.output=globstar(n)+(n.strictSlashes?")":"|$)");L.value+=j;I.globstar=true;I.output+=r.output+L.output;consume(j);continue}if(r.type==="slash"&&r.prev.type!=="bos"&&t[0]==="/"){const e=t[1]!==void 0?"|$":"";I.output=I.output.slice(0,-(r.output+L.output).length);r.output=`(?:${r.output}`;L.type="globstar";L.output=`${globstar(n)}${b}|${b}${e})`;L.value+=j;I.output+=r.output+L.output;I.globstar=true;consume(j+D());push({type:"slash",value:"/",output:""});continue}if(r.type==="bos"&&t[0]==="/"){L.type="globstar";L.value+=j;L.output=`(?:^|${b}|${globstar(n)}${b})`;I.output=L.output;I.globstar=true;consume(j+D());push({type:"slash",value:"/",output:""});continue}I.output=I.output.slice(0,-L.output.length);L.type="globstar";L.output=globstar(n);L.value+=j;I.output+=L.output;I.globstar=true;consume(j);continue}const r={type:"star",value:j,output:T};if(n.bash===true){r.output=".*?";if(L.type==="bos"||L.type==="slash"){r.output=E+r.output}push(r);continue}if(L&&(L.type==="bracket"||L.type==="paren")&&n.regex===true){r.output=j;push(r);continue}if(I.index===I.start||L.type==="slash"||L.type==="dot"){if(L.type==="dot"){I.output+=$;L.output+=$}else if(n.dot===true){I.output+=S;L.output+=S}else{I.output+=E;L.output+=E}if(F()!=="*"){I.output+=w;L.output+=w}}push(r)}while(I.brackets>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));I.output=s.escapeLast(I.output,"[");decrement("brackets")}while(I.parens>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));I.output=s.escapeLast(I.output,"(");decrement("parens")}while(I.braces>0){if(n.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));I.output=s.escapeLast(I.output,"{");decrement("braces")}if(n.strictSlashes!==true&&(L.type==="star"||L.type==="bracket")){push({type:"maybe_slash",value:"",output:`${b}?`})}if(I.backtrack===true){I.output="";for(const e of I.tokens){I.output+=e.output!=null?e.output:e.value;if(e.suffix){I.output+=e.suffix}}}return I};parse.fastpaths=(e,t)=>{const n={...t};const i=typeof n.maxLength==="number"?Math.min(o,n.maxLength):o;const a=e.length;if(a>i){throw new SyntaxError(`Input length: ${a}, exceeds maximum allowed length: ${i}`)}e=l[e]||e;const{DOT_LITERAL:c,SLASH_LITERAL:u,ONE_CHAR:f,DOTS_SLASH:d,NO_DOT:h,NO_DOTS:p,NO_DOTS_SLASH:m,STAR:g,START_ANCHOR:y}=r.globChars(n.windows);const v=n.dot?p:h;const b=n.dot?m:h;const w=n.capture?"":"?:";const x={negated:false,prefix:""};let k=n.bash===true?".*?":g;if(n.capture){k=`(${k})`}const globstar=e=>{if(e.noglobstar===true)return k;return`(${w}(?:(?!${y}${e.dot?d:c}).)*?)`};const create=e=>{switch(e){case"*":return`${v}${f}${k}`;case".*":return`${c}${f}${k}`;case"*.*":return`${v}${k}${c}${f}${k}`;case"*/*":return`${v}${k}${u}${f}${b}${k}`;case"**":return v+globstar(n);case"**/*":return`(?:${v}${globstar(n)}${u})?${b}${f}${k}`;case"**/*.*":return`(?:${v}${globstar(n)}${u})?${b}${k}${c}${f}${k}`;case"**/.*":return`(?:${v}${globstar(n)}${u})?${c}${f}${k}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const n=create(t[1]);if(!n)return;return n+c+t[2]}}};const $=s.removePrefix(e,x);let S=create($);if(S&&n.strictSlashes!==true){S+=`${u}?`}return S};e.exports=parse},8016:(e,t,n)=>{const r=n(1781);const s=n(8265);const o=n(4059);const i=n(5595);const isObject=e=>e&&typeof e==="object"&&!Array.isArray(e);const picomatch=(e,t,n=false)=>{if(Array.isArray(e)){const r=e.map(e=>picomatch(e,t,n));const arrayMatcher=e=>{for(const t of r){const n=t(e);if(n)return n}return false};return arrayMatcher}const r=isObject(e)&&e.tokens&&e.input;if(e===""||typeof e!=="string"&&!r){throw new TypeError("Expected pattern to be a non-empty string")}const s=t||{};const o=s.windows;const i=r?picomatch.compileRe(e,t):picomatch.makeRe(e,t,false,true);const a=i.state;delete i.state;let isIgnored=()=>false;if(s.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(s.ignore,e,n)}const matcher=(n,r=false)=>{const{isMatch:c,match:l,output:u}=picomatch.test(n,i,t,{glob:e,posix:o});const f={glob:e,state:a,regex:i,posix:o,input:n,output:u,match:l,isMatch:c};if(typeof s.onResult==="function"){s.onResult(f)}if(c===false){f.isMatch=false;return r?f:false}if(isIgnored(n)){if(typeof s.onIgnore==="function"){s.onIgnore(f)}f.isMatch=false;return r?f:false}if(typeof s.onMatch==="function"){s.onMatch(f)}return r?f:true};if(n){matcher.state=a}return matcher};picomatch.test=(e,t,n,{glob:r,posix:s}={})=>{if(typeof e!=="string"){throw new TypeError("Expected input to be a string")}if(e===""){return{isMatch:false,output:""}}const i=n||{};const a=i.format||(s?o.toPosixSlashes:null);let c=e===r;let l=c&&a?a(e):e;if(c===false){l=a?a(e):e;c=l===r}if(c===false||i.capture===true){if(i.matchBase===true||i.basename===true){c=picomatch.matchBase(e,t,n,s)}else{c=t.exec(l)}}return{isMatch:Boolean(c),match:c,output:l}};picomatch.matchBase=(e,t,n,r=n&&n.windows)=>{const s=t instanceof RegExp?t:picomatch.makeRe(t,n);return s.test(o.basename(e,{windows:r}))};picomatch.isMatch=(e,t,n)=>picomatch(t,n)(e);picomatch.parse=(e,t)=>{if(Array.isArray(e))return e.map(e=>picomatch.parse(e,t));return s(e,{...t,fastpaths:false})};picomatch.scan=(e,t)=>r(e,t);picomatch.compileRe=(e,t,n=false,r=false)=>{if(n===true){return e.output}const s=t||{};const o=s.contains?"":"^";const i=s.contains?"":"$";let a=`${o}(?:${e.output})${i}`;if(e&&e.negated===true){a=`^(?!${a}).*$`}const c=picomatch.toRegex(a,t);if(r===true){c.state=e}return c};picomatch.makeRe=(e,t={},n=false,r=false)=>{if(!e||typeof e!=="string"){throw new TypeError("Expected a non-empty string")}let o={negated:false,fastpaths:true};if(t.fastpaths!==false&&(e[0]==="."||e[0]==="*")){o.output=s.fastpaths(e,t)}if(!o.output){o=s(e,t)}return picomatch.compileRe(o,t,n,r)};picomatch.toRegex=(e,t)=>{try{const n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(e){if(t&&t.debug===true)throw e;return/$^/}};picomatch.constants=i;e.exports=picomatch},1781:(e,t,n)=>{const r=n(4059);const{CHAR_ASTERISK:s,CHAR_AT:o,CHAR_BACKWARD_SLASH:i,CHAR_COMMA:a,CHAR_DOT:c,CHAR_EXCLAMATION_MARK:l,CHAR_FORWARD_SLASH:u,CHAR_LEFT_CURLY_BRACE:f,CHAR_LEFT_PARENTHESES:d,CHAR_LEFT_SQUARE_BRACKET:h,CHAR_PLUS:p,CHAR_QUESTION_MARK:m,CHAR_RIGHT_CURLY_BRACE:g,CHAR_RIGHT_PARENTHESES:y,CHAR_RIGHT_SQUARE_BRACKET:v}=n(5595);const isPathSeparator=e=>e===u||e===i;const depth=e=>{if(e.isPrefix!==true){e.depth=e.isGlobstar?Infinity:1}};const scan=(e,t)=>{const n=t||{};const b=e.length-1;const w=n.parts===true||n.tokens===true||n.scanToEnd===true;const x=[];const k=[];const $=[];let S=e;let A=-1;let O=0;let N=0;let C=false;let E=false;let P=false;let T=false;let I=false;let z=false;let M=false;let R=false;let L=false;let j=false;let F=0;let D;let B;let U={value:"",depth:0,isGlob:false};const eos=()=>A>=b;const peek=()=>S.charCodeAt(A+1);const advance=()=>{D=B;return S.charCodeAt(++A)};while(A<b){B=advance();let e;if(B===i){M=U.backslashes=true;B=advance();if(B===f){z=true}continue}if(z===true||B===f){F++;while(eos()!==true&&(B=advance())){if(B===i){M=U.backslashes=true;advance();continue}if(B===f){F++;continue}if(z!==true&&B===c&&(B=advance())===c){C=U.isBrace=true;P=U.isGlob=true;j=true;if(w===true){continue}break}if(z!==true&&B===a){C=U.isBrace=true;P=U.isGlob=true;j=true;if(w===true){continue}break}if(B===g){F--;if(F===0){z=false;C=U.isBrace=true;j=true;break}}}if(w===true){continue}break}if(B===u){x.push(A);k.push(U);U={value:"",depth:0,isGlob:false};if(j===true)continue;if(D===c&&A===O+1){O+=2;continue}N=A+1;continue}if(n.noext!==true){const e=B===p||B===o||B===s||B===m||B===l;if(e===true&&peek()===d){P=U.isGlob=true;T=U.isExtglob=true;j=true;if(B===l&&A===O){L=true}if(w===true){let e=0;while(eos()!==true&&(B=advance())){if(B===i){M=U.backslashes=true;advance();continue}if(B===d){e++;continue}if(B===y&&--e===0){j=true;break}}continue}break}}if(B===s){if(D===s)I=U.isGlobstar=true;P=U.isGlob=true;j=true;if(w===true){continue}break}if(B===m){P=U.isGlob=true;j=true;if(w===true){continue}break}if(B===h){while(eos()!==true&&(e=advance())){if(e===i){M=U.backslashes=true;advance();continue}if(e===v){E=U.isBracket=true;P=U.isGlob=true;j=true;break}}if(w===true){continue}break}if(n.nonegate!==true&&B===l&&A===O){R=U.negated=true;O++;continue}if(n.noparen!==true&&B===d){P=U.isGlob=true;if(w===true){let e=1;while(eos()!==true&&(B=advance())){if(B===i){M=U.backslashes=true;advance();continue}if(B===d){e++;continue}if(B===y&&--e===0){j=true;break}}continue}break}if(P===true){j=true;if(w===true){continue}break}}if(n.noext===true){T=false;P=false}let q=S;let V="";let H="";if(O>0){V=S.slice(0,O);S=S.slice(O);N-=O}if(q&&P===true&&N>0){q=S.slice(0,N);H=S.slice(N)}else if(P===true){q="";H=S}else{q=S}if(q&&q!==""&&q!=="/"&&q!==S){if(isPathSeparator(q.charCodeAt(q.length-1))){q=q.slice(0,-1)}}if(n.unescape===true){if(H)H=r.removeBackslashes(H);if(q&&M===true){q=r.removeBackslashes(q)}}const Z={prefix:V,input:e,start:O,base:q,glob:H,isBrace:C,isBracket:E,isGlob:P,isExtglob:T,isGlobstar:I,negated:R,negatedExtglob:L};if(n.tokens===true){Z.maxDepth=0;if(!isPathSeparator(B)){k.push(U)}Z.tokens=k}if(n.parts===true||n.tokens===true){let t;for(let r=0;r<x.length;r++){const s=t!==undefined?t+1:O;const o=x[r];const i=e.slice(s,o);if(n.tokens){if(r===0&&O!==0){k[r].isPrefix=true;k[r].value=V}else{k[r].value=i}depth(k[r]);Z.maxDepth+=k[r].depth}if(o>=O){$.push(i);t=o}}const r=t!==undefined?t+1:O;const s=e.slice(r);$.push(s);if(n.tokens&&t&&t+1<e.length){k[k.length-1].value=s;depth(k[k.length-1]);Z.maxDepth+=k[k.length-1].depth}Z.slashes=x;Z.parts=$}return Z};e.exports=scan},4059:(e,t,n)=>{const{REGEX_BACKSLASH:r,REGEX_REMOVE_BACKSLASH:s,REGEX_SPECIAL_CHARS:o,REGEX_SPECIAL_CHARS_GLOBAL:i}=n(5595);t.isObject=e=>e!==null&&typeof e==="object"&&!Array.isArray(e);t.hasRegexChars=e=>o.test(e);t.isRegexChar=e=>e.length===1&&t.hasRegexChars(e);t.escapeRegex=e=>e.replace(i,"\\$1");t.toPosixSlashes=e=>e.replace(r,"/");t.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};t.removeBackslashes=e=>e.replace(s,e=>e==="\\"?"":e);t.escapeLast=(e,n,r)=>{const s=e.lastIndexOf(n,r);if(s===-1)return e;if(e[s-1]==="\\")return t.escapeLast(e,n,s-1);return`${e.slice(0,s)}\\${e.slice(s)}`};t.removePrefix=(e,t={})=>{let n=e;if(n.startsWith("./")){n=n.slice(2);t.prefix="./"}return n};t.wrapOutput=(e,t={},n={})=>{const r=n.contains?"":"^";const s=n.contains?"":"$";let o=`${r}(?:${e})${s}`;if(t.negated===true){o=`(?:^(?!${o}).*$)`}return o};t.basename=(e,{windows:t}={})=>{const n=e.split(t?/[\\/]/:"/");const r=n[n.length-1];if(r===""){return n[n.length-2]}return r}},8682:(e,t,n)=>{n.a(e,async(e,t)=>{try{var r=n(5565);process.exitCode=await(0,r.i)(process.argv.slice(2));t()}catch(e){t(e)}},1)},5565:(t,n,r)=>{r.d(n,{i:()=>main});var s=r(8909);const{DM:o,gu:i,er:a,Ww:c,b7:l,Di:u,a2:f,uB:d,ef:h,c$:p,_V:m}=s;var g=r(2635);const y={ok:0,failed:1,usage:2,internal:3};var v=r(5484);var b=r(1916);function didYouMean(e,t){const n=e.toLowerCase();const r=n.length<=4?1:Math.max(2,Math.floor(n.length/3));let s;let o=Infinity;for(const e of t){const t=e.toLowerCase();if(t.length>=3&&n.length>=3&&(t.startsWith(n)||n.startsWith(t)))return e;const r=(0,b.Io)(n,t);if(r<o){s=e;o=r}}return o<=r?s:undefined}const w={ms:1,s:1e3,m:6e4,h:36e5,d:864e5,w:6048e5};const x="^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$";const k=new RegExp(x);function parseDuration(e){const t=k.exec(e.trim());if(!t)return undefined;const n=t[2];const r=Number.parseFloat(e.trim().slice(0,e.trim().length-n.length));return r*w[n]}var $=r(6921);const S=["write","maintain","admin"];const A=["none","server","kserve"];const O=["accuracy","precision","recall","f1","roc_auc","pr_auc","log_loss","brier","ece","macro_f1","micro_f1","rmse","mae","r2","mape"];const N=["auto","ks","chi2","psi","js","wasserstein"];const C=["warn","alert"];const E=$.YjP().regex(v.Oc,{error:'expected a stage name: 1-30 lower-case letters, digits and "-", starting with a letter (e.g. staging)'}).describe('A stage name: 1-30 lower-case letters, digits and "-", starting with a letter.');const P=$.aig().min(0).max(1);const T=$.YjP().regex(new RegExp(x),{error:"expected a duration like 90s, 10m or 2h"}).describe("A duration: a number and one unit of ms, s, m, h, d, w (e.g. 10m, 1h).");const I=$.YjP().regex(/^https?:\/\/\S+$/,{error:"expected an http(s) URL"}).describe("An http:// or https:// URL.");const M=$.rej({percent:$.aig().gt(0).max(100).optional().describe("Share of traffic (percent, > 0 and ≤ 100) the new version gets first. Default: 10."),duration:T.optional().describe("How long the canary runs before it is analysed. Default: 10m."),max_error_rate:P.optional().describe("Largest error rate (0-1) of the canary; above it the canary is rolled back. Default: 0.01."),max_p95_latency_ms:$.aig().gt(0).optional().describe("Largest p95 latency (ms) of the canary; above it the canary is rolled back. Default: none.")}).describe("Canary settings (with strategy: canary).");const R=$.rej({target:$.k5n(A).optional().describe("`none` (registry only), `server` (the modelship model server) or `kserve`. Default: none."),url:I.optional().describe("The model server to deploy to (required for target: server)."),namespace:$.YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,{error:"expected a Kubernetes namespace name"}).optional().describe("Kubernetes namespace of the InferenceService (target: kserve). Default: default."),strategy:$.k5n(["blue-green","canary"]).optional().describe("`blue-green` switches all traffic at once; `canary` shifts part of it first. Default: blue-green."),canary:M.optional()}).describe("Where the stage deploys. Default: target none.");const L=$.rej({name:E,required_role:$.k5n(S).optional().describe("Least repository role (from the permission API) needed to promote to this stage and for an approval to count. Default: maintain for the last stage, write for the others."),approvals:$.aig().int().min(0).max(20).optional().describe("Approving reviews on the current head SHA needed before promotion. Default: 1."),allow_self_approval:$.zMY().optional().describe("Whether the requester may also be one of the approvers. The PR author never may. Default: false."),teams:$.YOg($.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_-]*$/,{error:"expected org/team-slug"})).optional().describe("Allowlist of teams (`org/team-slug`); with teams or users set, only their members may promote."),users:$.YOg($.aig({error:"expected a numeric GitHub user id (logins can change; ids cannot)"}).int().positive()).optional().describe("Allowlist of users by numeric id (https://api.github.com/users/<login> shows it)."),gates:$.YOg($.YjP().min(1)).optional().describe("Check runs that must have succeeded on the head SHA (e.g. the evaluation gate). Default: none."),deploy:R.optional(),environment_url:I.optional().describe("URL shown on the deployment (where the stage serves).")}).describe("The promotion rules of one stage.");const j=$.KCZ([E,L],{error:"expected a stage name, or a mapping { name, required_role, approvals, ... }"});const F=$.rej({metric:$.k5n(O).optional().describe("Primary metric compared with the champion. Default: roc_auc (binary), macro_f1, rmse (regression)."),min_delta:$.aig().optional().describe("Least improvement over the champion (in the metric’s better direction) that the lower end of the confidence interval must reach. Default: 0."),confidence:$.aig().gt(.5).lt(1).optional().describe("Confidence level of the bootstrap interval (0.5-1). Default: 0.95."),min:$.jgl($.k5n(O),$.aig()).optional().describe("Absolute minimums, by metric (e.g. roc_auc: 0.7)."),max:$.jgl($.k5n(O),$.aig()).optional().describe("Absolute maximums, by metric (e.g. log_loss: 0.5)."),slices:$.rej({columns:$.YOg($.YjP().min(1)).optional().describe("Columns to slice by. Default: none."),max_regression:$.aig().min(0).optional().describe("Largest drop of the primary metric in any slice vs the champion. Default: 0.02."),min_rows:$.aig().int().min(1).optional().describe("Slices with fewer rows are reported but not gated. Default: 30.")}).optional().describe("Per-slice metrics and the regression allowed in each."),budgets:$.rej({latency_p50_ms:$.aig().gt(0).optional().describe("Largest median latency per batch, in ms."),latency_p95_ms:$.aig().gt(0).optional().describe("Largest p95 latency per batch, in ms."),latency_p99_ms:$.aig().gt(0).optional().describe("Largest p99 latency per batch, in ms."),row_latency_p50_ms:$.aig().gt(0).optional().describe("Largest median latency of a single-row request (batch of 1), in ms."),row_latency_p95_ms:$.aig().gt(0).optional().describe("Largest p95 latency of a single-row request (batch of 1), in ms."),row_latency_p99_ms:$.aig().gt(0).optional().describe("Largest p99 latency of a single-row request (batch of 1), in ms."),size_mb:$.aig().gt(0).optional().describe("Largest model file size, in MB (10^6 bytes)."),memory_mb:$.aig().gt(0).optional().describe("Largest peak memory while scoring, in MB.")}).optional().describe("Latency, size and memory budgets. Default: none."),bootstrap:$.rej({resamples:$.aig().int().min(100).max(1e5).optional().describe("Paired bootstrap resamples. Default: 1000."),seed:$.aig().int().min(0).optional().describe("Seed of the bootstrap. Default: 0.")}).optional()}).describe("The evaluation gate (candidate vs the production champion).");const D=$.rej({drift_share:P.optional().describe("Share of drifted columns (after correction) that reaches this level."),psi:$.aig().min(0).optional().describe("PSI of any one column that reaches this level.")});const B=$.rej({stage:E.optional().describe("The stage whose current version is the reference. Default: the model’s last stage."),columns:$.g1P($.YjP(),$.rej({method:$.k5n(N).optional().describe("The test for this column. Default: auto."),ignore:$.zMY().optional().describe("Leave this column out. Default: false.")})).optional().describe("Overrides of the default test, by column."),alpha:$.aig().gt(0).lt(1).optional().describe("Significance level for a column to count as drifted (after correction). Default: 0.05."),correction:$.k5n(["bh","bonferroni","none"]).optional().describe("Multiple-testing correction: Benjamini-Hochberg, Bonferroni or none. Default: bh."),thresholds:$.rej({warn:D.optional().describe("Default: drift_share 0.1, psi 0.1."),alert:D.optional().describe("Default: drift_share 0.3, psi 0.25.")}).optional().describe("When drift reaches each severity level; alert must not be below warn."),close_after_clean_runs:$.aig().int().min(1).optional().describe("Clean runs in a row after which the drift issue is closed. Default: 3."),labels:$.YOg($.YjP().min(1).max(50)).optional().describe("Labels of the drift issue. Default: [drift]."),assignees:$.YOg($.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,{error:"expected a GitHub login"})).optional().describe("Logins assigned to the drift issue. Default: none."),retrain:$.rej({enabled:$.zMY().optional().describe("Dispatch retraining on drift. Default: false."),min_severity:$.k5n(C).optional().describe("Least severity that dispatches retraining. Default: alert."),workflow:$.YjP().regex(/^[A-Za-z0-9._-]+\.ya?ml$/,{error:"expected a workflow file name like retrain.yml"}).optional().describe("Workflow file (in .github/workflows) to dispatch; required when enabled."),ref:$.YjP().min(1).optional().describe("Ref to run the workflow on. Default: the default branch.")}).optional().describe("Retraining on drift, through workflow_dispatch with the report digest as input.")}).describe("Drift monitoring.");const U=$.rej({gpu:$.k5n(["required","preferred","never"]).optional().describe("`required` fails without a GPU; `preferred` falls back to CPU with a logged warning; `never` uses the CPU. Default: preferred.")}).describe("Training and scoring hardware.");const q=$.rej({stages:$.YOg(j).min(1,{error:"must list at least one stage"}).optional().describe("Stages in promotion order. Default: [staging, production]."),evaluate:F.optional().describe("Overrides of the top-level evaluate section for this model."),drift:B.optional().describe("Overrides of the top-level drift section for this model."),training:U.optional().describe("Overrides of the top-level training section for this model.")}).describe("The policy of one model.");const V=$.rej({version:$.euz(1).optional().describe("Version of the policy language. Default: 1."),models:$.g1P($.YjP(),q).optional().describe('Policy per model name (1-40 lower-case letters, digits and "-"). Once models are listed, only they may be promoted; with none listed, every model gets the defaults.'),evaluate:F.optional(),drift:B.optional(),training:U.optional()}).describe("modelship policy (.github/modelship.yml), read from the default branch only.");function policyJsonSchema(){const e=z.toJSONSchema(V,{target:"draft-7",io:"input"});return{...e,title:"modelship policy"}}var H=r(8815);function formatPath(e){let t="";for(const n of e){if(typeof n==="number")t+=`[${n}]`;else t+=t?`.${String(n)}`:String(n)}return t}function parseYamlSource(e,t){const n=new H.HN;const r=(0,H.Tp)(e,{lineCounter:n,prettyErrors:false,uniqueKeys:true});const s=r.errors[0];if(s){const e=s.linePos?.[0]??n.linePos(s.pos[0]);const r=s.message.split("\n")[0]??s.message;throw new g.yo(`invalid YAML: ${r}`,{location:{file:t,line:e.line,column:e.col},hint:"Fix the YAML syntax (indentation, quoting, duplicate keys) and run again"})}const at=e=>{if(e===undefined)return{file:t,line:1,column:1};const r=n.linePos(e);return{file:t,line:r.line,column:r.col}};const nodeAt=e=>{let t=r.contents;let n=0;for(const r of e){const e=childOf(t,r);if(e===undefined)break;t=e;n+=1}return{node:t??null,depth:n}};return{file:t,value:r.toJS({maxAliasCount:1e3}),locate(e){const{node:t,depth:n}=nodeAt(e);return{...at(t?.range?.[0]),key:formatPath(e.slice(0,Math.max(n,e.length)))||undefined}},locateKey(e,t){const{node:n}=nodeAt(e);if((0,H.jh)(n)){for(const r of n.items){if((0,H.jn)(r.key)&&String(r.key.value)===t){return{...at(r.key.range?.[0]),key:formatPath([...e,t])}}}}return{...at(n?.range?.[0]),key:formatPath([...e,t])}}}}function childOf(e,t){if((0,H.jh)(e)){for(const n of e.items){if((0,H.tO)(n)&&(0,H.jn)(n.key)&&String(n.key.value)===String(t))return n.value??undefined}return undefined}if((0,H.oP)(e)&&typeof t==="number")return e.items[t];return undefined}function zodIssuesToProblems(e,t,n){const r=[];for(const s of e)collect(s,[],t,n,r);const unknownFirst=e=>e.message.startsWith("unknown key")?0:1;return r.sort((e,t)=>(e.location.line??0)-(t.location.line??0)||unknownFirst(e)-unknownFirst(t)||(e.location.column??0)-(t.location.column??0))}function throwProblems(e){const[t,...n]=e;if(!t)throw new Error("throwProblems called without problems");const r=n.slice(0,4).map(e=>`line ${e.location.line??"?"} (${e.location.key??""}): ${e.message}`);const s=[t.hint,r.length?`Also: ${r.join("; ")}${n.length>4?` and ${n.length-4} more`:""}`:undefined];const o=s.filter(Boolean).map(e=>/[.?!]$/.test(e)?e:`${e}.`).join(" ");throw new g.yo(t.message,{location:t.location,hint:o?o.replace(/\.$/,""):undefined})}function collect(e,t,n,r,s){const o=[...t,...e.path];const i=valueAt(n.value,o);switch(e.code){case"unrecognized_keys":{const t=objectKeysAt(r,o);for(const r of e.keys){const e=didYouMean(r,t);s.push({location:n.locateKey(o,r),message:`unknown key "${r}"`,hint:e?`Did you mean "${e}"?`:t.length?`Valid keys here: ${t.join(", ")}`:undefined})}return}case"invalid_union":{const t=e.errors;const rooted=e=>e.some(e=>e.path.length===0&&e.code==="invalid_type");const a=t.find(e=>!rooted(e));if(a&&a.length){for(const e of a)collect(e,o,n,r,s);return}s.push({location:n.locate(o),message:i===undefined?`missing required key "${String(o.at(-1)??"")}"`:withGot(e.message,i)});return}case"invalid_type":{if(i===undefined){s.push({location:n.locate(o),message:`missing required key "${String(o.at(-1)??"")}"`});return}const t=!e.message.startsWith("Invalid input");s.push({location:n.locate(o),message:t?withGot(e.message,i):`expected ${article(e.expected)}, got ${describe(i)}`});return}case"invalid_value":{const t=e.values.map(e=>JSON.stringify(e));const r=typeof i==="string"?didYouMean(i,e.values.map(String)):undefined;s.push({location:n.locate(o),message:`expected ${t.length===1?t[0]:`one of ${t.join(", ")}`}, got ${describe(i)}`,hint:r?`Did you mean "${r}"?`:undefined});return}case"too_small":case"too_big":{const t=!/^Too (small|big)/.test(e.message);let r=e.message;if(!t){const t=e.code==="too_small"?e.minimum:e.maximum;const n=e.code==="too_small"?e.inclusive?"at least":"greater than":e.inclusive?"at most":"less than";r=e.origin==="array"?`must have ${n} ${String(t)} item(s)`:e.origin==="string"?`must be ${n} ${String(t)} character(s) long`:`must be ${n} ${String(t)}, got ${describe(i)}`}s.push({location:n.locate(o),message:r});return}default:s.push({location:n.locate(o),message:withGot(e.message,i)})}}function withGot(e,t){return t===undefined||/, got /.test(e)?e:`${e}, got ${describe(t)}`}function article(e){if(e==="array")return"a list";if(e==="object")return"a mapping";return/^[aeiou]/.test(e)?`an ${e}`:`a ${e}`}function describe(e){if(e===null)return"null";if(Array.isArray(e))return"a list";if(typeof e==="object")return"a mapping";if(typeof e==="string")return`a string (${JSON.stringify(e.length>40?`${e.slice(0,40)}…`:e)})`;return`${article(typeof e)} (${String(e)})`}function valueAt(e,t){let n=e;for(const e of t){if(n===null||typeof n!=="object")return undefined;n=n[e]}return n}const defOf=e=>e._zod.def;function objectKeysAt(e,t){let n=[e];const expand=e=>e.flatMap(e=>{const t=defOf(e);if(t.innerType)return expand([t.innerType]);if(t.type==="pipe"&&t.in)return expand([t.in]);if(t.type==="union"&&t.options)return expand(t.options);return[e]});for(const e of t){n=expand(n).flatMap(t=>{const n=defOf(t);if(n.type==="object"&&n.shape){const t=n.shape[String(e)];return t?[t]:[]}if(n.type==="record"&&n.valueType)return[n.valueType];if(n.type==="array"&&n.element&&typeof e==="number")return[n.element];return[]})}const r=new Set;for(const e of expand(n)){const t=defOf(e);if(t.type==="object"&&t.shape)for(const e of Object.keys(t.shape))r.add(e)}return[...r]}function problemAt(e,t,n,r){return{location:{...e.locate(t),key:formatPath(t)},message:n,hint:r}}const Z=".github/modelship.yml";const K=["staging","production"];function loadPolicy(e,t){const n=parseYamlSource(e,t);const r=n.value??{};const s=V.safeParse(r);if(!s.success){const e=zodIssuesToProblems(s.error.issues,n,V);throwProblems(e.map(withDomainHint))}const o=[];const i=normalize(s.data,n,o);const a=new Set;const c=o.filter(e=>{const t=`${e.location.line}:${e.location.column}:${e.message}`;return a.has(t)?false:(a.add(t),true)});if(c.length)throwProblems(c);return i}function defaultPolicy(e=Z){return loadPolicy("",e)}function modelPolicy(e,t){const n=Object.keys(e.models);if(n.length===0)return{...e.defaults,name:t};const r=e.models[t];if(r)return r;const s=didYouMean(t,n);throw new g.yo(`model "${t}" is not in the policy`,{location:{file:e.file,key:"models"},hint:s?`Did you mean "${s}"?`:`Add it under models: in ${e.file} on the default branch (listed: ${n.join(", ")})`})}function withDomainHint(e){const t=e.location.key??"";if(/\.required_role$/.test(t)&&/"(read|triage)"\)$/.test(e.message))return{...e,hint:"read and triage cannot promote; the least role that may is write"};const n=/\.metric$/.test(t)&&!e.hint?/got a string \("([a-z0-9_]+)"\)$/.exec(e.message)?.[1]:undefined;const r=n?O.find(e=>e.split("_").includes(n)):undefined;return r?{...e,hint:`Did you mean "${r}"?`}:e}function normalize(e,t,n){const r={source:t,problems:n};const s={};for(const[o,i]of Object.entries(e.models??{})){if(!v.lM.test(o)){n.push({location:t.locateKey(["models"],o),message:`"${o}" is not a valid model name`,hint:'Use 1-40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (e.g. "churn" or "fraud-gbm")'});continue}const a=["models",o];const c=i.stages?normalizeStages(r,i.stages,[...a,"stages"]):defaultStages(r);s[o]={name:o,stages:c,evaluate:normalizeEvaluate(merge(e.evaluate,i.evaluate)),drift:normalizeDrift(r,e.drift,i.drift,a,c),training:{gpu:i.training?.gpu??e.training?.gpu??"preferred"}}}const o=defaultStages(r);const i={name:"*",stages:o,evaluate:normalizeEvaluate(e.evaluate??{}),drift:normalizeDrift(Object.keys(s).length?{...r,problems:[]}:r,e.drift,undefined,[],o),training:{gpu:e.training?.gpu??"preferred"}};return{file:t.file,version:1,models:s,defaults:i,raw:e}}function defaultStages(e){return K.map((t,n)=>stage(e,t,{},n===K.length-1,[],{file:e.source.file,line:1,column:1}))}function normalizeStages(e,t,n){const r=new Map;const s=[];t.forEach((o,i)=>{const a=typeof o==="string"?{}:o;const c=typeof o==="string"?o:o.name;const l=typeof o==="string"?[...n,i]:[...n,i,"name"];const u=r.get(c);if(u!==undefined){problem(e,l,`stage "${c}" is listed twice`,`Each stage appears once; the first is at ${n.join(".")}[${u}]`)}r.set(c,i);s.push(stage(e,c,a,i===t.length-1,[...n,i],e.source.locate([...n,i])))});return s}function stage(e,t,n,r,s,o){const i=n.deploy??{};const a=i.target??"none";const c=i.strategy??"blue-green";const at=e=>[...s,"deploy",e];if(a==="server"&&i.url===undefined)problem(e,[...s,"deploy"],'target "server" needs a url',"Set deploy.url to the model server, e.g. https://models.example.com");if(a!=="server"&&i.url!==undefined)problem(e,at("url"),`url is used only with target "server", not "${a}"`);if(a!=="kserve"&&i.namespace!==undefined)problem(e,at("namespace"),`namespace is used only with target "kserve", not "${a}"`);if(c==="canary"&&a==="none")problem(e,at("strategy"),'strategy "canary" needs a deploy target',"Set deploy.target to server or kserve");if(c!=="canary"&&i.canary!==undefined)problem(e,at("canary"),'canary settings need strategy "canary"',"Add strategy: canary, or remove the canary section");let l;if(c==="canary"){const e=i.canary??{};const t=e.duration??"10m";l={percent:e.percent??10,duration:t,duration_ms:parseDuration(t)??6e5,max_error_rate:e.max_error_rate??.01,...e.max_p95_latency_ms!==undefined&&{max_p95_latency_ms:e.max_p95_latency_ms}}}return{name:t,required_role:n.required_role??(r||t==="production"?"maintain":"write"),approvals:n.approvals??1,allow_self_approval:n.allow_self_approval??false,teams:n.teams??[],users:n.users??[],gates:n.gates??[],deploy:{target:a,...i.url!==undefined&&{url:i.url},...a==="kserve"&&{namespace:i.namespace??"default"},strategy:c,...l&&{canary:l}},...n.environment_url!==undefined&&{environment_url:n.environment_url},source:o}}function normalizeEvaluate(e){return{...e.metric!==undefined&&{metric:e.metric},min_delta:e.min_delta??0,confidence:e.confidence??.95,min:e.min??{},max:e.max??{},slices:{columns:e.slices?.columns??[],max_regression:e.slices?.max_regression??.02,min_rows:e.slices?.min_rows??30},budgets:e.budgets??{},bootstrap:{resamples:e.bootstrap?.resamples??1e3,seed:e.bootstrap?.seed??0}}}function normalizeDrift(e,t,n,r,s){const o=merge(t,n);const where=e=>n&&n[e]!==undefined?[...r,"drift",e]:["drift",e];const i=s.map(e=>e.name);const a=o.stage??i.at(-1)??"production";if(!i.includes(a)){const t=didYouMean(a,i);problem(e,where("stage"),`unknown stage "${a}"${r.length?` for model "${String(r[1])}"`:""}`,t?`Did you mean "${t}"?`:`The stages are: ${i.join(", ")}`)}const c={drift_share:o.thresholds?.warn?.drift_share??.1,psi:o.thresholds?.warn?.psi??.1};const l={drift_share:o.thresholds?.alert?.drift_share??.3,psi:o.thresholds?.alert?.psi??.25};for(const t of["drift_share","psi"]){if(c[t]>l[t])problem(e,where("thresholds"),`thresholds.warn.${t} (${c[t]}) is above thresholds.alert.${t} (${l[t]})`,"The alert level must be at least the warn level")}const u=o.retrain??{};if(u.enabled&&u.workflow===undefined)problem(e,where("retrain"),"retrain is enabled but names no workflow","Set retrain.workflow to a workflow file in .github/workflows, e.g. retrain.yml");const f={};for(const[e,t]of Object.entries(o.columns??{}))f[e]={method:t.method??"auto",ignore:t.ignore??false};return{stage:a,columns:f,alpha:o.alpha??.05,correction:o.correction??"bh",thresholds:{warn:c,alert:l},close_after_clean_runs:o.close_after_clean_runs??3,labels:o.labels??["drift"],assignees:o.assignees??[],retrain:{enabled:u.enabled??false,min_severity:u.min_severity??"alert",...u.workflow!==undefined&&{workflow:u.workflow},...u.ref!==undefined&&{ref:u.ref}}}}function merge(e,t){if(!e)return t??{};if(!t)return e;const n={...e};for(const[e,r]of Object.entries(t)){const t=n[e];n[e]=isPlain(t)&&isPlain(r)?merge(t,r):r}return n}function isPlain(e){return typeof e==="object"&&e!==null&&!Array.isArray(e)}function problem(e,t,n,r){e.problems.push(problemAt(e.source,t,n,r))}var G=r(1148);var W=r(6788);var Y=r(2902);var J=r(472);const Q=34;const X=10;const ee=13;const te=45;const ne=46;const re=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15];class CsvTokenizer{delimiter;file;starts=new Int32Array(64);ends=new Int32Array(64);escaped=new Uint8Array(64);numberTargets=[];targetRow=0;numberMissed=new Uint8Array(0);missed=0;fieldCount=0;rowLine=1;line=1;stop;maxStop;constructor(e,t){this.delimiter=e;this.file=t;this.stop=new Uint8Array(256);this.stop[e]=1;this.stop[X]=1;this.stop[ee]=1;this.stop[Q]=1;this.maxStop=Math.max(e,X,ee,Q)}scan(e,t,n,r){const s=e.length;const o=this.stop;const i=this.maxStop;const a=this.delimiter;let c=this.starts;let l=this.ends;let u=this.escaped;let f=t;while(f<s){const t=this.numberTargets;const d=this.targetRow;const h=this.numberMissed;let p=0;const m=f;const g=this.line;let y=g;let v=e[f];if(v===X||v===ee){if(v===ee&&e[f+1]===X)f+=2;else if(v===ee&&f+1>=s&&!n)return m;else f++;this.line++;continue}let b=0;let w=false;while(!w){if(b>=c.length){this.growFields();c=this.starts;l=this.ends;u=this.escaped}if(f<s&&e[f]===Q){const r=y;let o=f+1;let i=0;for(;;){if(o>=s){if(!n)return m;throw this.error(r,'unterminated quoted field: the file ends before its closing `"`','Close the quote, or double any `"` inside the field (`""`)')}const t=e[o];if(t===Q){if(o+1>=s&&!n)return m;if(e[o+1]===Q){i=1;o+=2;continue}break}if(t===X)y++;else if(t===ee){if(o+1>=s&&!n)return m;if(e[o+1]!==X)y++}o++}c[b]=f+1;l[b]=o;u[b]=i;if(b<t.length&&t[b]!==undefined){h[b]=1;p++}b++;f=o+1;if(f>=s){if(!n)return m;break}v=e[f];if(v===a)f++;else if(v===X||v===ee)w=true;else{throw this.error(y,`unexpected character \`${String.fromCharCode(v)}\` after the closing quote of field ${b}`,'A quoted field must end at its closing `"`; double any `"` inside it (`""`)')}}else{let r=f;const g=b<t.length?t[b]:undefined;if(g!==undefined){let t=false;if(r<s&&e[r]===te){t=true;r++}const n=r;let i=0;let a=-1;while(r<s){const t=e[r]-48;if(t>=0&&t<=9)i=i*10+t;else if(t===ne-48&&a<0)a=r;else break;r++}const c=r-n-(a<0?0:1);if(c>0&&c<=15&&(r>=s||o[e[r]]===1)&&e[r]!==Q){const e=a<0?i:i/re[r-a-1];g[d]=t?-e:e;h[b]=0}else{h[b]=1;p++}}while(r<s){const t=e[r];if(t>i||o[t]===0)r++;else break}if(r>=s){if(!n)return m;c[b]=f;l[b]=r;u[b]=0;b++;f=r;break}v=e[r];if(v===Q){throw this.error(y,`a \`"\` inside unquoted field ${b+1}`,'Quote the whole field and double the quote inside it (`"a ""b"" c"`), as RFC 4180 requires')}c[b]=f;l[b]=r;u[b]=0;b++;f=r;if(v===a)f++;else w=true}}if(f<s){if(e[f]===ee){if(f+1>=s&&!n)return m;f+=e[f+1]===X?2:1}else f++;y++}this.line=y;this.rowLine=g;this.fieldCount=b;this.missed=p;if(!r.row(e,this))return f}return f}growFields(){const e=this.starts.length*2;const t=new Int32Array(e);t.set(this.starts);this.starts=t;const n=new Int32Array(e);n.set(this.ends);this.ends=n;const r=new Uint8Array(e);r.set(this.escaped);this.escaped=r}error(e,t,n){return new g.yo(t,{location:{file:this.file,line:e},hint:n})}}function unescapeField(e,t,n){const r=Buffer.allocUnsafe(n-t);let s=0;for(let o=t;o<n;o++){const t=e[o];r[s++]=t;if(t===Q)o++}return r.subarray(0,s)}var se=r(3024);const oe=e(import.meta.url)("node:stream");const ie=e(import.meta.url)("node:zlib");var ae=r(9289);const ce=1<<20;async function*readChunks(e,t,n,r){const s=(0,se.createReadStream)(e,{highWaterMark:ce});if(r&&n)s.on("data",e=>r(e.length));const o=n?(0,oe.pipeline)(s,(0,ie.createGunzip)({chunkSize:ce}),()=>{}):s;try{for await(const e of o){if(r&&!n)r(e.length);yield e}}catch(e){throw(0,ae.G)(e,t)}finally{s.destroy();o.destroy()}}const le=1<<16;function delimiterOf(e){return e.format==="tsv"?9:44}function readHeader(e,t,n){const r=[];for(let s=0;s<t.fieldCount;s++){const o=t.escaped[s]?unescapeField(e,t.starts[s],t.ends[s]):e;const i=t.escaped[s]?0:t.starts[s];const a=t.escaped[s]?o.length:t.ends[s];try{r.push((0,G.h0)(o,i,a))}catch(e){if(e instanceof G.tJ){throw new g.yo(`header column ${s+1} is not valid UTF-8`,{location:{file:n,line:t.rowLine},hint:"Save the file as UTF-8"})}throw e}}(0,W.Y)(r,n,t.rowLine);return r}function raggedRow(e,t,n){return new g.yo(`row has ${t.fieldCount} field${t.fieldCount===1?"":"s"} but the header has ${n}`,{location:{file:e,line:t.rowLine},hint:"Every row needs one field per header column; quote fields that contain the delimiter or a line break"})}function emptyFile(e){return new g.yo("empty file: no header row",{location:{file:e},hint:"A CSV/TSV file needs a header row naming its columns; remove the file or add a header"})}async function*drive(e,t,n){let r;const s=[];let o=0;let i=false;const scanAll=function*(e,r,s){for(;;){r=t.scan(e,r,s,n);if(!n.paused)return r;yield}};const skipBom=e=>{i=true;return e[0]===239&&e[1]===187&&e[2]===191?3:0};for await(const t of e){let e;if(r!==undefined&&i&&s.length===0&&r.length<le){const e=Buffer.concat([r,t.subarray(0,le)]);const n=yield*scanAll(e,0,false);if(n>=r.length){const e=yield*scanAll(t,n-r.length,false);r=e<t.length?t.subarray(e):undefined;continue}r=r.subarray(n)}if(r!==undefined){s.push(t);o+=t.length;if(o<r.length)continue;e=Buffer.concat([r,...s]);s.length=0;o=0}else e=t;if(!i&&e.length<3){r=e;continue}const n=yield*scanAll(e,i?0:skipBom(e),false);r=n<e.length?e.subarray(n):undefined}const a=Buffer.concat(r===undefined?s:[r,...s]);if(a.length>0)yield*scanAll(a,i?0:skipBom(a),true)}class SampleSink{file;limit;paused=false;header;values=[];rows=0;constructor(e,t){this.file=e;this.limit=t}row(e,t){if(this.header===undefined){this.header=readHeader(e,t,this.file);this.values=this.header.map(()=>[]);if(this.limit>0)return true;this.paused=true;return false}if(t.fieldCount!==this.header.length)throw raggedRow(this.file,t,this.header.length);for(let n=0;n<t.fieldCount;n++){const r=t.starts[n];const s=t.ends[n];this.values[n].push(t.escaped[n]?unescapeField(e,r,s).toString("utf8"):e.toString("utf8",r,s))}if(++this.rows<this.limit)return true;this.paused=true;return false}}async function sampleCsv(e,t,n){const r=new SampleSink(e.display,t);const s=new CsvTokenizer(delimiterOf(e),e.display);for await(const t of drive(n??readChunks(e.path,e.display,e.gzip),s,r))break;if(r.header===undefined)throw emptyFile(e.display);return{names:r.header,values:r.values}}class BatchSink{source;ctx;paused=false;header;length=0;width=0;builders=[];byPosition=[];map=[];fastValues=[];textPositions=new Int32Array(0);allPositions=new Int32Array(0);tok;lines=new Uint32Array(0);constructor(e,t){this.source=e;this.ctx=t}row(e,t){if(this.header===undefined){this.header=readHeader(e,t,this.source.display);this.width=this.header.length;this.map=(0,W.p)(this.header,this.ctx.schema,this.source.display,t.rowLine);this.tok=t;t.numberMissed=new Uint8Array(this.width);this.reset();return true}const n=this.width;if(t.fieldCount!==n)throw raggedRow(this.source.display,t,n);const r=this.length;const s=t.starts;const o=t.ends;const i=t.escaped;const a=this.byPosition;const c=t.missed>0;const l=c?this.allPositions:this.textPositions;const u=this.fastValues;const f=t.numberMissed;let d=0;try{for(let t=0;t<l.length;t++){d=l[t];const n=s[d];const c=o[d];const h=u[d];if(h!==undefined){if(f[d]===0)continue;if(c>n&&i[d]===0){const t=(0,J.o)(e,n,c);if(t===t){h[r]=t;continue}}}if(i[d]===0)a[d].pushBytes(e,n,c,r);else{const t=unescapeField(e,n,c);a[d].pushBytes(t,0,t.length,r)}}}catch(e){if(e instanceof G.tJ){const e=this.header[d];throw new g.yo(`value of \`${e}\` is not valid UTF-8`,{location:{file:this.source.display,line:t.rowLine,key:e},hint:"Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)"})}throw e}this.lines[r]=t.rowLine;this.length=r+1;t.targetRow=r+1;if(this.length<this.ctx.batchSize)return true;this.paused=true;return false}reset(){const{schema:e,batchSize:t,nulls:n}=this.ctx;this.builders=e.columns.map(e=>(0,Y.IG)(e.name,e.type,t,n));this.byPosition=this.map.map(e=>this.builders[e]);this.fastValues=this.byPosition.map(e=>e instanceof Y.dd&&!e.nullsFirst?e.values:undefined);const r=[];this.fastValues.forEach((e,t)=>e===undefined&&r.push(t));this.textPositions=Int32Array.from(r);this.allPositions=Int32Array.from(this.fastValues,(e,t)=>t);this.lines=new Uint32Array(t);this.length=0;this.paused=false;if(this.tok!==undefined){this.tok.numberTargets=this.fastValues;this.tok.targetRow=0}}take(e){const t={length:this.length,columns:(0,Y.FQ)(this.builders),file:this.source.display,firstRow:e,lines:this.lines};this.reset();return t}}async function*readCsvBatches(e,t,n){const r=new BatchSink(e,t);const s=new CsvTokenizer(delimiterOf(e),e.display);let o=t.firstRow;for await(const i of drive(n??readChunks(e.path,e.display,e.gzip,t.onBytes),s,r)){const e=r.take(o);o+=e.length;yield e}if(r.header===undefined)throw emptyFile(e.display);if(r.length>0)yield r.take(o)}var ue=r(129);const fe=1e3;function inferColumnType(e,t){let n=true;let r=true;let s=0;for(const o of e){if(o===null||o===undefined)continue;if(typeof o==="number"){if(Number.isNaN(o))continue;s++;r=false;if(!Number.isFinite(o))n=false}else if(typeof o==="string"){if(t.matchText(o))continue;s++;if(n&&Number.isNaN((0,J.k)(o)))n=false;if(r&&Number.isNaN((0,ue.E)(o)))r=false}else return"category";if(!n&&!r)return"category"}if(s===0)return"category";return n?"number":r?"timestamp":"category"}const de=new TextDecoder("utf-8",{fatal:true});function parseLine(e,t,n,r,s){if(n>t&&e[n-1]===13)n--;let o=t;while(o<n&&(e[o]===32||e[o]===9))o++;if(o===n)return undefined;let i;try{i=de.decode(e.subarray(t,n))}catch{throw new g.yo("line is not valid UTF-8",{location:{file:r,line:s},hint:"Save the file as UTF-8"})}let a;try{a=JSON.parse(i)}catch(e){throw new g.yo(`invalid JSON (${e.message})`,{location:{file:r,line:s},hint:"Each line of a JSON Lines file must be one complete JSON object"})}if(a===null||typeof a!=="object"||Array.isArray(a)){throw new g.yo("line is not a JSON object",{location:{file:r,line:s},hint:'Each line must be an object such as {"a": 1, "b": "x"}'})}return a}async function*objects(e,t){let n;const r=[];let s=0;let o=1;let i=true;for await(const a of t){let t;if(n!==undefined){r.push(a);s+=a.length;if(s<n.length)continue;t=Buffer.concat([n,...r]);r.length=0;s=0}else t=a;let c=0;if(i){if(t.length<3){n=t;continue}i=false;if(t[0]===239&&t[1]===187&&t[2]===191)c=3}for(;;){const n=t.indexOf(10,c);if(n<0)break;const r=parseLine(t,c,n,e.display,o);if(r!==undefined)yield[r,o];o++;c=n+1}n=c<t.length?t.subarray(c):undefined}if(r.length>0)n=Buffer.concat(n===undefined?r:[n,...r]);if(n!==undefined){let t=0;if(i&&n[0]===239&&n[1]===187&&n[2]===191)t=3;for(;;){const r=n.indexOf(10,t);const s=r<0?n.length:r;const i=parseLine(n,t,s,e.display,o);if(i!==undefined)yield[i,o];if(r<0)break;o++;t=r+1}}}async function sampleJsonl(e,t,n){const r=new Map;const s=[];let o=0;if(t>0){for await(const[i]of objects(e,n??readChunks(e.path,e.display,e.gzip))){for(const e of Object.keys(i)){let t=r.get(e);if(t===undefined){t=r.size;r.set(e,t);s.push(new Array(o).fill(null))}}for(const[e,t]of r)s[t].push(i[e]??null);if(++o>=t)break}}if(o===0){throw new g.yo("no JSON objects in the file, so its columns are unknown",{location:{file:e.display},hint:"The first file of a JSON Lines dataset must hold at least one object; remove the file or add rows"})}return{names:[...r.keys()],values:s}}async function*readJsonlBatches(e,t,n){const{schema:r,batchSize:s,nulls:o}=t;const i=new Map(r.columns.map((e,t)=>[e.name,t]));let a=[];let c=new Uint32Array(0);let l=0;let u=t.firstRow;const reset=()=>{a=r.columns.map(e=>(0,Y.IG)(e.name,e.type,s,o));c=new Uint32Array(s);l=0};const take=()=>{const t={length:l,columns:(0,Y.FQ)(a),file:e.display,firstRow:u,lines:c};u+=l;reset();return t};if(e.size===0){throw new g.yo("empty file (0 bytes)",{location:{file:e.display},hint:"Remove the file or add rows"})}reset();const f=r.columns.length;const d=new Uint8Array(f);for await(const[r,o]of objects(e,n??readChunks(e.path,e.display,e.gzip,t.onBytes))){d.fill(0);for(const t in r){const n=i.get(t);if(n===undefined){throw new g.yo(`key \`${t}\` is not a column of the dataset`,{location:{file:e.display,line:o,key:t},hint:"Columns are fixed by the keys in the first rows of the first file; add the key there (it may be null) or remove it here"})}a[n].pushValue(r[t],l);d[n]=1}for(let e=0;e<f;e++)if(d[e]===0)a[e].pushValue(null,l);c[l]=o;if(++l===s)yield take()}if(l>0)yield take()}var he=r(4153);var pe=r(1455);var me=r(6760);const ge=e(import.meta.url)("fs");var ye=r.t(ge,2);const ve=e(import.meta.url)("path");const be=e(import.meta.url)("url");const we=e(import.meta.url)("module");var _e=(0,we.createRequire)(import.meta.url);function cleanPath(e){let t=(0,ve.normalize)(e);if(t.length>1&&t[t.length-1]===ve.sep)t=t.substring(0,t.length-1);return t}const xe=/[\\/]/g;function convertSlashes(e,t){return e.replace(xe,t)}const ke=/^[a-z]:[\\/]$/i;function isRootDirectory(e){return e==="/"||ke.test(e)}function normalizePath(e,t){const{resolvePaths:n,normalizePath:r,pathSeparator:s}=t;const o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(n)e=(0,ve.resolve)(e);if(r||o)e=cleanPath(e);if(e===".")return"";const i=e[e.length-1]!==s;return convertSlashes(i?e+s:e,s)}function joinPathWithBasePath(e,t){return t+e}function joinPathWithRelativePath(e,t){return function(n,r){const s=r.startsWith(e);if(s)return r.slice(e.length)+n;else return convertSlashes((0,ve.relative)(e,r),t.pathSeparator)+t.pathSeparator+n}}function joinPath(e){return e}function joinDirectoryPath(e,t,n){return t+e+n}function build$7(e,t){const{relativePaths:n,includeBasePath:r}=t;return n&&e?joinPathWithRelativePath(e,t):r?joinPathWithBasePath:joinPath}function pushDirectoryWithRelativePath(e){return function(t,n){n.push(t.substring(e.length)||".")}}function pushDirectoryFilterWithRelativePath(e){return function(t,n,r){const s=t.substring(e.length)||".";if(r.every(e=>e(s,true)))n.push(s)}}const pushDirectory=(e,t)=>{t.push(e||".")};const pushDirectoryFilter=(e,t,n)=>{const r=e||".";if(n.every(e=>e(r,true)))t.push(r)};const empty$2=()=>{};function build$6(e,t){const{includeDirs:n,filters:r,relativePaths:s}=t;if(!n)return empty$2;if(s)return r&&r.length?pushDirectoryFilterWithRelativePath(e):pushDirectoryWithRelativePath(e);return r&&r.length?pushDirectoryFilter:pushDirectory}const pushFileFilterAndCount=(e,t,n,r)=>{if(r.every(t=>t(e,false)))n.files++};const pushFileFilter=(e,t,n,r)=>{if(r.every(t=>t(e,false)))t.push(e)};const pushFileCount=(e,t,n,r)=>{n.files++};const pushFile=(e,t)=>{t.push(e)};const empty$1=()=>{};function build$5(e){const{excludeFiles:t,filters:n,onlyCounts:r}=e;if(t)return empty$1;if(n&&n.length)return r?pushFileFilterAndCount:pushFileFilter;else if(r)return pushFileCount;else return pushFile}const getArray=e=>e;const getArrayGroup=()=>[""].slice(0,0);function build$4(e){return e.group?getArrayGroup:getArray}const groupFiles=(e,t,n)=>{e.push({directory:t,files:n,dir:t})};const empty=()=>{};function build$3(e){return e.group?groupFiles:empty}const resolveSymlinksAsync=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:o}}=t;r.enqueue();s.realpath(e,(i,a)=>{if(i)return r.dequeue(o?null:i,t);s.stat(a,(s,i)=>{if(s)return r.dequeue(o?null:s,t);if(i.isDirectory()&&isRecursive(e,a,t))return r.dequeue(null,t);n(i,a);r.dequeue(null,t)})})};const resolveSymlinks=function(e,t,n){const{queue:r,fs:s,options:{suppressErrors:o}}=t;r.enqueue();try{const r=s.realpathSync(e);const o=s.statSync(r);if(o.isDirectory()&&isRecursive(e,r,t))return;n(o,r)}catch(e){if(!o)throw e}};function build$2(e,t){if(!e.resolveSymlinks||e.excludeSymlinks)return null;return t?resolveSymlinks:resolveSymlinksAsync}function isRecursive(e,t,n){if(n.options.useRealPaths)return isRecursiveUsingRealPaths(t,n);let r=(0,ve.dirname)(e);let s=1;while(r!==n.root&&s<2){const e=n.symlinks.get(r);const o=!!e&&(e===t||e.startsWith(t)||t.startsWith(e));if(o)s++;else r=(0,ve.dirname)(r)}n.symlinks.set(e,t);return s>1}function isRecursiveUsingRealPaths(e,t){return t.visited.includes(e+t.options.pathSeparator)}const onlyCountsSync=e=>e.counts;const groupsSync=e=>e.groups;const defaultSync=e=>e.paths;const limitFilesSync=e=>e.paths.slice(0,e.options.maxFiles);const onlyCountsAsync=(e,t,n)=>{report(t,n,e.counts,e.options.suppressErrors);return null};const defaultAsync=(e,t,n)=>{report(t,n,e.paths,e.options.suppressErrors);return null};const limitFilesAsync=(e,t,n)=>{report(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors);return null};const groupsAsync=(e,t,n)=>{report(t,n,e.groups,e.options.suppressErrors);return null};function report(e,t,n,r){if(e&&!r)t(e,n);else t(null,n)}function build$1(e,t){const{onlyCounts:n,group:r,maxFiles:s}=e;if(n)return t?onlyCountsSync:onlyCountsAsync;else if(r)return t?groupsSync:groupsAsync;else if(s)return t?limitFilesSync:limitFilesAsync;else return t?defaultSync:defaultAsync}const $e={withFileTypes:true};const walkAsync=(e,t,n,r,s)=>{e.queue.enqueue();if(r<0)return e.queue.dequeue(null,e);const{fs:o}=e;e.visited.push(t);e.counts.directories++;o.readdir(t||".",$e,(t,o=[])=>{s(o,n,r);e.queue.dequeue(e.options.suppressErrors?null:t,e)})};const walkSync=(e,t,n,r,s)=>{const{fs:o}=e;if(r<0)return;e.visited.push(t);e.counts.directories++;let i=[];try{i=o.readdirSync(t||".",$e)}catch(t){if(!e.options.suppressErrors)throw t}s(i,n,r)};function build(e){return e?walkSync:walkAsync}var Se=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){this.count++;return this.count}dequeue(e,t){if(this.onQueueEmpty&&(--this.count<=0||e)){this.onQueueEmpty(e,t);if(e){t.controller.abort();this.onQueueEmpty=void 0}}}};var Ae=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}};var Oe=class{aborted=false;abort(){this.aborted=true}};var Ne=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){this.isSynchronous=!n;this.callbackInvoker=build$1(t,this.isSynchronous);this.root=normalizePath(e,t);this.state={root:isRootDirectory(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new Ae,options:t,queue:new Se((e,t)=>this.callbackInvoker(t,e,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new Oe,fs:t.fs||ye};this.joinPath=build$7(this.root,t);this.pushDirectory=build$6(this.root,t);this.pushFile=build$5(t);this.getArray=build$4(t);this.groupFiles=build$3(t);this.resolveSymlink=build$2(t,this.isSynchronous);this.walkDirectory=build(this.isSynchronous)}start(){this.pushDirectory(this.root,this.state.paths,this.state.options.filters);this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk);return this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{const{paths:r,options:{filters:s,resolveSymlinks:o,excludeSymlinks:i,exclude:a,maxFiles:c,signal:l,useRealPaths:u,pathSeparator:f},controller:d}=this.state;if(d.aborted||l&&l.aborted||c&&r.length>c)return;const h=this.getArray(this.state.paths);for(let c=0;c<e.length;++c){const l=e[c];if(l.isFile()||l.isSymbolicLink()&&!o&&!i){const e=this.joinPath(l.name,t);this.pushFile(e,h,this.state.counts,s)}else if(l.isDirectory()){let e=joinDirectoryPath(l.name,t,this.state.options.pathSeparator);if(a&&a(l.name,e))continue;this.pushDirectory(e,r,s);this.walkDirectory(this.state,e,e,n-1,this.walk)}else if(this.resolveSymlink&&l.isSymbolicLink()){let e=joinPathWithBasePath(l.name,t);this.resolveSymlink(e,this.state,(t,r)=>{if(t.isDirectory()){r=normalizePath(r,this.state.options);if(a&&a(l.name,u?r:e+f))return;this.walkDirectory(this.state,r,u?r:e+f,n-1,this.walk)}else{r=u?r:e;const t=(0,ve.basename)(r);const n=normalizePath((0,ve.dirname)(r),this.state.options);r=this.joinPath(t,n);this.pushFile(r,h,this.state.counts,s)}})}}this.groupFiles(this.state.groups,t,h)}};function promise(e,t){return new Promise((n,r)=>{callback(e,t,(e,t)=>{if(e)return r(e);n(t)})})}function callback(e,t,n){let r=new Ne(e,t,n);r.start()}function sync(e,t){const n=new Ne(e,t);return n.start()}var Ce=class{constructor(e,t){this.root=e;this.options=t}withPromise(){return promise(this.root,this.options)}withCallback(e){callback(this.root,this.options,e)}sync(){return sync(this.root,this.options)}};let Ee=null;try{_e.resolve("picomatch");Ee=_e("picomatch")}catch{}var Pe=class{globCache={};options={maxDepth:Infinity,suppressErrors:true,pathSeparator:ve.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e};this.globFunction=this.options.globFunction}group(){this.options.group=true;return this}withPathSeparator(e){this.options.pathSeparator=e;return this}withBasePath(){this.options.includeBasePath=true;return this}withRelativePaths(){this.options.relativePaths=true;return this}withDirs(){this.options.includeDirs=true;return this}withMaxDepth(e){this.options.maxDepth=e;return this}withMaxFiles(e){this.options.maxFiles=e;return this}withFullPaths(){this.options.resolvePaths=true;this.options.includeBasePath=true;return this}withErrors(){this.options.suppressErrors=false;return this}withSymlinks({resolvePaths:e=true}={}){this.options.resolveSymlinks=true;this.options.useRealPaths=e;return this.withFullPaths()}withAbortSignal(e){this.options.signal=e;return this}normalize(){this.options.normalizePath=true;return this}filter(e){this.options.filters.push(e);return this}onlyDirs(){this.options.excludeFiles=true;this.options.includeDirs=true;return this}exclude(e){this.options.exclude=e;return this}onlyCounts(){this.options.onlyCounts=true;return this}crawl(e){return new Ce(e||".",this.options)}withGlobFunction(e){this.globFunction=e;return this}crawlWithOptions(e,t){this.options={...this.options,...t};return new Ce(e||".",this.options)}glob(...e){if(this.globFunction)return this.globWithOptions(e);return this.globWithOptions(e,...[{dot:true}])}globWithOptions(e,...t){const n=this.globFunction||Ee;if(!n)throw new Error("Please specify a glob function to use glob matching.");var r=this.globCache[e.join("\0")];if(!r){r=n(e,...t);this.globCache[e.join("\0")]=r}this.options.filters.push(e=>r(e));return this}};var Te=r(4006);const Ie=Array.isArray;const ze=/\\/g;const Me=/^[A-Za-z]:$/;const Re=process.platform==="win32";const Le=/^(\/?\.\.)+$/;function getPartialMatcher(e,t={}){const n=e.length;const r=Array(n);const s=Array(n);let o,i;for(o=0;o<n;o++){const n=splitPattern(e[o]);r[o]=n;const a=n.length;const c=Array(a);for(i=0;i<a;i++)c[i]=Te(n[i],t);s[o]=c}return e=>{const a=e.split("/");if(a[0]===".."&&Le.test(e))return true;for(o=0;o<n;o++){const e=r[o];const n=s[o];const c=a.length;const l=Math.min(c,e.length);i=0;while(i<l){const r=e[i];if(r.includes("/"))return true;if(!n[i](a[i]))break;if(!t.noglobstar&&r==="**")return true;i++}if(i===c)return true}return false}}const je=/^[A-Z]:\/$/i;const Fe=Re?e=>je.test(e):e=>e==="/";function buildFormat(e,t,n){if(e===t||t.startsWith(`${e}/`)){if(n){const t=e.length+ +!Fe(e);return(e,n)=>e.slice(t,n?-1:void 0)||"."}const r=t.slice(e.length+1);if(r)return(e,t)=>{if(e===".")return r;const n=`${r}/${e}`;return t?n.slice(0,-1):n};return(e,t)=>t&&e!=="."?e.slice(0,-1):e}if(n)return t=>ve.posix.relative(e,t)||".";return n=>ve.posix.relative(e,`${t}/${n}`)||"."}function buildRelative(e,t){if(t.startsWith(`${e}/`)){const n=t.slice(e.length+1);return e=>`${n}/${e}`}return n=>{const r=ve.posix.relative(e,`${t}/${n}`);return n[n.length-1]==="/"&&r!==""?`${r}/`:r||"."}}function ensureNonDriveRelativePath(e){return e.replace(Me,e=>`${e}/`)}const De={parts:true};function splitPattern(e){var t;const n=Te.scan(e,De);return((t=n.parts)===null||t===void 0?void 0:t.length)?n.parts:[e]}const Be=/\\(?![()[\]{}!+@])/g;function convertPosixPathToPattern(e){return escapePosixPath(e)}function convertWin32PathToPattern(e){return escapeWin32Path(e).replace(Be,"/")}const Ue=null&&(Re?convertWin32PathToPattern:convertPosixPathToPattern);const qe=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;const Ve=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;const escapePosixPath=e=>e.replace(qe,"\\$&");const escapeWin32Path=e=>e.replace(Ve,"\\$&");const He=Re?escapeWin32Path:escapePosixPath;function isDynamicPattern(e,t){if((t===null||t===void 0?void 0:t.caseSensitiveMatch)===false)return true;const n=Te.scan(e);return n.isGlob||n.negated}function log(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ensureStringArray(e){return typeof e==="string"?[e]:e!==null&&e!==void 0?e:[]}const Ze=/^(\/?\.\.)+/;const Ke=/\\(?=[()[\]{}!*+?@|])/g;function normalizePattern(e,t,n,r){var s;const o=t.cwd;let i=e;if(e[e.length-1]==="/")i=e.slice(0,-1);if(i[i.length-1]!=="*"&&t.expandDirectories)i+="/**";const a=He(o);i=(0,ve.isAbsolute)(i.replace(Ke,""))?ve.posix.relative(a,i):ve.posix.normalize(i);const c=(s=Ze.exec(i))===null||s===void 0?void 0:s[0];const l=splitPattern(i);if(c){const e=(c.length+1)/3;let t=0;const r=a.split("/");while(t<e&&l[t+e]===r[r.length+t-e]){i=i.slice(0,(e-t-1)*3)+i.slice((e-t)*3+l[t+e].length+1)||".";t++}const s=ve.posix.join(o,c.slice(t*3));if(s[0]!=="."&&n.root.length>s.length){n.root=ensureNonDriveRelativePath(s);n.depthOffset=-e+t}}if(!r&&n.depthOffset>=0){var u;(u=n.commonPath)!==null&&u!==void 0||(n.commonPath=l);const e=[];const t=Math.min(n.commonPath.length,l.length);for(let r=0;r<t;r++){const t=l[r];if(t==="**"&&!l[r+1]){e.pop();break}if(r===l.length-1||t!==n.commonPath[r]||isDynamicPattern(t))break;e.push(t)}n.depthOffset=e.length;n.commonPath=e;n.root=ensureNonDriveRelativePath(e.length>0?ve.posix.join(o,...e):o)}return i}function processPatterns(e,t,n){const r=[];const s=[];for(const t of e.ignore){if(!t)continue;if(t[0]!=="!"||t[1]==="(")s.push(normalizePattern(t,e,n,true))}for(const o of t){if(!o)continue;if(o[0]!=="!"||o[1]==="(")r.push(normalizePattern(o,e,n,false));else if(o[1]!=="!"||o[2]==="(")s.push(normalizePattern(o.slice(1),e,n,true))}return{match:r,ignore:s}}function buildCrawler(e,t){const n=e.cwd;const r={root:n,depthOffset:0};const s=processPatterns(e,t,r);if(e.debug)log("internal processing patterns:",s);const{absolute:o,caseSensitiveMatch:i,debug:a,dot:c,followSymbolicLinks:l,onlyDirectories:u}=e;const f=r.root.replace(ze,"");const d={dot:c,nobrace:e.braceExpansion===false,nocase:!i,noextglob:e.extglob===false,noglobstar:e.globstar===false,posix:true};const h=Te(s.match,d);const p=Te(s.ignore,d);const m=getPartialMatcher(s.match,d);const g=buildFormat(n,f,o);const y=o?g:buildFormat(n,f,true);const excludePredicate=(e,t)=>{const n=y(t,true);return n!=="."&&!m(n)||p(n)};let v;if(e.deep!==void 0)v=Math.round(e.deep-r.depthOffset);const b=new Pe({filters:[a?(e,t)=>{const n=g(e,t);const r=h(n)&&!p(n);if(r)log(`matched ${n}`);return r}:(e,t)=>{const n=g(e,t);return h(n)&&!p(n)}],exclude:a?(e,t)=>{const n=excludePredicate(e,t);log(`${n?"skipped":"crawling"} ${t}`);return n}:excludePredicate,fs:e.fs,pathSeparator:"/",relativePaths:!o,resolvePaths:o,includeBasePath:o,resolveSymlinks:l,excludeSymlinks:!l,excludeFiles:u,includeDirs:u||!e.onlyFiles,maxDepth:v,signal:e.signal}).crawl(f);if(e.debug)log("internal properties:",{...r,root:f});return[b,n!==f&&!o&&buildRelative(n,f)]}function formatPaths(e,t){if(t)for(let n=e.length-1;n>=0;n--)e[n]=t(e[n]);return e}const Ge={caseSensitiveMatch:true,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:true,followSymbolicLinks:true,onlyFiles:true};function getOptions(e){const t=Object.assign({},e);for(const e in Ge)if(t[e]===void 0)Object.assign(t,{[e]:Ge[e]});t.cwd=(t.cwd instanceof URL?(0,be.fileURLToPath)(t.cwd):(0,ve.resolve)(t.cwd||process.cwd())).replace(ze,"/");t.ignore=ensureStringArray(t.ignore);t.fs&&(t.fs={readdir:t.fs.readdir||ge.readdir,readdirSync:t.fs.readdirSync||ge.readdirSync,realpath:t.fs.realpath||ge.realpath,realpathSync:t.fs.realpathSync||ge.realpathSync,stat:t.fs.stat||ge.stat,statSync:t.fs.statSync||ge.statSync});if(t.debug)log("globbing with options:",t);return t}function getCrawler(e,t={}){var n;if(e&&(t===null||t===void 0?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const r=Ie(e)||typeof e==="string";const s=ensureStringArray((n=r?e:e.patterns)!==null&&n!==void 0?n:"**/*");const o=getOptions(r?t:e);return s.length>0?buildCrawler(o,s):[]}async function glob(e,t){const[n,r]=getCrawler(e,t);return n?formatPaths(await n.withPromise(),r):[]}function globSync(e,t){const[n,r]=getCrawler(e,t);return n?formatPaths(n.sync(),r):[]}const We={csv:"csv",tsv:"tsv",jsonl:"jsonl",ndjson:"jsonl",parquet:"parquet"};function detectFormat(e,t){const n=e.toLowerCase();const r=n.endsWith(".gz");const s=r?n.slice(0,-3):n;const o=s.slice(s.lastIndexOf(".")+1);const i=t??We[o];if(i===undefined){throw new g.yo("cannot tell the file format from its extension",{location:{file:e},hint:"Use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz for text formats), or set the format option"})}if(r&&i==="parquet"){throw new g.yo("gzip-compressed Parquet is not supported",{location:{file:e},hint:"Parquet compresses internally; decompress the file first"})}return{format:i,gzip:r}}async function resolveFiles(e,t,n){if(e.length===0)throw new g.yo("no data files given",{hint:"Pass a path or glob such as `data/**/*.csv`"});for(const n of e){if(isDynamicPattern(n))continue;let e;try{e=await(0,pe.stat)((0,me.resolve)(t,n))}catch{throw new g.yo(`no file at \`${n}\``,{location:{file:n},hint:`Check the path (relative paths are resolved against ${t})`})}if(e.isDirectory()){throw new g.yo("is a directory, not a file",{location:{file:n},hint:`Give a glob for the files inside it, for example \`${n.replace(/\/$/,"")}/**/*.csv\``})}}const r=e.some(e=>(0,me.isAbsolute)(e));const s=await glob([...e],{cwd:t,absolute:r,onlyFiles:true,expandDirectories:false,dot:false});if(s.length===0){const n=e.map(e=>`\`${e}\``).join(", ");throw new g.yo(`glob ${n} matched no files`,{location:{file:e[0]},hint:`Check the pattern and the directory it is resolved against (${t})`})}const o=[...new Set(s)].sort();return Promise.all(o.map(async e=>{const r=(0,me.resolve)(t,e);const{format:s,gzip:o}=detectFormat(e,n);try{await(0,pe.access)(r,se.constants.R_OK);const t=await(0,pe.stat)(r);return{path:r,display:e,format:s,gzip:o,size:t.size}}catch(t){throw(0,ae.G)(t,e)}}))}const Ye=65536;const Je=["number","category","timestamp"];async function inferSchema(e,t,n){let r;if(e.format==="parquet")r=await(await loadParquetReader()).parquetColumns(e);else{const s=Math.max(1,n.sampleRows??fe);const o=e.format==="jsonl"?await sampleJsonl(e,s):await sampleCsv(e,s);r=o.names.map((e,n)=>({name:e,type:inferColumnType(o.values[n]??[],t)}))}for(const[e,t]of Object.entries(n.typeHints??{})){const n=r.find(t=>t.name===e);if(n!==undefined&&Je.includes(t))n.type=t}const s=n.types??{};for(const[t,n]of Object.entries(s)){if(!Je.includes(n)){throw new g.yo(`unknown column type \`${String(n)}\``,{location:{key:`types.${t}`},hint:"Use number, category or timestamp"})}const s=r.find(e=>e.name===t);if(s===undefined){throw new g.yo(`no column named \`${t}\` to set the type of`,{location:{file:e.display,key:`types.${t}`},hint:`The columns are ${r.map(e=>`\`${e.name}\``).join(", ")}`})}s.type=n}return{columns:r}}function streamFile(e,t){switch(e.format){case"csv":case"tsv":return readCsvBatches(e,t);case"jsonl":return readJsonlBatches(e,t);case"parquet":return async function*(){yield*(await loadParquetReader()).readParquetBatches(e,t)}()}}function loadParquetReader(){return Promise.all([r.e(783),r.e(6)]).then(r.bind(r,1625))}async function openDataset(e,t={}){const n=t.cwd??process.cwd();const r=typeof e==="string"?[e]:e;const s=await resolveFiles(r,n,t.format);const o=new he.O(t.nullValues??he.L);const i=Math.max(1,Math.floor(t.batchSize??Ye));const a=s[0];let c;try{c=await inferSchema(a,o,t)}catch(e){throw(0,ae.G)(e,a.display)}const l=s.reduce((e,t)=>e+t.size,0);return{files:s.map(e=>e.display),schema:c,totalBytes:l,async*batches(){let e=1;let n=0;const r=t.onProgress;const a=r?e=>{n+=e;r(n,l)}:undefined;for(const t of s){const n={schema:c,nulls:o,batchSize:i,firstRow:e,onBytes:a};try{for await(const r of streamFile(t,n)){e+=r.length;yield r}}catch(e){throw(0,ae.G)(e,t.display)}if(t.format==="parquet"&&a)a(t.size)}}}}var Qe=r(9395);async function readUserBytes(e,t,n){try{return await(0,pe.readFile)((0,me.resolve)(t,e))}catch(r){const s=r.code;const o=s==="ENOENT"?"does not exist":s==="EISDIR"?"is a directory":`cannot be read (${s??String(r)})`;throw new g.yo(`The ${n} ${o}`,{location:{file:e},hint:`Check the path; it is resolved against ${t}`})}}async function readUserFile(e,t,n){return(new TextDecoder).decode(await readUserBytes(e,t,n))}var Xe=r(1695);class NumericCollector{chunks=[];size=0;nulls=0;add(e,t){this.chunks.push(e.slice(0,t));this.size+=t}finish(){const e=new Float64Array(this.size);let t=0;for(const n of this.chunks){e.set(n,t);t+=n.length}this.chunks=[];return{kind:"numeric",values:e,nulls:this.nulls}}}async function collectColumns(e,t,n,r){const s=e.schema.columns.map(e=>e.name);const o=new Map(s.map((e,t)=>[e,t]));const i=r?o.get(r.column):undefined;if(r&&i===undefined){throw new g.yo(`the window column \`${r.column}\` is not in the ${n}`,{location:{file:e.files[0],key:r.column},hint:`The columns are ${s.map(e=>`\`${e}\``).join(", ")}`})}const a=new Map;const c=new Map;for(const e of t){if(e.kind==="numeric")a.set(e.name,new NumericCollector);else c.set(e.name,{counts:new Map,nulls:0})}let l=0;let u;let f=new Float64Array(0);let d=new Float64Array(0);for await(const s of e.batches()){const e=s.length;let h=e;if(r&&i!==undefined){if(u===undefined||u.length<e)u=new Uint8Array(e);h=windowMask(s,s.columns[i],r,u)}l+=h;if(h===0)continue;const p=r?u:undefined;for(const r of t){const t=s.columns[o.get(r.name)];if(r.kind==="numeric"){if(t.type==="category")throw new Error(`column ${r.name} was read as a category`);if(f.length<e)f=new Float64Array(e);const o=a.get(r.name);const{values:i,state:c}=t;let l=0;for(let r=0;r<e;r++){if(p!==undefined&&p[r]===0)continue;const e=c[r];if(e===Xe.dO)f[l++]=i[r];else if(e===Xe.Cq)o.nulls++;else throw typeMismatch(s,t,r,n)}o.add(f,l)}else{if(t.type!=="category")throw new Error(`column ${r.name} was read as ${t.type}`);const n=c.get(r.name);const{codes:s,dictionary:o}=t;if(d.length<o.length)d=new Float64Array(o.length);else d.fill(0,0,o.length);for(let t=0;t<e;t++){if(p!==undefined&&p[t]===0)continue;const e=s[t];if(e<0)n.nulls++;else d[e]++}for(let e=0;e<o.length;e++){const t=d[e];if(t>0)n.counts.set(o[e],(n.counts.get(o[e])??0)+t)}}}}const h=new Map;for(const e of t){const t=c.get(e.name);h.set(e.name,t?{kind:"categorical",counts:t.counts,nulls:t.nulls}:a.get(e.name).finish())}return{samples:h,rows:l}}function windowMask(e,t,n,r){if(t.type!=="timestamp"){throw new g.yo(`the window column \`${t.name}\` does not hold timestamps`,{location:{file:e.file,key:t.name},hint:"Give a column of ISO-8601 date-times (or read it as one with --type name=timestamp)"})}const s=n.from??-Infinity;const o=n.to??Infinity;let i=0;for(let n=0;n<e.length;n++){const e=t.values[n];const a=t.state[n]===Xe.dO&&e>=s&&e<o?1:0;r[n]=a;i+=a}return i}function typeMismatch(e,t,n,r){const s=t.type==="category"?"":t.invalidText.get(n)??"";const o=e.lines?.[n];return new g.yo(`column \`${t.name}\` is compared as numbers (its reference type), but the ${r} holds ${JSON.stringify(s)} (row ${e.firstRow+n})`,{location:{file:e.file,...o!==undefined&&{line:o},key:t.name},hint:`Fix the value, or compare the column as a category in both datasets (--type ${t.name}=category)`})}var et=r(5479);var tt=r.n(et);function chi2Sf(e,t){if(e<=0)return 1;return tt()(e/2,t/2,true,true)}function chi2Contingency(e,t={}){const n=t.correction??true;const r=e.length;const s=e[0]?.length??0;if(r===0||s===0)throw new g.yo("chi2Contingency needs a non-empty table");for(const t of e){if(t.length!==s)throw new g.yo("chi2Contingency needs a rectangular table");for(const e of t)if(!(e>=0))throw new g.yo("chi2Contingency needs non-negative counts",{hint:`Got ${e}`})}const o=e.map(e=>e.reduce((e,t)=>e+t,0));const i=Array.from({length:s},(t,n)=>e.reduce((e,t)=>e+t[n],0));const a=o.reduce((e,t)=>e+t,0);const c=e.map((e,t)=>i.map(e=>o[t]*e/a));if(c.some(e=>e.some(e=>!(e>0))))throw new g.yo("chi2Contingency: the table has a zero expected frequency",{hint:"A row or column sums to zero; drop empty categories before testing"});const l=r*s-r-s+1;if(l===0)return{statistic:0,pvalue:1,dof:l,expected:c,cramersV:Number.NaN};let u=0;for(let t=0;t<r;t++)for(let r=0;r<s;r++){const s=e[t][r];const o=c[t][r];let i=s-o;if(l===1&&n)i=Math.sign(i)*Math.max(0,Math.abs(i)-Math.min(.5,Math.abs(i)));u+=i*i/o}const f=Math.min(r,s)-1;return{statistic:u,pvalue:chi2Sf(u,l),dof:l,expected:c,cramersV:Math.sqrt(u/(a*f))}}function relEntr(e,t){if(e>0&&t>0)return e*Math.log(e/t);if(e===0&&t>=0)return 0;return Infinity}function jensenShannon(e,t,n){if(e.length===0||e.length!==t.length)throw new g.yo("jensenShannon needs two non-empty vectors of the same length");const r=e.reduce((e,t)=>e+t,0);const s=t.reduce((e,t)=>e+t,0);let o=0;for(let n=0;n<e.length;n++){const i=e[n]/r;const a=t[n]/s;const c=(i+a)/2;o+=relEntr(i,c)+relEntr(a,c)}if(n!==undefined)o/=Math.log(n);return Math.sqrt(o/2)}const nt=1e-4;const rt="PSI = Σ (cur − ref)·ln(cur/ref) over bin proportions; bins: 10 at the reference deciles with open outer edges "+'(numbers) or the reference categories plus "other" (categories); empty bins set to 1e-4; natural log';function psi_psiFromCounts(e,t){const n=e.reduce((e,t)=>e+t,0);const r=t.reduce((e,t)=>e+t,0);if(n===0||r===0)return Number.NaN;let s=0;for(let o=0;o<e.length;o++){const i=e[o]/n||nt;const a=(t[o]??0)/r||nt;s+=(a-i)*Math.log(a/i)}return s}function psi(e,t){if(e.length===0||t.length===0)throw new UserError("psi needs two non-empty samples");const n=Float64Array.from(e).sort();const r=decileEdges(n);const bin=e=>{let t=0;while(t<r.length&&e>r[t])t++;return t};const s=new Array(10).fill(0);const o=new Array(10).fill(0);for(const t of e)s[bin(t)]++;for(const e of t)o[bin(e)]++;return psiFromCounts(s,o)}function probOutsideSquare(e,t){let n=0;let r=Math.floor(e/t);while(r>=0){let s=1;for(let n=0;n<t;n++)s=(e-r*t-n)*s/(e+r*t+n+1);n=s*(1-n);r-=1}return 2*n}function outerProbInsideMethod(e,t,n,r){const s=Math.max(e,t);const o=Math.min(e,t);const i=Math.floor(s/n);const a=Math.floor(o/n);let c=0;let l=Math.min(Math.ceil(r/i),o+1);let u=l-c;const f=Math.min(2*l+2,o+1);const d=new Float64Array(f+2).fill(1);d.fill(0,c,l);for(let e=1;e<=s;e++){const t=c;const n=u;c=Math.min(Math.max(Math.floor((a*e-r)/i)+1,0),o);l=Math.min(Math.ceil((a*e+r)/i),o+1);if(l<=c)return 1;let s=c===0?0:1;for(let n=0;n<l-c;n++){const r=n+c;s=(d[n+c-t]*e+s*r)/(e+r);d[n]=s}u=l-c;if(n>u)d.fill(1,l-c,l-c+(n-u))}return d[l-c-1]}function gcd(e,t){while(t!==0)[e,t]=[t,e%t];return e}function ks_exact_two_sided_exactKsTwoSided(e,t,n){const r=gcd(e,t);if(e/r>=2147483647/(t/r))return{ok:false,d:n,pvalue:Number.NaN};const s=e/r*t;const o=ks_exact_roundHalfEven(n*s);const i=o/s;if(o===0)return{ok:true,d:i,pvalue:1};const a=e===t?probOutsideSquare(e,o):outerProbInsideMethod(e,t,r,o);return a>=0&&a<=1?{ok:true,d:i,pvalue:a}:{ok:false,d:i,pvalue:a}}var st=r(7548);function countPathsOutside(e,t,n,r){const s=Math.max(e,t);const o=Math.min(e,t);const i=s/n;const a=o/n;const c=o+Math.floor((i-r)/i);if(c<=0)return binomcoef(s+o,o);const l=[];for(let e=0;e<c;e++)l.push(Math.floor((r+i*e+a-1)/a));const u=new Float64Array(c);u[0]=1;for(let e=1;e<c;e++){let t=binomcoef(l[e]+e,e);for(let n=0;n<e;n++)t-=binomcoef(l[e]-l[n]+e-n,e-n)*u[n];u[e]=t}let f=0;for(let e=0;e<c;e++)f+=u[e]*binomcoef(s-l[e]+(o-e),o-e);return f}function ks_exact_gcd(e,t){while(t!==0)[e,t]=[t,e%t];return e}function ks_exact_exactKsPvalue(e,t,n,r){if(r==="two-sided")return exactKsTwoSided(e,t,n);const s=ks_exact_gcd(e,t);const o=e/s*t;const i=ks_exact_roundHalfEven(n*o);const a=i/o;if(i===0)return{ok:true,d:a,pvalue:1};let c;if(e===t){c=1;for(let t=0;t<i;t++)c*=(e-t)/(e+t+1)}else{const n=countPathsOutside(e,t,s,i);const r=binomcoef(e+t,e);if(!Number.isFinite(n)||!Number.isFinite(r)||n>r)return{ok:false,d:a,pvalue:Number.NaN};c=n/r}if(!(c>=0&&c<=1))return{ok:false,d:a,pvalue:c};return{ok:true,d:a,pvalue:c}}function ks_exact_roundHalfEven(e){const t=Math.round(e);return Math.abs(e%1)===.5&&t%2!==0?t-1:t}function smirnov(e,t){if(!(e>=1&&Number.isInteger(e)&&t>=0&&t<=1))return Number.NaN;if(t===0)return 1;if(t===1)return 0;if(e===1)return 1-t;const n=Math.floor(e*(1-t));let r=0;let s=0;let o=0;for(let i=0;i<=n;i++){if(i>0)r+=Math.log((e-i+1)/i);const n=t+i/e;const a=1-t-i/e;let c;if(e-i===0)c=Math.exp(r+(i-1)*Math.log(n));else if(a<=0)c=0;else c=Math.exp(r+(i-1)*Math.log(n)+(e-i)*Math.log1p(-t-i/e));s+=c;if(c>o)o=c;else if(c<o*1e-20&&c<s*1e-20)break}return Math.min(1,Math.max(0,t*s))}const ot=128;const it=2**128;const ct=2**-128;const lt=Math.log(2*Math.PI);const ut=Math.sqrt(2*Math.PI);const ft=Math.sqrt(3);const dt=Math.PI**2;const ht=Math.PI**4;const pt=Math.PI**6;const mt=[-.029550653594771242,.00641025641025641,-.0019175269175269176,.0008417508417508417,-.0005952380952380953,.0007936507936507937,-.002777777777777778,.08333333333333333];const clip=e=>Math.min(1,Math.max(0,e));const pick=(e,t,n)=>clip(n?e:t);function logNfactorialDivNPowN(e){const t=1/e;let n=0;for(const r of mt)n=n*(t/e)+r;return Math.log(e)/2-e+lt/2+t*n}function matmul(e,t,n){const r=new Float64Array(n*n);for(let s=0;s<n;s++)for(let o=0;o<n;o++){const i=e[s*n+o];if(i===0)continue;for(let e=0;e<n;e++)r[s*n+e]+=i*t[o*n+e]}return r}function kolmognDMTW(e,t){if(t>=1)return 1;const n=e*t;if(n<=.5)return 0;const r=Math.ceil(n);const s=r-n;const o=2*r-1;let i=new Float64Array(o*o);const a=new Float64Array(o);const c=new Float64Array(o);let l=1;for(let e=1;e<=o;e++){a[e-1]=1-s**e;c[e-1]=l;l/=e;a[e-1]*=l}const u=Math.max(2*s-1,0)**o-2*s**o;a[o-1]=(1+u)*l;for(let e=1;e<o;e++)for(let t=e-1;t<o;t++)i[t*o+e]=c[t-(e-1)];for(let e=0;e<o;e++)i[e*o]=a[e];for(let e=0;e<o;e++)i[(o-1)*o+e]=a[o-1-e];let f=new Float64Array(o*o);for(let e=0;e<o;e++)f[e*o+e]=1;let d=e;let h=0;let p=0;while(d>0){if(d%2){f=matmul(f,i,o);h+=p}i=matmul(i,i,o);p*=2;if(Math.abs(i[(r-1)*o+(r-1)])>it){for(let e=0;e<i.length;e++)i[e]/=it;p+=ot}d=Math.floor(d/2)}let m=f[(r-1)*o+(r-1)];for(let t=1;t<=e;t++){m=t*m/e;if(Math.abs(m)<ct){m*=it;h-=ot}}return h!==0?m*2**h:m}function pomeranzJ(e,t,n,r,s){let o;let i;if(e===0){o=-n-r-1;i=n+r-1}else{const a=Math.floor((e+1)/2);if((e+1)%2===0){if(a===t+1){o=t-n-r-1;i=t+n+r-1}else{o=a-1-n-s-1;i=a+n-1+r-1}}else{o=a-1-n-1;i=a+n+s-1}}return[Math.max(o+2,0),Math.min(i,t)]}function kolmognPomeranz(e,t){const n=e*t;const r=Math.floor(n);const s=n-r;const o=Math.min(s,1-s);const i=s>0?1:0;const a=s>.5?1:0;const c=2*(r+1);const l=new Float64Array(c);const u=new Float64Array(c);const f=new Float64Array(c);l[0]=u[0]=f[0]=1;for(let t=1;t<c;t++){l[t]=l[t-1]*(o/e)/t;u[t]=u[t-1]*(2*o/e)/t;f[t]=f[t-1]*((1-2*o)/e)/t}let d=new Float64Array(c);let h=new Float64Array(c);h[0]=1;let p=0;let m=0;let g=0;let[y]=pomeranzJ(0,e,r,i,a);let v;for(let t=1;t<2*e+2;t++){const n=y;[d,h]=[h,d];[p,m]=[m,p];h.fill(0);[y,v]=pomeranzJ(t,e,r,i,a);const s=t===1||t===2*e+1?l:t%2?u:f;const o=v-n+1;if(o>0){const e=y-n;const t=v-y+1;let r=0;for(let i=0;i<t;i++){const t=e+i;let a=0;for(let e=Math.max(0,t-o+1);e<=Math.min(t,o-1);e++)a+=d[n-p+e]*s[t-e];h[i]=a;if(a>r)r=a}if(r>0&&r<ct){for(let e=0;e<h.length;e++)h[e]*=it;g-=ot}m=p+y-n}}let b=h[e-m];for(let t=1;t<=e;t++){if(Math.abs(b)>it){b*=ct;g+=ot}b*=t}return g!==0?b*2**g:b}function kolmognPelzGood(e,t){if(t<=0)return 0;if(t>=1)return 1;const n=Math.sqrt(e)*t;const r=n**2;const s=n**3;const o=n**4;const i=n**6;const a=-dt/8/r;if(a<-708)return 0;let c=Math.exp(a);const l=-r;const u=dt/4;const f=6*i+2*o;const d=(2*o-5*r)*dt/4;const h=ht*(1-2*r)/16;const p=pt*(5-30*r)/64;const m=ht*(-60*r+212*o)/16;const g=dt*(135*o-96*i)/4;const y=-30*i-90*n**8;const v=[0,0,0,0];const b=Math.ceil(16*n/Math.PI);for(let e=b;e>0;e--){const t=2*e-1;const n=t**2;const r=t**4;const s=t**6;const o=c**(8*e);const i=[1,l+u*n,f+d*n+h*r,y+g*n+m*r+p*s];for(let e=0;e<4;e++)v[e]=v[e]*o+i[e]}const w=[n,6*o,72*n**7,6480*n**10];for(let e=0;e<4;e++)v[e]=v[e]*c*ut/w[e];c=Math.exp(-dt/2/r);let x=0;let k=0;const $=ft*n;for(let e=b;e>0;e--){const t=e*e;const n=c**t;x+=t*n;const r=Math.PI*e;k+=($+r)*($-r)*t*n}v[2]+=x*dt*ut/(-36*s);v[3]+=k*dt*ut/(216*i);let S=0;for(let t=0;t<4;t++)S+=v[t]/e**(t/2);return S}function kolmogn(e,t,n){if(!(Number.isInteger(e)&&e>0)||Number.isNaN(t))return Number.NaN;if(t>=1)return pick(1,0,n);if(t<=0)return pick(0,1,n);const r=e*t;if(r<=1){if(r<=.5)return pick(0,1,n);let t;if(e<=140){t=1;for(let n=1;n<=e;n++)t*=n*(1/e)*(2*r-1)}else t=Math.exp(logNfactorialDivNPowN(e)+e*Math.log(2*r-1));return pick(t,1-t,n)}if(r>=e-1){const r=2*(1-t)**e;return pick(1-r,r,n)}if(t>=.5){const r=2*smirnov(e,t);return pick(1-r,r,n)}const s=r*t;if(e<=140){if(s<=.754693){const r=kolmognDMTW(e,t);return pick(r,1-r,n)}if(s<=4){const r=kolmognPomeranz(e,t);return pick(r,1-r,n)}const r=2*smirnov(e,t);return pick(1-r,r,n)}if(!n){if(s>=370)return 0;if(s>=2.2)return clip(2*smirnov(e,t))}let o;if(s>=18)o=1;else if(e<=1e5&&e*t**1.5<=1.4)o=kolmognDMTW(e,t);else o=kolmognPelzGood(e,t);return pick(o,1-o,n)}function kstwo_kstwoSf(e,t){return kolmogn(t,e,false)}const gt=1e4;function ks2samp(e,t,n={}){const r=n.alternative??"two-sided";let s=n.method??"auto";const o=e.length;const i=t.length;if(o===0||i===0)throw new UserError("ks2samp needs two non-empty samples",{hint:"Drop all-null columns before testing"});const a=Float64Array.from(e).sort();const c=Float64Array.from(t).sort();if(Number.isNaN(a[o-1])||Number.isNaN(c[i-1]))throw new UserError("ks2samp received NaN values",{hint:"Remove nulls/NaN before testing"});let l=-Infinity;let u=Infinity;for(const e of[a,c])for(const t of e){const e=searchSorted(a,t,"right")/o-searchSorted(c,t,"right")/i;if(e>l)l=e;if(e<u)u=e}const f=Math.min(1,Math.max(0,-u));let d=r==="less"||r==="two-sided"&&f>l?f:l;if(s==="auto")s=Math.max(o,i)<=gt?"exact":"asymp";else if(s==="exact"){const e=ks2samp_gcd(o,i);if(o/e>=2147483647/(i/e))s="asymp"}let h=-Infinity;if(s==="exact"){const e=exactKsPvalue(o,i,d,r);d=e.d;if(e.ok)h=e.pvalue;else s="asymp"}if(s==="asymp"){const e=Math.max(o,i);const t=Math.min(o,i);const n=e*t/(e+t);if(r==="two-sided")h=kstwoSf(d,roundHalfEven(n));else{const r=Math.sqrt(n)*d;h=Math.exp(-2*r**2-2*r*(e+2*t)/Math.sqrt(e*t*(e+t))/3)}}return{statistic:d,pvalue:Math.min(1,Math.max(0,h)),method:s}}function ks2samp_gcd(e,t){while(t!==0)[e,t]=[t,e%t];return e}function walkSorted(e,t,n,r){const s=e.length;const o=t.length;if(s===0||o===0)throw new g.yo("two non-empty samples are needed");const i=n?sum(n):s;const a=r?sum(r):o;let c=0;let l=0;let u=0;let f=0;let d=-Infinity;let h=Infinity;let p=0;while(c<s||l<o){const m=l>=o||c<s&&e[c]<=t[l]?e[c]:t[l];while(c<s&&e[c]<=m){if(n)u+=n[c];c++}while(l<o&&t[l]<=m){if(r)f+=r[l];l++}const g=(n?u:c)/i;const y=(r?f:l)/a;const v=g-y;if(v>d)d=v;if(v<h)h=v;if(c<s||l<o){const n=l>=o||c<s&&e[c]<=t[l]?e[c]:t[l];p+=Math.abs(v)*(n-m)}}return{maxDiff:d,minDiff:Math.min(1,Math.max(0,-h)),wasserstein:p}}function sum(e){let t=0;for(let n=0;n<e.length;n++)t+=e[n];return t}function ks2sampSorted(e,t,n){const r=e.length;const s=t.length;const o=n??walkSorted(e,t);let i=o.minDiff>o.maxDiff?o.minDiff:o.maxDiff;if(Math.max(r,s)<=gt){const e=ks_exact_two_sided_exactKsTwoSided(r,s,i);if(e.ok)return{statistic:e.d,pvalue:e.pvalue,method:"exact"};i=e.d}const a=Math.max(r,s);const c=Math.min(r,s);const l=kstwo_kstwoSf(i,ks_exact_roundHalfEven(a*c/(a+c)));return{statistic:i,pvalue:Math.min(1,Math.max(0,l)),method:"asymp"}}function sorted_search_searchSorted(e,t,n){let r=0;let s=e.length;while(r<s){const o=r+s>>>1;if(n==="right"?e[o]<=t:e[o]<t)r=o+1;else s=o}return r}function sortedBinCounts(e,t,n){const r=n==="right"?"right":"left";const s=[];let o=0;for(const n of t){const t=sorted_search_searchSorted(e,n,r);s.push(t-o);o=t}s.push(e.length-o);return s}function sortedQuantile(e,t){const n=t*(e.length-1);const r=Math.floor(n);const s=Math.min(r+1,e.length-1);return e[r]+(e[s]-e[r])*(n-r)}function sorted_search_decileEdges(e){return Array.from({length:9},(t,n)=>sortedQuantile(e,(n+1)/10))}const yt=.001;function formatEdge(e){if(e===0)return"0";const t=Math.abs(e);if(t>=.001&&t<1e7)return String(Number(e.toPrecision(4)));return e.toExponential(2)}function binLabels(e,t){if(e.length===0)return["all"];const n=[t==="right"?`≤ ${formatEdge(e[0])}`:`< ${formatEdge(e[0])}`];for(let t=1;t<e.length;t++)n.push(`${formatEdge(e[t-1])}–${formatEdge(e[t])}`);n.push(t==="right"?`> ${formatEdge(e.at(-1))}`:`≥ ${formatEdge(e.at(-1))}`);return n}function shares(e){const t=e.reduce((e,t)=>e+t,0);return e.map(e=>t>0?e/t:0)}function nullShare(e,t){return e+t>0?e/(e+t):0}function topCategoryHistogram(e,t,n,r=10){const s=e.map((e,t)=>t).sort((r,s)=>t[s]-t[r]||n[s]-n[r]||(e[r]<e[s]?-1:1));const o=s.slice(0,r);const i=s.slice(r);const a={labels:o.map(t=>e[t]),reference:o.map(e=>t[e]),current:o.map(e=>n[e])};if(i.length>0){a.labels.push(`other (${i.length})`);a.reference.push(i.reduce((e,n)=>e+t[n],0));a.current.push(i.reduce((e,t)=>e+n[t],0))}return{labels:a.labels,reference:shares(a.reference),current:shares(a.current)}}function countDistinctSorted(e,t=Infinity){if(e.length===0)return 0;let n=1;for(let r=1;r<e.length&&n<=t;r++)if(e[r]!==e[r-1])n++;return n}function populationStd(e){let t=0;for(let n=0;n<e.length;n++)t+=e[n];const n=t/e.length;let r=0;for(let t=0;t<e.length;t++){const s=e[t]-n;r+=s*s}return Math.sqrt(r/e.length)}function valueCounts(e){const t=new Map;let n=0;while(n<e.length){const r=e[n];let s=n+1;while(s<e.length&&e[s]===r)s++;t.set(r===0?0:r,s-n);n=s}return t}function testNumericExact(e){const{reference:t,current:n,choice:r}=e;const s=sorted_search_decileEdges(t);const o=sortedBinCounts(t,s,"right");const i=sortedBinCounts(n,s,"right");const a=psi_psiFromCounts(o,i);const c={column:e.name,type:"numeric",method:r.method,method_reason:r.reason,psi:Number.isFinite(a)?a:null,reference_rows:t.length,current_rows:n.length,reference_null_share:nullShare(e.referenceNulls,t.length),current_null_share:nullShare(e.currentNulls,n.length),histogram:{labels:binLabels(s,"right"),reference:shares(o),current:shares(i)}};const normalisedWasserstein=e=>e/Math.max(populationStd(t),yt);switch(r.method){case"ks":{const e=walkSorted(t,n);const r=ks2sampSorted(t,n,e);return{...c,statistic:r.statistic,p_value:r.pvalue,effect_size:normalisedWasserstein(e.wasserstein),effect_size_kind:"wasserstein_norm"}}case"wasserstein":return{...c,statistic:normalisedWasserstein(walkSorted(t,n).wasserstein),p_value:null,effect_size:null,effect_size_kind:null};case"chi2":{const e=valueCounts(t);const r=valueCounts(n);const s=[...new Set([...e.keys(),...r.keys()])].sort((e,t)=>e-t);const o=[s.map(t=>e.get(t)??0),s.map(e=>r.get(e)??0)];const i=chi2Contingency(o);const a=s.map(e=>String(e));return{...c,statistic:i.statistic,p_value:i.pvalue,effect_size:i.dof===0?0:i.cramersV,effect_size_kind:"cramers_v",histogram:topCategoryHistogram(a,o[0],o[1])}}case"psi":return{...c,statistic:c.psi??Number.NaN,p_value:null,effect_size:null,effect_size_kind:null};case"js":return{...c,statistic:jensenShannon(o,i),p_value:null,effect_size:null,effect_size_kind:null}}}function sortCategories(e){return[...e].sort()}function testCategoricalExact(e){const{reference:t,current:n,choice:r}=e;const s=sortCategories(new Set([...t.keys(),...n.keys()]));const o=s.map(e=>t.get(e)??0);const i=s.map(e=>n.get(e)??0);const a=o.reduce((e,t)=>e+t,0);const c=i.reduce((e,t)=>e+t,0);const l=categoricalPsi(t,n);const u={column:e.name,type:"categorical",method:r.method,method_reason:r.reason,psi:Number.isFinite(l)?l:null,reference_rows:a,current_rows:c,reference_null_share:nullShare(e.referenceNulls,a),current_null_share:nullShare(e.currentNulls,c),histogram:topCategoryHistogram(s,o,i)};switch(r.method){case"chi2":{const e=chi2Contingency([o,i]);return{...u,statistic:e.statistic,p_value:e.pvalue,effect_size:e.dof===0?0:e.cramersV,effect_size_kind:"cramers_v"}}case"js":return{...u,statistic:jensenShannon(o,i),p_value:null,effect_size:null,effect_size_kind:null};case"psi":return{...u,statistic:u.psi??Number.NaN,p_value:null,effect_size:null,effect_size_kind:null};default:throw new Error(`${r.method} cannot test categories`)}}function categoricalPsi(e,t){const n=sortCategories(e.keys());const r=n.map(t=>e.get(t));const s=n.map(e=>t.get(e)??0);let o=0;for(const[n,r]of t)if(!e.has(n))o+=r;r.push(0);s.push(o);return psi_psiFromCounts(r,s)}const vt=5;const bt=.1;const wt=.1;function hasPValue(e){return e==="ks"||e==="chi2"}function chooseMethod(e,t,n){if(n!==undefined&&n.method!=="auto"){checkApplicable(e,t,n.method,n.source);return{method:n.method,reason:n.source==="flag"?"--method flag":"policy drift.columns"}}if(e==="sketch"){return t.type==="numeric"?{method:"wasserstein",reason:"sketch mode, numeric: normalised Wasserstein"}:{method:"js",reason:"sketch mode, categorical: Jensen–Shannon"}}if(t.type==="categorical")return{method:"chi2",reason:"categorical: chi-square"};if(t.referenceDistinct!==null&&t.referenceDistinct<=vt)return{method:"chi2",reason:`numeric with ${t.referenceDistinct} ≤ ${vt} distinct values: chi-square`};return{method:"ks",reason:`numeric with > ${vt} distinct values: KS`}}function checkApplicable(e,t,n,r){const s=r==="flag"?{key:"--method"}:{key:`drift.columns.${t.name}.method`};if(e==="sketch"&&(n==="ks"||n==="chi2")){throw new g.yo(`${n} needs raw reference data, but the reference is a profile (sketch mode)`,{location:s,hint:`For column \`${t.name}\` use wasserstein, psi or js, or give the raw reference data instead of a profile`})}if(t.type==="categorical"&&(n==="ks"||n==="wasserstein")){throw new g.yo(`${n} cannot test the categorical column \`${t.name}\``,{location:s,hint:"Use chi2, psi or js for categories (or auto)"})}}const _t={bh:"Benjamini–Hochberg",bonferroni:"Bonferroni",none:"no correction"};function describeRule(e,t){const n=e==="exact"?"Exact mode (raw reference data; tests give p-values). "+`Numeric columns with more than ${vt} distinct reference values: two-sample Kolmogorov–Smirnov `+"(scipy ks_2samp: exact p-value when max(n_ref, n_cur) ≤ 10000, else asymptotic), effect size = Wasserstein "+"distance / reference std (population, floored at 0.001). "+`Numeric columns with at most ${vt} distinct values and categorical columns: chi-square test on the `+"2×k table of reference vs current counts (scipy chi2_contingency, Yates only when dof = 1), effect size = "+"Cramér's V. "+`p-values are adjusted across columns (${_t[t.correction]}); a column drifts when its adjusted `+`p-value < ${t.alpha} and its effect size ≥ ${t.minEffectSize}.`:"Sketch mode (reference profile; distances only, no p-values). "+"Numeric columns: Wasserstein distance between the reference (its exact values, or its quantile sketch buckets) "+"and the current values, divided by the reference std (population, floored at 0.001). Categorical columns: "+'Jensen–Shannon distance (natural log) over the reference top categories plus "other".';const r=` Distance methods (wasserstein, js) drift at ≥ ${bt}, psi at ≥ ${t.psiThreshold}; `+"policy drift.columns.<name>.method or --method overrides the rule. "+"PSI is reported for every column: 10 bins at the reference deciles with open outer edges (numbers) or the "+'reference categories plus "other" (categories), empty bins set to 1e-4, natural log.';const s=` Severity: alert when the drift share ≥ ${t.thresholds.alert.drift_share} or any column's PSI ≥ `+`${t.thresholds.alert.psi}; warn when the drift share ≥ ${t.thresholds.warn.drift_share}, any PSI ≥ `+`${t.thresholds.warn.psi} or the prediction column drifts; dataset drift = severity above none.`;return n+r+s}var xt=r(2491);var kt=r(4774);var $t=r(5610);function quantileOfSorted(e,t){const n=e.length;if(n===0)return Number.NaN;const r=(n-1)*t;if(r>=n-1)return e[n-1];const s=Math.floor(r);const o=e[s];const i=e[s+1];const a=r-s;return a>=.5?i-(i-o)*(1-a):o+(i-o)*a}function referenceQuantile(e,t){return(0,$t.YV)(e,t)}function referenceDecileEdges(e){return(0,$t.xo)(e)}function referenceBinCounts(e,t){const{histogram:n}=e;if(n.edgesFrom==="deciles"&&sameEdges(n.edges,t))return[...n.counts];const r=new Array(t.length+1).fill(0);if(e.exact){for(const n of e.exact)r[(0,$t.Ak)(t,n)]+=1;return r}const{values:s,counts:o}=(0,kt.fz)(e.sketch);const i=e.min??-Infinity;const a=e.max??Infinity;for(let e=0;e<s.length;e++){r[(0,$t.Ak)(t,Math.min(a,Math.max(i,s[e])))]+=o[e]}return r}function sameEdges(e,t){return e.length===t.length&&e.every((e,n)=>e===t[n])}function referenceStd(e){return(0,$t.wi)(e)}function quantize(e,t,n=-Infinity,r=Infinity){const s=(0,kt.Vc)(t);const o=new Float64Array(e.length);for(let t=0;t<e.length;t++){o[t]=Math.min(r,Math.max(n,(0,kt.MB)(e[t],s)))}return o}function profileDistribution(e){if(e.exact!==null)return{values:Float64Array.from(e.exact)};const{values:t,counts:n}=(0,kt.fz)(e.sketch);const r=e.min??-Infinity;const s=e.max??Infinity;for(let e=0;e<t.length;e++)t[e]=Math.min(s,Math.max(r,t[e]));return{values:t,weights:n}}function profilePopulationStd(e){if(e.count===0)return Number.NaN;return e.m2===null?Infinity:Math.sqrt(Math.max(0,e.m2)/e.count)}function testNumericSketch(e){const{reference:t,current:n,choice:r}=e;const s=(0,xt.xo)(t);const o=referenceBinCounts(t,s);const i=sortedBinCounts(t.exact===null?quantize(n,t.sketch.alpha,t.min??-Infinity,t.max??Infinity):n,s,"left");const a=psi_psiFromCounts(o,i);const c={column:e.name,type:"numeric",method:r.method,method_reason:r.reason,p_value:null,effect_size:null,effect_size_kind:null,psi:Number.isFinite(a)?a:null,reference_rows:t.count,current_rows:n.length,reference_null_share:nullShare(t.nulls+t.invalid,t.count),current_null_share:nullShare(e.currentNulls,n.length),histogram:{labels:binLabels(s,"left"),reference:shares(o),current:shares(i)}};switch(r.method){case"wasserstein":{const e=profileDistribution(t);const r=walkSorted(e.values,n,e.weights).wasserstein;return{...c,statistic:r/Math.max(profilePopulationStd(t),yt)}}case"psi":return{...c,statistic:c.psi??Number.NaN};case"js":return{...c,statistic:jensenShannon(o,i)};default:throw new Error(`${r.method} is not a sketch-mode method`)}}function testCategoricalSketch(e){const{reference:t,current:n,choice:r}=e;const s=sortCategories(Object.keys(t.top));const o=s.map(e=>t.top[e]);const i=s.map(e=>n.get(e)??0);let a=0;for(const[e,r]of n)if(!Object.hasOwn(t.top,e))a+=r;o.push(t.other);i.push(a);const c=i.reduce((e,t)=>e+t,0);const l=psi_psiFromCounts(o,i);const u=[...s,"other"];const f={column:e.name,type:"categorical",method:r.method,method_reason:r.reason,p_value:null,effect_size:null,effect_size_kind:null,psi:Number.isFinite(l)?l:null,reference_rows:t.count,current_rows:c,reference_null_share:nullShare(t.nulls,t.count),current_null_share:nullShare(e.currentNulls,c),histogram:topCategoryHistogram(u,o,i)};switch(r.method){case"js":return{...f,statistic:jensenShannon(o,i)};case"psi":return{...f,statistic:f.psi??Number.NaN};default:throw new Error(`${r.method} is not a sketch-mode method for categories`)}}const St=65536;function sortFloat64(e,t){const n=e.length;if(n<2048){e.sort();return}const r=t!==undefined&&t.length>=n?t.subarray(0,n):new Float64Array(n);let s=new Uint32Array(e.buffer,e.byteOffset,2*n);let o=new Uint32Array(r.buffer,r.byteOffset,2*n);const i=new Uint32Array(4*St);for(let e=0;e<n;e++){let t=s[2*e];let n=s[2*e+1];if(n&2147483648){n=~n>>>0;t=~t>>>0;s[2*e]=t}else n=(n|2147483648)>>>0;s[2*e+1]=n;i[t&65535]++;i[St+(t>>>16)]++;i[2*St+(n&65535)]++;i[3*St+(n>>>16)]++}for(let e=0;e<4;e++){const t=e>>1;const r=(e&1)*16;const a=e*St;if(i[a+(s[t]>>>r&65535)]===n)continue;let c=0;for(let e=a;e<a+St;e++){const t=i[e];i[e]=c;c+=t}for(let e=0;e<n;e++){const n=s[2*e];const c=s[2*e+1];const l=i[a+((t===0?n:c)>>>r&65535)]++;o[2*l]=n;o[2*l+1]=c}const l=s;s=o;o=l}for(let e=0;e<n;e++){const t=s[2*e+1];if(t&2147483648)s[2*e+1]=t&2147483647;else{s[2*e+1]=~t;s[2*e]=~s[2*e]}}if(s.buffer!==e.buffer||s.byteOffset!==e.byteOffset)e.set(new Float64Array(s.buffer,s.byteOffset,n))}function check(e){for(const t of e)if(!(t>=0&&t<=1))throw new g.yo("p-values must lie in [0, 1]",{hint:`Got ${t}`})}function benjaminiHochberg(e){check(e);const t=e.length;const n=e.map((e,t)=>t).sort((t,n)=>e[t]-e[n]);const r=new Array(t);let s=1;for(let o=t-1;o>=0;o--){const i=n[o];s=Math.min(s,e[i]*t/(o+1));r[i]=Math.min(1,s)}return r}function bonferroni(e){check(e);return e.map(t=>Math.min(1,t*e.length))}function adjust(e,t){if(e.length===0||t==="none")return e;return t==="bh"?benjaminiHochberg(e):bonferroni(e)}function judge(e,t,n){if(t!==null){const r=e.effect_size??0;return{...e,p_value_adjusted:t,threshold:n.alpha,drifted:t<n.alpha&&r>=n.minEffectSize}}const r=e.method==="psi"?n.psiThreshold:bt;return{...e,p_value_adjusted:null,threshold:r,drifted:e.statistic>=r}}function decide(e,t,n){const r=t?[...e,t]:[...e];const s=r.flatMap((e,t)=>e.p_value===null?[]:[t]);const o=adjust(s.map(e=>r[e].p_value),n.correction);const i=new Map(s.map((e,t)=>[e,o[t]]));const a=r.map((e,t)=>judge(e,i.get(t)??null,n));const c=a.slice(0,e.length);const l=t?a[e.length]:undefined;const u=c.filter(e=>e.drifted).length;const f=c.length>0?u/c.length:0;const d=a.flatMap(e=>e.psi===null||e.psi===undefined?[]:[e.psi]);const h=d.length>0?Math.max(...d):null;const reaches=e=>u>0&&f>=e.drift_share||h!==null&&h>0&&h>=e.psi;const p=reaches(n.thresholds.alert)?"alert":reaches(n.thresholds.warn)||l?.drifted===true?"warn":"none";return{columns:c,...l&&{prediction:l},drift_share:f,dataset_drift:p!=="none",severity:p,max_psi:h}}const list=e=>e.map(e=>`\`${e}\``).join(", ");async function openReference(e,t,n){const r=e.reference;if(typeof r==="object"&&!Array.isArray(r)&&"profile"in r)return{mode:"sketch",profile:r.profile,source:r.source};const s=typeof r==="string"?[r]:[...r];if(s.length===1&&/\.json$/i.test(s[0])){const t=s[0];const n=(0,Qe.j)(await readUserFile(t,e.cwd,"reference profile"),t);return{mode:"sketch",profile:n,source:t}}const o=await openDataset(s,{cwd:e.cwd,...t&&{types:t},...n&&{onProgress:e=>n(e)}});return{mode:"exact",dataset:o,source:s.join(", ")}}function parseBound(e,t){if(e===undefined||e==="")return undefined;const n=/^-?\d+$/.test(e)?Number(e):(0,ue.E)(e);if(!Number.isFinite(n)){throw new g.yo(`\`${e}\` is not a date-time`,{location:{key:t},hint:"Use an ISO-8601 date or date-time (2024-05-01, 2024-05-01T12:00:00Z) or epoch milliseconds"})}return n}async function computeDrift(e){const t=e.policy??defaultPolicy().defaults.drift;const n=e.types?{...e.types}:undefined;let r=0;let s=0;let o=0;const i=e.onProgress;const a=await openReference(e,n,i&&(e=>{r=e;i(r+s,o)}));const c=a.mode==="exact"?a.dataset.schema.columns:a.profile.schema.columns;const l=new Map(c.map(e=>[e.name,e.type]));const u=c.map(e=>e.name);let f;if(e.window){const t=parseBound(e.window.from,"--from");const n=parseBound(e.window.to,"--to");if(t!==undefined&&n!==undefined&&!(t<n))throw new g.yo("the time window is empty: --from must be before --to",{location:{key:"--from"},hint:`Got from ${e.window.from} and to ${e.window.to}`});f={column:e.window.column,...t!==undefined&&{from:t},...n!==undefined&&{to:n}}}const d=Object.fromEntries(c.map(e=>[e.name,e.type]));if(f)d[f.column]="timestamp";const h=typeof e.current==="string"?[e.current]:[...e.current];const p=await openDataset(h,{cwd:e.cwd,typeHints:d,...n&&{types:Object.fromEntries(Object.entries(n).filter(([e])=>l.has(e)))},...i&&{onProgress:e=>{s=e;i(r+s,o)}}});o=(a.mode==="exact"?a.dataset.totalBytes:0)+p.totalBytes;const m=new Set(p.schema.columns.map(e=>e.name));const y=[];let v=u;if(e.columns!==undefined&&e.columns.length>0){for(const t of e.columns){if(!l.has(t)){const e=didYouMean(t,u);throw new g.yo(`no column \`${t}\` in the reference`,{location:{file:a.source,key:"--columns"},hint:e?`Did you mean \`${e}\`?`:`The reference's columns are ${list(u)}`})}}v=[...new Set(e.columns)]}let b=e.predictionColumn;if(b!==undefined&&!l.has(b)){throw new g.yo(`the prediction column \`${b}\` is not in the reference`,{location:{file:a.source,key:"--prediction-column"},hint:`The reference's columns are ${list(u)}`})}if(b===undefined&&l.has("prediction")&&m.has("prediction"))b="prediction";const w=[];const plan=e=>{const n=l.get(e);if(t.columns[e]?.ignore)y.push({column:e,reason:"ignored by the policy"});else if(f&&e===f.column)y.push({column:e,reason:"the time window column"});else if(n==="timestamp")y.push({column:e,reason:"timestamp column: not tested"});else return{name:e,kind:n==="number"?"numeric":"categorical"};return undefined};for(const e of v){if(e===b)continue;const t=plan(e);if(t)w.push(t)}const x=b!==undefined?plan(b):undefined;const k=x?[...w,x]:w;const $=k.filter(e=>!m.has(e.name)).map(e=>e.name);if($.length>0){throw new g.yo(`column${$.length>1?"s":""} ${list($)} of the reference ${$.length>1?"are":"is"} not in the current data`,{location:{file:p.files[0],key:$[0]},hint:`Leave ${$.length>1?"them":"it"} out with --columns, or set drift.columns.${$[0]}.ignore: true in the policy`})}if(k.length===0){throw new g.yo("there is no column to test",{location:{file:a.source},hint:"The reference needs at least one number or category column that is not ignored"})}let S;let A;if(a.mode==="exact"){const e=await collectColumns(a.dataset,k,"reference data");if(e.rows===0){throw new g.yo("the reference data has no rows",{location:{file:a.dataset.files[0]},hint:"Give reference data with at least one row (the data the model was trained on)"})}S=e.samples;A=e.rows}else A=a.profile.rowCount;const O=await collectColumns(p,k,"current data",f);if(O.rows===0){const t=f?` in the window ${e.window?.from??"…"} to ${e.window?.to??"…"}`:"";throw new g.yo(`the current data has no rows${t}`,{location:{file:p.files[0]},hint:f?`Check --from/--to against the values of \`${f.column}\``:"Give current data with at least one row"})}const N={alpha:t.alpha,correction:t.correction,minEffectSize:e.minEffectSize??wt,psiThreshold:t.thresholds.warn.psi,thresholds:t.thresholds};const C={buffer:new Float64Array(0)};const testOne=n=>{const r=overrideFor(n.name,e.method,t);const s=O.samples.get(n.name);O.samples.delete(n.name);if(a.mode==="exact"){const e=S.get(n.name);S.delete(n.name);return testExact(n,e,s,r,C,y)}return testSketch(n,a.profile,s,r,y)};const E=w.flatMap(e=>testOne(e)??[]);const P=x?testOne(x):undefined;const T=decide(E,P,N);const I=a.mode;return{mode:I,columns:T.columns,drift_share:T.drift_share,dataset_drift:T.dataset_drift,...T.prediction&&{prediction_drift:T.prediction},severity:T.severity,rule:describeRule(I,N),correction:N.correction,alpha:N.alpha,min_effect_size:N.minEffectSize,thresholds:{warn:{...t.thresholds.warn},alert:{...t.thresholds.alert}},max_psi:T.max_psi,skipped:y,reference:{source:a.source,rows:A},current:{source:h.join(", "),rows:O.rows,...e.window&&{window:{column:e.window.column,...e.window.from!==undefined&&{from:e.window.from},...e.window.to!==undefined&&{to:e.window.to}}}}}}function overrideFor(e,t,n){if(t!==undefined&&t!=="auto")return{method:t,source:"flag"};const r=n.columns[e]?.method;return r!==undefined&&r!=="auto"?{method:r,source:"policy"}:undefined}function emptySide(e,t){if(e===0&&t===0)return"no values on either side (all null)";if(e===0)return"no values in the reference (all null)";if(t===0)return"no values in the current data (all null)";return undefined}function testExact(e,t,n,r,s,o){if(t.kind==="numeric"&&n.kind==="numeric"){const i=emptySide(t.values.length,n.values.length);if(i){o.push({column:e.name,reason:i});return undefined}const a=Math.max(t.values.length,n.values.length);if(s.buffer.length<a)s.buffer=new Float64Array(a);sortFloat64(t.values,s.buffer);sortFloat64(n.values,s.buffer);const c=countDistinctSorted(t.values,vt);const l=chooseMethod("exact",{name:e.name,type:"numeric",referenceDistinct:c},r);return testNumericExact({name:e.name,reference:t.values,current:n.values,referenceNulls:t.nulls,currentNulls:n.nulls,choice:l})}const i=t;const a=n;const c=emptySide(i.counts.size,a.counts.size);if(c){o.push({column:e.name,reason:c});return undefined}const l=chooseMethod("exact",{name:e.name,type:"categorical",referenceDistinct:i.counts.size},r);return testCategoricalExact({name:e.name,reference:i.counts,current:a.counts,referenceNulls:i.nulls,currentNulls:a.nulls,choice:l})}function testSketch(e,t,n,r,s){const o=t.columns[e.name];if(o===undefined)throw new g.yo(`the profile has no entry for column \`${e.name}\``,{location:{key:`columns.${e.name}`}});if(o.type!=="category"&&n.kind==="numeric"){const t=emptySide(o.count,n.values.length);if(t){s.push({column:e.name,reason:t});return undefined}sortFloat64(n.values);const i=chooseMethod("sketch",{name:e.name,type:"numeric",referenceDistinct:null},r);return testNumericSketch({name:e.name,reference:o,current:n.values,currentNulls:n.nulls,choice:i})}if(o.type==="category"&&n.kind==="categorical"){const t=emptySide(o.count,n.counts.size);if(t){s.push({column:e.name,reason:t});return undefined}const i=chooseMethod("sketch",{name:e.name,type:"categorical",referenceDistinct:o.distinct},r);return testCategoricalSketch({name:e.name,reference:o,current:n.counts,currentNulls:n.nulls,choice:i})}throw new Error(`column ${e.name}: profile type ${o.type} and current sample ${n.kind} differ`)}const At=65536;function cell(e){return e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\|/g,"\\|").replace(/\r?\n/g," ")}function code(e,t=40){let n=typeof e==="string"?e:JSON.stringify(e)??String(e);if(n.length>t)n=`${n.slice(0,t-1)}…`;return`<code>${cell(n)}</code>`}function count(e){return e.toLocaleString("en-US")}function percent(e){if(e===0)return"0%";if(e<.01)return"<0.01%";return`${e<10?e.toFixed(2):e.toFixed(1)}%`}function fitBody(e,t=At){const n="\n\n_…report truncated to fit GitHub’s 65,536-character limit; the full report is in the JSON file._\n";let r=e.join("\n");if(r.length<=t)return r;const s=[];let o=0;for(const r of e){if(o+r.length+1+n.length>t){const e=t-o-n.length-1;const i=r.lastIndexOf("\n",e);if(i>200)s.push(r.slice(0,i));break}s.push(r);o+=r.length+1}r=s.join("\n")+n;return r}const Ot={none:"✅ no drift",warn:"⚠️ warn",alert:"🔴 alert"};function formatNumber(e){if(e===null||e===undefined||Number.isNaN(e))return"–";if(e===0)return"0";const t=Math.abs(e);if(t<.001||t>=1e6)return e.toExponential(2);return String(Number(e.toPrecision(4)))}function rankColumns(e){return[...e].sort((e,t)=>Number(t.drifted)-Number(e.drifted)||(t.psi??-1)-(e.psi??-1)||(e.column<t.column?-1:e.column>t.column?1:0))}function headline(e){const t=e.columns.filter(e=>e.drifted).length;return`${t} of ${e.columns.length} column${e.columns.length===1?"":"s"} drifted (${percent(e.drift_share*100)})`}function windowText(e){const t=e.current.window;if(!t)return"";return`, \`${t.column??"time"}\` from ${t.from??"…"} to ${t.to??"…"}`}function tableRow(e,t=false){return`| ${code(e.column)}${t?" (prediction)":""} | ${e.type} | ${e.method} | ${formatNumber(e.statistic)} | ${formatNumber(e.p_value)} | ${formatNumber(e.p_value_adjusted)} | ${formatNumber(e.effect_size)} | ${formatNumber(e.psi)} | ${e.drifted?"**yes**":"no"} |`}function mermaidText(e){return e.replace(/["\\`]/g,"'").replace(/[\r\n[\]]/g," ")}function histogramChart(e){const t=e.histogram;if(!t||t.labels.length===0)return undefined;const n=t.reference.map(e=>Number((e*100).toFixed(2)));const r=t.current.map(e=>Number((e*100).toFixed(2)));const s=Math.max(1,Math.ceil(Math.max(...n,...r)/5)*5);const o=t.labels.map(e=>`"${mermaidText(e.length>18?`${e.slice(0,17)}…`:e)}"`);return["```mermaid","xychart-beta",`  title "${mermaidText(e.column)}: ${e.method} ${formatNumber(e.statistic)}, PSI ${formatNumber(e.psi)}"`,`  x-axis [${o.join(", ")}]`,`  y-axis "% of values" 0 --\x3e ${s}`,`  bar [${n.join(", ")}]`,`  line [${r.join(", ")}]`,"```"].join("\n")}function renderDriftMarkdown(e,t={}){const n=t.title??"Drift report";const r=t.charts??5;const s=[`## ${cell(n)}: ${Ot[e.severity]}`,"",`**${headline(e)}** · dataset drift: **${e.dataset_drift?"yes":"no"}** · severity: **${e.severity}** · mode: **${e.mode}** · max PSI: ${formatNumber(e.max_psi)}`,"",`Reference: ${code(e.reference.source,80)} (${count(e.reference.rows)} rows) · current: ${code(e.current.source,80)} (${count(e.current.rows)} rows${windowText(e)})`];if(e.prediction_drift){const t=e.prediction_drift;s.push("",`Prediction drift on ${code(t.column)}: **${t.drifted?"yes":"no"}** (${t.method} ${formatNumber(t.statistic)}${t.p_value_adjusted!==null?`, adjusted p ${formatNumber(t.p_value_adjusted)}`:""}, PSI ${formatNumber(t.psi)})`)}const o=rankColumns(e.columns);const i=["| column | type | method | statistic | p-value | adjusted p | effect size | PSI | drifted |","|---|---|---|---:|---:|---:|---:|---:|---|",...e.prediction_drift?[tableRow(e.prediction_drift,true)]:[],...o.map(e=>tableRow(e))];const a=[...e.prediction_drift?.drifted?[e.prediction_drift]:[],...o].filter(t=>t.drifted||(t.psi??0)>=(e.thresholds?.warn.psi??.1)).slice(0,r);const c=[];if(a.length>0){c.push("",`### Top drifting columns`,"","Bars: reference, line: current (share of values per bin, %).");for(const e of a){const t=histogramChart(e);if(t)c.push("",t)}}const l=["","<details><summary>How columns are tested (the rule)</summary>","",cell(e.rule),"","</details>"];const u=e.skipped??[];const f=u.length>0?["",`Not tested: ${u.map(e=>`${code(e.column)} (${cell(e.reason)})`).join(", ")}.`]:[];return fitBody([s.join("\n"),"",i.join("\n"),c.join("\n"),f.join("\n"),l.join("\n")].filter(e=>e!==""),t.limit??At)}function pad(e,t,n=false){return n?e.padStart(t):e.padEnd(t)}function renderDriftText(e){const t=[`Drift: ${e.severity==="none"?"no drift":e.severity.toUpperCase()} — ${headline(e)}; dataset drift: ${e.dataset_drift?"yes":"no"}; mode: ${e.mode}; max PSI: ${formatNumber(e.max_psi)}`,`Reference: ${e.reference.source} (${count(e.reference.rows)} rows)`,`Current:   ${e.current.source} (${count(e.current.rows)} rows${windowText(e).replace(/`/g,"")})`,""];const n=[...e.prediction_drift?[{c:e.prediction_drift,prediction:true}]:[],...rankColumns(e.columns).map(e=>({c:e,prediction:false}))].map(({c:e,prediction:t})=>[e.column+(t?" (prediction)":""),e.type,e.method,formatNumber(e.statistic),formatNumber(e.p_value),formatNumber(e.p_value_adjusted),formatNumber(e.effect_size),formatNumber(e.psi),e.drifted?"DRIFT":"ok"]);const r=["column","type","method","statistic","p","adj. p","effect","PSI","verdict"];const s=r.map((e,t)=>Math.max(e.length,...n.map(e=>e[t].length)));const o=new Set([3,4,5,6,7]);for(const e of[r,...n]){t.push(e.map((e,t)=>pad(e,s[t],o.has(t))).join("  ").trimEnd())}if((e.skipped??[]).length>0)t.push("",`Not tested: ${(e.skipped??[]).map(e=>`${e.column} (${e.reason})`).join(", ")}`);t.push("",`Rule: ${e.rule}`);return t.join("\n")}async function emit(e,t){if(t===undefined){process.stdout.write(e.endsWith("\n")?e:`${e}\n`);return}const n=(0,me.resolve)(t);await(0,pe.mkdir)((0,me.dirname)(n),{recursive:true});await(0,pe.writeFile)(n,e.endsWith("\n")?e:`${e}\n`)}const Nt={update(){},done(){}};function progressBar(e,t=process.stderr){if(!t.isTTY)return Nt;let n=0;let r=false;return{update(s,o){const i=Date.now();if(i-n<100&&s<o)return;n=i;const a=30;const c=o>0?Math.min(1,s/o):0;const l=Math.round(c*a);const mb=e=>(e/1024/1024).toFixed(1);t.write(`\r${e} [${"█".repeat(l)}${"░".repeat(a-l)}] ${(c*100).toFixed(0).padStart(3)}% ${mb(s)}/${mb(o)} MB`);r=true},done(){if(r)t.write("\r[2K")}}}const formatOption=()=>new p("--format <format>","output format").choices(["json","markdown","text"]).default("text");const typeOption=()=>new p("--type <column=type...>","read a column as number, category or timestamp instead of inferring it");function parseTypeFlags(e){if(e===undefined)return undefined;const t={};for(const n of e){const e=/^(.+)=(number|category|timestamp)$/.exec(n);if(!e){throw new g.yo(`"${n}" is not column=type`,{location:{key:"--type"},hint:"Write it as column=number, column=category or column=timestamp"})}t[e[1]]=e[2]}return t}function listFlag(e){return e?.split(",").map(e=>e.trim()).filter(e=>e!=="")}async function cliModelPolicy(e,t,n){const r=e??((0,se.existsSync)((0,me.resolve)(n,Z))?Z:undefined);if(r===undefined)return undefined;return modelPolicy(loadPolicy(await readUserFile(r,n,"policy file"),r),t??"*")}function parseMinEffect(e){if(e===undefined)return undefined;const t=Number(e);if(!(t>=0)){throw new g.yo(`"${e}" is not a non-negative number`,{location:{key:"--min-effect-size"},hint:"Give a number such as 0.1 (0 judges on p-values alone)"})}return t}function registerDrift(e,t){e.command("drift").description("Compare current data (or prediction logs) with a reference: raw reference data gives exact tests with p-values, a reference profile gives distances.").requiredOption("--reference <file|profile.json...>","reference: data files (CSV, TSV, JSON Lines, Parquet; globs allowed) for exact mode, or one profile .json for sketch mode").requiredOption("--current <glob...>","current data or prediction logs (CSV, TSV, JSON Lines, Parquet; .gz allowed)").addOption(new p("--method <method>","test every column with this method instead of the default rule").choices(["auto","ks","chi2","psi","js","wasserstein"]).default("auto")).option("--columns <a,b,...>","test only these columns (comma-separated)").addOption(formatOption()).option("--output <file>","write the report here instead of stdout").option("--policy <file>",`policy file with a drift section (default: ${Z} when it exists)`).option("--model <name>","the model whose drift policy applies (when the policy lists models)").option("--window-column <name>","timestamp column of the current data to window on").option("--from <time>","keep current rows at or after this time (ISO-8601 or epoch ms; needs --window-column)").option("--to <time>","keep current rows before this time (ISO-8601 or epoch ms; needs --window-column)").option("--prediction-column <name>","the model output column, reported as prediction drift (default: `prediction` if present)").option("--min-effect-size <x>","exact mode: smallest effect size that counts as drift (default 0.1)").addOption(typeOption()).addHelpText("after",["","Exit codes: 0 no drift, 1 drift (severity warn or alert), 2 usage, config or data error.","The default test per column (printed in every report): exact mode uses KS for numbers with more than 5","distinct values and chi-square otherwise, with an effect size next to every p-value; sketch mode uses the","normalised Wasserstein distance for numbers and Jensen-Shannon for categories. See docs/drift.md.","Examples:",'  modelship drift --reference data/train.csv --current "logs/2024-05-*.jsonl" --format markdown',"  modelship drift --reference profile.json --current preds.parquet --window-column ts --from 2024-05-01"].join("\n")).action(async e=>{const n=process.cwd();if((e.from!==undefined||e.to!==undefined)&&e.windowColumn===undefined){throw new g.yo("--from and --to need --window-column",{location:{key:e.from!==undefined?"--from":"--to"},hint:"Name the timestamp column of the current data, e.g. --window-column timestamp"})}const r=listFlag(e.columns);const s=e.reference.length===1?e.reference[0]:e.reference;const o=progressBar("drift");const i=await computeDrift({reference:s,current:e.current,cwd:n,policy:(await cliModelPolicy(e.policy,e.model,n))?.drift,method:e.method,...r&&{columns:r},...e.predictionColumn!==undefined&&{predictionColumn:e.predictionColumn},...e.windowColumn!==undefined&&{window:{column:e.windowColumn,from:e.from,to:e.to}},...e.type&&{types:parseTypeFlags(e.type)},minEffectSize:parseMinEffect(e.minEffectSize),onProgress:(e,t)=>o.update(e,t)}).finally(()=>o.done());const a=e.format==="json"?JSON.stringify(i,null,2):e.format==="markdown"?renderDriftMarkdown(i):renderDriftText(i);await emit(a,e.output);t(i.dataset_drift?y.failed:y.ok)})}const Ct=e(import.meta.url)("node:url");var Et=r(6640);class Reader{bytes;pos=0;constructor(e){this.bytes=e}varint(){let e=0;let t=1;for(let n=0;n<10;n++){const n=this.bytes[this.pos++];if(n===undefined)throw new RangeError("truncated varint");e+=(n&127)*t;if((n&128)===0)return e;t*=128}throw new RangeError("varint too long")}bytesField(){const e=this.varint();const t=this.pos+e;if(t>this.bytes.length)throw new RangeError("truncated field");const n=this.bytes.subarray(this.pos,t);this.pos=t;return n}skip(e){if(e===0)this.varint();else if(e===1)this.pos+=8;else if(e===2)this.bytesField();else if(e===5)this.pos+=4;else throw new RangeError(`unsupported wire type ${e}`);if(this.pos>this.bytes.length)throw new RangeError("truncated field")}}const Pt=new TextDecoder;function readEntry(e){const t=new Reader(e);let n="";let r="";while(t.pos<e.length){const e=t.varint();const s=Math.floor(e/8);const o=e%8;if(s===1&&o===2)n=Pt.decode(t.bytesField());else if(s===2&&o===2)r=Pt.decode(t.bytesField());else t.skip(o)}return[n,r]}function readModelMetadata(e){const t=new Reader(e);const n={};let r;let s;let o;try{while(t.pos<e.length){const e=t.varint();const i=Math.floor(e/8);const a=e%8;if(i===1&&a===0)r=t.varint();else if(i===2&&a===2)s=Pt.decode(t.bytesField());else if(i===3&&a===2)o=Pt.decode(t.bytesField());else if(i===14&&a===2){const[e,r]=readEntry(t.bytesField());n[e]=r}else t.skip(a)}}catch{return{props:{}}}return{props:n,...r!==undefined?{irVersion:r}:{},...s!==undefined?{producerName:s}:{},...o!==undefined?{producerVersion:o}:{}}}const Tt=["modelship.feature_columns","feature_names"];function featureColumnsFromMetadata(e){for(const t of Tt){const n=e[t];if(n===undefined||n.trim()==="")continue;let r;try{const e=JSON.parse(n);if(Array.isArray(e)&&e.every(e=>typeof e==="string"))r=e}catch{}r??=n.split(",").map(e=>e.trim());return{key:t,columns:r.filter(e=>e.length>0)}}return undefined}const It=["linux/x64","win32/x64"];const zt={linux:["libonnxruntime_providers_cuda.so","libonnxruntime_providers_shared.so"],win32:["onnxruntime_providers_cuda.dll","onnxruntime_providers_shared.dll"]};function bindingDir(e,t=process.platform,n=process.arch){return(0,me.join)(e.packageDir,"bin","napi-v6",t,n)}function checkCuda(e,t=process.platform,n=process.arch){const r=bindingDir(e,t,n);const s=e.ort.listSupportedBackends?.()??[];if(!It.includes(`${t}/${n}`)||!s.some(e=>e.name==="cuda")){return{available:false,reason:`onnxruntime-node ${e.version} has no CUDA provider for ${t}/${n} (only Linux x64 and Windows x64 builds do)`,bindingDir:r}}const o=zt[t]??[];const i=o.filter(e=>!(0,se.existsSync)((0,me.join)(r,e)));if(i.length>0){return{available:false,reason:`the CUDA provider libraries are not installed (${i.join(", ")} missing in ${r})`,bindingDir:r}}return{available:true,reason:"",bindingDir:r}}const Mt="Run on a GPU runner whose tool cache has onnxruntime-node installed with ONNXRUNTIME_NODE_INSTALL=cuda12 "+"(runner-images/ pre-bakes it) and a CUDA 12 driver, or set `device: cpu` "+"(or `gpu: preferred` in the policy to fall back to CPU with a warning)";function messageOf(e){return(e instanceof Error?e.message:String(e)).trim()}function loadError(e,t,n){const r=messageOf(t);if(/protobuf parsing failed/i.test(r)){return new g.yo("is not a valid ONNX model: its bytes do not parse as an ONNX protobuf",{location:{file:e},hint:"The file is truncated or is not an ONNX file (an HTML error page, a pickle, a Git LFS pointer?). Re-export or re-download it",cause:t})}return new g.yo(`could not be loaded by onnxruntime ${n.version}: ${r}`,{location:{file:e},hint:"Re-export the model with an opset and operators onnxruntime supports (opset ≤ 23 for ORT 1.30), or check that the export finished",cause:t})}async function createSession(e,t,n,r){const{runtime:s}=n;const o={graphOptimizationLevel:"all",logSeverityLevel:3};if(n.threads!==undefined)o.intraOpNumThreads=n.threads;const cpu=async()=>{try{return{session:await s.ort.InferenceSession.create(e,{...o,executionProviders:["cpu"]})}}catch(e){throw loadError(t,e,s)}};if((n.device??"cpu")==="cpu")return{...await cpu(),device:"cpu"};const unavailable=async(e,s)=>{if(n.fallback==="cpu"){r.warn(`CUDA was requested for ${t} but ${e}; running on CPU (the policy allows a fallback)`);return{...await cpu(),device:"cpu"}}throw new g.yo(`CUDA was requested to run this model but ${e}`,{location:{file:t},hint:Mt,cause:s})};const i=checkCuda(s,n.platform,n.arch);if(!i.available)return unavailable(i.reason);try{const t=await s.ort.InferenceSession.create(e,{...o,logSeverityLevel:4,executionProviders:["cuda","cpu"]});return{session:t,device:"cuda"}}catch(e){const{session:s}=await cpu();const o=`creating a CUDA session failed (${messageOf(e)}), so no usable GPU with a CUDA 12 driver was found`;if(n.fallback==="cpu"){r.warn(`CUDA was requested for ${t} but ${o}; running on CPU (the policy allows a fallback)`);return{session:s,device:"cpu"}}await s.release();return unavailable(o,e)}}function model_describe(e){return e.map(e=>e.isTensor?{name:e.name,isTensor:true,type:e.type??"unknown",shape:[...e.shape??[]]}:{name:e.name,isTensor:false,type:"non-tensor",shape:[]})}async function loadModel(e,t){const n=t.logger??Et.q;const r=await readUserBytes(e,t.cwd??process.cwd(),"model file");if(r.length===0){throw new g.yo("is empty (0 bytes), not an ONNX model",{location:{file:e},hint:"The export or download did not finish; re-create the file"})}const s=t.rss??(()=>process.memoryUsage.rss());const o=s();const{session:i,device:a}=await createSession(r,e,t,n);const c=readModelMetadata(r);const l=model_describe(i.inputMetadata);const u=model_describe(i.outputMetadata);n.info(`Loaded ${e} (${r.length} bytes, ${a}): inputs ${formatTensors(l)}; outputs ${formatTensors(u)}`);let f=false;return{file:e,sizeBytes:r.length,inputs:l,outputs:u,metadata:c,device:a,session:i,runtime:t.runtime,rssBeforeLoad:o,async dispose(){if(f)return;f=true;await i.release()}}}function formatTensors(e){return e.map(formatTensor).join(", ")}function formatTensor(e){return e.isTensor?`${e.name}: ${e.type}[${e.shape.join(", ")}]`:`${e.name}: (not a tensor)`}function planColumns(e){return e.kind==="matrix"?e.columns:e.feeds.map(e=>e.column)}function modelSignature(e){const tensor=e=>({name:e.name,type:e.type,shape:[...e.shape]});return{inputs:e.inputs.map(tensor),outputs:e.outputs.map(tensor)}}const isDynamic=e=>typeof e!=="number";const formatShape=e=>`[${e.map(e=>e===null?"?":String(e)).join(", ")}]`;function compareTensors(e,t,n){const r=[];const s=new Set(t.map(e=>e.name));for(const s of n){const n=t.find(e=>e.name===s.name);if(n===undefined){r.push(`${e} \`${s.name}\` is recorded in the manifest but the model has no such ${e}`);continue}if(n.type!==s.type)r.push(`${e} \`${s.name}\` has type ${n.type}, the manifest says ${s.type}`);const o=n.shape.length===s.shape.length&&n.shape.every((e,t)=>{const n=s.shape[t]??null;return isDynamic(e)?isDynamic(n):e===n});if(!o){r.push(`${e} \`${s.name}\` has shape ${formatShape(n.shape)}, the manifest says ${formatShape(s.shape)}`)}}for(const t of s){if(!n.some(e=>e.name===t))r.push(`${e} \`${t}\` is not in the manifest`)}return r}function checkSignature(e,t,n="modelship.json"){const r=[...compareTensors("input",e.inputs,t.inputs),...compareTensors("output",e.outputs,t.outputs)];if(r.length===0)return;throw new UserError(`does not match the signature recorded in ${n}: ${r.join("; ")}`,{location:{file:e.file},hint:"The model file is not the one that was registered; re-download the release asset, or register this file as a new version"})}const Rt=["float32","float64"];const signature_list=e=>e.length?e.map(e=>`\`${e}\``).join(", "):"(none)";function feedType(e,t){if(!t.isTensor||!Rt.includes(t.type)){throw new g.yo(`input ${formatTensor(t)} is not a float tensor; modelship feeds numeric columns as float32 or float64`,{location:{file:e.file,key:t.name},hint:"Export the model with float inputs (encode categories and cast integers inside the ONNX graph)"})}return t.type}function checkColumns(e,t,n,r){const s=t.filter(e=>!n.some(t=>t.name===e));if(s.length>0){throw new g.yo(`the data has no column ${signature_list(s)}, which ${r}`,{location:{file:e.file},hint:`The data's columns are ${signature_list(n.map(e=>e.name))}; the model expects ${signature_list(t)}`})}const o=t.filter((e,n)=>t.indexOf(e)!==n);if(o.length>0){throw new g.yo(`feature column ${signature_list([...new Set(o)])} is listed more than once (${r})`,{location:{file:e.file},hint:"List each feature column once, in the order the model expects"})}const i=t.filter(e=>n.find(t=>t.name===e)?.type!=="number");if(i.length>0){throw new g.yo(`feature column ${signature_list(i)} is not numeric (${i.map(e=>n.find(t=>t.name===e)?.type).join(", ")})`,{location:{file:e.file},hint:"The model is fed numbers only: encode categories inside the ONNX graph, or read the column as a number (types: in the data options)"})}}function planFeeds(e,t,n={}){const r=n.logger??Et.q;const s=e.inputs;if(s.length===0){throw new g.yo("has no inputs",{location:{file:e.file},hint:"Re-export the model"})}const o=s.length===1?s[0]:undefined;const i=o!==undefined&&o.shape.length===2&&!(o.shape[1]===1&&t.some(e=>e.name===o.name)&&n.featureColumns===undefined);if(o!==undefined&&i){const s=feedType(e,o);const i=o.shape[1];const a=typeof i==="number"?i:undefined;const c=featureColumnsFromMetadata(e.metadata.props);let l;if(n.featureColumns!==undefined){l={columns:n.featureColumns,from:"option",source:"the feature columns option"}}else if(c!==undefined){l={columns:c.columns,from:"metadata",source:`the model's metadata (\`${c.key}\`)`}}else{const s=new Set(n.exclude??[]);const i=t.filter(e=>e.type==="number"&&!s.has(e.name)).map(e=>e.name);if(a===undefined||i.length!==a){throw new g.yo(`input ${formatTensor(o)} takes ${a??"a dynamic number of"} features, and which columns they are is not stated`+(a!==undefined?` (the data has ${i.length} numeric candidate columns: ${signature_list(i)})`:""),{location:{file:e.file,key:o.name},hint:"Name the feature columns in order (the evaluate step's feature columns option), or store them in the model's metadata as `feature_names` (a JSON array)"})}r.info(`Feeding ${a} numeric columns into \`${o.name}\` in file order: ${i.join(", ")} (name them explicitly to be sure of the order)`);l={columns:i,from:"data",source:"the data"}}if(a!==undefined&&l.columns.length!==a){throw new g.yo(`input ${formatTensor(o)} takes ${a} features but ${l.source} lists ${l.columns.length}: ${signature_list(l.columns)}`,{location:{file:e.file,key:o.name},hint:`Give exactly ${a} feature columns, in the order the model was trained on`})}checkColumns(e,l.columns,t,`${l.source} names`);return{kind:"matrix",input:o.name,type:s,columns:[...l.columns],from:l.from}}const a=s.map(e=>e.name);const c=a.filter(e=>!t.some(t=>t.name===e));if(c.length>0){throw new g.yo(`the model's inputs ${signature_list(c)} have no column of the same name in the data (${s.length>1?"a model with several inputs is fed one column per input, by name":"a single input that is not [N, F] is fed from the column of the same name"})`,{location:{file:e.file},hint:`Expected columns: ${signature_list(a)}; the data has ${signature_list(t.map(e=>e.name))}. Rename the data's columns or the model's inputs`})}if(n.featureColumns!==undefined){const t=n.featureColumns.filter(e=>!a.includes(e));if(t.length>0){throw new g.yo(`feature column ${signature_list(t)} is not an input of the model`,{location:{file:e.file},hint:`The model's inputs are ${signature_list(a)}, fed by name`})}}const l=s.map(t=>{const n=feedType(e,t);const[r,s]=t.shape;const o=t.shape.length;if(!(o===1&&r!==0||o===2&&(s===1||isDynamic(s??null)))){throw new g.yo(`input ${formatTensor(t)} cannot be fed from one column (expected [N] or [N, 1])`,{location:{file:e.file,key:t.name},hint:"Models fed one column per input take [N] or [N, 1] per input; a model with one [N, F] input is fed several columns"})}return{input:t.name,column:t.name,type:n,rank:o}});checkColumns(e,l.map(e=>e.column),t,"the model takes as an input");return{kind:"columns",feeds:l}}const Lt=1e4;const jt=200;const isDataset=e=>typeof e.batches==="function"&&typeof e.schema==="object";function columnsAsBatch(e){const t=Object.keys(e);const n=t.length?e[t[0]].length:0;const r=new Uint8Array(n);const s=t.map(s=>{const o=e[s];if(o.length!==n){throw new Error(`column ${s} has ${o.length} values, ${t[0]} has ${n}: columns must be aligned`)}const i=o instanceof Float64Array?o:Float64Array.from(o);return{type:"number",name:s,values:i,state:r,invalidText:new Map}});return{batch:{length:n,columns:s,file:"(in-memory columns)",firstRow:1},schema:t.map(e=>({name:e,type:"number"}))}}const Ft=["float32","float64"];function chooseOutput(e,t,n){const r={file:e.file};const s=e.outputs.filter(e=>e.isTensor&&Ft.includes(e.type));let o;if(n!==undefined){o=e.outputs.find(e=>e.name===n);if(o===undefined){throw new g.yo(`has no output \`${n}\``,{location:r,hint:`Its outputs are ${formatTensors(e.outputs)}`})}}else if(t==="regression")o=s[0];else o=s.find(e=>/prob/i.test(e.name))??s[0];if(o===undefined||!o.isTensor||!Ft.includes(o.type)){const n=e.outputs.some(e=>!e.isTensor);throw new g.yo(n?`returns its ${t==="regression"?"predictions":"probabilities"} as a sequence of maps (ONNX-ML ZipMap), which onnxruntime-node cannot read`:`has no float tensor output to read ${t==="regression"?"predictions":"probabilities"} from (outputs: ${formatTensors(e.outputs)})`,{location:r,hint:n?"Export the classifier without ZipMap (skl2onnx: options={id(model): {'zipmap': False}}) so probabilities are a float tensor [N, K]":t==="regression"?"The model must output a float32/float64 tensor [N] or [N, 1]":"The model must output probabilities as a float32/float64 tensor"})}const i=o.shape.length;const a=o.shape[1];const c=t==="multiclass"?i===2&&(typeof a!=="number"||a>=2):t==="binary"?i===1||i===2&&(typeof a!=="number"||a===1||a===2):i===1||i===2&&(typeof a!=="number"||a===1);if(!c){const n=t==="multiclass"?"[N, K] class probabilities":t==="binary"?"[N], [N, 1] or [N, 2] probabilities":"[N] or [N, 1] predictions";throw new g.yo(`output ${formatTensor(o)} does not fit a ${t} task: expected ${n}`,{location:{file:e.file,key:o.name},hint:`Check --task, or name the output to read (its outputs are ${formatTensors(e.outputs)})`})}return o}function percentile(e,t){if(e.length===0)return Number.NaN;const n=(e.length-1)*t;const r=Math.floor(n);const s=Math.min(r+1,e.length-1);return e[r]+(n-r)*(e[s]-e[r])}function percentiles(e){const t=Float64Array.from(e).sort();return{p50:percentile(t,.5),p95:percentile(t,.95),p99:percentile(t,.99)}}const newStage=(e,t)=>e==="float32"?new Float32Array(t):new Float64Array(t);function ensure(e,t){if(t<=e.length)return e;let n=Math.max(e.length*2,1024);while(n<t)n*=2;const r=new Float64Array(n);r.set(e);return r}function copyChecked(e,t,n,r,s,o,i){for(let a=r;a<s;a++,o+=i){if(n[a]!==Xe.dO)return a;e[o]=t[a]}return-1}function copyNaN(e,t,n,r,s,o){for(let i=n;i<r;i++,s+=o){const n=t[i];if(n!==n)return i;e[s]=n}return-1}function copyClean(e,t,n,r,s,o){for(let i=n;i<r;i++,s+=o)e[s]=t[i]}function allValid(e,t,n){let r=t;while(r<n&&(e.byteOffset+r)%4!==0)if(e[r++]!==Xe.dO)return false;const s=new Uint32Array(e.buffer,e.byteOffset+r,n-r>>>2);for(let e=0;e<s.length;e++)if(s[e]!==0)return false;for(r+=s.length*4;r<n;r++)if(e[r]!==Xe.dO)return false;return true}function copyOutput(e,t,n,r,s,o,i){if(n===1){s.set(e.subarray(0,t),o);for(let e=o,n=o+t;e<n;e++){const t=s[e];if(i?!(t>=-1e-6&&t<=1+1e-6):!(t-t===0))return e-o}return-1}for(let a=0,c=r;a<t;a++,c+=n){const t=e[c];if(i?!(t>=-1e-6&&t<=1+1e-6):!(t-t===0))return a;s[o+a]=t}return-1}const planKey=e=>JSON.stringify(e);async function scoreModels(e,t,n){const r=n.logger??Et.q;const s=n.now??(()=>performance.now());const o=n.rss??(()=>process.memoryUsage.rss());const i=n.measure??false;const a=Math.max(1,Math.floor(n.batchSize??Lt));const c=Math.max(0,Math.floor(n.probeRuns??jt));const l=n.nulls==="nan";const{task:u}=n;const f=isDataset(t)?undefined:columnsAsBatch(t);const d=f?f.schema:t.schema.columns;const h=new Map;const p=e.map(e=>{const t=e.plan??planFeeds(e.model,d,n);const s=chooseOutput(e.model,u,e.output);const o=planKey(t);let i=h.get(o);if(i===undefined){const e=planColumns(t);const n=t.kind==="matrix"?[newStage(t.type,a*e.length)]:t.feeds.map(e=>newStage(e.type,a));i={key:o,plan:t,columns:e,stages:n};h.set(o,i)}r.info(`Scoring ${e.model.file} in batches of ${a}: ${t.kind==="matrix"?`\`${t.input}\` ← [${t.columns.join(", ")}]`:t.feeds.map(e=>`\`${e.input}\` ← ${e.column}`).join(", ")}; reading \`${s.name}\``);const c=u==="multiclass"?n.classes?.length??0:1;return{model:e.model,group:i,output:s,result:new Float64Array(0),k:c,runs:0,batchTimes:[]}});let m=0;let y=i?o():0;const feedsFor=(e,t,n,r=0)=>{const{Tensor:s}=e.model.runtime.ort;const o=e.group.plan;if(o.kind==="matrix"){const e=o.columns.length;return{[o.input]:new s(o.type,n[0].subarray(r*e,(r+t)*e),[t,e])}}const i={};o.feeds.forEach((e,o)=>{i[e.input]=new s(e.type,n[o].subarray(r,r+t),e.rank===1?[t]:[t,1])});return i};const run=async(e,t,n,r)=>{const{model:s,output:o}=e;try{return(await s.session.run(t,[o.name]))[o.name]}catch(e){throw new g.yo(`onnxruntime refused to score rows ${r}–${r+n-1}: ${(e instanceof Error?e.message:String(e)).trim()}`,{location:{file:s.file},hint:`modelship fed ${Object.entries(t).map(([e,t])=>`${e}: ${t.type}[${t.dims.join(", ")}]`).join(", ")}; the model expects ${formatTensors(s.inputs)}`,cause:e})}};const notProbability=(e,t,n)=>{throw new g.yo(`row ${n}: output \`${e.output.name}\` is ${t}, which is not a probability`,{location:{file:e.model.file,key:e.output.name},hint:"The model seems to output scores or logits; end it with a Sigmoid (binary) or Softmax (multiclass), or evaluate it as a regression"})};const collect=(e,t,r)=>{const{model:s,output:o}=e;const i=t?.data;if(t===undefined||!(i instanceof Float32Array||i instanceof Float64Array)){throw new g.yo(`output \`${o.name}\` did not come back as a float tensor`,{location:{file:s.file}})}const a=t.dims;const c=a.length===1?1:a[1]??0;if(a[0]!==r||a.length>2||i.length!==r*c){throw new g.yo(`output \`${o.name}\` has shape [${a.join(", ")}] for a batch of ${r} rows; expected ${r} rows`,{location:{file:s.file,key:o.name}})}const l=m+1;if(u==="multiclass"){if(e.k===0)e.k=c;const t=e.k;if(c!==t||c<2){throw new g.yo(`output \`${o.name}\` has ${c} columns but ${n.classes?`${n.classes.length} classes were given`:`an earlier batch had ${t}`}`,{location:{file:s.file,key:o.name},hint:"A multiclass model must output one probability per class, [N, K]"})}const a=e.result=ensure(e.result,(m+r)*t);for(let n=0;n<r;n++){let r=0;for(let s=0;s<t;s++){const o=i[n*t+s];if(!(o>=-1e-6&&o<=1+1e-6))notProbability(e,o,l+n);r+=o;a[(m+n)*t+s]=o}if(Math.abs(r-1)>.001){throw new g.yo(`row ${l+n}: output \`${o.name}\` sums to ${r}, not 1; these are not class probabilities`,{location:{file:s.file,key:o.name},hint:"End the model with a Softmax over the classes"})}}return}if(c!==1&&!(u==="binary"&&c===2)){throw new g.yo(`output \`${o.name}\` has ${c} columns; a ${u} model must output ${u==="binary"?"[N], [N, 1] or [N, 2]":"[N] or [N, 1]"}`,{location:{file:s.file,key:o.name}})}e.result=ensure(e.result,m+r);const f=copyOutput(i,r,c,c-1,e.result,m,u==="binary");if(f>=0){const t=i[f*c+c-1];if(u==="binary")notProbability(e,t,l+f);throw new g.yo(`row ${l+f}: the model predicted ${t}`,{location:{file:s.file,key:o.name},hint:"Check the row's features (nulls fed as NaN?) and the model"})}};const flush=async e=>{for(const t of h.values()){if(t.probe===undefined&&i){const n=Math.min(e,c)*(t.plan.kind==="matrix"?t.columns.length:1);t.probe=t.stages.map(e=>e.slice(0,n))}}for(const t of p){const n=feedsFor(t,e,t.group.stages);const r=i?s():0;const a=await run(t,n,e,m+1);if(i){t.batchTimes.push(s()-r);const e=o();if(e>y)y=e}t.runs++;collect(t,a,e)}m+=e};const nullError=(e,t,n,r=false)=>{const s=r?Xe.Cq:t.state[n];const o=e.lines?.[n];const i=t.invalidText.get(n);throw new g.yo(s===Xe.uY?`feature \`${t.name}\` holds ${JSON.stringify(i??"")} in row ${e.firstRow+n}, which is not a number`:`feature \`${t.name}\` is missing (null) in row ${e.firstRow+n}; the model cannot be fed a missing value`,{location:{file:e.file,...o!==undefined?{line:o}:{},key:t.name},hint:s===Xe.uY?"Fix the value, or validate the data first (modelship validate)":"Fill or drop missing feature values before evaluating, or set nulls: 'nan' if the model handles NaN itself"})};const stage=(e,t,n,r,s,o)=>{const i=t.plan.kind==="matrix";const a=t.columns.length;const c=i?a:1;for(let u=0;u<a;u++){const d=n[u];const h=i?t.stages[0]:t.stages[u];const p=i?o*a+u:o;const m=f!==undefined;if(!m&&allValid(d.state,r,r+s)){if(!i)h.set(d.values.subarray(r,r+s),p);else copyClean(h,d.values,r,r+s,p,c);continue}let g=r;for(;;){const t=p+(g-r)*c;const n=m?copyNaN(h,d.values,g,r+s,t,c):copyChecked(h,d.values,d.state,g,r+s,t,c);if(n<0)break;if(!l)nullError(e,d,n,m);h[p+(n-r)*c]=Number.NaN;g=n+1}}};let v=0;const consume=async e=>{n.onBatch?.(e);const t=[...h.values()].map(t=>({group:t,cols:t.columns.map(t=>{const n=e.columns.find(e=>e.name===t);if(n===undefined||n.type!=="number"){throw new g.yo(`feature column \`${t}\` is ${n===undefined?"missing":`a ${n.type} column`} in this file`,{location:{file:e.file,key:t},hint:"Every file of the dataset must have the feature columns as numbers"})}return n})}));let r=0;while(r<e.length){const n=Math.min(a-v,e.length-r);for(const{group:s,cols:o}of t)stage(e,s,o,r,n,v);v+=n;r+=n;if(v===a){await flush(v);v=0}}};if(f){for(const e of p)e.result=new Float64Array(f.batch.length*Math.max(1,e.k));await consume(f.batch)}else for await(const e of t.batches())await consume(e);if(v>0)await flush(v);return Promise.all(p.map(async e=>{const t=e.k;let r;if(u==="binary")r={task:u,score:e.result.slice(0,m)};else if(u==="regression")r={task:u,prediction:e.result.slice(0,m)};else{const s=n.classes??Array.from({length:t},(e,t)=>String(t));r={task:u,classes:s,probabilities:e.result.slice(0,m*t)}}return{predictions:r,rows:m,plan:e.group.plan,output:e.output.name,batches:e.runs}})).then(async e=>{if(!i)return e;const t=[];for(const[n,r]of p.entries()){const i=[];const a=r.group.probe;const l=a===undefined?0:Math.min(m,c);for(let e=0;a!==undefined&&l>0&&e<c;e++){const t=feedsFor(r,1,a,e%l);const n=s();await run(r,t,1,e%l+1);i.push(s()-n)}const u=o();if(u>y)y=u;t.push({...e[n],measurements:{latency_ms:{batch:percentiles(r.batchTimes),row:percentiles(i)},size_mb:r.model.sizeBytes/1e6,memory_mb:Math.max(0,y-r.model.rssBeforeLoad)/1e6}})}return t})}async function scoreDataset(e,t,n){const r={model:e,...n.plan?{plan:n.plan}:{},...n.output!==undefined?{output:n.output}:{}};const[s]=await scoreModels([r],t,n);return s}const Dt=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function argsort(e){const t=e.length;if(t<2048||!Dt){const n=Uint32Array.from({length:t},(e,t)=>t);return n.sort((t,n)=>e[t]-e[n]||t-n)}const n=new Uint32Array(e.buffer,e.byteOffset,t*2);const r=new Uint32Array(t);const s=new Uint32Array(t);for(let e=0;e<t;e++){const t=n[2*e+1];const o=n[2*e];if(t&2147483648){r[e]=~t>>>0;s[e]=~o>>>0}else{r[e]=(t|2147483648)>>>0;s[e]=o}}let o=Uint32Array.from({length:t},(e,t)=>t);let i=new Uint32Array(t);const a=new Uint32Array(65536);const c=[[s,0],[s,16],[r,0],[r,16]];for(const[e,n]of c){a.fill(0);for(let r=0;r<t;r++)a[e[o[r]]>>>n&65535]++;if(a[e[o[0]]>>>n&65535]===t)continue;let r=0;for(let e=0;e<65536;e++){const t=a[e];a[e]=r;r+=t}for(let r=0;r<t;r++){const t=o[r];i[a[e[t]>>>n&65535]++]=t}[o,i]=[i,o]}return o}const Bt=.5;function confusion(e,t,n){const r={tp:0,fp:0,fn:0,tn:0};for(let s=0;s<e.length;s++){const o=n?n[s]:1;const i=t[s]>Bt;if(e[s]===1){if(i)r.tp+=o;else r.fn+=o}else if(i)r.fp+=o;else r.tn+=o}return r}function ratio(e,t){return t===0?0:e/t}function accuracyFrom(e){const t=e.tp+e.fp+e.fn+e.tn;return t===0?NaN:(e.tp+e.tn)/t}function precisionFrom(e){return ratio(e.tp,e.tp+e.fp)}function recallFrom(e){return ratio(e.tp,e.tp+e.fn)}function f1From(e){return ratio(2*e.tp,2*e.tp+e.fp+e.fn)}function binaryAccuracy(e,t,n){return accuracyFrom(confusion(e,t,n))}function precision(e,t,n){return precisionFrom(confusion(e,t,n))}function recall(e,t,n){return recallFrom(confusion(e,t,n))}function f1(e,t,n){return f1From(confusion(e,t,n))}function rankOrder(e){const t=argsort(e);const n=new Uint8Array(t.length);let r=NaN;for(let s=0;s<t.length;s++){const o=e[t[s]];if(o!==r)n[s]=1;r=o}return{order:t,groupStart:n}}function rocAuc(e,t,n,r){const{order:s,groupStart:o}=r??rankOrder(t);let i=0;let a=0;let c=0;let l=0;for(let t=0;t<s.length;t++){const r=s[t];if(o[t]){a+=c*(i+.5*l);i+=l;c=0;l=0}const u=n?n[r]:1;if(e[r]===1)c+=u;else l+=u}a+=c*(i+.5*l);i+=l;let u=0;for(let t=0;t<s.length;t++)if(e[s[t]]===1)u+=n?n[s[t]]:1;const f=u*i;return f===0?NaN:a/f}function averagePrecision(e,t,n,r){const{order:s,groupStart:o}=r??rankOrder(t);let i=0;for(let t=0;t<e.length;t++)if(e[t]===1)i+=n?n[t]:1;if(i===0)return 0;let a=0;let c=0;let l=0;let u=0;let f=0;for(let t=s.length-1;t>=0;t--){const r=s[t];const d=n?n[r]:1;if(e[r]===1)u+=d;else f+=d;if(o[t]){a+=u;c+=f;if(u>0)l+=u/i*(a/(a+c));u=0;f=0}}return Math.max(0,l)}const Ut=2220446049250313e-31;function binaryLogLossTerm(e,t){const n=e===1?t:1-t;return-Math.log(Math.min(Math.max(n,Ut),1-Ut))}function binaryLogLoss(e,t,n){let r=0;let s=0;for(let o=0;o<e.length;o++){const i=n?n[o]:1;if(i===0)continue;r+=i*binaryLogLossTerm(e[o],t[o]);s+=i}return s===0?NaN:r/s}function brierTerm(e,t){const n=1-e-(1-t);const r=e-t;return.5*(n*n+r*r)}function brier(e,t,n){let r=0;let s=0;for(let o=0;o<e.length;o++){const i=n?n[o]:1;if(i===0)continue;r+=i*brierTerm(e[o],t[o]);s+=i}return s===0?NaN:r/s}const qt=10;const Vt=Array.from({length:qt-1},(e,t)=>(t+1)*.1);function calibrationBin(e){let t=Math.min(qt-1,Math.max(0,Math.ceil(e*qt)-1));while(t>0&&Vt[t-1]>=e)t--;while(t<qt-1&&Vt[t]<e)t++;return t}function calibrationBins(e,t,n){const r=new Float64Array(qt);const s=new Float64Array(qt);const o=new Float64Array(qt);for(let i=0;i<e.length;i++){const a=n?n[i]:1;if(a===0)continue;const c=calibrationBin(t[i]);r[c]+=a;s[c]+=a*t[i];o[c]+=a*e[i]}return Array.from({length:qt},(e,t)=>({low:t===0?0:Vt[t-1],high:t===qt-1?1:Vt[t],count:r[t],meanScore:r[t]?s[t]/r[t]:NaN,positiveRate:r[t]?o[t]/r[t]:NaN}))}function eceFromBins(e){let t=0;let n=0;for(const r of e){if(r.count===0)continue;t+=r.count;n+=r.count*Math.abs(r.positiveRate-r.meanScore)}return t===0?NaN:n/t}function ece(e,t,n){return eceFromBins(calibrationBins(e,t,n))}const Ht={binary:["accuracy","precision","recall","f1","roc_auc","pr_auc","log_loss","brier","ece"],multiclass:["accuracy","macro_f1","micro_f1","log_loss"],regression:["rmse","mae","r2","mape"]};const Zt={binary:"roc_auc",multiclass:"macro_f1",regression:"rmse"};const Kt={accuracy:"higher",precision:"higher",recall:"higher",f1:"higher",roc_auc:"higher",pr_auc:"higher",log_loss:"lower",brier:"lower",ece:"lower",macro_f1:"higher",micro_f1:"higher",rmse:"lower",mae:"lower",r2:"higher",mape:"lower"};function higherIsBetter(e){return Kt[e]==="higher"}function improvement(e,t,n){return higherIsBetter(e)?t-n:n-t}function argmaxRows(e,t){const n=t===0?0:e.length/t;const r=new Int32Array(n);for(let s=0;s<n;s++){let n=0;let o=e[s*t];for(let r=1;r<t;r++){const i=e[s*t+r];if(i>o){o=i;n=r}}r[s]=n}return r}function confusionMatrix(e,t,n,r){const s=new Float64Array(n*n);for(let o=0;o<e.length;o++)s[e[o]*n+t[o]]+=r?r[o]:1;return s}function accuracyFromMatrix(e,t){let n=0;let r=0;for(let s=0;s<t;s++){for(let r=0;r<t;r++)n+=e[s*t+r];r+=e[s*t+s]}return n===0?NaN:r/n}function macroF1FromMatrix(e,t){let n=0;let r=0;for(let s=0;s<t;s++){let o=0;let i=0;for(let n=0;n<t;n++){o+=e[s*t+n];i+=e[n*t+s]}if(o===0&&i===0)continue;const a=e[s*t+s];r++;n+=2*a/(o+i)}return r===0?NaN:n/r}function microF1FromMatrix(e,t){let n=0;let r=0;for(let s=0;s<t;s++){for(let r=0;r<t;r++)n+=e[s*t+r];r+=e[s*t+s]}const s=n-r;return n===0?NaN:2*r/(2*r+2*s)}function multiclassAccuracy(e,t,n){return accuracyFromMatrix(confusionMatrix(e,argmaxRows(t,n),n),n)}function macroF1(e,t,n){return macroF1FromMatrix(confusionMatrix(e,argmaxRows(t,n),n),n)}function microF1(e,t,n){return microF1FromMatrix(confusionMatrix(e,argmaxRows(t,n),n),n)}function multiclassLogLossTerm(e,t,n,r){return-Math.log(Math.min(Math.max(e[n*t+r],Ut),1-Ut))}function multiclassLogLoss(e,t,n,r){let s=0;let o=0;for(let i=0;i<e.length;i++){const a=r?r[i]:1;if(a===0)continue;s+=a*multiclassLogLossTerm(t,n,i,e[i]);o+=a}return o===0?NaN:s/o}function apeTerm(e,t){return Math.abs(t-e)/Math.max(Math.abs(e),Ut)}function regressionSums(e,t,n){const r={n:0,sumY:0,sumY2:0,sse:0,sae:0,sape:0};for(let s=0;s<e.length;s++){const o=n?n[s]:1;if(o===0)continue;const i=e[s];const a=i-t[s];r.n+=o;r.sumY+=o*i;r.sumY2+=o*i*i;r.sse+=o*a*a;r.sae+=o*Math.abs(a);r.sape+=o*apeTerm(i,t[s])}return r}function rmseFrom(e){return e.n===0?NaN:Math.sqrt(e.sse/e.n)}function maeFrom(e){return e.n===0?NaN:e.sae/e.n}function mapeFrom(e){return e.n===0?NaN:e.sape/e.n}function r2From(e,t){if(!(e.n>=2))return NaN;const n=t??Math.max(0,e.sumY2-e.sumY*e.sumY/e.n);if(n===0)return e.sse===0?1:0;return 1-e.sse/n}function totalSumOfSquares(e,t){let n=0;let r=0;for(let s=0;s<e.length;s++){const o=t?t[s]:1;n+=o;r+=o*e[s]}if(n===0)return 0;const s=r/n;let o=0;for(let n=0;n<e.length;n++){const r=e[n]-s;o+=(t?t[n]:1)*r*r}return o}function rmse(e,t,n){return rmseFrom(regressionSums(e,t,n))}function mae(e,t,n){return maeFrom(regressionSums(e,t,n))}function mape(e,t,n){return mapeFrom(regressionSums(e,t,n))}function r2(e,t,n){return r2From(regressionSums(e,t,n),totalSumOfSquares(e,n))}function splitmix32(e){let t=e+2654435769>>>0;t=Math.imul(t^t>>>16,2246822507);t=Math.imul(t^t>>>13,3266489909);return(t^t>>>16)>>>0}function sfc32State(e,t){const n=e>>>0;const r=Math.floor(e/4294967296)>>>0;let s=splitmix32(n^splitmix32(r^splitmix32(t>>>0)));const o=new Uint32Array(4);for(let e=0;e<4;e++){s=splitmix32(s);o[e]=s}for(let e=0;e<16;e++)sfc32Next(o);return o}function sfc32Next(e){const t=e[0];const n=e[1];const r=e[2];const s=e[3];const o=(t+n>>>0)+s>>>0;e[3]=s+1>>>0;e[0]=n^n>>>9;e[1]=r+(r<<3)>>>0;e[2]=((r<<21|r>>>11)>>>0)+o>>>0;return o}const Gt=(()=>{const e=[];let t=Math.exp(-1);let n=0;for(let r=0;r<12;r++){n+=t;e.push(n);t/=r+1}const r=new Uint8Array(65536);for(let t=0;t<65536;t++){const n=(t+.5)/65536;let s=0;while(s<e.length&&e[s]<=n)s++;r[t]=s}return r})();function poissonCounts(e,t,n){const r=sfc32State(t,n);let s=r[0]|0;let o=r[1]|0;let i=r[2]|0;let a=r[3]|0;const c=Gt;const l=e.length;for(let t=0;t<l;t+=2){const n=s+o+a|0;a=a+1|0;s=o^o>>>9;o=i+(i<<3)|0;i=(i<<21|i>>>11)+n|0;e[t]=c[n&65535];if(t+1<l)e[t+1]=c[n>>>16]}}function bootstrap_percentile(e,t){const n=e.length;if(n===0)return NaN;const r=(n-1)*t;const s=Math.floor(r);const o=Math.min(n-1,s+1);return e[s]+(r-s)*(e[o]-e[s])}function pairedBootstrap(e,t,n,r,s){const o=e.label.length;const i=r.filter(t=>Ht[e.task].includes(t));const a=buildKernels(e,t,n,i);const c=new Uint8Array(o).fill(1);const l=i.map(()=>new Float64Array(s.resamples));const u=new Uint8Array(o);for(let e=0;e<s.resamples;e++){poissonCounts(u,s.seed,e);for(let t=0;t<a.length;t++)l[t][e]=a[t](u)}const f=(1-s.confidence)/2;return i.map((e,t)=>{const n=l[t].filter(e=>Number.isFinite(e)).sort();return{metric:e,delta:a[t](c),ci_low:bootstrap_percentile(n,f),ci_high:bootstrap_percentile(n,1-f),resamples:n.length}})}function buildKernels(e,t,n,r){if(e.task==="binary"&&t.task==="binary"&&n.task==="binary"){return binaryKernels(e.label,t.score,n.score,r)}if(e.task==="multiclass"&&t.task==="multiclass"&&n.task==="multiclass"){return multiclassKernels(e.label,t,n,r)}if(e.task==="regression"&&t.task==="regression"&&n.task==="regression"){return regressionKernels(e.label,t.prediction,n.prediction,r)}throw new Error(`pairedBootstrap: labels (${e.task}) and predictions disagree on the task`)}function meanDifference(e,t){return n=>{let r=0;let s=0;let o=0;for(let i=0;i<n.length;i++){const a=n[i];o+=a;r+=a*e[i];s+=a*t[i]}return o===0?NaN:(r-s)/o}}function binaryKernels(e,t,n,r){const s=e.length;const o=rankOrder(t);const i=o.order;const a=new Uint8Array(s);const c=new Float64Array(s);const l=new Float64Array(s);const u=new Uint32Array(s);for(let r=0;r<s;r++){const s=i[r];a[r]=e[s]===1?1:0;c[r]=t[s];l[r]=n[s];u[s]=r}const lazy=e=>{let t;return()=>t??=e()};const f=lazy(()=>makeWalk(a,Uint32Array.from({length:s},(e,t)=>t),o.groupStart));const d=lazy(()=>{const e=rankOrder(n);const t=new Uint32Array(s);for(let n=0;n<s;n++)t[n]=u[e.order[n]];return makeWalk(a,t,e.groupStart)});const h=lazy(()=>{const e=new Uint8Array(s);for(let t=0;t<s;t++)e[t]=a[t]*4+(c[t]>Bt?2:0)+(l[t]>Bt?1:0);return e});const confusions=e=>{const t=h();const n=new Float64Array(8);for(let r=0;r<s;r++)n[t[r]]+=e[r];const at=e=>n[e];const r={tp:at(6)+at(7),fn:at(4)+at(5),fp:at(2)+at(3),tn:at(0)+at(1)};const o={tp:at(5)+at(7),fn:at(4)+at(6),fp:at(1)+at(3),tn:at(0)+at(2)};return[r,o]};const fromConfusion=e=>t=>{const[n,r]=confusions(t);return e(n)-e(r)};const terms=(e,t)=>{const n=new Float64Array(s);for(let r=0;r<s;r++)n[r]=e(a[r],t[r]);return n};const p=r.map(e=>{switch(e){case"accuracy":return fromConfusion(accuracyFrom);case"precision":return fromConfusion(precisionFrom);case"recall":return fromConfusion(recallFrom);case"f1":return fromConfusion(f1From);case"roc_auc":return e=>walkAuc(f(),e)-walkAuc(d(),e);case"pr_auc":return e=>walkAp(f(),e)-walkAp(d(),e);case"log_loss":return meanDifference(terms(binaryLogLossTerm,c),terms(binaryLogLossTerm,l));case"brier":return meanDifference(terms(brierTerm,c),terms(brierTerm,l));case"ece":return eceKernel(a,c,l);default:throw new Error(`no bootstrap kernel for ${e} on a binary task`)}});return p}function makeWalk(e,t,n){const r=e.length;const s=new Uint8Array(r);const o=new Uint32Array(r);const i=[];let a=true;for(let c=0;c<r;){let l=c+1;while(l<r&&!n[l])l++;if(l-c>1)i.push(c,l);let u=c;for(const n of[1,0]){for(let r=c;r<l;r++){const i=t[r];if(e[i]!==n)continue;s[u]=n;o[u]=i;if(i!==u)a=false;u++}}c=l}return{y:s,groupStart:n,index:a?undefined:o,ties:Uint32Array.from(i)}}const Wt=256;function walkAuc({y:e,index:t,ties:n},r){const s=e.length;let o=0;let i=0;let a=0;for(let n=0;n<s;n+=Wt){const c=Math.min(s,n+Wt);let l=0;let u=0;let f=0;if(t===undefined){for(let t=n;t<c;t++){const n=r[t];const s=n&-e[t];f+=s*u;l+=s;u+=n-s}}else{for(let s=n;s<c;s++){const n=r[t[s]];const o=n&-e[s];f+=o*u;l+=o;u+=n-o}}a+=f+l*o;i+=l;o+=u}for(let s=0;s<n.length;s+=2){let o=0;let i=0;for(let a=n[s];a<n[s+1];a++){const n=t===undefined?r[a]:r[t[a]];if(e[a])o+=n;else i+=n}a+=.5*o*i}const c=i*o;return c===0?NaN:a/c}function walkAp({y:e,groupStart:t,index:n},r){const s=e.length;let o=0;for(let t=0;t<s;t++)o+=e[t]*(n===undefined?r[t]:r[n[t]]);if(o===0)return NaN;let i=0;let a=0;let c=0;let l=0;let u=0;for(let o=s-1;o>=0;o--){const s=n===undefined?r[o]:r[n[o]];const f=e[o];l+=f*s;u+=(1-f)*s;if(t[o]){i+=l;a+=u;if(l>0)c+=l*(i/(i+a));l=0;u=0}}return c/o}function eceKernel(e,t,n){const r=e.length;const s=new Uint8Array(r);const o=new Uint8Array(r);for(let e=0;e<r;e++){s[e]=calibrationBin(t[e]);o[e]=calibrationBin(n[e])}const one=(t,n,s)=>{const o=new Float64Array(qt);const i=new Float64Array(qt);const a=new Float64Array(qt);for(let c=0;c<r;c++){const r=s[c];const l=t[c];o[l]+=r;i[l]+=r*n[c];a[l]+=r*e[c]}let c=0;let l=0;for(let e=0;e<qt;e++){const t=o[e];if(t===0)continue;c+=t;l+=Math.abs(a[e]-i[e])}return c===0?NaN:l/c};return e=>one(s,t,e)-one(o,n,e)}function multiclassKernels(e,t,n,r){const s=t.classes.length;const o=e.length;const i=argmaxRows(t.probabilities,s);const a=argmaxRows(n.probabilities,s);const c=new Int32Array(o);const l=new Int32Array(o);for(let t=0;t<o;t++){c[t]=e[t]*s+i[t];l[t]=e[t]*s+a[t]}const matrix=(e,t)=>{const n=new Float64Array(s*s);for(let r=0;r<o;r++)n[e[r]]+=t[r];return n};const fromMatrix=e=>t=>e(matrix(c,t),s)-e(matrix(l,t),s);const lossTerms=t=>{const n=new Float64Array(o);for(let r=0;r<o;r++)n[r]=multiclassLogLossTerm(t,s,r,e[r]);return n};return r.map(e=>{switch(e){case"accuracy":return fromMatrix(accuracyFromMatrix);case"micro_f1":return fromMatrix(microF1FromMatrix);case"macro_f1":return fromMatrix(macroF1FromMatrix);case"log_loss":return meanDifference(lossTerms(t.probabilities),lossTerms(n.probabilities));default:throw new Error(`no bootstrap kernel for ${e} on a multiclass task`)}})}function regressionKernels(e,t,n,r){const s=e.length;const per=e=>Float64Array.from({length:s},(t,n)=>e(n));return r.map(r=>{switch(r){case"mae":return meanDifference(per(n=>Math.abs(e[n]-t[n])),per(t=>Math.abs(e[t]-n[t])));case"mape":return meanDifference(per(n=>apeTerm(e[n],t[n])),per(t=>apeTerm(e[t],n[t])));case"rmse":case"r2":{const o=per(n=>(e[n]-t[n])**2);const i=per(t=>(e[t]-n[t])**2);let a=0;for(let t=0;t<s;t++)a+=e[t];a/=s||1;const c=per(t=>e[t]-a);return e=>{let t=0;let n=0;let a=0;let l=0;let u=0;for(let f=0;f<s;f++){const s=e[f];t+=s;n+=s*o[f];a+=s*i[f];if(r==="r2"){const e=c[f];l+=s*e;u+=s*e*e}}if(t===0)return NaN;if(r==="rmse")return Math.sqrt(n/t)-Math.sqrt(a/t);if(t<2)return NaN;const f=Math.max(0,u-l*l/t);const r2=e=>f===0?e===0?1:0:1-e/f;return r2(n)-r2(a)}}default:throw new Error(`no bootstrap kernel for ${r} on a regression task`)}})}const Yt=51;function curveGrid(){return Array.from({length:Yt},(e,t)=>t/(Yt-1))}function thresholdCounts(e,t){const{order:n,groupStart:r}=t;const s=[];const o=[];let i=0;let a=0;for(let t=n.length-1;t>=0;t--){if(e[n[t]]===1)i++;else a++;if(r[t]){s.push(a);o.push(i)}}return{fps:s,tps:o}}function rocCurve(e,t,n=rankOrder(t)){const{fps:r,tps:s}=thresholdCounts(e,n);const o=s.at(-1)??0;const i=r.at(-1)??0;if(o===0||i===0)return{x:[],y:[]};const a=[0,...r.map(e=>e/i)];const c=[0,...s.map(e=>e/o)];const l=curveGrid();let u=0;const f=l.map(e=>{while(u+1<a.length&&a[u+1]<=e)u++;if(u+1>=a.length||a[u]===e)return c[u];const t=(e-a[u])/(a[u+1]-a[u]);return c[u]+t*(c[u+1]-c[u])});return{x:l,y:f}}function prCurve(e,t,n=rankOrder(t)){const{fps:r,tps:s}=thresholdCounts(e,n);const o=s.at(-1)??0;if(o===0)return{x:[],y:[]};const i=curveGrid();let a=0;const c=i.map(e=>{while(a<s.length-1&&s[a]/o<e)a++;return s[a]/(s[a]+r[a])});return{x:i,y:c}}function binaryCurves(e,t){const n=rankOrder(t);return{roc:rocCurve(e,t,n),pr:prCurve(e,t,n),calibration:calibrationBins(e,t).map(e=>({low:e.low,high:e.high,count:e.count,mean_score:e.count?e.meanScore:null,positive_rate:e.count?e.positiveRate:null}))}}function primaryMetric(e,t){const n=Ht[t];const check=(e,r)=>{if(!n.includes(e)){throw new g.yo(`metric \`${e}\` does not apply to a ${t} model`,{location:{key:r},hint:`The ${t} metrics are ${n.join(", ")}`})}};if(e.metric!==undefined)check(e.metric,"evaluate.metric");for(const t of Object.keys(e.min))check(t,`evaluate.min.${t}`);for(const t of Object.keys(e.max))check(t,`evaluate.max.${t}`);return e.metric??Zt[t]}const fmt=e=>e===null||e===undefined?"n/a":Number.isInteger(e)?String(e):e.toPrecision(4);function gate(e){const{policy:t,task:n,candidate:r}=e;const s=primaryMetric(t,n);const o=[];for(const[e,n]of Object.entries(t.min)){const t=r[e]??null;const s=t!==null&&t>=n;o.push({name:`min ${e}`,threshold:n,value:t,passed:s,message:t===null?`${e} is undefined on these rows, so the minimum of ${fmt(n)} cannot be met`:`${e} is ${fmt(t)}, ${s?"at or above":"below"} the minimum of ${fmt(n)}`})}for(const[e,n]of Object.entries(t.max)){const t=r[e]??null;const s=t!==null&&t<=n;o.push({name:`max ${e}`,threshold:n,value:t,passed:s,message:t===null?`${e} is undefined on these rows, so the maximum of ${fmt(n)} cannot be checked`:`${e} is ${fmt(t)}, ${s?"at or below":"above"} the maximum of ${fmt(n)}`})}const i=e.comparison;if(i){const n=higherIsBetter(s);const r=n?i.ci_low:i.ci_high===null?null:-i.ci_high;const a=r!==null&&r>=t.min_delta;const c=`${fmt(t.confidence*100)}%`;o.push({name:`improvement ${s}`,threshold:t.min_delta,value:r,passed:a,message:r===null?`the ${c} interval of the ${s} change could not be computed`:`${s} changed by ${fmt(i.delta)} (${c} CI ${fmt(i.ci_low)} to ${fmt(i.ci_high)}); `+`the improvement is at least ${fmt(r)} at ${c} confidence, `+`${a?"meeting":"short of"} the required ${fmt(t.min_delta)}`+(n?"":` (${s}: lower is better)`)});for(const n of e.slices){if(!n.gated||!n.champion)continue;const e=n.candidate.metrics[s];const r=n.champion.metrics[s];if(e==null||r==null)continue;const i=-improvement(s,e,r);const a=i<=t.slices.max_regression;const c=`${n.column} = ${n.value??"null"}`;o.push({name:`slice ${c}`,threshold:t.slices.max_regression,value:i,passed:a,message:`${s} in slice ${c} (${n.rows} rows) is ${fmt(e)} vs ${fmt(r)} for the champion: `+(i>0?`a regression of ${fmt(i)}`:"no regression")+(a?", within":", over")+` the allowed ${fmt(t.slices.max_regression)}`})}}const a=e.measurements;const c=[["latency_p50_ms",a?.latency?.per_batch?.p50,"median latency per batch (ms)"],["latency_p95_ms",a?.latency?.per_batch?.p95,"p95 latency per batch (ms)"],["latency_p99_ms",a?.latency?.per_batch?.p99,"p99 latency per batch (ms)"],["row_latency_p50_ms",a?.latency?.per_row?.p50,"median latency of a single-row request (ms)"],["row_latency_p95_ms",a?.latency?.per_row?.p95,"p95 latency of a single-row request (ms)"],["row_latency_p99_ms",a?.latency?.per_row?.p99,"p99 latency of a single-row request (ms)"],["size_mb",a?.size_mb,"model size (MB)"],["memory_mb",a?.memory_mb,"peak memory while scoring (MB)"]];for(const[e,n,r]of c){const s=t.budgets[e];if(s===undefined)continue;const i=n??null;const a=i!==null&&i<=s;o.push({name:`budget ${e}`,threshold:s,value:i,passed:a,message:i===null?`${r} was not measured, so the budget of ${fmt(s)} cannot be verified (predictions-only mode measures nothing; score the ONNX model or drop the budget)`:`${r} is ${fmt(i)}, ${a?"within":"over"} the budget of ${fmt(s)}`})}return{passed:o.every(e=>e.passed),checks:o}}function predictionRows(e){switch(e.task){case"binary":return e.score.length;case"multiclass":return e.classes.length===0?0:e.probabilities.length/e.classes.length;case"regression":return e.prediction.length}}function finite(e){return Number.isFinite(e)?e:null}function checkAligned(e,t,n){if(e.task!==t.task){throw new g.yo(`the ${n} predictions are for a ${t.task} task, but the labels are ${e.task}`)}const r=predictionRows(t);if(r!==e.label.length){throw new g.yo(`the ${n} predictions have ${r} rows but there are ${e.label.length} labels`)}if(e.task==="multiclass"&&t.task==="multiclass"){const r=e.classes.join("\0");const s=t.classes.join("\0");if(r!==s){throw new g.yo(`the ${n} model's classes (${t.classes.join(", ")}) differ from the labels' classes (${e.classes.join(", ")})`,{hint:"List the classes in the same order as the model outputs them"})}}}function computeMetrics(e,t){if(e.task==="binary"&&t.task==="binary"){const{label:n}=e;const{score:r}=t;const s=confusion(n,r);const o=rankOrder(r);return{accuracy:finite(accuracyFrom(s)),precision:finite(precisionFrom(s)),recall:finite(recallFrom(s)),f1:finite(f1From(s)),roc_auc:finite(rocAuc(n,r,undefined,o)),pr_auc:finite(averagePrecision(n,r,undefined,o)),log_loss:finite(binaryLogLoss(n,r)),brier:finite(brier(n,r)),ece:finite(ece(n,r))}}if(e.task==="multiclass"&&t.task==="multiclass"){const n=t.classes.length;const r=confusionMatrix(e.label,argmaxRows(t.probabilities,n),n);return{accuracy:finite(accuracyFromMatrix(r,n)),macro_f1:finite(macroF1FromMatrix(r,n)),micro_f1:finite(microF1FromMatrix(r,n)),log_loss:finite(multiclassLogLoss(e.label,t.probabilities,n))}}if(e.task==="regression"&&t.task==="regression"){const n=regressionSums(e.label,t.prediction);return{rmse:finite(rmseFrom(n)),mae:finite(maeFrom(n)),r2:finite(r2From(n,totalSumOfSquares(e.label))),mape:finite(mapeFrom(n))}}throw new g.yo(`the predictions are for a ${t.task} task, but the labels are ${e.task}`)}function subsetLabels(e,t){switch(e.task){case"binary":return{task:"binary",label:gather(e.label,t)};case"regression":return{task:"regression",label:gather(e.label,t)};case"multiclass":{const n=new Int32Array(t.length);for(let r=0;r<t.length;r++)n[r]=e.label[t[r]];return{task:"multiclass",classes:e.classes,label:n}}}}function subsetPredictions(e,t){switch(e.task){case"binary":return{task:"binary",score:gather(e.score,t)};case"regression":return{task:"regression",prediction:gather(e.prediction,t)};case"multiclass":{const n=e.classes.length;const r=new Float64Array(t.length*n);for(let s=0;s<t.length;s++){const o=t[s]*n;r.set(e.probabilities.subarray(o,o+n),s*n)}return{task:"multiclass",classes:e.classes,probabilities:r}}}}function gather(e,t){const n=new Float64Array(t.length);for(let r=0;r<t.length;r++)n[r]=e[t[r]];return n}function groupRows(e){const t=new Uint32Array(e.values.length+1);const n=e.values.length;for(let r=0;r<e.codes.length;r++){const s=e.codes[r];t[s<0?n:s]++}const r=Array.from(t,e=>new Uint32Array(e));const s=new Uint32Array(t.length);for(let t=0;t<e.codes.length;t++){const o=e.codes[t];const i=o<0?n:o;r[i][s[i]++]=t}const o=[];r.forEach((t,r)=>{if(t.length>0)o.push({value:r===n?null:e.values[r],rows:t})});return o}function sliceMetrics(e,t,n,r,s){const o=[];for(const i of r){for(const r of groupRows(i)){const a=subsetLabels(e,r.rows);const c=computeMetrics(a,subsetPredictions(t,r.rows));const l=n?computeMetrics(a,subsetPredictions(n,r.rows)):null;const u=c[s.metric];const f=l?.[s.metric];o.push({column:i.name,value:r.value,rows:r.rows.length,gated:r.rows.length>=s.minRows,candidate:{metrics:c},champion:l?{metrics:l}:null,delta:u!=null&&f!=null?u-f:null})}}return o}function fairnessGaps(e,t,n){let r=Infinity;let s=-Infinity;let o=Infinity;let i=-Infinity;for(const{rows:a}of groupRows(n)){let n=0;let c=0;let l=0;for(let r=0;r<a.length;r++){const s=a[r];const o=t[s]>Bt;if(o)n++;if(e[s]===1){c++;if(o)l++}}const u=n/a.length;r=Math.min(r,u);s=Math.max(s,u);if(c>0){const e=l/c;o=Math.min(o,e);i=Math.max(i,e)}}return{demographic_parity_difference:s>=r?s-r:null,equal_opportunity_difference:i>=o?i-o:null}}function fairnessReport(e,t,n,r){if(e.task!=="binary"||t.task!=="binary")return[];const s=e.label;return r.map(e=>({column:e.name,candidate:fairnessGaps(s,t.score,e),champion:n?.task==="binary"?fairnessGaps(s,n.score,e):null}))}const Jt=2e8;function evaluate(e){const{labels:t,candidate:n,champion:r,policy:s}=e;const o=t.task;const i=primaryMetric(s,o);checkAligned(t,n,"candidate");if(r)checkAligned(t,r,"champion");const a=t.label.length;if(a===0)throw new g.yo("there are no rows to evaluate",{hint:"Check the data glob and filters"});const c=e.slices??[];for(const e of c){if(e.codes.length!==a){throw new g.yo(`slice column \`${e.name}\` has ${e.codes.length} rows but there are ${a} labels`)}}const l=computeMetrics(t,n);const u=r?computeMetrics(t,r):null;const f=[];if(r&&u){const{resamples:c,seed:d}=s.bootstrap;const h=e.compare??"auto";const p=h==="all"||h==="auto"&&a*c<=Jt;const m=pairedBootstrap(t,n,r,p?Ht[o]:[i],{resamples:c,seed:d,confidence:s.confidence});for(const e of Ht[o]){const t=l[e];const n=u[e];const r=m.find(t=>t.metric===e);f.push({metric:e,delta:t!=null&&n!=null?t-n:null,ci_low:r?finite(r.ci_low):null,ci_high:r?finite(r.ci_high):null,better:Kt[e],resamples:r?.resamples??0})}}const d=sliceMetrics(t,n,r,c,{metric:i,minRows:s.slices.min_rows});const h=f.find(e=>e.metric===i);const p=gate({policy:s,task:o,candidate:l,...h&&{comparison:h},slices:d,...e.measurements&&{measurements:e.measurements}});const curves=e=>t.task==="binary"&&e?.task==="binary"?{curves:binaryCurves(t.label,e.score)}:{};return{task:o,rows:a,metric:i,candidate:{metrics:l,...curves(n)},champion:u?{metrics:u,...curves(r)}:null,comparison:f,slices:d,fairness:fairnessReport(t,n,r,c),gate:p,bootstrap:r?{method:"paired Poisson bootstrap, percentile interval",resamples:s.bootstrap.resamples,seed:s.bootstrap.seed,confidence:s.confidence}:null,...e.measurements&&{measurements:e.measurements}}}class Floats{data=new Float64Array(1024);length=0;push(e){if(this.length===this.data.length){const e=new Float64Array(this.data.length*2);e.set(this.data);this.data=e}this.data[this.length++]=e}finish(){return this.data.slice(0,this.length)}}class Codes{data=new Int32Array(1024);length=0;values=[];index=new Map;push(e){let t=-1;if(e!==null){t=this.index.get(e)??-1;if(t<0){t=this.values.length;this.values.push(e);this.index.set(e,t)}}if(this.length===this.data.length){const e=new Int32Array(this.data.length*2);e.set(this.data);this.data=e}this.data[this.length++]=t}}const Qt="score_";function predictionColumns(e,t,n){switch(e){case"binary":return[`${n}score`];case"regression":return[`${n}prediction`];case"multiclass":return t.filter(e=>e.startsWith(n+Qt)&&e.length>n.length+Qt.length)}}const Xt={binary:"a `score` column holding P(positive)",multiclass:"one `score_<class>` column per class holding P(class)",regression:"a `prediction` column holding the predicted value"};async function readPredictions(e,t){const{task:n,label:r}=t;const s={...t.cwd!==undefined&&{cwd:t.cwd},...t.format!==undefined&&{format:t.format},...t.nullValues!==undefined&&{nullValues:t.nullValues},...t.batchSize!==undefined&&{batchSize:t.batchSize}};const o=await openDataset(e,s);const i=o.schema.columns.map(e=>e.name);const a=o.files[0]??String(e);const missing=(e,t)=>new g.yo(`no column \`${e}\` (${t})`,{location:{file:a,key:e},hint:`The columns are ${i.map(e=>`\`${e}\``).join(", ")}`});if(!i.includes(r))throw missing(r,"the label column");const c=predictionColumns(n,i,"");if(c.length===0||!c.every(e=>i.includes(e))){throw missing(c[0]??`${Qt}<class>`,`a ${n} predictions file needs ${Xt[n]}`)}if(n==="multiclass"&&c.length<2){throw new g.yo(`only one \`score_<class>\` column (\`${c[0]}\`)`,{location:{file:a},hint:"A multiclass file needs one score column per class; for two classes use --task binary"})}const l=predictionColumns(n,i,"champion_").filter(e=>i.includes(e));const u=n==="multiclass"?l.length>0:l.length===1;if(n==="multiclass"&&u){const e=c.map(e=>`champion_${e}`);if(e.join("\0")!==l.join("\0")){throw new g.yo("the `champion_score_<class>` columns do not match the `score_<class>` columns",{location:{file:a},hint:`Expected ${e.map(e=>`\`${e}\``).join(", ")} in that order`})}}const f=t.slices??[];for(const e of f)if(!i.includes(e))throw missing(e,"a slice column");const d={};d[r]=n==="regression"?"number":"category";for(const e of[...c,...u?l:[]])d[e]="number";for(const e of f)if(e!==r)d[e]="category";const h=await openDataset(e,{...s,types:d});const p=n==="multiclass"?c.map(e=>e.slice(Qt.length)):[];const m=new Map(p.map((e,t)=>[e,t]));const y=new Floats;const v=new Floats;const b=new Floats;const w=f.map(()=>new Codes);for await(const e of h.batches()){const col=t=>e.columns.find(e=>e.name===t);const where=(t,n)=>({file:e.file,...e.lines?{line:e.lines[t]}:{},key:n});const rowText=t=>e.lines?"":` (row ${e.firstRow+t})`;const t=col(r);const s=c.map(e=>col(e));const o=u?l.map(e=>col(e)):[];const i=f.map(e=>col(e));for(let a=0;a<e.length;a++){y.push(readLabel(t,a,n,m,p,()=>where(a,r),rowText(a)));for(const e of s)v.push(readScore(e,a,n,where(a,e.name),rowText(a)));for(const e of o)b.push(readScore(e,a,n,where(a,e.name),rowText(a)));i.forEach((e,t)=>{const n=e.codes[a];w[t].push(n<0?null:e.dictionary[n])})}}const x=y.finish();const k=n==="multiclass"?{task:n,classes:p,label:Int32Array.from(x)}:n==="binary"?{task:n,label:x}:{task:n,label:x};const predictions=e=>n==="binary"?{task:n,score:e}:n==="regression"?{task:n,prediction:e}:{task:n,classes:p,probabilities:e};return{files:h.files,labels:k,candidate:predictions(v.finish()),...u&&{champion:predictions(b.finish())},slices:f.map((e,t)=>({name:e,codes:w[t].data.slice(0,w[t].length),values:w[t].values}))}}const tn=new Map([["0",0],["1",1],["false",0],["true",1]]);function readLabel(e,t,n,r,s,o,i){if(e.type==="category"){const a=e.codes[t];if(a<0){throw new g.yo(`the label is empty${i}`,{location:o(),hint:"Every row needs a label; drop unlabelled rows before evaluating"})}const c=e.dictionary[a];if(n==="binary"){const e=c.trim().toLowerCase();const t=tn.get(e)??(Number(e)===0||Number(e)===1?Number(e):undefined);if(t===undefined||e===""){throw new g.yo(`binary label \`${c}\` is not 0/1 or true/false${i}`,{location:o(),hint:"Write the positive class as 1 (or true) and the negative as 0 (or false)"})}return t}const l=r.get(c);if(l===undefined){throw new g.yo(`label \`${c}\` is not one of the classes${i}`,{location:o(),hint:`The classes (from the score_<class> columns) are ${s.map(e=>`\`${e}\``).join(", ")}`})}return l}if(e.type==="number"||e.type==="timestamp"){const n=e.state[t];if(n===Xe.Cq){throw new g.yo(`the label is empty${i}`,{location:o(),hint:"Every row needs a label; drop unlabelled rows before evaluating"})}if(n===Xe.uY){throw new g.yo(`label \`${e.invalidText.get(t)??""}\` is not a number${i}`,{location:o(),hint:"A regression label must be numeric"})}return e.values[t]}return NaN}function readScore(e,t,n,r,s){const o=e.state[t];if(o===Xe.Cq){throw new g.yo(`\`${e.name}\` is empty${s}`,{location:r,hint:"Every row needs a prediction from every model"})}if(o===Xe.uY){throw new g.yo(`\`${e.name}\` value \`${e.invalidText.get(t)??""}\` is not a number${s}`,{location:r})}const i=e.values[t];if(!Number.isFinite(i)){throw new g.yo(`\`${e.name}\` is ${i}${s}`,{location:r,hint:"Predictions must be finite numbers"})}if(n!=="regression"&&(i<0||i>1)){throw new g.yo(`\`${e.name}\` is ${i}, outside [0, 1]${s}`,{location:r,hint:"Scores must be probabilities; apply the sigmoid or softmax before writing the file"})}return i}function budgetsFrom(e,t){return{latency:{per_row:e.latency_ms.row,per_batch:e.latency_ms.batch,...t!==undefined&&{batch_size:t}},size_mb:e.size_mb,memory_mb:e.memory_mb}}const nn=new Map([["0",0],["1",1],["false",0],["true",1]]);class RowCollector{task;label;slices;labelCodes=[];labelValues=[];labelTexts=[];labelIndex=new Map;sliceCodes;sliceValues;sliceIndex;constructor(e,t,n){this.task=e;this.label=t;this.slices=n;this.sliceCodes=n.map(()=>[]);this.sliceValues=n.map(()=>[]);this.sliceIndex=n.map(()=>new Map)}add(e){const find=t=>{const n=e.columns.find(e=>e.name===t);if(n===undefined){throw new g.yo(`no column \`${t}\` in this file`,{location:{file:e.file,key:t},hint:"Every file of the dataset must have the label and slice columns"})}return n};const where=t=>({file:e.file,...e.lines?.[t]!==undefined&&{line:e.lines[t]},key:this.label});const t=find(this.label);for(let n=0;n<e.length;n++){if(t.type==="category"){const r=t.codes[n];if(r<0)throw emptyLabel(where(n),e.firstRow+n);const s=t.dictionary[r];if(this.task==="binary"){const t=s.trim().toLowerCase();const r=nn.get(t)??(t!==""&&(Number(t)===0||Number(t)===1)?Number(t):-1);if(r<0){throw new g.yo(`binary label \`${s}\` is not 0/1 or true/false (row ${e.firstRow+n})`,{location:where(n),hint:"Write the positive class as 1 (or true) and the negative as 0 (or false)"})}this.labelValues.push(r)}else{let e=this.labelIndex.get(s);if(e===undefined){e=this.labelTexts.length;this.labelTexts.push(s);this.labelIndex.set(s,e)}this.labelCodes.push(e)}}else if(t.type==="number"){if(t.state[n]!==Xe.dO){if(t.state[n]===Xe.uY){throw new g.yo(`label \`${t.invalidText.get(n)??""}\` is not a number (row ${e.firstRow+n})`,{location:where(n),hint:"A regression label must be numeric"})}throw emptyLabel(where(n),e.firstRow+n)}this.labelValues.push(t.values[n])}else{throw new g.yo(`the label column is a timestamp column`,{location:where(n),hint:"Name the column that holds the label with --label"})}}this.slices.forEach((t,n)=>{const r=find(t);const s=this.sliceCodes[n];const o=this.sliceValues[n];const i=this.sliceIndex[n];for(let t=0;t<e.length;t++){const e=sliceText(r,t);if(e===null){s.push(-1);continue}let n=i.get(e);if(n===undefined){n=o.length;o.push(e);i.set(e,n)}s.push(n)}})}labels(e){if(this.task==="binary")return{task:"binary",label:Float64Array.from(this.labelValues)};if(this.task==="regression")return{task:"regression",label:Float64Array.from(this.labelValues)};const t=e??[];const n=new Map(t.map((e,t)=>[e,t]));const r=this.labelTexts.map(e=>{const r=n.get(e);if(r===undefined){throw new g.yo(`label \`${e}\` is not one of the model's classes`,{location:{key:this.label},hint:`The model outputs probabilities for ${t.map(e=>`\`${e}\``).join(", ")}; pass the class names in output order (--classes) if they are not 0 … K-1`})}return r});return{task:"multiclass",classes:t,label:Int32Array.from(this.labelCodes,e=>r[e])}}sliceColumns(){return this.slices.map((e,t)=>({name:e,codes:Int32Array.from(this.sliceCodes[t]),values:this.sliceValues[t]}))}}function emptyLabel(e,t){return new g.yo(`the label is empty (row ${t})`,{location:e,hint:"Every row needs a label; drop unlabelled rows before evaluating"})}function sliceText(e,t){if(e.type==="category"){const n=e.codes[t];return n<0?null:e.dictionary[n]}if(e.state[t]!==Xe.dO)return null;const n=e.values[t];return e.type==="timestamp"?new Date(n).toISOString():String(n)}async function evaluateModels(e){const{task:t,label:n,policy:r}=e;const s=e.logger??Et.q;const o=e.slices??r.slices.columns;const i={[n]:t==="regression"?"number":"category"};for(const e of o)if(e!==n)i[e]="category";const a=await openDataset(typeof e.data==="string"?e.data:[...e.data],{cwd:e.cwd,types:i});const c=new RowCollector(t,n,o);const l=e.champion&&e.features?planFeeds(e.champion,a.schema.columns,{exclude:[n,...o],...featureColumnsFromMetadata(e.champion.metadata.props)?{}:{featureColumns:e.features},logger:s}):undefined;const u=e.champion?[{model:e.champion,...l&&{plan:l}},{model:e.candidate}]:[{model:e.candidate}];const f=await scoreModels(u,a,{task:t,...e.features&&{featureColumns:e.features},exclude:[n,...o],...e.classes&&{classes:e.classes},...e.batchSize!==undefined&&{batchSize:e.batchSize},measure:true,logger:s,onBatch:e=>c.add(e)});const d=f[f.length-1];const h=e.champion?f[0]:undefined;const classesOf=e=>e.task==="multiclass"?e.classes:undefined;const p=c.labels(classesOf(d.predictions));return evaluate({labels:p,candidate:d.predictions,...h&&{champion:h.predictions},slices:c.sliceColumns(),policy:r,...d.measurements&&{measurements:budgetsFrom(d.measurements,e.batchSize??Lt)},...e.compare&&{compare:e.compare}})}async function evaluatePredictions(e){const t=e.slices??e.policy.slices.columns;const n=await readPredictions(typeof e.data==="string"?e.data:[...e.data],{label:e.label,task:e.task,slices:t,cwd:e.cwd});(e.logger??Et.q).info(`Read ${n.labels.label.length} rows of predictions from ${n.files.join(", ")}${n.champion?" (with champion_ columns)":""}`);return evaluate({labels:n.labels,candidate:n.candidate,...n.champion&&{champion:n.champion},slices:n.slices,policy:e.policy,...e.compare&&{compare:e.compare}})}async function evaluateModelFiles(e){const{runtime:t,candidate:n,champion:r,...s}=e;const o=[];try{const e={runtime:t,cwd:s.cwd,logger:s.logger??Et.q};const i=r===undefined?undefined:await loadModel(r,e);if(i)o.push(i);const a=await loadModel(n,e);o.push(a);return await evaluateModels({...s,candidate:a,...i&&{champion:i}})}finally{for(const e of o)await e.dispose()}}const rn=100;function num(e){if(e===null||e===undefined)return"—";if(e===0)return"0";const t=Math.abs(e);if(t>=.001&&t<1e6)return String(Number(e.toPrecision(4)));return e.toExponential(2)}function signed(e){if(e===null||e===undefined)return"—";return e>0?`+${num(e)}`:num(e)}function verdictSection(e){const t=e.gate.checks.filter(e=>!e.passed).length;const n=e.gate.passed?`### ✅ Evaluation gate passed`:`### ❌ Evaluation gate failed (${t} of ${e.gate.checks.length} checks)`;const r=e.champion?"candidate vs champion":"candidate only (no champion yet: only absolute gates apply)";const s=e.bootstrap?`; ${count(e.bootstrap.resamples)}-resample paired bootstrap, ${num(e.bootstrap.confidence*100)}% intervals, seed ${e.bootstrap.seed}`:"";return`${n}\n\n${e.task} model, ${count(e.rows)} rows, ${r}; gated metric ${code(e.metric)}${s}.\n`}function metricsSection(e){const t=["#### Metrics",""];if(!e.champion){t.push("| metric | candidate | better |","|---|---:|---|");for(const[n,r]of Object.entries(e.candidate.metrics)){t.push(`| ${n===e.metric?`**${n}**`:n} | ${num(r)} | ${Kt[n]} |`)}return t.join("\n")+"\n"}t.push("| metric | champion | candidate | Δ | CI | verdict |","|---|---:|---:|---:|---|---|");for(const n of e.comparison){const r=e.candidate.metrics[n.metric];const s=e.champion.metrics[n.metric];const o=n.ci_low!==null&&n.ci_high!==null?`[${signed(n.ci_low)}, ${signed(n.ci_high)}]`:"—";let i="—";if(n.ci_low!==null&&n.ci_high!==null){const e=n.better==="higher"?n.ci_low>0:n.ci_high<0;const t=n.better==="higher"?n.ci_high<0:n.ci_low>0;i=e?"🟢 better":t?"🔴 worse":"⚪ no clear change"}const a=n.metric===e.metric?`**${n.metric}**`:n.metric;t.push(`| ${a} (${n.better==="higher"?"↑":"↓"}) | ${num(s)} | ${num(r)} | ${signed(n.delta)} | ${o} | ${i} |`)}return t.join("\n")+"\n"}function slicesSection(e){if(e.slices.length===0)return"";const t=e.metric;const n=[`#### Slices (${t})`,""];n.push("| column | value | rows | champion | candidate | Δ | gated |","|---|---|---:|---:|---:|---:|---|");for(const r of e.slices.slice(0,rn)){n.push(`| ${cell(r.column)} | ${r.value===null?"_null_":code(r.value)} | ${count(r.rows)} | ${num(r.champion?.metrics[t])} | ${num(r.candidate.metrics[t])} | ${signed(r.delta)} | ${r.gated?"yes":"no (too few rows)"} |`)}if(e.slices.length>rn){n.push("",`_${count(e.slices.length-rn)} more slices in the JSON report._`)}if(e.fairness.length>0){n.push("","| slice column | demographic parity Δ (champion → candidate) | equal opportunity Δ (champion → candidate) |","|---|---:|---:|");for(const t of e.fairness){const pair=e=>t.champion?`${num(t.champion[e])} → ${num(t.candidate[e])}`:num(t.candidate[e]);n.push(`| ${cell(t.column)} | ${pair("demographic_parity_difference")} | ${pair("equal_opportunity_difference")} |`)}}return n.join("\n")+"\n"}const series=e=>`[${e.map(e=>Number(e.toFixed(4))).join(", ")}]`;function lineChart(e,t,n,r){const s=r.filter(e=>e[1]!==undefined&&e[1].y.length>0);if(s.length===0)return"";const o=s.map(([e])=>e).join(", ");return["```mermaid","---","config:","  xyChart:","    showDataLabel: false","---","xychart-beta",`  title "${e} (${o})"`,`  x-axis "${t}" 0 --\x3e 1`,`  y-axis "${n}" 0 --\x3e 1`,...s.map(([,e])=>`  line ${series(e.y)}`),"```"].join("\n")}function calibrationChart(e,t){const n=t.calibration.filter(e=>e.count>0);if(n.length===0)return"";const r=n.map(e=>`"${e.low.toFixed(1)}-${e.high.toFixed(1)}"`).join(", ");return["```mermaid","xychart-beta",`  title "Reliability, ${e}: share of positives (bars) vs mean P(positive) (line)"`,`  x-axis [${r}]`,'  y-axis "share" 0 --\x3e 1',`  bar ${series(n.map(e=>e.positive_rate??0))}`,`  line ${series(n.map(e=>e.mean_score??0))}`,"```"].join("\n")}function chartsSection(e){const t=e.candidate.curves;if(!t)return"";const n=e.champion?.curves;const r=n?"first line champion, second candidate":"candidate";const pair=e=>n?[["champion",n[e]],["candidate",t[e]]]:[["candidate",t[e]]];const s=["#### Charts","",`<details><summary>ROC, precision-recall and reliability (${r})</summary>`,"",lineChart("ROC","false positive rate","true positive rate",pair("roc")),"",lineChart("Precision-recall","recall","precision",pair("pr")),"",calibrationChart("candidate",t),...n?["",calibrationChart("champion",n)]:[],"","</details>"];return s.join("\n")+"\n"}function checksSection(e){const t=["#### Gate checks",""];if(e.gate.checks.length===0)t.push("_The policy sets no checks for this model._");for(const n of e.gate.checks)t.push(`- ${n.passed?"✅":"❌"} **${cell(n.name)}**: ${cell(n.message)}`);return t.join("\n")+"\n"}function renderEvaluation(e,t=At){return fitBody([verdictSection(e),metricsSection(e),checksSection(e),slicesSection(e),chartsSection(e)].filter(e=>e!==""),t)}const plain=e=>e===null||e===undefined?"n/a":Number.isInteger(e)?String(e):Number(e.toPrecision(4)).toString();function renderEvaluationText(e){const t=[];const n=e.gate.checks.filter(e=>!e.passed).length;t.push(e.gate.passed?`Gate PASSED (${e.gate.checks.length} checks)`:`Gate FAILED (${n} of ${e.gate.checks.length} checks)`,`${e.task} model, ${e.rows} rows, gated metric ${e.metric}${e.champion?", vs champion":", no champion"}`,"");const r=Math.max(...Object.keys(e.candidate.metrics).map(e=>e.length),6);if(e.champion){t.push(`${"metric".padEnd(r)}  ${"champion".padStart(10)}  ${"candidate".padStart(10)}  ${"delta".padStart(10)}  CI`);for(const n of e.comparison){const s=n.ci_low!==null&&n.ci_high!==null?`[${plain(n.ci_low)}, ${plain(n.ci_high)}]`:"";t.push(`${n.metric.padEnd(r)}  ${plain(e.champion.metrics[n.metric]).padStart(10)}  ${plain(e.candidate.metrics[n.metric]).padStart(10)}  ${plain(n.delta).padStart(10)}  ${s}`)}}else{t.push(`${"metric".padEnd(r)}  ${"candidate".padStart(10)}`);for(const[n,s]of Object.entries(e.candidate.metrics))t.push(`${n.padEnd(r)}  ${plain(s).padStart(10)}`)}t.push("","Checks:");for(const n of e.gate.checks){t.push(`  ${n.passed?"pass":"FAIL"}  ${n.name}: ${plain(n.value)} (threshold ${plain(n.threshold)})  ${n.message}`)}if(e.gate.checks.length===0)t.push("  (none: add evaluate.min, a champion, slices or budgets to the policy)");if(e.slices.length)t.push("",`${e.slices.length} slices (see --format json or markdown)`);return t.join("\n")}const sn="onnxruntime-node";const on="1.30.0";const an="sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==";function toolCachePrefix(e,t,n=on){return(0,me.join)(e,sn,n,t)}function toolCacheMarker(e,t,n=on){return`${toolCachePrefix(e,t,n)}.complete`}function packageIn(e){return(0,me.join)(e,"node_modules",sn)}function readPackageJson(e){try{return JSON.parse((0,se.readFileSync)((0,me.join)(e,"package.json"),"utf8"))}catch{return undefined}}function findInNodeModules(e){for(const t of e){let e=(0,me.resolve)(t);for(;;){const t=packageIn(e);if((0,se.existsSync)((0,me.join)(t,"package.json")))return t;const n=(0,me.dirname)(e);if(n===e)break;e=n}}return undefined}function defaultLoad(e){return import((0,Ct.pathToFileURL)(e).href)}async function loadFrom(e,t,n){const r=readPackageJson(e);const s=r?.version??"unknown";const o=(0,me.join)(e,r?.main??"dist/index.js");let i;try{i=await(n.load??defaultLoad)(o)}catch(n){throw new g.yo(`onnxruntime-node ${s} was found in ${e} (${t}) but could not be loaded: ${runtime_messageOf(n)}`,{hint:"onnxruntime-node ships CPU builds for linux x64/arm64, macOS arm64 and Windows x64/arm64 (none for macOS x64). "+"Reinstall it for this platform, or remove the broken copy so the next source is tried",cause:n})}const a=moduleOf(i);if(a===undefined){throw new g.yo(`${o} (${t}) does not look like onnxruntime-node: it has no InferenceSession`,{hint:`Remove that folder and reinstall ${sn}@${on}`})}if(s!==on){n.logger.warn(`onnxruntime-node ${s} found in ${e}; modelship is tested with ${on}`)}n.logger.info(`onnxruntime-node ${s} from ${t}: ${e}`);return{ort:a,source:t,packageDir:e,version:s}}function moduleOf(e){const isOrt=e=>typeof e==="object"&&e!==null&&"InferenceSession"in e&&"Tensor"in e;if(typeof e==="object"&&e!==null&&"default"in e&&isOrt(e.default)){return e.default}return isOrt(e)?e:undefined}function runtime_messageOf(e){return e instanceof Error?e.message:String(e)}function installedIntegrity(e){try{const t=JSON.parse((0,se.readFileSync)((0,me.join)(e,"node_modules",".package-lock.json"),"utf8"));return t.packages?.[`node_modules/${sn}`]?.integrity}catch{return undefined}}async function resolveOnnxRuntime(e){const{logger:t}=e;const n=findInNodeModules(e.searchFrom);if(n!==undefined)return loadFrom(n,"node_modules",e);t.debug(`onnxruntime-node: not in node_modules above ${e.searchFrom.join(", ")||"(nowhere)"}`);if(e.toolCache!==undefined&&e.toolCache!==""){const n=toolCachePrefix(e.toolCache,e.arch);const r=toolCacheMarker(e.toolCache,e.arch);const s=packageIn(n);if((0,se.existsSync)(r)&&(0,se.existsSync)((0,me.join)(s,"package.json"))){return loadFrom(s,"tool-cache",e)}t.debug(`onnxruntime-node: not in the tool cache (${r} is missing)`);if(e.install!==undefined){const o=e.cuda??false;t.info(`Installing ${sn}@${on} into the tool cache (${n})${o?" with the CUDA provider":""}`);try{await e.install({prefix:n,packageName:sn,version:on,integrity:an,cuda:o})}catch(t){throw missingRuntime(e,`installing it into ${n} failed: ${runtime_messageOf(t)}`)}const i=readPackageJson(s);if(i?.version!==on){throw missingRuntime(e,`the install into ${n} did not produce ${sn}@${on}`)}const a=installedIntegrity(n);if(a===undefined)t.debug(`onnxruntime-node: npm recorded no integrity in ${n}`);else if(a!==an){throw new g.yo(`${sn}@${on} installed into ${n} has integrity ${a}, expected ${an}`,{hint:"The registry served different bytes than the pinned release; check the npm registry or mirror configured on this runner"})}const c=await loadFrom(s,"installed",e);(0,se.writeFileSync)(r,"");return c}}throw missingRuntime(e,"it is not installed")}function missingRuntime(e,t){const n=e.toolCache?`node_modules or the tool cache (${toolCachePrefix(e.toolCache,e.arch)})`:"node_modules (and no runner tool cache is set)";return new g.yo(`Scoring ONNX models needs ${sn}@${on}, but ${t}; looked in ${n}`,{hint:`Pre-bake it into the runner's tool cache (runner-images/ does: \`npm install --prefix "$RUNNER_TOOL_CACHE/${sn}/${on}/<arch>" ${sn}@${on}\`, `+`then \`touch "$RUNNER_TOOL_CACHE/${sn}/${on}/<arch>.complete"\`), let the action install it (needs npm and access to the npm registry), `+`or add \`${sn}@${on}\` to your project's dependencies. Predictions-only evaluation (--predictions) needs no runtime`})}const cn={debug:()=>{},info:e=>process.stderr.write(`${e}\n`),warn:e=>process.stderr.write(`warning: ${e}\n`),error:e=>process.stderr.write(`error: ${e}\n`)};const un=listFlag;function checkFlags(e){if(e.candidate===undefined===(e.predictions===undefined)){throw new g.yo("give exactly one of --candidate <model.onnx> and --predictions <file>",{location:{key:e.candidate===undefined?"--candidate":"--predictions"},hint:"Score an ONNX model over --data with --candidate, or evaluate labels and scores computed elsewhere with --predictions"})}if(e.predictions!==undefined&&e.champion!==undefined){throw new g.yo("--champion needs --candidate: in predictions mode the champion is the `champion_` columns",{location:{key:"--champion"},hint:"Add champion_score (binary), champion_score_<class> (multiclass) or champion_prediction (regression) columns to the predictions file"})}if(e.predictions!==undefined&&e.data!==undefined){throw new g.yo("--data is not used with --predictions: the predictions file holds the rows",{location:{key:"--data"},hint:"Drop --data, or score an ONNX model over it with --candidate"})}if(e.candidate!==undefined&&(e.data===undefined||e.data.length===0)){throw new g.yo("--candidate needs --data: the holdout to score it on",{location:{key:"--data"},hint:'Pass the labelled holdout, e.g. --data "data/holdout/*.parquet"'})}}async function run(e,t){checkFlags(e);const n=(await cliModelPolicy(e.policy,e.model,t))?.evaluate??defaultPolicy().defaults.evaluate;const r=un(e.slices);const s={cwd:t,label:e.label,task:e.task,policy:n,logger:cn,...r&&{slices:r}};if(e.predictions!==undefined){return evaluatePredictions({...s,data:e.predictions})}const o=await resolveOnnxRuntime({searchFrom:[(0,me.dirname)((0,Ct.fileURLToPath)(import.meta.url)),t],arch:process.arch,logger:cn,...process.env.RUNNER_TOOL_CACHE?{toolCache:process.env.RUNNER_TOOL_CACHE}:{}});const i=un(e.features);const a=un(e.classes);return evaluateModelFiles({...s,runtime:o,data:e.data,candidate:e.candidate,...e.champion&&{champion:e.champion},...i&&{features:i},...a&&{classes:a}})}function registerEvaluate(e,t){e.command("evaluate").description("Evaluate a candidate model (against the champion, on the same rows) and apply the gate: metrics, paired bootstrap intervals, slices and budgets.").option("--candidate <model.onnx>","the candidate ONNX model, scored over --data").option("--predictions <file>","predictions-only mode: a file of labels and scores (no ONNX needed)").option("--champion <model.onnx>","the champion ONNX model, scored on the same rows").option("--data <glob...>","the labelled holdout: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed").requiredOption("--label <column>","the label column").addOption(new p("--task <task>","the kind of model").choices(["binary","multiclass","regression"]).makeOptionMandatory()).option("--slices <columns>","comma-separated columns to slice by (default: the policy’s evaluate.slices.columns)").option("--features <columns>","comma-separated feature columns in the model’s input order (default: the model’s metadata)").option("--classes <names>","multiclass: comma-separated class names in the model’s output order (default 0 … K-1)").option("--policy <file>",`policy file with an evaluate section (default: ${Z} when it exists)`).option("--model <name>","the model whose evaluate policy applies (when the policy lists models)").addOption(formatOption()).option("--output <file>","write the report here instead of stdout").addHelpText("after",["","Exit codes: 0 the gate passed, 1 the gate failed, 2 usage, config or data error.","Examples:","  modelship evaluate --candidate model.onnx --champion prod.onnx --data holdout.parquet --label churned --task binary","  modelship evaluate --predictions scored.csv --label y --task regression --format json"].join("\n")).action(async e=>{const n=await run(e,process.cwd());const r=e.format==="json"?JSON.stringify(n,null,2):e.format==="markdown"?renderEvaluation(n):renderEvaluationText(n);await emit(r,e.output);t(n.gate.passed?y.ok:y.failed)})}function inferExpectations(e,t={}){const n=t.rowCountFraction??.5;const r=t.maxCategories??20;const s=t.maxPsi??.2;const o=[];if(t.schemaUrl)o.push(`# yaml-language-server: $schema=${t.schemaUrl}`);o.push(`# Expectations inferred by modelship from a profile of ${e.rowCount.toLocaleString("en-US")} rows${t.source?` (${t.source})`:""}.`,"# Review every check before relying on it: ranges and allowed sets come from this one sample.","# Reference: docs/expectations.md","version: 1","table:","  row_count:",`    min: ${Math.floor(e.rowCount*n)} # ${n*100}% of the reference's ${e.rowCount.toLocaleString("en-US")} rows; adjust to your batches`,"  no_extra_columns: false # true rejects columns not named below");const i=e.schema.columns.map(e=>e.name).filter(t=>e.columns[t]);if(i.length)o.push("columns:");for(const t of i){const n=e.columns[t];o.push(`  ${key(t)}:`);o.push(...inferColumn(n,e.rowCount,r).map(e=>`    ${e}`))}const a=i.filter(t=>{const n=e.columns[t];return n.type!=="category"&&n.count>0});if(a.length){o.push("# Distribution checks compare with a reference profile (pass one with --reference).","# PSI: 10 bins at the reference deciles, eps 1e-4, natural log; 0.1 is a moderate shift, 0.25 a major one.","distribution:");for(const e of a)o.push(`  ${key(e)}:`,`    max_psi: ${s}`)}return o.join("\n")+"\n"}function inferColumn(e,t,n){const r=[];const s=e.count+e.nulls+e.invalid||t;if(e.type!=="category"&&e.invalid>0){const t=Math.floor((e.count+e.nulls)/s*100)/100;r.push(`type: { value: ${e.type}, mostly: ${t} } # ${e.invalid} cell(s) did not parse as ${e.type}`)}else r.push(`type: ${e.type}`);if(e.nulls===0)r.push("nullable: false # no nulls in the reference");else{const t=e.nulls/s;const n=Math.min(1,Math.ceil((t*1.5+.005)*100)/100);r.push(`max_null_fraction: ${n} # reference: ${pct(t)} null`)}if(e.type==="category")r.push(...inferCategory(e,n));else r.push(...inferNumber(e));return r}function inferNumber(e){if(e.min===null||e.max===null)return[];const t=[];const show=t=>e.type==="timestamp"?new Date(t).toISOString():String(t);t.push(`min: ${show(e.min)} # observed range; widen it if new values are legitimate`,`max: ${show(e.max)}`);if(e.type==="timestamp")t.push("# freshness: { max_age: 30d } # uncomment to require recent data");const n=e.exact;if(e.type==="number"&&n&&n.length>1&&n.every(Number.isInteger)){let e=true;for(let t=1;t<n.length;t++)if(n[t]===n[t-1])e=false;if(e)t.push("unique: true # every value in the reference was distinct (an id?)")}return t}function inferCategory(e,t){const n=[];const r=e.distinct;if(r!==null&&e.other===0&&r>0&&r<=t&&e.count>=2*r){const t=Object.entries(e.top).sort((e,t)=>t[1]-e[1]||(e[0]<t[0]?-1:e[0]>t[0]?1:0)).map(([e])=>e);n.push(`allowed: ${flow(t)} # all ${t.length} values seen, most frequent first`)}else if(e.minLength!==null&&e.maxLength!==null){n.push(`length: { min: ${e.minLength}, max: ${e.maxLength} } # observed lengths`)}if(r!==null&&e.count>1&&r===e.count){n.push("unique: true # every value in the reference was distinct")}return n}function pct(e){return`${Number((e*100).toPrecision(3))}%`}function key(e){return(0,H.As)(e,{lineWidth:0}).trimEnd()}function flow(e){return(0,H.As)(e,{flow:true,lineWidth:0}).trimEnd()}function registerExpectations(e,t){const n=e.command("expectations").description("Work with expectations files.");n.command("infer").description("Infer an expectations file from a reference dataset, for a human to review.").requiredOption("--data <glob...>","the reference data (CSV, TSV, JSON Lines or Parquet; .gz allowed)").option("--output <file>","write the expectations here instead of stdout").addOption(typeOption()).addHelpText("after","\nExample:\n  modelship expectations infer --data data/train.csv --output churn.expectations.yml").action(async e=>{const n=progressBar("profiling");const r=await openDataset(e.data,{types:parseTypeFlags(e.type),cwd:process.cwd(),onProgress:(e,t)=>n.update(e,t)});const s=await(0,$t.cQ)(r.schema,r.batches()).finally(()=>n.done());await emit(inferExpectations(s),e.output);t(y.ok)})}function registerProfile(e,t){const n=e.command("profile").description("Profile a dataset (counts, nulls, min/max, mean/variance, quantiles, histograms, top categories).").option("--data <glob...>","data files: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed").option("--merge <profile.json...>","merge these shard profiles instead of reading data").option("--output <profile.json>","write the profile here instead of stdout").addOption(typeOption()).addHelpText("after",'\nExamples:\n  modelship profile --data "data/train.csv" --output profile.json\n  modelship profile --merge shard-*.json --output profile.json   # shards profiled in parallel jobs').action(async e=>{if(e.data===undefined===(e.merge===undefined)){n.error("error: give exactly one of --data or --merge",{exitCode:y.usage})}let r;if(e.merge){const t=await Promise.all(e.merge.map(async e=>(0,$t.jZ)(await readUserFile(e,process.cwd(),"profile"),e)));r=(0,$t.Kt)((0,$t.Um)(t,e.merge))}else{const t=progressBar("profiling");const n=await openDataset(e.data,{types:parseTypeFlags(e.type),cwd:process.cwd(),onProgress:(e,n)=>t.update(e,n)});const s=await(0,$t.cQ)(n.schema,n.batches()).finally(()=>t.done());r=(0,$t.Kt)(s)}await emit(r,e.output);t(y.ok)})}function versionView(e){const t=e.manifest;return{model:e.model,version:e.version,tag:e.tag,readable:true,url:e.htmlUrl,commit:e.commit,createdAt:t.createdAt,publishedAt:e.publishedAt,creator:t.creator,prerelease:e.prerelease,...t.candidate?{candidate:t.candidate}:{},...t.metrics?{metrics:t.metrics}:{},stages:Object.fromEntries(Object.entries(e.stages).map(([e,t])=>[e,{state:t.state,at:t.at}])),manifestSha256:e.manifestSha256,assets:e.assets.map(e=>({name:e.name,role:e.role,size:e.size,sha256:e.sha256}))}}function unreadableView(e,t,n){return{model:e,version:t,tag:`${e}/v${t}`,readable:false,problems:n}}const metricsText=e=>Object.entries(e??{}).map(([e,t])=>`${e}=${Number.isInteger(t)?t:Number(t.toPrecision(6))}`).join(" ");const stagesText=e=>Object.entries(e??{}).map(([e,t])=>`${e}:${t.state}`).join(" ");const problemText=e=>(e??[]).map(e=>`${e.kind}: ${e.message}`).join("; ");const json=e=>`${JSON.stringify(e,null,2)}\n`;function renderVersionList(e,t){if(t==="json")return json(e);const n=`${e.versions.length} newest of ${e.tagCount} version tag${e.tagCount===1?"":"s"}`;if(t==="markdown"){return[`## ${cell(e.model)}: ${n}`,"","| version | commit | published | stages | metrics |","| --- | --- | --- | --- | --- |",...e.versions.map(e=>e.readable?`| [v${e.version}](${e.url})${e.candidate?` (candidate, PR #${e.candidate.pr})`:""} | \`${e.commit.slice(0,12)}\` | ${e.publishedAt??""} | ${cell(stagesText(e.stages))} | ${cell(metricsText(e.metrics))} |`:`| v${e.version} ⚠️ not readable | | | | ${cell(problemText(e.problems))} |`),""].join("\n")}const r=[`${e.model}: ${n}`];for(const t of e.versions){r.push(t.readable?`  v${t.version}  ${t.commit.slice(0,12)}  ${t.publishedAt??""}${t.candidate?`  candidate PR #${t.candidate.pr}`:""}${t.stages&&Object.keys(t.stages).length?`  [${stagesText(t.stages)}]`:""}${t.metrics?`  ${metricsText(t.metrics)}`:""}`:`  v${t.version}  NOT READABLE: ${problemText(t.problems)}`)}return`${r.join("\n")}\n`}function renderVersion(e,t){if(t==="json")return json(e);if(!e.readable){const n=t==="markdown"?`## ${cell(e.tag)}: not readable`:`${e.tag}: not readable`;return`${n}\n${(e.problems??[]).map(e=>`- ${e.kind}: ${e.message}`).join("\n")}\n`}const n=t==="markdown";const r=[["release",e.url??""],["commit",e.commit??""],["created",`${e.createdAt??""} by ${e.creator?.login??"?"} (id ${e.creator?.id??"?"})`],["published",e.publishedAt??"(not recorded)"],["candidate",e.candidate?`PR #${e.candidate.pr} at ${e.candidate.headSha}`:"no"],["stages",stagesText(e.stages)||"none"],["metrics",metricsText(e.metrics)||"none"],["manifest sha256",e.manifestSha256??""]];const s=(e.assets??[]).map(e=>[e.name,e.role,String(e.size),e.sha256]);if(n){return[`## ${cell(e.tag)}`,"",...r.map(([e,t])=>`- **${e}:** ${cell(t)}`),"","| asset | role | bytes | sha256 |","| --- | --- | ---: | --- |",...s.map(([e,t,n,r])=>`| ${cell(e)} | ${t} | ${n} | \`${r}\` |`),""].join("\n")}return[e.tag,...r.map(([e,t])=>`  ${`${e}:`.padEnd(17)}${t}`),"  assets:",...s.map(([e,t,n,r])=>`    ${e} (${t}, ${n} bytes) sha256:${r}`),""].join("\n")}function historyView(e,t,n,r){return{model:e,stage:t,...r?{at:{time:r.time.toISOString(),version:r.live?.version.version??null,...r.live?{deploymentId:r.live.deployment.id}:{}}}:{},deployments:n.map(({deployment:e,statuses:t,state:n,live:r})=>({id:e.id,version:e.version,tag:e.payload.tag,commit:e.sha,createdAt:e.createdAt,creator:e.creator,...e.payload.reason?{reason:e.payload.reason}:{},state:n,live:r,statuses:t.map(e=>({state:e.state,createdAt:e.createdAt,description:e.description}))}))}}function renderHistory(e,t){if(t==="json")return json(e);const n=`${e.model} in ${e.stage}: ${e.deployments.length} deployment${e.deployments.length===1?"":"s"} (newest first)`;const r=e.at?`Live at ${e.at.time}: ${e.at.version===null?"nothing":`v${e.at.version} (deployment ${e.at.deploymentId})`}`:undefined;const timeline=e=>[...e.statuses].reverse().map(e=>`${e.state} ${e.createdAt}`).join(" → ")||"no status";if(t==="markdown"){return[`## ${cell(n)}`,"",...r?[r,""]:[],"| deployment | version | created | by | state | statuses (oldest first) |","| --- | --- | --- | --- | --- | --- |",...e.deployments.map(e=>`| ${e.id} | v${e.version}${e.live?" 🟢 live":""} | ${e.createdAt} | ${cell(e.creator?.login??"")} | ${e.state}${e.reason?` (${e.reason})`:""} | ${cell(timeline(e))} |`),""].join("\n")}return[n,...r?[r]:[],...e.deployments.map(e=>`  ${e.live?"*":" "} #${e.id}  v${e.version}  ${e.createdAt}  ${e.creator?.login??"?"}  ${e.state}${e.reason?` (${e.reason})`:""}  ${timeline(e)}`),""].join("\n")}function verifyView(e,t,n){const r=n.version;return{model:e,version:t,tag:`${e}/v${t}`,ok:n.ok,checked:r?[...r.assets.map(e=>({name:e.name,sha256:e.sha256})),{name:"modelship.json",sha256:r.manifestSha256}]:[],problems:n.problems}}function renderVerify(e,t){if(t==="json")return json(e);const n=e.ok?`✓ ${e.tag}: every digest matches (${e.checked.length} assets re-downloaded)`:`✗ ${e.tag}: verification failed`;const r=e.ok?e.checked.map(e=>`${t==="markdown"?"- ":"  "}${e.name} sha256:${e.sha256}`):e.problems.map(e=>`${t==="markdown"?"- ":"  "}${e.kind}${e.asset?` (${e.asset})`:""}: ${e.message}`);return`${t==="markdown"?`## ${n}`:n}\n${r.join("\n")}\n`}function explainAccessError(e,t,n){if(typeof e!=="object"||e===null)return undefined;const{status:r,message:s,request:o}=e;if(r!==401&&r!==403&&r!==404)return undefined;const i=typeof s==="string"?s.replace(/ - https:\/\/docs\.github\.com\S*/,""):"";if(r===403&&/rate limit/i.test(i))return undefined;const a=`${n.owner}/${n.repo}`;const c=typeof o?.method==="string"&&typeof o.url==="string"?`${o.method} ${new URL(o.url).pathname}`:"a request";const l=t==="write"?"`contents: write`":"`contents: read`";if(r===401){return new g.yo(`GitHub refused the token (401 ${i||"Bad credentials"})`,{location:{key:"token"},hint:"Pass a valid token (the default `${{ github.token }}` works in Actions; on the command line set GITHUB_TOKEN)"})}return new g.yo(`GitHub answered ${r} to ${c} on ${a}${i?`: ${i}`:""}`,{location:{key:"token"},hint:t==="write"?`The token needs ${l} on ${a}: add \`permissions: contents: write\` to the job (or the workflow), or pass a token that has it`:`The token needs ${l} on ${a}; check --repo and the token`})}const dn={debug:()=>{},info:()=>{},warn:e=>process.stderr.write(`modelship: warning: ${e}\n`),error:e=>process.stderr.write(`modelship: ${e}\n`)};function common(e){return e.requiredOption("--model <name>","model name (versions are tagged <model>/v<N>)").option("--repo <owner/name>","the repository holding the registry (default: $GITHUB_REPOSITORY)").option("--api-url <url>","GitHub API URL (default: $GITHUB_API_URL or https://api.github.com)").option("--token <token>","GitHub token (default: $GITHUB_TOKEN or $GH_TOKEN; none for a public repository)").addOption(formatOption())}const positive=e=>t=>{if(!/^\d+$/.test(t)||Number(t)<1){throw new g.yo(`${e} must be a whole number ≥ 1, not "${t}"`,{location:{key:e}})}return Number(t)};async function withRegistry(e,t){const n=e.repo??process.env.GITHUB_REPOSITORY??"";const[s,o,...i]=n.split("/");if(!s||!o||i.length){throw new g.yo(n?`--repo "${n}" is not owner/name`:"No repository given",{location:{key:"--repo"},hint:"Pass --repo owner/name (or set GITHUB_REPOSITORY)"})}const a=e.apiUrl??process.env.GITHUB_API_URL??"https://api.github.com";const[{createOctokit:c},{createOctokitClient:l},{Registry:u}]=await Promise.all([Promise.all([r.e(339),r.e(911)]).then(r.bind(r,911)),r.e(985).then(r.bind(r,9366)),r.e(886).then(r.bind(r,1886))]);const f=c({token:e.token??process.env.GITHUB_TOKEN??process.env.GH_TOKEN,baseUrl:a,logger:dn,userAgent:"modelship-cli"});const d=new u({github:l(f,{owner:s,repo:o}),logger:dn});try{return await t(d)}catch(e){const{status:t,response:n}=e??{};if(t===500&&n===undefined&&e instanceof Error){throw new g.yo(`Cannot reach ${a} (${e.message})`,{location:{key:"--api-url"},hint:"Check --api-url (or GITHUB_API_URL) and the network"})}throw explainAccessError(e,"read",{owner:s,repo:o})??e}}function registerRegistry(e,t){e.enablePositionalOptions();const n=e.command("registry").description("Read the model registry kept in GitHub Releases and Deployments (see docs/registry.md).");common(n.command("list")).description("The newest versions of a model, newest first (2 API calls per version shown, plus 1).").option("--limit <n>","how many versions to show",positive("--limit"),10).action(async e=>{const n=await withRegistry(e,t=>t.newestVersions(e.model,e.limit));const r=n.versions.map(({number:t,inspection:n})=>n.version?versionView(n.version):unreadableView(e.model,t,n.problems));const s={model:e.model,tagCount:n.tagCount,versions:r};await emit(renderVersionList(s,e.format),undefined);t(y.ok)});common(n.command("show")).description("One version: its manifest summary, assets and stage markers (exit 1 when it is not readable).").requiredOption("--version <n>","the version number N",positive("--version")).action(async e=>{const n=await withRegistry(e,t=>t.inspectVersion(e.model,e.version));if(n.problems[0]?.kind==="not-found"){throw new g.yo(`${e.model}/v${e.version} does not exist`,{location:{key:"--version"},hint:`List the versions with \`modelship registry list --model ${e.model}\``})}const r=n.version?versionView(n.version):unreadableView(e.model,e.version,n.problems);await emit(renderVersion(r,e.format),undefined);t(r.readable?y.ok:y.failed)});common(n.command("history")).description("The deployments of a stage with their statuses, newest first; --at says what was live at a time.").requiredOption("--stage <stage>","the stage, e.g. production").option("--limit <n>","how many deployments to show",positive("--limit"),30).option("--at <time>","also report the version live at this time (ISO 8601, e.g. 2026-03-01T12:00:00Z)").action(async e=>{const n=e.at===undefined?undefined:new Date(e.at);if(n&&Number.isNaN(n.getTime())){throw new g.yo(`--at "${e.at}" is not a time`,{location:{key:"--at"},hint:"Use ISO 8601, e.g. 2026-03-01T12:00:00Z"})}const r=await withRegistry(e,async t=>{const r=await t.history(e.model,e.stage,{limit:e.limit});const s=n?{time:n,live:await t.at(e.model,e.stage,n)}:undefined;return historyView(e.model,e.stage,r,s)});await emit(renderHistory(r,e.format),undefined);t(y.ok)});common(n.command("verify")).description("Re-download every asset of a version and check every digest (exit 1 on any mismatch).").requiredOption("--version <n>","the version number N",positive("--version")).action(async e=>{const n=await withRegistry(e,t=>t.verify(e.model,e.version));const r=verifyView(e.model,e.version,n);await emit(renderVerify(r,e.format),undefined);t(r.ok?y.ok:y.failed)})}var hn=r(1421);function checkoutRoot(){let e=(0,me.dirname)((0,Ct.fileURLToPath)(import.meta.url));for(;;){if((0,se.existsSync)((0,me.join)(e,"sandbox","serve.ts")))return e;const t=(0,me.dirname)(e);if(t===e)return undefined;e=t}}function registerSandbox(e,t){e.command("sandbox").description("Start the embedded GitHub (contract-checked REST API, webhooks, personas) on 127.0.0.1.").option("--port <n>","port to listen on (0: any free port)","0").option("--seed <file>","a JSON or YAML seed file adding users, repositories, files and collaborators").option("--webhook-url <url>","deliver the App’s webhooks to this URL").option("--app","also start the modelship App wired to the sandbox (try /promote and /rollback by hand)").option("--no-strict","answer contract violations instead of refusing them").addHelpText("after","\nPrints the URL, the personas’ tokens and where webhooks go. See docs/sandbox.md.").action(async e=>{const n=checkoutRoot();const r=n&&(0,me.join)(n,"node_modules","tsx","dist","loader.mjs");if(!n||!r||!(0,se.existsSync)(r)){throw new g.yo("`modelship sandbox` runs from a modelship checkout with its dev dependencies",{hint:"Clone the repository, run `npm ci`, then `npm run modelship -- sandbox`"})}const s=["--import","tsx",(0,me.join)(n,"sandbox","serve.ts"),"--port",e.port];if(e.seed)s.push("--seed",e.seed);if(e.webhookUrl)s.push("--webhook-url",e.webhookUrl);if(e.app)s.push("--app");if(!e.strict)s.push("--no-strict");const o=(0,hn.spawn)(process.execPath,s,{cwd:process.cwd(),stdio:"inherit"});const i=await new Promise(e=>o.on("close",t=>e(t??0)));t(i)})}function isSkipped(e){return typeof e.details==="object"&&e.details!==null&&e.details.skipped===true}function describeKind(e){return e.replace(/^expect_(column_|table_)?/,"").replace(/_/g," ").trim()}function validation_summary_status(e){if(isSkipped(e))return"⏭️";if(e.success)return"✅";return e.severity==="error"?"❌":"⚠️"}function isAggregate(e){return e.observed!==undefined}function detailCell(e,t=3){if(isAggregate(e)||e.examples.length===0)return e.message&&(!e.success||isAggregate(e))?cell(e.message):"";const n=e.examples.slice(0,t).map(e=>`row ${count(e.row)}: ${code(e.value)}`);if(e.examples.length>t)n.push(`+${e.unexpected_count-t} more`);return n.join("<br>")}function row(e){const t=!isAggregate(e)&&e.element_count>0;const n=t?`${count(e.unexpected_count)} / ${count(e.element_count)}`:"—";const r=t?percent(e.unexpected_percent):"—";return`| ${validation_summary_status(e)} | ${cell(describeKind(e.expectation))} | ${e.column===null?"":code(e.column)} | ${n} | ${r} | ${detailCell(e)} |`}function tally(e){let t=0;let n=0;let r=0;for(const s of e.results){if(isSkipped(s))r++;else if(s.success)continue;else if(s.severity==="error")t++;else n++}const s=e.results.length-r;return{evaluated:s,passed:s-t-n,failed:t,warnings:n,skipped:r}}function countsLine(e){const t=e.skipped>0?` · ${e.skipped} skipped`:"";return`${e.evaluated} checks · ${e.passed} passed · ${e.failed} failed · ${e.warnings} warnings${t}`}function renderValidationMarkdown(e,t="Data validation"){const n=tally(e);const r=e.passed?`✅ ${t} passed`:`❌ ${t} failed`;const s=[`## ${r}`,"",`**${count(e.row_count)} rows** · ${countsLine(n)}`,""].join("\n");const o=["```mermaid","pie showData title Checks",`  "passed" : ${n.passed}`,...n.failed>0?[`  "failed" : ${n.failed}`]:[],...n.warnings>0?[`  "warnings" : ${n.warnings}`]:[],"```",""].join("\n");const i="| | Check | Column | Unexpected | % | Examples or observed |\n|---|---|---|---|---|---|";const a=e.results.filter(e=>!e.success);const c=e.results.filter(e=>e.success&&!isSkipped(e));const l=e.results.filter(isSkipped);const u=[s];if(a.length>0){u.push(o,"### Failed checks","",i,...a.map(row),"")}if(c.length>0){u.push(`<details${a.length===0?" open":""}><summary>${c.length} passed checks</summary>`,"",i,...c.map(row),"","</details>","")}if(l.length>0){u.push(`<details><summary>${l.length} skipped checks</summary>`,"",i,...l.map(row),"","</details>","")}return fitBody(u)}function renderValidationText(e,t={}){const n=tally(e);const r=[`${e.passed?"PASSED":"FAILED"}: ${count(e.row_count)} rows · ${countsLine(n)}`];const line=(e,t)=>{const n=t.column===null?"":` [${t.column}]`;return`  ${e} ${describeKind(t.expectation)}${n}${t.message?` — ${t.message}`:""}`};for(const t of e.results.filter(e=>!e.success)){r.push(line(t.severity==="error"?"FAIL":"WARN",t));for(const e of t.examples.slice(0,3)){const t=e.file&&e.line?` (${e.file}:${e.line})`:"";r.push(`         row ${e.row}${t}: ${JSON.stringify(e.value)}`)}if(t.unexpected_count>3&&t.examples.length>0)r.push(`         … ${t.unexpected_count-3} more`)}const s=e.results.filter(e=>e.success&&!isSkipped(e));const o=e.results.filter(isSkipped);if(t.verbose){for(const e of s)r.push(line("ok  ",e))}else if(s.length>0){r.push(`  ok   ${s.length} checks passed (--verbose lists them)`)}for(const e of o)r.push(line("SKIP",e));return r.join("\n")+"\n"}function validationAnnotations(e,t){const n=e.results.filter(e=>!e.success).sort((e,t)=>Number(e.severity==="warn")-Number(t.severity==="warn"));const r=n.map(e=>{const t=e.severity==="error"?"error":"warning";const n=`modelship: ${describeKind(e.expectation)}${e.column===null?"":` (${e.column})`}`;if(isAggregate(e)){const r=e.defined_at;return r?.file!==undefined&&r.line!==undefined?[{level:t,title:n,message:e.message??"check failed",file:r.file,line:r.line}]:[]}return e.examples.flatMap(r=>r.file===undefined||r.line===undefined?[]:[{level:t,title:n,message:`Row ${r.row}: unexpected value ${JSON.stringify(r.value)}${e.message?` — ${e.message}`:""}`,file:r.file,line:r.line}])});const s=[];for(const e of["error","warning"]){const n=r.filter(t=>t[0]?.level===e);for(let e=0;s.length<t&&n.some(t=>e<t.length);e++){for(const r of n){if(s.length>=t)break;const n=r[e];if(n)s.push(n)}}}return s}function failsUnder(e,t){if(t==="never")return false;if(t==="error")return!e.passed;return e.results.some(e=>!e.success)}const pn=$.k5n(["error","warn"]).describe("`error` fails the validation when the check fails; `warn` only reports it. Default: error.");const mn=$.aig().min(0).max(1).describe("Fraction of the checked values that must pass (like Great Expectations). Default: 1.");function rowCheck(e,t){return $.KCZ([e,$.rej({value:e,mostly:mn.optional(),severity:pn.optional()})],{error:`expected ${t}, or the long form { value: ${t}, mostly, severity }`})}function aggregateCheck(e,t){return $.KCZ([e,$.rej({value:e,severity:pn.optional()})],{error:`expected ${t}, or the long form { value: ${t}, severity }`})}const gn=$.KCZ([$.aig(),$.YjP()],{error:"expected a number, or a date like 2024-01-31 or 2024-01-31T12:00:00Z for timestamp columns"});const yn=$.KCZ([$.aig(),$.YjP(),$.rej({value:gn,exclusive:$.zMY().optional().describe("Exclude the bound itself (strict inequality). Default: false."),mostly:mn.optional(),severity:pn.optional()})],{error:"expected a number (or a date for timestamp columns), or the long form { value, exclusive, mostly, severity }"}).describe("Inclusive bound on the values; dates (2024-01-31, ISO 8601) for timestamp columns.");const vn=$.k5n(["number","category","timestamp"]);const bn=$.aig().int().min(0);const wn=$.YjP().regex(new RegExp(x),{error:"expected a duration like 90m, 36h, 30d or 2w"}).describe("A duration: a number and one unit of ms, s, m, h, d, w (e.g. 36h, 30d, 2w).");const _n=$.rej({type:rowCheck(vn,"number | category | timestamp").optional().describe("Expected type. Cells that do not parse as this type are unexpected. Also tells the reader how to read the column."),required:$.zMY().optional().describe("The column must exist in the data. Default: true. With false, checks on an absent column are skipped."),nullable:rowCheck($.zMY(),"true | false").optional().describe("false: no value may be null (use max_null_fraction to allow a few). Default: true (not checked)."),max_null_fraction:aggregateCheck($.aig().min(0).max(1),"a fraction between 0 and 1").optional().describe("Largest fraction of rows that may be null."),min:yn.optional(),max:yn.optional(),allowed:rowCheck($.YOg($.KCZ([$.YjP(),$.aig(),$.zMY()]),{error:"expected a list of values"}).min(1,{error:"must list at least one value"}),"a list of values").optional().describe("The set of allowed values (compared as text for category columns)."),regex:rowCheck($.YjP(),"a regular expression string").optional().describe("JavaScript regular expression (u flag) each value must match; unanchored unless you write ^ and $."),unique:rowCheck($.zMY(),"true | false").optional().describe("true: no value may appear twice. Memory grows with the number of distinct values."),length:$.rej({min:bn.optional(),max:bn.optional(),mostly:mn.optional(),severity:pn.optional()}).optional().describe("Bounds on the length of each value as text, in Unicode code points."),freshness:$.rej({max_age:wn.describe("The newest value must be at most this old, relative to the validation time."),severity:pn.optional()}).optional().describe("Freshness of a timestamp column: its newest value is no older than max_age."),mostly:mn.optional().describe("Default `mostly` for every row-level check of this column. Default: 1."),severity:pn.optional().describe("Default severity for every check of this column. Default: error.")}).describe("Checks on one column.");const xn=$.rej({row_count:$.rej({min:bn.optional(),max:bn.optional(),severity:pn.optional()}).optional().describe("Inclusive range of the number of data rows."),required_columns:aggregateCheck($.YOg($.YjP(),{error:"expected a list of column names"}),"a list of column names").optional().describe("Columns that must exist. Columns named under `columns` and `distribution` are required too, unless `required: false`."),no_extra_columns:aggregateCheck($.zMY(),"true | false").optional().describe("true: the data may have no columns other than those named in this file. Default: false.")}).describe("Checks on the whole table.");const kn=$.rej({max_psi:aggregateCheck($.aig().min(0),"a number ≥ 0").optional().describe("Largest Population Stability Index vs the reference (10 reference-decile bins, eps 1e-4, natural log). 0.1 is moderate, 0.25 major."),mean_tolerance:$.KCZ([$.aig().min(0),$.rej({relative:$.aig().min(0).optional().describe("Allowed |mean − ref mean| as a fraction of |ref mean|."),stds:$.aig().min(0).optional().describe("Allowed |mean − ref mean| in reference standard deviations."),severity:pn.optional()})],{error:"expected a relative tolerance (0.1 = 10%), or { relative, stds, severity }"}).optional().describe("The mean may differ from the reference mean by at most the larger of the given tolerances."),quantile_tolerance:$.rej({q:$.YOg($.aig().min(0).max(1)).min(1).describe("Quantiles to compare, e.g. [0.5, 0.9]."),relative:$.aig().min(0).optional().describe("Allowed difference as a fraction of |reference quantile|."),absolute:$.aig().min(0).optional().describe("Allowed absolute difference."),severity:pn.optional()}).optional().describe("Each listed quantile may differ from the reference quantile by at most the larger of the given tolerances.")}).describe("Distribution checks of one column against the reference profile.");const $n=$.rej({version:$.euz(1).optional().describe("Version of the expectations language. Default: 1."),table:xn.optional(),columns:$.g1P($.YjP(),_n).optional().describe("Checks per column, by column name."),distribution:$.g1P($.YjP(),kn).optional().describe("Checks against a reference profile, by column name.")}).describe("modelship expectations: data quality checks run by `modelship validate` and the validate-data action.");function expectationsJsonSchema(){const e=z.toJSONSchema($n,{target:"draft-7"});return{...e,title:"modelship expectations"}}function loadExpectations(e,t){const n=parseYamlSource(e,t);if(n.value===null||n.value===undefined){throw new g.yo("the expectations file is empty",{location:{file:t,line:1},hint:"Write at least one check; `modelship expectations infer` writes a starting file from your data"})}const r=n.value;const s=$n.safeParse(r);if(!s.success)throwProblems(zodIssuesToProblems(s.error.issues,n,$n));const o=[];const i=expectations_normalize(s.data,n,o);if(o.length)throwProblems(o);return i}function expectations_normalize(e,t,n){const r={source:t,problems:n};const s=[];const o={};const i=[];const a=e.columns??{};const c=e.distribution??{};const l=e.table??{};if(l.row_count){const{min:e,max:t}=l.row_count;const n=["table","row_count"];if(e===undefined&&t===undefined)expectations_problem(r,n,"row_count needs min, max or both");if(e!==undefined&&t!==undefined&&e>t)expectations_problem(r,n,`min (${e}) is greater than max (${t})`);s.push({kind:"expect_table_row_count_to_be_between",column:null,severity:l.row_count.severity??"error",mostly:1,source:loc(r,n),params:{...e!==undefined&&{min:e},...t!==undefined&&{max:t}}})}const u=new Set;const f=longForm(l.required_columns);for(const e of f?.value??[])u.add(e);for(const[e,t]of Object.entries(a)){if(t.required===false)i.push(e);else u.add(e)}for(const e of Object.keys(c))if(!i.includes(e))u.add(e);if(u.size){s.push({kind:"expect_table_columns_to_include",column:null,severity:f?.severity??"error",mostly:1,source:loc(r,l.required_columns!==undefined?["table","required_columns"]:["columns"]),params:{column_set:[...u]}})}const d=longForm(l.no_extra_columns);if(d?.value){const e=new Set([...u,...i]);s.push({kind:"expect_table_columns_to_match_set",column:null,severity:d.severity??"error",mostly:1,source:loc(r,["table","no_extra_columns"]),params:{column_set:[...e]}})}for(const[e,t]of Object.entries(a)){normalizeColumn(r,e,t,s,o)}for(const[e,t]of Object.entries(c)){normalizeDistribution(r,e,t,a[e],s)}return{file:t.file,version:1,expectations:s,types:o,optionalColumns:i,raw:e}}function normalizeColumn(e,t,n,r,s){const o=["columns",t];const i={severity:n.severity??"error",mostly:n.mostly??1};const row=e=>{const t=longForm(e);return{value:t.value,severity:t.severity??i.severity,mostly:"mostly"in t&&t.mostly!==undefined?t.mostly:i.mostly}};const a=n.type!==undefined?row(n.type):undefined;const c=a?.value;if(c)s[t]=c;if(a){r.push({kind:"expect_column_values_to_be_of_type",column:t,severity:a.severity,mostly:a.mostly,source:loc(e,[...o,"type"]),params:{type:a.value}})}const l=n.nullable!==undefined?row(n.nullable):undefined;if(n.max_null_fraction!==undefined){const s=longForm(n.max_null_fraction);if(l&&l.value===false){expectations_problem(e,[...o,"max_null_fraction"],"give either `nullable: false` or `max_null_fraction`, not both")}r.push({kind:"expect_column_values_to_not_be_null",column:t,severity:s.severity??i.severity,mostly:1-s.value,source:loc(e,[...o,"max_null_fraction"]),params:{max_null_fraction:s.value}})}else if(l&&l.value===false){r.push({kind:"expect_column_values_to_not_be_null",column:t,severity:l.severity,mostly:l.mostly,source:loc(e,[...o,"nullable"]),params:{}})}if(n.min!==undefined||n.max!==undefined){if(c==="category"){expectations_problem(e,[...o,n.min!==undefined?"min":"max"],"min/max apply to number or timestamp columns, not category","Use `allowed` or `length` for category columns")}const bound=t=>{const r=n[t];if(r===undefined)return undefined;const s=typeof r==="object"?r:{value:r};const a=c==="timestamp"||c===undefined&&typeof s.value==="string"?"timestamp":"number";const l=typeof r==="object"?[...o,t,"value"]:[...o,t];let u=typeof s.value==="number"?s.value:Number.NaN;if(typeof s.value==="string"){if(a==="number")expectations_problem(e,l,`expected a number, got a string (${JSON.stringify(s.value)})`);else{u=(0,ue.E)(s.value);if(Number.isNaN(u)){expectations_problem(e,l,`"${s.value}" is not a date`,"Write dates as 2024-01-31 or 2024-01-31T12:00:00Z (ISO 8601)")}}}return{value:u,valueType:a,exclusive:("exclusive"in s&&s.exclusive)===true,severity:"severity"in s&&s.severity||i.severity,mostly:"mostly"in s&&s.mostly!==undefined?s.mostly:i.mostly}};const a=bound("min");const l=bound("max");const u=a?.valueType==="timestamp"||l?.valueType==="timestamp"?"timestamp":"number";if(!c)s[t]=u;if(a&&l&&a.value>l.value){expectations_problem(e,[...o,"min"],`min (${String(n.min&&typeof n.min==="object"?n.min.value:n.min)}) is greater than max (${String(n.max&&typeof n.max==="object"?n.max.value:n.max)})`)}const between=(n,r,s,i,a)=>({kind:"expect_column_values_to_be_between",column:t,severity:i,mostly:a,source:loc(e,[...o,n]),params:{...r&&{min:r.value},...s&&{max:s.value},strict_min:r?.exclusive??false,strict_max:s?.exclusive??false,value_type:u}});if(a&&l&&a.severity===l.severity&&a.mostly===l.mostly){r.push(between("min",a,l,a.severity,a.mostly))}else{if(a)r.push(between("min",a,undefined,a.severity,a.mostly));if(l)r.push(between("max",undefined,l,l.severity,l.mostly))}}if(n.allowed!==undefined){const s=row(n.allowed);r.push({kind:"expect_column_values_to_be_in_set",column:t,severity:s.severity,mostly:s.mostly,source:loc(e,[...o,"allowed"]),params:{value_set:s.value}})}if(n.regex!==undefined){const s=row(n.regex);const i=typeof n.regex==="object"?[...o,"regex","value"]:[...o,"regex"];try{new RegExp(s.value,"u")}catch(t){expectations_problem(e,i,`regex does not compile: ${t.message}`,"Write a JavaScript regular expression (u flag); in YAML, single-quote it so backslashes stay as written")}r.push({kind:"expect_column_values_to_match_regex",column:t,severity:s.severity,mostly:s.mostly,source:loc(e,[...o,"regex"]),params:{regex:s.value}})}if(n.length!==undefined){const{min:s,max:a}=n.length;const c=[...o,"length"];if(s===undefined&&a===undefined)expectations_problem(e,c,"length needs min, max or both");if(s!==undefined&&a!==undefined&&s>a)expectations_problem(e,c,`min (${s}) is greater than max (${a})`);r.push({kind:"expect_column_value_lengths_to_be_between",column:t,severity:n.length.severity??i.severity,mostly:n.length.mostly??i.mostly,source:loc(e,c),params:{...s!==undefined&&{min:s},...a!==undefined&&{max:a}}})}if(n.unique!==undefined){const s=row(n.unique);if(s.value){r.push({kind:"expect_column_values_to_be_unique",column:t,severity:s.severity,mostly:s.mostly,source:loc(e,[...o,"unique"]),params:{}})}}if(n.freshness!==undefined){const a=[...o,"freshness"];if(c&&c!=="timestamp"){expectations_problem(e,a,`freshness applies to timestamp columns, but the column is declared as ${c}`)}if(!c)s[t]="timestamp";const l=parseDuration(n.freshness.max_age);if(l===undefined||l<=0)expectations_problem(e,[...a,"max_age"],"expected a positive duration like 36h, 30d or 2w");r.push({kind:"expect_column_max_age",column:t,severity:n.freshness.severity??i.severity,mostly:1,source:loc(e,a),params:{max_age:n.freshness.max_age,max_age_ms:l??0}})}}function normalizeDistribution(e,t,n,r,s){const o=["distribution",t];const i=r?.type===undefined?undefined:longForm(r.type).value;const a=r?.severity??"error";if(n.max_psi!==undefined){const r=longForm(n.max_psi);s.push({kind:"expect_column_psi_to_be_below",column:t,severity:r.severity??a,mostly:1,source:loc(e,[...o,"max_psi"]),params:{max_psi:r.value}})}if(n.mean_tolerance!==undefined){const r=[...o,"mean_tolerance"];const c=typeof n.mean_tolerance==="number"?{relative:n.mean_tolerance}:n.mean_tolerance;if(c.relative===undefined&&c.stds===undefined)expectations_problem(e,r,"mean_tolerance needs relative, stds or both");if(i==="category")expectations_problem(e,r,"mean_tolerance applies to number or timestamp columns, not category");s.push({kind:"expect_column_mean_to_be_within",column:t,severity:"severity"in c&&c.severity||a,mostly:1,source:loc(e,r),params:{...c.relative!==undefined&&{relative:c.relative},...c.stds!==undefined&&{stds:c.stds}}})}if(n.quantile_tolerance!==undefined){const r=[...o,"quantile_tolerance"];const c=n.quantile_tolerance;if(c.relative===undefined&&c.absolute===undefined){expectations_problem(e,r,"quantile_tolerance needs relative, absolute or both")}if(i==="category")expectations_problem(e,r,"quantile_tolerance applies to number or timestamp columns, not category");s.push({kind:"expect_column_quantile_to_be_within",column:t,severity:c.severity??a,mostly:1,source:loc(e,r),params:{q:c.q,...c.relative!==undefined&&{relative:c.relative},...c.absolute!==undefined&&{absolute:c.absolute}}})}}function longForm(e){if(e===undefined)return undefined;if(e!==null&&typeof e==="object"&&!Array.isArray(e)&&"value"in e){return e}return{value:e}}function loc(e,t){return e.source.locate(t)}function expectations_problem(e,t,n,r){e.problems.push(problemAt(e.source,t,n,r))}function displayValue(e,t){if(!t)return e;const n=new Date(e);return Number.isNaN(n.getTime())?e:n.toISOString()}class ViewCache{batch;numeric=new Map;text=new Map;constructor(e){this.batch=e}numbers(e,t){if(e.type!=="category"){const t=e.invalidText;return{values:e.values,state:e.state,raw:e=>t.get(e)}}const n=`${e.name}\0${t}`;let r=this.numeric.get(n);if(!r){const s=t==="number"?J.k:ue.E;const o=e.dictionary;const i=new Float64Array(o.length);for(let e=0;e<o.length;e++)i[e]=s(o[e]);const a=this.batch.length;const c=new Float64Array(a);const l=new Uint8Array(a);const u=e.codes;for(let e=0;e<a;e++){const t=u[e];if(t<0)l[e]=Xe.Cq;else{const n=i[t];if(Number.isNaN(n))l[e]=Xe.uY;else c[e]=n}}r={values:c,state:l,raw:e=>u[e]>=0?o[u[e]]:undefined};this.numeric.set(n,r)}return r}texts(e){if(e.type==="category")return e;let t=this.text.get(e.name);if(!t){const n=this.batch.length;const r=new Int32Array(n);const s=[];const o=new Map;const i=e.type==="timestamp";for(let t=0;t<n;t++){const n=e.state[t];if(n===Xe.Cq){r[t]=-1;continue}const a=n===Xe.dO?String(displayValue(e.values[t],i)):e.invalidText.get(t)??"";let c=o.get(a);if(c===undefined){c=s.length;s.push(a);o.set(a,c)}r[t]=c}t={codes:r,dictionary:s};this.text.set(e.name,t)}return t}}class Tally{maxExamples;element=0;unexpected=0;examples=[];constructor(e){this.maxExamples=e}room(){return this.maxExamples-this.examples.length}example(e,t,n){if(this.examples.length>=this.maxExamples)return;const r=e.lines?.[t];this.examples.push(r===undefined?{row:e.firstRow+t,value:n,file:e.file}:{row:e.firstRow+t,value:n,file:e.file,line:r})}}function percentOf(e,t){return t===0?0:e*100/t}function passesMostly(e,t,n){return e===0||(e-t)/e>=n-1e-12}function evaluator_fmt(e){if(Number.isInteger(e))return groupThousands(e);if(!Number.isFinite(e))return String(e);return String(Number(e.toPrecision(4)))}function groupThousands(e){if(Object.is(e,-0)||Math.abs(e)>=1e21)return e.toLocaleString("en-US");const t=String(Math.abs(e));let n="";for(let e=0;e<t.length;e++){if(e>0&&(t.length-e)%3===0)n+=",";n+=t[e]}return e<0?`-${n}`:n}function makeResult(e,t){return{expectation:e.kind,column:e.column,success:t.success,severity:e.severity,element_count:t.element,unexpected_count:t.unexpected,unexpected_percent:percentOf(t.unexpected,t.element),examples:t.examples??[],mostly:e.mostly,...t.observed!==undefined&&{observed:t.observed},message:t.message,...t.details!==undefined&&{details:t.details},defined_at:e.source}}function rowResult(e,t,n,r,s){const{element:o,unexpected:i}=t;const a=passesMostly(o,i,e.mostly);let c;if(o===0)c=`no ${n} to check`;else if(i===0)c=`all ${evaluator_fmt(o)} ${n} pass`;else{c=`${evaluator_fmt(i)} of ${evaluator_fmt(o)} ${n} (${evaluator_fmt(percentOf(i,o))}%) ${r}`;if(e.mostly<1){const t=Math.floor(o*(1-e.mostly)+1e-9);c+=`; mostly ${e.mostly} allows ${evaluator_fmt(t)}`}}return makeResult(e,{success:a,element:o,unexpected:i,examples:t.examples,message:c,details:s})}function fixedResult(e,t,n,r){return{expectation:e,column:null,finish:()=>makeResult(e,{success:t,element:0,unexpected:0,message:n,details:r})}}const Sn=1e5;class Reservoir{capacity;sample;seen=0;state;constructor(e=Sn,t=2654435769){this.capacity=e;this.sample=new Float64Array(e);this.state=t>>>0||1}get count(){return this.seen}get exact(){return this.seen<=this.capacity}add(e){if(this.seen<this.capacity){this.sample[this.seen++]=e;return}this.seen+=1;const t=Math.floor(this.random()*this.seen);if(t<this.capacity)this.sample[t]=e}sorted(){return this.sample.slice(0,Math.min(this.seen,this.capacity)).sort()}random(){let e=this.state;e^=e<<13;e^=e>>>17;e^=e<<5;this.state=e>>>0;return this.state/4294967296}}function rowCount(e){const{min:t,max:n}=e.params;return{expectation:e,column:null,finish({rowCount:r}){const s=(t===undefined||r>=t)&&(n===undefined||r<=n);const o=`[${t===undefined?"0":evaluator_fmt(t)}, ${n===undefined?"∞":evaluator_fmt(n)}]`;return makeResult(e,{success:s,element:r,unexpected:0,observed:r,message:s?`${evaluator_fmt(r)} rows, within ${o}`:`${evaluator_fmt(r)} rows, outside ${o}`,details:{...t!==undefined&&{min:t},...n!==undefined&&{max:n}}})}}}function columnsInclude(e){return{expectation:e,column:null,finish({columns:t}){const n=new Set(t);const r=e.params.column_set.filter(e=>!n.has(e));return makeResult(e,{success:r.length===0,element:e.params.column_set.length,unexpected:r.length,observed:r,message:r.length?`missing column(s): ${r.join(", ")} (the data has ${t.join(", ")})`:`all ${e.params.column_set.length} required columns are present`,details:{missing:r}})}}}function columnsMatchSet(e){return{expectation:e,column:null,finish({columns:t}){const n=new Set(e.params.column_set);const r=new Set(t);const s=t.filter(e=>!n.has(e));const o=e.params.column_set.filter(e=>!r.has(e));const i=[s.length?`unexpected column(s): ${s.join(", ")}`:"",o.length?`missing: ${o.join(", ")}`:""];return makeResult(e,{success:s.length===0&&o.length===0,element:t.length,unexpected:s.length,observed:[...t],message:i.filter(Boolean).join("; ")||"the columns match the expectations file exactly",details:{extra:s,missing:o}})}}}function maxAge(e,t){let n=-Infinity;let r=0;return{expectation:e,column:e.column,onBatch(e,t,s){const{values:o,state:i}=s.numbers(e,"timestamp");let a=n;let c=0;for(let e=0;e<t.length;e++){if(i[e]!==Xe.dO)continue;c++;const t=o[e];if(t>a)a=t}n=a;r+=c},finish(){const s=t-e.params.max_age_ms;const o=r?String(displayValue(n,true)):null;const i=r>0&&n>=s;const a=(t-n)/36e5;return makeResult(e,{success:i,element:r,unexpected:0,observed:o,message:!r?"no timestamps to check freshness on":i?`newest value ${o} is within ${e.params.max_age}`:`newest value ${o} is ${evaluator_fmt(a)} h old, more than ${e.params.max_age}`,details:{now:new Date(t).toISOString(),max_age:e.params.max_age,age_ms:r?t-n:null}})}}}function aggregate_checks_psi(e,t,n){const r=e.params.max_psi;const finishWith=(t,n,s,o)=>{const i=psi_psiFromCounts(t,Array.from(n));const a=Number.isFinite(i)&&i<=r;return makeResult(e,{success:a,element:s,unexpected:0,observed:Number.isFinite(i)?i:null,message:!Number.isFinite(i)?"PSI is undefined: no values in the current data or the reference":`PSI ${evaluator_fmt(i)} ${a?"≤":">"} ${r}`,details:{max_psi:r,convention:rt,epsilon:nt,bins:o,reference_counts:t,current_counts:Array.from(n)}})};if(t.type==="category"){const n=Object.keys(t.top);const r=new Map(n.map((e,t)=>[e,t]));const s=n.length;const o=[...n.map(e=>t.top[e]),t.other];const i=new Float64Array(n.length+1);let a=0;return{expectation:e,column:e.column,onBatch(e,t,n){const{codes:o,dictionary:c}=n.texts(e);const l=new Int32Array(c.length);for(let e=0;e<c.length;e++)l[e]=r.get(c[e])??s;for(let e=0;e<t.length;e++){const t=o[e];if(t<0)continue;a++;i[l[t]]++}},finish:()=>finishWith(o,i,a,[...n,"(other)"])}}const s=referenceDecileEdges(t);const o=referenceBinCounts(t,s);const i=new Float64Array(s.length+1);const a=t.type==="timestamp"||n==="timestamp"?"timestamp":"number";const c=t.exact?undefined:(0,kt.Vc)(t.sketch.alpha);const l=t.min??-Infinity;const u=t.max??Infinity;const place=e=>c?Math.min(u,Math.max(l,(0,kt.MB)(e,c))):e;let f=0;return{expectation:e,column:e.column,onBatch(e,t,n){const{values:r,state:o}=n.numbers(e,a);for(let e=0;e<t.length;e++){if(o[e]!==Xe.dO)continue;f++;i[(0,$t.Ak)(s,place(r[e]))]++}},finish:()=>finishWith(o,i,f,{edges:s,reference_mode:t.exact?"exact":"sketch"})}}function mean(e,t){let n=0;let r=0;const s=t.type==="timestamp"?"timestamp":"number";return{expectation:e,column:e.column,onBatch(e,t,o){const{values:i,state:a}=o.numbers(e,s);let c=0;let l=0;for(let e=0;e<t.length;e++){if(a[e]!==Xe.dO)continue;c+=i[e];l++}n+=c;r+=l},finish(){const{relative:s,stds:o}=e.params;const i=t.mean??Number.NaN;const a=referenceStd(t);const c=Math.max(s===undefined?-Infinity:s*Math.abs(i),o===undefined?-Infinity:o*a);const l=r?n/r:Number.NaN;const u=Math.abs(l-i);const f=Number.isFinite(u)&&Number.isFinite(c)&&u<=c;return makeResult(e,{success:f,element:r,unexpected:0,observed:r?l:null,message:!r?"no values to compute a mean from":`mean ${evaluator_fmt(l)} vs reference ${evaluator_fmt(i)}: difference ${evaluator_fmt(u)} ${f?"≤":">"} allowed ${evaluator_fmt(c)}`,details:{reference_mean:i,reference_std:Number.isFinite(a)?a:null,difference:Number.isFinite(u)?u:null,allowed:Number.isFinite(c)?c:null,rule:"allowed = max(relative·|reference mean|, stds·reference std)"}})}}}function quantiles(e,t){const n=new Reservoir(Sn);const r=t.type==="timestamp"?"timestamp":"number";return{expectation:e,column:e.column,onBatch(e,t,s){const{values:o,state:i}=s.numbers(e,r);for(let e=0;e<t.length;e++)if(i[e]===Xe.dO)n.add(o[e])},finish(){const{q:r,relative:s,absolute:o}=e.params;const i=n.sorted();const a={};const c=r.map(e=>{const n=referenceQuantile(t,e);const r=quantileOfSorted(i,e);const c=Math.max(s===undefined?-Infinity:s*Math.abs(n),o===undefined?-Infinity:o);const l=Math.abs(r-n);const u=Number.isFinite(l)&&l<=c;a[String(e)]=Number.isFinite(r)?r:null;return{q:e,current:Number.isFinite(r)?r:null,reference:n,difference:Number.isFinite(l)?l:null,allowed:c,ok:u}});const l=c.filter(e=>!e.ok);return makeResult(e,{success:l.length===0,element:r.length,unexpected:l.length,observed:a,message:l.length?l.map(e=>`q${e.q}: ${e.current===null?"no values":evaluator_fmt(e.current)} vs reference ${evaluator_fmt(e.reference)} (allowed ±${evaluator_fmt(e.allowed)})`).join("; "):`all ${r.length} quantiles within tolerance`,details:{quantiles:c,current_mode:n.exact?"exact":`sample of ${Sn}`,reference_mode:t.exact?"exact":"sketch",rule:"allowed = max(relative·|reference quantile|, absolute); quantiles by linear interpolation (numpy default)"}})}}}function referenceProblem(e,t){if(!t){return fixedResult(e,false,`the reference profile has no column "${e.column}"`,{missing_reference_column:true})}if(e.kind!=="expect_column_psi_to_be_below"&&t.type==="category"){return fixedResult(e,false,`the reference column "${e.column}" is a category; ${e.kind} needs numbers`)}return undefined}function isNumberProfile(e){return e.type!=="category"}const An=8;const On=1<<An;const Nn=8;function fmix32(e){e=Math.imul(e^e>>>16,2246822507);e=Math.imul(e^e>>>13,3266489909);return(e^e>>>16)>>>0}class KeySet64{size=0;tables=[];masks=new Int32Array(On);counts=new Int32Array(On);hasZero=false;constructor(){for(let e=0;e<On;e++){this.tables.push(new Uint32Array(Nn*2));this.masks[e]=Nn-1}}add(e,t){e>>>=0;t>>>=0;if(e===0&&t===0){if(this.hasZero)return false;this.hasZero=true;this.size++;return true}const n=fmix32(e^Math.imul(t^t>>>15,3432918353));const r=n>>>32-An;const s=this.tables[r];const o=this.masks[r];let i=n&o;for(;;){const n=i<<1;const r=s[n];const a=s[n+1];if(r===e&&a===t)return false;if(r===0&&a===0){s[n]=e;s[n+1]=t;break}i=i+1&o}this.size++;if(++this.counts[r]*4>(o+1)*3)this.grow(r);return true}get bytes(){let e=0;for(const t of this.tables)e+=t.byteLength;return e}grow(e){const t=this.tables[e];const n=t.length;const r=new Uint32Array(n*2);const s=n-1;for(let e=0;e<t.length;e+=2){const n=t[e];const o=t[e+1];if(n===0&&o===0)continue;let i=fmix32(n^Math.imul(o^o>>>15,3432918353))&s;while(r[i<<1]!==0||r[(i<<1)+1]!==0)i=i+1&s;r[i<<1]=n;r[(i<<1)+1]=o}this.tables[e]=r;this.masks[e]=s}}const Cn=1<<20;const En=1<<24;let Pn=0;function hashText(e){const t=e.length;let n=2538058380^t;let r=374761393+t;let s=0;for(;s+1<t;s+=2){const t=e.charCodeAt(s)|e.charCodeAt(s+1)<<16;let o=Math.imul(t,3432918353);o=o<<15|o>>>17;n^=Math.imul(o,461845907);n=n<<13|n>>>19;n=Math.imul(n,5)+3864292196|0;r=r+Math.imul(t,2246822519)|0;r=r<<13|r>>>19;r=Math.imul(r,2654435761)}if(s<t){const t=e.charCodeAt(s);let o=Math.imul(t,3432918353);o=o<<15|o>>>17;n^=Math.imul(o,461845907);r=r+Math.imul(t,374761393)|0;r=Math.imul(r<<11|r>>>21,2654435761)}Pn=fmix32(r^Math.imul(t,668265263));return fmix32(n^t)}class DistinctTexts{exactLimit;exactUnits;size=0;slots=new Uint32Array(2048);mask=1023;hashLow=new Uint32Array(512);offsets=new Uint32Array(513);arena=new Uint16Array(4096);hashed;constructor(e=Cn,t=En){this.exactLimit=e;this.exactUnits=t}add(e){const t=hashText(e);const n=Pn;if(this.hashed!==undefined){if(!this.hashed.add(t,n))return false;this.size++;return true}const r=this.slots;const s=this.offsets;const o=this.arena;const i=this.mask;const a=e.length;let c=t&i;for(;;){const n=r[(c<<1)+1]-1;if(n<0)break;if(r[c<<1]===t){const t=s[n];if(s[n+1]-t===a){let n=0;while(n<a&&o[t+n]===e.charCodeAt(n))n++;if(n===a)return false}}c=c+1&i}const l=this.size;if(l>=this.exactLimit||s[l]+a>this.exactUnits){this.toHashed();this.hashed.add(t,n);this.size++;return true}this.store(l,n,e);r[c<<1]=t;r[(c<<1)+1]=l+1;this.size++;if(this.size*2>i+1)this.growSlots();return true}mode(){if(this.hashed===undefined)return{mode:"exact",exact_limit:this.exactLimit};const e=this.size;return{mode:"hashed",exact_limit:this.exactLimit,false_repeat_probability:Math.min(1,e*(e-1)/2/2**64)}}store(e,t,n){if(e+1>=this.offsets.length){const e=this.hashLow.length*2;this.hashLow=grown(this.hashLow,e,Uint32Array);this.offsets=grown(this.offsets,e+1,Uint32Array)}const r=this.offsets[e];const s=n.length;if(r+s>this.arena.length){this.arena=grown(this.arena,Math.max(this.arena.length*2,r+s),Uint16Array)}const o=this.arena;for(let e=0;e<s;e++)o[r+e]=n.charCodeAt(e);this.offsets[e+1]=r+s;this.hashLow[e]=t}growSlots(){const e=this.slots;const t=new Uint32Array(e.length*2);const n=e.length-1;for(let r=0;r<e.length;r+=2){const s=e[r+1];if(s===0)continue;const o=e[r];let i=o&n;while(t[(i<<1)+1]!==0)i=i+1&n;t[i<<1]=o;t[(i<<1)+1]=s}this.slots=t;this.mask=n}toHashed(){const e=new KeySet64;const t=this.slots;const n=this.hashLow;for(let r=0;r<t.length;r+=2){const s=t[r+1];if(s!==0)e.add(t[r],n[s-1])}this.hashed=e;this.slots=undefined;this.hashLow=undefined;this.offsets=undefined;this.arena=undefined}}function grown(e,t,n){const r=new n(t);r.set(e);return r}function notNull(e,t){const n=new Tally(t);return{expectation:e,column:e.column,onBatch(e,t){const r=t.length;n.element+=r;if(e.type==="category"){const s=e.codes;for(let e=0;e<r;e++){if(s[e]<0){n.unexpected++;n.example(t,e,null)}}}else{const s=e.state;for(let e=0;e<r;e++){if(s[e]===Xe.Cq){n.unexpected++;n.example(t,e,null)}}}},finish:()=>rowResult(e,n,"rows","are null")}}function between(e,t){const n=new Tally(t);const r=e.params;const s=r.value_type==="timestamp";const o=r.min??-Infinity;const i=r.max??Infinity;const a=r.strict_min;const c=r.strict_max;const show=e=>e===undefined?"":String(displayValue(e,s));const l=r.min!==undefined&&r.max!==undefined?`${a?"(":"["}${show(r.min)}, ${show(r.max)}${c?")":"]"}`:r.min!==undefined?`${a?">":"≥"} ${show(r.min)}`:`${c?"<":"≤"} ${show(r.max)}`;return{expectation:e,column:e.column,onBatch(e,t,l){const{values:u,state:f}=l.numbers(e,r.value_type);const d=t.length;let h=0;let p=0;const m=n.room();if(!a&&!c){for(let e=0;e<d;e++){if(f[e]!==Xe.dO)continue;h++;const r=u[e];if(r<o||r>i){if(p<m)n.example(t,e,displayValue(r,s));p++}}}else{for(let e=0;e<d;e++){if(f[e]!==Xe.dO)continue;h++;const r=u[e];if((a?r<=o:r<o)||(c?r>=i:r>i)){if(p<m)n.example(t,e,displayValue(r,s));p++}}}n.element+=h;n.unexpected+=p},finish:()=>rowResult(e,n,"values",`are outside ${l}`,{range:l})}}function textCheck(e,t,n,r,s){const o=new Tally(t);return{expectation:e,column:e.column,onBatch(e,t,r){const{codes:s,dictionary:i}=r.texts(e);const a=new Uint8Array(i.length);let c=false;for(let e=0;e<i.length;e++){if(!n(i[e])){a[e]=1;c=true}}const l=t.length;let u=0;let f=0;const d=o.room();if(!c){for(let e=0;e<l;e++)if(s[e]>=0)u++}else{for(let e=0;e<l;e++){const n=s[e];if(n<0)continue;u++;if(a[n]===1){if(f<d)o.example(t,e,i[n]);f++}}}o.element+=u;o.unexpected+=f},finish:()=>rowResult(e,o,"values",r,s)}}function inSet(e,t,n){const r=e.params.value_set;const s=r.length>10?`${r.slice(0,10).join(", ")}, …`:r.join(", ");const o=`are not in the allowed set {${s}}`;if(n==="number"){const n=new Set;for(const e of r){const t=typeof e==="number"?e:typeof e==="string"?Number(e.trim()===""?Number.NaN:e):Number.NaN;if(Number.isFinite(t))n.add(t)}const s=new Tally(t);return{expectation:e,column:e.column,onBatch(e,t,r){const{values:o,state:i}=r.numbers(e,"number");const a=t.length;let c=0;for(let r=0;r<a;r++){const a=i[r];if(a===Xe.Cq)continue;c++;if(a===Xe.uY||!n.has(o[r])){s.unexpected++;s.example(t,r,a===Xe.uY?e.type==="category"?null:e.invalidText.get(r):o[r])}}s.element+=c},finish:()=>rowResult(e,s,"values",o)}}const i=new Set(r.map(String));return textCheck(e,t,e=>i.has(e),o)}function matchRegex(e,t){const n=new RegExp(e.params.regex,"u");return textCheck(e,t,e=>n.test(e),`do not match /${e.params.regex}/`)}function codePointLength(e){let t=e.length;for(let n=0;n<e.length;n++){const r=e.charCodeAt(n);if(r>=55296&&r<=56319&&n+1<e.length){const r=e.charCodeAt(n+1);if(r>=56320&&r<=57343){t--;n++}}}return t}function lengths(e,t){const n=e.params.min??0;const r=e.params.max??Infinity;const s=`[${e.params.min??0}, ${e.params.max??"∞"}]`;return textCheck(e,t,e=>{const t=codePointLength(e);return t>=n&&t<=r},`have a length outside ${s}`,{range:s})}function unique(e,t){const n=new Tally(t);let r;let s;const o=new Float64Array(1);const i=new Uint32Array(o.buffer);return{expectation:e,column:e.column,onBatch(e,t){const a=t.length;let c=0;let l=0;const u=n.room();if(e.type==="category"){const{codes:r,dictionary:o}=e;s??=new DistinctTexts;const i=new Uint8Array(o.length);const f=new Uint8Array(o.length);for(let e=0;e<a;e++){const t=r[e];if(t>=0)f[t]=1}for(let e=0;e<o.length;e++){if(f[e]===1)i[e]=s.add(o[e])?1:2}for(let e=0;e<a;e++){const s=r[e];if(s<0)continue;c++;if(i[s]===1)i[s]=2;else{if(l<u)n.example(t,e,o[s]);l++}}}else{const{values:s,state:f}=e;const d=e.type==="timestamp";const h=r??=new KeySet64;for(let e=0;e<a;e++){if(f[e]!==Xe.dO)continue;c++;const r=s[e];o[0]=r+0;if(!h.add(i[1],i[0])){if(l<u)n.example(t,e,displayValue(r,d));l++}}}n.element+=c;n.unexpected+=l},finish:()=>rowResult(e,n,"values","repeat a value from an earlier row",{distinct:(r?.size??0)+(s?.size??0),...s!==undefined&&s.mode()})}}function ofType(e,t,n){const r=new Tally(t);const s=e.params.type;const o=`are not of type ${s}`;return{expectation:e,column:e.column,onBatch(e,t,n){const o=t.length;let i=0;if(s==="category"){for(let t=0;t<o;t++)if(e.type==="category"?e.codes[t]>=0:e.state[t]!==Xe.Cq)i++}else if(e.type==="category"||e.type===s){const{values:a,state:c,raw:l}=n.numbers(e,s);for(let e=0;e<o;e++){const n=c[e];if(n===Xe.Cq)continue;i++;if(n===Xe.uY){r.unexpected++;r.example(t,e,l(e)??a[e])}}}else{const{values:n,state:s}=e;for(let a=0;a<o;a++){if(s[a]===Xe.Cq)continue;i++;r.unexpected++;r.example(t,a,s[a]===Xe.uY?e.invalidText.get(a):n[a])}}r.element+=i},finish(){const t=rowResult(e,r,"values",o);if(n&&n!==s&&n!=="category"&&s!=="category"){return{...t,message:`the column was read as ${n}, not ${s}; ${t.message}`,details:{read_as:n}}}return n&&n!==s?{...t,details:{read_as:n}}:t}}}const Tn=new Set(["expect_column_psi_to_be_below","expect_column_mean_to_be_within","expect_column_quantile_to_be_within"]);async function validate(e,t,n={}){const r=compile(e.schema,t,n);const s=r.filter(e=>e.column!==null&&e.onBatch);let o=0;const i=new Map;for await(const t of e.batches()){o+=t.length;if(t.length===0)continue;i.clear();for(const e of t.columns)i.set(e.name,e);const e=new ViewCache(t);for(const n of s){const r=i.get(n.column);if(r)n.onBatch(r,t,e)}}const a=e.schema.columns.map(e=>e.name);const c=r.map(e=>e.finish({rowCount:o,columns:a}));return{passed:c.every(e=>e.success||e.severity!=="error"),row_count:o,results:c}}function compile(e,t,n){const r=n.maxExamples??20;const s=new Map(e.columns.map(e=>[e.name,e.type]));const o=new Set(t.optionalColumns);const i=t.expectations.filter(e=>Tn.has(e.kind));if(i.length&&!n.reference&&n.requireReference){const e=[...new Set(i.map(e=>e.column))].join(", ");throw new g.yo(`the expectations have distribution checks (${e}) but no reference profile was given`,{location:{file:t.file,...i[0]&&{line:i[0].source.line},key:"distribution"},hint:"Pass a reference profile (`--reference profile.json`, or the action input `reference-profile`), or remove the `distribution` section"})}const a=t.expectations.some(e=>e.kind==="expect_column_max_age");if(a&&n.now===undefined){throw new TypeError("validate: options.now (epoch ms) is required when the suite has freshness checks")}return t.expectations.map(e=>{const t=e.column;const i=t===null?undefined:s.get(t);if(t!==null&&i===undefined){return o.has(t)?fixedResult(e,true,`column "${t}" is absent; skipped (required: false)`,{skipped:true}):fixedResult(e,false,`column "${t}" is not in the data`,{missing_column:true})}switch(e.kind){case"expect_table_row_count_to_be_between":return rowCount(e);case"expect_table_columns_to_include":return columnsInclude(e);case"expect_table_columns_to_match_set":return columnsMatchSet(e);case"expect_column_values_to_not_be_null":return notNull(e,r);case"expect_column_values_to_be_between":return between(e,r);case"expect_column_values_to_be_in_set":return inSet(e,r,i);case"expect_column_values_to_match_regex":return matchRegex(e,r);case"expect_column_value_lengths_to_be_between":return lengths(e,r);case"expect_column_values_to_be_unique":return unique(e,r);case"expect_column_values_to_be_of_type":return ofType(e,r,i);case"expect_column_max_age":return maxAge(e,n.now);case"expect_column_psi_to_be_below":case"expect_column_mean_to_be_within":case"expect_column_quantile_to_be_within":{if(!n.reference){return fixedResult(e,true,"skipped: no reference profile was given",{skipped:true})}const t=n.reference.columns[e.column];const r=referenceProblem(e,t);if(r||!t)return r;if(e.kind==="expect_column_psi_to_be_below")return aggregate_checks_psi(e,t,i);if(!isNumberProfile(t))throw new Error("unreachable: checked by referenceProblem");return e.kind==="expect_column_mean_to_be_within"?mean(e,t):quantiles(e,t)}}})}async function validateFiles(e){const t=loadExpectations(await readUserFile(e.expectationsFile,e.cwd,"expectations file"),e.expectationsFile);let n;if(e.referenceFile){n=(0,$t.jZ)(await readUserFile(e.referenceFile,e.cwd,"reference profile"),e.referenceFile)}const r=typeof e.data==="string"?[e.data]:[...e.data];const s=await openDataset(r,{cwd:e.cwd,typeHints:{...t.types},onProgress:e.onProgress});const o=await validate(s,t,{reference:n,now:e.now});return{report:o,dataset:s,suite:t}}function registerValidate(e,t){e.command("validate").description("Validate a dataset against an expectations file, in one streaming pass.").requiredOption("--data <glob...>","data files: CSV, TSV, JSON Lines or Parquet (.gz allowed); globs allowed").requiredOption("--expectations <file>","the expectations file (YAML)").option("--reference <profile.json>","reference profile for distribution checks").addOption(formatOption()).option("--output <file>","write the report here instead of stdout").option("--verbose","text format: list passed checks too").addOption(new p("--fail-on <level>","which failed checks give exit code 1").choices(["error","warn","never"]).default("error")).addHelpText("after",'\nExit codes: 0 passed, 1 checks failed, 2 usage, config or data error.\nExample:\n  modelship validate --data "data/*.csv" --expectations churn.expectations.yml --format markdown').action(async e=>{const n=progressBar("validating");const{report:r}=await validateFiles({data:e.data,expectationsFile:e.expectations,referenceFile:e.reference,cwd:process.cwd(),now:Date.now(),onProgress:(e,t)=>n.update(e,t)}).finally(()=>n.done());const s=e.format==="json"?JSON.stringify(r,null,2):e.format==="markdown"?renderValidationMarkdown(r):renderValidationText(r,{verbose:e.verbose});await emit(s,e.output);t(failsUnder(r,e.failOn)?y.failed:y.ok)})}function buildProgram(e){const t=new d("modelship").description("GitHub-native MLOps: validate and profile data, measure drift, gate a candidate model against the champion, inspect the model registry, and run the embedded GitHub sandbox.").version("0.1.0").showHelpAfterError("(run with --help for usage)").exitOverride().addHelpText("after","\nExit codes: 0 success, 1 a check or gate failed, 2 usage, config or data error, 3 internal error.\nDocs: docs/cli.md");registerValidate(t,e);registerProfile(t,e);registerExpectations(t,e);registerSandbox(t,e);registerRegistry(t,e);registerDrift(t,e);registerEvaluate(t,e);return t}async function main(e){let t=y.ok;const n=buildProgram(e=>t=e);try{await n.parseAsync(e,{from:"user"});return t}catch(e){if(e instanceof l){return e.exitCode===0?y.ok:y.usage}if((0,g.iU)(e)){process.stderr.write(`modelship: ${e.message}\n`);return y.usage}const t=e instanceof Error?e.message:String(e);process.stderr.write(`modelship: internal error: ${t}\nThis is a bug in modelship; please report it (set MODELSHIP_DEBUG=1 for the stack).\n`);if(process.env.MODELSHIP_DEBUG&&e instanceof Error)process.stderr.write(`${e.stack}\n`);return y.internal}}},1695:(e,t,n)=>{n.d(t,{Cq:()=>s,dO:()=>r,uY:()=>o});const r=0;const s=1;const o=2;function cellState(e,t){if(e.type==="category")return e.codes[t]<0?s:r;return e.state[t]}},1148:(t,n,r)=>{r.d(n,{Md:()=>ByteInterner,tJ:()=>InvalidUtf8Error,h0:()=>decodeUtf8Strict});const s=e(import.meta.url)("node:buffer");class InvalidUtf8Error extends Error{constructor(){super("invalid UTF-8")}}function decodeUtf8Strict(e,t,n){for(let r=t;r<n;r++){if(e[r]>=128){if(!(0,s.isUtf8)(e.subarray(t,n)))throw new InvalidUtf8Error;return e.toString("utf8",t,n)}}return n-t<=12?shortAscii(e,t,n-t):e.toString("latin1",t,n)}function shortAscii(e,t,n){const r=String.fromCharCode;switch(n){case 0:return"";case 1:return r(e[t]);case 2:return r(e[t],e[t+1]);case 3:return r(e[t],e[t+1],e[t+2]);case 4:return r(e[t],e[t+1],e[t+2],e[t+3]);case 5:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4]);case 6:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5]);case 7:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6]);case 8:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7]);case 9:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8]);case 10:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9]);case 11:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9],e[t+10]);default:return r(e[t],e[t+1],e[t+2],e[t+3],e[t+4],e[t+5],e[t+6],e[t+7],e[t+8],e[t+9],e[t+10],e[t+11])}}class ByteInterner{dictionary=[];slots=new Int32Array(256);mask=255;hashes=new Int32Array(64);offsets=new Int32Array(65);arena=new Uint8Array(4096);used=0;intern(e,t,n){let r=2166136261|0;for(let s=t;s<n;s++)r=Math.imul(r^e[s],16777619);const s=n-t;let o=r&this.mask;for(;;){const n=this.slots[o];if(n===0)break;const i=n-1;if(this.hashes[i]===r){const n=this.offsets[i];if(this.offsets[i+1]-n===s){let r=0;while(r<s&&this.arena[n+r]===e[t+r])r++;if(r===s)return i}}o=o+1&this.mask}const i=decodeUtf8Strict(e,t,n);return this.add(r,o,e,t,n,i)}add(e,t,n,r,s,o){const i=this.dictionary.length;this.dictionary.push(o);if(i+1>=this.hashes.length){const e=new Int32Array(this.hashes.length*2);e.set(this.hashes);this.hashes=e;const t=new Int32Array(this.offsets.length*2);t.set(this.offsets);this.offsets=t}const a=s-r;if(this.used+a>this.arena.length){const e=new Uint8Array(Math.max(this.arena.length*2,this.used+a));e.set(this.arena.subarray(0,this.used));this.arena=e}const c=this.arena;const l=this.used;for(let e=0;e<a;e++)c[l+e]=n[r+e];this.used=l+a;this.hashes[i]=e;this.offsets[i+1]=this.used;this.slots[t]=i+1;if((i+1)*2>this.slots.length)this.grow();return i}grow(){const e=new Int32Array(this.slots.length*2);const t=e.length-1;for(let n=0;n<this.dictionary.length;n++){let r=this.hashes[n]&t;while(e[r]!==0)r=r+1&t;e[r]=n+1}this.slots=e;this.mask=t}}},2902:(e,t,n)=>{n.d(t,{FQ:()=>finishColumns,IG:()=>createColumnBuilder,dd:()=>NumberBuilder,eK:()=>CategoryBuilder});var r=n(1695);var s=n(1148);var o=n(472);var i=n(129);function valueToText(e){if(typeof e==="string")return e;if(typeof e==="number"||typeof e==="bigint"||typeof e==="boolean")return String(e);if(e instanceof Date)return Number.isNaN(e.getTime())?"Invalid Date":e.toISOString();return JSON.stringify(e,(e,t)=>typeof t==="bigint"?t.toString():t)??String(e)}class NumberBuilder{name;nulls;nullsFirst;type="number";values;state;invalidText=new Map;constructor(e,t,n,r){this.name=e;this.nulls=n;this.nullsFirst=r;this.values=new Float64Array(t);this.state=new Uint8Array(t)}pushBytes(e,t,n,s){if(t===n||this.nullsFirst&&this.nulls.matchBytes(e,t,n)){this.state[s]=r.Cq;return}const i=(0,o.o)(e,t,n);if(i===i){this.values[s]=i;return}if(this.nulls.matchBytes(e,t,n)){this.state[s]=r.Cq;return}this.pushText(e.toString("utf8",t,n),s)}pushText(e,t){if(this.nulls.matchText(e)){this.state[t]=r.Cq;return}const n=(0,o.k)(e);if(n===n)this.values[t]=n;else{this.state[t]=r.uY;this.invalidText.set(t,e)}}pushValue(e,t){if(typeof e==="number"){if(Number.isFinite(e))this.values[t]=e;else if(Number.isNaN(e))this.state[t]=r.Cq;else this.invalid(String(e),t)}else if(e===null||e===undefined)this.state[t]=r.Cq;else if(typeof e==="string")this.pushText(e,t);else if(typeof e==="bigint")this.values[t]=Number(e);else this.invalid(valueToText(e),t)}invalid(e,t){this.state[t]=r.uY;this.invalidText.set(t,e)}finish(){return{type:"number",name:this.name,values:this.values,state:this.state,invalidText:this.invalidText}}}class TimestampBuilder{name;nulls;type="timestamp";values;state;invalidText=new Map;constructor(e,t,n){this.name=e;this.nulls=n;this.values=new Float64Array(t);this.state=new Uint8Array(t)}pushBytes(e,t,n,s){if(this.nulls.matchBytes(e,t,n))this.state[s]=r.Cq;else this.pushText(e.toString("utf8",t,n),s)}pushText(e,t){if(this.nulls.matchText(e)){this.state[t]=r.Cq;return}const n=(0,i.E)(e);if(n===n)this.values[t]=n;else{this.state[t]=r.uY;this.invalidText.set(t,e)}}pushValue(e,t){if(e===null||e===undefined)this.state[t]=r.Cq;else if(typeof e==="string")this.pushText(e,t);else if(typeof e==="number"&&Number.isFinite(e))this.values[t]=e;else if(typeof e==="bigint")this.values[t]=Number(e);else if(e instanceof Date&&!Number.isNaN(e.getTime()))this.values[t]=e.getTime();else{this.state[t]=r.uY;this.invalidText.set(t,valueToText(e))}}finish(){return{type:"timestamp",name:this.name,values:this.values,state:this.state,invalidText:this.invalidText}}}class CategoryBuilder{name;nulls;type="category";codes;interner=new s.Md;byText=new Map;constructor(e,t,n){this.name=e;this.nulls=n;this.codes=new Int32Array(t)}pushBytes(e,t,n,r){this.codes[r]=this.nulls.matchBytes(e,t,n)?-1:this.interner.intern(e,t,n)}pushText(e,t){this.codes[t]=this.codeOfText(e)}pushValue(e,t){this.codes[t]=this.codeOf(e)}codeOf(e){return e===null||e===undefined?-1:this.codeOfText(valueToText(e))}codeOfText(e){if(this.nulls.matchText(e))return-1;let t=this.byText.get(e);if(t===undefined){t=this.interner.dictionary.length;this.interner.dictionary.push(e);this.byText.set(e,t)}return t}finish(){return{type:"category",name:this.name,codes:this.codes,dictionary:this.interner.dictionary}}}function createColumnBuilder(e,t,n,r){switch(t){case"number":return new NumberBuilder(e,n,r,r.hasNumericToken(o.k));case"timestamp":return new TimestampBuilder(e,n,r);case"category":return new CategoryBuilder(e,n,r)}}function finishColumns(e){return e.map(e=>e.finish())}},6788:(e,t,n)=>{n.d(t,{Y:()=>checkHeaderNames,p:()=>mapToSchema});var r=n(2635);function checkHeaderNames(e,t,n){const s=new Map;e.forEach((e,o)=>{if(e.trim()===""){throw new r.yo(`column ${o+1} of the header has an empty name`,{location:{file:t,line:n},hint:"Give every column a name in the header row"})}const i=s.get(e);if(i!==undefined){throw new r.yo(`duplicate column name \`${e}\` (columns ${i+1} and ${o+1})`,{location:{file:t,line:n,key:e},hint:"Rename one of the columns so every header name is unique"})}s.set(e,o)})}function mapToSchema(e,t,n,s){const o=new Map(t.columns.map((e,t)=>[e.name,t]));const i=t.columns.map(e=>e.name).filter(t=>!e.includes(t));const a=e.filter(e=>!o.has(e));if(i.length>0||a.length>0){const e=[];if(i.length>0)e.push(`missing ${i.map(e=>`\`${e}\``).join(", ")}`);if(a.length>0)e.push(`unexpected ${a.map(e=>`\`${e}\``).join(", ")}`);throw new r.yo(`columns differ from the first file of the dataset: ${e.join("; ")}`,{location:{file:n,line:s},hint:"Every file matched by the glob must have the same columns as the first one; fix the file or narrow the glob"})}return e.map(e=>o.get(e))}},9289:(e,t,n)=>{n.d(t,{G:()=>toFileError});var r=n(2635);function isSystemError(e){return e instanceof Error&&typeof e.code==="string"}function toFileError(e,t){if((0,r.iU)(e)||!isSystemError(e))return e;const n={file:t};switch(e.code){case"ENOENT":return new r.yo("file not found",{location:n,hint:"Check the path; it may have been moved or deleted while reading",cause:e});case"EISDIR":return new r.yo("is a directory, not a file",{location:n,hint:"Point the glob at files, for example `dir/**/*.csv`",cause:e});case"EACCES":case"EPERM":return new r.yo("permission denied",{location:n,hint:"Make the file readable by this process",cause:e});case"Z_BUF_ERROR":case"Z_DATA_ERROR":case"ERR_PADDING_1":case"ERR_PADDING_2":return new r.yo(`not a valid gzip file (${e.message})`,{location:n,hint:"The file may be truncated or not gzip-compressed; re-create it, or drop the `.gz` extension if it is plain text",cause:e});default:return new r.yo(`could not read the file (${e.code}: ${e.message})`,{location:n,hint:"Check that the file exists and is readable",cause:e})}}},4153:(e,t,n)=>{n.d(t,{L:()=>r,O:()=>NullMatcher});const r=["","NA","N/A","null","NULL","NaN","None"];class NullMatcher{texts;byLength=[];maxLength;constructor(e){this.texts=new Set(e);let t=0;for(const e of this.texts){const n=Buffer.from(e,"utf8");(this.byLength[n.length]??=[]).push(n);if(n.length>t)t=n.length}this.maxLength=t}matchText(e){return e.length===0||this.texts.has(e)}matchBytes(e,t,n){const r=n-t;if(r===0)return true;if(r>this.maxLength)return false;const s=this.byLength[r];if(s===undefined)return false;e:for(const n of s){for(let s=0;s<r;s++)if(n[s]!==e[t+s])continue e;return true}return false}hasNumericToken(e){for(const t of this.texts)if(t.length>0&&Number.isFinite(e(t)))return true;return false}}},472:(e,t,n)=>{n.d(t,{k:()=>parseNumberText,o:()=>parseNumberBytes});const r=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,1e20,1e21,1e22];function parseNumberBytes(e,t,n){let s=t;if(s>=n)return NaN;let o=e[s];let i=false;if(o===45){i=true;s++}else if(o===43)s++;let a=0;let c=0;const l=s;while(s<n){const t=e[s]-48;if(t<0||t>9)break;a=a*10+t;s++}let u=s-l;if(s<n&&e[s]===46){const t=++s;while(s<n){const t=e[s]-48;if(t<0||t>9)break;a=a*10+t;s++}c=t-s;u-=c}if(u===0||u>15)return NaN;if(s<n){o=e[s];if(o!==101&&o!==69)return NaN;s++;let t=false;if(s<n&&(e[s]===45||e[s]===43))t=e[s++]===45;let r=0;let i=0;while(s<n){const t=e[s]-48;if(t<0||t>9)return NaN;if(r<1e5)r=r*10+t;i++;s++}if(i===0)return NaN;c+=t?-r:r}let f;if(a===0)f=0;else if(c===0)f=a;else if(c>0&&c<=22)f=a*r[c];else if(c<0&&c>=-22)f=a/r[-c];else return NaN;return i?-f:f}const s=/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;function parseNumberText(e){if(!s.test(e))return NaN;const t=Number(e);return Number.isFinite(t)?t:NaN}},129:(e,t,n)=>{n.d(t,{E:()=>parseTimestamp});const r=/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;const s=[31,28,31,30,31,30,31,31,30,31,30,31];function daysFromCivil(e,t,n){const r=t<=2?e-1:e;const s=Math.floor(r/400);const o=r-s*400;const i=Math.floor((153*(t+(t>2?-3:9))+2)/5)+n-1;const a=o*365+Math.floor(o/4)-Math.floor(o/100)+i;return s*146097+a-719468}function parseTimestamp(e){const t=r.exec(e);if(t===null)return NaN;const n=+t[1];const o=+t[2];const i=+t[3];if(o<1||o>12||i<1)return NaN;const a=n%4===0&&n%100!==0||n%400===0;const c=o===2&&a?29:s[o-1];if(i>c)return NaN;let l=daysFromCivil(n,o,i)*864e5;if(t[4]!==undefined){const e=+t[4];const n=+t[5];const r=t[6]===undefined?0:+t[6];if(e>23||n>59||r>59)return NaN;l+=e*36e5+n*6e4+r*1e3;if(t[7]!==undefined)l+=+(t[7]+"00").slice(0,3);const s=t[8];if(s!==undefined&&s!=="Z"){const e=s[0]==="-"?-1:1;const t=s.slice(1).replace(":","");const n=+t.slice(0,2);const r=t.length>2?+t.slice(2,4):0;if(n>23||r>59)return NaN;l-=e*(n*36e5+r*6e4)}}return l}},2635:(e,t,n)=>{n.d(t,{iU:()=>isUserError,yo:()=>UserError});class UserError extends Error{name="UserError";location;hint;constructor(e,t={}){super(formatUserMessage(e,t.location??{},t.hint),{cause:t.cause});this.location=t.location??{};this.hint=t.hint}}function formatLocation(e){let t=e.file??"";if(e.file!==undefined&&e.line!==undefined){t+=`:${e.line}`;if(e.column!==undefined)t+=`:${e.column}`}if(e.key!==undefined)t+=t?` (${e.key})`:e.key;return t}function formatUserMessage(e,t,n){const r=formatLocation(t);const s=r?`${r}: ${e}`:e;return n?`${s}. ${n}`:s}function isUserError(e){return e instanceof UserError||e instanceof Error&&e.name==="UserError"&&"location"in e}},6640:(e,t,n)=>{n.d(t,{q:()=>r});const r={debug(){},info(){},warn(){},error(){}}},5610:(e,t,n)=>{n.d(t,{Ak:()=>binIndex,xo:()=>l.xo,Um:()=>mergeAll,jZ:()=>h.j,cQ:()=>profileBatches,YV:()=>l.YV,Kt:()=>serializeProfile,wi:()=>l.wi});var r=n(2635);const s=1e4;const o=1e3;const i=.005;function resolveProfileOptions(e,t={}){const n=t.exactLimit??s;if(!Number.isSafeInteger(n)||n<0){throw new r.yo(`exactLimit must be a whole number ≥ 0, got ${String(n)}`,{location:{key:"exactLimit"},hint:`Leave it unset for the default (${s})`})}const a=t.categoryCap??o;if(!Number.isSafeInteger(a)||a<1){throw new r.yo(`categoryCap must be a whole number ≥ 1, got ${String(a)}`,{location:{key:"categoryCap"},hint:`Leave it unset for the default (${o})`})}const c=t.alpha??i;if(!(c>0&&c<1)){throw new r.yo(`alpha must be between 0 and 1 (exclusive), got ${String(c)}`,{location:{key:"alpha"},hint:`It is the sketch's relative accuracy; leave it unset for the default (${i})`})}const l=new Map;const u=new Map(e.columns.map(e=>[e.name,e.type]));for(const[n,s]of Object.entries(t.edges??{})){const t=`edges.${n}`;const o=u.get(n);if(o===undefined){throw new r.yo(`Histogram edges were given for column "${n}", which the dataset does not have`,{location:{key:t},hint:`The columns are: ${e.columns.map(e=>e.name).join(", ")}`})}if(o==="category"){throw new r.yo(`Histogram edges were given for category column "${n}"`,{location:{key:t},hint:"Edges apply to number and timestamp columns only; categories are counted per value"})}for(let e=0;e<s.length;e++){const o=s[e];if(!Number.isFinite(o)||e>0&&o<s[e-1]){throw new r.yo(`Histogram edges for column "${n}" must be finite and non-decreasing`,{location:{key:`${t}[${e}]`},hint:`Got ${String(o)} after ${e>0?String(s[e-1]):"nothing"}`})}}l.set(n,Float64Array.from(s,e=>e+0))}return{exactLimit:n,categoryCap:a,alpha:c,edges:l}}function rankEntries(e){return e.sort((e,t)=>t[1]-e[1]||(e[0]<t[0]?-1:e[0]>t[0]?1:0))}function truncateTop(e,t){if(e.size<=t)return{kept:e,dropped:0};const n=rankEntries([...e]);let r=0;for(let e=t;e<n.length;e++)r+=n[e][1];return{kept:new Map(n.slice(0,t)),dropped:r}}function codePointLength(e){let t=e.length;for(let n=0;n<e.length;n++){const r=e.charCodeAt(n);if(r>=55296&&r<=56319&&n+1<e.length){const r=e.charCodeAt(n+1);if(r>=56320&&r<=57343){t--;n++}}}return t}const a=10;class CategoryAccumulator{cap;count=0;nulls=0;other=0;truncated=false;minLength=Infinity;maxLength=-Infinity;counts=new Map;tally=new Float64Array(0);constructor(e){this.cap=e}add(e,t){const{codes:n,dictionary:r}=e;if(this.tally.length<r.length)this.tally=new Float64Array(Math.max(r.length,2*this.tally.length));const s=this.tally;s.fill(0,0,r.length);let o=0;for(let e=0;e<t;e++){const t=n[e];if(t<0)o++;else s[t]++}this.nulls+=o;for(let e=0;e<r.length;e++){const t=s[e];if(t===0)continue;const n=r[e];this.count+=t;this.counts.set(n,(this.counts.get(n)??0)+t);const o=codePointLength(n);if(o<this.minLength)this.minLength=o;if(o>this.maxLength)this.maxLength=o}if(this.counts.size>a*this.cap){const{kept:e,dropped:t}=truncateTop(this.counts,this.cap);this.counts=e;this.other+=t;this.truncated=true}}finish(){const{kept:e,dropped:t}=truncateTop(this.counts,this.cap);const n=this.truncated||t>0;return{type:"category",count:this.count,nulls:this.nulls,invalid:0,top:Object.fromEntries(rankEntries([...e])),other:this.other+t,distinct:n?null:e.size,minLength:this.count>0?this.minLength:null,maxLength:this.count>0?this.maxLength:null}}}var c=n(1695);var l=n(2491);var u=n(4774);function binIndex(e,t){let n=0;let r=e.length;while(n<r){const s=n+r>>>1;if(e[s]<=t)n=s+1;else r=s}return n}function countInto(e,t,n,r){const s=e.length;if(s>32){for(let s=0;s<r;s++)t[binIndex(e,n[s])]++;return}for(let o=0;o<r;o++){const r=n[o];let i=0;for(let t=0;t<s;t++)i+=+(e[t]<=r);t[i]++}}function decileHistogram(e){const t=(0,l.xo)(e);const n=new Array(t.length+1).fill(0);if(e.exact!==null){for(const r of e.exact)n[binIndex(t,r)]++}else if(e.count>0){const{values:r,counts:s}=(0,u.fz)(e.sketch);const o=e.min;const i=e.max;for(let e=0;e<r.length;e++){n[binIndex(t,Math.min(i,Math.max(o,r[e])))]+=s[e]}}return{edges:t,counts:n,edgesFrom:"deciles"}}function welford(e,t){let n=0,r=0,s=0,o=0,i=0,a=0,c=0,l=0,u=0,f=0,d=0,h=0;const p=t-t%4;let m=0;for(;m<p;m+=4){const t=e[m];const p=e[m+1];const g=e[m+2];const y=e[m+3];const v=t-r;const b=p-i;const w=g-l;const x=y-d;r+=v/++n;i+=b/++o;l+=w/++c;d+=x/++f;s+=v*(t-r);a+=b*(p-i);u+=w*(g-l);h+=x*(y-d)}for(;m<t;m++){const t=e[m];const o=t-r;r+=o/++n;s+=o*(t-r)}return combineMoments(combineMoments({count:n,mean:r,m2:s},{count:o,mean:i,m2:a}),combineMoments({count:c,mean:l,m2:u},{count:f,mean:d,m2:h}))}function combineMoments(e,t){if(t.count===0)return{...e};if(e.count===0)return{...t};const n=e.count<t.count||e.count===t.count&&(e.mean>t.mean||e.mean===t.mean&&e.m2>t.m2);const r=n?t:e;const s=n?e:t;const o=r.count+s.count;const i=s.mean-r.mean;const a=r.mean+i*(s.count/o);const c=r.m2+s.m2+i*i*(r.count*s.count/o);return{count:o,mean:a,m2:c}}class NumberAccumulator{type;options;nulls=0;invalid=0;min=Infinity;max=-Infinity;moments={count:0,mean:0,m2:0};exact=new Float64Array(0);exactLength=0;sketch=null;histCounts;constructor(e,t){this.type=e;this.options=t;if(t.edges)this.histCounts=new Float64Array(t.edges.length+1)}add(e,t,n){const{values:r,state:s}=e;const o=c.dO;const i=c.Cq;let a=0;let l=0;let f=0;let d=this.min;let h=this.max;for(let e=0;e<t;e++){const t=s[e];if(t!==o){if(t===i)l++;else f++;continue}const c=r[e]+0;if(c-c!==0){f++;continue}n[a++]=c;if(c<d)d=c;if(c>h)h=c}this.nulls+=l;this.invalid+=f;if(a===0)return;this.min=d;this.max=h;this.moments=combineMoments(this.moments,welford(n,a));if(this.exact!==null){if(this.moments.count<=this.options.exactLimit){this.appendExact(n,a)}else{this.sketch=new u.Ki(this.options.alpha);this.sketch.addValues(this.exact,this.exactLength);this.exact=null;this.exactLength=0}}if(this.sketch!==null)this.sketch.addValues(n,a);if(this.histCounts!==undefined)countInto(this.options.edges,this.histCounts,n,a)}appendExact(e,t){let n=this.exact;const r=this.exactLength+t;if(r>n.length){const e=new Float64Array(Math.min(this.options.exactLimit,Math.max(r,2*n.length,64)));e.set(n.subarray(0,this.exactLength));this.exact=n=e}n.set(e.subarray(0,t),this.exactLength);this.exactLength=r}finish(){const{count:e,mean:t,m2:n}=this.moments;let r=null;let s;if(this.exact!==null){const e=this.exact.slice(0,this.exactLength).sort();r=Array.from(e);s=(0,u.Mn)(e,this.options.alpha)}else{s=this.sketch.toSketch()}const o={type:this.type,count:e,nulls:this.nulls,invalid:this.invalid,min:e>0?this.min:null,max:e>0?this.max:null,mean:e>0&&Number.isFinite(t)?t:null,m2:e===0?0:Number.isFinite(n)?n:null,exact:r,sketch:s,histogram:{edges:[],counts:[0],edgesFrom:"deciles"}};o.histogram=this.histCounts!==undefined?{edges:Array.from(this.options.edges),counts:Array.from(this.histCounts),edgesFrom:"given"}:decileHistogram(o);return o}}var f=n(4213);class Profiler{schema;options;accumulators;scratch=new Float64Array(0);rowCount=0;constructor(e,t={}){this.schema=e;this.options=resolveProfileOptions(e,t);this.accumulators=e.columns.map(e=>e.type==="category"?new CategoryAccumulator(this.options.categoryCap):new NumberAccumulator(e.type,{exactLimit:this.options.exactLimit,alpha:this.options.alpha,edges:this.options.edges.get(e.name)}))}add(e){const t=this.schema.columns;if(e.columns.length!==t.length){throw new Error(`Batch from ${e.file} has ${e.columns.length} columns; the schema has ${t.length}`)}const n=e.length;if(this.scratch.length<n)this.scratch=new Float64Array(n);for(let r=0;r<t.length;r++){const s=e.columns[r];const o=t[r];if(s.name!==o.name||s.type!==o.type){throw new Error(`Batch from ${e.file} has column ${r+1} "${s.name}" (${s.type}); the schema says "${o.name}" (${o.type})`)}const i=this.accumulators[r];if(s.type==="category")i.add(s,n);else i.add(s,n,this.scratch)}this.rowCount+=n}finish(){const e=this.schema.columns.map((e,t)=>[e.name,this.accumulators[t].finish()]);const t=e.every(([,e])=>e.type==="category"||e.exact!==null);return{schemaVersion:f.H,rowCount:this.rowCount,mode:t?"exact":"sketch",limits:{exactLimit:this.options.exactLimit,categoryCap:this.options.categoryCap},schema:{columns:this.schema.columns.map(e=>({name:e.name,type:e.type}))},columns:Object.fromEntries(e)}}}async function profileBatches(e,t,n){const r=new Profiler(e,n);for await(const e of t)r.add(e);return r.finish()}const d="Profile every shard from the same dataset schema (same columns, in the same order, with the same types)";function mergeError(e,t,n,s){const o=s===undefined?{key:t}:{file:s,key:t};return new r.yo(`Cannot merge profiles: ${e}`,{location:o,hint:n})}function checkMergeable(e,t,n){if(e.schemaVersion!==t.schemaVersion||e.schemaVersion!==f.H){throw mergeError(`schema versions ${String(e.schemaVersion)} and ${String(t.schemaVersion)} differ (this modelship reads version ${f.H})`,"schemaVersion","Regenerate the older profiles with the same modelship version",n)}const r=e.schema.columns;const s=t.schema.columns;const o=new Set(s.map(e=>e.name));const i=new Set(r.map(e=>e.name));for(const e of r){if(!o.has(e.name))throw mergeError(`column "${e.name}" is in the first profile only`,e.name,d,n)}for(const e of s){if(!i.has(e.name))throw mergeError(`column "${e.name}" is in the second profile only`,e.name,d,n)}for(let e=0;e<r.length;e++){const t=r[e];const o=s[e];if(t.name!==o.name){throw mergeError(`column ${e+1} is "${t.name}" in one profile and "${o.name}" in the other`,t.name,d,n)}if(t.type!==o.type){throw mergeError(`column "${t.name}" is a ${t.type} in one profile and a ${o.type} in the other`,t.name,d,n)}}}function minOrNull(e,t){return e===null?t:t===null?e:Math.min(e,t)}function maxOrNull(e,t){return e===null?t:t===null?e:Math.max(e,t)}function mergeSorted(e,t){const n=new Array(e.length+t.length);let r=0;let s=0;let o=0;while(r<e.length&&s<t.length)n[o++]=e[r]<=t[s]?e[r++]:t[s++];while(r<e.length)n[o++]=e[r++];while(s<t.length)n[o++]=t[s++];return n}function sameEdges(e,t){return e.length===t.length&&e.every((e,n)=>e===t[n])}function mergeHistogram(e,t,n,r,s){if(n.edgesFrom==="deciles"&&r.edgesFrom==="deciles")return decileHistogram(t);if(n.edgesFrom!==r.edgesFrom||!sameEdges(n.edges,r.edges)){throw mergeError(`column "${e}" has histogram edges ${n.edgesFrom==="given"?`[${n.edges.join(", ")}]`:"from its own deciles"} in one profile and ${r.edgesFrom==="given"?`[${r.edges.join(", ")}]`:"from its own deciles"} in the other`,e,"Profile every shard with the same edges option (for example the reference profile’s decile edges)",s)}return{edges:[...n.edges],counts:n.counts.map((e,t)=>e+r.counts[t]),edgesFrom:"given"}}function mergeNumber(e,t,n,r,s){if(t.sketch.alpha!==n.sketch.alpha){throw mergeError(`column "${e}" was sketched with alpha ${t.sketch.alpha} in one profile and ${n.sketch.alpha} in the other`,e,"Profile every shard with the same alpha option",s)}const o=combineMoments({count:t.count,mean:t.mean??(t.count>0?NaN:0),m2:t.m2??NaN},{count:n.count,mean:n.mean??(n.count>0?NaN:0),m2:n.m2??NaN});const i=t.count+n.count;const a=t.exact!==null&&n.exact!==null&&i<=r.exactLimit?mergeSorted(t.exact,n.exact):null;const c={type:t.type,count:i,nulls:t.nulls+n.nulls,invalid:t.invalid+n.invalid,min:minOrNull(t.min,n.min),max:maxOrNull(t.max,n.max),mean:i>0&&Number.isFinite(o.mean)?o.mean:null,m2:i===0?0:Number.isFinite(o.m2)?o.m2:null,exact:a,sketch:(0,u.tB)(t.sketch,n.sketch),histogram:t.histogram};c.histogram=mergeHistogram(e,c,t.histogram,n.histogram,s);return c}function mergeCategory(e,t,n){const r=new Map(Object.entries(e.top));for(const[e,n]of Object.entries(t.top))r.set(e,(r.get(e)??0)+n);const{kept:s,dropped:o}=truncateTop(r,n.categoryCap);const i=e.distinct!==null&&t.distinct!==null&&o===0;return{type:"category",count:e.count+t.count,nulls:e.nulls+t.nulls,invalid:0,top:Object.fromEntries(rankEntries([...s])),other:e.other+t.other+o,distinct:i?s.size:null,minLength:minOrNull(e.minLength,t.minLength),maxLength:maxOrNull(e.maxLength,t.maxLength)}}function mergeProfiles(e,t){return mergePair(e,t,undefined)}function mergePair(e,t,n){checkMergeable(e,t,n);const r={exactLimit:Math.min(e.limits.exactLimit,t.limits.exactLimit),categoryCap:Math.min(e.limits.categoryCap,t.limits.categoryCap)};const s=e.schema.columns.map(({name:s})=>{const o=e.columns[s];const i=t.columns[s];if(o.type==="category"&&i.type==="category")return[s,mergeCategory(o,i,r)];if(o.type!=="category"&&i.type!=="category")return[s,mergeNumber(s,o,i,r,n)];throw mergeError(`column "${s}" has profiles of different kinds`,s,d,n)});const o=s.every(([,e])=>e.type==="category"||e.exact!==null);return{schemaVersion:f.H,rowCount:e.rowCount+t.rowCount,mode:o?"exact":"sketch",limits:r,schema:{columns:e.schema.columns.map(e=>({name:e.name,type:e.type}))},columns:Object.fromEntries(s)}}function mergeAll(e,t){const n=e[0];if(n===undefined){throw new r.yo("There are no profiles to merge",{hint:"Pass at least one profile file"})}let s=n;for(let n=1;n<e.length;n++)s=mergePair(s,e[n],t?.[n]);return s}var h=n(9395);class Ordered{entries;constructor(e){this.entries=e}}function write(e,t){if(e instanceof Ordered){if(e.entries.length===0)return"{}";const n=t+"  ";const r=e.entries.map(([e,t])=>`${n}${JSON.stringify(e)}: ${write(t,n)}`);return`{\n${r.join(",\n")}\n${t}}`}if(Array.isArray(e)){if(e.every(e=>typeof e!=="object"||e===null))return`[${e.map(e=>write(e,t)).join(", ")}]`;const n=t+"  ";return`[\n${e.map(e=>n+write(e,n)).join(",\n")}\n${t}]`}if(typeof e==="number"&&!Number.isFinite(e)){throw new Error(`A profile cannot hold the non-finite number ${e}`)}return JSON.stringify(e)}function buckets(e){return new Ordered(Object.entries(e).sort((e,t)=>Number(e[0])-Number(t[0])))}function sketch(e){return new Ordered([["alpha",e.alpha],["zeroCount",e.zeroCount],["positive",buckets(e.positive)],["negative",buckets(e.negative)]])}function histogram(e){return new Ordered([["edges",e.edges],["counts",e.counts],["edgesFrom",e.edgesFrom]])}function column(e){if(e.type==="category"){return new Ordered([["type",e.type],["count",e.count],["nulls",e.nulls],["invalid",e.invalid],["top",new Ordered(rankEntries(Object.entries(e.top)))],["other",e.other],["distinct",e.distinct],["minLength",e.minLength],["maxLength",e.maxLength]])}return new Ordered([["type",e.type],["count",e.count],["nulls",e.nulls],["invalid",e.invalid],["min",e.min],["max",e.max],["mean",e.mean],["m2",e.m2],["exact",e.exact],["sketch",sketch(e.sketch)],["histogram",histogram(e.histogram)]])}function serializeProfile(e){const t=new Ordered([["schemaVersion",e.schemaVersion],["rowCount",e.rowCount],["mode",e.mode],["limits",new Ordered([["exactLimit",e.limits.exactLimit],["categoryCap",e.limits.categoryCap]])],["schema",new Ordered([["columns",e.schema.columns.map(e=>new Ordered([["name",e.name],["type",e.type]]))]])],["columns",new Ordered(e.schema.columns.map(t=>[t.name,column(e.columns[t.name])]))]]);return write(t,"")+"\n"}},9395:(e,t,n)=>{n.d(t,{j:()=>parseProfile});var r=n(6921);var s=n(2635);var o=n(4774);var i=n(4213);const a=r.Whr().nonnegative();const c=r.aig();const l=r.YjP().regex(/^-?(0|[1-9][0-9]*)$/,"a bucket index must be an integer");const u=r.rej({alpha:r.aig().gt(0).lt(1),zeroCount:a,positive:r.g1P(l,r.aig().positive()),negative:r.g1P(l,r.aig().positive())});const f=r.rej({type:r.k5n(["number","timestamp"]),count:a,nulls:a,invalid:a,min:c.nullable(),max:c.nullable(),mean:c.nullable(),m2:r.aig().nonnegative().nullable(),exact:r.YOg(c).nullable(),sketch:u,histogram:r.rej({edges:r.YOg(c),counts:r.YOg(r.aig().nonnegative()),edgesFrom:r.k5n(["given","deciles"])})});const d=r.rej({type:r.euz("category"),count:a,nulls:a,invalid:r.euz(0),top:r.g1P(r.YjP(),r.aig().positive()),other:r.aig().nonnegative(),distinct:a.nullable(),minLength:a.nullable(),maxLength:a.nullable()});const h=r.gMt("type",[f,d]);const p=r.rej({schemaVersion:r.euz(i.H),rowCount:a,mode:r.k5n(["exact","sketch"]),limits:r.rej({exactLimit:a,categoryCap:r.Whr().positive()}),schema:r.rej({columns:r.YOg(r.rej({name:r.YjP(),type:r.k5n(["number","category","timestamp"])}))}),columns:r.g1P(r.YjP(),h)});function issueError(e,t,n){const r=e[0];const o=[...t,...r.path];if(r.code==="unrecognized_keys"&&r.keys[0]!==undefined)o.push(r.keys[0]);return new s.yo(`Invalid profile: ${r.message}`,{location:{file:n,key:formatKey(o)||undefined},hint:m})}function checkProtoKeys(e,t){if(Object.hasOwn(e.columns,"__proto__")){const n=h.safeParse(e.columns["__proto__"]);if(!n.success)throw issueError(n.error.issues,["columns","__proto__"],t)}for(const[n,s]of Object.entries(e.columns)){if(s.type==="category"&&Object.hasOwn(s.top,"__proto__")){const e=r.aig().positive().safeParse(s.top["__proto__"]);if(!e.success)throw issueError(e.error.issues,["columns",n,"top","__proto__"],t)}}}const m="Regenerate it with `modelship profile`, or fix the file by hand";const g=/^[A-Za-z_$][A-Za-z0-9_$]*$/;function formatKey(e){let t="";for(const n of e){if(typeof n==="number")t+=`[${n}]`;else if(typeof n==="string"&&g.test(n))t+=t?`.${n}`:n;else t+=`[${JSON.stringify(String(n))}]`}return t}function parseProfile(e,t){let n;try{n=JSON.parse(e)}catch(e){throw new s.yo(`Not valid JSON (${e.message})`,{location:{file:t},hint:"A profile is the JSON file written by `modelship profile`",cause:e})}if(typeof n!=="object"||n===null||Array.isArray(n)){throw new s.yo("Not a profile: expected a JSON object",{location:{file:t},hint:m})}const r=n.schemaVersion;if(r!==i.H){const e=typeof r==="number"&&r>i.H;throw new s.yo(r===undefined?"Not a profile: it has no schemaVersion":`Unsupported profile schemaVersion ${JSON.stringify(r)}; this modelship reads version ${i.H}`,{location:{file:t,key:"schemaVersion"},hint:e?"It was written by a newer modelship: upgrade modelship, or regenerate the profile with this version":m})}const a=p.safeParse(n);if(!a.success){throw issueError(a.error.issues,[],t)}const c=n;checkProtoKeys(c,t);const fail=(e,n)=>{throw new s.yo(`Invalid profile: ${n}`,{location:{file:t,key:formatKey(e)},hint:m})};const l=new Set;c.schema.columns.forEach((e,t)=>{if(l.has(e.name))fail(["schema","columns",t,"name"],`column "${e.name}" appears twice`);l.add(e.name);if(!Object.hasOwn(c.columns,e.name))fail(["columns",e.name],`column "${e.name}" has no profile`)});for(const e of Object.keys(c.columns)){if(!l.has(e))fail(["columns",e],`column "${e}" is not in schema.columns`)}let u=true;for(const{name:e,type:t}of c.schema.columns){const n=c.columns[e];const at=(...t)=>["columns",e,...t];if(n.type!==(t==="category"?"category":t)){fail(at("type"),`the profile is of type ${n.type} but schema.columns says ${t}`)}if(n.count>c.rowCount||n.count+n.nulls+n.invalid!==c.rowCount){fail(at("count"),`count + nulls + invalid (${n.count+n.nulls+n.invalid}) must equal rowCount (${c.rowCount})`)}if(n.type==="category"){const e=Object.values(n.top).reduce((e,t)=>e+t,n.other);if(e!==n.count)fail(at("top"),`the top counts plus other (${e}) must equal count (${n.count})`);if(n.distinct!==null&&n.distinct!==Object.keys(n.top).length){fail(at("distinct"),"distinct must equal the number of values in top (or be null once top was truncated)")}if(n.minLength===null!==(n.count===0)||n.maxLength===null!==(n.count===0)){fail(at("minLength"),"minLength and maxLength are null exactly when count is 0")}continue}const r=n.count===0;if(n.min===null!==r||n.max===null!==r){fail(at("min"),"min and max are null exactly when count is 0")}if(r&&(n.mean!==null||n.m2!==0))fail(at("mean"),"mean is null and m2 is 0 when count is 0");if(!r&&n.min>n.max)fail(at("min"),"min is greater than max");if(n.exact!==null){if(n.exact.length!==n.count)fail(at("exact"),`exact holds ${n.exact.length} values but count is ${n.count}`);for(let e=1;e<n.exact.length;e++){if(n.exact[e]<n.exact[e-1])fail(at("exact",e),"exact values must be sorted ascending")}if(n.count>c.limits.exactLimit)fail(at("exact"),"exact values are present but count is over limits.exactLimit")}else{u=false}const s=(0,o.QH)(n.sketch);if(s!==n.count)fail(at("sketch"),`the sketch holds ${s} values but count is ${n.count}`);const{edges:i,counts:a}=n.histogram;for(let e=1;e<i.length;e++){if(i[e]<i[e-1])fail(at("histogram","edges",e),"histogram edges must be non-decreasing")}if(a.length!==i.length+1){fail(at("histogram","counts"),`expected ${i.length+1} counts for ${i.length} edges, found ${a.length}`)}const l=a.reduce((e,t)=>e+t,0);if(l!==n.count)fail(at("histogram","counts"),`the histogram counts add up to ${l}, not count (${n.count})`)}if(c.mode!==(u?"exact":"sketch")){fail(["mode"],`mode must be "${u?"exact":"sketch"}" for these columns`)}return{...c,columns:Object.fromEntries(c.schema.columns.map(e=>[e.name,c.columns[e.name]]))}}},2491:(e,t,n)=>{n.d(t,{YV:()=>quantile,wi:()=>std,xo:()=>decileEdges});var r=n(4774);const s=[.1,.2,.3,.4,.5,.6,.7,.8,.9];function lerp(e,t,n){const r=t-e;if(!Number.isFinite(r))return e*(1-n)+t*n;return n>=.5?t-r*(1-n):e+r*n}function quantiles(e,t){for(const e of t){if(!(e>=0&&e<=1))throw new RangeError(`A quantile must be between 0 and 1, got ${e}`)}const n=e.count;if(n===0)return t.map(()=>NaN);const r=e.exact!==null?exactAt(e.exact):sketchAt(e);return t.map(e=>{const t=(n-1)*e;if(t>=n-1)return r(n-1);const s=Math.floor(t);return lerp(r(s),r(s+1),t-s)})}function exactAt(e){return t=>e[t]}function sketchAt(e){const{values:t,counts:n}=(0,r.fz)(e.sketch);const s=new Float64Array(n.length);let o=0;for(let e=0;e<n.length;e++)s[e]=o+=n[e];const i=e.min??NaN;const a=e.max??NaN;const c=e.count;return e=>{if(e<=0)return i;if(e>=c-1)return a;let n=0;let r=s.length-1;while(n<r){const t=n+r>>>1;if(s[t]>e)r=t;else n=t+1}return Math.min(a,Math.max(i,t[n]))}}function quantile(e,t){return quantiles(e,[t])[0]}function decileEdges(e){return e.count===0?[]:quantiles(e,s)}function variance(e){if(e.count<2)return NaN;return e.m2===null?Infinity:Math.max(0,e.m2)/(e.count-1)}function std(e){return Math.sqrt(variance(e))}},4774:(e,t,n)=>{n.d(t,{Ki:()=>SketchBuilder,MB:()=>sketchRepresentative,Mn:()=>sketchOf,QH:()=>sketchCount,Vc:()=>sketchMapping,fz:()=>orderedBuckets,tB:()=>mergeSketches});const r=22250738585072014e-324;function sketchMapping(e){const t=(1+e)/(1-e);return{alpha:e,gamma:t,multiplier:1/Math.log1p(2*e/(1-e))}}function sketchRepresentative(e,t){const n=Math.abs(e);if(n<r)return 0;return Math.sign(e)*bucketValue(Math.ceil(Math.log(n)*t.multiplier),t)}function bucketValue(e,t){return 2*Math.pow(t.gamma,e)/(t.gamma+1)}function emptySketch(e){return{alpha:e,zeroCount:0,positive:{},negative:{}}}class DenseCounts{counts=new Float64Array(0);offset=0;grow(e){const t=this.counts.length;if(t===0){this.offset=e-64;this.counts=new Float64Array(128);return}let n=this.offset;let r=this.offset+t-1;if(e<n)n=Math.min(e-32,n-t);if(e>r)r=Math.max(e+32,r+t);const s=new Float64Array(r-n+1);s.set(this.counts,this.offset-n);this.counts=s;this.offset=n}toRecord(){const e={};const{counts:t,offset:n}=this;for(let r=0;r<t.length;r++)if(t[r]>0)e[String(r+n)]=t[r];return e}}class SketchBuilder{mapping;zeroCount=0;positive=new DenseCounts;negative=new DenseCounts;constructor(e){this.mapping=sketchMapping(e)}addValues(e,t){const n=this.mapping.multiplier;const s=this.positive;const o=this.negative;let i=s.counts;let a=s.offset;let c=o.counts;let l=o.offset;let u=0;for(let f=0;f<t;f++){const t=e[f];if(t>=r){const e=Math.ceil(Math.log(t)*n);let r=e-a;if(r<0||r>=i.length){s.grow(e);i=s.counts;a=s.offset;r=e-a}i[r]++}else if(t<=-r){const e=Math.ceil(Math.log(-t)*n);let r=e-l;if(r<0||r>=c.length){o.grow(e);c=o.counts;l=o.offset;r=e-l}c[r]++}else{u++}}this.zeroCount+=u}toSketch(){return{alpha:this.mapping.alpha,zeroCount:this.zeroCount,positive:this.positive.toRecord(),negative:this.negative.toRecord()}}}function sketchOf(e,t,n=e.length){const r=new SketchBuilder(t);r.addValues(e,n);return r.toSketch()}function addRecords(e,t){const n={...e};for(const[e,r]of Object.entries(t))n[e]=(n[e]??0)+r;return n}function mergeSketches(e,t){if(e.alpha!==t.alpha)throw new Error(`Cannot merge sketches with alpha ${e.alpha} and ${t.alpha}`);return{alpha:e.alpha,zeroCount:e.zeroCount+t.zeroCount,positive:addRecords(e.positive,t.positive),negative:addRecords(e.negative,t.negative)}}function sketchCount(e){let t=e.zeroCount;for(const n of Object.values(e.positive))t+=n;for(const n of Object.values(e.negative))t+=n;return t}function sortedEntries(e){return Object.entries(e).map(([e,t])=>[Number(e),t]).sort((e,t)=>e[0]-t[0])}function orderedBuckets(e){const t=sketchMapping(e.alpha);const n=sortedEntries(e.negative).reverse();const r=sortedEntries(e.positive);const s=n.length+r.length+(e.zeroCount>0?1:0);const o=new Float64Array(s);const i=new Float64Array(s);let a=0;for(const[e,r]of n){o[a]=-bucketValue(e,t);i[a++]=r}if(e.zeroCount>0){o[a]=0;i[a++]=e.zeroCount}for(const[e,n]of r){o[a]=bucketValue(e,t);i[a++]=n}return{values:o,counts:i}}},4213:(e,t,n)=>{n.d(t,{H:()=>r});const r=1},5484:(e,t,n)=>{n.d(t,{Af:()=>checkStageName,DS:()=>parseStageEnvironment,Oc:()=>o,Pr:()=>a,Qd:()=>checkVersionNumber,Vm:()=>versionTag,Xs:()=>checkModelName,_7:()=>stageEnvironment,_Q:()=>parseVersionTag,cU:()=>c,gj:()=>versionRefPrefix,lM:()=>s,ny:()=>i,qm:()=>versionRef});var r=n(2635);const s=/^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/;const o=/^[a-z](?:[a-z0-9-]{0,28}[a-z0-9])?$/;const i="modelship.json";const a="profile.json";const c=/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;function checkModelName(e,t="model"){if(!s.test(e)){throw new r.yo(`"${e}" is not a valid model name`,{location:{key:t},hint:'Use 1-40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (e.g. "churn" or "fraud-gbm")'})}}function checkStageName(e,t="stage"){if(!o.test(e)){throw new r.yo(`"${e}" is not a valid stage name`,{location:{key:t},hint:'Use 1-30 lower-case letters, digits and "-", starting with a letter (e.g. "staging" or "production")'})}}function checkVersionNumber(e,t="version"){if(!Number.isSafeInteger(e)||e<1){throw new r.yo(`${e} is not a valid version number`,{location:{key:t},hint:"Versions are whole numbers counted from 1 (v1, v2, ...)"})}}function versionTag(e,t){return`${e}/v${t}`}function versionRef(e,t){return`refs/tags/${versionTag(e,t)}`}function versionRefPrefix(e){return`tags/${e}/v`}function parseVersionTag(e){const t=/^(?:refs\/tags\/)?([^/]+)\/v([1-9][0-9]{0,15})$/.exec(e);if(!t||!s.test(t[1]))return undefined;const n=Number(t[2]);return Number.isSafeInteger(n)?{model:t[1],version:n}:undefined}function stageEnvironment(e,t){return`${e}/${t}`}function parseStageEnvironment(e){const[t,n,...r]=e.toLowerCase().split("/");if(r.length>0||t===undefined||n===undefined)return undefined;if(!s.test(t)||!o.test(n))return undefined;return{model:t,stage:n}}},181:t=>{t.exports=e(import.meta.url)("buffer")},1421:t=>{t.exports=e(import.meta.url)("node:child_process")},7598:t=>{t.exports=e(import.meta.url)("node:crypto")},8474:t=>{t.exports=e(import.meta.url)("node:events")},3024:t=>{t.exports=e(import.meta.url)("node:fs")},1455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},6760:t=>{t.exports=e(import.meta.url)("node:path")},1708:t=>{t.exports=e(import.meta.url)("node:process")},932:t=>{t.exports=e(import.meta.url)("process")},8909:(e,t,n)=>{const{Argument:r}=n(9154);const{Command:s}=n(4348);const{CommanderError:o,InvalidArgumentError:i}=n(1135);const{Help:a}=n(9754);const{Option:c}=n(5240);t.DM=new s;t.gu=e=>new s(e);t.Ww=(e,t)=>new c(e,t);t.er=(e,t)=>new r(e,t);t.uB=s;t.c$=c;t.ef=r;t._V=a;t.b7=o;t.Di=i;t.a2=i},9154:(e,t,n)=>{const{InvalidArgumentError:r}=n(1135);class Argument{constructor(e,t){this.description=t||"";this.variadic=false;this.parseArg=undefined;this.defaultValue=undefined;this.defaultValueDescription=undefined;this.argChoices=undefined;switch(e[0]){case"<":this.required=true;this._name=e.slice(1,-1);break;case"[":this.required=false;this._name=e.slice(1,-1);break;default:this.required=true;this._name=e;break}if(this._name.endsWith("...")){this.variadic=true;this._name=this._name.slice(0,-3)}}name(){return this._name}_collectValue(e,t){if(t===this.defaultValue||!Array.isArray(t)){return[e]}t.push(e);return t}default(e,t){this.defaultValue=e;this.defaultValueDescription=t;return this}argParser(e){this.parseArg=e;return this}choices(e){this.argChoices=e.slice();this.parseArg=(e,t)=>{if(!this.argChoices.includes(e)){throw new r(`Allowed choices are ${this.argChoices.join(", ")}.`)}if(this.variadic){return this._collectValue(e,t)}return e};return this}argRequired(){this.required=true;return this}argOptional(){this.required=false;return this}}function humanReadableArgName(e){const t=e.name()+(e.variadic===true?"...":"");return e.required?"<"+t+">":"["+t+"]"}t.Argument=Argument;t.humanReadableArgName=humanReadableArgName},4348:(e,t,n)=>{const r=n(8474).EventEmitter;const s=n(1421);const o=n(6760);const i=n(3024);const a=n(1708);const{Argument:c,humanReadableArgName:l}=n(9154);const{CommanderError:u}=n(1135);const{Help:f,stripColor:d}=n(9754);const{Option:h,DualOptions:p}=n(5240);const{suggestSimilar:m}=n(5030);class Command extends r{constructor(e){super();this.commands=[];this.options=[];this.parent=null;this._allowUnknownOption=false;this._allowExcessArguments=false;this.registeredArguments=[];this._args=this.registeredArguments;this.args=[];this.rawArgs=[];this.processedArgs=[];this._scriptPath=null;this._name=e||"";this._optionValues={};this._optionValueSources={};this._storeOptionsAsProperties=false;this._actionHandler=null;this._executableHandler=false;this._executableFile=null;this._executableDir=null;this._defaultCommandName=null;this._exitCallback=null;this._aliases=[];this._combineFlagAndOptionalValue=true;this._description="";this._summary="";this._argsDescription=undefined;this._enablePositionalOptions=false;this._passThroughOptions=false;this._lifeCycleHooks={};this._showHelpAfterError=false;this._showSuggestionAfterError=true;this._savedState=null;this._outputConfiguration={writeOut:e=>a.stdout.write(e),writeErr:e=>a.stderr.write(e),outputError:(e,t)=>t(e),getOutHelpWidth:()=>a.stdout.isTTY?a.stdout.columns:undefined,getErrHelpWidth:()=>a.stderr.isTTY?a.stderr.columns:undefined,getOutHasColors:()=>useColor()??(a.stdout.isTTY&&a.stdout.hasColors?.()),getErrHasColors:()=>useColor()??(a.stderr.isTTY&&a.stderr.hasColors?.()),stripColor:e=>d(e)};this._hidden=false;this._helpOption=undefined;this._addImplicitHelpCommand=undefined;this._helpCommand=undefined;this._helpConfiguration={};this._helpGroupHeading=undefined;this._defaultCommandGroup=undefined;this._defaultOptionGroup=undefined}copyInheritedSettings(e){this._outputConfiguration=e._outputConfiguration;this._helpOption=e._helpOption;this._helpCommand=e._helpCommand;this._helpConfiguration=e._helpConfiguration;this._exitCallback=e._exitCallback;this._storeOptionsAsProperties=e._storeOptionsAsProperties;this._combineFlagAndOptionalValue=e._combineFlagAndOptionalValue;this._allowExcessArguments=e._allowExcessArguments;this._enablePositionalOptions=e._enablePositionalOptions;this._showHelpAfterError=e._showHelpAfterError;this._showSuggestionAfterError=e._showSuggestionAfterError;return this}_getCommandAndAncestors(){const e=[];for(let t=this;t;t=t.parent){e.push(t)}return e}command(e,t,n){let r=t;let s=n;if(typeof r==="object"&&r!==null){s=r;r=null}s=s||{};const[,o,i]=e.match(/([^ ]+) *(.*)/);const a=this.createCommand(o);if(r){a.description(r);a._executableHandler=true}if(s.isDefault)this._defaultCommandName=a._name;a._hidden=!!(s.noHelp||s.hidden);a._executableFile=s.executableFile||null;if(i)a.arguments(i);this._registerCommand(a);a.parent=this;a.copyInheritedSettings(this);if(r)return this;return a}createCommand(e){return new Command(e)}createHelp(){return Object.assign(new f,this.configureHelp())}configureHelp(e){if(e===undefined)return this._helpConfiguration;this._helpConfiguration=e;return this}configureOutput(e){if(e===undefined)return this._outputConfiguration;this._outputConfiguration={...this._outputConfiguration,...e};return this}showHelpAfterError(e=true){if(typeof e!=="string")e=!!e;this._showHelpAfterError=e;return this}showSuggestionAfterError(e=true){this._showSuggestionAfterError=!!e;return this}addCommand(e,t){if(!e._name){throw new Error(`Command passed to .addCommand() must have a name\n- specify the name in Command constructor or using .name()`)}t=t||{};if(t.isDefault)this._defaultCommandName=e._name;if(t.noHelp||t.hidden)e._hidden=true;this._registerCommand(e);e.parent=this;e._checkForBrokenPassThrough();return this}createArgument(e,t){return new c(e,t)}argument(e,t,n,r){const s=this.createArgument(e,t);if(typeof n==="function"){s.default(r).argParser(n)}else{s.default(n)}this.addArgument(s);return this}arguments(e){e.trim().split(/ +/).forEach(e=>{this.argument(e)});return this}addArgument(e){const t=this.registeredArguments.slice(-1)[0];if(t?.variadic){throw new Error(`only the last argument can be variadic '${t.name()}'`)}if(e.required&&e.defaultValue!==undefined&&e.parseArg===undefined){throw new Error(`a default value for a required argument is never used: '${e.name()}'`)}this.registeredArguments.push(e);return this}helpCommand(e,t){if(typeof e==="boolean"){this._addImplicitHelpCommand=e;if(e&&this._defaultCommandGroup){this._initCommandGroup(this._getHelpCommand())}return this}const n=e??"help [command]";const[,r,s]=n.match(/([^ ]+) *(.*)/);const o=t??"display help for command";const i=this.createCommand(r);i.helpOption(false);if(s)i.arguments(s);if(o)i.description(o);this._addImplicitHelpCommand=true;this._helpCommand=i;if(e||t)this._initCommandGroup(i);return this}addHelpCommand(e,t){if(typeof e!=="object"){this.helpCommand(e,t);return this}this._addImplicitHelpCommand=true;this._helpCommand=e;this._initCommandGroup(e);return this}_getHelpCommand(){const e=this._addImplicitHelpCommand??(this.commands.length&&!this._actionHandler&&!this._findCommand("help"));if(e){if(this._helpCommand===undefined){this.helpCommand(undefined,undefined)}return this._helpCommand}return null}hook(e,t){const n=["preSubcommand","preAction","postAction"];if(!n.includes(e)){throw new Error(`Unexpected value for event passed to hook : '${e}'.\nExpecting one of '${n.join("', '")}'`)}if(this._lifeCycleHooks[e]){this._lifeCycleHooks[e].push(t)}else{this._lifeCycleHooks[e]=[t]}return this}exitOverride(e){if(e){this._exitCallback=e}else{this._exitCallback=e=>{if(e.code!=="commander.executeSubCommandAsync"){throw e}else{}}}return this}_exit(e,t,n){if(this._exitCallback){this._exitCallback(new u(e,t,n))}a.exit(e)}action(e){const listener=t=>{const n=this.registeredArguments.length;const r=t.slice(0,n);if(this._storeOptionsAsProperties){r[n]=this}else{r[n]=this.opts()}r.push(this);return e.apply(this,r)};this._actionHandler=listener;return this}createOption(e,t){return new h(e,t)}_callParseArg(e,t,n,r){try{return e.parseArg(t,n)}catch(e){if(e.code==="commander.invalidArgument"){const t=`${r} ${e.message}`;this.error(t,{exitCode:e.exitCode,code:e.code})}throw e}}_registerOption(e){const t=e.short&&this._findOption(e.short)||e.long&&this._findOption(e.long);if(t){const n=e.long&&this._findOption(e.long)?e.long:e.short;throw new Error(`Cannot add option '${e.flags}'${this._name&&` to command '${this._name}'`} due to conflicting flag '${n}'\n-  already used by option '${t.flags}'`)}this._initOptionGroup(e);this.options.push(e)}_registerCommand(e){const knownBy=e=>[e.name()].concat(e.aliases());const t=knownBy(e).find(e=>this._findCommand(e));if(t){const n=knownBy(this._findCommand(t)).join("|");const r=knownBy(e).join("|");throw new Error(`cannot add command '${r}' as already have command '${n}'`)}this._initCommandGroup(e);this.commands.push(e)}addOption(e){this._registerOption(e);const t=e.name();const n=e.attributeName();if(e.negate){const t=e.long.replace(/^--no-/,"--");if(!this._findOption(t)){this.setOptionValueWithSource(n,e.defaultValue===undefined?true:e.defaultValue,"default")}}else if(e.defaultValue!==undefined){this.setOptionValueWithSource(n,e.defaultValue,"default")}const handleOptionValue=(t,r,s)=>{if(t==null&&e.presetArg!==undefined){t=e.presetArg}const o=this.getOptionValue(n);if(t!==null&&e.parseArg){t=this._callParseArg(e,t,o,r)}else if(t!==null&&e.variadic){t=e._collectValue(t,o)}if(t==null){if(e.negate){t=false}else if(e.isBoolean()||e.optional){t=true}else{t=""}}this.setOptionValueWithSource(n,t,s)};this.on("option:"+t,t=>{const n=`error: option '${e.flags}' argument '${t}' is invalid.`;handleOptionValue(t,n,"cli")});if(e.envVar){this.on("optionEnv:"+t,t=>{const n=`error: option '${e.flags}' value '${t}' from env '${e.envVar}' is invalid.`;handleOptionValue(t,n,"env")})}return this}_optionEx(e,t,n,r,s){if(typeof t==="object"&&t instanceof h){throw new Error("To add an Option object use addOption() instead of option() or requiredOption()")}const o=this.createOption(t,n);o.makeOptionMandatory(!!e.mandatory);if(typeof r==="function"){o.default(s).argParser(r)}else if(r instanceof RegExp){const e=r;r=(t,n)=>{const r=e.exec(t);return r?r[0]:n};o.default(s).argParser(r)}else{o.default(r)}return this.addOption(o)}option(e,t,n,r){return this._optionEx({},e,t,n,r)}requiredOption(e,t,n,r){return this._optionEx({mandatory:true},e,t,n,r)}combineFlagAndOptionalValue(e=true){this._combineFlagAndOptionalValue=!!e;return this}allowUnknownOption(e=true){this._allowUnknownOption=!!e;return this}allowExcessArguments(e=true){this._allowExcessArguments=!!e;return this}enablePositionalOptions(e=true){this._enablePositionalOptions=!!e;return this}passThroughOptions(e=true){this._passThroughOptions=!!e;this._checkForBrokenPassThrough();return this}_checkForBrokenPassThrough(){if(this.parent&&this._passThroughOptions&&!this.parent._enablePositionalOptions){throw new Error(`passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`)}}storeOptionsAsProperties(e=true){if(this.options.length){throw new Error("call .storeOptionsAsProperties() before adding options")}if(Object.keys(this._optionValues).length){throw new Error("call .storeOptionsAsProperties() before setting option values")}this._storeOptionsAsProperties=!!e;return this}getOptionValue(e){if(this._storeOptionsAsProperties){return this[e]}return this._optionValues[e]}setOptionValue(e,t){return this.setOptionValueWithSource(e,t,undefined)}setOptionValueWithSource(e,t,n){if(this._storeOptionsAsProperties){this[e]=t}else{this._optionValues[e]=t}this._optionValueSources[e]=n;return this}getOptionValueSource(e){return this._optionValueSources[e]}getOptionValueSourceWithGlobals(e){let t;this._getCommandAndAncestors().forEach(n=>{if(n.getOptionValueSource(e)!==undefined){t=n.getOptionValueSource(e)}});return t}_prepareUserArgs(e,t){if(e!==undefined&&!Array.isArray(e)){throw new Error("first parameter to parse must be array or undefined")}t=t||{};if(e===undefined&&t.from===undefined){if(a.versions?.electron){t.from="electron"}const e=a.execArgv??[];if(e.includes("-e")||e.includes("--eval")||e.includes("-p")||e.includes("--print")){t.from="eval"}}if(e===undefined){e=a.argv}this.rawArgs=e.slice();let n;switch(t.from){case undefined:case"node":this._scriptPath=e[1];n=e.slice(2);break;case"electron":if(a.defaultApp){this._scriptPath=e[1];n=e.slice(2)}else{n=e.slice(1)}break;case"user":n=e.slice(0);break;case"eval":n=e.slice(1);break;default:throw new Error(`unexpected parse option { from: '${t.from}' }`)}if(!this._name&&this._scriptPath)this.nameFromFilename(this._scriptPath);this._name=this._name||"program";return n}parse(e,t){this._prepareForParse();const n=this._prepareUserArgs(e,t);this._parseCommand([],n);return this}async parseAsync(e,t){this._prepareForParse();const n=this._prepareUserArgs(e,t);await this._parseCommand([],n);return this}_prepareForParse(){if(this._savedState===null){this.saveStateBeforeParse()}else{this.restoreStateBeforeParse()}}saveStateBeforeParse(){this._savedState={_name:this._name,_optionValues:{...this._optionValues},_optionValueSources:{...this._optionValueSources}}}restoreStateBeforeParse(){if(this._storeOptionsAsProperties)throw new Error(`Can not call parse again when storeOptionsAsProperties is true.\n- either make a new Command for each call to parse, or stop storing options as properties`);this._name=this._savedState._name;this._scriptPath=null;this.rawArgs=[];this._optionValues={...this._savedState._optionValues};this._optionValueSources={...this._savedState._optionValueSources};this.args=[];this.processedArgs=[]}_checkForMissingExecutable(e,t,n){if(i.existsSync(e))return;const r=t?`searched for local subcommand relative to directory '${t}'`:"no directory for search for local subcommand, use .executableDir() to supply a custom directory";const s=`'${e}' does not exist\n - if '${n}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead\n - if the default executable name is not suitable, use the executableFile option to supply a custom name or path\n - ${r}`;throw new Error(s)}_executeSubCommand(e,t){t=t.slice();let n=false;const r=[".js",".ts",".tsx",".mjs",".cjs"];function findFile(e,t){const n=o.resolve(e,t);if(i.existsSync(n))return n;if(r.includes(o.extname(t)))return undefined;const s=r.find(e=>i.existsSync(`${n}${e}`));if(s)return`${n}${s}`;return undefined}this._checkForMissingMandatoryOptions();this._checkForConflictingOptions();let c=e._executableFile||`${this._name}-${e._name}`;let l=this._executableDir||"";if(this._scriptPath){let e;try{e=i.realpathSync(this._scriptPath)}catch{e=this._scriptPath}l=o.resolve(o.dirname(e),l)}if(l){let t=findFile(l,c);if(!t&&!e._executableFile&&this._scriptPath){const n=o.basename(this._scriptPath,o.extname(this._scriptPath));if(n!==this._name){t=findFile(l,`${n}-${e._name}`)}}c=t||c}n=r.includes(o.extname(c));let f;if(a.platform!=="win32"){if(n){t.unshift(c);t=incrementNodeInspectorPort(a.execArgv).concat(t);f=s.spawn(a.argv[0],t,{stdio:"inherit"})}else{f=s.spawn(c,t,{stdio:"inherit"})}}else{this._checkForMissingExecutable(c,l,e._name);t.unshift(c);t=incrementNodeInspectorPort(a.execArgv).concat(t);f=s.spawn(a.execPath,t,{stdio:"inherit"})}if(!f.killed){const e=["SIGUSR1","SIGUSR2","SIGTERM","SIGINT","SIGHUP"];e.forEach(e=>{a.on(e,()=>{if(f.killed===false&&f.exitCode===null){f.kill(e)}})})}const d=this._exitCallback;f.on("close",e=>{e=e??1;if(!d){a.exit(e)}else{d(new u(e,"commander.executeSubCommandAsync","(close)"))}});f.on("error",t=>{if(t.code==="ENOENT"){this._checkForMissingExecutable(c,l,e._name)}else if(t.code==="EACCES"){throw new Error(`'${c}' not executable`)}if(!d){a.exit(1)}else{const e=new u(1,"commander.executeSubCommandAsync","(error)");e.nestedError=t;d(e)}});this.runningCommand=f}_dispatchSubcommand(e,t,n){const r=this._findCommand(e);if(!r)this.help({error:true});r._prepareForParse();let s;s=this._chainOrCallSubCommandHook(s,r,"preSubcommand");s=this._chainOrCall(s,()=>{if(r._executableHandler){this._executeSubCommand(r,t.concat(n))}else{return r._parseCommand(t,n)}});return s}_dispatchHelpCommand(e){if(!e){this.help()}const t=this._findCommand(e);if(t&&!t._executableHandler){t.help()}return this._dispatchSubcommand(e,[],[this._getHelpOption()?.long??this._getHelpOption()?.short??"--help"])}_checkNumberOfArguments(){this.registeredArguments.forEach((e,t)=>{if(e.required&&this.args[t]==null){this.missingArgument(e.name())}});if(this.registeredArguments.length>0&&this.registeredArguments[this.registeredArguments.length-1].variadic){return}if(this.args.length>this.registeredArguments.length){this._excessArguments(this.args)}}_processArguments(){const myParseArg=(e,t,n)=>{let r=t;if(t!==null&&e.parseArg){const s=`error: command-argument value '${t}' is invalid for argument '${e.name()}'.`;r=this._callParseArg(e,t,n,s)}return r};this._checkNumberOfArguments();const e=[];this.registeredArguments.forEach((t,n)=>{let r=t.defaultValue;if(t.variadic){if(n<this.args.length){r=this.args.slice(n);if(t.parseArg){r=r.reduce((e,n)=>myParseArg(t,n,e),t.defaultValue)}}else if(r===undefined){r=[]}}else if(n<this.args.length){r=this.args[n];if(t.parseArg){r=myParseArg(t,r,t.defaultValue)}}e[n]=r});this.processedArgs=e}_chainOrCall(e,t){if(e?.then&&typeof e.then==="function"){return e.then(()=>t())}return t()}_chainOrCallHooks(e,t){let n=e;const r=[];this._getCommandAndAncestors().reverse().filter(e=>e._lifeCycleHooks[t]!==undefined).forEach(e=>{e._lifeCycleHooks[t].forEach(t=>{r.push({hookedCommand:e,callback:t})})});if(t==="postAction"){r.reverse()}r.forEach(e=>{n=this._chainOrCall(n,()=>e.callback(e.hookedCommand,this))});return n}_chainOrCallSubCommandHook(e,t,n){let r=e;if(this._lifeCycleHooks[n]!==undefined){this._lifeCycleHooks[n].forEach(e=>{r=this._chainOrCall(r,()=>e(this,t))})}return r}_parseCommand(e,t){const n=this.parseOptions(t);this._parseOptionsEnv();this._parseOptionsImplied();e=e.concat(n.operands);t=n.unknown;this.args=e.concat(t);if(e&&this._findCommand(e[0])){return this._dispatchSubcommand(e[0],e.slice(1),t)}if(this._getHelpCommand()&&e[0]===this._getHelpCommand().name()){return this._dispatchHelpCommand(e[1])}if(this._defaultCommandName){this._outputHelpIfRequested(t);return this._dispatchSubcommand(this._defaultCommandName,e,t)}if(this.commands.length&&this.args.length===0&&!this._actionHandler&&!this._defaultCommandName){this.help({error:true})}this._outputHelpIfRequested(n.unknown);this._checkForMissingMandatoryOptions();this._checkForConflictingOptions();const checkForUnknownOptions=()=>{if(n.unknown.length>0){this.unknownOption(n.unknown[0])}};const r=`command:${this.name()}`;if(this._actionHandler){checkForUnknownOptions();this._processArguments();let n;n=this._chainOrCallHooks(n,"preAction");n=this._chainOrCall(n,()=>this._actionHandler(this.processedArgs));if(this.parent){n=this._chainOrCall(n,()=>{this.parent.emit(r,e,t)})}n=this._chainOrCallHooks(n,"postAction");return n}if(this.parent?.listenerCount(r)){checkForUnknownOptions();this._processArguments();this.parent.emit(r,e,t)}else if(e.length){if(this._findCommand("*")){return this._dispatchSubcommand("*",e,t)}if(this.listenerCount("command:*")){this.emit("command:*",e,t)}else if(this.commands.length){this.unknownCommand()}else{checkForUnknownOptions();this._processArguments()}}else if(this.commands.length){checkForUnknownOptions();this.help({error:true})}else{checkForUnknownOptions();this._processArguments()}}_findCommand(e){if(!e)return undefined;return this.commands.find(t=>t._name===e||t._aliases.includes(e))}_findOption(e){return this.options.find(t=>t.is(e))}_checkForMissingMandatoryOptions(){this._getCommandAndAncestors().forEach(e=>{e.options.forEach(t=>{if(t.mandatory&&e.getOptionValue(t.attributeName())===undefined){e.missingMandatoryOptionValue(t)}})})}_checkForConflictingLocalOptions(){const e=this.options.filter(e=>{const t=e.attributeName();if(this.getOptionValue(t)===undefined){return false}return this.getOptionValueSource(t)!=="default"});const t=e.filter(e=>e.conflictsWith.length>0);t.forEach(t=>{const n=e.find(e=>t.conflictsWith.includes(e.attributeName()));if(n){this._conflictingOption(t,n)}})}_checkForConflictingOptions(){this._getCommandAndAncestors().forEach(e=>{e._checkForConflictingLocalOptions()})}parseOptions(e){const t=[];const n=[];let r=t;function maybeOption(e){return e.length>1&&e[0]==="-"}const negativeNumberArg=e=>{if(!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(e))return false;return!this._getCommandAndAncestors().some(e=>e.options.map(e=>e.short).some(e=>/^-\d$/.test(e)))};let s=null;let o=null;let i=0;while(i<e.length||o){const a=o??e[i++];o=null;if(a==="--"){if(r===n)r.push(a);r.push(...e.slice(i));break}if(s&&(!maybeOption(a)||negativeNumberArg(a))){this.emit(`option:${s.name()}`,a);continue}s=null;if(maybeOption(a)){const t=this._findOption(a);if(t){if(t.required){const n=e[i++];if(n===undefined)this.optionMissingArgument(t);this.emit(`option:${t.name()}`,n)}else if(t.optional){let n=null;if(i<e.length&&(!maybeOption(e[i])||negativeNumberArg(e[i]))){n=e[i++]}this.emit(`option:${t.name()}`,n)}else{this.emit(`option:${t.name()}`)}s=t.variadic?t:null;continue}}if(a.length>2&&a[0]==="-"&&a[1]!=="-"){const e=this._findOption(`-${a[1]}`);if(e){if(e.required||e.optional&&this._combineFlagAndOptionalValue){this.emit(`option:${e.name()}`,a.slice(2))}else{this.emit(`option:${e.name()}`);o=`-${a.slice(2)}`}continue}}if(/^--[^=]+=/.test(a)){const e=a.indexOf("=");const t=this._findOption(a.slice(0,e));if(t&&(t.required||t.optional)){this.emit(`option:${t.name()}`,a.slice(e+1));continue}}if(r===t&&maybeOption(a)&&!(this.commands.length===0&&negativeNumberArg(a))){r=n}if((this._enablePositionalOptions||this._passThroughOptions)&&t.length===0&&n.length===0){if(this._findCommand(a)){t.push(a);n.push(...e.slice(i));break}else if(this._getHelpCommand()&&a===this._getHelpCommand().name()){t.push(a,...e.slice(i));break}else if(this._defaultCommandName){n.push(a,...e.slice(i));break}}if(this._passThroughOptions){r.push(a,...e.slice(i));break}r.push(a)}return{operands:t,unknown:n}}opts(){if(this._storeOptionsAsProperties){const e={};const t=this.options.length;for(let n=0;n<t;n++){const t=this.options[n].attributeName();e[t]=t===this._versionOptionName?this._version:this[t]}return e}return this._optionValues}optsWithGlobals(){return this._getCommandAndAncestors().reduce((e,t)=>Object.assign(e,t.opts()),{})}error(e,t){this._outputConfiguration.outputError(`${e}\n`,this._outputConfiguration.writeErr);if(typeof this._showHelpAfterError==="string"){this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`)}else if(this._showHelpAfterError){this._outputConfiguration.writeErr("\n");this.outputHelp({error:true})}const n=t||{};const r=n.exitCode||1;const s=n.code||"commander.error";this._exit(r,s,e)}_parseOptionsEnv(){this.options.forEach(e=>{if(e.envVar&&e.envVar in a.env){const t=e.attributeName();if(this.getOptionValue(t)===undefined||["default","config","env"].includes(this.getOptionValueSource(t))){if(e.required||e.optional){this.emit(`optionEnv:${e.name()}`,a.env[e.envVar])}else{this.emit(`optionEnv:${e.name()}`)}}}})}_parseOptionsImplied(){const e=new p(this.options);const hasCustomOptionValue=e=>this.getOptionValue(e)!==undefined&&!["default","implied"].includes(this.getOptionValueSource(e));this.options.filter(t=>t.implied!==undefined&&hasCustomOptionValue(t.attributeName())&&e.valueFromOption(this.getOptionValue(t.attributeName()),t)).forEach(e=>{Object.keys(e.implied).filter(e=>!hasCustomOptionValue(e)).forEach(t=>{this.setOptionValueWithSource(t,e.implied[t],"implied")})})}missingArgument(e){const t=`error: missing required argument '${e}'`;this.error(t,{code:"commander.missingArgument"})}optionMissingArgument(e){const t=`error: option '${e.flags}' argument missing`;this.error(t,{code:"commander.optionMissingArgument"})}missingMandatoryOptionValue(e){const t=`error: required option '${e.flags}' not specified`;this.error(t,{code:"commander.missingMandatoryOptionValue"})}_conflictingOption(e,t){const findBestOptionFromValue=e=>{const t=e.attributeName();const n=this.getOptionValue(t);const r=this.options.find(e=>e.negate&&t===e.attributeName());const s=this.options.find(e=>!e.negate&&t===e.attributeName());if(r&&(r.presetArg===undefined&&n===false||r.presetArg!==undefined&&n===r.presetArg)){return r}return s||e};const getErrorMessage=e=>{const t=findBestOptionFromValue(e);const n=t.attributeName();const r=this.getOptionValueSource(n);if(r==="env"){return`environment variable '${t.envVar}'`}return`option '${t.flags}'`};const n=`error: ${getErrorMessage(e)} cannot be used with ${getErrorMessage(t)}`;this.error(n,{code:"commander.conflictingOption"})}unknownOption(e){if(this._allowUnknownOption)return;let t="";if(e.startsWith("--")&&this._showSuggestionAfterError){let n=[];let r=this;do{const e=r.createHelp().visibleOptions(r).filter(e=>e.long).map(e=>e.long);n=n.concat(e);r=r.parent}while(r&&!r._enablePositionalOptions);t=m(e,n)}const n=`error: unknown option '${e}'${t}`;this.error(n,{code:"commander.unknownOption"})}_excessArguments(e){if(this._allowExcessArguments)return;const t=this.registeredArguments.length;const n=t===1?"":"s";const r=this.parent?` for '${this.name()}'`:"";const s=`error: too many arguments${r}. Expected ${t} argument${n} but got ${e.length}.`;this.error(s,{code:"commander.excessArguments"})}unknownCommand(){const e=this.args[0];let t="";if(this._showSuggestionAfterError){const n=[];this.createHelp().visibleCommands(this).forEach(e=>{n.push(e.name());if(e.alias())n.push(e.alias())});t=m(e,n)}const n=`error: unknown command '${e}'${t}`;this.error(n,{code:"commander.unknownCommand"})}version(e,t,n){if(e===undefined)return this._version;this._version=e;t=t||"-V, --version";n=n||"output the version number";const r=this.createOption(t,n);this._versionOptionName=r.attributeName();this._registerOption(r);this.on("option:"+r.name(),()=>{this._outputConfiguration.writeOut(`${e}\n`);this._exit(0,"commander.version",e)});return this}description(e,t){if(e===undefined&&t===undefined)return this._description;this._description=e;if(t){this._argsDescription=t}return this}summary(e){if(e===undefined)return this._summary;this._summary=e;return this}alias(e){if(e===undefined)return this._aliases[0];let t=this;if(this.commands.length!==0&&this.commands[this.commands.length-1]._executableHandler){t=this.commands[this.commands.length-1]}if(e===t._name)throw new Error("Command alias can't be the same as its name");const n=this.parent?._findCommand(e);if(n){const t=[n.name()].concat(n.aliases()).join("|");throw new Error(`cannot add alias '${e}' to command '${this.name()}' as already have command '${t}'`)}t._aliases.push(e);return this}aliases(e){if(e===undefined)return this._aliases;e.forEach(e=>this.alias(e));return this}usage(e){if(e===undefined){if(this._usage)return this._usage;const e=this.registeredArguments.map(e=>l(e));return[].concat(this.options.length||this._helpOption!==null?"[options]":[],this.commands.length?"[command]":[],this.registeredArguments.length?e:[]).join(" ")}this._usage=e;return this}name(e){if(e===undefined)return this._name;this._name=e;return this}helpGroup(e){if(e===undefined)return this._helpGroupHeading??"";this._helpGroupHeading=e;return this}commandsGroup(e){if(e===undefined)return this._defaultCommandGroup??"";this._defaultCommandGroup=e;return this}optionsGroup(e){if(e===undefined)return this._defaultOptionGroup??"";this._defaultOptionGroup=e;return this}_initOptionGroup(e){if(this._defaultOptionGroup&&!e.helpGroupHeading)e.helpGroup(this._defaultOptionGroup)}_initCommandGroup(e){if(this._defaultCommandGroup&&!e.helpGroup())e.helpGroup(this._defaultCommandGroup)}nameFromFilename(e){this._name=o.basename(e,o.extname(e));return this}executableDir(e){if(e===undefined)return this._executableDir;this._executableDir=e;return this}helpInformation(e){const t=this.createHelp();const n=this._getOutputContext(e);t.prepareContext({error:n.error,helpWidth:n.helpWidth,outputHasColors:n.hasColors});const r=t.formatHelp(this,t);if(n.hasColors)return r;return this._outputConfiguration.stripColor(r)}_getOutputContext(e){e=e||{};const t=!!e.error;let n;let r;let s;if(t){n=e=>this._outputConfiguration.writeErr(e);r=this._outputConfiguration.getErrHasColors();s=this._outputConfiguration.getErrHelpWidth()}else{n=e=>this._outputConfiguration.writeOut(e);r=this._outputConfiguration.getOutHasColors();s=this._outputConfiguration.getOutHelpWidth()}const write=e=>{if(!r)e=this._outputConfiguration.stripColor(e);return n(e)};return{error:t,write:write,hasColors:r,helpWidth:s}}outputHelp(e){let t;if(typeof e==="function"){t=e;e=undefined}const n=this._getOutputContext(e);const r={error:n.error,write:n.write,command:this};this._getCommandAndAncestors().reverse().forEach(e=>e.emit("beforeAllHelp",r));this.emit("beforeHelp",r);let s=this.helpInformation({error:n.error});if(t){s=t(s);if(typeof s!=="string"&&!Buffer.isBuffer(s)){throw new Error("outputHelp callback must return a string or a Buffer")}}n.write(s);if(this._getHelpOption()?.long){this.emit(this._getHelpOption().long)}this.emit("afterHelp",r);this._getCommandAndAncestors().forEach(e=>e.emit("afterAllHelp",r))}helpOption(e,t){if(typeof e==="boolean"){if(e){if(this._helpOption===null)this._helpOption=undefined;if(this._defaultOptionGroup){this._initOptionGroup(this._getHelpOption())}}else{this._helpOption=null}return this}this._helpOption=this.createOption(e??"-h, --help",t??"display help for command");if(e||t)this._initOptionGroup(this._helpOption);return this}_getHelpOption(){if(this._helpOption===undefined){this.helpOption(undefined,undefined)}return this._helpOption}addHelpOption(e){this._helpOption=e;this._initOptionGroup(e);return this}help(e){this.outputHelp(e);let t=Number(a.exitCode??0);if(t===0&&e&&typeof e!=="function"&&e.error){t=1}this._exit(t,"commander.help","(outputHelp)")}addHelpText(e,t){const n=["beforeAll","before","after","afterAll"];if(!n.includes(e)){throw new Error(`Unexpected value for position to addHelpText.\nExpecting one of '${n.join("', '")}'`)}const r=`${e}Help`;this.on(r,e=>{let n;if(typeof t==="function"){n=t({error:e.error,command:e.command})}else{n=t}if(n){e.write(`${n}\n`)}});return this}_outputHelpIfRequested(e){const t=this._getHelpOption();const n=t&&e.find(e=>t.is(e));if(n){this.outputHelp();this._exit(0,"commander.helpDisplayed","(outputHelp)")}}}function incrementNodeInspectorPort(e){return e.map(e=>{if(!e.startsWith("--inspect")){return e}let t;let n="127.0.0.1";let r="9229";let s;if((s=e.match(/^(--inspect(-brk)?)$/))!==null){t=s[1]}else if((s=e.match(/^(--inspect(-brk|-port)?)=([^:]+)$/))!==null){t=s[1];if(/^\d+$/.test(s[3])){r=s[3]}else{n=s[3]}}else if((s=e.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/))!==null){t=s[1];n=s[3];r=s[4]}if(t&&r!=="0"){return`${t}=${n}:${parseInt(r)+1}`}return e})}function useColor(){if(a.env.NO_COLOR||a.env.FORCE_COLOR==="0"||a.env.FORCE_COLOR==="false")return false;if(a.env.FORCE_COLOR||a.env.CLICOLOR_FORCE!==undefined)return true;return undefined}t.Command=Command;t.useColor=useColor},1135:(e,t)=>{class CommanderError extends Error{constructor(e,t,n){super(n);Error.captureStackTrace(this,this.constructor);this.name=this.constructor.name;this.code=t;this.exitCode=e;this.nestedError=undefined}}class InvalidArgumentError extends CommanderError{constructor(e){super(1,"commander.invalidArgument",e);Error.captureStackTrace(this,this.constructor);this.name=this.constructor.name}}t.CommanderError=CommanderError;t.InvalidArgumentError=InvalidArgumentError},9754:(e,t,n)=>{const{humanReadableArgName:r}=n(9154);class Help{constructor(){this.helpWidth=undefined;this.minWidthToWrap=40;this.sortSubcommands=false;this.sortOptions=false;this.showGlobalOptions=false}prepareContext(e){this.helpWidth=this.helpWidth??e.helpWidth??80}visibleCommands(e){const t=e.commands.filter(e=>!e._hidden);const n=e._getHelpCommand();if(n&&!n._hidden){t.push(n)}if(this.sortSubcommands){t.sort((e,t)=>e.name().localeCompare(t.name()))}return t}compareOptions(e,t){const getSortKey=e=>e.short?e.short.replace(/^-/,""):e.long.replace(/^--/,"");return getSortKey(e).localeCompare(getSortKey(t))}visibleOptions(e){const t=e.options.filter(e=>!e.hidden);const n=e._getHelpOption();if(n&&!n.hidden){const r=n.short&&e._findOption(n.short);const s=n.long&&e._findOption(n.long);if(!r&&!s){t.push(n)}else if(n.long&&!s){t.push(e.createOption(n.long,n.description))}else if(n.short&&!r){t.push(e.createOption(n.short,n.description))}}if(this.sortOptions){t.sort(this.compareOptions)}return t}visibleGlobalOptions(e){if(!this.showGlobalOptions)return[];const t=[];for(let n=e.parent;n;n=n.parent){const e=n.options.filter(e=>!e.hidden);t.push(...e)}if(this.sortOptions){t.sort(this.compareOptions)}return t}visibleArguments(e){if(e._argsDescription){e.registeredArguments.forEach(t=>{t.description=t.description||e._argsDescription[t.name()]||""})}if(e.registeredArguments.find(e=>e.description)){return e.registeredArguments}return[]}subcommandTerm(e){const t=e.registeredArguments.map(e=>r(e)).join(" ");return e._name+(e._aliases[0]?"|"+e._aliases[0]:"")+(e.options.length?" [options]":"")+(t?" "+t:"")}optionTerm(e){return e.flags}argumentTerm(e){return e.name()}longestSubcommandTermLength(e,t){return t.visibleCommands(e).reduce((e,n)=>Math.max(e,this.displayWidth(t.styleSubcommandTerm(t.subcommandTerm(n)))),0)}longestOptionTermLength(e,t){return t.visibleOptions(e).reduce((e,n)=>Math.max(e,this.displayWidth(t.styleOptionTerm(t.optionTerm(n)))),0)}longestGlobalOptionTermLength(e,t){return t.visibleGlobalOptions(e).reduce((e,n)=>Math.max(e,this.displayWidth(t.styleOptionTerm(t.optionTerm(n)))),0)}longestArgumentTermLength(e,t){return t.visibleArguments(e).reduce((e,n)=>Math.max(e,this.displayWidth(t.styleArgumentTerm(t.argumentTerm(n)))),0)}commandUsage(e){let t=e._name;if(e._aliases[0]){t=t+"|"+e._aliases[0]}let n="";for(let t=e.parent;t;t=t.parent){n=t.name()+" "+n}return n+t+" "+e.usage()}commandDescription(e){return e.description()}subcommandDescription(e){return e.summary()||e.description()}optionDescription(e){const t=[];if(e.argChoices){t.push(`choices: ${e.argChoices.map(e=>JSON.stringify(e)).join(", ")}`)}if(e.defaultValue!==undefined){const n=e.required||e.optional||e.isBoolean()&&typeof e.defaultValue==="boolean";if(n){t.push(`default: ${e.defaultValueDescription||JSON.stringify(e.defaultValue)}`)}}if(e.presetArg!==undefined&&e.optional){t.push(`preset: ${JSON.stringify(e.presetArg)}`)}if(e.envVar!==undefined){t.push(`env: ${e.envVar}`)}if(t.length>0){const n=`(${t.join(", ")})`;if(e.description){return`${e.description} ${n}`}return n}return e.description}argumentDescription(e){const t=[];if(e.argChoices){t.push(`choices: ${e.argChoices.map(e=>JSON.stringify(e)).join(", ")}`)}if(e.defaultValue!==undefined){t.push(`default: ${e.defaultValueDescription||JSON.stringify(e.defaultValue)}`)}if(t.length>0){const n=`(${t.join(", ")})`;if(e.description){return`${e.description} ${n}`}return n}return e.description}formatItemList(e,t,n){if(t.length===0)return[];return[n.styleTitle(e),...t,""]}groupItems(e,t,n){const r=new Map;e.forEach(e=>{const t=n(e);if(!r.has(t))r.set(t,[])});t.forEach(e=>{const t=n(e);if(!r.has(t)){r.set(t,[])}r.get(t).push(e)});return r}formatHelp(e,t){const n=t.padWidth(e,t);const r=t.helpWidth??80;function callFormatItem(e,r){return t.formatItem(e,n,r,t)}let s=[`${t.styleTitle("Usage:")} ${t.styleUsage(t.commandUsage(e))}`,""];const o=t.commandDescription(e);if(o.length>0){s=s.concat([t.boxWrap(t.styleCommandDescription(o),r),""])}const i=t.visibleArguments(e).map(e=>callFormatItem(t.styleArgumentTerm(t.argumentTerm(e)),t.styleArgumentDescription(t.argumentDescription(e))));s=s.concat(this.formatItemList("Arguments:",i,t));const a=this.groupItems(e.options,t.visibleOptions(e),e=>e.helpGroupHeading??"Options:");a.forEach((e,n)=>{const r=e.map(e=>callFormatItem(t.styleOptionTerm(t.optionTerm(e)),t.styleOptionDescription(t.optionDescription(e))));s=s.concat(this.formatItemList(n,r,t))});if(t.showGlobalOptions){const n=t.visibleGlobalOptions(e).map(e=>callFormatItem(t.styleOptionTerm(t.optionTerm(e)),t.styleOptionDescription(t.optionDescription(e))));s=s.concat(this.formatItemList("Global Options:",n,t))}const c=this.groupItems(e.commands,t.visibleCommands(e),e=>e.helpGroup()||"Commands:");c.forEach((e,n)=>{const r=e.map(e=>callFormatItem(t.styleSubcommandTerm(t.subcommandTerm(e)),t.styleSubcommandDescription(t.subcommandDescription(e))));s=s.concat(this.formatItemList(n,r,t))});return s.join("\n")}displayWidth(e){return stripColor(e).length}styleTitle(e){return e}styleUsage(e){return e.split(" ").map(e=>{if(e==="[options]")return this.styleOptionText(e);if(e==="[command]")return this.styleSubcommandText(e);if(e[0]==="["||e[0]==="<")return this.styleArgumentText(e);return this.styleCommandText(e)}).join(" ")}styleCommandDescription(e){return this.styleDescriptionText(e)}styleOptionDescription(e){return this.styleDescriptionText(e)}styleSubcommandDescription(e){return this.styleDescriptionText(e)}styleArgumentDescription(e){return this.styleDescriptionText(e)}styleDescriptionText(e){return e}styleOptionTerm(e){return this.styleOptionText(e)}styleSubcommandTerm(e){return e.split(" ").map(e=>{if(e==="[options]")return this.styleOptionText(e);if(e[0]==="["||e[0]==="<")return this.styleArgumentText(e);return this.styleSubcommandText(e)}).join(" ")}styleArgumentTerm(e){return this.styleArgumentText(e)}styleOptionText(e){return e}styleArgumentText(e){return e}styleSubcommandText(e){return e}styleCommandText(e){return e}padWidth(e,t){return Math.max(t.longestOptionTermLength(e,t),t.longestGlobalOptionTermLength(e,t),t.longestSubcommandTermLength(e,t),t.longestArgumentTermLength(e,t))}preformatted(e){return/\n[^\S\r\n]/.test(e)}formatItem(e,t,n,r){const s=2;const o=" ".repeat(s);if(!n)return o+e;const i=e.padEnd(t+e.length-r.displayWidth(e));const a=2;const c=this.helpWidth??80;const l=c-t-a-s;let u;if(l<this.minWidthToWrap||r.preformatted(n)){u=n}else{const e=r.boxWrap(n,l);u=e.replace(/\n/g,"\n"+" ".repeat(t+a))}return o+i+" ".repeat(a)+u.replace(/\n/g,`\n${o}`)}boxWrap(e,t){if(t<this.minWidthToWrap)return e;const n=e.split(/\r\n|\n/);const r=/[\s]*[^\s]+/g;const s=[];n.forEach(e=>{const n=e.match(r);if(n===null){s.push("");return}let o=[n.shift()];let i=this.displayWidth(o[0]);n.forEach(e=>{const n=this.displayWidth(e);if(i+n<=t){o.push(e);i+=n;return}s.push(o.join(""));const r=e.trimStart();o=[r];i=this.displayWidth(r)});s.push(o.join(""))});return s.join("\n")}}function stripColor(e){const t=/\x1b\[\d*(;\d*)*m/g;return e.replace(t,"")}t.Help=Help;t.stripColor=stripColor},5240:(e,t,n)=>{const{InvalidArgumentError:r}=n(1135);class Option{constructor(e,t){this.flags=e;this.description=t||"";this.required=e.includes("<");this.optional=e.includes("[");this.variadic=/\w\.\.\.[>\]]$/.test(e);this.mandatory=false;const n=splitOptionFlags(e);this.short=n.shortFlag;this.long=n.longFlag;this.negate=false;if(this.long){this.negate=this.long.startsWith("--no-")}this.defaultValue=undefined;this.defaultValueDescription=undefined;this.presetArg=undefined;this.envVar=undefined;this.parseArg=undefined;this.hidden=false;this.argChoices=undefined;this.conflictsWith=[];this.implied=undefined;this.helpGroupHeading=undefined}default(e,t){this.defaultValue=e;this.defaultValueDescription=t;return this}preset(e){this.presetArg=e;return this}conflicts(e){this.conflictsWith=this.conflictsWith.concat(e);return this}implies(e){let t=e;if(typeof e==="string"){t={[e]:true}}this.implied=Object.assign(this.implied||{},t);return this}env(e){this.envVar=e;return this}argParser(e){this.parseArg=e;return this}makeOptionMandatory(e=true){this.mandatory=!!e;return this}hideHelp(e=true){this.hidden=!!e;return this}_collectValue(e,t){if(t===this.defaultValue||!Array.isArray(t)){return[e]}t.push(e);return t}choices(e){this.argChoices=e.slice();this.parseArg=(e,t)=>{if(!this.argChoices.includes(e)){throw new r(`Allowed choices are ${this.argChoices.join(", ")}.`)}if(this.variadic){return this._collectValue(e,t)}return e};return this}name(){if(this.long){return this.long.replace(/^--/,"")}return this.short.replace(/^-/,"")}attributeName(){if(this.negate){return camelcase(this.name().replace(/^no-/,""))}return camelcase(this.name())}helpGroup(e){this.helpGroupHeading=e;return this}is(e){return this.short===e||this.long===e}isBoolean(){return!this.required&&!this.optional&&!this.negate}}class DualOptions{constructor(e){this.positiveOptions=new Map;this.negativeOptions=new Map;this.dualOptions=new Set;e.forEach(e=>{if(e.negate){this.negativeOptions.set(e.attributeName(),e)}else{this.positiveOptions.set(e.attributeName(),e)}});this.negativeOptions.forEach((e,t)=>{if(this.positiveOptions.has(t)){this.dualOptions.add(t)}})}valueFromOption(e,t){const n=t.attributeName();if(!this.dualOptions.has(n))return true;const r=this.negativeOptions.get(n).presetArg;const s=r!==undefined?r:false;return t.negate===(s===e)}}function camelcase(e){return e.split("-").reduce((e,t)=>e+t[0].toUpperCase()+t.slice(1))}function splitOptionFlags(e){let t;let n;const r=/^-[^-]$/;const s=/^--[^-]/;const o=e.split(/[ |,]+/).concat("guard");if(r.test(o[0]))t=o.shift();if(s.test(o[0]))n=o.shift();if(!t&&r.test(o[0]))t=o.shift();if(!t&&s.test(o[0])){t=n;n=o.shift()}if(o[0].startsWith("-")){const t=o[0];const n=`option creation failed due to '${t}' in option flags '${e}'`;if(/^-[^-][^-]/.test(t))throw new Error(`${n}\n- a short flag is a single dash and a single character\n  - either use a single dash and a single character (for a short flag)\n  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);if(r.test(t))throw new Error(`${n}\n- too many short flags`);if(s.test(t))throw new Error(`${n}\n- too many long flags`);throw new Error(`${n}\n- unrecognised flag format`)}if(t===undefined&&n===undefined)throw new Error(`option creation failed due to no flags found in '${e}'.`);return{shortFlag:t,longFlag:n}}t.Option=Option;t.DualOptions=DualOptions},5030:(e,t)=>{const n=3;function editDistance(e,t){if(Math.abs(e.length-t.length)>n)return Math.max(e.length,t.length);const r=[];for(let t=0;t<=e.length;t++){r[t]=[t]}for(let e=0;e<=t.length;e++){r[0][e]=e}for(let n=1;n<=t.length;n++){for(let s=1;s<=e.length;s++){let o=1;if(e[s-1]===t[n-1]){o=0}else{o=1}r[s][n]=Math.min(r[s-1][n]+1,r[s][n-1]+1,r[s-1][n-1]+o);if(s>1&&n>1&&e[s-1]===t[n-2]&&e[s-2]===t[n-1]){r[s][n]=Math.min(r[s][n],r[s-2][n-2]+1)}}}return r[e.length][t.length]}function suggestSimilar(e,t){if(!t||t.length===0)return"";t=Array.from(new Set(t));const r=e.startsWith("--");if(r){e=e.slice(2);t=t.map(e=>e.slice(2))}let s=[];let o=n;const i=.4;t.forEach(t=>{if(t.length<=1)return;const n=editDistance(e,t);const r=Math.max(e.length,t.length);const a=(r-n)/r;if(a>i){if(n<o){o=n;s=[t]}else if(n===o){s.push(t)}}});s.sort((e,t)=>e.localeCompare(t));if(r){s=s.map(e=>`--${e}`)}if(s.length>1){return`\n(Did you mean one of ${s.join(", ")}?)`}if(s.length===1){return`\n(Did you mean ${s[0]}?)`}return""}t.suggestSimilar=suggestSimilar},7349:(e,t,n)=>{var r=n(1127);var s=n(3301);var o=n(4454);var i=n(2223);var a=n(7103);var c=n(334);var l=n(3142);function resolveCollection(e,t,n,r,s,o){const i=n.type==="block-map"?a.resolveBlockMap(e,t,n,r,o):n.type==="block-seq"?c.resolveBlockSeq(e,t,n,r,o):l.resolveFlowCollection(e,t,n,r,o);const u=i.constructor;if(s==="!"||s===u.tagName){i.tag=u.tagName;return i}if(s)i.tag=s;return i}function composeCollection(e,t,n,a,c){const l=a.tag;const u=!l?null:t.directives.tagName(l.source,e=>c(l,"TAG_RESOLVE_FAILED",e));if(n.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=a;const n=e&&l?e.offset>l.offset?e:l:e??l;if(n&&(!t||t.offset<n.offset)){const e="Missing newline after block sequence props";c(n,"MISSING_CHAR",e)}}const f=n.type==="block-map"?"map":n.type==="block-seq"?"seq":n.start.source==="{"?"map":"seq";if(!l||!u||u==="!"||u===o.YAMLMap.tagName&&f==="map"||u===i.YAMLSeq.tagName&&f==="seq"){return resolveCollection(e,t,n,c,u)}let d=t.schema.tags.find(e=>e.tag===u&&e.collection===f);if(!d){const r=t.schema.knownTags[u];if(r?.collection===f){t.schema.tags.push(Object.assign({},r,{default:false}));d=r}else{if(r){c(l,"BAD_COLLECTION_TYPE",`${r.tag} used for ${f} collection, but expects ${r.collection??"scalar"}`,true)}else{c(l,"TAG_RESOLVE_FAILED",`Unresolved tag: ${u}`,true)}return resolveCollection(e,t,n,c,u)}}const h=resolveCollection(e,t,n,c,u,d);const p=d.resolve?.(h,e=>c(l,"TAG_RESOLVE_FAILED",e),t.options)??h;const m=r.isNode(p)?p:new s.Scalar(p);m.range=h.range;m.tag=u;if(d?.format)m.format=d.format;return m}t.composeCollection=composeCollection},3683:(e,t,n)=>{var r=n(3021);var s=n(5937);var o=n(7788);var i=n(4631);function composeDoc(e,t,{offset:n,start:a,value:c,end:l},u){const f=Object.assign({_directives:t},e);const d=new r.Document(undefined,f);const h={atKey:false,atRoot:true,directives:d.directives,options:d.options,schema:d.schema};const p=i.resolveProps(a,{indicator:"doc-start",next:c??l?.[0],offset:n,onError:u,parentIndent:0,startOnNewline:true});if(p.found){d.directives.docStart=true;if(c&&(c.type==="block-map"||c.type==="block-seq")&&!p.hasNewline)u(p.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}d.contents=c?s.composeNode(h,c,p,u):s.composeEmptyNode(h,p.end,a,null,p,u);const m=d.contents.range[2];const g=o.resolveEnd(l,m,false,u);if(g.comment)d.comment=g.comment;d.range=[n,m,g.offset];return d}t.composeDoc=composeDoc},5937:(e,t,n)=>{var r=n(4065);var s=n(1127);var o=n(7349);var i=n(5413);var a=n(7788);var c=n(2599);const l={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,n,r){const a=e.atKey;const{spaceBefore:c,comment:u,anchor:f,tag:d}=n;let h;let p=true;switch(t.type){case"alias":h=composeAlias(e,t,r);if(f||d)r(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":h=i.composeScalar(e,t,d,r);if(f)h.anchor=f.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{h=o.composeCollection(l,e,t,n,r);if(f)h.anchor=f.source.substring(1)}catch(e){const n=e instanceof Error?e.message:String(e);r(t,"RESOURCE_EXHAUSTION",n)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;r(t,"UNEXPECTED_TOKEN",e);p=false}}h??(h=composeEmptyNode(e,t.offset,undefined,null,n,r));if(f&&h.anchor==="")r(f,"BAD_ALIAS","Anchor cannot be an empty string");if(a&&e.options.stringKeys&&(!s.isScalar(h)||typeof h.value!=="string"||h.tag&&h.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";r(d??t,"NON_STRING_KEY",e)}if(c)h.spaceBefore=true;if(u){if(t.type==="scalar"&&t.source==="")h.comment=u;else h.commentBefore=u}if(e.options.keepSourceTokens&&p)h.srcToken=t;return h}function composeEmptyNode(e,t,n,r,{spaceBefore:s,comment:o,anchor:a,tag:l,end:u},f){const d={type:"scalar",offset:c.emptyScalarPosition(t,n,r),indent:-1,source:""};const h=i.composeScalar(e,d,l,f);if(a){h.anchor=a.source.substring(1);if(h.anchor==="")f(a,"BAD_ALIAS","Anchor cannot be an empty string")}if(s)h.spaceBefore=true;if(o){h.comment=o;h.range[2]=u}return h}function composeAlias({options:e},{offset:t,source:n,end:s},o){const i=new r.Alias(n.substring(1));if(i.source==="")o(t,"BAD_ALIAS","Alias cannot be an empty string");if(i.source.endsWith(":"))o(t+n.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const c=t+n.length;const l=a.resolveEnd(s,c,e.strict,o);i.range=[t,c,l.offset];if(l.comment)i.comment=l.comment;return i}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,n)=>{var r=n(1127);var s=n(3301);var o=n(8913);var i=n(6842);function composeScalar(e,t,n,a){const{value:c,type:l,comment:u,range:f}=t.type==="block-scalar"?o.resolveBlockScalar(e,t,a):i.resolveFlowScalar(t,e.options.strict,a);const d=n?e.directives.tagName(n.source,e=>a(n,"TAG_RESOLVE_FAILED",e)):null;let h;if(e.options.stringKeys&&e.atKey){h=e.schema[r.SCALAR]}else if(d)h=findScalarTagByName(e.schema,c,d,n,a);else if(t.type==="scalar")h=findScalarTagByTest(e,c,t,a);else h=e.schema[r.SCALAR];let p;try{const o=h.resolve(c,e=>a(n??t,"TAG_RESOLVE_FAILED",e),e.options);p=r.isScalar(o)?o:new s.Scalar(o)}catch(e){const r=e instanceof Error?e.message:String(e);a(n??t,"TAG_RESOLVE_FAILED",r);p=new s.Scalar(c)}p.range=f;p.source=c;if(l)p.type=l;if(d)p.tag=d;if(h.format)p.format=h.format;if(u)p.comment=u;return p}function findScalarTagByName(e,t,n,s,o){if(n==="!")return e[r.SCALAR];const i=[];for(const t of e.tags){if(!t.collection&&t.tag===n){if(t.default&&t.test)i.push(t);else return t}}for(const e of i)if(e.test?.test(t))return e;const a=e.knownTags[n];if(a&&!a.collection){e.tags.push(Object.assign({},a,{default:false,test:undefined}));return a}o(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${n}`,n!=="tag:yaml.org,2002:str");return e[r.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:n},s,o,i){const a=n.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(s))||n[r.SCALAR];if(n.compat){const e=n.compat.find(e=>e.default&&e.test?.test(s))??n[r.SCALAR];if(a.tag!==e.tag){const n=t.tagString(a.tag);const r=t.tagString(e.tag);const s=`Value may be parsed as either ${n} or ${r}`;i(o,"TAG_RESOLVE_FAILED",s,true)}}return a}t.composeScalar=composeScalar},9984:(e,t,n)=>{var r=n(932);var s=n(1342);var o=n(3021);var i=n(1464);var a=n(1127);var c=n(3683);var l=n(7788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:n}=e;return[t,t+(typeof n==="string"?n.length:1)]}function parsePrelude(e){let t="";let n=false;let r=false;for(let s=0;s<e.length;++s){const o=e[s];switch(o[0]){case"#":t+=(t===""?"":r?"\n\n":"\n")+(o.substring(1)||" ");n=true;r=false;break;case"%":if(e[s+1]?.[0]!=="#")s+=1;n=false;break;default:if(!n)r=true;n=false}}return{comment:t,afterEmptyLine:r}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,n,r)=>{const s=getErrorPos(e);if(r)this.warnings.push(new i.YAMLWarning(s,t,n));else this.errors.push(new i.YAMLParseError(s,t,n))};this.directives=new s.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:n,afterEmptyLine:r}=parsePrelude(this.prelude);if(n){const s=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${n}`:n}else if(r||e.directives.docStart||!s){e.commentBefore=n}else if(a.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];if(a.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{const e=s.commentBefore;s.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,n=-1){for(const t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){if(r.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,n,r)=>{const s=getErrorPos(e);s[0]+=t;this.onError(s,"BAD_DIRECTIVE",n,r)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const n=new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(n);else this.doc.errors.push(n);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=l.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new i.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const n=new o.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");n.range=[0,t,t];this.decorate(n,false);yield n}}}t.Composer=Composer},7103:(e,t,n)=>{var r=n(7165);var s=n(4454);var o=n(4631);var i=n(9499);var a=n(4051);var c=n(1187);const l="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},n,u,f,d){const h=d?.nodeClass??s.YAMLMap;const p=new h(n.schema);if(n.atRoot)n.atRoot=false;let m=u.offset;let g=null;for(const s of u.items){const{start:d,key:h,sep:y,value:v}=s;const b=o.resolveProps(d,{indicator:"explicit-key-ind",next:h??y?.[0],offset:m,onError:f,parentIndent:u.indent,startOnNewline:true});const w=!b.found;if(w){if(h){if(h.type==="block-seq")f(m,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in h&&h.indent!==u.indent)f(m,"BAD_INDENT",l)}if(!b.anchor&&!b.tag&&!y){g=b.end;if(b.comment){if(p.comment)p.comment+="\n"+b.comment;else p.comment=b.comment}continue}if(b.newlineAfterProp||i.containsNewline(h)){f(h??d[d.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(b.found?.indent!==u.indent){f(m,"BAD_INDENT",l)}n.atKey=true;const x=b.end;const k=h?e(n,h,b,f):t(n,x,d,null,b,f);if(n.schema.compat)a.flowIndentCheck(u.indent,h,f);n.atKey=false;if(c.mapIncludes(n,p.items,k))f(x,"DUPLICATE_KEY","Map keys must be unique");const $=o.resolveProps(y??[],{indicator:"map-value-ind",next:v,offset:k.range[2],onError:f,parentIndent:u.indent,startOnNewline:!h||h.type==="block-scalar"});m=$.end;if($.found){if(w){if(v?.type==="block-map"&&!$.hasNewline)f(m,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(n.options.strict&&b.start<$.found.offset-1024)f(k.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const o=v?e(n,v,$,f):t(n,m,y,null,$,f);if(n.schema.compat)a.flowIndentCheck(u.indent,v,f);m=o.range[2];const i=new r.Pair(k,o);if(n.options.keepSourceTokens)i.srcToken=s;p.items.push(i)}else{if(w)f(k.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if($.comment){if(k.comment)k.comment+="\n"+$.comment;else k.comment=$.comment}const e=new r.Pair(k);if(n.options.keepSourceTokens)e.srcToken=s;p.items.push(e)}}if(g&&g<m)f(g,"IMPOSSIBLE","Map comment with trailing content");p.range=[u.offset,m,g??m];return p}t.resolveBlockMap=resolveBlockMap},8913:(e,t,n)=>{var r=n(3301);function resolveBlockScalar(e,t,n){const s=t.offset;const o=parseBlockScalarHeader(t,e.options.strict,n);if(!o)return{value:"",type:null,comment:"",range:[s,s,s]};const i=o.mode===">"?r.Scalar.BLOCK_FOLDED:r.Scalar.BLOCK_LITERAL;const a=t.source?splitLines(t.source):[];let c=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(t===""||t==="\r")c=e;else break}if(c===0){const e=o.chomp==="+"&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let n=s+o.length;if(t.source)n+=t.source.length;return{value:e,type:i,comment:o.comment,range:[s,n,n]}}let l=t.indent+o.indent;let u=t.offset+o.length;let f=0;for(let t=0;t<c;++t){const[r,s]=a[t];if(s===""||s==="\r"){if(o.indent===0&&r.length>l)l=r.length}else{if(r.length<l){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";n(u+r.length,"MISSING_CHAR",e)}if(o.indent===0)l=r.length;f=t;if(l===0&&!e.atRoot){const e="Block scalar values in collections must be indented";n(u,"BAD_INDENT",e)}break}u+=r.length+s.length+1}for(let e=a.length-1;e>=c;--e){if(a[e][0].length>l)c=e+1}let d="";let h="";let p=false;for(let e=0;e<f;++e)d+=a[e][0].slice(l)+"\n";for(let e=f;e<c;++e){let[t,s]=a[e];u+=t.length+s.length+1;const c=s[s.length-1]==="\r";if(c)s=s.slice(0,-1);if(s&&t.length<l){const e=o.indent?"explicit indentation indicator":"first line";const r=`Block scalar lines must not be less indented than their ${e}`;n(u-s.length-(c?2:1),"BAD_INDENT",r);t=""}if(i===r.Scalar.BLOCK_LITERAL){d+=h+t.slice(l)+s;h="\n"}else if(t.length>l||s[0]==="\t"){if(h===" ")h="\n";else if(!p&&h==="\n")h="\n\n";d+=h+t.slice(l)+s;h="\n";p=true}else if(s===""){if(h==="\n")d+="\n";else h="\n"}else{d+=h+s;h=" ";p=false}}switch(o.chomp){case"-":break;case"+":for(let e=c;e<a.length;++e)d+="\n"+a[e][0].slice(l);if(d[d.length-1]!=="\n")d+="\n";break;default:d+="\n"}const m=s+o.length+t.source.length;return{value:d,type:i,comment:o.comment,range:[s,m,m]}}function parseBlockScalarHeader({offset:e,props:t},n,r){if(t[0].type!=="block-scalar-header"){r(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:s}=t[0];const o=s[0];let i=0;let a="";let c=-1;for(let t=1;t<s.length;++t){const n=s[t];if(!a&&(n==="-"||n==="+"))a=n;else{const r=Number(n);if(!i&&r)i=r;else if(c===-1)c=e+t}}if(c!==-1)r(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let l=false;let u="";let f=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":l=true;case"newline":f+=s.source.length;break;case"comment":if(n&&!l){const e="Comments must be separated from other tokens by white space characters";r(s,"MISSING_CHAR",e)}f+=s.source.length;u=s.source.substring(1);break;case"error":r(s,"UNEXPECTED_TOKEN",s.message);f+=s.source.length;break;default:{const e=`Unexpected token in block scalar header: ${s.type}`;r(s,"UNEXPECTED_TOKEN",e);const t=s.source;if(t&&typeof t==="string")f+=t.length}}}return{mode:o,indent:i,chomp:a,comment:u,length:f}}function splitLines(e){const t=e.split(/\n( *)/);const n=t[0];const r=n.match(/^( *)/);const s=r?.[1]?[r[1],n.slice(r[1].length)]:["",n];const o=[s];for(let e=1;e<t.length;e+=2)o.push([t[e],t[e+1]]);return o}t.resolveBlockScalar=resolveBlockScalar},334:(e,t,n)=>{var r=n(2223);var s=n(4631);var o=n(4051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},n,i,a,c){const l=c?.nodeClass??r.YAMLSeq;const u=new l(n.schema);if(n.atRoot)n.atRoot=false;if(n.atKey)n.atKey=false;let f=i.offset;let d=null;for(const{start:r,value:c}of i.items){const l=s.resolveProps(r,{indicator:"seq-item-ind",next:c,offset:f,onError:a,parentIndent:i.indent,startOnNewline:true});if(!l.found){if(l.anchor||l.tag||c){if(c?.type==="block-seq")a(l.end,"BAD_INDENT","All sequence items must start at the same column");else a(f,"MISSING_CHAR","Sequence item without - indicator")}else{d=l.end;if(l.comment)u.comment=l.comment;continue}}const h=c?e(n,c,l,a):t(n,l.end,r,null,l,a);if(n.schema.compat)o.flowIndentCheck(i.indent,c,a);f=h.range[2];u.items.push(h)}u.range=[i.offset,f,d??f];return u}t.resolveBlockSeq=resolveBlockSeq},7788:(e,t)=>{function resolveEnd(e,t,n,r){let s="";if(e){let o=false;let i="";for(const a of e){const{source:e,type:c}=a;switch(c){case"space":o=true;break;case"comment":{if(n&&!o)r(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!s)s=t;else s+=i+t;i="";break}case"newline":if(s)i+=e;o=true;break;default:r(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:s,offset:t}}t.resolveEnd=resolveEnd},3142:(e,t,n)=>{var r=n(1127);var s=n(7165);var o=n(4454);var i=n(2223);var a=n(7788);var c=n(4631);var l=n(9499);var u=n(1187);const f="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},n,d,h,p){const m=d.start.source==="{";const g=m?"flow map":"flow sequence";const y=p?.nodeClass??(m?o.YAMLMap:i.YAMLSeq);const v=new y(n.schema);v.flow=true;const b=n.atRoot;if(b)n.atRoot=false;if(n.atKey)n.atKey=false;let w=d.offset+d.start.source.length;for(let i=0;i<d.items.length;++i){const a=d.items[i];const{start:p,key:y,sep:b,value:x}=a;const k=c.resolveProps(p,{flow:g,indicator:"explicit-key-ind",next:y??b?.[0],offset:w,onError:h,parentIndent:d.indent,startOnNewline:false});if(!k.found){if(!k.anchor&&!k.tag&&!b&&!x){if(i===0&&k.comma)h(k.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`);else if(i<d.items.length-1)h(k.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${g}`);if(k.comment){if(v.comment)v.comment+="\n"+k.comment;else v.comment=k.comment}w=k.end;continue}if(!m&&n.options.strict&&l.containsNewline(y))h(y,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(i===0){if(k.comma)h(k.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`)}else{if(!k.comma)h(k.start,"MISSING_CHAR",`Missing , between ${g} items`);if(k.comment){let e="";e:for(const t of p){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=v.items[v.items.length-1];if(r.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;k.comment=k.comment.substring(e.length+1)}}}if(!m&&!b&&!k.found){const r=x?e(n,x,k,h):t(n,k.end,b,null,k,h);v.items.push(r);w=r.range[2];if(isBlock(x))h(r.range,"BLOCK_IN_FLOW",f)}else{n.atKey=true;const r=k.end;const i=y?e(n,y,k,h):t(n,r,p,null,k,h);if(isBlock(y))h(i.range,"BLOCK_IN_FLOW",f);n.atKey=false;const l=c.resolveProps(b??[],{flow:g,indicator:"map-value-ind",next:x,offset:i.range[2],onError:h,parentIndent:d.indent,startOnNewline:false});if(l.found){if(!m&&!k.found&&n.options.strict){if(b)for(const e of b){if(e===l.found)break;if(e.type==="newline"){h(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(k.start<l.found.offset-1024)h(l.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(x){if("source"in x&&x.source?.[0]===":")h(x,"MISSING_CHAR",`Missing space after : in ${g}`);else h(l.start,"MISSING_CHAR",`Missing , or : between ${g} items`)}const $=x?e(n,x,l,h):l.found?t(n,l.end,b,null,l,h):null;if($){if(isBlock(x))h($.range,"BLOCK_IN_FLOW",f)}else if(l.comment){if(i.comment)i.comment+="\n"+l.comment;else i.comment=l.comment}const S=new s.Pair(i,$);if(n.options.keepSourceTokens)S.srcToken=a;if(m){const e=v;if(u.mapIncludes(n,e.items,i))h(r,"DUPLICATE_KEY","Map keys must be unique");e.items.push(S)}else{const e=new o.YAMLMap(n.schema);e.flow=true;e.items.push(S);const t=($??i).range;e.range=[i.range[0],t[1],t[2]];v.items.push(e)}w=$?$.range[2]:l.end}}const x=m?"}":"]";const[k,...$]=d.end;let S=w;if(k?.source===x)S=k.offset+k.source.length;else{const e=g[0].toUpperCase()+g.substring(1);const t=b?`${e} must end with a ${x}`:`${e} in block collection must be sufficiently indented and end with a ${x}`;h(w,b?"MISSING_CHAR":"BAD_INDENT",t);if(k&&k.source.length!==1)$.unshift(k)}if($.length>0){const e=a.resolveEnd($,S,n.options.strict,h);if(e.comment){if(v.comment)v.comment+="\n"+e.comment;else v.comment=e.comment}v.range=[d.offset,S,e.offset]}else{v.range=[d.offset,S,S]}return v}t.resolveFlowCollection=resolveFlowCollection},6842:(e,t,n)=>{var r=n(3301);var s=n(7788);function resolveFlowScalar(e,t,n){const{offset:o,type:i,source:a,end:c}=e;let l;let u;const _onError=(e,t,r)=>n(o+e,t,r);switch(i){case"scalar":l=r.Scalar.PLAIN;u=plainValue(a,_onError);break;case"single-quoted-scalar":l=r.Scalar.QUOTE_SINGLE;u=singleQuotedValue(a,_onError);break;case"double-quoted-scalar":l=r.Scalar.QUOTE_DOUBLE;u=doubleQuotedValue(a,_onError);break;default:n(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`);return{value:"",type:null,comment:"",range:[o,o+a.length,o+a.length]}}const f=o+a.length;const d=s.resolveEnd(c,f,t,n);return{value:u,type:l,comment:d.comment,range:[o,f,d.offset]}}function plainValue(e,t){let n="";switch(e[0]){case"\t":n="a tab character";break;case",":n="flow indicator character ,";break;case"%":n="directive indicator character %";break;case"|":case">":{n=`block scalar indicator ${e[0]}`;break}case"@":case"`":{n=`reserved character ${e[0]}`;break}}if(n)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${n}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let n=t.exec(e);if(!n)return e;let r,s;try{r=new RegExp("(?<![ \t])[ \t]+$");s=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{r=/[ \t]+$/;s=/^[ \t]+|[ \t]+$/g}let o=n[1].replace(r,"");let i=" ";let a=t.lastIndex;while(n=t.exec(e)){const e=n[1].replace(s,"");if(e===""){if(i==="\n")o+=i;else i="\n"}else{o+=i+e;i=" "}a=t.lastIndex}const c=/[ \t]*(.*)/sy;c.lastIndex=a;n=c.exec(e);return o+i+(n?.[1]??"")}function doubleQuotedValue(e,t){let n="";for(let r=1;r<e.length-1;++r){const s=e[r];if(s==="\r"&&e[r+1]==="\n")continue;if(s==="\n"){const{fold:t,offset:s}=foldNewline(e,r);n+=t;r=s}else if(s==="\\"){let s=e[++r];const i=o[s];if(i)n+=i;else if(s==="\n"){s=e[r+1];while(s===" "||s==="\t")s=e[++r+1]}else if(s==="\r"&&e[r+1]==="\n"){s=e[++r+1];while(s===" "||s==="\t")s=e[++r+1]}else if(s==="x"||s==="u"||s==="U"){const o=s==="x"?2:s==="u"?4:8;n+=parseCharCode(e,r+1,o,t);r+=o}else{const s=e.substr(r-1,2);t(r-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);n+=s}}else if(s===" "||s==="\t"){const t=r;let o=e[r+1];while(o===" "||o==="\t")o=e[++r+1];if(o!=="\n"&&!(o==="\r"&&e[r+2]==="\n"))n+=r>t?e.slice(t,r+1):s}else{n+=s}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return n}function foldNewline(e,t){let n="";let r=e[t+1];while(r===" "||r==="\t"||r==="\n"||r==="\r"){if(r==="\r"&&e[t+2]!=="\n")break;if(r==="\n")n+="\n";t+=1;r=e[t+1]}if(!n)n=" ";return{fold:n,offset:t}}const o={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,n,r){const s=e.substr(t,n);const o=s.length===n&&/^[0-9a-fA-F]+$/.test(s);const i=o?parseInt(s,16):NaN;try{return String.fromCodePoint(i)}catch{const s=e.substr(t-2,n+2);r(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);return s}}t.resolveFlowScalar=resolveFlowScalar},4631:(e,t)=>{function resolveProps(e,{flow:t,indicator:n,next:r,offset:s,onError:o,parentIndent:i,startOnNewline:a}){let c=false;let l=a;let u=a;let f="";let d="";let h=false;let p=false;let m=null;let g=null;let y=null;let v=null;let b=null;let w=null;let x=null;for(const s of e){if(p){if(s.type!=="space"&&s.type!=="newline"&&s.type!=="comma")o(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");p=false}if(m){if(l&&s.type!=="comment"&&s.type!=="newline"){o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation")}m=null}switch(s.type){case"space":if(!t&&(n!=="doc-start"||r?.type!=="flow-collection")&&s.source.includes("\t")){m=s}u=true;break;case"comment":{if(!u)o(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";if(!f)f=e;else f+=d+e;d="";l=false;break}case"newline":if(l){if(f)f+=s.source;else if(!w||n!=="seq-item-ind")c=true}else d+=s.source;l=true;h=true;if(g||y)v=s;u=true;break;case"anchor":if(g)o(s,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(s.source.endsWith(":"))o(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);g=s;x??(x=s.offset);l=false;u=false;p=true;break;case"tag":{if(y)o(s,"MULTIPLE_TAGS","A node can have at most one tag");y=s;x??(x=s.offset);l=false;u=false;p=true;break}case n:if(g||y)o(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`);if(w)o(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`);w=s;l=n==="seq-item-ind"||n==="explicit-key-ind";u=false;break;case"comma":if(t){if(b)o(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);b=s;l=false;u=false;break}default:o(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`);l=false;u=false}}const k=e[e.length-1];const $=k?k.offset+k.source.length:s;if(p&&r&&r.type!=="space"&&r.type!=="newline"&&r.type!=="comma"&&(r.type!=="scalar"||r.source!=="")){o(r.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(m&&(l&&m.indent<=i||r?.type==="block-map"||r?.type==="block-seq"))o(m,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:b,found:w,spaceBefore:c,comment:f,hasNewline:h,anchor:g,tag:y,newlineAfterProp:v,end:$,start:x??$}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},2599:(e,t)=>{function emptyScalarPosition(e,t,n){if(t){n??(n=t.length);for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case"space":case"comment":case"newline":e-=n.source.length;continue}n=t[++r];while(n?.type==="space"){e+=n.source.length;n=t[++r]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},4051:(e,t,n)=>{var r=n(9499);function flowIndentCheck(e,t,n){if(t?.type==="flow-collection"){const s=t.end[0];if(s.indent===e&&(s.source==="]"||s.source==="}")&&r.containsNewline(t)){const e="Flow end indicator should be more indented than parent";n(s,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},1187:(e,t,n)=>{var r=n(1127);function mapIncludes(e,t,n){const{uniqueKeys:s}=e.options;if(s===false)return false;const o=typeof s==="function"?s:(e,t)=>e===t||r.isScalar(e)&&r.isScalar(t)&&e.value===t.value;return t.some(e=>o(e.key,n))}t.mapIncludes=mapIncludes},3021:(e,t,n)=>{var r=n(4065);var s=n(101);var o=n(1127);var i=n(7165);var a=n(4043);var c=n(5840);var l=n(6829);var u=n(1596);var f=n(3661);var d=n(2404);var h=n(1342);class Document{constructor(e,t,n){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,o.NODE_TYPE,{value:o.DOC});let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t;t=undefined}const s=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},n);this.options=s;let{version:i}=s;if(n?._directives){this.directives=n._directives.atDocument();if(this.directives.yaml.explicit)i=this.directives.yaml.version}else this.directives=new h.Directives({version:i});this.setSchema(i,n);this.contents=e===undefined?null:this.createNode(e,r,n)}clone(){const e=Object.create(Document.prototype,{[o.NODE_TYPE]:{value:o.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=o.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const n=u.anchorNames(this);e.anchor=!t||n.has(t)?u.findNewAnchor(t||"a",n):t}return new r.Alias(e.anchor)}createNode(e,t,n){let r=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);r=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);r=t}else if(n===undefined&&t){n=t;t=undefined}const{aliasDuplicateObjects:s,anchorPrefix:i,flow:a,keepUndefined:c,onTagObj:l,tag:f}=n??{};const{onAnchor:h,setAnchors:p,sourceObjects:m}=u.createNodeAnchors(this,i||"a");const g={aliasDuplicateObjects:s??true,keepUndefined:c??false,onAnchor:h,onTagObj:l,replacer:r,schema:this.schema,sourceObjects:m};const y=d.createNode(e,f,g);if(a&&o.isCollection(y))y.flow=true;p();return y}createPair(e,t,n={}){const r=this.createNode(e,null,n);const s=this.createNode(t,null,n);return new i.Pair(r,s)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(s.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return o.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(s.isEmptyPath(e))return!t&&o.isScalar(this.contents)?this.contents.value:this.contents;return o.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return o.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(s.isEmptyPath(e))return this.contents!==undefined;return o.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=s.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(s.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=s.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let n;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new h.Directives({version:"1.1"});n={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new h.Directives({version:e});n={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;n=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(n)this.schema=new c.Schema(Object.assign(n,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:s,reviver:o}={}){const i={anchors:new Map,doc:this,keep:!e,mapAsMap:n===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const c=a.toJS(this.contents,t??"",i);if(typeof s==="function")for(const{count:e,res:t}of i.anchors.values())s(t,e);return typeof o==="function"?f.applyReviver(o,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return l.stringifyDocument(this,e)}}function assertCollection(e){if(o.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},1596:(e,t,n)=>{var r=n(1127);var s=n(204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const n=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(n)}return true}function anchorNames(e){const t=new Set;s.visit(e,{Value(e,n){if(n.anchor)t.add(n.anchor)}});return t}function findNewAnchor(e,t){for(let n=1;true;++n){const r=`${e}${n}`;if(!t.has(r))return r}}function createNodeAnchors(e,t){const n=[];const s=new Map;let o=null;return{onAnchor:r=>{n.push(r);o??(o=anchorNames(e));const s=findNewAnchor(t,o);o.add(s);return s},setAnchors:()=>{for(const e of n){const t=s.get(e);if(typeof t==="object"&&t.anchor&&(r.isScalar(t.node)||r.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:s}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},3661:(e,t)=>{function applyReviver(e,t,n,r){if(r&&typeof r==="object"){if(Array.isArray(r)){for(let t=0,n=r.length;t<n;++t){const n=r[t];const s=applyReviver(e,r,String(t),n);if(s===undefined)delete r[t];else if(s!==n)r[t]=s}}else if(r instanceof Map){for(const t of Array.from(r.keys())){const n=r.get(t);const s=applyReviver(e,r,t,n);if(s===undefined)r.delete(t);else if(s!==n)r.set(t,s)}}else if(r instanceof Set){for(const t of Array.from(r)){const n=applyReviver(e,r,t,t);if(n===undefined)r.delete(t);else if(n!==t){r.delete(t);r.add(n)}}}else{for(const[t,n]of Object.entries(r)){const s=applyReviver(e,r,t,n);if(s===undefined)delete r[t];else if(s!==n)r[t]=s}}}return e.call(t,n,r)}t.applyReviver=applyReviver},2404:(e,t,n)=>{var r=n(4065);var s=n(1127);var o=n(3301);const i="tag:yaml.org,2002:";function findTagObject(e,t,n){if(t){const e=n.filter(e=>e.tag===t);const r=e.find(e=>!e.format)??e[0];if(!r)throw new Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,n){if(s.isDocument(e))e=e.contents;if(s.isNode(e))return e;if(s.isPair(e)){const t=n.schema[s.MAP].createNode?.(n.schema,null,n);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:a,onAnchor:c,onTagObj:l,schema:u,sourceObjects:f}=n;let d=undefined;if(a&&e&&typeof e==="object"){d=f.get(e);if(d){d.anchor??(d.anchor=c(e));return new r.Alias(d.anchor)}else{d={anchor:null,node:null};f.set(e,d)}}if(t?.startsWith("!!"))t=i+t.slice(2);let h=findTagObject(e,t,u.tags);if(!h){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new o.Scalar(e);if(d)d.node=t;return t}h=e instanceof Map?u[s.MAP]:Symbol.iterator in Object(e)?u[s.SEQ]:u[s.MAP]}if(l){l(h);delete n.onTagObj}const p=h?.createNode?h.createNode(n.schema,e,n):typeof h?.nodeClass?.from==="function"?h.nodeClass.from(n.schema,e,n):new o.Scalar(e);if(t)p.tag=t;else if(!h.default)p.tag=h.tag;if(d)d.node=p;return p}t.createNode=createNode},1342:(e,t,n)=>{var r=n(1127);var s=n(204);const o={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>o[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const n=e.trim().split(/[ \t]+/);const r=n.shift();switch(r){case"%TAG":{if(n.length!==2){t(0,"%TAG directive should contain exactly two parts");if(n.length<2)return false}const[e,r]=n;this.tags[e]=r;return true}case"%YAML":{this.yaml.explicit=true;if(n.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=n;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const n=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,n);return false}}default:t(0,`Unknown directive ${r}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const n=e.slice(2,-1);if(n==="!"||n==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return n}const[,n,r]=e.match(/^(.*!)([^!]*)$/s);if(!r)t(`The ${e} tag has no suffix`);const s=this.tags[n];if(s){try{return s+decodeURIComponent(r)}catch(e){t(String(e));return null}}if(n==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,n]of Object.entries(this.tags)){if(e.startsWith(n))return t+escapeTagName(e.substring(n.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const n=Object.entries(this.tags);let o;if(e&&n.length>0&&r.isNode(e.contents)){const t={};s.visit(e.contents,(e,n)=>{if(r.isNode(n)&&n.tag)t[n.tag]=true});o=Object.keys(t)}else o=[];for(const[r,s]of n){if(r==="!!"&&s==="tag:yaml.org,2002:")continue;if(!e||o.some(e=>e.startsWith(s)))t.push(`%TAG ${r} ${s}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},1464:(e,t)=>{class YAMLError extends Error{constructor(e,t,n,r){super();this.name=e;this.code=n;this.message=r;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,n){super("YAMLParseError",e,t,n)}}class YAMLWarning extends YAMLError{constructor(e,t,n){super("YAMLWarning",e,t,n)}}const prettifyError=(e,t)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(e=>t.linePos(e));const{line:r,col:s}=n.linePos[0];n.message+=` at line ${r}, column ${s}`;let o=s-1;let i=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,"");if(o>=60&&i.length>80){const e=Math.min(o-39,i.length-79);i="…"+i.substring(e);o-=e-1}if(i.length>80)i=i.substring(0,79)+"…";if(r>1&&/^ *$/.test(i.substring(0,o))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);if(n.length>80)n=n.substring(0,79)+"…\n";i=n+i}if(/[^ ]/.test(i)){let e=1;const t=n.linePos[1];if(t?.line===r&&t.col>s){e=Math.max(1,Math.min(t.col-s,80-o))}const a=" ".repeat(o)+"^".repeat(e);n.message+=`:\n\n${i}\n${a}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},8815:(e,t,n)=>{var r;var s=n(9984);var o=n(3021);var i=n(5840);var a=n(1464);var c=n(4065);var l=n(1127);var u=n(7165);var f=n(3301);var d=n(4454);var h=n(2223);var p=n(3461);var m=n(361);var g=n(6628);var y=n(3456);var v=n(4047);var b=n(204);r=s.Composer;r=o.Document;r=i.Schema;r=a.YAMLError;r=a.YAMLParseError;r=a.YAMLWarning;r=c.Alias;r=l.isAlias;r=l.isCollection;r=l.isDocument;t.jh=l.isMap;r=l.isNode;t.tO=l.isPair;t.jn=l.isScalar;t.oP=l.isSeq;r=u.Pair;r=f.Scalar;r=d.YAMLMap;r=h.YAMLSeq;r=p;r=m.Lexer;t.HN=g.LineCounter;r=y.Parser;r=v.parse;r=v.parseAllDocuments;t.Tp=v.parseDocument;t.As=v.stringify;r=b.visit;r=b.visitAsync},7249:(e,t,n)=>{var r=n(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof r.emitWarning==="function")r.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,n)=>{var r=n(1596);var s=n(204);var o=n(1127);var i=n(6673);var a=n(4043);class Alias extends i.NodeBase{constructor(e){super(o.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let n;if(t?.aliasResolveCache){n=t.aliasResolveCache}else{n=[];s.visit(e,{Node:(e,t)=>{if(o.isAlias(t)||o.hasAnchor(t))n.push(t)}});if(t)t.aliasResolveCache=n}let r=undefined;for(const e of n){if(e===this)break;if(e.anchor===this.source)r=e}if(r&&t){const{anchors:e,doc:n,maxAliasCount:s}=t;let o=e.get(r);if(!o){a.toJS(r,null,t);o=e.get(r)}if(o?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(s>=0){o.count+=1;if(o.aliasCount===0)o.aliasCount=getAliasCount(n,r,e);if(o.count*o.aliasCount>s){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return r}toJSON(e,t){if(!t)return{source:this.source};const n=this.resolve(t.doc,t);if(!n){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){const s=`*${this.source}`;if(e){r.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function getAliasCount(e,t,n){if(o.isAlias(t)){const r=t.resolve(e);const s=n&&r&&n.get(r);return s?s.count*s.aliasCount:0}else if(o.isCollection(t)){let r=0;for(const s of t.items){const t=getAliasCount(e,s,n);if(t>r)r=t}return r}else if(o.isPair(t)){const r=getAliasCount(e,t.key,n);const s=getAliasCount(e,t.value,n);return Math.max(r,s)}return 1}t.Alias=Alias},101:(e,t,n)=>{var r=n(2404);var s=n(1127);var o=n(6673);function collectionFromPath(e,t,n){let s=n;for(let e=t.length-1;e>=0;--e){const n=t[e];if(typeof n==="number"&&Number.isInteger(n)&&n>=0){const e=[];e[n]=s;s=e}else{s=new Map([[n,s]])}}return r.createNode(s,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends o.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[n,...r]=e;const o=this.get(n,true);if(s.isCollection(o))o.addIn(r,t);else if(o===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}deleteIn(e){const[t,...n]=e;if(n.length===0)return this.delete(t);const r=this.get(t,true);if(s.isCollection(r))return r.deleteIn(n);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){const[n,...r]=e;const o=this.get(n,true);if(r.length===0)return!t&&s.isScalar(o)?o.value:o;else return s.isCollection(o)?o.getIn(r,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return false;const n=t.value;return n==null||e&&s.isScalar(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){const[t,...n]=e;if(n.length===0)return this.has(t);const r=this.get(t,true);return s.isCollection(r)?r.hasIn(n):false}setIn(e,t){const[n,...r]=e;if(r.length===0){this.set(n,t)}else{const e=this.get(n,true);if(s.isCollection(e))e.setIn(r,t);else if(e===undefined&&this.schema)this.set(n,collectionFromPath(this.schema,r,t));else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},6673:(e,t,n)=>{var r=n(3661);var s=n(1127);var o=n(4043);class NodeBase{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:i,reviver:a}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof n==="number"?n:100};const l=o.toJS(this,"",c);if(typeof i==="function")for(const{count:e,res:t}of c.anchors.values())i(t,e);return typeof a==="function"?r.applyReviver(a,{"":l},"",l):l}}t.NodeBase=NodeBase},7165:(e,t,n)=>{var r=n(2404);var s=n(9748);var o=n(7104);var i=n(1127);function createPair(e,t,n){const s=r.createNode(e,undefined,n);const o=r.createNode(t,undefined,n);return new Pair(s,o)}class Pair{constructor(e,t=null){Object.defineProperty(this,i.NODE_TYPE,{value:i.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:n}=this;if(i.isNode(t))t=t.clone(e);if(i.isNode(n))n=n.clone(e);return new Pair(t,n)}toJSON(e,t){const n=t?.mapAsMap?new Map:{};return o.addPairToJSMap(t,n,this)}toString(e,t,n){return e?.doc?s.stringifyPair(this,e,t,n):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},3301:(e,t,n)=>{var r=n(1127);var s=n(6673);var o=n(4043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends s.NodeBase{constructor(e){super(r.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:o.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},4454:(e,t,n)=>{var r=n(1212);var s=n(7104);var o=n(101);var i=n(1127);var a=n(7165);var c=n(3301);function findPair(e,t){const n=i.isScalar(t)?t.value:t;for(const r of e){if(i.isPair(r)){if(r.key===t||r.key===n)return r;if(i.isScalar(r.key)&&r.key.value===n)return r}}return undefined}class YAMLMap extends o.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(i.MAP,e);this.items=[]}static from(e,t,n){const{keepUndefined:r,replacer:s}=n;const o=new this(e);const add=(e,i)=>{if(typeof s==="function")i=s.call(t,e,i);else if(Array.isArray(s)&&!s.includes(e))return;if(i!==undefined||r)o.items.push(a.createPair(e,i,n))};if(t instanceof Map){for(const[e,n]of t)add(e,n)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){o.items.sort(e.sortMapEntries)}return o}add(e,t){let n;if(i.isPair(e))n=e;else if(!e||typeof e!=="object"||!("key"in e)){n=new a.Pair(e,e?.value)}else n=new a.Pair(e.key,e.value);const r=findPair(this.items,n.key);const s=this.schema?.sortMapEntries;if(r){if(!t)throw new Error(`Key ${n.key} already set`);if(i.isScalar(r.value)&&c.isScalarValue(n.value))r.value.value=n.value;else r.value=n.value}else if(s){const e=this.items.findIndex(e=>s(n,e)<0);if(e===-1)this.items.push(n);else this.items.splice(e,0,n)}else{this.items.push(n)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const n=this.items.splice(this.items.indexOf(t),1);return n.length>0}get(e,t){const n=findPair(this.items,e);const r=n?.value;return(!t&&i.isScalar(r)?r.value:r)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new a.Pair(e,t),true)}toJSON(e,t,n){const r=n?new n:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(r);for(const e of this.items)s.addPairToJSMap(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(const e of this.items){if(!i.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return r.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:n,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},2223:(e,t,n)=>{var r=n(2404);var s=n(1212);var o=n(101);var i=n(1127);var a=n(3301);var c=n(4043);class YAMLSeq extends o.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(i.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const n=this.items.splice(t,1);return n.length>0}get(e,t){const n=asItemIndex(e);if(typeof n!=="number")return undefined;const r=this.items[n];return!t&&i.isScalar(r)?r.value:r}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const n=asItemIndex(e);if(typeof n!=="number")throw new Error(`Expected a valid index, not ${e}.`);const r=this.items[n];if(i.isScalar(r)&&a.isScalarValue(t))r.value=t;else this.items[n]=t}toJSON(e,t){const n=[];if(t?.onCreate)t.onCreate(n);let r=0;for(const e of this.items)n.push(c.toJS(e,String(r++),t));return n}toString(e,t,n){if(!e)return JSON.stringify(this);return s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:n,onComment:t})}static from(e,t,n){const{replacer:s}=n;const o=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let i of t){if(typeof s==="function"){const n=t instanceof Set?i:String(e++);i=s.call(t,n,i)}o.items.push(r.createNode(i,undefined,n))}}return o}}function asItemIndex(e){let t=i.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},7104:(e,t,n)=>{var r=n(7249);var s=n(452);var o=n(2148);var i=n(1127);var a=n(4043);function addPairToJSMap(e,t,{key:n,value:r}){if(i.isNode(n)&&n.addToJSMap)n.addToJSMap(e,t,r);else if(s.isMergeKey(e,n))s.addMergeToJSMap(e,t,r);else{const s=a.toJS(n,"",e);if(t instanceof Map){t.set(s,a.toJS(r,s,e))}else if(t instanceof Set){t.add(s)}else{const o=stringifyKey(n,s,e);const i=a.toJS(r,o,e);if(o in t)Object.defineProperty(t,o,{value:i,writable:true,enumerable:true,configurable:true});else t[o]=i}}return t}function stringifyKey(e,t,n){if(t===null)return"";if(typeof t!=="object")return String(t);if(i.isNode(e)&&n?.doc){const t=o.createStringifyContext(n.doc,{});t.anchors=new Set;for(const e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const s=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(s);if(e.length>40)e=e.substring(0,36)+'..."';r.warn(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);n.mapKeyWarned=true}return s}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},1127:(e,t)=>{const n=Symbol.for("yaml.alias");const r=Symbol.for("yaml.document");const s=Symbol.for("yaml.map");const o=Symbol.for("yaml.pair");const i=Symbol.for("yaml.scalar");const a=Symbol.for("yaml.seq");const c=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[c]===n;const isDocument=e=>!!e&&typeof e==="object"&&e[c]===r;const isMap=e=>!!e&&typeof e==="object"&&e[c]===s;const isPair=e=>!!e&&typeof e==="object"&&e[c]===o;const isScalar=e=>!!e&&typeof e==="object"&&e[c]===i;const isSeq=e=>!!e&&typeof e==="object"&&e[c]===a;function isCollection(e){if(e&&typeof e==="object")switch(e[c]){case s:case a:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[c]){case n:case s:case i:case a:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=n;t.DOC=r;t.MAP=s;t.NODE_TYPE=c;t.PAIR=o;t.SCALAR=i;t.SEQ=a;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},4043:(e,t,n)=>{var r=n(1127);function toJS(e,t,n){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),n));if(e&&typeof e.toJSON==="function"){if(!n||!r.hasAnchor(e))return e.toJSON(t,n);const s={aliasCount:0,count:1,res:undefined};n.anchors.set(e,s);n.onCreate=e=>{s.res=e;delete n.onCreate};const o=e.toJSON(t,n);if(n.onCreate)n.onCreate(o);return o}if(typeof e==="bigint"&&!n?.keep)return Number(e);return e}t.toJS=toJS},110:(e,t,n)=>{var r=n(8913);var s=n(6842);var o=n(1464);var i=n(3069);function resolveAsScalar(e,t=true,n){if(e){const _onError=(e,t,r)=>{const s=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(n)n(s,t,r);else throw new o.YAMLParseError([s,s+1],t,r)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,_onError);case"block-scalar":return r.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:n=false,indent:r,inFlow:s=false,offset:o=-1,type:a="PLAIN"}=t;const c=i.stringifyString({type:a,value:e},{implicitKey:n,indent:r>0?" ".repeat(r):"",inFlow:s,options:{blockQuote:true,lineWidth:-1}});const l=t.end??[{type:"newline",offset:-1,indent:r,source:"\n"}];switch(c[0]){case"|":case">":{const e=c.indexOf("\n");const t=c.substring(0,e);const n=c.substring(e+1)+"\n";const s=[{type:"block-scalar-header",offset:o,indent:r,source:t}];if(!addEndtoBlockProps(s,l))s.push({type:"newline",offset:-1,indent:r,source:"\n"});return{type:"block-scalar",offset:o,indent:r,props:s,source:n}}case'"':return{type:"double-quoted-scalar",offset:o,indent:r,source:c,end:l};case"'":return{type:"single-quoted-scalar",offset:o,indent:r,source:c,end:l};default:return{type:"scalar",offset:o,indent:r,source:c,end:l}}}function setScalarValue(e,t,n={}){let{afterKey:r=false,implicitKey:s=false,inFlow:o=false,type:a}=n;let c="indent"in e?e.indent:null;if(r&&typeof c==="number")c+=2;if(!a)switch(e.type){case"single-quoted-scalar":a="QUOTE_SINGLE";break;case"double-quoted-scalar":a="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");a=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:a="PLAIN"}const l=i.stringifyString({type:a,value:t},{implicitKey:s||c===null,indent:c!==null&&c>0?" ".repeat(c):"",inFlow:o,options:{blockQuote:true,lineWidth:-1}});switch(l[0]){case"|":case">":setBlockScalarValue(e,l);break;case'"':setFlowScalarValue(e,l,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,l,"single-quoted-scalar");break;default:setFlowScalarValue(e,l,"scalar")}}function setBlockScalarValue(e,t){const n=t.indexOf("\n");const r=t.substring(0,n);const s=t.substring(n+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=r;e.source=s}else{const{offset:t}=e;const n="indent"in e?e.indent:-1;const o=[{type:"block-scalar-header",offset:t,indent:n,source:r}];if(!addEndtoBlockProps(o,"end"in e?e.end:undefined))o.push({type:"newline",offset:-1,indent:n,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:n,props:o,source:s})}}function addEndtoBlockProps(e,t){if(t)for(const n of t)switch(n.type){case"space":case"comment":e.push(n);break;case"newline":e.push(n);return true}return false}function setFlowScalarValue(e,t,n){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=n;e.source=t;break;case"block-scalar":{const r=e.props.slice(1);let s=t.length;if(e.props[0].type==="block-scalar-header")s-=e.props[0].source.length;for(const e of r)e.offset+=s;delete e.props;Object.assign(e,{type:n,source:t,end:r});break}case"block-map":case"block-seq":{const r=e.offset+t.length;const s={type:"newline",offset:r,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:n,source:t,end:[s]});break}default:{const r="indent"in e?e.indent:-1;const s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:n,indent:r,source:t,end:s})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},1733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const n of e.props)t+=stringifyToken(n);return t+e.source}case"block-map":case"block-seq":{let t="";for(const n of e.items)t+=stringifyItem(n);return t}case"flow-collection":{let t=e.start.source;for(const n of e.items)t+=stringifyItem(n);for(const n of e.end)t+=n.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const n of e.end)t+=n.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const n of e.end)t+=n.source;return t}}}function stringifyItem({start:e,key:t,sep:n,value:r}){let s="";for(const t of e)s+=t.source;if(t)s+=stringifyToken(t);if(n)for(const e of n)s+=e.source;if(r)s+=stringifyToken(r);return s}t.stringify=stringify},7715:(e,t)=>{const n=Symbol("break visit");const r=Symbol("skip children");const s=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=n;visit.SKIP=r;visit.REMOVE=s;visit.itemAtPath=(e,t)=>{let n=e;for(const[e,r]of t){const t=n?.[e];if(t&&"items"in t){n=t.items[r]}else return undefined}return n};visit.parentCollection=(e,t)=>{const n=visit.itemAtPath(e,t.slice(0,-1));const r=t[t.length-1][0];const s=n?.[r];if(s&&"items"in s)return s;throw new Error("Parent collection not found")};function _visit(e,t,r){let o=r(t,e);if(typeof o==="symbol")return o;for(const i of["key","value"]){const a=t[i];if(a&&"items"in a){for(let t=0;t<a.items.length;++t){const o=_visit(Object.freeze(e.concat([[i,t]])),a.items[t],r);if(typeof o==="number")t=o-1;else if(o===n)return n;else if(o===s){a.items.splice(t,1);t-=1}}if(typeof o==="function"&&i==="key")o=o(t,e)}}return typeof o==="function"?o(t,e):o}t.visit=visit},3461:(e,t,n)=>{var r=n(110);var s=n(1733);var o=n(7715);const i="\ufeff";const a="";const c="";const l="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case i:return"<BOM>";case a:return"<DOC>";case c:return"<FLOW_END>";case l:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case i:return"byte-order-mark";case a:return"doc-mode";case c:return"flow-error-end";case l:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=r.createScalarToken;t.resolveAsScalar=r.resolveAsScalar;t.setScalarValue=r.setScalarValue;t.stringify=s.stringify;t.visit=o.visit;t.BOM=i;t.DOCUMENT=a;t.FLOW_END=c;t.SCALAR=l;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},361:(e,t,n)=>{var r=n(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const s=new Set("0123456789ABCDEFabcdef");const o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const i=new Set(",[]{}");const a=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||a.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let n=this.next??"stream";while(n&&(t||this.hasChars(1)))n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;while(t===" ")t=this.buffer[++n+e];if(t==="\r"){const t=this.buffer[n+e+1];if(t==="\n"||!t&&!this.atEnd)return e+n+1}return t==="\n"||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===r.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let n=e.indexOf("#");while(n!==-1){const r=e[n-1];if(r===" "||r==="\t"){t=n-1;break}else{n=e.indexOf("#",n+1)}}while(true){const n=e[t-1];if(n===" "||n==="\t")t-=1;else break}const r=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-r);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield r.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let n=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=n=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const s=this.getLine();if(s===null)return this.setNext("flow");if(n!==-1&&n<this.indentNext&&s[0]!=="#"||n===0&&(s.startsWith("---")||s.startsWith("..."))&&isEmpty(s[3])){const e=n===this.indentNext-1&&this.flowLevel===1&&(s[0]==="]"||s[0]==="}");if(!e){this.flowLevel=0;yield r.FLOW_END;return yield*this.parseLineStart()}}let o=0;while(s[o]===","){o+=(yield*this.pushCount(1));o+=(yield*this.pushSpaces(true));this.flowKey=false}o+=(yield*this.pushIndicators());switch(s[o]){case undefined:return"flow";case"#":yield*this.pushCount(s.length-o);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const n=this.buffer.substring(0,t);let r=n.indexOf("\n",this.pos);if(r!==-1){while(r!==-1){const e=this.continueScalar(r+1);if(e===-1)break;r=n.indexOf("\n",e)}if(r!==-1){t=r-(n[r-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let n;e:for(let r=this.pos;n=this.buffer[r];++r){switch(n){case" ":t+=1;break;case"\n":e=r;t=0;break;case"\r":{const e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!n&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let s=e+1;n=this.buffer[s];while(n===" ")n=this.buffer[++s];if(n==="\t"){while(n==="\t"||n===" "||n==="\r"||n==="\n")n=this.buffer[++s];e=s-1}else if(!this.blockScalarKeep){do{let n=e-1;let r=this.buffer[n];if(r==="\r")r=this.buffer[--n];const s=n;while(r===" ")r=this.buffer[--n];if(r==="\n"&&n>=this.pos&&n+1+t>s)e=n;else break}while(true)}yield r.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let n=this.pos-1;let s;while(s=this.buffer[++n]){if(s===":"){const r=this.buffer[n+1];if(isEmpty(r)||e&&i.has(r))break;t=n}else if(isEmpty(s)){let r=this.buffer[n+1];if(s==="\r"){if(r==="\n"){n+=1;s="\n";r=this.buffer[n+1]}else t=n}if(r==="#"||e&&i.has(r))break;if(s==="\n"){const e=this.continueScalar(n+1);if(e===-1)break;n=Math.max(n,e-2)}}else{if(e&&i.has(s))break;t=n}}if(!s&&!this.atEnd)return this.setNext("plain-scalar");yield r.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const n=this.buffer.slice(this.pos,e);if(n){yield n;this.pos+=n.length;return n.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const n=this.charAt(1);if(isEmpty(n)||t&&i.has(n)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(o.has(t))t=this.buffer[++e];else if(t==="%"&&s.has(this.buffer[e+1])&&s.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let n;do{n=this.buffer[++t]}while(n===" "||e&&n==="\t");const r=t-this.pos;if(r>0){yield this.buffer.substr(this.pos,r);this.pos=t}return r}*pushUntil(e){let t=this.pos;let n=this.buffer[t];while(!e(n))n=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},6628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let n=this.lineStarts.length;while(t<n){const r=t+n>>1;if(this.lineStarts[r]<e)t=r+1;else n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const r=this.lineStarts[t-1];return{line:t,col:e-r+1}}}}t.LineCounter=LineCounter},3456:(e,t,n)=>{var r=n(932);var s=n(3461);var o=n(361);function includesToken(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new o.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const n of this.lexer.lex(e,t))yield*this.next(n);if(!t)yield*this.end()}*next(e){this.source=e;if(r.env.LOG_TOKENS)console.log("|",s.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=s.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const n=e.items[e.items.length-1];if(n.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(n.sep){n.value=t}else{Object.assign(n,{key:t,sep:[]});this.onKeyLine=!n.explicitKey;return}break}case"block-seq":{const n=e.items[e.items.length-1];if(n.value)e.items.push({start:[],value:t});else n.value=t;break}case"flow-collection":{const n=e.items[e.items.length-1];if(!n||n.value)e.items.push({start:[],key:t,sep:[]});else if(n.sep)n.value=t;else Object.assign(n,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const n=t.items[t.items.length-1];if(n&&!n.sep&&!n.value&&n.start.length>0&&findNonEmptyIndex(n.start)===-1&&(t.indent===0||n.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=n.start;else e.items.push({start:n.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const n=getFirstKeyStartProps(t);let r;if(e.end){r=e.end;r.push(this.sourceToken);delete e.end}else r=[this.sourceToken];const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=true;this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const n=!this.onKeyLine&&this.indent===e.indent;const r=n&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let s=[];if(r&&t.sep&&!t.value){const n=[];for(let r=0;r<t.sep.length;++r){const s=t.sep[r];switch(s.type){case"newline":n.push(r);break;case"space":break;case"comment":if(s.indent>e.indent)n.length=0;break;default:n.length=0}}if(n.length>=2)s=t.sep.splice(n[1])}switch(this.type){case"anchor":case"tag":if(r||t.value){s.push(this.sourceToken);e.items.push({start:s});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(r||t.value){s.push(this.sourceToken);e.items.push({start:s,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const n=t.key;const r=t.sep;r.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else if(s.length>0){t.sep=t.sep.concat(s,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||r){e.items.push({start:s,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(r||t.value){e.items.push({start:s,key:n,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(n)}else{Object.assign(t,{key:n,sep:[]});this.onKeyLine=true}return}default:{const r=this.startBlockValue(e);if(r){if(r.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(n){e.items.push({start:s})}this.stack.push(r);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const n="end"in t.value?t.value.end:undefined;const r=Array.isArray(n)?n[n.length-1]:undefined;if(r?.type==="comment")n?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const n=e.items[e.items.length-2];const r=n?.value?.end;if(Array.isArray(r)){arrayPushArray(r,t.start);r.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const n=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:n,sep:[]});else if(t.sep)this.stack.push(n);else Object.assign(t,{key:n,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const n=this.startBlockValue(e);if(n)this.stack.push(n);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const n=getPrevProps(t);const r=getFirstKeyStartProps(n);fixFlowSeqItems(e);const s=e.end.splice(1,e.end.length);s.push(this.sourceToken);const o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:s}]};this.onKeyLine=true;this.stack[this.stack.length-1]=o}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);n.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const n=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:n,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},4047:(e,t,n)=>{var r=n(9984);var s=n(3021);var o=n(1464);var i=n(7249);var a=n(1127);var c=n(6628);var l=n(3456);function parseOptions(e){const t=e.prettyErrors!==false;const n=e.lineCounter||t&&new c.LineCounter||null;return{lineCounter:n,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:n,prettyErrors:s}=parseOptions(t);const i=new l.Parser(n?.addNewLine);const a=new r.Composer(t);const c=Array.from(a.compose(i.parse(e)));if(s&&n)for(const t of c){t.errors.forEach(o.prettifyError(e,n));t.warnings.forEach(o.prettifyError(e,n))}if(c.length>0)return c;return Object.assign([],{empty:true},a.streamInfo())}function parseDocument(e,t={}){const{lineCounter:n,prettyErrors:s}=parseOptions(t);const i=new l.Parser(n?.addNewLine);const a=new r.Composer(t);let c=null;for(const t of a.compose(i.parse(e),true,e.length)){if(!c)c=t;else if(c.options.logLevel!=="silent"){c.errors.push(new o.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(s&&n){c.errors.forEach(o.prettifyError(e,n));c.warnings.forEach(o.prettifyError(e,n))}return c}function parse(e,t,n){let r=undefined;if(typeof t==="function"){r=t}else if(n===undefined&&t&&typeof t==="object"){n=t}const s=parseDocument(e,n);if(!s)return null;s.warnings.forEach(e=>i.warn(s.options.logLevel,e));if(s.errors.length>0){if(s.options.logLevel!=="silent")throw s.errors[0];else s.errors=[]}return s.toJS(Object.assign({reviver:r},n))}function stringify(e,t,n){let r=null;if(typeof t==="function"||Array.isArray(t)){r=t}else if(n===undefined&&t){n=t}if(typeof n==="string")n=n.length;if(typeof n==="number"){const e=Math.round(n);n=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=n??t??{};if(!e)return undefined}if(a.isDocument(e)&&!r)return e.toString(n);return new s.Document(e,r,n).toString(n)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},5840:(e,t,n)=>{var r=n(1127);var s=n(7451);var o=n(1706);var i=n(6464);var a=n(18);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:c,schema:l,sortMapEntries:u,toStringDefaults:f}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null;this.name=typeof l==="string"&&l||"core";this.knownTags=c?a.coreKnownTags:{};this.tags=a.getTags(t,this.name,n);this.toStringOptions=f??null;Object.defineProperty(this,r.MAP,{value:s.map});Object.defineProperty(this,r.SCALAR,{value:i.string});Object.defineProperty(this,r.SEQ,{value:o.seq});this.sortMapEntries=typeof u==="function"?u:u===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},7451:(e,t,n)=>{var r=n(1127);var s=n(4454);const o={collection:"map",default:true,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!r.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,n)=>s.YAMLMap.from(e,t,n)};t.map=o},3632:(e,t,n)=>{var r=n(3301);const s={identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new r.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,n)=>{var r=n(1127);var s=n(2223);const o={collection:"seq",default:true,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!r.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,n)=>s.YAMLSeq.from(e,t,n)};t.seq=o},6464:(e,t,n)=>{var r=n(3069);const s={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,n,s){t=Object.assign({actualString:true},t);return r.stringifyString(e,t,n,s)}};t.string=s},3959:(e,t,n)=>{var r=n(3301);const s={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new r.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},n){if(e&&s.test.test(e)){const n=e[0]==="t"||e[0]==="T";if(t===n)return e}return t?n.options.trueStr:n.options.falseStr}};t.boolTag=s},8405:(e,t,n)=>{var r=n(3301);var s=n(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new r.Scalar(parseFloat(e));const n=e.indexOf(".");if(n!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-n-1;return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=i;t.floatNaN=o},9874:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function intStringify(e,t,n){const{value:s}=e;if(intIdentify(s)&&s>=0)return n+s.toString(t);return r.stringifyNumber(e)}const s={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,n)=>intResolve(e,2,8,n),stringify:e=>intStringify(e,8,"0o")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const i={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=o;t.intHex=i;t.intOct=s},896:(e,t,n)=>{var r=n(7451);var s=n(3632);var o=n(1706);var i=n(6464);var a=n(3959);var c=n(8405);var l=n(9874);const u=[r.map,o.seq,i.string,s.nullTag,a.boolTag,l.intOct,l.int,l.intHex,c.floatNaN,c.floatExp,c.float];t.schema=u},3559:(e,t,n)=>{var r=n(3301);var s=n(7451);var o=n(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const i=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new r.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const a={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const c=[s.map,o.seq].concat(i,a);t.schema=c},18:(e,t,n)=>{var r=n(7451);var s=n(3632);var o=n(1706);var i=n(6464);var a=n(3959);var c=n(8405);var l=n(9874);var u=n(896);var f=n(3559);var d=n(6083);var h=n(452);var p=n(303);var m=n(8385);var g=n(5913);var y=n(1528);var v=n(6752);const b=new Map([["core",u.schema],["failsafe",[r.map,o.seq,i.string]],["json",f.schema],["yaml11",g.schema],["yaml-1.1",g.schema]]);const w={binary:d.binary,bool:a.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:v.floatTime,int:l.int,intHex:l.intHex,intOct:l.intOct,intTime:v.intTime,map:r.map,merge:h.merge,null:s.nullTag,omap:p.omap,pairs:m.pairs,seq:o.seq,set:y.set,timestamp:v.timestamp};const x={"tag:yaml.org,2002:binary":d.binary,"tag:yaml.org,2002:merge":h.merge,"tag:yaml.org,2002:omap":p.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":y.set,"tag:yaml.org,2002:timestamp":v.timestamp};function getTags(e,t,n){const r=b.get(t);if(r&&!e){return n&&!r.includes(h.merge)?r.concat(h.merge):r.slice()}let s=r;if(!s){if(Array.isArray(e))s=[];else{const e=Array.from(b.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)s=s.concat(t)}else if(typeof e==="function"){s=e(s.slice())}if(n)s=s.concat(h.merge);return s.reduce((e,t)=>{const n=typeof t==="string"?w[t]:t;if(!n){const e=JSON.stringify(t);const n=Object.keys(w).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${n}`)}if(!e.includes(n))e.push(n);return e},[])}t.coreKnownTags=x;t.getTags=getTags},6083:(e,t,n)=>{var r=n(181);var s=n(3301);var o=n(3069);const i={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof r.Buffer==="function"){return r.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:n},i,a,c){if(!n)return"";const l=n;let u;if(typeof r.Buffer==="function"){u=l instanceof r.Buffer?l.toString("base64"):r.Buffer.from(l.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<l.length;++t)e+=String.fromCharCode(l[t]);u=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=s.Scalar.BLOCK_LITERAL);if(t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(i.options.lineWidth-i.indent.length,i.options.minContentWidth);const n=Math.ceil(u.length/e);const r=new Array(n);for(let t=0,s=0;t<n;++t,s+=e){r[t]=u.substr(s,e)}u=r.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return o.stringifyString({comment:e,type:t,value:u},i,a,c)}};t.binary=i},8398:(e,t,n)=>{var r=n(3301);function boolStringify({value:e,source:t},n){const r=e?s:o;if(t&&r.test.test(t))return t;return e?n.options.trueStr:n.options.falseStr}const s={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new r.Scalar(true),stringify:boolStringify};const o={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new r.Scalar(false),stringify:boolStringify};t.falseTag=o;t.trueTag=s},5782:(e,t,n)=>{var r=n(3301);var s=n(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new r.Scalar(parseFloat(e.replace(/_/g,"")));const n=e.indexOf(".");if(n!==-1){const r=e.substring(n+1).replace(/_/g,"");if(r[r.length-1]==="0")t.minFractionDigits=r.length}return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=i;t.floatNaN=o},873:(e,t,n)=>{var r=n(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,n,{intAsBigInt:r}){const s=e[0];if(s==="-"||s==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return s==="-"?BigInt(-1)*t:t}const o=parseInt(e,n);return s==="-"?-1*o:o}function intStringify(e,t,n){const{value:s}=e;if(intIdentify(s)){const e=s.toString(t);return s<0?"-"+n+e.substr(1):n+e}return r.stringifyNumber(e)}const s={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>intResolve(e,2,2,n),stringify:e=>intStringify(e,2,"0b")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>intResolve(e,1,8,n),stringify:e=>intStringify(e,8,"0")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>intResolve(e,0,10,n),stringify:r.stringifyNumber};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>intResolve(e,2,16,n),stringify:e=>intStringify(e,16,"0x")};t.int=i;t.intBin=s;t.intHex=a;t.intOct=o},452:(e,t,n)=>{var r=n(1127);var s=n(3301);const o="<<";const i={identify:e=>e===o||typeof e==="symbol"&&e.description===o,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(o)),{addToJSMap:addMergeToJSMap}),stringify:()=>o};const isMergeKey=(e,t)=>(i.identify(t)||r.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&i.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===i.tag&&e.default);function addMergeToJSMap(e,t,n){const s=resolveAliasValue(e,n);if(r.isSeq(s))for(const n of s.items)mergeValue(e,t,n);else if(Array.isArray(s))for(const n of s)mergeValue(e,t,n);else mergeValue(e,t,s)}function mergeValue(e,t,n){const s=resolveAliasValue(e,n);if(!r.isMap(s))throw new Error("Merge sources must be maps or map aliases");const o=s.toJSON(null,e,Map);for(const[e,n]of o){if(t instanceof Map){if(!t.has(e))t.set(e,n)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:n,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&r.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=i},303:(e,t,n)=>{var r=n(1127);var s=n(4043);var o=n(4454);var i=n(2223);var a=n(8385);class YAMLOMap extends i.YAMLSeq{constructor(){super();this.add=o.YAMLMap.prototype.add.bind(this);this.delete=o.YAMLMap.prototype.delete.bind(this);this.get=o.YAMLMap.prototype.get.bind(this);this.has=o.YAMLMap.prototype.has.bind(this);this.set=o.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const n=new Map;if(t?.onCreate)t.onCreate(n);for(const e of this.items){let o,i;if(r.isPair(e)){o=s.toJS(e.key,"",t);i=s.toJS(e.value,o,t)}else{o=s.toJS(e,"",t)}if(n.has(o))throw new Error("Ordered maps must not include duplicate keys");n.set(o,i)}return n}static from(e,t,n){const r=a.createPairs(e,t,n);const s=new this;s.items=r.items;return s}}YAMLOMap.tag="tag:yaml.org,2002:omap";const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const n=a.resolvePairs(e,t);const s=[];for(const{key:e}of n.items){if(r.isScalar(e)){if(s.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{s.push(e.value)}}}return Object.assign(new YAMLOMap,n)},createNode:(e,t,n)=>YAMLOMap.from(e,t,n)};t.YAMLOMap=YAMLOMap;t.omap=c},8385:(e,t,n)=>{var r=n(1127);var s=n(7165);var o=n(3301);var i=n(2223);function resolvePairs(e,t){if(r.isSeq(e)){for(let n=0;n<e.items.length;++n){let i=e.items[n];if(r.isPair(i))continue;else if(r.isMap(i)){if(i.items.length>1)t("Each pair must have its own sequence indicator");const e=i.items[0]||new s.Pair(new o.Scalar(null));if(i.commentBefore)e.key.commentBefore=e.key.commentBefore?`${i.commentBefore}\n${e.key.commentBefore}`:i.commentBefore;if(i.comment){const t=e.value??e.key;t.comment=t.comment?`${i.comment}\n${t.comment}`:i.comment}i=e}e.items[n]=r.isPair(i)?i:new s.Pair(i)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,n){const{replacer:r}=n;const o=new i.YAMLSeq(e);o.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,String(a++),e);let i,c;if(Array.isArray(e)){if(e.length===2){i=e[0];c=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){i=t[0];c=e[i]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{i=e}o.items.push(s.createPair(i,c,n))}return o}const a={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=a;t.resolvePairs=resolvePairs},5913:(e,t,n)=>{var r=n(7451);var s=n(3632);var o=n(1706);var i=n(6464);var a=n(6083);var c=n(8398);var l=n(5782);var u=n(873);var f=n(452);var d=n(303);var h=n(8385);var p=n(1528);var m=n(6752);const g=[r.map,o.seq,i.string,s.nullTag,c.trueTag,c.falseTag,u.intBin,u.intOct,u.int,u.intHex,l.floatNaN,l.floatExp,l.float,a.binary,f.merge,d.omap,h.pairs,p.set,m.intTime,m.floatTime,m.timestamp];t.schema=g},1528:(e,t,n)=>{var r=n(1127);var s=n(7165);var o=n(4454);class YAMLSet extends o.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(r.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new s.Pair(e.key,null);else t=new s.Pair(e,null);const n=o.findPair(this.items,t.key);if(!n)this.items.push(t)}get(e,t){const n=o.findPair(this.items,e);return!t&&r.isPair(n)?r.isScalar(n.key)?n.key.value:n.key:n}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const n=o.findPair(this.items,e);if(n&&!t){this.items.splice(this.items.indexOf(n),1)}else if(!n&&t){this.items.push(new s.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,n);else throw new Error("Set items must all have null values")}static from(e,t,n){const{replacer:r}=n;const o=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof r==="function")e=r.call(t,e,e);o.items.push(s.createPair(e,null,n))}return o}}YAMLSet.tag="tag:yaml.org,2002:set";const i={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,n)=>YAMLSet.from(e,t,n),resolve(e,t){if(r.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=i},6752:(e,t,n)=>{var r=n(8689);function parseSexagesimal(e,t){const n=e[0];const r=n==="-"||n==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const s=r.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return n==="-"?num(-1)*s:s}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return r.stringifyNumber(e);let n="";if(t<0){n="-";t*=num(-1)}const s=num(60);const o=[t%s];if(t<60){o.unshift(0)}else{t=(t-o[0])/s;o.unshift(t%s);if(t>=60){t=(t-o[0])/s;o.unshift(t)}}return n+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const s={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>parseSexagesimal(e,n),stringify:stringifySexagesimal};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const i={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(i.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,n,r,s,o,a,c]=t.map(Number);const l=t[7]?Number((t[7]+"00").substr(1,3)):0;let u=Date.UTC(n,r-1,s,o||0,a||0,c||0,l);const f=t[8];if(f&&f!=="Z"){let e=parseSexagesimal(f,false);if(Math.abs(e)<30)e*=60;u-=6e4*e}return new Date(u)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=o;t.intTime=s;t.timestamp=i},4475:(e,t)=>{const n="flow";const r="block";const s="quoted";function foldFlowLines(e,t,n="flow",{indentAtStart:o,lineWidth:i=80,minContentWidth:a=20,onFold:c,onOverflow:l}={}){if(!i||i<0)return e;if(i<a)a=0;const u=Math.max(1+a,1+i-t.length);if(e.length<=u)return e;const f=[];const d={};let h=i-t.length;if(typeof o==="number"){if(o>i-Math.max(2,a))f.push(0);else h=i-o}let p=undefined;let m=undefined;let g=false;let y=-1;let v=-1;let b=-1;if(n===r){y=consumeMoreIndentedLines(e,y,t.length);if(y!==-1)h=y+u}for(let o;o=e[y+=1];){if(n===s&&o==="\\"){v=y;switch(e[y+1]){case"x":y+=3;break;case"u":y+=5;break;case"U":y+=9;break;default:y+=1}b=y}if(o==="\n"){if(n===r)y=consumeMoreIndentedLines(e,y,t.length);h=y+t.length+u;p=undefined}else{if(o===" "&&m&&m!==" "&&m!=="\n"&&m!=="\t"){const t=e[y+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")p=y}if(y>=h){if(p){f.push(p);h=p+u;p=undefined}else if(n===s){while(m===" "||m==="\t"){m=o;o=e[y+=1];g=true}const t=y>b+1?y-2:v-1;if(d[t])return e;f.push(t);d[t]=true;h=t+u;p=undefined}else{g=true}}}m=o}if(g&&l)l();if(f.length===0)return e;if(c)c();let w=e.slice(0,f[0]);for(let r=0;r<f.length;++r){const o=f[r];const i=f[r+1]||e.length;if(o===0)w=`\n${t}${e.slice(0,i)}`;else{if(n===s&&d[o])w+=`${e[o]}\\`;w+=`\n${t}${e.slice(o+1,i)}`}}return w}function consumeMoreIndentedLines(e,t,n){let r=t;let s=t+1;let o=e[s];while(o===" "||o==="\t"){if(t<s+n){o=e[++t]}else{do{o=e[++t]}while(o&&o!=="\n");r=t;s=t+1;o=e[s]}}return r}t.FOLD_BLOCK=r;t.FOLD_FLOW=n;t.FOLD_QUOTED=s;t.foldFlowLines=foldFlowLines},2148:(e,t,n)=>{var r=n(1596);var s=n(1127);var o=n(9799);var i=n(3069);function createStringifyContext(e,t){const n=Object.assign({blockQuote:true,commentString:o.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let r;switch(n.collectionStyle){case"block":r=false;break;case"flow":r=true;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?" ":"",indent:"",indentStep:typeof n.indent==="number"?" ".repeat(n.indent):"  ",inFlow:r,options:n}}function getTagObject(e,t){if(t.tag){const n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n=undefined;let r;if(s.isScalar(t)){r=t.value;let s=e.filter(e=>e.identify?.(r));if(s.length>1){const e=s.filter(e=>e.test);if(e.length>0)s=e}n=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else{r=t;n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass)}if(!n){const e=r?.constructor?.name??(r===null?"null":typeof r);throw new Error(`Tag not resolved for ${e} value`)}return n}function stringifyProps(e,t,{anchors:n,doc:o}){if(!o.directives)return"";const i=[];const a=(s.isScalar(e)||s.isCollection(e))&&e.anchor;if(a&&r.anchorIsValid(a)){n.add(a);i.push(`&${a}`)}const c=e.tag??(t.default?null:t.tag);if(c)i.push(o.directives.tagString(c));return i.join(" ")}function stringify(e,t,n,r){if(s.isPair(e))return e.toString(t,n,r);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let o=undefined;const a=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>o=e});o??(o=getTagObject(t.doc.schema.tags,a));const c=stringifyProps(a,o,t);if(c.length>0)t.indentAtStart=(t.indentAtStart??0)+c.length+1;const l=typeof o.stringify==="function"?o.stringify(a,t,n,r):s.isScalar(a)?i.stringifyString(a,t,n,r):a.toString(t,n,r);if(!c)return l;return s.isScalar(a)||l[0]==="{"||l[0]==="["?`${c} ${l}`:`${c}\n${t.indent}${l}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},1212:(e,t,n)=>{var r=n(1127);var s=n(2148);var o=n(9799);function stringifyCollection(e,t,n){const r=t.inFlow??e.flow;const s=r?stringifyFlowCollection:stringifyBlockCollection;return s(e,t,n)}function stringifyBlockCollection({comment:e,items:t},n,{blockItemPrefix:i,flowChars:a,itemIndent:c,onChompKeep:l,onComment:u}){const{indent:f,options:{commentString:d}}=n;const h=Object.assign({},n,{indent:c,type:null});let p=false;const m=[];for(let e=0;e<t.length;++e){const a=t[e];let l=null;if(r.isNode(a)){if(!p&&a.spaceBefore)m.push("");addCommentBefore(n,m,a.commentBefore,p);if(a.comment)l=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(!p&&e.spaceBefore)m.push("");addCommentBefore(n,m,e.commentBefore,p)}}p=false;let u=s.stringify(a,h,()=>l=null,()=>p=true);if(l)u+=o.lineComment(u,c,d(l));if(p&&l)p=false;m.push(i+u)}let g;if(m.length===0){g=a.start+a.end}else{g=m[0];for(let e=1;e<m.length;++e){const t=m[e];g+=t?`\n${f}${t}`:"\n"}}if(e){g+="\n"+o.indentComment(d(e),f);if(u)u()}else if(p&&l)l();return g}function stringifyFlowCollection({items:e},t,{flowChars:n,itemIndent:i}){const{indent:a,indentStep:c,flowCollectionPadding:l,options:{commentString:u}}=t;i+=c;const f=Object.assign({},t,{indent:i,inFlow:true,type:null});let d=false;let h=0;const p=[];for(let n=0;n<e.length;++n){const a=e[n];let c=null;if(r.isNode(a)){if(a.spaceBefore)p.push("");addCommentBefore(t,p,a.commentBefore,false);if(a.comment)c=a.comment}else if(r.isPair(a)){const e=r.isNode(a.key)?a.key:null;if(e){if(e.spaceBefore)p.push("");addCommentBefore(t,p,e.commentBefore,false);if(e.comment)d=true}const n=r.isNode(a.value)?a.value:null;if(n){if(n.comment)c=n.comment;if(n.commentBefore)d=true}else if(a.value==null&&e?.comment){c=e.comment}}if(c)d=true;let l=s.stringify(a,f,()=>c=null);d||(d=p.length>h||l.includes("\n"));if(n<e.length-1){l+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){d||(d=p.reduce((e,t)=>e+t.length+2,2)+(l.length+2)>t.options.lineWidth)}if(d){l+=","}}if(c)l+=o.lineComment(l,i,u(c));p.push(l);h=p.length}const{start:m,end:g}=n;if(p.length===0){return m+g}else{if(!d){const e=p.reduce((e,t)=>e+t.length+2,2);d=t.options.lineWidth>0&&e>t.options.lineWidth}if(d){let e=m;for(const t of p)e+=t?`\n${c}${a}${t}`:"\n";return`${e}\n${a}${g}`}else{return`${m}${l}${p.join(" ")}${l}${g}`}}}function addCommentBefore({indent:e,options:{commentString:t}},n,r,s){if(r&&s)r=r.replace(/^\n+/,"");if(r){const s=o.indentComment(t(r),e);n.push(s.trimStart())}}t.stringifyCollection=stringifyCollection},9799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,n)=>e.endsWith("\n")?indentComment(n,t):n.includes("\n")?"\n"+indentComment(n,t):(e.endsWith(" ")?"":" ")+n;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,n)=>{var r=n(1127);var s=n(2148);var o=n(9799);function stringifyDocument(e,t){const n=[];let i=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){n.push(t);i=true}else if(e.directives.docStart)i=true}if(i)n.push("---");const a=s.createStringifyContext(e,t);const{commentString:c}=a.options;if(e.commentBefore){if(n.length!==1)n.unshift("");const t=c(e.commentBefore);n.unshift(o.indentComment(t,""))}let l=false;let u=null;if(e.contents){if(r.isNode(e.contents)){if(e.contents.spaceBefore&&i)n.push("");if(e.contents.commentBefore){const t=c(e.contents.commentBefore);n.push(o.indentComment(t,""))}a.forceBlockIndent=!!e.comment;u=e.contents.comment}const t=u?undefined:()=>l=true;let f=s.stringify(e.contents,a,()=>u=null,t);if(u)f+=o.lineComment(f,"",c(u));if((f[0]==="|"||f[0]===">")&&n[n.length-1]==="---"){n[n.length-1]=`--- ${f}`}else n.push(f)}else{n.push(s.stringify(e.contents,a))}if(e.directives?.docEnd){if(e.comment){const t=c(e.comment);if(t.includes("\n")){n.push("...");n.push(o.indentComment(t,""))}else{n.push(`... ${t}`)}}else{n.push("...")}}else{let t=e.comment;if(t&&l)t=t.replace(/^\n+/,"");if(t){if((!l||u)&&n[n.length-1]!=="")n.push("");n.push(o.indentComment(c(t),""))}}return n.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},8689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:n,value:r}){if(typeof r==="bigint")return String(r);const s=typeof r==="number"?r:Number(r);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let o=Object.is(r,-0)?"-0":JSON.stringify(r);if(!e&&t&&(!n||n==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let e=o.indexOf(".");if(e<0){e=o.length;o+="."}let n=t-(o.length-e-1);while(n-- >0)o+="0"}return o}t.stringifyNumber=stringifyNumber},9748:(e,t,n)=>{var r=n(1127);var s=n(3301);var o=n(2148);var i=n(9799);function stringifyPair({key:e,value:t},n,a,c){const{allNullValues:l,doc:u,indent:f,indentStep:d,options:{commentString:h,indentSeq:p,simpleKeys:m}}=n;let g=r.isNode(e)&&e.comment||null;if(m){if(g){throw new Error("With simple keys, key nodes cannot have comments")}if(r.isCollection(e)||!r.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let y=!m&&(!e||g&&t==null&&!n.inFlow||r.isCollection(e)||(r.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:typeof e==="object"));n=Object.assign({},n,{allNullValues:false,implicitKey:!y&&(m||!l),indent:f+d});let v=false;let b=false;let w=o.stringify(e,n,()=>v=true,()=>b=true);if(!y&&!n.inFlow&&w.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");y=true}if(n.inFlow){if(l||t==null){if(v&&a)a();return w===""?"?":y?`? ${w}`:w}}else if(l&&!m||t==null&&y){w=`? ${w}`;if(g&&!v){w+=i.lineComment(w,n.indent,h(g))}else if(b&&c)c();return w}if(v)g=null;if(y){if(g)w+=i.lineComment(w,n.indent,h(g));w=`? ${w}\n${f}:`}else{w=`${w}:`;if(g)w+=i.lineComment(w,n.indent,h(g))}let x,k,$;if(r.isNode(t)){x=!!t.spaceBefore;k=t.commentBefore;$=t.comment}else{x=false;k=null;$=null;if(t&&typeof t==="object")t=u.createNode(t)}n.implicitKey=false;if(!y&&!g&&r.isScalar(t))n.indentAtStart=w.length+1;b=false;if(!p&&d.length>=2&&!n.inFlow&&!y&&r.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){n.indent=n.indent.substring(2)}let S=false;const A=o.stringify(t,n,()=>S=true,()=>b=true);let O=" ";if(g||x||k){O=x?"\n":"";if(k){const e=h(k);O+=`\n${i.indentComment(e,n.indent)}`}if(A===""&&!n.inFlow){if(O==="\n"&&$)O="\n\n"}else{O+=`\n${n.indent}`}}else if(!y&&r.isCollection(t)){const e=A[0];const r=A.indexOf("\n");const s=r!==-1;const o=n.inFlow??t.flow??t.items.length===0;if(s||!o){let t=false;if(s&&(e==="&"||e==="!")){let n=A.indexOf(" ");if(e==="&"&&n!==-1&&n<r&&A[n+1]==="!"){n=A.indexOf(" ",n+1)}if(n===-1||r<n)t=true}if(!t)O=`\n${n.indent}`}}else if(A===""||A[0]==="\n"){O=""}w+=O+A;if(n.inFlow){if(S&&a)a()}else if($&&!S){w+=i.lineComment(w,n.indent,h($))}else if(b&&c){c()}return w}t.stringifyPair=stringifyPair},3069:(e,t,n)=>{var r=n(3301);var s=n(4475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,n){if(!t||t<0)return false;const r=t-n;const s=e.length;if(s<=r)return false;for(let t=0,n=0;t<s;++t){if(e[t]==="\n"){if(t-n>r)return true;n=t+1;if(s-n<=r)return false}}return true}function doubleQuotedString(e,t){const n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;const{implicitKey:r}=t;const o=t.options.doubleQuotedMinMultiLineLength;const i=t.indent||(containsDocumentMarker(e)?"  ":"");let a="";let c=0;for(let e=0,t=n[e];t;t=n[++e]){if(t===" "&&n[e+1]==="\\"&&n[e+2]==="n"){a+=n.slice(c,e)+"\\ ";e+=1;c=e;t="\\"}if(t==="\\")switch(n[e+1]){case"u":{a+=n.slice(c,e);const t=n.substr(e+2,4);switch(t){case"0000":a+="\\0";break;case"0007":a+="\\a";break;case"000b":a+="\\v";break;case"001b":a+="\\e";break;case"0085":a+="\\N";break;case"00a0":a+="\\_";break;case"2028":a+="\\L";break;case"2029":a+="\\P";break;default:if(t.substr(0,2)==="00")a+="\\x"+t.substr(2);else a+=n.substr(e,6)}e+=5;c=e+1}break;case"n":if(r||n[e+2]==='"'||n.length<o){e+=1}else{a+=n.slice(c,e)+"\n\n";while(n[e+2]==="\\"&&n[e+3]==="n"&&n[e+4]!=='"'){a+="\n";e+=2}a+=i;if(n[e+2]===" ")a+="\\";e+=1;c=e+1}break;default:e+=1}}a=c?a+n.slice(c):n;return r?a:s.foldFlowLines(a,i,s.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const n=t.indent||(containsDocumentMarker(e)?"  ":"");const r="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${n}`)+"'";return t.implicitKey?r:s.foldFlowLines(r,n,s.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:n}=t.options;let r;if(n===false)r=doubleQuotedString;else{const t=e.includes('"');const s=e.includes("'");if(t&&!s)r=singleQuotedString;else if(s&&!t)r=doubleQuotedString;else r=n?singleQuotedString:doubleQuotedString}return r(e,t)}let o;try{o=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{o=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:n},i,a,c){const{blockQuote:l,commentString:u,lineWidth:f}=i.options;if(!l||/\n[\t ]+$/.test(n)){return quotedString(n,i)}const d=i.indent||(i.forceBlockIndent||containsDocumentMarker(n)?"  ":"");const h=l==="literal"?true:l==="folded"||t===r.Scalar.BLOCK_FOLDED?false:t===r.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(n,f,d.length);if(!n)return h?"|\n":">\n";let p;let m;for(m=n.length;m>0;--m){const e=n[m-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let g=n.substring(m);const y=g.indexOf("\n");if(y===-1){p="-"}else if(n===g||y!==g.length-1){p="+";if(c)c()}else{p=""}if(g){n=n.slice(0,-g.length);if(g[g.length-1]==="\n")g=g.slice(0,-1);g=g.replace(o,`$&${d}`)}let v=false;let b;let w=-1;for(b=0;b<n.length;++b){const e=n[b];if(e===" ")v=true;else if(e==="\n")w=b;else break}let x=n.substring(0,w<b?w+1:b);if(x){n=n.substring(x.length);x=x.replace(/\n+/g,`$&${d}`)}const k=d?"2":"1";let $=(v?k:"")+p;if(e){$+=" "+u(e.replace(/ ?[\r\n]+/g," "));if(a)a()}if(!h){const e=n.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${d}`);let o=false;const a=getFoldOptions(i,true);if(l!=="folded"&&t!==r.Scalar.BLOCK_FOLDED){a.onOverflow=()=>{o=true}}const c=s.foldFlowLines(`${x}${e}${g}`,d,s.FOLD_BLOCK,a);if(!o)return`>${$}\n${d}${c}`}n=n.replace(/\n+/g,`$&${d}`);return`|${$}\n${d}${x}${n}${g}`}function plainString(e,t,n,o){const{type:i,value:a}=e;const{actualString:c,implicitKey:l,indent:u,indentStep:f,inFlow:d}=t;if(l&&a.includes("\n")||d&&/[[\]{},]/.test(a)){return quotedString(a,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(a)){return l||d||!a.includes("\n")?quotedString(a,t):blockString(e,t,n,o)}if(!l&&!d&&i!==r.Scalar.PLAIN&&a.includes("\n")){return blockString(e,t,n,o)}if(containsDocumentMarker(a)){if(u===""){t.forceBlockIndent=true;return blockString(e,t,n,o)}else if(l&&u===f){return quotedString(a,t)}}const h=a.replace(/\n+/g,`$&\n${u}`);if(c){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(h);const{compat:e,tags:n}=t.doc.schema;if(n.some(test)||e?.some(test))return quotedString(a,t)}return l?h:s.foldFlowLines(h,u,s.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,n,s){const{implicitKey:o,inFlow:i}=t;const a=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:c}=e;if(c!==r.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(a.value))c=r.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case r.Scalar.BLOCK_FOLDED:case r.Scalar.BLOCK_LITERAL:return o||i?quotedString(a.value,t):blockString(a,t,n,s);case r.Scalar.QUOTE_DOUBLE:return doubleQuotedString(a.value,t);case r.Scalar.QUOTE_SINGLE:return singleQuotedString(a.value,t);case r.Scalar.PLAIN:return plainString(a,t,n,s);default:return null}};let l=_stringify(c);if(l===null){const{defaultKeyType:e,defaultStringType:n}=t.options;const r=o&&e||n;l=_stringify(r);if(l===null)throw new Error(`Unsupported default string type ${r}`)}return l}t.stringifyString=stringifyString},204:(e,t,n)=>{var r=n(1127);const s=Symbol("break visit");const o=Symbol("skip children");const i=Symbol("remove node");function visit(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=visit_(null,e.contents,n,Object.freeze([e]));if(t===i)e.contents=null}else visit_(null,e,n,Object.freeze([]))}visit.BREAK=s;visit.SKIP=o;visit.REMOVE=i;function visit_(e,t,n,o){const a=callVisitor(e,t,n,o);if(r.isNode(a)||r.isPair(a)){replaceNode(e,o,a);return visit_(e,a,n,o)}if(typeof a!=="symbol"){if(r.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const r=visit_(e,t.items[e],n,o);if(typeof r==="number")e=r-1;else if(r===s)return s;else if(r===i){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){o=Object.freeze(o.concat(t));const e=visit_("key",t.key,n,o);if(e===s)return s;else if(e===i)t.key=null;const r=visit_("value",t.value,n,o);if(r===s)return s;else if(r===i)t.value=null}}return a}async function visitAsync(e,t){const n=initVisitor(t);if(r.isDocument(e)){const t=await visitAsync_(null,e.contents,n,Object.freeze([e]));if(t===i)e.contents=null}else await visitAsync_(null,e,n,Object.freeze([]))}visitAsync.BREAK=s;visitAsync.SKIP=o;visitAsync.REMOVE=i;async function visitAsync_(e,t,n,o){const a=await callVisitor(e,t,n,o);if(r.isNode(a)||r.isPair(a)){replaceNode(e,o,a);return visitAsync_(e,a,n,o)}if(typeof a!=="symbol"){if(r.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const r=await visitAsync_(e,t.items[e],n,o);if(typeof r==="number")e=r-1;else if(r===s)return s;else if(r===i){t.items.splice(e,1);e-=1}}}else if(r.isPair(t)){o=Object.freeze(o.concat(t));const e=await visitAsync_("key",t.key,n,o);if(e===s)return s;else if(e===i)t.key=null;const r=await visitAsync_("value",t.value,n,o);if(r===s)return s;else if(r===i)t.value=null}}return a}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,n,s){if(typeof n==="function")return n(e,t,s);if(r.isMap(t))return n.Map?.(e,t,s);if(r.isSeq(t))return n.Seq?.(e,t,s);if(r.isPair(t))return n.Pair?.(e,t,s);if(r.isScalar(t))return n.Scalar?.(e,t,s);if(r.isAlias(t))return n.Alias?.(e,t,s);return undefined}function replaceNode(e,t,n){const s=t[t.length-1];if(r.isCollection(s)){s.items[e]=n}else if(r.isPair(s)){if(e==="key")s.key=n;else s.value=n}else if(r.isDocument(s)){s.contents=n}else{const e=r.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},6921:(e,t,n)=>{n.d(t,{You:()=>se,YOg:()=>array,zMY:()=>schemas_boolean,gMt:()=>discriminatedUnion,k5n:()=>_enum,Whr:()=>schemas_int,Pq9:()=>json,euz:()=>literal,_H3:()=>looseObject,chJ:()=>_null,aig:()=>number,Ikc:()=>object,jgl:()=>partialRecord,g1P:()=>record,rej:()=>strictObject,YjP:()=>string,KCZ:()=>union,OZ5:()=>url});var r=n(8532);var s=n(4723);class $ZodCyclicError extends Error{constructor(){super(`Cannot parse a reference cycle that closes through a transform`);this.name="ZodCyclicError"}}const o="~memo";const i=[];function isRef(e){return e!==null&&typeof e==="object"}function cloneIssues(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const a=new WeakMap;const c=0;const l=1;const u=2;function isRecursive(e,t,n){const r=a.get(e);if(r!==undefined)return r?u:c;if(t.has(e))return u;t.add(e);let o=c;const check=e=>{if(o!==u&&e?._zod){const r=isRecursive(e,t,n);if(r>o)o=r}};const shape=(e,r)=>{let s=c;for(const o of Reflect.ownKeys(e)){const i=Object.getOwnPropertyDescriptor(e,o);if(r&&!i.enumerable)continue;const a=i.get?l:i.value?._zod?isRecursive(i.value,t,n):c;if(a>s)s=a}return s};const merge=e=>{if(e>o)o=e};const i=e._zod.def;const f=i.type;switch(f){case"object":{const e=s.MO(i);merge(e?shape(e,true):l);check(i.catchall);break}case"array":check(i.element);break;case"tuple":for(const e of i.items)check(e);check(i.rest);break;case"record":case"map":check(i.keyType);check(i.valueType);break;case"set":check(i.valueType);break;case"union":for(const e of i.options)check(e);break;case"intersection":check(i.left);check(i.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":check(i.innerType);break;case"pipe":check(i.in);check(i.out);break;case"function":check(i.input);check(i.output);break;case"lazy":{const r=i._cachedInner??(n?e._zod.innerType:undefined);merge(r?isRecursive(r,t,false):l);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:{f;for(const e in i){const t=Object.getOwnPropertyDescriptor(i,e);if(!t||t.get)continue;const n=t.value;if(!n||typeof n!=="object")continue;if(n._zod)check(n);else if(Array.isArray(n))for(const e of n)check(e)}}}t.delete(e);return settle(e,o)}function settle(e,t){if(t!==l)a.set(e,t===u);return t}function isRecursiveSchema(e){return isRecursive(e,new Set,true)!==c}function bucketFor(e,t){let n=e.buckets.get(t);if(!n){n=new WeakMap;e.buckets.set(t,n)}return n}let f;const d=[];const h={alloc(e,t,n){const r=f;if(!r)return n;f=undefined;const s={value:n,issues:null};r.set(t.value,s);d.push(s);return n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(e,n)=>{if(n.direction!=="backward"&&isBackEdge(n,e.value))throw new $ZodCyclicError;return t(e,n)};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})},attach(e){var t;let n;let r=false;let s;let a;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(l,h)=>{if(n===undefined){const s=isRecursive(e,new Set,false);if(s===c){e._zod.parse=t;if(e._zod.run===wrapped)e._zod.run=t;return t(l,h)}if(s===u||r)n=true;else r=true}const p=l.value;if(!isRef(p))return t(l,h);let m=h[o];if(!m){m={buckets:new WeakMap,backEdges:undefined};h[o]=m}let g;if(s===h){g=a}else{g=bucketFor(m,e);s=h;a=g}const y=g.get(p);if(y){l.value=y.value;if(y.issues){if(y.issues.length)l.issues.push(...cloneIssues(y.issues))}else{l.memo=true;m.backEdges??(m.backEdges=new WeakSet);m.backEdges.add(y.value)}return l}f=g;const v=d.length;const b=t(l,h);f=undefined;const w=d.length>v?d.pop():undefined;if(b instanceof Promise){return b.then(e=>{if(w)w.issues=e.issues.length?cloneIssues(e.issues):i;return e})}if(w)w.issues=b.issues.length?cloneIssues(b.issues):i;return b};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})}};function memoizer(){return h}function isBackEdge(e,t){const n=e[o]?.backEdges;return n!==undefined&&isRef(t)&&n.has(t)}var p=n(6985);var m=n(9396);var g=n(3759);var y=n(8439);var v=n(7509);const error=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function getSizing(t){return e[t]??null}const t={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"};const n={nan:"NaN"};function getTypeName(e,t){if(e==="number"&&typeof t==="number"&&!Number.isFinite(t)){return String(t)}return n[e]??e}return e=>{switch(e.code){case"invalid_type":{const t=getTypeName(e.expected);const n=s.GW(e.input);const r=getTypeName(n,e.input);return`Invalid input: expected ${t}, received ${r}`}case"invalid_value":if(e.values.length===1)return`Invalid input: expected ${s.B7(e.values[0])}`;return`Invalid option: expected one of ${s.jw(e.values,"|")}`;case"too_big":{const t=e.exact?"exactly ":e.inclusive?"<=":"<";const n=getSizing(e.origin);if(n)return`Too big: expected ${e.origin??"value"} to have ${t}${e.maximum.toString()} ${n.unit??"elements"}`;return`Too big: expected ${e.origin??"value"} to be ${t}${e.maximum.toString()}`}case"too_small":{const t=e.exact?"exactly ":e.inclusive?">=":">";const n=getSizing(e.origin);if(n){return`Too small: expected ${e.origin} to have ${t}${e.minimum.toString()} ${n.unit}`}return`Too small: expected ${e.origin} to be ${t}${e.minimum.toString()}`}case"invalid_format":{const n=e;if(n.format==="starts_with"){return`Invalid string: must start with "${n.prefix}"`}if(n.format==="ends_with")return`Invalid string: must end with "${n.suffix}"`;if(n.format==="includes")return`Invalid string: must include "${n.includes}"`;if(n.format==="regex")return`Invalid string: must match pattern ${n.pattern}`;return`Invalid ${t[n.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${s.jw(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){const t=e.options.map(e=>`'${e}'`).join(" | ");return`Invalid discriminator value. Expected ${t}`}if(e.inclusive===false){return"Invalid input: more than one option matched"}return"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return`Invalid input`}}};function en(){return{localeError:error()}}function _getMessage(){const e=this._zod;e.message??(e.message=JSON.stringify(e.def,s.k8,2));return e.message}function _setMessage(e){this._zod.message=e}const b={get:_getMessage,set:_setMessage,enumerable:true,configurable:true};const w={value:undefined,enumerable:false};const x=new WeakSet([Object.prototype,Error.prototype]);const initializer=(e,t)=>{e.name="$ZodError";w.value=t;Object.defineProperty(e,"issues",w);w.value=undefined;Object.defineProperty(e,"message",b);const n=Object.getPrototypeOf(e);if(!x.has(n)){x.add(n);Object.defineProperty(n,"toString",{configurable:true,enumerable:false,get(){const value=()=>this.message;Object.defineProperty(this,"toString",{value:value,configurable:true,writable:true});return value},set(e){Object.defineProperty(this,"toString",{value:e,configurable:true,writable:true})}})}};const k=(0,r.xI)("$ZodError",initializer);const $=(0,r.xI)("$ZodError",initializer,undefined,{Parent:Error});function node(e,t,n){if(!Object.prototype.hasOwnProperty.call(e,t)){if(t==="__proto__"){Object.defineProperty(e,t,{value:n(),writable:true,enumerable:true,configurable:true})}else{e[t]=n()}}return e[t]}function flattenError(e,t=e=>e.message){const n={};const r=[];for(const s of e.issues){if(s.path.length>0){node(n,s.path[0],()=>[]).push(t(s))}else{r.push(t(s))}}return{formErrors:r,fieldErrors:n}}function formatError(e,t=e=>e.message){const n={_errors:[]};const processError=(e,r=[])=>{for(const s of e.issues){if(s.code==="invalid_union"&&s.errors.length){s.errors.map(e=>processError({issues:e},[...r,...s.path]))}else if(s.code==="invalid_key"){processError({issues:s.issues},[...r,...s.path])}else if(s.code==="invalid_element"){processError({issues:s.issues},[...r,...s.path])}else{const e=[...r,...s.path];if(e.length===0){n._errors.push(t(s))}else{let r=n;let o=0;while(o<e.length){const n=e[o];const i=o===e.length-1;if(n==="_errors"){if(i)r._errors.push(t(s));o++;continue}if(!Object.prototype.hasOwnProperty.call(r,n)){Object.defineProperty(r,n,{value:{_errors:[]},enumerable:true,writable:true,configurable:true})}const a=r[n];if(i){a._errors.push(t(s))}r=a;o++}}}}};processError(e);return n}function treeifyError(e,t=e=>e.message){const n={errors:[]};const processError=(e,r=[])=>{var s;for(const o of e.issues){if(o.code==="invalid_union"&&o.errors.length){o.errors.map(e=>processError({issues:e},[...r,...o.path]))}else if(o.code==="invalid_key"){processError({issues:o.issues},[...r,...o.path])}else if(o.code==="invalid_element"){processError({issues:o.issues},[...r,...o.path])}else{const e=[...r,...o.path];if(e.length===0){n.errors.push(t(o));continue}let i=n;let a=0;while(a<e.length){const n=e[a];const r=a===e.length-1;if(typeof n==="string"){i.properties??(i.properties={});if(!Object.prototype.hasOwnProperty.call(i.properties,n)){Object.defineProperty(i.properties,n,{value:{errors:[]},enumerable:true,writable:true,configurable:true})}i=i.properties[n]}else{i.items??(i.items=[]);(s=i.items)[n]??(s[n]={errors:[]});i=i.items[n]}if(r){i.errors.push(t(o))}a++}}}};processError(e);return n}function toDotPath(e){const t=[];const n=e.map(e=>typeof e==="object"?e.key:e);for(const e of n){if(typeof e==="number")t.push(`[${e}]`);else if(typeof e==="symbol")t.push(`[${JSON.stringify(String(e))}]`);else if(/[^\w$]/.test(e))t.push(`[${JSON.stringify(e)}]`);else{if(t.length)t.push(".");t.push(e)}}return t.join("")}function prettifyError(e){const t=[];const n=[...e.issues].sort((e,t)=>(e.path??[]).length-(t.path??[]).length);for(const e of n){t.push(`✖ ${e.message}`);if(e.path?.length)t.push(`  → at ${toDotPath(e.path)}`)}return t.join("\n")}function finalizeParams(e,t){return{callee:t?.callee??e,Err:t?.Err}}const _parse=e=>{const fn=(t,n,o,i)=>{const a=o?{...o,async:false}:{async:false};const c=t._zod.run({value:n,issues:[]},a);if(c instanceof Promise){throw new r.GT}if(c.issues.length){const t=new(i?.Err??e)(c.issues.map(e=>s.iR(e,a,r.$W())));s.gx(t,i?.callee??fn);throw t}return c.value};return fn};const S=_parse($);const _parseAsync=e=>{const fn=async(t,n,o,i)=>{const a=o?{...o,async:true}:{async:true};let c=t._zod.run({value:n,issues:[]},a);if(c instanceof Promise)c=await c;if(c.issues.length){const t=new(i?.Err??e)(c.issues.map(e=>s.iR(e,a,r.$W())));s.gx(t,i?.callee??fn);throw t}return c.value};return fn};const A=_parseAsync($);const _safeParse=e=>(t,n,s)=>{const o=s?{...s,async:false}:{async:false};const i=t._zod.run({value:n,issues:[]},o);if(i instanceof Promise){throw new r.GT}return i.issues.length?failure(e,i.issues,o):{success:true,data:i.value}};const O=_safeParse($);function failure(e,t,n){let o;return{success:false,get error(){if(!o){o=new e(t.map(e=>s.iR(e,n,r.$W())));t=undefined;n=undefined}return o},set error(e){o=e;t=undefined;n=undefined}}}const _safeParseAsync=e=>async(t,n,r)=>{const s=r?{...r,async:true}:{async:true};let o=t._zod.run({value:n,issues:[]},s);if(o instanceof Promise)o=await o;return o.issues.length?failure(e,o.issues,s):{success:true,data:o.value}};const N=_safeParseAsync($);const C=Symbol.for("zod.compile.invalid");const E=Symbol.for("zod.compile.fallback");const validate=(e,t,n)=>{const r=e._zod.bag.validator;if(r!==undefined){if(r(t)!==C)return true;if(r.definite===true&&n===undefined)return false}return validateFallback(e,t,n)};function validateFallback(e,t,n){const s=n?{...n,async:false,abortEarly:true}:{async:false,abortEarly:true};const o=e._zod.bag.fallbackRun;let i;if(o){s[E]=true;i=o({value:t,issues:[]},s)}else{i=e._zod.run({value:t,issues:[]},s)}if(i instanceof Promise){throw new r.GT}return i.issues.length===0}const validateAsync=async(e,t,n)=>{const r=n?{...n,async:true,abortEarly:true}:{async:true,abortEarly:true};let s=e._zod.run({value:t,issues:[]},r);if(s instanceof Promise)s=await s;return s.issues.length===0};const _encode=e=>{const t=_parse(e);const fn=(e,n,r,s)=>{const o=r?{...r,direction:"backward"}:{direction:"backward"};return t(e,n,o,finalizeParams(fn,s))};return fn};const P=_encode($);const _decode=e=>{const t=_parse(e);const fn=(e,n,r,s)=>t(e,n,r,finalizeParams(fn,s));return fn};const T=_decode($);const _encodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,n,r,s)=>{const o=r?{...r,direction:"backward"}:{direction:"backward"};return await t(e,n,o,finalizeParams(fn,s))};return fn};const I=_encodeAsync($);const _decodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,n,r,s)=>await t(e,n,r,finalizeParams(fn,s));return fn};const z=_decodeAsync($);const _safeEncode=e=>(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return _safeParse(e)(t,n,s)};const M=_safeEncode($);const _safeDecode=e=>(t,n,r)=>_safeParse(e)(t,n,r);const R=_safeDecode($);const _safeEncodeAsync=e=>async(t,n,r)=>{const s=r?{...r,direction:"backward"}:{direction:"backward"};return _safeParseAsync(e)(t,n,s)};const L=_safeEncodeAsync($);const _safeDecodeAsync=e=>async(t,n,r)=>_safeParseAsync(e)(t,n,r);const j=_safeDecodeAsync($);const F=new WeakSet([Object.prototype,Error.prototype]);function _lazyMethod(e,t,n){Object.defineProperty(e,t,{configurable:true,enumerable:false,get(){const e=n(this);Object.defineProperty(this,t,{value:e,configurable:true,writable:true});return e},set(e){Object.defineProperty(this,t,{value:e,configurable:true,writable:true})}})}const errors_initializer=(e,t)=>{k.init(e,t);e.name="ZodError";const n=Object.getPrototypeOf(e);if(F.has(n))return;F.add(n);_lazyMethod(n,"format",e=>t=>formatError(e,t));_lazyMethod(n,"flatten",e=>t=>flattenError(e,t));_lazyMethod(n,"addIssue",e=>t=>{e.issues.push(t);e.message=JSON.stringify(e.issues,s.k8,2)});_lazyMethod(n,"addIssues",e=>t=>{e.issues.push(...t);e.message=JSON.stringify(e.issues,s.k8,2)});Object.defineProperty(n,"isEmpty",{configurable:true,enumerable:false,get(){return this.issues.length===0}})};const D=null&&core.$constructor("ZodError",errors_initializer);const B=r.xI("ZodError",errors_initializer,undefined,{Parent:Error});const U=_parse(B);const q=_parseAsync(B);const V=_safeParse(B);const H=_safeParseAsync(B);const Z=_encode(B);const K=_decode(B);const G=_encodeAsync(B);const W=_decodeAsync(B);const Y=_safeEncode(B);const J=_safeDecode(B);const Q=_safeEncodeAsync(B);const X=_safeDecodeAsync(B);function _ensureDefaultLocale(){if(!r.cr.localeError)r.$W(en())}function _ensureDefaultMemoizer(){if(!r.cr.memoizer)r.$W({memoizer:memoizer()})}const ee=r.xI("ZodType",(e,t)=>{_ensureDefaultLocale();p.W4.init(e,t);e.def=t;e.type=t.type;return e},{check(...e){const t=this.def;return this.clone(s.zM(t,{checks:[...t.checks??[],...e.map(e=>typeof e==="function"?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:true})},with(...e){return this.check(...e)},clone(e,t){return s.o8(this,e,t)},brand(){return this},register(e,t){e.add(this,t);return this},refine(e,t){return this.check(refine(e,t))},superRefine(e,t){return this.check(superRefine(e,t))},overwrite(e){return this.check(g.bS(e))},optional(){return optional(this)},exactOptional(){return exactOptional(this)},nullable(){return nullable(this)},nullish(){return optional(nullable(this))},nonoptional(e){return nonoptional(this,e)},array(){return array(this)},or(e){return union([this,e])},and(e){return intersection(this,e)},transform(e){return pipe(this,transform(e))},default(e){return _default(this,e)},prefault(e){return prefault(this,e)},catch(e){return _catch(this,e)},pipe(e){return pipe(this,e)},readonly(){return readonly(this)},describe(e){const t=this.clone();m.fd.add(t,{description:e});return t},meta(...e){if(e.length===0)return m.fd.get(this);const t=this.clone();m.fd.add(t,e[0]);return t},isOptional(){return this.safeParse(undefined).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return s.jD(this,"~standard",{...p.YK(this),jsonSchema:{input:(0,v.uE)(this,"input"),output:(0,v.uE)(this,"output")}})},set"~standard"(e){s.qh(this,"~standard",e)},parse:function _parse(e,t){return U(this,e,t,{callee:_parse})},parseAsync:async function _parseAsync(e,t){return await q(this,e,t,{callee:_parseAsync})},safeParse(e,t){return V(this,e,t)},async safeParseAsync(e,t){return H(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){s.qh(this,"spa",e)},validate(e,t){return validate(this,e,t)},validateAsync(e,t){return validateAsync(this,e,t)},encode:function _encode(e,t){return Z(this,e,t,{callee:_encode})},decode:function _decode(e,t){return K(this,e,t,{callee:_decode})},encodeAsync:async function _encodeAsync(e,t){return await G(this,e,t,{callee:_encodeAsync})},decodeAsync:async function _decodeAsync(e,t){return await W(this,e,t,{callee:_decodeAsync})},safeEncode(e,t){return Y(this,e,t)},safeDecode(e,t){return J(this,e,t)},async safeEncodeAsync(e,t){return Q(this,e,t)},async safeDecodeAsync(e,t){return X(this,e,t)},toJSONSchema(e){return(0,v.OA)(this,{})(e)},get description(){return m.fd.get(this)?.description},get _def(){return this._zod.def}});const te=r.xI("_ZodString",(e,t)=>{p.$v.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.SW(e,t,n,r)},s.un({format:e=>y.Fs(e).format??null,minLength:e=>y.Fs(e).minimum??null,maxLength:e=>y.Fs(e).maximum??null},{regex(...e){return this.check(g.Fk(...e))},includes(...e){return this.check(g.dR(...e))},startsWith(...e){return this.check(g.$S(...e))},endsWith(...e){return this.check(g.ER(...e))},min(...e){return this.check(g.m9(...e))},max(...e){return this.check(g.Eb(...e))},length(...e){return this.check(g.YA(...e))},nonempty(...e){return this.check(g.m9(1,...e))},lowercase(e){return this.check(g.hH(e))},uppercase(e){return this.check(g.qF(e))},trim(){return this.check(g.WN())},normalize(...e){return this.check(g.lo(...e))},toLowerCase(){return this.check(g.Il())},toUpperCase(){return this.check(g.xY())},slugify(){return this.check(g.TL())}}));const ne=r.xI("ZodString",(e,t)=>{p.$v.init(e,t);te.init(e,t)},{email(e){return this.check(g.Mu(ce,e))},url(e){return this.check(g.Fn(fe,e))},jwt(e){return this.check(g.rk(Ce,e))},emoji(e){return this.check(g.aC(de,e))},guid(e){return this.check(g.tB(le,e))},uuid(e){return this.check(g.Be(ue,e))},uuidv4(e){return this.check(g.nA(ue,e))},uuidv6(e){return this.check(g.pY(ue,e))},uuidv7(e){return this.check(g.wA(ue,e))},nanoid(e){return this.check(g.Dl(he,e))},cuid(e){return this.check(g.fs(pe,e))},cuid2(e){return this.check(g.Bj(me,e))},ulid(e){return this.check(g.Ct(ge,e))},base64(e){return this.check(g.rt($e,e))},base64url(e){return this.check(g.cU(Se,e))},xid(e){return this.check(g.Pw(ye,e))},ksuid(e){return this.check(g._z(ve,e))},ipv4(e){return this.check(g.Ny(be,e))},ipv6(e){return this.check(g.$O(_e,e))},cidrv4(e){return this.check(g.Uy(xe,e))},cidrv6(e){return this.check(g.gP(ke,e))},e164(e){return this.check(g.KB(Ae,e))},datetime(e){return this.check(g.G1(se,e))},date(e){return this.check(g.db(oe,e))},time(e){return this.check(g.Kn(ie,e))},duration(e){return this.check(g.f2(ae,e))}});function string(e){return g.Rl(ne,e)}const re=r.xI("ZodStringFormat",(e,t)=>{p.EY.init(e,t);te.init(e,t)});const se=r.xI("ZodISODateTime",(e,t)=>{p.Ko.init(e,t);re.init(e,t)});const oe=r.xI("ZodISODate",(e,t)=>{p.v1.init(e,t);re.init(e,t)});const ie=r.xI("ZodISOTime",(e,t)=>{p.Ax.init(e,t);re.init(e,t)});const ae=r.xI("ZodISODuration",(e,t)=>{p.$N.init(e,t);re.init(e,t)});const ce=r.xI("ZodEmail",(e,t)=>{p.qG.init(e,t);re.init(e,t)});function email(e){return core._email(ce,e)}const le=r.xI("ZodGUID",(e,t)=>{p.Zc.init(e,t);re.init(e,t)});function guid(e){return core._guid(le,e)}const ue=r.xI("ZodUUID",(e,t)=>{p.Zn.init(e,t);re.init(e,t)});function uuid(e){return core._uuid(ue,e)}function uuidv4(e){return core._uuidv4(ue,e)}function uuidv6(e){return core._uuidv6(ue,e)}function uuidv7(e){return core._uuidv7(ue,e)}const fe=r.xI("ZodURL",(e,t)=>{p.VY.init(e,t);re.init(e,t)});function url(e){return g.Fn(fe,e)}function httpUrl(e){return core._url(fe,{protocol:regexes.httpProtocol,hostname:regexes.domain,...util.normalizeParams(e)})}const de=r.xI("ZodEmoji",(e,t)=>{p.cG.init(e,t);re.init(e,t)});function emoji(e){return core._emoji(de,e)}const he=r.xI("ZodNanoID",(e,t)=>{p.Py.init(e,t);re.init(e,t)});function nanoid(e){return core._nanoid(he,e)}const pe=r.xI("ZodCUID",(e,t)=>{p.bl.init(e,t);re.init(e,t)});function cuid(e){return core._cuid(pe,e)}const me=r.xI("ZodCUID2",(e,t)=>{p.Zu.init(e,t);re.init(e,t)});function cuid2(e){return core._cuid2(me,e)}const ge=r.xI("ZodULID",(e,t)=>{p.g5.init(e,t);re.init(e,t)});function ulid(e){return core._ulid(ge,e)}const ye=r.xI("ZodXID",(e,t)=>{p.TF.init(e,t);re.init(e,t)});function xid(e){return core._xid(ye,e)}const ve=r.xI("ZodKSUID",(e,t)=>{p.GY.init(e,t);re.init(e,t)});function ksuid(e){return core._ksuid(ve,e)}const be=r.xI("ZodIPv4",(e,t)=>{p.Lc.init(e,t);re.init(e,t)});function ipv4(e){return core._ipv4(be,e)}const we=null&&core.$constructor("ZodMAC",(e,t)=>{core.$ZodMAC.init(e,t);re.init(e,t)});function mac(e){return core._mac(we,e)}const _e=r.xI("ZodIPv6",(e,t)=>{p.Zy.init(e,t);re.init(e,t)});function ipv6(e){return core._ipv6(_e,e)}const xe=r.xI("ZodCIDRv4",(e,t)=>{p.CI.init(e,t);re.init(e,t)});function cidrv4(e){return core._cidrv4(xe,e)}const ke=r.xI("ZodCIDRv6",(e,t)=>{p.Cn.init(e,t);re.init(e,t)});function cidrv6(e){return core._cidrv6(ke,e)}const $e=r.xI("ZodBase64",(e,t)=>{p.Dq.init(e,t);re.init(e,t)});function base64(e){return core._base64($e,e)}const Se=r.xI("ZodBase64URL",(e,t)=>{p.CQ.init(e,t);re.init(e,t)});function base64url(e){return core._base64url(Se,e)}const Ae=r.xI("ZodE164",(e,t)=>{p.Oy.init(e,t);re.init(e,t)});function e164(e){return core._e164(Ae,e)}const Oe=null&&core.$constructor("ZodCreditCard",(e,t)=>{core.$ZodCreditCard.init(e,t);re.init(e,t)});function creditCard(e){return core._creditCard(Oe,e)}const Ne=null&&core.$constructor("ZodIBAN",(e,t)=>{core.$ZodIBAN.init(e,t);re.init(e,t)});function iban(e){return core._iban(Ne,e)}const Ce=r.xI("ZodJWT",(e,t)=>{p.h8.init(e,t);re.init(e,t)});function jwt(e){return core._jwt(Ce,e)}const Ee=null&&core.$constructor("ZodCustomStringFormat",(e,t)=>{core.$ZodCustomStringFormat.init(e,t);re.init(e,t)});function stringFormat(e,t,n={}){return core._stringFormat(Ee,e,t,n)}function hostname(e){return core._stringFormat(Ee,"hostname",regexes.hostname,e)}function hex(e){return core._stringFormat(Ee,"hex",regexes.hex,e)}function currencyCode(e){return core._stringFormat(Ee,"currency_code",regexes.currencyCode,e)}function hash(e,t){const n=t?.enc??"hex";const r=`${e}_${n}`;const s=core.regexes[r];if(!s)throw new Error(`Unrecognized hash format: ${r}`);return core._stringFormat(Ee,r,s,t)}const Pe=r.xI("ZodNumber",(e,t)=>{p.vz.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Wg(e,t,n,r);e.isFinite=true},s.un({minValue:e=>{const{minimum:t,exclusiveMinimum:n}=y.Fs(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:n}=y.Fs(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:n}=y.Fs(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>y.Fs(e).format??null},{gt(e,t){return this.check(g.Tx(e,t))},gte(e,t){return this.check(g.qm(e,t))},min(e,t){return this.check(g.qm(e,t))},lt(e,t){return this.check(g.Au(e,t))},lte(e,t){return this.check(g.Zm(e,t))},max(e,t){return this.check(g.Zm(e,t))},int(e){return this.check(schemas_int(e))},safe(e){return this.check(schemas_int(e))},positive(e){return this.check(g.Tx(0,e))},nonnegative(e){return this.check(g.qm(0,e))},negative(e){return this.check(g.Au(0,e))},nonpositive(e){return this.check(g.Zm(0,e))},multipleOf(e,t){return this.check(g.Hi(e,t))},step(e,t){return this.check(g.Hi(e,t))},finite(){return this}}));function number(e){return g.F7(Pe,e)}const Te=r.xI("ZodNumberFormat",(e,t)=>{p.I.init(e,t);Pe.init(e,t)});function schemas_int(e){return g.LK(Te,e)}function float32(e){return core._float32(Te,e)}function float64(e){return core._float64(Te,e)}function int32(e){return core._int32(Te,e)}function uint32(e){return core._uint32(Te,e)}const Ie=r.xI("ZodBoolean",(e,t)=>{p.sF.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.dO(e,t,n,r)});function schemas_boolean(e){return g._L(Ie,e)}const ze=r.xI("ZodBigInt",(e,t)=>{p.BN.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Y8(e,t,n,r)},s.un({minValue:e=>y.Fs(e).minimum??null,maxValue:e=>y.Fs(e).maximum??null,format:e=>y.Fs(e).format??null},{gte(e,t){return this.check(g.qm(e,t))},min(e,t){return this.check(g.qm(e,t))},gt(e,t){return this.check(g.Tx(e,t))},lt(e,t){return this.check(g.Au(e,t))},lte(e,t){return this.check(g.Zm(e,t))},max(e,t){return this.check(g.Zm(e,t))},positive(e){return this.check(g.Tx(BigInt(0),e))},negative(e){return this.check(g.Au(BigInt(0),e))},nonpositive(e){return this.check(g.Zm(BigInt(0),e))},nonnegative(e){return this.check(g.qm(BigInt(0),e))},multipleOf(e,t){return this.check(g.Hi(e,t))}}));function bigint(e){return core._bigint(ze,e)}const Me=null&&core.$constructor("ZodBigIntFormat",(e,t)=>{core.$ZodBigIntFormat.init(e,t);ze.init(e,t)});function int64(e){return core._int64(Me,e)}function uint64(e){return core._uint64(Me,e)}const Re=null&&core.$constructor("ZodSymbol",(e,t)=>{core.$ZodSymbol.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.symbolProcessor(e,t,n,r)});function symbol(e){return core._symbol(Re,e)}const Le=null&&core.$constructor("ZodUndefined",(e,t)=>{core.$ZodUndefined.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.undefinedProcessor(e,t,n,r)});function _undefined(e){return core._undefined(Le,e)}const je=r.xI("ZodNull",(e,t)=>{p.x8.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.In(e,t,n,r)});function _null(e){return g.jw(je,e)}const Fe=null&&core.$constructor("ZodAny",(e,t)=>{core.$ZodAny.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.anyProcessor(e,t,n,r)});function any(){return core._any(Fe)}const De=r.xI("ZodUnknown",(e,t)=>{p.GP.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.NV(e,t,n,r)});function unknown(){return g.em(De)}const Be=r.xI("ZodNever",(e,t)=>{p.Um.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.RH(e,t,n,r)});function never(e){return g.G8(Be,e)}const Ue=null&&core.$constructor("ZodVoid",(e,t)=>{core.$ZodVoid.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.voidProcessor(e,t,n,r)});function _void(e){return core._void(Ue,e)}const qe=r.xI("ZodDate",(e,t)=>{p.o5.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Fl(e,t,n,r);e.min=(t,n)=>e.check(g.qm(t,n));e.max=(t,n)=>e.check(g.Zm(t,n))},s.un({minDate:e=>{const{minimum:t}=y.Fs(e);return t?new Date(t):null},maxDate:e=>{const{maximum:t}=y.Fs(e);return t?new Date(t):null}},{}));function date(e){return core._date(qe,e)}const Ve=r.xI("ZodArray",(e,t)=>{_ensureDefaultMemoizer();p.$p.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.cY(e,t,n,r);e.element=t.element},{min(e,t){return this.check(g.m9(e,t))},nonempty(e){return this.check(g.m9(1,e))},max(e,t){return this.check(g.Eb(e,t))},length(e,t){return this.check(g.YA(e,t))},unwrap(){return this.element}});function array(e,t){return g.dZ(Ve,e,t)}function keyof(e){const t=e._zod.def.shape;return _enum(Object.keys(t))}const He=r.xI("ZodObject",(e,t)=>{_ensureDefaultMemoizer();p.w.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Ec(e,t,n,r);s.X(e,"shape",e=>e._zod.def.shape,false)},{keyof(){return _enum(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(s.zM(this._zod.def,{catchall:e}))},passthrough(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},loose(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},strict(){return this.clone(s.zM(this._zod.def,{catchall:never()}))},strip(){return this.clone(s.zM(this._zod.def,{catchall:undefined}))},extend(e){return s.X$(this,e)},safeExtend(e){return s.W0(this,e)},merge(e){return s.h1(this,e)},pick(e){return s.Up(this,e)},omit(e){return s.cJ(this,e)},partial(...e){return s.OH(st,this,e[0])},exactPartial(...e){return s.OH(ot,this,e[0],"exactPartial")},required(...e){return s.mw(ut,this,e[0])}});function object(e,t){const n={type:"object",shape:e??{},...s.A2(t)};return new He(n)}function strictObject(e,t){return new He({type:"object",shape:e,catchall:never(),...s.A2(t)})}function looseObject(e,t){return new He({type:"object",shape:e,catchall:unknown(),...s.A2(t)})}const Ze=r.xI("ZodUnion",(e,t)=>{p.cu.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.iC(e,t,n,r);e.options=t.options});function union(e,t){return new Ze({type:"union",options:e,...s.A2(t)})}const Ke=null&&core.$constructor("ZodXor",(e,t)=>{Ze.init(e,t);core.$ZodXor.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.unionProcessor(e,t,n,r);e.options=t.options});function xor(e,t){return new Ke({type:"union",options:e,inclusive:false,...util.normalizeParams(t)})}const Ge=r.xI("ZodDiscriminatedUnion",(e,t)=>{Ze.init(e,t);p.P0.init(e,t)});function discriminatedUnion(e,t,n){return new Ge({type:"union",options:t,discriminator:e,...s.A2(n)})}const We=r.xI("ZodIntersection",(e,t)=>{p.LJ.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.i_(e,t,n,r)});function intersection(e,t){return new We({type:"intersection",left:e,right:t})}const Ye=r.xI("ZodTuple",(e,t)=>{_ensureDefaultMemoizer();p.G3.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.CN(e,t,n,r)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){const e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(e=>new st({type:"optional",innerType:e}))})}});function tuple(e,t,n){const r=t instanceof core.$ZodType;const s=r?n:t;const o=r?t:null;return new Ye({type:"tuple",items:e,rest:o,...util.normalizeParams(s)})}const Je=r.xI("ZodRecord",(e,t)=>{_ensureDefaultMemoizer();p.h.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.GC(e,t,n,r);e.keyType=t.keyType;e.valueType=t.valueType});function record(e,t,n){if(!t||!t._zod){return new Je({type:"record",keyType:string(),valueType:e,...s.A2(t)})}return new Je({type:"record",keyType:e,valueType:t,...s.A2(n)})}function partialRecord(e,t,n){return new Je({type:"record",keyType:e,valueType:t,...s.A2(n),partial:true})}function looseRecord(e,t,n){return new Je({type:"record",keyType:e,valueType:t,mode:"loose",...util.normalizeParams(n)})}const Qe=null&&core.$constructor("ZodMap",(e,t)=>{_ensureDefaultMemoizer();core.$ZodMap.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.mapProcessor(e,t,n,r);e.keyType=t.keyType;e.valueType=t.valueType;e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function map(e,t,n){return new Qe({type:"map",keyType:e,valueType:t,...util.normalizeParams(n)})}const Xe=null&&core.$constructor("ZodSet",(e,t)=>{_ensureDefaultMemoizer();core.$ZodSet.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.setProcessor(e,t,n,r);e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function set(e,t){return new Xe({type:"set",valueType:e,...util.normalizeParams(t)})}const et=r.xI("ZodEnum",(e,t)=>{p.VO.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.C0(e,t,n,r);e.enum=t.entries;e.options=[...e._zod.values];const n=new Set(Object.keys(t.entries));e.extract=(e,r)=>{const o={};for(const r of e){if(n.has(r)){o[r]=t.entries[r]}else throw new Error(`Key ${r} not found in enum`)}return new et({...t,checks:[],...s.A2(r),entries:o})};e.exclude=(e,r)=>{const o={...t.entries};for(const t of e){if(n.has(t)){delete o[t]}else throw new Error(`Key ${t} not found in enum`)}return new et({...t,checks:[],...s.A2(r),entries:o})}});function _enum(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new et({type:"enum",entries:n,...s.A2(t)})}function nativeEnum(e,t){return new et({type:"enum",entries:e,...util.normalizeParams(t)})}const tt=r.xI("ZodLiteral",(e,t)=>{p.nu.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Yv(e,t,n,r);e.values=new Set(t.values);Object.defineProperty(e,"value",{get(){if(t.values.length>1){throw new Error("This schema contains multiple valid literal values. Use `.values` instead.")}return t.values[0]}})});function literal(e,t){return new tt({type:"literal",values:Array.isArray(e)?e:[e],...s.A2(t)})}const nt=null&&core.$constructor("ZodFile",(e,t)=>{core.$ZodFile.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.fileProcessor(e,t,n,r);e.min=(t,n)=>e.check(core._minSize(t,n));e.max=(t,n)=>e.check(core._maxSize(t,n));e.mime=(t,n)=>e.check(core._mime(Array.isArray(t)?t:[t],n))});function file(e){return core._file(nt,e)}const rt=r.xI("ZodTransform",(e,t)=>{_ensureDefaultMemoizer();p.Wc.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.xi(e,t,n,r);e._zod.parse=(n,o)=>{if(o.direction==="backward"){throw new r.cV(e.constructor.name)}n.addIssue=r=>{if(typeof r==="string"){n.issues.push(s.sn(r,n.value,t))}else{const t=r;if(t.fatal)t.continue=false;t.code??(t.code="custom");if(!("input"in t))t.input=n.value;t.inst??(t.inst=e);n.issues.push(s.sn(t))}};const i=t.transform(n.value,n);if(i instanceof Promise){return i.then(e=>{n.value=e;return n})}n.value=i;return n}});function transform(e){return new rt({type:"transform",transform:e})}const st=r.xI("ZodOptional",(e,t)=>{p.ig.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.$k(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function optional(e){return new st({type:"optional",innerType:e})}const ot=r.xI("ZodExactOptional",(e,t)=>{p.RL.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.$k(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function exactOptional(e){return new ot({type:"optional",innerType:e})}const it=r.xI("ZodNullable",(e,t)=>{p.qc.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.yq(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function nullable(e){return new it({type:"nullable",innerType:e})}function nullish(e){return optional(nullable(e))}const ct=r.xI("ZodDefault",(e,t)=>{p.rv.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.mh(e,t,n,r);e.unwrap=()=>e._zod.def.innerType;e.removeDefault=e.unwrap});function _default(e,t){return new ct({type:"default",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const lt=r.xI("ZodPrefault",(e,t)=>{p.VF.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.A(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function prefault(e,t){return new lt({type:"prefault",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const ut=r.xI("ZodNonOptional",(e,t)=>{p.N$.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.cR(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function nonoptional(e,t){return new ut({type:"nonoptional",innerType:e,...s.A2(t)})}const ft=null&&core.$constructor("ZodSuccess",(e,t)=>{core.$ZodSuccess.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.successProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function success(e){return new ft({type:"success",innerType:e})}const dt=r.xI("ZodCatch",(e,t)=>{p.t$.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Q9(e,t,n,r);e.unwrap=()=>e._zod.def.innerType;e.removeCatch=e.unwrap});function _catch(e,t){return new dt({type:"catch",innerType:e,catchValue:typeof t==="function"?t:s.SS(t)})}const ht=null&&core.$constructor("ZodNaN",(e,t)=>{core.$ZodNaN.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.nanProcessor(e,t,n,r)});function nan(e){return core._nan(ht,e)}const pt=r.xI("ZodPipe",(e,t)=>{p._m.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.fs(e,t,n,r);e.in=t.in;e.out=t.out});function pipe(e,t){return new pt({type:"pipe",in:e,out:t})}const mt=null&&core.$constructor("ZodCodec",(e,t)=>{pt.init(e,t);core.$ZodCodec.init(e,t)});function codec(e,t,n){return new mt({type:"pipe",in:e,out:t,transform:n.decode,reverseTransform:n.encode})}function invertCodec(e){const t=e._zod.def;return new mt({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}const gt=null&&core.$constructor("ZodPreprocess",(e,t)=>{pt.init(e,t);core.$ZodPreprocess.init(e,t)});const yt=r.xI("ZodReadonly",(e,t)=>{p.Sb.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.$X(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function readonly(e){return new yt({type:"readonly",innerType:e})}const vt=null&&core.$constructor("ZodTemplateLiteral",(e,t)=>{core.$ZodTemplateLiteral.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.templateLiteralProcessor(e,t,n,r)});function templateLiteral(e,t){return new vt({type:"template_literal",parts:e,...util.normalizeParams(t)})}const bt=r.xI("ZodLazy",(e,t)=>{p.kU.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.Tr(e,t,n,r);e.unwrap=()=>e._zod.def.getter()});function lazy(e){return new bt({type:"lazy",getter:e})}const wt=null&&core.$constructor("ZodPromise",(e,t)=>{core.$ZodPromise.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.promiseProcessor(e,t,n,r);e.unwrap=()=>e._zod.def.innerType});function promise(e){return new wt({type:"promise",innerType:e})}const _t=null&&core.$constructor("ZodFunction",(e,t)=>{core.$ZodFunction.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>processors.functionProcessor(e,t,n,r)});function _function(e){return new _t({type:"function",input:Array.isArray(e?.input)?tuple(e?.input):e?.input??array(unknown()),output:e?.output??unknown()})}const xt=r.xI("ZodCustom",(e,t)=>{p.b0.init(e,t);ee.init(e,t);e._zod.processJSONSchema=(t,n,r)=>y.A6(e,t,n,r)});function check(e){const t=new core.$ZodCheck({check:"custom"});t._zod.check=e;return t}function custom(e,t){return core._custom(xt,e??(()=>true),t)}function refine(e,t={}){return g.fU(xt,e,t)}function superRefine(e,t){return g.MB(e,t)}const kt=g.q0;const $t=g.mI;const St=r.xI("ZodInstanceOf",(e,t)=>{xt.init(e,t)},{properties(e,t){return this.check(g.T2(e,t))}});function _instanceof(e,t={}){const n=new St({type:"custom",check:"custom",fn:t=>t instanceof e,abort:true,...util.normalizeParams(t)});n._zod.bag.Class=e;n._zod.check=t=>{if(!(t.value instanceof e)){t.issues.push({code:"invalid_type",expected:e.name,input:t.value,inst:n,path:[...n._zod.def.path??[]]})}};return n}const stringbool=(...e)=>core._stringbool({Codec:mt,Boolean:Ie,String:ne},...e);function json(e){const t=lazy(()=>union([string(e),number(),schemas_boolean(),_null(),array(t),record(string(),t)]));return t}function preprocess(e,t){return new gt({type:"pipe",in:transform(e),out:t})}},3759:(e,t,n)=>{n.d(t,{$O:()=>_ipv6,$S:()=>_startsWith,Au:()=>_lt,Be:()=>_uuid,Bj:()=>_cuid2,Ct:()=>_ulid,Dl:()=>_nanoid,ER:()=>_endsWith,Eb:()=>_maxLength,F7:()=>_number,Fk:()=>_regex,Fn:()=>_url,G1:()=>_isoDateTime,G8:()=>_never,Hi:()=>_multipleOf,Il:()=>_toLowerCase,KB:()=>_e164,Kn:()=>_isoTime,LK:()=>_int,MB:()=>_superRefine,Mu:()=>_email,Ny:()=>_ipv4,Pw:()=>_xid,Rl:()=>_string,T2:()=>_properties,TL:()=>_slugify,Tx:()=>_gt,Uy:()=>_cidrv4,WN:()=>_trim,YA:()=>_length,Zm:()=>_lte,_L:()=>_boolean,_z:()=>_ksuid,aC:()=>_emoji,bS:()=>_overwrite,cU:()=>_base64url,dR:()=>_includes,dZ:()=>_array,db:()=>_isoDate,em:()=>_unknown,f2:()=>_isoDuration,fU:()=>_refine,fs:()=>_cuid,gP:()=>_cidrv6,hH:()=>_lowercase,jw:()=>_null,lo:()=>_normalize,m9:()=>_minLength,mI:()=>meta,nA:()=>_uuidv4,pY:()=>_uuidv6,q0:()=>describe,qF:()=>_uppercase,qm:()=>_gte,rk:()=>_jwt,rt:()=>_base64,tB:()=>_guid,wA:()=>_uuidv7,xY:()=>_toUpperCase});var r=n(4890);var s=n(9396);var o=n(4723);function snapshotChecks(e){if(e.checks)e.checks=[...e.checks];return e}function _string(e,t){return new e(snapshotChecks({type:"string",...o.A2(t)}))}function _coercedString(e,t){return new e(snapshotChecks({type:"string",coerce:true,...util.normalizeParams(t)}))}function _email(e,t){return new e({type:"string",format:"email",check:"string_format",abort:false,...o.A2(t)})}function _guid(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:false,...o.A2(t)})}function _uuid(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,...o.A2(t)})}function _uuidv4(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v4",...o.A2(t)})}function _uuidv6(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v6",...o.A2(t)})}function _uuidv7(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v7",...o.A2(t)})}function _url(e,t){return new e({type:"string",format:"url",check:"string_format",abort:false,...o.A2(t)})}function _emoji(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:false,...o.A2(t)})}function _nanoid(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:false,...o.A2(t)})}function _cuid(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:false,...o.A2(t)})}function _cuid2(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:false,...o.A2(t)})}function _ulid(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:false,...o.A2(t)})}function _xid(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:false,...o.A2(t)})}function _ksuid(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:false,...o.A2(t)})}function _ipv4(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:false,...o.A2(t)})}function _ipv6(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:false,...o.A2(t)})}function _mac(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:false,...util.normalizeParams(t)})}function _cidrv4(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:false,...o.A2(t)})}function _cidrv6(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:false,...o.A2(t)})}function _base64(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:false,...o.A2(t)})}function _base64url(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:false,...o.A2(t)})}function _e164(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:false,...o.A2(t)})}function _creditCard(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:false,...util.normalizeParams(t)})}function _iban(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:false,...util.normalizeParams(t)})}function _jwt(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:false,...o.A2(t)})}const i={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function _isoDateTime(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:false,local:false,precision:null,...o.A2(t)})}function _isoDate(e,t){return new e({type:"string",format:"date",check:"string_format",...o.A2(t)})}function _isoTime(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...o.A2(t)})}function _isoDuration(e,t){return new e({type:"string",format:"duration",check:"string_format",...o.A2(t)})}function _number(e,t){return new e(snapshotChecks({type:"number",checks:[],...o.A2(t)}))}function _coercedNumber(e,t){return new e(snapshotChecks({type:"number",coerce:true,checks:[],...util.normalizeParams(t)}))}function _int(e,t){return new e({type:"number",check:"number_format",abort:false,format:"safeint",...o.A2(t)})}function _float32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float32",...util.normalizeParams(t)})}function _float64(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float64",...util.normalizeParams(t)})}function _int32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"int32",...util.normalizeParams(t)})}function _uint32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"uint32",...util.normalizeParams(t)})}function _boolean(e,t){return new e({type:"boolean",...o.A2(t)})}function _coercedBoolean(e,t){return new e({type:"boolean",coerce:true,...util.normalizeParams(t)})}function _bigint(e,t){return new e({type:"bigint",...util.normalizeParams(t)})}function _coercedBigint(e,t){return new e({type:"bigint",coerce:true,...util.normalizeParams(t)})}function _int64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"int64",...util.normalizeParams(t)})}function _uint64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"uint64",...util.normalizeParams(t)})}function _symbol(e,t){return new e({type:"symbol",...util.normalizeParams(t)})}function _undefined(e,t){return new e({type:"undefined",...util.normalizeParams(t)})}function _null(e,t){return new e({type:"null",...o.A2(t)})}function _any(e){return new e({type:"any"})}function _unknown(e){return new e({type:"unknown"})}function _never(e,t){return new e({type:"never",...o.A2(t)})}function _void(e,t){return new e({type:"void",...util.normalizeParams(t)})}function _date(e,t){return new e({type:"date",...util.normalizeParams(t)})}function _coercedDate(e,t){return new e({type:"date",coerce:true,...util.normalizeParams(t)})}function _nan(e,t){return new e({type:"nan",...util.normalizeParams(t)})}function _lt(e,t){return new r.sm({check:"less_than",...o.A2(t),value:e,inclusive:false})}function _lte(e,t){return new r.sm({check:"less_than",...o.A2(t),value:e,inclusive:true})}function _gt(e,t){return new r.J_({check:"greater_than",...o.A2(t),value:e,inclusive:false})}function _gte(e,t){return new r.J_({check:"greater_than",...o.A2(t),value:e,inclusive:true})}function _positive(e){return _gt(0,e)}function _negative(e){return _lt(0,e)}function _nonpositive(e){return _lte(0,e)}function _nonnegative(e){return _gte(0,e)}function _multipleOf(e,t){return new r.Jk({check:"multiple_of",...o.A2(t),value:e})}function _maxSize(e,t){return new checks.$ZodCheckMaxSize({check:"max_size",...util.normalizeParams(t),maximum:e})}function _minSize(e,t){return new checks.$ZodCheckMinSize({check:"min_size",...util.normalizeParams(t),minimum:e})}function _size(e,t){return new checks.$ZodCheckSizeEquals({check:"size_equals",...util.normalizeParams(t),size:e})}function _maxLength(e,t){const n=new r.Yk({check:"max_length",...o.A2(t),maximum:e});return n}function _minLength(e,t){return new r.Kk({check:"min_length",...o.A2(t),minimum:e})}function _length(e,t){return new r.RM({check:"length_equals",...o.A2(t),length:e})}function _regex(e,t){return new r.DG({check:"string_format",format:"regex",...o.A2(t),pattern:e})}function _lowercase(e){return new r.NI({check:"string_format",format:"lowercase",...o.A2(e)})}function _uppercase(e){return new r.kH({check:"string_format",format:"uppercase",...o.A2(e)})}function _includes(e,t){return new r.Tt({check:"string_format",format:"includes",...o.A2(t),includes:e})}function _startsWith(e,t){return new r.J({check:"string_format",format:"starts_with",...o.A2(t),prefix:e})}function _endsWith(e,t){return new r.E6({check:"string_format",format:"ends_with",...o.A2(t),suffix:e})}function _property(e,t,n){return new checks.$ZodCheckProperty({check:"property",property:e,schema:t,...util.normalizeParams(n)})}function _properties(e,t){return new r.nJ({check:"properties",shape:e,...o.A2(t)})}function _mime(e,t){return new checks.$ZodCheckMimeType({check:"mime_type",mime:e,...util.normalizeParams(t)})}function _overwrite(e){return new r.v$({check:"overwrite",tx:e})}function _normalize(e){return _overwrite(t=>t.normalize(e))}function _trim(){return _overwrite(e=>e.trim())}function _toLowerCase(){return _overwrite(e=>e.toLowerCase())}function _toUpperCase(){return _overwrite(e=>e.toUpperCase())}function _slugify(){return _overwrite(e=>o.Yv(e))}function _array(e,t,n){return new e({type:"array",element:t,...o.A2(n)})}function _union(e,t,n){return new e({type:"union",options:t,...util.normalizeParams(n)})}function _xor(e,t,n){return new e({type:"union",options:t,inclusive:false,...util.normalizeParams(n)})}function _discriminatedUnion(e,t,n,r){return new e({type:"union",options:n,discriminator:t,...util.normalizeParams(r)})}function _intersection(e,t,n){return new e({type:"intersection",left:t,right:n})}function _tuple(e,t,n,r){const s=n instanceof schemas.$ZodType;const o=s?r:n;const i=s?n:null;return new e({type:"tuple",items:t,rest:i,...util.normalizeParams(o)})}function _record(e,t,n,r){return new e({type:"record",keyType:t,valueType:n,...util.normalizeParams(r)})}function _map(e,t,n,r){return new e({type:"map",keyType:t,valueType:n,...util.normalizeParams(r)})}function _set(e,t,n){return new e({type:"set",valueType:t,...util.normalizeParams(n)})}function _enum(e,t,n){const r=Array.isArray(t)?Object.fromEntries(t.map(e=>[e,e])):t;return new e({type:"enum",entries:r,...util.normalizeParams(n)})}function _nativeEnum(e,t,n){return new e({type:"enum",entries:t,...util.normalizeParams(n)})}function _literal(e,t,n){return new e({type:"literal",values:Array.isArray(t)?t:[t],...util.normalizeParams(n)})}function _file(e,t){return new e({type:"file",...util.normalizeParams(t)})}function _transform(e,t){return new e({type:"transform",transform:t})}function _optional(e,t){return new e({type:"optional",innerType:t})}function _nullable(e,t){return new e({type:"nullable",innerType:t})}function _default(e,t,n){return new e({type:"default",innerType:t,get defaultValue(){return typeof n==="function"?n():util.shallowClone(n)}})}function _nonoptional(e,t,n){return new e({type:"nonoptional",innerType:t,...util.normalizeParams(n)})}function _success(e,t){return new e({type:"success",innerType:t})}function _catch(e,t,n){return new e({type:"catch",innerType:t,catchValue:typeof n==="function"?n:util.constantCatch(n)})}function _pipe(e,t,n){return new e({type:"pipe",in:t,out:n})}function _readonly(e,t){return new e({type:"readonly",innerType:t})}function _templateLiteral(e,t,n){return new e({type:"template_literal",parts:t,...util.normalizeParams(n)})}function _lazy(e,t){return new e({type:"lazy",getter:t})}function _promise(e,t){return new e({type:"promise",innerType:t})}function _custom(e,t,n){const r=util.normalizeParams(n);r.abort??(r.abort=true);const s=new e({type:"custom",check:"custom",fn:t,...r});return s}function _refine(e,t,n){const r=new e({type:"custom",check:"custom",fn:t,...o.A2(n)});return r}function _superRefine(e,t){const n=_check(t=>{t.addIssue=e=>{if(typeof e==="string"){t.issues.push(o.sn(e,t.value,n._zod.def))}else{const r=e;if(r.fatal)r.continue=false;r.code??(r.code="custom");if(!("input"in r))r.input=t.value;r.inst??(r.inst=n);r.continue??(r.continue=!n._zod.def.abort);t.issues.push(o.sn(r))}};return e(t.value,t)},t);return n}function _check(e,t){const n=new r.QP({check:"custom",...o.A2(t)});n._zod.check=e;return n}function describe(e){const t=new r.QP({check:"describe"});t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,description:e})}];t._zod.check=()=>{};return t}function meta(e){const t=new r.QP({check:"meta"});t._zod.onattach=[t=>{const n=s.fd.get(t)??{};s.fd.add(t,{...n,...e})}];t._zod.check=()=>{};return t}function _stringbool(e,t){const n=util.normalizeParams(t);let r=n.truthy??["true","1","yes","on","y","enabled"];let s=n.falsy??["false","0","no","off","n","disabled"];if(n.case!=="sensitive"){r=r.map(e=>typeof e==="string"?e.toLowerCase():e);s=s.map(e=>typeof e==="string"?e.toLowerCase():e)}const o=new Set(r);const i=new Set(s);const a=e.Codec??schemas.$ZodCodec;const c=e.Boolean??schemas.$ZodBoolean;const l=e.String??schemas.$ZodString;const u=new l({type:"string",error:n.error});const f=new c({type:"boolean",error:n.error});const d=new a({type:"pipe",in:u,out:f,transform:(e,t)=>{let r=e;if(n.case!=="sensitive")r=r.toLowerCase();if(o.has(r)){return true}else if(i.has(r)){return false}else{t.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...i],input:t.value,inst:d,continue:false});return{}}},reverseTransform:(e,t)=>{if(e===true){return r[0]||"true"}else{return s[0]||"false"}},error:n.error});d._zod.bag.truthy=r;d._zod.bag.falsy=s;d._zod.bag.case=n.case??"insensitive";return d}function _stringFormat(e,t,n,r={}){const s=util.normalizeParams(r);const o={check:"string_format",type:"string",format:t,fn:typeof n==="function"?n:e=>n.test(e),...s};if(n instanceof RegExp){o.pattern=n}const i=new e(o);return i}},4890:(e,t,n)=>{n.d(t,{DG:()=>w,E6:()=>A,J:()=>S,J_:()=>l,Jk:()=>u,KH:()=>f,Kk:()=>y,NI:()=>x,QP:()=>i,RM:()=>v,Tt:()=>$,Yk:()=>g,kH:()=>k,nJ:()=>N,ql:()=>b,sm:()=>c,v$:()=>E});var r=n(8532);var s=n(3908);var o=n(4723);const i=r.xI("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={});e._zod.def=t;(n=e._zod).onattach??(n.onattach=[])});const _whenHasSize=e=>{const t=e.value;return!util.nullish(t)&&t.size!==undefined};const _whenHasLength=e=>{const t=e.value;return!o.cl(t)&&t.length!==undefined};const a={number:"number",bigint:"bigint",object:"date"};const c=r.xI("$ZodCheckLessThan",(e,t)=>{i.init(e,t);const n=a[typeof t.value];e._zod.check=r=>{if(t.inclusive?r.value<=t.value:r.value<t.value){return}r.issues.push({origin:a[typeof r.value]??n,code:"too_big",maximum:typeof t.value==="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const l=r.xI("$ZodCheckGreaterThan",(e,t)=>{i.init(e,t);const n=a[typeof t.value];e._zod.check=r=>{if(t.inclusive?r.value>=t.value:r.value>t.value){return}r.issues.push({origin:a[typeof r.value]??n,code:"too_small",minimum:typeof t.value==="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const u=r.xI("$ZodCheckMultipleOf",(e,t)=>{i.init(e,t);e._zod.check=n=>{if(typeof n.value!==typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");const r=typeof n.value==="bigint"?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):o.LG(n.value,t.value)===0;if(r)return;n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}});const f=r.xI("$ZodCheckNumberFormat",(e,t)=>{i.init(e,t);t.format=t.format||"float64";const n=t.format?.includes("int");const r=n?"int":"number";const[s,a]=o.zH[t.format];e._zod.check=o=>{const i=o.value;if(n){if(!Number.isInteger(i)){o.issues.push({expected:r,format:t.format,code:"invalid_type",continue:false,input:i,inst:e});return}if(!Number.isSafeInteger(i)){if(i>0){o.issues.push({input:i,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:true,continue:!t.abort})}else{o.issues.push({input:i,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:true,continue:!t.abort})}return}}if(i<s){o.issues.push({origin:"number",input:i,code:"too_small",minimum:s,inclusive:true,inst:e,continue:!t.abort})}if(i>a){o.issues.push({origin:"number",input:i,code:"too_big",maximum:a,inclusive:true,inst:e,continue:!t.abort})}}});const d=null&&core.$constructor("$ZodCheckBigIntFormat",(e,t)=>{i.init(e,t);const[n,r]=util.BIGINT_FORMAT_RANGES[t.format];e._zod.check=s=>{const o=s.value;if(o<n){s.issues.push({origin:"bigint",input:o,code:"too_small",minimum:n,inclusive:true,inst:e,continue:!t.abort})}if(o>r){s.issues.push({origin:"bigint",input:o,code:"too_big",maximum:r,inclusive:true,inst:e,continue:!t.abort})}}});const h=null&&core.$constructor("$ZodCheckMaxSize",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s<=t.maximum)return;n.issues.push({origin:util.getSizableOrigin(r),code:"too_big",maximum:t.maximum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const p=null&&core.$constructor("$ZodCheckMinSize",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s>=t.minimum)return;n.issues.push({origin:util.getSizableOrigin(r),code:"too_small",minimum:t.minimum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const m=null&&core.$constructor("$ZodCheckSizeEquals",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasSize);e._zod.check=n=>{const r=n.value;const s=r.size;if(s===t.size)return;const o=s>t.size;n.issues.push({origin:util.getSizableOrigin(r),...o?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:true,exact:true,input:n.value,inst:e,continue:!t.abort})}});const g=r.xI("$ZodCheckMaxLength",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const i=typeof r==="string"&&s>t.maximum?o.O7(r):s;if(i<=t.maximum)return;const a=o.Rc(r);n.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const y=r.xI("$ZodCheckMinLength",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const i=typeof r==="string"&&s>=t.minimum&&s<t.minimum*2?o.O7(r):s;if(i>=t.minimum)return;const a=o.Rc(r);n.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:true,input:r,inst:e,continue:!t.abort})}});const v=r.xI("$ZodCheckLengthEquals",(e,t)=>{var n;i.init(e,t);(n=e._zod.def).when??(n.when=_whenHasLength);e._zod.check=n=>{const r=n.value;const s=r.length;const i=typeof r==="string"&&s>=t.length&&s<=t.length*2?o.O7(r):s;if(i===t.length)return;const a=o.Rc(r);const c=i>t.length;n.issues.push({origin:a,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:true,exact:true,input:n.value,inst:e,continue:!t.abort})}});const b=r.xI("$ZodCheckStringFormat",(e,t)=>{var n,r;i.init(e,t);if(t.pattern)(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0;if(t.pattern.test(n.value))return;n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})});else(r=e._zod).check??(r.check=()=>{})});const w=r.xI("$ZodCheckRegex",(e,t)=>{b.init(e,t);e._zod.check=n=>{t.pattern.lastIndex=0;if(t.pattern.test(n.value))return;n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}});const x=r.xI("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=s.AC);b.init(e,t)});const k=r.xI("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=s.Zv);b.init(e,t)});const $=r.xI("$ZodCheckIncludes",(e,t)=>{i.init(e,t);const n=o.sD(t.includes);const r=new RegExp(typeof t.position==="number"?`^.{${t.position},}${n}`:n);t.pattern=r;e._zod.check=n=>{if(n.value.includes(t.includes,t.position))return;n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}});const S=r.xI("$ZodCheckStartsWith",(e,t)=>{i.init(e,t);const n=new RegExp(`^${o.sD(t.prefix)}.*`);t.pattern??(t.pattern=n);e._zod.check=n=>{if(n.value.startsWith(t.prefix))return;n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}});const A=r.xI("$ZodCheckEndsWith",(e,t)=>{i.init(e,t);const n=new RegExp(`.*${o.sD(t.suffix)}$`);t.pattern??(t.pattern=n);e._zod.check=n=>{if(n.value.endsWith(t.suffix))return;n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});function handleCheckPropertyResult(e,t,n){if(e.issues.length){t.issues.push(...o.lQ(n,e.issues))}}const O=null&&core.$constructor("$ZodCheckProperty",(e,t)=>{i.init(e,t);e._zod.check=e=>{const n=t.schema._zod.run({value:e.value[t.property],issues:[]},{});if(n instanceof Promise){return n.then(n=>handleCheckPropertyResult(n,e,t.property))}handleCheckPropertyResult(n,e,t.property);return}});const N=r.xI("$ZodCheckProperties",(e,t)=>{i.init(e,t);o.jD(e,Symbol.iterator,function*(){yield e});let n;e._zod.check=r=>{if(r.value==null){r.issues.push({expected:"object",code:"invalid_type",input:r.value,inst:e});return undefined}n??(n=Reflect.ownKeys(t.shape).map(e=>[e,t.shape[e]]));const s=r.value;let o;for(const[e,t]of n){const n=t._zod.run({value:s[e],issues:[]},{});if(n instanceof Promise){o??(o=[]);o.push(n.then(t=>handleCheckPropertyResult(t,r,e)))}else{handleCheckPropertyResult(n,r,e)}}if(o)return Promise.all(o).then(()=>undefined);return undefined}});const C=null&&core.$constructor("$ZodCheckMimeType",(e,t)=>{i.init(e,t);const n=new Set(t.mime);e._zod.check=r=>{if(n.has(r.value.type))return;r.issues.push({code:"invalid_value",values:t.mime,input:r.value.type,inst:e,continue:!t.abort})}});const E=r.xI("$ZodCheckOverwrite",(e,t)=>{i.init(e,t);e._zod.check=e=>{e.value=t.tx(e.value)}})},8532:(e,t,n)=>{n.d(t,{$W:()=>config,GT:()=>$ZodAsyncError,cV:()=>$ZodEncodeError,cr:()=>l,xI:()=>$constructor});var r=n(4723);var s;const o=Object.freeze({status:"aborted"});const i={value:undefined,enumerable:false};let a="captureStackTrace"in Error?Error:null;function newError(e){const t=a;if(t){const n=t.stackTraceLimit;if(typeof n==="number"){try{t.stackTraceLimit=0}catch{a=null;return new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function $constructor(e,t,n,s){const o={};function Internals(e){this.def=e;this.constr=_;this.traits=new Set}Internals.prototype=o;const a=n;const c=a&&new WeakSet;function init(n,s){if(!n._zod){i.value=new Internals(s);try{Object.defineProperty(n,"_zod",i)}finally{i.value=undefined}}else if(n._zod.traits.has(e)){return}n._zod.traits.add(e);t(n,s);if(c){const e=Object.getPrototypeOf(n);const t=n._zod.constr.prototype;let s=e;while(s&&s!==t)s=Object.getPrototypeOf(s);const o=s??e;if(!c.has(o)){c.add(o);(0,r.ol)(o,a)}}const o=_.prototype;for(const e in o){if(!Object.prototype.hasOwnProperty.call(o,e))continue;if(!(e in n)){n[e]=o[e].bind(n)}}}const l=s?.Parent??Object;class Definition extends l{}Object.defineProperty(Definition,"name",{value:e});function _(e){const t=s?.Parent?newError(Definition):this;init(t,e);const n=t._zod.deferred;if(n){for(const e of n){e()}t._zod.deferred=undefined}const r=globalThis.__zod_globalConfig?.postProcessor;if(r)r(t);return t}Object.defineProperty(_,"init",{value:init});Object.defineProperty(_,Symbol.hasInstance,{value:t=>{if(s?.Parent&&t instanceof s.Parent)return true;return t?._zod?.traits?.has(e)}});Object.defineProperty(_,"name",{value:e});return _}const c=null&&Symbol("zod_brand");class $ZodAsyncError extends Error{constructor(){super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`)}}class $ZodEncodeError extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`);this.name="ZodEncodeError"}}(s=globalThis).__zod_globalConfig??(s.__zod_globalConfig={});const l=globalThis.__zod_globalConfig;function config(e){if(e)Object.assign(l,e);return l}},8439:(e,t,n)=>{n.d(t,{$X:()=>readonlyProcessor,$k:()=>optionalProcessor,A:()=>prefaultProcessor,A6:()=>customProcessor,C0:()=>enumProcessor,CN:()=>tupleProcessor,Ec:()=>objectProcessor,Fl:()=>dateProcessor,Fs:()=>aggregateChecks,GC:()=>recordProcessor,In:()=>nullProcessor,NV:()=>unknownProcessor,Q9:()=>catchProcessor,RH:()=>neverProcessor,SW:()=>stringProcessor,Tr:()=>lazyProcessor,Wg:()=>numberProcessor,Y8:()=>bigintProcessor,Yv:()=>literalProcessor,bl:()=>toJSONSchema,cR:()=>nonoptionalProcessor,cY:()=>arrayProcessor,dO:()=>booleanProcessor,fs:()=>pipeProcessor,iC:()=>unionProcessor,i_:()=>intersectionProcessor,mh:()=>defaultProcessor,xi:()=>transformProcessor,yq:()=>nullableProcessor});var r=n(3908);var s=n(6985);var o=n(7509);var i=n(4723);const narrowMin=(e,t,n)=>{if(e[t]===undefined||n>e[t])e[t]=n};const narrowMax=(e,t,n)=>{if(e[t]===undefined||n<e[t])e[t]=n};const narrowBoth=(e,t)=>{narrowMin(e,"minimum",t);narrowMax(e,"maximum",t)};const addDivisor=(e,t)=>{e.multipleOf??(e.multipleOf=[]);if(!e.multipleOf.includes(t))e.multipleOf.push(t)};const addPattern=(e,t)=>{e.patterns??(e.patterns=new Set);e.patterns.add(t)};const intersectMime=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]};const setFormat=(e,t)=>{e.format=t;if(t.includes("int"))e.isInt=true};const minContributor=(e,t)=>narrowMin(e,"minimum",t.minimum);const maxContributor=(e,t)=>narrowMax(e,"maximum",t.maximum);const formatContributor=e=>(t,n)=>{setFormat(t,n.format);const[r,s]=e[n.format];narrowMin(t,"minimum",r);narrowMax(t,"maximum",s)};const a={greater_than:(e,t)=>narrowMin(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>narrowMax(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>addDivisor(e,t.value),number_format:formatContributor(i.zH),bigint_format:formatContributor(i.NR),min_length:minContributor,max_length:maxContributor,length_equals:(e,t)=>narrowBoth(e,t.length),min_size:minContributor,max_size:maxContributor,size_equals:(e,t)=>narrowBoth(e,t.size),string_format:(e,t)=>{setFormat(e,t.format);if(t.pattern)addPattern(e,t.pattern);if(t.format==="base64"||t.format==="base64url")e.contentEncoding=t.format;if(t.local||t.precision===-1)e.laxFormat=true},mime_type:(e,t)=>intersectMime(e,t.mime)};function aggregateChecks(e){const t={};const n=e._zod.def;const r=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(const e of r)a[e._zod.def.check]?.(t,e._zod.def);const s=e._zod.bag;if(s.minimum!==undefined)narrowMin(t,"minimum",s.minimum);if(s.exclusiveMinimum!==undefined)narrowMin(t,"exclusiveMinimum",s.exclusiveMinimum);if(s.maximum!==undefined)narrowMax(t,"maximum",s.maximum);if(s.exclusiveMaximum!==undefined)narrowMax(t,"exclusiveMaximum",s.exclusiveMaximum);if(s.multipleOf!==undefined)addDivisor(t,s.multipleOf);if(s.format!==undefined){t.format??(t.format=s.format);if(s.format.includes("int"))t.isInt=true}if(s.mime)intersectMime(t,s.mime);for(const e of s.patterns??[])addPattern(t,e);return t}const c={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""};const l=new Map([[s.cq,r.K3],[s.xE,r.r0]]);const exactPattern=e=>l.get(e)??e;const stringProcessor=(e,t,n,r)=>{const s=n;s.type="string";const{minimum:o,maximum:i,format:a,patterns:l,contentEncoding:u,laxFormat:f}=aggregateChecks(e);if(typeof o==="number")s.minLength=o;if(typeof i==="number")s.maxLength=i;if(a){s.format=c[a]??a;if(s.format==="")delete s.format;if(a==="time"||f){delete s.format}}if(u)s.contentEncoding=u;if(l&&l.size>0){const e=[...l].map(exactPattern);if(e.length===1)s.pattern=e[0].source;else if(e.length>1){s.allOf=[...e.map(e=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:e.source}))]}}};const numberProcessor=(e,t,n,r)=>{const s=n;const{minimum:i,maximum:a,multipleOf:c,exclusiveMaximum:l,exclusiveMinimum:u,isInt:f}=aggregateChecks(e);s.type=f?"integer":"number";const d=typeof u==="number"&&u>=(i??Number.NEGATIVE_INFINITY);const h=typeof l==="number"&&l<=(a??Number.POSITIVE_INFINITY);const p=t.target==="draft-04"||t.target==="openapi-3.0";if(d){if(p){s.minimum=u;s.exclusiveMinimum=true}else{s.exclusiveMinimum=u}}else if(typeof i==="number"){s.minimum=i}if(h){if(p){s.maximum=l;s.exclusiveMaximum=true}else{s.exclusiveMaximum=l}}else if(typeof a==="number"){s.maximum=a}if(c){const n=new Set;for(const i of c){if(Number.isFinite(i)&&i!==0)n.add(Math.abs(i));else(0,o._S)(e,t,s,r,`A multipleOf divisor of ${i} cannot be represented in JSON Schema`)}const[i,...a]=n;if(i!==undefined)s.multipleOf=i;if(a.length)s.allOf=[...s.allOf??[],...a.map(e=>({multipleOf:e}))]}};const booleanProcessor=(e,t,n,r)=>{n.type="boolean"};const bigintProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"BigInt cannot be represented in JSON Schema")};const symbolProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Symbols cannot be represented in JSON Schema")};const nullProcessor=(e,t,n,r)=>{if(t.target==="openapi-3.0"){n.type="string";n.nullable=true;n.enum=[null]}else{n.type="null"}};const undefinedProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Undefined cannot be represented in JSON Schema")};const voidProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Void cannot be represented in JSON Schema")};const neverProcessor=(e,t,n,r)=>{n.not={}};const anyProcessor=(e,t,n,r)=>{};const unknownProcessor=(e,t,n,r)=>{};const dateProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Date cannot be represented in JSON Schema")};const enumProcessor=(e,t,n,r)=>{const s=e._zod.def;const o=(0,i.w5)(s.entries);if(o.length===0){n.not={};return}if(o.every(e=>typeof e==="number"))n.type="number";if(o.every(e=>typeof e==="string"))n.type="string";n.enum=o};const literalProcessor=(e,t,n,r)=>{const s=e._zod.def;if(s.values.length===0){n.not={};return}const i=[];for(const a of s.values){if(a===undefined){if((0,o._S)(e,t,n,r,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof a==="bigint"){if((0,o._S)(e,t,n,r,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(a))}else{i.push(a)}}if(i.length===0){}else if(i.length===1){const e=i[0];n.type=e===null?"null":typeof e;if(t.target==="draft-04"||t.target==="openapi-3.0"){n.enum=[e]}else{n.const=e}}else{if(i.every(e=>typeof e==="number"))n.type="number";if(i.every(e=>typeof e==="string"))n.type="string";if(i.every(e=>typeof e==="boolean"))n.type="boolean";if(i.every(e=>e===null))n.type="null";n.enum=i}};const nanProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"NaN cannot be represented in JSON Schema")};const templateLiteralProcessor=(e,t,n,r)=>{const s=n;const o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");s.type="string";s.pattern=o.source};const fileProcessor=(e,t,n,r)=>{const s=n;s.type="string";s.format="binary";s.contentEncoding="binary";const{minimum:o,maximum:i,mime:a}=aggregateChecks(e);if(o!==undefined)s.minLength=o;if(i!==undefined)s.maxLength=i;if(!a)return;if(a.length===0)s.not={};else if(a.length===1)s.contentMediaType=a[0];else s.anyOf=a.map(e=>({contentMediaType:e}))};const successProcessor=(e,t,n,r)=>{n.type="boolean"};const customProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Custom types cannot be represented in JSON Schema")};const functionProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Function types cannot be represented in JSON Schema")};const transformProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Transforms cannot be represented in JSON Schema")};const mapProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Map cannot be represented in JSON Schema")};const setProcessor=(e,t,n,r)=>{(0,o._S)(e,t,n,r,"Set cannot be represented in JSON Schema")};const arrayProcessor=(e,t,n,r)=>{const s=n;const i=e._zod.def;const{minimum:a,maximum:c}=aggregateChecks(e);if(typeof a==="number")s.minItems=a;if(typeof c==="number")s.maxItems=c;s.type="array";s.items=(0,o.Lp)(i.element,t,{...r,path:[...r.path,"items"]})};function inputOptin(e){const t=e._zod.def;if(t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")){return inputOptin(t.out)}if(t.type==="catch"){return inputOptin(t.innerType)}return e._zod.optin}const objectProcessor=(e,t,n,r)=>{const s=n;const a=e._zod.def;const c=a.shape;const l=Object.getOwnPropertySymbols(c);if(l.length&&(0,o._S)(e,t,s,r,"Symbol keys cannot be represented in JSON Schema")){return}s.type="object";s.properties={};for(const e in c){(0,i.Vy)(s.properties,e,(0,o.Lp)(c[e],t,{...r,path:[...r.path,"properties",e]}))}const u=[];for(const e of Object.keys(c)){const n=a.shape[e];if(t.io==="input"?inputOptin(n)===undefined:n._zod.optout===undefined){u.push(e)}}if(u.length>0){s.required=u}if(a.catchall?._zod.def.type==="never"){s.additionalProperties=false}else if(!a.catchall){if(t.io==="output")s.additionalProperties=false}else if(a.catchall){s.additionalProperties=(0,o.Lp)(a.catchall,t,{...r,path:[...r.path,"additionalProperties"]})}};const unionProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=s.inclusive===false;const a=s.options.map((e,n)=>(0,o.Lp)(e,t,{...r,path:[...r.path,i?"oneOf":"anyOf",n]}));if(i){n.oneOf=a}else{n.anyOf=a}};const intersectionProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=(0,o.Lp)(s.left,t,{...r,path:[...r.path,"allOf",0]});const a=(0,o.Lp)(s.right,t,{...r,path:[...r.path,"allOf",1]});const isSimpleIntersection=e=>"allOf"in e&&Object.keys(e).length===1;const c=[...isSimpleIntersection(i)?i.allOf:[i],...isSimpleIntersection(a)?a.allOf:[a]];n.allOf=c;t.intersections.push(c)};const tupleProcessor=(e,t,n,r)=>{const s=n;const i=e._zod.def;s.type="array";const a=t.target==="draft-2020-12"?"prefixItems":"items";const c=t.target==="draft-2020-12"?"items":t.target==="openapi-3.0"?"items":"additionalItems";const l=i.items.map((e,n)=>(0,o.Lp)(e,t,{...r,path:[...r.path,a,n]}));const u=i.rest?(0,o.Lp)(i.rest,t,{...r,path:[...r.path,c,...t.target==="openapi-3.0"?[i.items.length]:[]]}):null;let f=i.items.length;while(f>0){const e=i.items[f-1];const n=t.io==="input"?inputOptin(e)!==undefined:e._zod.optout==="optional";if(!n)break;f--}const d=i.items.length;const h=!i.rest;if(t.target==="draft-2020-12"){s.prefixItems=l;if(h){s.items=false}else if(u){s.items=u}if(f>0)s.minItems=f;if(h)s.maxItems=d}else if(t.target==="openapi-3.0"){s.items={anyOf:l};if(u){s.items.anyOf.push(u)}if(f>0)s.minItems=f;if(h)s.maxItems=d}else{s.items=l;if(h){s.additionalItems=false}else if(u){s.additionalItems=u}if(f>0)s.minItems=f;if(h)s.maxItems=d}const{minimum:p,maximum:m}=aggregateChecks(e);if(typeof p==="number")s.minItems=p;if(typeof m==="number")s.maxItems=m};function stringifyKeyNames(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);const r=e.get(t)?.def;if(!r)return t;const s=stringifyKeyNames(e,r,n);return s===r?t:s}for(const r of["anyOf","oneOf"]){const s=t[r];if(!Array.isArray(s))continue;const o=s.map(t=>stringifyKeyNames(e,t,n));if(o.some((e,t)=>e!==s[t]))t={...t,[r]:o}}const s=Array.isArray(t.type)?t.type:[t.type];const o=!s.includes("string")&&s.some(e=>e==="number"||e==="integer");const i=t.enum??(t.const!==undefined?[t.const]:undefined);if(!o&&!i?.some(e=>typeof e==="number"))return t;const{minimum:a,maximum:c,exclusiveMinimum:l,exclusiveMaximum:u,multipleOf:f,format:d,id:h,...p}=t;if(p.enum)p.enum=p.enum.map(e=>typeof e==="number"?String(e):e);else if(typeof p.const==="number")p.const=String(p.const);if(!o)return p;p.type="string";if(!i)p.pattern=(s.includes("number")?r.ai:r.nd).source;return p}const u=new WeakMap;function rewriteKeyNames(e){const t=new Map;for(const n of e.seen.values()){if(n.def&&!t.has(n.schema))t.set(n.schema,n)}const n=new Map;for(const r of u.get(e)??[]){const s=e.seen.get(r);const o=(s?.def??s?.schema)?.propertyNames;if(!o||o===true||n.has(o))continue;const i=stringifyKeyNames(t,o,new Set);if(i!==o)n.set(o,i)}if(!n.size)return;for(const t of e.seen.values()){for(const e of[t.schema,t.def]){const t=e&&n.get(e.propertyNames);if(t)e.propertyNames=t}}}const recordProcessor=(e,t,n,r)=>{const s=n;const a=e._zod.def;s.type="object";const c=a.keyType;const l=aggregateChecks(c).patterns;if(a.mode==="loose"&&l&&l.size>0){const e=(0,o.Lp)(a.valueType,t,{...r,path:[...r.path,"patternProperties","*"]});s.patternProperties={};for(const t of l){(0,i.Vy)(s.patternProperties,exactPattern(t).source,e)}}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){s.propertyNames=(0,o.Lp)(a.keyType,t,{...r,path:[...r.path,"propertyNames"]});let n=u.get(t);if(!n){n=[];u.set(t,n);t.deferred.push(()=>rewriteKeyNames(t))}n.push(e)}s.additionalProperties=(0,o.Lp)(a.valueType,t,{...r,path:[...r.path,"additionalProperties"]})}const f=c._zod.values;const d=t.io==="input"&&inputOptin(a.valueType)!==undefined;if(f&&!a.partial&&!d){const e=[...f].filter(e=>typeof e==="string"||typeof e==="number");if(e.length>0){s.required=e.map(String)}}};const nullableProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=(0,o.Lp)(s.innerType,t,r);const a=t.seen.get(e);if(t.target==="openapi-3.0"){a.ref=s.innerType;n.nullable=true}else{n.anyOf=[i,{type:"null"}]}};const nonoptionalProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const f=Symbol();function serializeDefaultValue(e,t,n,r,s){let i=false;const a=JSON.stringify(e,(e,t)=>{if(typeof t!=="bigint")return t;i=true;return null});if(!i)return JSON.parse(a);(0,o._S)(t,n,r,s,"BigInt defaults cannot be represented in JSON Schema");return f}const defaultProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;const a=serializeDefaultValue(s.defaultValue,e,t,n,r);if(a!==f)n.default=a};const prefaultProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;if(t.io!=="input")return;const a=serializeDefaultValue(s.defaultValue,e,t,n,r);if(a!==f)n._prefault=a};const catchProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;let a;try{a=s.catchValue(undefined)}catch{(0,o._S)(e,t,n,r,"Dynamic catch values are not supported in JSON Schema");return}n.default=a};const pipeProcessor=(e,t,n,r)=>{const s=e._zod.def;const i=s.in._zod.traits.has("$ZodTransform");const a=t.io==="input"?i?s.out:s.in:s.out;(0,o.Lp)(a,t,r);const c=t.seen.get(e);c.ref=a};const readonlyProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType;n.readOnly=true};const promiseProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const optionalProcessor=(e,t,n,r)=>{const s=e._zod.def;(0,o.Lp)(s.innerType,t,r);const i=t.seen.get(e);i.ref=s.innerType};const lazyProcessor=(e,t,n,r)=>{const s=e._zod.innerType;(0,o.Lp)(s,t,r);const i=t.seen.get(e);i.ref=s};const d={string:stringProcessor,number:numberProcessor,boolean:booleanProcessor,bigint:bigintProcessor,symbol:symbolProcessor,null:nullProcessor,undefined:undefinedProcessor,void:voidProcessor,never:neverProcessor,any:anyProcessor,unknown:unknownProcessor,date:dateProcessor,enum:enumProcessor,literal:literalProcessor,nan:nanProcessor,template_literal:templateLiteralProcessor,file:fileProcessor,success:successProcessor,custom:customProcessor,function:functionProcessor,transform:transformProcessor,map:mapProcessor,set:setProcessor,array:arrayProcessor,object:objectProcessor,union:unionProcessor,intersection:intersectionProcessor,tuple:tupleProcessor,record:recordProcessor,nullable:nullableProcessor,nonoptional:nonoptionalProcessor,default:defaultProcessor,prefault:prefaultProcessor,catch:catchProcessor,pipe:pipeProcessor,readonly:readonlyProcessor,promise:promiseProcessor,optional:optionalProcessor,lazy:lazyProcessor};function toJSONSchema(e,t){if("_idmap"in e){const n=e;const r=(0,o.az)({...t,processors:d});const s={};for(const e of n._idmap.entries()){const[t,n]=e;(0,o.Lp)(n,r)}const a={};const c={registry:n,uri:t?.uri,defs:s};r.external=c;for(const e of n._idmap.entries()){const[t,n]=e;(0,o.Wb)(r,n);(0,i.Vy)(a,t,(0,o.jE)(r,n))}if(Object.keys(s).length>0){const e=r.target==="draft-2020-12"?"$defs":"definitions";a.__shared={[e]:s}}return{schemas:a}}const n=(0,o.az)({...t,processors:d});(0,o.Lp)(e,n);(0,o.Wb)(n,e);return(0,o.jE)(n,e)}},3908:(e,t,n)=>{n.d(t,{AC:()=>H,Ak:()=>c,D2:()=>nanoidOfLength,F:()=>P,Gl:()=>s,K3:()=>O,Os:()=>f,Rp:()=>m,Z0:()=>o,Zg:()=>emoji,Zv:()=>Z,ai:()=>B,ch:()=>q,fO:()=>a,gF:()=>r,gp:()=>j,hQ:()=>T,kB:()=>time,kM:()=>i,l7:()=>A,nd:()=>D,o:()=>F,p0:()=>l,p6:()=>L,r0:()=>N,uR:()=>uuid,uX:()=>k,ug:()=>$,w$:()=>datetime,zM:()=>U,zr:()=>S});const r=/^[cC][0-9a-z]{6,}$/;const s=/^[0-9a-z]+$/;const o=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;const i=/^[0-9a-vA-V]{20}$/;const a=/^[A-Za-z0-9]{27}$/;const c=/^[a-zA-Z0-9_-]{21}$/;function nanoidOfLength(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}const l=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;const u=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;const f=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;const uuid=e=>{if(!e)return/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)};const d=null&&uuid(4);const h=null&&uuid(6);const p=null&&uuid(7);const m=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;const g=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const y=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;const v=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u;const b=null&&v;const w=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const x=`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;function emoji(){return new RegExp(x,"u")}const k=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;const $=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;const mac=e=>{const t=util.escapeRegex(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)};const S=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;const A=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;const O=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;const N=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;const C=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;const E=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;const P=/^https?$/;const T=/^\+[1-9]\d{6,14}$/;const I=/^\d(?:[ -]?\d){11,18}$/;const z=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;const M=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;const R=`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;function anchor(e){return new RegExp(`^${e}$`)}const L=anchor(R);function timeSource(e){const t=`(?:[01]\\d|2[0-3]):[0-5]\\d`;const n=typeof e.precision==="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;return n}function time(e){return new RegExp(`^${timeSource(e)}$`)}function datetime(e){const t=["Z"];if(e.offset)t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);const n=`${timeSource({precision:e.precision,seconds:true})}(?:${t.join("|")})`;const r=e.local?`${n}|${timeSource({precision:e.precision})}`:n;return new RegExp(`^${R}T(?:${r})$`)}const j=/^[\s\S]{0,}$/;const string=e=>{const t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:`[\\s\\S]*`;return new RegExp(`^${t}$`)};const F=/^-?\d+n?$/;const D=/^-?\d+$/;const B=/^-?\d+(?:\.\d+)?$/;const U=/^(?:true|false)$/i;const q=/^null$/i;const V=/^undefined$/i;const H=/^[^A-Z]*$/;const Z=/^[^a-z]*$/;const K=/^[0-9a-fA-F]*$/;function fixedBase64(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function fixedBase64url(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}const G=/^[0-9a-fA-F]{32}$/;const W=null&&fixedBase64(22,"==");const Y=null&&fixedBase64url(22);const J=/^[0-9a-fA-F]{40}$/;const Q=null&&fixedBase64(27,"=");const X=null&&fixedBase64url(27);const ee=/^[0-9a-fA-F]{64}$/;const te=null&&fixedBase64(43,"=");const ne=null&&fixedBase64url(43);const re=/^[0-9a-fA-F]{96}$/;const se=null&&fixedBase64(64,"");const oe=null&&fixedBase64url(64);const ie=/^[0-9a-fA-F]{128}$/;const ae=null&&fixedBase64(86,"==");const ce=null&&fixedBase64url(86)},9396:(e,t,n)=>{n.d(t,{fd:()=>i});var r;const s=null&&Symbol("ZodOutput");const o=null&&Symbol("ZodInput");class $ZodRegistry{constructor(){this._map=new WeakMap;this._idmap=new Map}add(e,...t){const n=t[0];this._map.set(e,n);if(n&&typeof n==="object"&&"id"in n){this._idmap.set(n.id,e)}return this}clear(){this._map=new WeakMap;this._idmap=new Map;return this}remove(e){const t=this._map.get(e);if(t&&typeof t==="object"&&"id"in t){this._idmap.delete(t.id)}this._map.delete(e);return this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const r={...n,...this._map.get(e)};return Object.keys(r).length?r:undefined}return this._map.get(e)}has(e){return this._map.has(e)}}function registry(){return new $ZodRegistry}(r=globalThis).__zod_globalRegistry??(r.__zod_globalRegistry=registry());const i=globalThis.__zod_globalRegistry},6985:(e,t,n)=>{n.d(t,{$p:()=>oe,Dq:()=>L,CQ:()=>F,BN:()=>W,sF:()=>G,CI:()=>z,Cn:()=>M,bl:()=>w,Zu:()=>x,t$:()=>Ne,b0:()=>je,o5:()=>se,rv:()=>$e,P0:()=>fe,Oy:()=>D,qG:()=>h,cG:()=>v,VO:()=>ye,RL:()=>xe,Zc:()=>f,Lc:()=>E,Zy:()=>T,v1:()=>O,Ko:()=>A,$N:()=>C,Ax:()=>N,LJ:()=>de,h8:()=>V,GY:()=>S,kU:()=>Le,nu:()=>ve,Py:()=>b,Um:()=>ne,N$:()=>Ae,x8:()=>X,qc:()=>ke,vz:()=>Z,I:()=>K,w:()=>ce,ig:()=>_e,_m:()=>Ee,VF:()=>Se,Sb:()=>Ie,h:()=>pe,$v:()=>l,EY:()=>u,Wc:()=>we,G3:()=>he,W4:()=>c,g5:()=>k,VY:()=>y,Zn:()=>d,cu:()=>le,GP:()=>te,TF:()=>$,cq:()=>R,xE:()=>j,YK:()=>standardProps});var r=n(4890);var s=n(8532);class Doc{constructor(e=[],t={}){this.content=[];this.indent=0;this.args=e;this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if(typeof e==="function"){e(this,{execution:"sync"});e(this,{execution:"async"});return}const t=e;const n=t.split("\n").filter(e=>e);const r=Math.min(...n.map(e=>e.length-e.trimStart().length));const s=n.map(e=>e.slice(r)).map(e=>" ".repeat(this.indent*2)+e);for(const e of s){this.content.push(e)}}compile(){const e=Function;const t=this?.content??[``];const n=new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`);return n(...Object.values(this.closed))}}var o=n(3908);var i=n(4723);const a={major:4,minor:6,patch:7};const c=s.xI("$ZodType",(e,t)=>{var n;e??(e={});e._zod.def=t;e._zod.bag=e._zod.bag||{};e._zod.version=a;const r=e._zod.def.checks;const o=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(const t of o){for(const n of t._zod.onattach){n(e)}}if(o.length===0){(n=e._zod).deferred??(n.deferred=[]);e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse})}else{const runChecks=(t,n,r)=>{if(t.memo)return t;let o=i.QH(t);let a;for(const c of n){if(c._zod.def.when){if(i.rL(t))continue;const e=c._zod.def.when(t);if(!e)continue}else if(o){continue}const n=t.issues.length;const l=c._zod.check(t);if(l instanceof Promise&&r?.async===false){throw new s.GT}if(a||l instanceof Promise){a=(a??Promise.resolve()).then(async()=>{await l;const r=t.issues.length;if(r===n)return;i.d3(t.issues,n,e);if(!o)o=i.QH(t,n)})}else{const r=t.issues.length;if(r===n)continue;i.d3(t.issues,n,e);if(!o)o=i.QH(t,n)}}if(a){return a.then(()=>t)}return t};const handleCanaryResult=(t,n,r)=>{if(i.QH(t)){t.aborted=true;return t}const a=runChecks(n,o,r);if(a instanceof Promise){if(r.async===false)throw new s.GT;return a.then(t=>e._zod.parse(t,r))}return e._zod.parse(a,r)};e._zod.run=(t,n)=>{if(n.skipChecks){return e._zod.parse(t,n)}if(n.direction==="backward"){const r=e._zod.parse({value:t.value,issues:[]},{...n,skipChecks:true});if(r instanceof Promise){return r.then(e=>handleCanaryResult(e,t,n))}return handleCanaryResult(r,t,n)}const r=e._zod.parse(t,n);if(r instanceof Promise){if(n.async===false)throw new s.GT;return r.then(e=>runChecks(e,o,n))}return runChecks(r,o,n)}}},{get"~standard"(){return i.jD(this,"~standard",standardProps(this))},set"~standard"(e){i.qh(this,"~standard",e)}});const toStandardResult=(e,t)=>e.issues.length?{issues:e.issues.map(e=>i.iR(e,t,s.$W()))}:{value:e.value};async function validateAsync(e,t){const n={async:true};return toStandardResult(await e._zod.run({value:t,issues:[]},n),n)}function standardProps(e){return{validate:t=>{const n={async:false};try{const r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return toStandardResult(r,n)}catch(e){}return validateAsync(e,t)},vendor:"zod",version:1}}const l=s.xI("$ZodString",(e,t)=>{c.init(e,t);e._zod.pattern=t.pattern??o.gp;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch(r){}if(typeof n.value==="string")return n;n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e});return n}});const u=s.xI("$ZodStringFormat",(e,t)=>{r.ql.init(e,t);l.init(e,t)});const f=s.xI("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=o.Os);u.init(e,t)});const d=s.xI("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8};const n=e[t.version];if(n===undefined)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=o.uR(n))}else t.pattern??(t.pattern=o.uR());u.init(e,t)});const h=s.xI("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=o.Rp);u.init(e,t)});const p=1;const m=2;function canParseURL(e){try{if(typeof URL!=="undefined"&&typeof URL.canParse==="function")return URL.canParse(e);new URL(e);return true}catch{return false}}function validateURL(e,t){if(!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)){return canParseURL(e)||m}return parseURLObject(e,t)}function parseURLObject(e,t){if(!t.normalize&&t.protocol?.source===o.F.source&&!/^https?:\/\//i.test(e)){return p}try{if(typeof URL!=="undefined"){const t=URL;if(typeof t.parse==="function")return t.parse(e)??m}return new URL(e)}catch{return m}}const g=/[\t\n\r]/g;function stripTabAndNewline(e){return e.replace(g,"")}function urlHostnameOk(e,t){t.lastIndex=0;return t.test(e.hostname)}function urlProtocolOk(e,t){t.lastIndex=0;return t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}const y=s.xI("$ZodURL",(e,t)=>{u.init(e,t);e._zod.check=n=>{try{const r=n.value.trim();const s=validateURL(r,t);if(s===p){n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort});return}if(s===m){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort});return}if(s===true){n.value=stripTabAndNewline(r);return}if(t.hostname&&!urlHostnameOk(s,t.hostname)){n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort})}if(t.protocol&&!urlProtocolOk(s,t.protocol)){n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort})}n.value=t.normalize?s.href:stripTabAndNewline(r);return}catch(r){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}});const v=s.xI("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=o.Zg());u.init(e,t)});const b=s.xI("$ZodNanoID",(e,t)=>{if(t.length!==undefined&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===undefined?o.Ak:o.D2(t.length));u.init(e,t)});const w=s.xI("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=o.gF);u.init(e,t)});const x=s.xI("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=o.Gl);u.init(e,t)});const k=s.xI("$ZodULID",(e,t)=>{t.pattern??(t.pattern=o.Z0);u.init(e,t)});const $=s.xI("$ZodXID",(e,t)=>{t.pattern??(t.pattern=o.kM);u.init(e,t)});const S=s.xI("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=o.fO);u.init(e,t)});const A=s.xI("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=o.w$(t));u.init(e,t)});const O=s.xI("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=o.p6);u.init(e,t)});const N=s.xI("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=o.kB(t));u.init(e,t)});const C=s.xI("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=o.p0);u.init(e,t)});const E=s.xI("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=o.uX);u.init(e,t)});const P=/^[0-9a-fA-F:.]+$/;function isValidIPv6(e){if(!P.test(e))return false;return canParseURL(`http://[${e}]`)}const T=s.xI("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=o.ug);u.init(e,t);e._zod.check=n=>{if(!isValidIPv6(n.value)){n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}});const I=null&&core.$constructor("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=regexes.mac(t.delimiter));u.init(e,t)});const z=s.xI("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=o.zr);u.init(e,t)});function isValidCIDRv6(e){const t=e.split("/");if(t.length!==2)return false;const[n,r]=t;if(!r)return false;const s=Number(r);if(`${s}`!==r)return false;if(s<0||s>128)return false;return isValidIPv6(n)}const M=s.xI("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=o.l7);u.init(e,t);e._zod.check=n=>{if(!isValidCIDRv6(n.value)){n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}}});function isValidBase64(e){if(e==="")return true;if(/\s/.test(e))return false;if(e.length%4!==0)return false;try{atob(e);return true}catch{return false}}const R=/^[0-9a-zA-Z+/]*={0,2}$/;const L=s.xI("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=R);u.init(e,t);e._zod.check=n=>{if(isValidBase64(n.value))return;n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}});const j=/^[A-Za-z0-9_-]*$/;function isValidBase64URL(e){if(!j.test(e))return false;const t=e.replace(/[-_]/g,e=>e==="-"?"+":"/");const n=t.padEnd(Math.ceil(t.length/4)*4,"=");return isValidBase64(n)}const F=s.xI("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=j);u.init(e,t);e._zod.check=n=>{if(isValidBase64URL(n.value))return;n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}});const D=s.xI("$ZodE164",(e,t)=>{t.pattern??(t.pattern=o.hQ);u.init(e,t)});const B=/[- ]/g;function isLuhnAlgo(e){let t=e.length;let n=1;let r=0;while(t){const s=e.charCodeAt(--t)-48;n^=1;r+=n?[0,2,4,6,8,1,3,5,7,9][s]:s}return r%10===0}function isValidCreditCard(e){if(!regexes.creditCard.test(e))return false;return isLuhnAlgo(e.replace(B,""))}const U=null&&core.$constructor("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=regexes.creditCard);u.init(e,t);e._zod.check=n=>{if(isValidCreditCard(n.value))return;n.issues.push({code:"invalid_format",format:"credit_card",input:n.value,inst:e,continue:!t.abort})}});function isIso7064Mod97(e){let t=0;const n=e.length;for(let r=4;r<n;r++){const n=e.charCodeAt(r);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}for(let n=0;n<4;n++){const r=e.charCodeAt(n);t=(r>=65?t*100+(r-55):t*10+(r-48))%97}return t===1}function isValidIBAN(e){if(!regexes.iban.test(e))return false;return isIso7064Mod97(e)}const q=null&&core.$constructor("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=regexes.iban);u.init(e,t);e._zod.check=n=>{if(isValidIBAN(n.value))return;n.issues.push({code:"invalid_format",format:"iban",input:n.value,inst:e,continue:!t.abort})}});function isValidJWT(e,t=null){try{const n=e.split(".");if(n.length!==3)return false;const[r]=n;if(!r)return false;const s=JSON.parse(atob(r));if("typ"in s&&s?.typ!=="JWT")return false;if(!s.alg)return false;if(t&&(!("alg"in s)||s.alg!==t))return false;return true}catch{return false}}const V=s.xI("$ZodJWT",(e,t)=>{u.init(e,t);e._zod.check=n=>{if(isValidJWT(n.value,t.alg))return;n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}});const H=null&&core.$constructor("$ZodCustomStringFormat",(e,t)=>{u.init(e,t);e._zod.check=n=>{if(t.fn(n.value))return;n.issues.push({code:"invalid_format",format:t.format,input:n.value,inst:e,continue:!t.abort})}});const Z=s.xI("$ZodNumber",(e,t)=>{c.init(e,t);e._zod.pattern=o.ai;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if(typeof s==="number"&&!Number.isNaN(s)&&Number.isFinite(s)){return n}const o=typeof s==="number"?Number.isNaN(s)?"NaN":!Number.isFinite(s)?String(s):undefined:undefined;n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...o?{received:o}:{}});return n}});const K=s.xI("$ZodNumberFormat",(e,t)=>{r.KH.init(e,t);Z.init(e,t)});const G=s.xI("$ZodBoolean",(e,t)=>{c.init(e,t);e._zod.pattern=o.zM;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;if(typeof s==="boolean")return n;n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e});return n}});const W=s.xI("$ZodBigInt",(e,t)=>{c.init(e,t);e._zod.pattern=o.o;e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=BigInt(n.value)}catch(e){}if(typeof n.value==="bigint")return n;n.issues.push({expected:"bigint",code:"invalid_type",input:n.value,inst:e});return n}});const Y=null&&core.$constructor("$ZodBigIntFormat",(e,t)=>{checks.$ZodCheckBigIntFormat.init(e,t);W.init(e,t)});const J=null&&core.$constructor("$ZodSymbol",(e,t)=>{c.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="symbol")return t;t.issues.push({expected:"symbol",code:"invalid_type",input:r,inst:e});return t}});const Q=null&&core.$constructor("$ZodUndefined",(e,t)=>{c.init(e,t);e._zod.pattern=regexes.undefined;e._zod.values=new Set([undefined]);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="undefined")return t;t.issues.push({expected:"undefined",code:"invalid_type",input:r,inst:e});return t}});const X=s.xI("$ZodNull",(e,t)=>{c.init(e,t);e._zod.pattern=o.ch;e._zod.values=new Set([null]);e._zod.parse=(t,n)=>{const r=t.value;if(r===null)return t;t.issues.push({expected:"null",code:"invalid_type",input:r,inst:e});return t}});const ee=null&&core.$constructor("$ZodAny",(e,t)=>{c.init(e,t);e._zod.parse=e=>e});const te=s.xI("$ZodUnknown",(e,t)=>{c.init(e,t);e._zod.parse=e=>e});const ne=s.xI("$ZodNever",(e,t)=>{c.init(e,t);e._zod.parse=(t,n)=>{t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e});return t}});const re=null&&core.$constructor("$ZodVoid",(e,t)=>{c.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(typeof r==="undefined")return t;t.issues.push({expected:"void",code:"invalid_type",input:r,inst:e});return t}});const se=s.xI("$ZodDate",(e,t)=>{c.init(e,t);e._zod.parse=(n,r)=>{if(t.coerce){try{n.value=new Date(n.value)}catch(e){}}const s=n.value;const o=s instanceof Date;const i=o&&!Number.isNaN(s.getTime());if(i)return n;n.issues.push({expected:"date",code:"invalid_type",input:s,...o?{received:"Invalid Date"}:{},inst:e});return n}});function capSize(e,t){const n=i.hi(e._zod.def.checks);if(!n.length)return;const r=Math.min(...n.map(e=>e[0]));const s=e._zod.parse;e._zod.parse=(n,o)=>{const a=t(n.value);if(a>r&&!o?.skipChecks&&o?.direction!=="backward"){for(const[t,r]of i.hi(e._zod.def.checks)){if(a>t&&r._zod.def.when(n)){const t=n.issues.length;r._zod.check(n);n.issues[t].continue=false;i.d3(n.issues,t,e);return n}}}return s(n,o)}}const arraySize=e=>Array.isArray(e)?e.length:-1;const mapSize=e=>e instanceof Map?e.size:-1;const setSize=e=>e instanceof Set?e.size:-1;function handleArrayResult(e,t,n){if(e.issues.length){t.issues.push(...i.lQ(n,e.issues))}t.value[n]=e.value}const oe=s.xI("$ZodArray",(e,t)=>{c.init(e,t);const n=s.cr.memoizer;n?.attach(e);e._zod.parse=(r,s)=>{const o=r.value;if(!Array.isArray(o)){r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e});return r}r.value=n?n.alloc(e,r,Array(o.length),s):Array(o.length);const a=[];const c=s?.abortEarly;for(let e=0;e<o.length;e++){const n=o[e];const l=t.element._zod.run({value:n,issues:[]},s);if(l instanceof Promise){a.push(l.then(t=>handleArrayResult(t,r,e)))}else{handleArrayResult(l,r,e);if(c&&l.issues.length!==0&&i.QH(l))break}}if(a.length){return Promise.all(a).then(()=>r)}return r};capSize(e,arraySize)});function handlePropertyResult(e,t,n,r,s,o){const a=n in r;const c=o==="optional";if(!a&&c&&s==="optional"){return}if(e.issues.length){if(s!==undefined&&c&&!a){return}t.issues.push(...i.lQ(n,e.issues))}if(!a&&s===undefined){if(!e.issues.length){t.issues.push({code:"invalid_type",expected:"nonoptional",input:undefined,path:[n]})}return}if(e.value===undefined){if(a||s==="defaulted"&&!c){t.value[n]=undefined}}else{t.value[n]=e.value}}const ie=[];function normalizeDef(e){const t=Object.keys(e.shape);const n=Object.getOwnPropertySymbols(e.shape);const r=n.length?n:ie;const s=r.length?[...t,...r]:t;for(const t of s){if(!e.shape?.[t]?._zod?.traits?.has("$ZodType")){throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`)}}const o=i.NM(e.shape);return{...e,allKeys:s,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function handleCatchall(e,t,n,r,s,o,a){const c=[];const l=s.keySet;const u=s.catchall._zod;const f=u.def.type;const d=u.optin;const h=u.optout;let p=0;for(const s in t){if(a&&n.issues.length!==p){if(i.QH(n,p))break;p=n.issues.length}if(l.has(s))continue;if(s==="__proto__"){if(f==="never")c.push(s);continue}if(f==="never"){c.push(s);continue}const o=u.run({value:t[s],issues:[]},r);if(o instanceof Promise){e.push(o.then(e=>handlePropertyResult(e,n,s,t,d,h)))}else{handlePropertyResult(o,n,s,t,d,h)}}if(c.length){n.issues.push({code:"unrecognized_keys",keys:c,input:t,inst:o,continue:true})}if(!e.length)return n;return Promise.all(e).then(()=>n)}const ae=s.xI("$ZodObject",(e,t)=>{c.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape");const r=n?.get?n.get.raw:t.shape??{};if(r){const get=()=>{const e={...r};Object.defineProperty(t,"shape",{value:e});get.raw=e;return e};get.raw=r;Object.defineProperty(t,"shape",{get:get})}const o=i.PO(()=>normalizeDef(t));i.v5(e,"propValues",e=>{const t=e.def.shape;const n={};for(const e in t){const r=t[e]._zod;if(r.values){if(!Object.prototype.hasOwnProperty.call(n,e)){i.Vy(n,e,new Set)}for(const t of r.values)n[e].add(t);if(r.optin!==undefined)n[e].add(undefined)}}return n});const a=i.Gv;const l=t.catchall;let u;const f=s.cr.memoizer;f?.attach(e);e._zod.parse=(t,n)=>{u??(u=o.value);const r=t.value;if(!a(r)){t.issues.push({expected:"object",code:"invalid_type",input:r,inst:e});return t}t.value=f?f.alloc(e,t,{},n):{};const s=[];const c=u.shape;const d=n?.abortEarly;let h=t.issues.length;for(const e of u.allKeys){if(d&&t.issues.length!==h){if(i.QH(t,h))break;h=t.issues.length}if(e==="__proto__")continue;const o=c[e];const a=o._zod.optin;const l=o._zod.optout;const u=o._zod.run({value:r[e],issues:[]},n);if(u instanceof Promise){s.push(u.then(n=>handlePropertyResult(n,t,e,r,a,l)))}else{handlePropertyResult(u,t,e,r,a,l)}}if(!l){return s.length?Promise.all(s).then(()=>t):t}return handleCatchall(s,r,t,n,o.value,e,d===true)}});const ce=s.xI("$ZodObjectJIT",(e,t)=>{ae.init(e,t);const n=e._zod.parse;const r=i.PO(()=>normalizeDef(t));const o=s.cr.memoizer;const generateFastpass=t=>{const n=r.value;const s=n.symbolKeys;const a=new Doc(["payload","ctx"],{shape:t,inst:e,memo:o,syms:s});const parseStr=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`;const prefixStr=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;a.write(`const input = payload.value;`);const c=Object.create(null);let l=0;for(const e of n.allKeys){c[e]=`key_${l++}`}a.write(o?`const newResult = memo.alloc(inst, payload, {}, ctx);`:`const newResult = {};`);for(const e of n.allKeys){if(e==="__proto__")continue;const n=c[e];const r=typeof e==="symbol"?`syms[${s.indexOf(e)}]`:i.UQ(e);const o=`${r} in input`;const l=t[e];const u=l?._zod?.optin;const f=u!==undefined;const d=l?._zod?.optout==="optional";a.write(`const ${n} = ${parseStr(r)};`);if(f&&d){const e=u==="optional"?`${n}_present`:`${n}.value !== undefined || ${n}_present`;a.write(`\n        const ${n}_present = ${o};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${prefixStr(n,r)}\n          }\n\n          if (${e}) {\n            newResult[${r}] = ${n}.value;\n          }\n        }\n\n      `)}else if(!f){a.write(`\n        const ${n}_present = ${o};\n        if (${n}.issues.length) {${prefixStr(n,r)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${r}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${r}] = ${n}.value;\n        }\n\n      `)}else{a.write(`\n        if (${n}.issues.length) {${prefixStr(n,r)}\n        }\n      `);if(u==="defaulted"){a.write(`newResult[${r}] = ${n}.value;`)}else{a.write(`\n        if (${n}.value !== undefined || ${o}) {\n          newResult[${r}] = ${n}.value;\n        }\n      `)}}}a.write(`payload.value = newResult;`);a.write(`return payload;`);return a.compile()};let a;const c=i.Gv;const l=!s.cr.jitless;const u=i.hI;const f=l&&u.value;const d=t.catchall;let h;e._zod.parse=(s,o)=>{h??(h=r.value);const i=s.value;if(!c(i)){s.issues.push({expected:"object",code:"invalid_type",input:i,inst:e});return s}if(l&&f&&o?.async===false&&o.jitless!==true){if(!a)a=generateFastpass(t.shape);s=a(s,o);if(!d)return s;return handleCatchall([],i,s,o,h,e,o?.abortEarly===true)}return n(s,o)}});function handleUnionResults(e,t,n,r){for(const n of e){if(n.issues.length===0){t.value=n.value;return t}}const o=e.filter(e=>!i.QH(e));if(o.length===1){t.value=o[0].value;return o[0]}t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>i.iR(e,r,s.$W())))});return t}const le=s.xI("$ZodUnion",(e,t)=>{c.init(e,t);i.v5(e,"optin",e=>e.def.options.some(e=>e._zod.optin==="defaulted")?"defaulted":e.def.options.some(e=>e._zod.optin!==undefined)?"optional":undefined);i.v5(e,"optout",e=>e.def.options.some(e=>e._zod.optout==="optional")?"optional":undefined);i.v5(e,"values",e=>{if(e.def.options.every(e=>e._zod.values)){return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}return undefined});i.v5(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>i.p6(e.source)).join("|")})$`)}return undefined});const n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n){return n(r,s)}let o=false;const i=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise){i.push(t);o=true}else{if(t.issues.length===0)return t;i.push(t)}}if(!o)return handleUnionResults(i,r,e,s);return Promise.all(i).then(t=>handleUnionResults(t,r,e,s))}});function handleExclusiveUnionResults(e,t,n,r){const s=[];for(let t=0;t<e.length;t++){if(e[t].issues.length===0)s.push(t)}if(s.length===1){t.value=e[s[0]].value;return t}if(s.length===0){t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>util.finalizeIssue(e,r,core.config())))})}else{t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:[],inclusive:false,matches:s})}return t}const ue=null&&core.$constructor("$ZodXor",(e,t)=>{le.init(e,t);t.inclusive=false;const n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n){return n(r,s)}let o=false;const i=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise){i.push(t);o=true}else{i.push(t)}}if(!o)return handleExclusiveUnionResults(i,r,e,s);return Promise.all(i).then(t=>handleExclusiveUnionResults(t,r,e,s))}});function getDiscriminatedOption(e,t){const n=e._zod;let r=n.bag.optionsMap;if(!r){r=discriminatorMap(n.def);n.bag.optionsMap=r}const s=r.get(t);if(s===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return s}function discriminatorMap(e){const t=new Map;for(const n of e.options){const r=n._zod.propValues?.[e.discriminator];if(!r||r.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(const e of r){if(t.has(e)){if(e!==undefined)throw new Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else{t.set(e,n)}}}return t}const fe=s.xI("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=false;le.init(e,t);const n=e._zod.parse;i.v5(e,"propValues",e=>{const t={};let n=0;for(const r of e.def.options){const s=r._zod.propValues;if(!s||Object.keys(s).length===0)throw new Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);if(s[e.def.discriminator]?.has(undefined))n++;for(const[e,n]of Object.entries(s)){if(!Object.prototype.hasOwnProperty.call(t,e)){i.Vy(t,e,new Set)}for(const r of n){t[e].add(r)}}}if(!e.def.unionFallback&&n>1)t[e.def.discriminator]?.delete(undefined);return t});t.options.forEach((e,n)=>{const r=i.MO(e._zod.def);if(r&&!Object.prototype.hasOwnProperty.call(r,t.discriminator)){throw new Error(`Invalid discriminated union option at index "${n}"`)}});const r=i.PO(()=>discriminatorMap(t));e._zod.parse=(s,o)=>{const a=s.value;if(!i.Gv(a)){s.issues.push({code:"invalid_type",expected:"object",input:a,inst:e});return s}const c=a?.[t.discriminator];const l=r.value.get(c);if(l&&(c!==undefined||o.direction!=="backward")){return l._zod.run(s,o)}if(t.unionFallback||o.direction==="backward"){return n(s,o)}s.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(e=>r.value.get(e)!==null),input:a,path:[t.discriminator],inst:e});return s}});const de=s.xI("$ZodIntersection",(e,t)=>{c.init(e,t);e._zod.parse=(e,n)=>{const r=e.value;const s=t.left._zod.run({value:r,issues:[]},n);const o=t.right._zod.run({value:r,issues:[]},n);const i=s instanceof Promise||o instanceof Promise;if(i){return Promise.all([s,o]).then(([t,n])=>handleIntersectionResults(e,t,n))}return handleIntersectionResults(e,s,o)}});function mergeValues(e,t){if(e===t){return{valid:true,data:e}}if(e instanceof Date&&t instanceof Date&&+e===+t){return{valid:true,data:e}}if(i.Qd(e)&&i.Qd(t)){const n=Object.keys(t);const r=Object.keys(e).filter(e=>n.indexOf(e)!==-1);const s={...e,...t};if(Object.prototype.hasOwnProperty.call(s,"__proto__"))delete s.__proto__;for(const n of r){if(n==="__proto__")continue;const r=mergeValues(e[n],t[n]);if(!r.valid){return{valid:false,mergeErrorPath:[n,...r.mergeErrorPath]}}s[n]=r.data}return{valid:true,data:s}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length){return{valid:false,mergeErrorPath:[]}}const n=[];for(let r=0;r<e.length;r++){const s=e[r];const o=t[r];const i=mergeValues(s,o);if(!i.valid){return{valid:false,mergeErrorPath:[r,...i.mergeErrorPath]}}n.push(i.data)}return{valid:true,data:n}}return{valid:false,mergeErrorPath:[]}}function handleIntersectionResults(e,t,n){const r=new Map;let s;const o=new Map;const collect=(e,t)=>{let n;if(e.code==="unrecognized_keys"&&!e.path?.length){s??(s=e);n=e.keys}else if(e.code==="invalid_key"&&e.origin==="record"&&e.path?.length===1){const t=String(e.path[0]);if(!o.has(t))o.set(t,e);n=[t]}else{return false}for(const e of n){if(!r.has(e))r.set(e,{});r.get(e)[t]=true}return true};for(const n of t.issues){if(!collect(n,"l"))e.issues.push(n)}for(const t of n.issues){if(!collect(t,"r"))e.issues.push(t)}const a=[...r].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(a.length){const t=s?a.filter(e=>s.keys.includes(e)):[];if(t.length)e.issues.push({...s,keys:t});for(const n of a){if(!t.includes(n)&&o.has(n))e.issues.push(o.get(n))}}const c=mergeValues(t.value,n.value);if(!c.valid){if(i.QH(e))return e;throw new Error(`Unmergable intersection. Error path: `+`${JSON.stringify(c.mergeErrorPath)}`)}e.value=c.data;return e}const he=s.xI("$ZodTuple",(e,t)=>{c.init(e,t);const n=t.items;const r=s.cr.memoizer;r?.attach(e);e._zod.parse=(s,o)=>{const a=s.value;if(!Array.isArray(a)){s.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"});return s}s.value=r?r.alloc(e,s,[],o):[];const c=[];const l=getTupleOptStart(n,"optin");const u=getTupleOptStart(n,"optout");if(!t.rest){if(a.length<l){s.issues.push({code:"too_small",minimum:l,inclusive:true,input:a,inst:e,origin:"array"});return s}if(a.length>n.length){s.issues.push({code:"too_big",maximum:n.length,inclusive:true,input:a,inst:e,origin:"array"})}}const f=new Array(n.length);const d=t.rest?o?.abortEarly:undefined;let h=false;for(let e=0;e<n.length;e++){const t=n[e]._zod.run({value:a[e],issues:[]},o);if(t instanceof Promise){c.push(t.then(t=>{f[e]=t}))}else{f[e]=t;if(d&&!h&&t.issues.length)h=i.QH(t)}}if(t.rest&&!h){let e=n.length-1;const r=a.slice(n.length);let l=s.issues.length;for(const n of r){if(d&&s.issues.length!==l){if(i.QH(s,l))break;l=s.issues.length}e++;const r=t.rest._zod.run({value:n,issues:[]},o);if(r instanceof Promise){c.push(r.then(t=>handleTupleResult(t,s,e)))}else{handleTupleResult(r,s,e)}}}if(c.length){return Promise.all(c).then(()=>handleTupleResults(f,s,n,a,u))}return handleTupleResults(f,s,n,a,u)}});function getTupleOptStart(e,t){for(let n=e.length-1;n>=0;n--){const r=t==="optin"?e[n]._zod.optin!==undefined:e[n]._zod.optout==="optional";if(!r)return n+1}return 0}function handleTupleResult(e,t,n){if(e.issues.length){t.issues.push(...i.lQ(n,e.issues))}t.value[n]=e.value}function handleTupleResults(e,t,n,r,s){for(let o=0;o<n.length;o++){const a=e[o];const c=o<r.length;if(!c&&o>=s&&n[o]._zod.optin==="optional"){t.value.length=o;break}if(a.issues.length){if(!c&&o>=s){t.value.length=o;break}t.issues.push(...i.lQ(o,a.issues))}t.value[o]=a.value}for(let e=t.value.length-1;e>=r.length;e--){if(n[e]._zod.optout==="optional"&&t.value[e]===undefined){t.value.length=e}else{break}}return t}const pe=s.xI("$ZodRecord",(e,t)=>{c.init(e,t);const n=s.cr.memoizer;n?.attach(e);e._zod.parse=(r,a)=>{const c=r.value;if(!i.Qd(c)){r.issues.push({expected:"record",code:"invalid_type",input:c,inst:e});return r}const l=[];const u=t.keyType._zod.values;if(u&&!t.partial){r.value=n?n.alloc(e,r,{},a):{};const o=new Set;for(const n of u){if(typeof n==="string"||typeof n==="number"||typeof n==="symbol"){o.add(typeof n==="number"?n.toString():n);if(n==="__proto__")continue;const u=t.keyType._zod.run({value:n,issues:[]},a);if(u instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(u.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:u.issues.map(e=>i.iR(e,a,s.$W())),input:n,path:[n],inst:e});continue}const f=u.value;if(f==="__proto__")continue;const d=t.valueType._zod.run({value:c[n],issues:[]},a);if(d instanceof Promise){l.push(d.then(e=>{if(e.issues.length){r.issues.push(...i.lQ(n,e.issues))}r.value[f]=e.value}))}else{if(d.issues.length){r.issues.push(...i.lQ(n,d.issues))}r.value[f]=d.value}}}let f;for(const e in c){if(!o.has(e)){if(t.mode==="loose"){if(e==="__proto__")continue;r.value[e]=c[e]}else{f=f??[];f.push(e)}}}if(f&&f.length>0){r.issues.push({code:"unrecognized_keys",input:c,inst:e,keys:f,continue:true})}}else{r.value=n?n.alloc(e,r,{},a):{};let f;for(const n of Reflect.ownKeys(c)){if(n==="__proto__")continue;if(!Object.prototype.propertyIsEnumerable.call(c,n))continue;let d=t.keyType._zod.run({value:n,issues:[]},a);if(d instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}const h=typeof n==="string"&&o.ai.test(n)&&d.issues.length;if(h){const e=t.keyType._zod.run({value:Number(n),issues:[]},a);if(e instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(e.issues.length===0){d=e}}if(d.issues.length){if(t.mode==="loose"){r.value[n]=c[n]}else if(u){f=f??[];f.push(n)}else{r.issues.push({code:"invalid_key",origin:"record",issues:d.issues.map(e=>i.iR(e,a,s.$W())),input:n,path:[n],inst:e})}continue}const p=d.value;if(p==="__proto__")continue;const m=t.valueType._zod.run({value:c[n],issues:[]},a);if(m instanceof Promise){l.push(m.then(e=>{if(e.issues.length){r.issues.push(...i.lQ(n,e.issues))}r.value[p]=e.value}))}else{if(m.issues.length){r.issues.push(...i.lQ(n,m.issues))}r.value[p]=m.value}}if(f&&f.length>0){r.issues.push({code:"unrecognized_keys",input:c,inst:e,keys:f,continue:true})}}if(l.length){return Promise.all(l).then(()=>r)}return r}});const me=null&&core.$constructor("$ZodMap",(e,t)=>{c.init(e,t);const n=core.globalConfig.memoizer;n?.attach(e);e._zod.parse=(r,s)=>{const o=r.value;if(!(o instanceof Map)){r.issues.push({expected:"map",code:"invalid_type",input:o,inst:e});return r}const i=[];r.value=n?n.alloc(e,r,new Map,s):new Map;const a=s?.abortEarly;let c=r.issues.length;for(const[n,l]of o){if(a&&r.issues.length!==c){if(util.aborted(r,c))break;c=r.issues.length}const u=t.keyType._zod.run({value:n,issues:[]},s);const f=t.valueType._zod.run({value:l,issues:[]},s);if(u instanceof Promise||f instanceof Promise){i.push(Promise.all([u,f]).then(([t,i])=>{handleMapResult(t,i,r,n,o,e,s)}))}else{handleMapResult(u,f,r,n,o,e,s)}}if(i.length)return Promise.all(i).then(()=>r);return r};capSize(e,mapSize)});function handleMapResult(e,t,n,r,s,o,i){if(e.issues.length){if(util.propertyKeyTypes.has(typeof r)){n.issues.push(...util.prefixIssues(r,e.issues))}else{n.issues.push({code:"invalid_key",origin:"map",input:s,inst:o,issues:e.issues.map(e=>util.finalizeIssue(e,i,core.config()))})}}if(t.issues.length){if(util.propertyKeyTypes.has(typeof r)){n.issues.push(...util.prefixIssues(r,t.issues))}else{n.issues.push({origin:"map",code:"invalid_element",input:s,inst:o,key:r,issues:t.issues.map(e=>util.finalizeIssue(e,i,core.config()))})}}n.value.set(e.value,t.value)}const ge=null&&core.$constructor("$ZodSet",(e,t)=>{c.init(e,t);const n=core.globalConfig.memoizer;n?.attach(e);e._zod.parse=(r,s)=>{const o=r.value;if(!(o instanceof Set)){r.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"});return r}const i=[];r.value=n?n.alloc(e,r,new Set,s):new Set;const a=s?.abortEarly;let c=r.issues.length;for(const e of o){if(a&&r.issues.length!==c){if(util.aborted(r,c))break;c=r.issues.length}const n=t.valueType._zod.run({value:e,issues:[]},s);if(n instanceof Promise){i.push(n.then(e=>handleSetResult(e,r)))}else handleSetResult(n,r)}if(i.length)return Promise.all(i).then(()=>r);return r};capSize(e,setSize)});function handleSetResult(e,t){if(e.issues.length){t.issues.push(...e.issues)}t.value.add(e.value)}const ye=s.xI("$ZodEnum",(e,t)=>{c.init(e,t);const n=i.w5(t.entries);const r=new Set(n);e._zod.values=r;i.v5(e,"pattern",e=>{const t=i.w5(e.def.entries).filter(e=>i.qQ.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>i.sD(e.toString())).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(t,s)=>{const o=t.value;if(r.has(o)){return t}t.issues.push({code:"invalid_value",values:n,input:o,inst:e});return t}});const ve=s.xI("$ZodLiteral",(e,t)=>{c.init(e,t);const n=new Set(t.values);e._zod.values=n;i.v5(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>typeof e==="string"?i.sD(e):e?i.sD(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(r,s)=>{const o=r.value;if(n.has(o)){return r}r.issues.push({code:"invalid_value",values:t.values,input:o,inst:e});return r}});const be=null&&core.$constructor("$ZodFile",(e,t)=>{c.init(e,t);e._zod.parse=(t,n)=>{const r=t.value;if(r instanceof File)return t;t.issues.push({expected:"file",code:"invalid_type",input:r,inst:e});return t}});const we=s.xI("$ZodTransform",(e,t)=>{c.init(e,t);e._zod.optin="optional";s.cr.memoizer?.guard(e);e._zod.parse=(n,r)=>{if(r.direction==="backward"){throw new s.cV(e.constructor.name)}const o=t.transform(n.value,n);if(r.async){const e=o instanceof Promise?o:Promise.resolve(o);return e.then(e=>{n.value=e;return n})}if(o instanceof Promise){throw new s.GT}n.value=o;return n}});function handleOptionalResult(e,t){e.value=t.issues.length?undefined:t.value;return e}const _e=s.xI("$ZodOptional",(e,t)=>{c.init(e,t);i.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");e._zod.optout="optional";i.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,undefined]):undefined});i.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${i.p6(t.source)})?$`):undefined});e._zod.parse=(e,n)=>{if(e.value===undefined){if(t.innerType._zod.optin!=="defaulted")return e;const r=t.innerType._zod.run({value:e.value,issues:[]},n);if(r instanceof Promise)return r.then(t=>handleOptionalResult(e,t));return handleOptionalResult(e,r)}return t.innerType._zod.run(e,n)}});const xe=s.xI("$ZodExactOptional",(e,t)=>{_e.init(e,t);i.v5(e,"values",e=>e.def.innerType._zod.values);i.v5(e,"pattern",e=>e.def.innerType._zod.pattern);e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)});const ke=s.xI("$ZodNullable",(e,t)=>{c.init(e,t);i.v5(e,"optin",e=>e.def.innerType._zod.optin);i.v5(e,"optout",e=>e.def.innerType._zod.optout);i.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${i.p6(t.source)}|null)$`):undefined});i.v5(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):undefined);e._zod.parse=(e,n)=>{if(e.value===null)return e;return t.innerType._zod.run(e,n)}});const $e=s.xI("$ZodDefault",(e,t)=>{c.init(e,t);e._zod.optin="defaulted";i.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}if(e.value===undefined){e.value=t.defaultValue;return e}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleDefaultResult(e,t))}return handleDefaultResult(r,t)}});function handleDefaultResult(e,t){if(e.value===undefined){e.value=t.defaultValue}return e}const Se=s.xI("$ZodPrefault",(e,t)=>{c.init(e,t);e._zod.optin="defaulted";i.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}if(e.value===undefined){e.value=t.defaultValue}return t.innerType._zod.run(e,n)}});const Ae=s.xI("$ZodNonOptional",(e,t)=>{c.init(e,t);i.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>e!==undefined)):undefined});e._zod.parse=(n,r)=>{const s=t.innerType._zod.run(n,r);if(s instanceof Promise){return s.then(t=>handleNonOptionalResult(t,e))}return handleNonOptionalResult(s,e)}});function handleNonOptionalResult(e,t){if(!e.issues.length&&e.value===undefined){e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t})}return e}const Oe=null&&core.$constructor("$ZodSuccess",(e,t)=>{c.init(e,t);e._zod.parse=(e,n)=>{if(n.direction==="backward"){throw new core.$ZodEncodeError("ZodSuccess")}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(t=>{e.value=t.issues.length===0;return e})}e.value=r.issues.length===0;return e}});function handleCatchResult(e,t,n,r){if(!t.issues.length){e.value=t.value;if(t.memo)e.memo=true;return e}e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>i.iR(e,r,s.$W()))},input:e.value});return e}const Ne=s.xI("$ZodCatch",(e,t)=>{c.init(e,t);i.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");i.v5(e,"optout",e=>e.def.innerType._zod.optout);i.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}const r=t.innerType._zod.run({value:e.value,issues:[]},n);if(r instanceof Promise){return r.then(r=>handleCatchResult(e,r,t,n))}return handleCatchResult(e,r,t,n)}});const Ce=null&&core.$constructor("$ZodNaN",(e,t)=>{c.init(e,t);e._zod.parse=(t,n)=>{if(typeof t.value!=="number"||!Number.isNaN(t.value)){t.issues.push({input:t.value,inst:e,expected:"nan",code:"invalid_type"});return t}return t}});const Ee=s.xI("$ZodPipe",(e,t)=>{c.init(e,t);i.v5(e,"values",e=>e.def.in._zod.values);i.v5(e,"optin",e=>e.def.in._zod.optin);i.v5(e,"optout",e=>e.def.out._zod.optout);i.v5(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,n)=>{if(n.direction==="backward"){const r=t.out._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handlePipeResult(e,t.in,n))}return handlePipeResult(r,t.in,n)}const r=t.in._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handlePipeResult(e,t.out,n))}return handlePipeResult(r,t.out,n)}});function handlePipeResult(e,t,n){if(e.issues.some(e=>e.code!=="unrecognized_keys")){e.aborted=true;return e}return t._zod.run({value:e.value,issues:e.issues},n)}const Pe=null&&core.$constructor("$ZodCodec",(e,t)=>{c.init(e,t);util.defineLazyInternal(e,"values",e=>e.def.in._zod.values);util.defineLazyInternal(e,"optin",e=>e.def.in._zod.optin);util.defineLazyInternal(e,"optout",e=>e.def.out._zod.optout);util.defineLazyInternal(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,n)=>{const r=n.direction||"forward";if(r==="forward"){const r=t.in._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleCodecAResult(e,t,n))}return handleCodecAResult(r,t,n)}else{const r=t.out._zod.run(e,n);if(r instanceof Promise){return r.then(e=>handleCodecAResult(e,t,n))}return handleCodecAResult(r,t,n)}}});function handleCodecAResult(e,t,n){if(e.issues.length){e.aborted=true;return e}const r=n.direction||"forward";if(r==="forward"){const r=t.transform(e.value,e);if(r instanceof Promise){return r.then(r=>handleCodecTxResult(e,r,t.out,n))}return handleCodecTxResult(e,r,t.out,n)}else{const r=t.reverseTransform(e.value,e);if(r instanceof Promise){return r.then(r=>handleCodecTxResult(e,r,t.in,n))}return handleCodecTxResult(e,r,t.in,n)}}function handleCodecTxResult(e,t,n,r){if(e.issues.length){e.aborted=true;return e}return n._zod.run({value:t,issues:e.issues},r)}const Te=null&&core.$constructor("$ZodPreprocess",(e,t)=>{Ee.init(e,t)});const Ie=s.xI("$ZodReadonly",(e,t)=>{c.init(e,t);i.v5(e,"propValues",e=>e.def.innerType._zod.propValues);i.v5(e,"values",e=>e.def.innerType._zod.values);i.v5(e,"optin",e=>e.def.innerType?._zod?.optin);i.v5(e,"optout",e=>e.def.innerType?._zod?.optout);e._zod.parse=(e,n)=>{if(n.direction==="backward"){return t.innerType._zod.run(e,n)}const r=t.innerType._zod.run(e,n);if(r instanceof Promise){return r.then(handleReadonlyResult)}return handleReadonlyResult(r)}});function handleReadonlyResult(e){if(!e.memo)e.value=Object.freeze(e.value);return e}function leafPattern(e){const t=e._zod.def;let n=t.pattern;let r=!!t.format?.includes("int");let s;let o;for(const e of t.checks??[]){const t=e._zod.def;if(t.pattern)n=t.pattern;r||(r=!!t.format?.includes("int"));const i=t.minimum??t.length;const a=t.maximum??t.length;if(i!==undefined&&(s===undefined||i>s))s=i;if(a!==undefined&&(o===undefined||a<o))o=a}if(n)return n.source;if(s!==undefined&&o!==undefined&&s>o)return"(?!)";if(s!==undefined||o!==undefined)return regexes.string({minimum:s,maximum:o}).source;const i=e._zod.pattern;return(r&&i===regexes.number?regexes.integer:i)?.source}function partPattern(e){const t=e._zod.def;const n=e._zod.pattern?.source;const r=t.innerType??e._zod.innerType;if(r){const e=r._zod.pattern?.source;const t=partPattern(r);if(n&&e&&t&&t!==e){return n.replace(util.cleanRegex(e),()=>util.cleanRegex(t))}return n}if(t.options){const e=t.options.map(partPattern);if(e.every(Boolean))return`^(${e.map(e=>util.cleanRegex(e)).join("|")})$`}return leafPattern(e)}const ze=null&&core.$constructor("$ZodTemplateLiteral",(e,t)=>{c.init(e,t);const n=[];for(const e of t.parts){if(typeof e==="object"&&e!==null){const t=partPattern(e);if(!t){throw new Error(`Invalid template literal part, no pattern found: ${[...e._zod.traits].shift()}`)}n.push(util.cleanRegex(t))}else if(e===null||util.primitiveTypes.has(typeof e)){n.push(util.escapeRegex(`${e}`))}else{throw new Error(`Invalid template literal part: ${e}`)}}e._zod.pattern=new RegExp(`^${n.join("")}$`);e._zod.parse=(n,r)=>{if(typeof n.value!=="string"){n.issues.push({input:n.value,inst:e,expected:"string",code:"invalid_type"});return n}e._zod.pattern.lastIndex=0;if(!e._zod.pattern.test(n.value)){n.issues.push({input:n.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source});return n}return n}});const Me=null&&core.$constructor("$ZodFunction",(e,t)=>{c.init(e,t);Object.defineProperty(e,"_def",{value:t});e._zod.def=t;e.implement=t=>{if(typeof t!=="function"){throw new Error("implement() must be called with a function")}return Object.defineProperty(function(...n){const r=e._def.input?parse(e._def.input,n):n;const s=Reflect.apply(t,this,r);if(e._def.output){return parse(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e.implementAsync=t=>{if(typeof t!=="function"){throw new Error("implementAsync() must be called with a function")}return Object.defineProperty(async function(...n){const r=e._def.input?await parseAsync(e._def.input,n):n;const s=await Reflect.apply(t,this,r);if(e._def.output){return await parseAsync(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e._zod.parse=(t,n)=>{if(typeof t.value!=="function"){t.issues.push({code:"invalid_type",expected:"function",input:t.value,inst:e});return t}const r=e._def.output&&e._def.output._zod.def.type==="promise";if(r){t.value=e.implementAsync(t.value)}else{t.value=e.implement(t.value)}return t};e.input=(...t)=>{const n=e.constructor;if(Array.isArray(t[0])){return new n({type:"function",input:new he({type:"tuple",items:t[0],rest:t[1]}),output:e._def.output})}return new n({type:"function",input:t[0],output:e._def.output})};e.output=t=>{const n=e.constructor;return new n({type:"function",input:e._def.input,output:t})};return e});const Re=null&&core.$constructor("$ZodPromise",(e,t)=>{c.init(e,t);e._zod.parse=(e,n)=>Promise.resolve(e.value).then(e=>t.innerType._zod.run({value:e,issues:[]},n))});const Le=s.xI("$ZodLazy",(e,t)=>{c.init(e,t);i.gJ(e._zod,"innerType",()=>{const e=t;if(!e._cachedInner)e._cachedInner=t.getter();return e._cachedInner});i.v5(e,"pattern",e=>e.innerType?._zod?.pattern);i.v5(e,"propValues",e=>e.innerType?._zod?.propValues);i.v5(e,"optin",e=>e.innerType?._zod?.optin??undefined);i.v5(e,"optout",e=>e.innerType?._zod?.optout??undefined);e._zod.parse=(t,n)=>{const r=e._zod.innerType;return r._zod.run(t,n)}});const je=s.xI("$ZodCustom",(e,t)=>{r.QP.init(e,t);c.init(e,t);e._zod.parse=(e,t)=>e;e._zod.check=n=>{const r=n.value;const s=t.fn(r);if(s instanceof Promise){return s.then(t=>handleRefineResult(t,n,r,e))}handleRefineResult(s,n,r,e);return}});function handleRefineResult(e,t,n,r){if(!e){const e={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};if(r._zod.def.params)e.params=r._zod.def.params;t.issues.push(i.sn(e))}}},7509:(e,t,n)=>{n.d(t,{Lp:()=>processSchema,OA:()=>createToJSONSchemaMethod,Wb:()=>extractDefs,_S:()=>handleUnrepresentable,az:()=>initializeContext,jE:()=>finalize,uE:()=>createStandardJSONSchemaMethod});var r=n(9396);var s=n(4723);function assignProps(e,...t){for(const n of t){for(const t of Reflect.ownKeys(n)){if(Object.prototype.propertyIsEnumerable.call(n,t)){(0,s.Vy)(e,t,n[t])}}}return e}function initializeContext(e){let t=e?.target??"draft-2020-12";if(t==="draft-4")t="draft-04";if(t==="draft-7")t="draft-07";return{processors:e.processors??{},metadataRegistry:e?.metadata??r.fd,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:undefined,sharedEmitDoneFor:undefined,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??undefined}}function handleUnrepresentable(e,t,n,r,s){const o=typeof t.unrepresentable==="function"?t.unrepresentable({zodSchema:e,path:r.path,message:s}):t.unrepresentable;if(o==="any")return false;if(o===undefined||o==="throw")throw new Error(s);Object.assign(n,o);return true}function processSchema(e,t,n={path:[],schemaPath:[]}){var r;const s=e._zod.def;const o=t.seen.get(e);if(o){o.count++;const t=n.schemaPath.includes(e);if(t){o.cycle=n.path}return o.schema}const i={schema:{},count:1,cycle:undefined,path:n.path};t.seen.set(e,i);t.sharedDefsExtractedFor=undefined;t.sharedEmitDoneFor=undefined;const a=e._zod.toJSONSchema?.();if(a){i.schema=a}else{const r={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema){e._zod.processJSONSchema(t,i.schema,r)}else{const n=i.schema;const o=t.processors[s.type];if(!o){throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`)}o(e,t,n,r)}const o=e._zod.parent;if(o){if(!i.ref)i.ref=o;processSchema(o,t,r);t.seen.get(o).isParent=true}}const c=t.metadataRegistry.get(e);if(c)assignProps(i.schema,c);if(t.io==="input"&&isTransforming(e)){delete i.schema.examples;delete i.schema.default}if(t.io==="input"&&"_prefault"in i.schema)(r=i.schema).default??(r.default=i.schema._prefault);delete i.schema._prefault;const l=t.seen.get(e);return l.schema}function encodeJSONPointerSegment(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function extractDefs(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const r=new Map;for(const t of e.seen.entries()){const n=e.metadataRegistry.get(t[0])?.id;if(n){const e=r.get(n);if(e&&e!==t[0]){throw new Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`)}r.set(n,t[0])}}const makeURI=t=>{const r=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){const n=e.external.registry.get(t[0])?.id;const s=e.external.uri??(e=>e);if(n){return{ref:s(n)}}const o=t[1].defId??t[1].schema.id??`schema${e.counter++}`;t[1].defId=o;return{defId:o,ref:`${s("__shared")}#/${r}/${encodeJSONPointerSegment(o)}`}}const s=`#`;const o=`${s}/${r}/`;if(t[1]===n&&!t[1].schema.id){return{ref:s}}const i=t[1].schema.id??`__schema${e.counter++}`;return{defId:i,ref:o+encodeJSONPointerSegment(i)}};const extractToDef=e=>{if(e[1].schema.$ref){return}const t=e[1];const{ref:n,defId:r}=makeURI(e);t.def={...t.schema};if(r)t.defId=r;const s=t.schema;for(const e in s){delete s[e]}s.$ref=n};if(e.cycles==="throw"){for(const t of e.seen.entries()){const e=t[1];if(e.cycle){throw new Error("Cycle detected: "+`#/${e.cycle?.join("/")}/<root>`+'\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.')}}}for(const n of e.seen.entries()){const r=n[1];if(t===n[0]){extractToDef(n);continue}if(e.external){const r=e.external.registry.get(n[0])?.id;if(t!==n[0]&&r){extractToDef(n);continue}}const s=e.metadataRegistry.get(n[0])?.id;if(s){extractToDef(n);continue}if(r.cycle){extractToDef(n);continue}if(r.count>1){if(e.reused==="ref"){extractToDef(n)}}}if(e.external)e.sharedDefsExtractedFor=e.external}function compactTypeUnion(e){const t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==undefined)return;const n=[];for(const e of t){if(!e||typeof e!=="object")return;compactTypeUnion(e);const t=Object.keys(e);if(t.length!==1||t[0]!=="type")return;const r=e.type;for(const e of Array.isArray(r)?r:[r]){if(typeof e!=="string")return;if(!n.includes(e))n.push(e)}}delete e.anyOf;e.type=n.length===1?n[0]:n}const o=new Set(["type","properties","required","additionalProperties"]);const i=["oneOf","anyOf"];function undeclaredConstraint(e){const t=e.additionalProperties;if(t===undefined||t===false||typeof t!=="object"||t===null)return null;return Object.keys(t).length?t:null}function foldObjects(e){const t=[];for(const n of e){if(typeof n!=="object"||n.type!=="object")return null;for(const e in n){if(!o.has(e))return null}t.push(n)}const n={};const r=new Set;for(const e of t){for(const r in e.properties){if(Object.prototype.hasOwnProperty.call(n,r))continue;const e=[];for(const n of t){const t=n.properties?.[r]??undeclaredConstraint(n);if(t===null||t===undefined)continue;if(!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}const o=e.length===1?e[0]:foldObjects(e)??{allOf:e};(0,s.Vy)(n,r,o)}for(const t of e.required??[])r.add(t)}const i={type:"object",properties:n};if(r.size)i.required=[...r];if(t.every(e=>e.additionalProperties===false)){i.additionalProperties=false}else{const e=[];for(const n of t){const t=undeclaredConstraint(n);if(t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}if(e.length===1)i.additionalProperties=e[0];else if(e.length>1)i.additionalProperties={allOf:e}}return i}function foldIntersection(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of o)if(t in e)return;const n=t.filter(e=>i.some(t=>Array.isArray(e[t])));let r=null;if(!n.length){r=foldObjects(t)}else{const e=n[0];const s=i.find(t=>Array.isArray(e[t]));if(Object.keys(e).length!==1)return;const o=t.filter(t=>t!==e);const a=e[s].map(e=>foldObjects([...o,e]));if(a.some(e=>!e))return;r={[s]:a}}if(!r)return;delete e.allOf;assignProps(e,r)}function finalize(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");const flattenRef=t=>{const n=e.seen.get(t);if(n.ref===null)return;const r=n.def??n.schema;const s={...r};const o=n.ref;n.ref=null;if(o){flattenRef(o);const n=e.seen.get(o);const i=n.schema;if(i.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")){r.allOf=r.allOf??[];r.allOf.push(i)}else{assignProps(r,i)}assignProps(r,s);const a=t._zod.parent===o;if(a){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(!(e in s)){delete r[e]}}}if(i.$ref&&n.def){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(e in n.def&&JSON.stringify(r[e])===JSON.stringify(n.def[e])){delete r[e]}}}}const i=t._zod.parent;if(i&&i!==o){flattenRef(i);const t=e.seen.get(i);if(t?.schema.$ref){r.$ref=t.schema.$ref;if(t.def){for(const e in r){if(e==="$ref"||e==="allOf")continue;if(e in t.def&&JSON.stringify(r[e])===JSON.stringify(t.def[e])){delete r[e]}}}}}e.override({zodSchema:t,jsonSchema:r,path:n.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse()){flattenRef(t[0])}if(e.target!=="openapi-3.0"){for(const t of e.seen.entries()){compactTypeUnion(t[1].def??t[1].schema)}}for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const n of e.seen.values()){for(const e of[n.schema,n.def]){const n=e?.allOf;if(!Array.isArray(n))continue;const r=t.get(n);if(r)r.push(e);else t.set(n,[e])}}for(const n of e.intersections){for(const e of t.get(n)??[])foldIntersection(e)}}}const r={};if(e.target==="draft-2020-12"){r.$schema="https://json-schema.org/draft/2020-12/schema"}else if(e.target==="draft-07"){r.$schema="http://json-schema.org/draft-07/schema#"}else if(e.target==="draft-04"){r.$schema="http://json-schema.org/draft-04/schema#"}else if(e.target==="openapi-3.0"){}else{}if(e.external?.uri){const n=e.external.registry.get(t)?.id;if(!n)throw new Error("Schema is missing an `id` property");r.$id=e.external.uri(n)}assignProps(r,n.defId?n.schema:n.def??n.schema);const o=e.metadataRegistry.get(t)?.id;if(o!==undefined&&r.id===o)delete r.id;const i=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of e.seen.entries()){const e=t[1];if(e.def&&e.defId){if(e.def.id===e.defId)delete e.def.id;(0,s.Vy)(i,e.defId,e.def)}}}if(e.external)e.sharedEmitDoneFor=e.external;if(e.external){}else{if(Object.keys(i).length>0){if(e.target==="draft-2020-12"){r.$defs=i}else{r.definitions=i}}}try{const n=JSON.parse(JSON.stringify(r));Object.defineProperty(n,"~standard",{value:{...t["~standard"],jsonSchema:{input:createStandardJSONSchemaMethod(t,"input",e.processors),output:createStandardJSONSchemaMethod(t,"output",e.processors)}},enumerable:false,writable:false});return n}catch(e){throw new Error("Error converting schema to JSON.")}}function isTransforming(e,t){const n=t??{seen:new Set};if(n.seen.has(e))return false;n.seen.add(e);const r=e._zod.def;if(r.type==="transform")return true;if(r.type==="array")return isTransforming(r.element,n);if(r.type==="set")return isTransforming(r.valueType,n);if(r.type==="lazy")return isTransforming(r.getter(),n);if(r.type==="promise"||r.type==="optional"||r.type==="nonoptional"||r.type==="nullable"||r.type==="readonly"||r.type==="default"||r.type==="prefault"||r.type==="catch"){return isTransforming(r.innerType,n)}if(r.type==="intersection"){return isTransforming(r.left,n)||isTransforming(r.right,n)}if(r.type==="record"||r.type==="map"){return isTransforming(r.keyType,n)||isTransforming(r.valueType,n)}if(r.type==="pipe"){if(e._zod.traits.has("$ZodCodec"))return true;return isTransforming(r.in,n)||isTransforming(r.out,n)}if(r.type==="object"){for(const e in r.shape){if(isTransforming(r.shape[e],n))return true}return false}if(r.type==="union"){for(const e of r.options){if(isTransforming(e,n))return true}return false}if(r.type==="tuple"){for(const e of r.items){if(isTransforming(e,n))return true}if(r.rest&&isTransforming(r.rest,n))return true;return false}return false}const createToJSONSchemaMethod=(e,t={})=>n=>{const r=initializeContext({...n,processors:t});processSchema(e,r);extractDefs(r,e);return finalize(r,e)};const createStandardJSONSchemaMethod=(e,t,n={})=>r=>{const{libraryOptions:s,target:o}=r??{};const i=initializeContext({...s??{},target:o,io:t,processors:n});processSchema(e,i);extractDefs(i,e);return finalize(i,e)}},4723:(e,t,n)=>{n.d(t,{A2:()=>normalizeParams,B7:()=>stringifyPrimitive,GW:()=>parsedType,Gv:()=>isObject,LG:()=>floatSafeRemainder,MO:()=>rawShape,NM:()=>optionalKeys,NR:()=>u,O7:()=>codePointLength,OH:()=>partial,PO:()=>cached,QH:()=>aborted,Qd:()=>isPlainObject,Rc:()=>getLengthableOrigin,SS:()=>constantCatch,UQ:()=>esc,Up:()=>pick,Vy:()=>assignProp,W0:()=>safeExtend,X:()=>installLazyProp,X$:()=>extend,Yv:()=>slugify,cJ:()=>omit,cl:()=>nullish,d3:()=>attachSchema,gJ:()=>defineLazy,gx:()=>o,h1:()=>merge,hI:()=>i,hi:()=>sizeCaps,iR:()=>finalizeIssue,jD:()=>hide,jw:()=>joinValues,k8:()=>jsonStringifyReplacer,lQ:()=>prefixIssues,mw:()=>required,o8:()=>clone,ol:()=>members,p6:()=>cleanRegex,qQ:()=>a,qh:()=>own,rL:()=>explicitlyAborted,sD:()=>escapeRegex,sn:()=>issue,un:()=>derived,v5:()=>defineLazyInternal,w5:()=>getEnumValues,yG:()=>shallowClone,zH:()=>l,zM:()=>mergeDefs});var r=n(8532);function assertEqual(e){return e}function assertNotEqual(e){return e}function toZod(){return e=>e}function assertIs(e){}function assertNever(e){throw new Error("Unexpected value in exhaustive check")}function assert(e){}function getEnumValues(e){const t=Object.values(e).filter(e=>typeof e==="number");const n=Object.entries(e).filter(([e,n])=>t.indexOf(+e)===-1).map(([e,t])=>t);return n}function joinValues(e,t="|"){return e.map(e=>stringifyPrimitive(e)).join(t)}function jsonStringifyReplacer(e,t){if(typeof t==="bigint")return t.toString();return t}class Cached{constructor(e){this._getter=e;this._value=undefined}get value(){const e=this._getter;if(e!==undefined){this._value=e();this._getter=undefined}return this._value}}function cached(e){return new Cached(e)}function nullish(e){return e===null||e===undefined}function cleanRegex(e){const t=e.startsWith("^")?1:0;const n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function floatSafeRemainder(e,t){const n=e/t;const r=Math.round(n);const s=4*Number.EPSILON*Math.max(Math.abs(n),1);if(Math.abs(n-r)<s)return 0;return n-r}const s=Symbol("evaluating");function defineLazy(e,t,n){let r=undefined;Object.defineProperty(e,t,{get(){if(r===s){return undefined}if(r===undefined){r=s;r=n()}return r},set(n){Object.defineProperty(e,t,{value:n})},configurable:true})}function objectClone(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function assignProp(e,t,n){Object.defineProperty(e,t,{value:n,writable:true,enumerable:true,configurable:true})}function rawShape(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function sourceShape(e){return rawShape(e._zod.def)??e._zod.def.shape}function deferProp(e,t,n){Object.defineProperty(e,t,{get(){const e=n();assignProp(this,t,e);return e},enumerable:true,configurable:true})}function putProp(e,t,n){if(t in e)assignProp(e,t,n);else e[t]=n}function mirrorShape(e,t,n,r){const s=sourceShape(t);for(const o of n){const n=Object.getOwnPropertyDescriptor(s,o);if(!n.enumerable)continue;if(n.get){deferProp(e,o,()=>{const e=t._zod.def.shape[o];return r?r(e,o):e})}else putProp(e,o,r?r(n.value,o):n.value)}}function mirrorProps(e,t){for(const n of Reflect.ownKeys(t)){const r=Object.getOwnPropertyDescriptor(t,n);if(!r.enumerable)continue;if(r.get)deferProp(e,n,()=>t[n]);else putProp(e,n,r.value)}}function mergeDefs(...e){const t={};for(const n of e){const e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function cloneDef(e){return mergeDefs(e._zod.def)}function getElementAtPath(e,t){if(!t)return e;return t.reduce((e,t)=>e?.[t],e)}function promiseAllObject(e){const t=Object.keys(e);const n=t.map(t=>e[t]);return Promise.all(n).then(e=>{const n={};for(let r=0;r<t.length;r++){n[t[r]]=e[r]}return n})}function randomString(e=10){const t="abcdefghijklmnopqrstuvwxyz";let n="";for(let r=0;r<e;r++){n+=t[Math.floor(Math.random()*t.length)]}return n}function esc(e){return JSON.stringify(e)}function slugify(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}const o="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function isObject(e){return typeof e==="object"&&e!==null&&!Array.isArray(e)}const i=cached(()=>{if(r.cr.jitless){return false}if(typeof navigator!=="undefined"&&navigator?.userAgent?.includes("Cloudflare")){return false}try{const e=Function;new e("");return true}catch(e){return false}});function isPlainObject(e){if(isObject(e)===false)return false;const t=e.constructor;if(t===undefined)return true;if(typeof t!=="function")return true;const n=t.prototype;if(isObject(n)===false)return false;if(Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===false){return false}return true}function shallowClone(e){if(isPlainObject(e))return{...e};if(Array.isArray(e))return[...e];if(e instanceof Map)return new Map(e);if(e instanceof Set)return new Set(e);return e}function numKeys(e){let t=0;for(const n in e){if(Object.prototype.hasOwnProperty.call(e,n)){t++}}return t}const getParsedType=e=>{const t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":if(Array.isArray(e)){return"array"}if(e===null){return"null"}if(e.then&&typeof e.then==="function"&&e.catch&&typeof e.catch==="function"){return"promise"}if(typeof Map!=="undefined"&&e instanceof Map){return"map"}if(typeof Set!=="undefined"&&e instanceof Set){return"set"}if(typeof Date!=="undefined"&&e instanceof Date){return"date"}if(typeof File!=="undefined"&&e instanceof File){return"file"}return"object";default:throw new Error(`Unknown data type: ${t}`)}};const a=new Set(["string","number","symbol"]);const c=new Set(["string","number","bigint","boolean","symbol","undefined"]);function escapeRegex(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function clone(e,t,n){const r=new e._zod.constr(t??e._zod.def);if(!t||n?.parent)r._zod.parent=e;return r}function normalizeParams(e){const t=e;if(!t)return{};if(typeof t==="string")return{error:()=>t};if(t?.message!==undefined){if(t?.error!==undefined)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}delete t.message;if(typeof t.error==="string")return{...t,error:()=>t.error};return t}function createTransparentProxy(e){let t;return new Proxy({},{get(n,r,s){t??(t=e());return Reflect.get(t,r,s)},set(n,r,s,o){t??(t=e());return Reflect.set(t,r,s,o)},has(n,r){t??(t=e());return Reflect.has(t,r)},deleteProperty(n,r){t??(t=e());return Reflect.deleteProperty(t,r)},ownKeys(n){t??(t=e());return Reflect.ownKeys(t)},getOwnPropertyDescriptor(n,r){t??(t=e());return Reflect.getOwnPropertyDescriptor(t,r)},defineProperty(n,r,s){t??(t=e());return Reflect.defineProperty(t,r,s)}})}function stringifyPrimitive(e){if(typeof e==="bigint")return e.toString()+"n";if(typeof e==="string")return`"${e}"`;return`${e}`}function optionalKeys(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==undefined&&e[t]._zod.optout==="optional")}const l=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))();const u={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function pick(e,t){const n=e._zod.def;const r=n.checks;const s=r&&r.length>0;if(s){throw new Error(".pick() cannot be used on object schemas containing refinements")}const o={};mirrorShape(o,e,maskedKeys(e,t));return clone(e,mergeDefs(n,{shape:o,checks:[]}))}function maskedKeys(e,t){const n=sourceShape(e);const r=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable){throw new Error(`Unrecognized key: "${String(e)}"`)}if(t[e])r.push(e)}return r}function omit(e,t){const n=e._zod.def;const r=n.checks;const s=r&&r.length>0;if(s){throw new Error(".omit() cannot be used on object schemas containing refinements")}const o=new Set(maskedKeys(e,t));const i={};mirrorShape(i,e,Reflect.ownKeys(sourceShape(e)).filter(e=>!o.has(e)));return clone(e,mergeDefs(n,{shape:i,checks:[]}))}function extend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to extend: expected a plain object")}const n=e._zod.def.checks;const r=n&&n.length>0;if(r){const n=sourceShape(e);for(const e of Reflect.ownKeys(t)){if(Object.getOwnPropertyDescriptor(n,e)!==undefined){throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}}}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function extended(e,t){const n={};mirrorShape(n,e,Reflect.ownKeys(sourceShape(e)));mirrorProps(n,t);return n}function safeExtend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to safeExtend: expected a plain object")}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function merge(e,t){if(!t?._zod?.def){throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.")}if(e._zod.def.checks?.length){throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.")}const n={};mirrorShape(n,e,Reflect.ownKeys(sourceShape(e)));mirrorShape(n,t,Reflect.ownKeys(sourceShape(t)));const r=mergeDefs(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return clone(e,r)}function partial(e,t,n,r="partial"){const s=t._zod.def;const o=s.checks;const i=o&&o.length>0;if(i){throw new Error(`.${r}() cannot be used on object schemas containing refinements`)}const a=n?new Set(maskedKeys(t,n)):undefined;const c={};mirrorShape(c,t,Reflect.ownKeys(sourceShape(t)),e&&((t,n)=>a&&!a.has(n)?t:new e({type:"optional",innerType:t})));return clone(t,mergeDefs(t._zod.def,{shape:c,checks:[]}))}function required(e,t,n){const r=n?new Set(maskedKeys(t,n)):undefined;const s={};mirrorShape(s,t,Reflect.ownKeys(sourceShape(t)),(t,n)=>r&&!r.has(n)?t:new e({type:"nonoptional",innerType:t}));return clone(t,mergeDefs(t._zod.def,{shape:s}))}function aborted(e,t=0){if(e.aborted===true)return true;for(let n=t;n<e.issues.length;n++){if(e.issues[n]?.continue!==true){return true}}return false}function explicitlyAborted(e,t=0){if(e.aborted===true)return true;for(let n=t;n<e.issues.length;n++){if(e.issues[n]?.continue===false){return true}}return false}function prefixIssues(e,t){return t.map(t=>{var n;(n=t).path??(n.path=[]);t.path.unshift(e);return t})}function unwrapMessage(e){return typeof e==="string"?e:e?.message}function sizeCaps(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const r=e.maximum??e.length??e.size;if(r>=0)t.push([r,n])}return t}function attachSchema(e,t,n){var r;for(let s=t;s<e.length;s++){(r=e[s]).schema??(r.schema=n)}}function finalizeIssue(e,t,n){var r;const s=e.inst?._zod?.traits;if(s?.has("$ZodType")){if(s.has("$ZodCheck"))(r=e).schema??(r.schema=e.inst);else e.schema=e.inst}const o=e.schema!==e.inst?e.schema?._zod.def?.error:undefined;const i=e.message?e.message:unwrapMessage(e.inst?._zod.def?.error?.(e))??unwrapMessage(o?.(e))??unwrapMessage(t?.error?.(e))??unwrapMessage(n.customError?.(e))??unwrapMessage(n.localeError?.(e))??"Invalid input";const a={};for(const t of Object.keys(e)){if(t==="inst"||t==="schema"||t==="continue"||t==="input"||t==="__proto__")continue;a[t]=e[t]}a.path??(a.path=[]);a.message=i;if(t?.reportInput){a.input=e.input}return a}function getSizableOrigin(e){if(e instanceof Set)return"set";if(e instanceof Map)return"map";if(e instanceof File)return"file";return"unknown"}const f=/[\uD800-\uDBFF]/;function codePointLength(e){const t=e.length;if(!f.test(e))return t;let n=t;for(let r=0;r<t-1;r++){if((e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320){n--;r++}}return n}function getLengthableOrigin(e){if(Array.isArray(e))return"array";if(typeof e==="string")return"string";return"unknown"}function parsedType(e){const t=typeof e;switch(t){case"number":{return Number.isNaN(e)?"nan":"number"}case"object":{if(e===null){return"null"}if(Array.isArray(e)){return"array"}const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor){return t.constructor.name}}}return t}function issue(...e){const[t,n,r]=e;if(typeof t==="string"){return{message:t,code:"custom",input:n,inst:r}}return{...t}}function cleanEnum(e){return Object.entries(e).filter(([e,t])=>Number.isNaN(Number.parseInt(e,10))).map(e=>e[1])}function base64ToUint8Array(e){const t=atob(e);const n=new Uint8Array(t.length);for(let e=0;e<t.length;e++){n[e]=t.charCodeAt(e)}return n}function uint8ArrayToBase64(e){let t="";for(let n=0;n<e.length;n++){t+=String.fromCharCode(e[n])}return btoa(t)}function base64urlToUint8Array(e){const t=e.replace(/-/g,"+").replace(/_/g,"/");const n="=".repeat((4-t.length%4)%4);return base64ToUint8Array(t+n)}function uint8ArrayToBase64url(e){return uint8ArrayToBase64(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function hexToUint8Array(e){const t=e.replace(/^0x/,"");if(t.length%2!==0){throw new Error("Invalid hex string length")}const n=new Uint8Array(t.length/2);for(let e=0;e<t.length;e+=2){n[e/2]=Number.parseInt(t.slice(e,e+2),16)}return n}function uint8ArrayToHex(e){return Array.from(e).map(e=>e.toString(16).padStart(2,"0")).join("")}class Class{constructor(...e){}}function members(e,t){for(const n in t){const r=Object.getOwnPropertyDescriptor(t,n);if(r.get)Object.defineProperty(e,n,{...r,enumerable:false});else defineBound(e,n,r.value)}}function own(e,t,n,r=true){Object.defineProperty(e,t,{configurable:true,writable:true,enumerable:r,value:n});return n}function hide(e,t,n){return own(e,t,n,false)}function derived(e,t){for(const n in e){const r=e[n];Object.defineProperty(t,n,{configurable:true,enumerable:true,get(){return own(this,n,r(this))},set(e){own(this,n,e)}})}return t}function defineBound(e,t,n){Object.defineProperty(e,t,{configurable:true,get(){return this==null?n:own(this,t,n.bind(this))},set(e){own(this,t,e)}})}function claim(e,t){const n=Object.getPrototypeOf(e);return t in n?undefined:n}let d;let h=false;const p={configurable:true,get(){h=true;return undefined}};function defineLazyInternal(e,t,n){const r=Object.getPrototypeOf(e._zod);if(t in r&&d!==e._zod){d=undefined;return}d=e._zod;Object.defineProperty(r,t,{configurable:true,get(){Object.defineProperty(this,t,p);const e=h;h=false;try{const r=n(this);if(h)delete this[t];else Object.defineProperty(this,t,{configurable:true,writable:true,value:r});h=h||e;return r}catch(n){delete this[t];h=h||e;throw n}},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,value:e})}})}function installLazyProp(e,t,n,r){const s=claim(e,t);if(!s)return;Object.defineProperty(s,t,{configurable:true,get(){const e={configurable:true,writable:true,enumerable:r,value:undefined};Object.defineProperty(this,t,e);e.value=n(this);Object.defineProperty(this,t,e);return e.value},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,enumerable:r,value:e})}})}const m="~constantCatch";function constantCatch(e){const fn=()=>e;fn[m]=true;return fn}}};var n={};function __nccwpck_require__(e){var r=n[e];if(r!==undefined){return r.exports}var s=n[e]={exports:{}};var o=true;try{t[e].call(s.exports,s,s.exports,__nccwpck_require__);o=false}finally{if(o)delete n[e]}return s.exports}__nccwpck_require__.m=t;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var n=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=r=>r.map(r=>{if(r!==null&&typeof r==="object"){if(r[e])return r;if(r.then){var s=[];s.d=0;r.then(e=>{o[t]=e;resolveQueue(s)},e=>{o[n]=e;resolveQueue(s)});var o={};o[e]=e=>e(s);return o}}var i={};i[e]=e=>{};i[t]=r;return i});__nccwpck_require__.a=(r,s,o)=>{var i;o&&((i=[]).d=-1);var a=new Set;var c=r.exports;var l;var u;var f;var d=new Promise((e,t)=>{f=t;u=e});d[t]=c;d[e]=e=>(i&&e(i),a.forEach(e),d["catch"](e=>{}));r.exports=d;s(r=>{l=wrapDeps(r);var s;var getResult=()=>l.map(e=>{if(e[n])throw e[n];return e[t]});var o=new Promise(t=>{s=()=>t(getResult);s.r=0;var fnQueue=e=>e!==i&&!a.has(e)&&(a.add(e),e&&!e.d&&(s.r++,e.push(s)));l.map(t=>t[e](fnQueue))});return s.r?o:getResult()},e=>(e?f(d[n]=e):u(c),resolveQueue(i)));i&&i.d<0&&(i.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{var e=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__;var t;__nccwpck_require__.t=function(n,r){if(r&1)n=this(n);if(r&8)return n;if(typeof n==="object"&&n){if(r&4&&n.__esModule)return n;if(r&16&&typeof n.then==="function")return n}var s=Object.create(null);__nccwpck_require__.r(s);var o={};t=t||[null,e({}),e([]),e(e)];for(var i=r&2&&n;typeof i=="object"&&!~t.indexOf(i);i=e(i)){Object.getOwnPropertyNames(i).forEach(e=>o[e]=()=>n[e])}o["default"]=()=>n;__nccwpck_require__.d(s,o);return s}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)){Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=e=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((t,n)=>{__nccwpck_require__.f[n](e,t);return t},[]))})();(()=>{__nccwpck_require__.u=e=>""+e+".index.js"})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();(()=>{var e={792:0};var installChunk=t=>{var{ids:n,modules:r,runtime:s}=t;var o,i,a=0;for(o in r){if(__nccwpck_require__.o(r,o)){__nccwpck_require__.m[o]=r[o]}}if(s)s(__nccwpck_require__);for(;a<n.length;a++){i=n[a];if(__nccwpck_require__.o(e,i)&&e[i]){e[i][0]()}e[n[a]]=0}};__nccwpck_require__.f.j=(t,n)=>{var r=__nccwpck_require__.o(e,t)?e[t]:undefined;if(r!==0){if(r){n.push(r[1])}else{if(true){var s=import("./"+__nccwpck_require__.u(t)).then(installChunk,n=>{if(e[t]!==0)e[t]=undefined;throw n});var s=Promise.race([s,new Promise(n=>r=e[t]=[n])]);n.push(r[1]=s)}}}}})();var r=__nccwpck_require__(8682);r=await r;